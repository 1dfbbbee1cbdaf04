package jp.itaku.contract.verification.normalize;

import jp.itaku.contract.verification.clause.Vocabulary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafters' and reviewers' notes left in a draft (〔メモ：…〕, 【コメント：…】, ※担当者メモ：…) are not contract text: they
 * are blanked out — replaced by spaces of the same length, so that every offset in the report still points into the
 * text as submitted. The opening words are data ({@code vocabulary/editorial-note.txt}).
 */
public final class EditorialNotes {

    private static final String WORDS = Vocabulary.alternation("editorial-note");
    /** who wrote the note, before the note word (担当者メモ is also listed whole) */
    private static final String WRITER = "(?:担当者|審査|起案者|起案|法務|所管課|契約担当|委託者|受託者)?";
    private static final String OPEN = "[:：\\s]";
    private static final Pattern BRACKETED = Pattern.compile(
            "[〔【［\\[（(]\\s*" + WRITER + "(?:" + WORDS + ")" + OPEN + "[^〕】］\\]）)]*[〕】］\\]）)]");
    private static final Pattern MARKED_LINE = Pattern.compile(
            "(?m)^[ \\t　]*※\\s*" + WRITER + "(?:" + WORDS + ")" + OPEN + ".*$");

    private EditorialNotes() {
    }

    public static String blank(String text) {
        // both kinds of note name one of the words: a draft without any (most) is not scanned bracket by bracket
        if (!Vocabulary.mentions(text, "editorial-note")) {
            return text;
        }
        String out = mask(text, BRACKETED);
        return out.indexOf('※') < 0 ? out : mask(out, MARKED_LINE);
    }

    private static String mask(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n' && out.charAt(i) != '\r') {
                    out.setCharAt(i, ' ');
                }
            }
        } while (m.find());
        return out.toString();
    }
}
