package jp.itaku.contract.verification.clause;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.rules.Sentence;
import jp.itaku.contract.verification.structure.Unit;

/**
 * Document-level resolution of amendments (変更契約・覚書): a clause that an amendment replaces or deletes neither
 * satisfies nor contradicts (SPEC Conventions, Precedence). Recognised: 「原契約第7条を次のように改める」 (the
 * article of that number that precedes the amendment in the text is replaced), 「第10条を削る」 / 「特記事項第10を削り」
 * (that article wherever it is quoted), 「第10条ただし書を
 * 削り」 (its proviso), and 「…中「旧」を「新」に改める」 (every other sentence quoting the old wording); for the last,
 * {@link #rewrites} gives the amended sentence's new wording, which the rules then judge like any other sentence.
 */
public final class Amendments {

    private static final Pattern REPLACE_ARTICLE = Pattern.compile("第(\\d+)条?(?:第\\d+項)?を次のように改め(?:る|、|て)");
    /** 「第10条を削る」「特記事項第10を削り」: the article is gone, wherever its old text is quoted (before or after). */
    private static final Pattern DELETE_ARTICLE = Pattern.compile("第(\\d+)条?を削(?:る|り)");
    private static final Pattern DELETE_PROVISO = Pattern.compile("第(\\d+)条(?:第\\d+項)?(?:の)?ただし書を削");
    private static final Pattern REPLACE_WORDS = Pattern.compile("「([^「」]{8,200})」を「([^「」]{1,400})」に改め(?:る|、|て)");

    private Amendments() {
    }

    /** 「X中「旧」を「新」に改める」: the amendment, the sentence it rewrites, and that sentence's text as amended. */
    public record Rewrite(Sentence amendment, Sentence amended, String newText) {
    }

    /** The word-level rewrites of the text, in order; a sentence rewritten twice is rewritten cumulatively. */
    public static List<Rewrite> rewrites(List<Sentence> sentences) {
        java.util.Map<Sentence, Rewrite> out = new java.util.LinkedHashMap<>();
        for (Sentence a : sentences) {
            if (!a.text.contains("改め")) {
                continue;
            }
            Matcher w = REPLACE_WORDS.matcher(a.text);
            while (w.find()) {
                String old = w.group(1);
                for (Sentence o : sentences) {
                    if (o == a || REPLACE_WORDS.matcher(o.text).find()) {
                        continue;
                    }
                    Rewrite before = out.get(o);
                    String current = before == null ? o.text : before.newText();
                    if (current.contains(old)) {
                        out.put(o, new Rewrite(a, o, current.replace(old, w.group(2))));
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** The sentences that are no longer in force because an amendment in the same text replaced them. */
    public static Set<Sentence> repealed(List<Sentence> sentences) {
        Set<Sentence> out = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence a = sentences.get(i);
            if (!a.text.contains("改め") && !a.text.contains("削")) {
                continue;
            }
            Matcher m = REPLACE_ARTICLE.matcher(a.text);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                for (int j = 0; j < i; j++) {
                    Sentence o = sentences.get(j);
                    if (o.unit.article != null && o.unit.article.number == n && o.unit.article != a.unit.article) {
                        out.add(o);
                    }
                }
            }
            Matcher d = DELETE_ARTICLE.matcher(a.text);
            while (d.find()) {
                int n = Integer.parseInt(d.group(1));
                for (Sentence o : sentences) {
                    boolean article = o.unit.article != null && o.unit.article.number == n && o.unit.article != a.unit.article;
                    // a quoted 特記事項 inside an article: its 「第10」 is a unit label
                    boolean item = o.unit.labelType == Unit.LabelType.TOKKI && o.unit.label != null
                            && o.unit.label.replaceAll("\\D", "").equals(String.valueOf(n)) && o.unit.article != a.unit.article;
                    if (article || item) {
                        out.add(o);
                    }
                }
            }
            Matcher p = DELETE_PROVISO.matcher(a.text);
            while (p.find()) {
                int n = Integer.parseInt(p.group(1));
                for (int j = 0; j < i; j++) {
                    Sentence o = sentences.get(j);
                    if (o.unit.article != null && o.unit.article.number == n && (o.text.startsWith("ただし") || o.text.startsWith("但し"))) {
                        out.add(o);
                    }
                }
            }
            Matcher w = REPLACE_WORDS.matcher(a.text);
            while (w.find()) {
                String old = w.group(1);
                for (Sentence o : sentences) {
                    if (o != a && o.text.contains(old)) {
                        out.add(o);
                    }
                }
            }
        }
        return out;
    }
}
