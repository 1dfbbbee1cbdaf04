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

    /**
     * Old and new wording set side by side ({@code structure/RevisionLayout}: a 新旧対照表, 変更前/変更後 blocks): the old
     * wording is out of force, and a clause of new wording (also one that reads only 「削除」) replaces the clause of the
     * same label in the text before the amendment and in a copy of the original attached after it.
     */
    private static void sideBySide(List<Sentence> sentences, Set<Sentence> out) {
        Set<String> renewed = new HashSet<>();
        int first = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Unit u = sentences.get(i).unit;
            if (u.version == Unit.Version.OLD) {
                out.add(sentences.get(i));
            } else if (u.version == Unit.Version.NEW) {
                renewed.add(clauseKey(u));
            }
            if (u.version != Unit.Version.ORIGINAL && first < 0) {
                first = i;
            }
        }
        if (renewed.isEmpty()) {
            return;
        }
        // the amendment begins at its first operation or its first side-by-side wording
        int start = first;
        for (int i = 0; i < first; i++) {
            if (OPERATION.matcher(sentences.get(i).text).find() || sentences.get(i).text.contains("のとおり")
                    && (sentences.get(i).text.contains("改め") || sentences.get(i).text.contains("変更"))) {
                start = i;
                break;
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sentence o = sentences.get(i);
            boolean original = (i < start && o.unit.version == Unit.Version.ORIGINAL) || o.unit.article.part.isOldCopy();
            if (original && renewed.contains(clauseKey(o.unit))) {
                out.add(o);
            }
        }
    }

    /** The article numbered n itself, not one added after it (「第6条の2」 is no 第6条). */
    private static boolean sameArticle(jp.itaku.contract.verification.structure.Article a, int n) {
        return a.number == n && a.label.indexOf('の') < 0;
    }

    /** The label a clause is known by: 「第11」 for a 特記事項 item inside an article, else its article's (「第5条」「第4」). */
    static String clauseKey(Unit u) {
        if (u.labelType == Unit.LabelType.TOKKI && u.label != null) {
            return u.label;
        }
        return u.article.label;
    }

    private static final Pattern REPLACE_ARTICLE = Pattern.compile("第(\\d+)条?(?:第\\d+項)?を次のように改め(?:る|、|て)");
    /** 「第10条を削る」「特記事項第10を削り」: the article is gone, wherever its old text is quoted (before or after). */
    private static final Pattern DELETE_ARTICLE = Pattern.compile("第(\\d+)条?を削(?:る|り)");
    private static final Pattern DELETE_PARAGRAPH = Pattern.compile("第(\\d+)条第(\\d+)項を削(?:る|り)");
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

    /** 「第11条を第10条とし」「同条を第12条とする」: an article renumbered. */
    private static final Pattern RENUMBER = Pattern.compile("(?:第(\\d+)条?|同条)を第(\\d+)条?と(?:し|する)");
    /** 「第12条から第14条までを1条ずつ繰り上げる」: a run of articles shifted. */
    private static final Pattern SHIFT = Pattern.compile("第(\\d+)条?から第(\\d+)条?までを(\\d+|一|二|三)条?ずつ繰り(上|下)げ");
    /** A sentence that is itself an amendment operation (ends the new wording quoted by the one before). */
    private static final Pattern OPERATION = Pattern.compile("を次のように改め|を削(?:る|り)|に改め(?:る|、)|を第\\d+条?と(?:し|する)|ずつ繰り|を加える");
    private static final Pattern ANY_ARTICLE = Pattern.compile("第(\\d+)条?");

    /**
     * The numbering of the original articles after the amendments in the text, in order: current number → original
     * number, for the numbers that changed (「第10条を削り、第11条を第10条とする」「第12条から第14条までを1条ずつ繰り上げる」).
     * A later amendment that names 「第10条」 without 「原契約」 means the renumbered article.
     */
    public static java.util.Map<Integer, Integer> renumbering(List<Sentence> sentences) {
        java.util.Map<Integer, Integer> current = new java.util.HashMap<>();
        for (Sentence a : sentences) {
            if (renumbers(a.text)) {
                renumber(a.text, current);
            }
        }
        current.entrySet().removeIf(e -> e.getKey().equals(e.getValue()) || e.getValue() == NONE);
        return current;
    }

    private static final int NONE = -1;

    /** Cheap pre-filter for {@link #renumber}: 「…を第10条とし」 or 「…ずつ繰り上げる」. */
    private static boolean renumbers(String t) {
        return (t.contains("を第") && (t.contains("とす") || t.contains("とし"))) || t.contains("ずつ繰り");
    }

    private static int original(java.util.Map<Integer, Integer> current, int n) {
        return current.getOrDefault(n, n);
    }

    private static void renumber(String text, java.util.Map<Integer, Integer> current) {
        Matcher sh = SHIFT.matcher(text);
        while (sh.find()) {
            int a = Integer.parseInt(sh.group(1));
            int b = Integer.parseInt(sh.group(2));
            String k = sh.group(3);
            int by = k.equals("一") ? 1 : k.equals("二") ? 2 : k.equals("三") ? 3 : Integer.parseInt(k);
            int d = sh.group(4).equals("上") ? -by : by;
            java.util.Map<Integer, Integer> moved = new java.util.HashMap<>();
            for (int n = a; n <= b && n - a < 200; n++) {
                moved.put(n + d, original(current, n));
            }
            for (int n = a; n <= b && n - a < 200; n++) {
                current.put(n, NONE);
            }
            current.putAll(moved);
        }
        Matcher r = RENUMBER.matcher(text);
        int last = -1;
        int from = 0;
        while (r.find()) {
            Matcher before = ANY_ARTICLE.matcher(text.substring(from, r.start()));
            while (before.find()) {
                last = Integer.parseInt(before.group(1));
            }
            int n = r.group(1) != null ? Integer.parseInt(r.group(1)) : last;
            int m = Integer.parseInt(r.group(2));
            if (n > 0 && n != m) {
                int orig = text.startsWith("原契約", Math.max(0, r.start() - 3)) ? n : original(current, n);
                if (!current.containsKey(n) || current.get(n) == orig) {
                    current.put(n, NONE); // the old number names no article until another one is moved there
                }
                current.put(m, orig);
            }
            last = m;
            from = r.end();
        }
    }

    /** The sentences that are no longer in force because an amendment in the same text replaced them. */
    public static Set<Sentence> repealed(List<Sentence> sentences) {
        Set<Sentence> out = new HashSet<>();
        sideBySide(sentences, out);
        // the new wording an amendment quotes (「第9条を次のように改める。 第9条 …」) is never the deleted article
        Set<Sentence> quoted = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (REPLACE_ARTICLE.matcher(sentences.get(i).text).find()) {
                for (int j = i + 1; j < sentences.size() && !OPERATION.matcher(sentences.get(j).text).find(); j++) {
                    quoted.add(sentences.get(j));
                }
            }
        }
        java.util.Map<Integer, Integer> current = new java.util.HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence a = sentences.get(i);
            if (!a.text.contains("改め") && !a.text.contains("削")) {
                if (renumbers(a.text)) {
                    renumber(a.text, current);
                }
                continue;
            }
            Matcher m = REPLACE_ARTICLE.matcher(a.text);
            while (m.find()) {
                int named = Integer.parseInt(m.group(1));
                // the original attached after the amendment (「別添　原契約（写）」): its article of that number is replaced
                // too, wherever the copy stands; the amendment's own quoted wording is never in such a copy
                String key = "第" + named + (m.group().startsWith("第" + named + "条") ? "条" : "");
                for (Sentence o : sentences) {
                    if (o.unit.article.part.isOldCopy() && key.equals(clauseKey(o.unit))) {
                        out.add(o);
                    }
                }
                // 「原契約第7条」 is the original numbering; a bare 「第7条」 after a renumbering is the renumbered one
                int n = a.text.startsWith("原契約", Math.max(0, m.start() - 3)) ? named : original(current, named);
                for (int j = 0; j < i; j++) {
                    Sentence o = sentences.get(j);
                    if (o.unit.article != null && sameArticle(o.unit.article, n) && o.unit.article != a.unit.article) {
                        out.add(o);
                    }
                }
            }
            Matcher d = DELETE_ARTICLE.matcher(a.text);
            while (d.find()) {
                int named = Integer.parseInt(d.group(1));
                int n = a.text.startsWith("原契約", Math.max(0, d.start() - 3)) ? named : original(current, named);
                for (Sentence o : sentences) {
                    boolean article = o.unit.article != null && sameArticle(o.unit.article, n) && o.unit.article != a.unit.article;
                    // a quoted 特記事項 inside an article: its 「第10」 is a unit label
                    boolean item = o.unit.labelType == Unit.LabelType.TOKKI && o.unit.label != null
                            && o.unit.label.replaceAll("\\D", "").equals(String.valueOf(n)) && o.unit.article != a.unit.article;
                    if ((article || item) && !quoted.contains(o)) {
                        out.add(o);
                    }
                }
            }
            Matcher dp = DELETE_PARAGRAPH.matcher(a.text);
            while (dp.find()) {
                // 「原契約第13条第2項を削る」: that paragraph of the article, as it stood before the amendment
                int named = Integer.parseInt(dp.group(1));
                int n = a.text.startsWith("原契約", Math.max(0, dp.start() - 3)) ? named : original(current, named);
                String para = dp.group(2);
                for (int j = 0; j < i; j++) {
                    Sentence o = sentences.get(j);
                    if (o.unit.article != null && sameArticle(o.unit.article, n) && o.unit.label != null
                            && o.unit.label.replaceAll("\\D", "").equals(para)) {
                        out.add(o);
                    }
                }
            }
            Matcher p = DELETE_PROVISO.matcher(a.text);
            while (p.find()) {
                int n = Integer.parseInt(p.group(1));
                for (int j = 0; j < i; j++) {
                    Sentence o = sentences.get(j);
                    if (o.unit.article != null && sameArticle(o.unit.article, n) && (o.text.startsWith("ただし") || o.text.startsWith("但し"))) {
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
            if (renumbers(a.text)) {
                renumber(a.text, current);
            }
        }
        return out;
    }
}
