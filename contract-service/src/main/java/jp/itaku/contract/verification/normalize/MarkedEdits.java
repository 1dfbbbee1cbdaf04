package jp.itaku.contract.verification.normalize;

import jp.itaku.contract.verification.clause.Vocabulary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A marked-up draft (the contractor's draft edited by the client, deleted text kept visible): deleted text is out of
 * force, so it is blanked — replaced by spaces of the same length, so that every offset in the report still points into
 * the text as submitted —, and the markers of added or corrected text are blanked so that they are neither headings
 * nor part of the quoted sentence. What is deleted:
 * <ul>
 * <li>text after a deletion marker on the same line (【削除】…, 「削除：…」 at the start of a line), up to the next marker;</li>
 * <li>the sentence just before a deletion marker that ends a line (「…できる。【削除】」);</li>
 * <li>the lines after a deletion marker standing on its own line, until the next marker, the next article, a part
 * heading or a blank line;</li>
 * <li>text between two pairs of tildes on one line (a strike-through rendered as ～～…～～ or ~~…~~), and a bracketed
 * note about the strike-through itself (（取消線部分は…）).</li>
 * </ul>
 * The marker words are data ({@code vocabulary/markup-deleted.txt}, {@code markup-added.txt}).
 */
public final class MarkedEdits {

    private static final String OPEN = "[【〔（(［\\[＜<]";
    private static final String CLOSE = "[】〕）)］\\]＞>]";
    /** who made the edit, before the marker word (乙案・, 発注者, 取消線：甲…); no article numbers or quotes */
    private static final String WHO = "(?:[^\\s【】〔〕（）()［］\\[\\]＜＞<>。、「」第条の]{0,10}?[・･:：]?)";
    private static final String DELETED = Vocabulary.alternation("markup-deleted");
    private static final String ADDED = Vocabulary.alternation("markup-added");
    private static final Pattern MARKER = Pattern.compile(
            OPEN + "\\s*" + WHO + "(?:(?<del>" + DELETED + ")|(?<add>" + ADDED + "))\\s*" + WHO + CLOSE
                    + "|^[ \\t　]*(?<lead>削除[:：])");
    private static final Pattern STRUCK = Pattern.compile("[～〜~]{2}[^\\n]+?[～〜~]{2}");
    private static final Pattern STRIKE_NOTE = Pattern.compile(OPEN + "[^\\n【】〔〕（）()［］\\[\\]]{0,40}(?:取消線|取消し線|取り消し線|見え消し)[^\\n【】〔〕（）()［］\\[\\]]{0,40}" + CLOSE);
    /** a line that opens a new article or part: ends the scope of a deletion marker on its own line */
    private static final Pattern NEW_ARTICLE = Pattern.compile(
            "^[ \\t　]*(?:第[0-9０-９一二三四五六七八九十百]+条|第[0-9０-９一二三四五六七八九十]+(?:[ 　]|$)|別記|別紙|別添|別表|特記事項|仕様書)");

    private MarkedEdits() {
    }

    public static String blank(String text) {
        if (!mayHaveMarks(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        boolean inDeletedBlock = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (line.isBlank() || NEW_ARTICLE.matcher(line).lookingAt()) { // anchored at ^: find() is lookingAt()
                inDeletedBlock = false;
            }
            if (mayStrike(line)) {
                Matcher st = STRUCK.matcher(line);
                while (st.find()) {
                    blank(out, lineStart + st.start(), lineStart + st.end());
                }
            }
            Matcher m = mayMark(line) ? MARKER.matcher(line) : null;
            boolean anyMarker = false;
            while (m != null && m.find()) {
                anyMarker = true;
                boolean deletes = m.group("del") != null || m.group("lead") != null;
                int next = nextMarker(line, m.end());
                String before = line.substring(0, m.start()).strip();
                String after = line.substring(m.end(), next).strip();
                blank(out, lineStart + m.start(), lineStart + m.end());
                if (before.isEmpty() && line.substring(m.end()).isBlank()) {
                    inDeletedBlock = deletes; // a marker on its own line: applies to the lines after it
                } else if (deletes && !after.isEmpty()) {
                    blank(out, lineStart + m.end(), lineStart + next);
                } else if (deletes && before.endsWith("。")) {
                    blank(out, lineStart + sentenceStart(line, m.start()), lineStart + m.start());
                }
            }
            if (!anyMarker && inDeletedBlock) {
                blank(out, lineStart, lineEnd);
            }
            if (mayNoteStrike(line)) {
                Matcher note = STRIKE_NOTE.matcher(line);
                while (note.find()) {
                    blank(out, lineStart + note.start(), lineStart + note.end());
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out.toString();
    }

    /** a cheap pre-filter: most drafts have no marker word at all */
    private static boolean mayHaveMarks(String text) {
        return text.contains("削除") || text.contains("～～") || text.contains("〜〜") || text.contains("~~")
                || text.contains("取消") || text.contains("取り消") || text.contains("見え消し") || text.contains("修正")
                || text.contains("追加") || text.contains("追記") || text.contains("加筆") || text.contains("挿入")
                || text.contains("新設") || text.contains("訂正");
    }

    /*
     * Per-line pre-tests, each implied by its pattern (a line that fails one cannot match it), so that a marked-up
     * draft's many unmarked lines cost a few indexOf calls instead of three regex scans.
     */

    /** {@link #MARKER} needs a marker word (both files' literal starts; 削除 is one of them). */
    private static boolean mayMark(String line) {
        return Vocabulary.mentions(line, "markup-deleted") || Vocabulary.mentions(line, "markup-added");
    }

    /** {@link #STRUCK} needs a tilde. */
    private static boolean mayStrike(String line) {
        return line.indexOf('～') >= 0 || line.indexOf('〜') >= 0 || line.indexOf('~') >= 0;
    }

    /** {@link #STRIKE_NOTE} needs one of its four words. */
    private static boolean mayNoteStrike(String line) {
        return line.contains("取消") || line.contains("取り消") || line.contains("見え消し");
    }

    private static int nextMarker(String line, int from) {
        Matcher m = MARKER.matcher(line);
        return m.find(from) ? m.start() : line.length();
    }

    /** where the sentence that ends just before {@code end} begins: after the previous 。 or marker, else the line */
    private static int sentenceStart(String line, int end) {
        String head = line.substring(0, end).stripTrailing();
        int i = head.lastIndexOf('。', head.length() - 2);
        Matcher m = MARKER.matcher(head);
        while (m.find()) {
            i = Math.max(i, m.end() - 1);
        }
        int s = i + 1;
        while (s < head.length() && (Character.isWhitespace(head.charAt(s)) || head.charAt(s) == '　')) {
            s++;
        }
        return s;
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n' && out.charAt(i) != '\r') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
