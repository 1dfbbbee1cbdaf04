package jp.itaku.contract.verification.normalize;

import java.util.List;

import jp.itaku.contract.verification.clause.Vocabulary;

/**
 * Older (Showa-era and earlier) legal writing brought to the forms the rules read, one character for one so that
 * offsets into the original stay exact: 旧字体 to 新字体 ({@code vocabulary/kyuji.txt}: 條 → 条, 關 → 関, 從 → 従 …), and
 * on a line written with katakana okurigana (「乙ハ本業務ノ處理上知リ得タル…漏洩スベカラズ」) its katakana to hiragana
 * (「乙は本業務の処理上知り得たる…漏洩すべからず」), keeping loanwords ({@code vocabulary/katakana-loanword.txt} and
 * runs with ー or small kana) and item labels (「ア　」). The older modal endings themselves (〜スベシ, 〜ヲ得ズ, 〜ナラヌ)
 * are read by {@code rules.Modality} from {@code vocabulary/modality-classical.txt}.
 */
public final class OldStyle {

    private static final char[] KYUJI = kyuji();
    private static final List<String> LOANWORDS = Vocabulary.entries("katakana-loanword");
    /** Particles that follow a kanji directly in katakana-okurigana writing: one of them makes the line such a line. */
    private static final String PARTICLES = "ハヲニノトヘガモ";

    private OldStyle() {
    }

    /** The new form of an old character, or the character itself. */
    static char newForm(char c) {
        char n = KYUJI[c];
        return n == 0 ? c : n;
    }

    /** Whether the line is written with katakana okurigana: no hiragana, and a katakana particle right after a kanji. */
    static boolean katakanaOkurigana(CharSequence s) {
        boolean particle = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u3041' && c <= '\u3096') {
                return false;
            }
            if (i > 0 && PARTICLES.indexOf(c) >= 0 && kanji(s.charAt(i - 1))) {
                particle = true;
            }
        }
        return particle;
    }

    /** Katakana runs of a katakana-okurigana line turned into hiragana in place (same length). */
    static void toHiragana(StringBuilder sb) {
        int i = 0;
        int n = sb.length();
        while (i < n) {
            if (!katakana(sb.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && katakana(sb.charAt(j))) {
                j++;
            }
            String run = sb.substring(i, j);
            boolean label = i == firstNonSpace(sb) && run.length() == 1 && (j >= n || " )、.".indexOf(sb.charAt(j)) >= 0);
            if (!label) {
                for (int k = i + kept(run); k < j; k++) {
                    char c = sb.charAt(k);
                    if (c >= '\u30A1' && c <= '\u30F4') {
                        sb.setCharAt(k, (char) (c - 0x60));
                    }
                }
            }
            i = j;
        }
    }

    private static int firstNonSpace(CharSequence s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Particles (and the 「ヨリ」「デ」 of older writing) that may follow a loanword inside one katakana run. */
    private static final String TAIL = "ハヲニノトヘガモデヨリ";

    /**
     * How many chars at the start of a katakana run are a loanword to keep (「データヲ」 keeps 「データ」 and turns the
     * particle into を): a listed loanword at its start, else everything up to a mark only loanwords use (ー, small
     * kana, ヴ) and the chars after it except up to two trailing particles; 0 when the run is okurigana only.
     */
    static int kept(String run) {
        int best = 0;
        for (String w : LOANWORDS) {
            if (run.startsWith(w) && w.length() > best) {
                best = w.length();
            }
        }
        if (best > 0) {
            return best;
        }
        int mark = -1;
        for (int k = 0; k < run.length(); k++) {
            if ("ーァィゥェォャュョヮヴヵヶ".indexOf(run.charAt(k)) >= 0) {
                mark = k;
            }
        }
        if (mark < 0) {
            return 0;
        }
        int end = run.length();
        while (end > mark + 1 && run.length() - end < 2 && TAIL.indexOf(run.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    static boolean katakana(char c) {
        return c >= '\u30A1' && c <= '\u30FA' || c == 'ー';
    }

    private static boolean kanji(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || c == '々' || c == '〆';
    }

    private static char[] kyuji() {
        char[] map = new char[0x10000];
        for (String line : Vocabulary.entries("kyuji")) {
            String[] p = line.split(" ");
            if (p.length != 2 || p[0].length() != 1 || p[1].length() != 1) {
                throw new IllegalStateException("vocabulary kyuji.txt: not 'old new': " + line);
            }
            map[p[0].charAt(0)] = p[1].charAt(0);
        }
        return map;
    }
}
