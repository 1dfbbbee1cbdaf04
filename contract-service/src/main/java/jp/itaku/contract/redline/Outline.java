package jp.itaku.contract.redline;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The articles of a .docx draft as its body paragraphs show them: 「第N条」, 「第N」 (the numbering of 特記事項) or
 * 「N.」, each with its heading (「（秘密の保持）」 on its own line before it or right after the number), and whether it
 * stands in the special terms (a part whose title contains 特記事項 or that begins with 別記・別紙).
 */
final class Outline {

    enum Style { JOU, DAI, DOT }

    record Article(Style style, int number, boolean fullWidth, String heading, boolean headingOwnLine,
                   boolean special, int first, int last) {
    }

    private static final Pattern JOU = Pattern.compile("^第\\s*([0-9]+)\\s*条(?:\\s*[（(]([^）)]{1,30})[）)])?");
    private static final Pattern DAI = Pattern.compile("^第\\s*([0-9]+)(?=[\\s（(])(?:\\s*[（(]([^）)]{1,30})[）)])?");
    private static final Pattern DOT = Pattern.compile("^([0-9]{1,3})[.．]\\s*(\\S.{0,30}?)?$");
    private static final Pattern HEADING = Pattern.compile("^[（(【]([^）)】]{1,30})[）)】]$");
    private static final Pattern SPECIAL_TITLE = Pattern.compile("特記事項|^別[記紙添]");
    private static final Pattern FULL_WIDTH_DIGIT = Pattern.compile("^\\s*第?\\s*[０-９]");

    private final List<XWPFParagraph> paragraphs = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();

    Outline(XWPFDocument doc) {
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                paragraphs.add(p);
            }
        }
        read();
    }

    List<XWPFParagraph> paragraphs() {
        return paragraphs;
    }

    List<Article> articles() {
        return articles;
    }

    /** The article a paragraph belongs to (by position), if any. */
    Optional<Article> articleOf(int paragraph) {
        return articles.stream().filter(a -> a.first() <= paragraph && paragraph <= a.last()).findFirst();
    }

    /** The first article whose heading matches, special terms first (they speak of personal information). */
    Optional<Article> byHeading(Pattern words) {
        Optional<Article> special = articles.stream().filter(Article::special)
                .filter(a -> a.heading() != null && words.matcher(a.heading()).find()).findFirst();
        return special.or(() -> articles.stream().filter(a -> a.heading() != null && words.matcher(a.heading()).find())
                .findFirst());
    }

    /** The last article of the special terms, else the last article of the draft. */
    Optional<Article> lastOfSpecialTermsOrBody() {
        Optional<Article> special = articles.stream().filter(Article::special).reduce((a, b) -> b);
        return special.or(() -> articles.stream().reduce((a, b) -> b));
    }

    private void read() {
        boolean special = false;
        String pendingHeading = null;
        int pendingHeadingAt = -1;
        List<Integer> partTitles = new ArrayList<>();
        List<Article> found = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String raw = paragraphs.get(i).getText().strip().replaceFirst("^[\\s\u3000]+", "");
            String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher heading = HEADING.matcher(text);
            if (heading.matches()) {
                pendingHeading = heading.group(1);
                pendingHeadingAt = i;
                continue;
            }
            if (text.length() <= 30 && SPECIAL_TITLE.matcher(text).find() && !text.startsWith("第")) {
                special = true;
                partTitles.add(i);
                pendingHeading = null;
                continue;
            }
            Style style = null;
            Matcher m = JOU.matcher(text);
            if (m.find()) {
                style = Style.JOU;
            } else if ((m = DAI.matcher(text)).find()) {
                style = Style.DAI;
            } else if ((m = DOT.matcher(text)).find()) {
                style = Style.DOT;
            }
            if (style != null) {
                boolean own = pendingHeading != null && pendingHeadingAt == i - 1;
                String title = own ? pendingHeading : m.group(2);
                int first = own ? pendingHeadingAt : i;
                found.add(new Article(style, Integer.parseInt(m.group(1)), FULL_WIDTH_DIGIT.matcher(raw).find(),
                        title, own, special, first, -1));
            }
            pendingHeading = null;
        }
        for (int k = 0; k < found.size(); k++) {
            Article a = found.get(k);
            Article next = k + 1 < found.size() ? found.get(k + 1) : null;
            int end = next != null ? next.first() - 1 : paragraphs.size() - 1;
            for (int title : partTitles) {
                if (title > a.first() && title <= end) {
                    end = title - 1;
                }
            }
            if (next == null || next.special() != a.special() || end < next.first() - 1) {
                end = Math.min(end, untilBlank(a.first()));
            }
            articles.add(new Article(a.style(), a.number(), a.fullWidth(), a.heading(), a.headingOwnLine(), a.special(),
                    a.first(), lastNonEmpty(a.first(), end)));
        }
    }

    /**
     * The last article of a part ends before the first blank line (what follows it — the signature block, a date —
     * is not part of it), or at the end of the document.
     */
    private int untilBlank(int first) {
        int last = first;
        for (int i = first + 1; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).getText().strip().isEmpty()) {
                break;
            }
            last = i;
        }
        return last;
    }

    private int lastNonEmpty(int from, int to) {
        for (int i = to; i > from; i--) {
            String text = paragraphs.get(i).getText().strip();
            if (!text.isEmpty()) {
                return i;
            }
        }
        return from;
    }
}
