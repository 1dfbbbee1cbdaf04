package jp.itaku.common.json;

import java.util.List;
import java.util.Optional;

/**
 * What text an Itaku service stores exactly as sent, and what it refuses (issue 18). Java strings can hold things that
 * PostgreSQL and UTF-8 cannot: a lone surrogate ({@code "\ud800"}) is stored as {@code ?}, NUL is refused by the
 * driver mid-transaction. Such text is refused at the door, never repaired.
 *
 * <p>Everywhere: lone surrogates, NUL and the other C0 controls except TAB/LF/CR, DEL, the C1 controls and the
 * non-characters U+FFFE/U+FFFF. In single-line fields (names, codes, numbers, e-mail, phone, titles) also TAB, LF, CR.
 */
public final class TextRules {

    /**
     * Property names (exact, or as a camel-case suffix: {@code contractorName}, {@code orgCode}) of single-line fields.
     * Free text (summary, measures, note, …) may contain line breaks.
     */
    static final List<String> SINGLE_LINE_PROPERTIES = List.of(
            "name",          // 委託先名、担当者名、認証名 …
            "title",         // 件名
            "code",          // 組織コード、各種コード
            "number",        // 法人番号、認証番号
            "email",         // メールアドレス
            "phone",         // 電話番号
            "department",    // 部署名
            "id");           // identifiers sent as text

    private TextRules() {
    }

    /** Why {@code text} may not be stored, or empty when it may. */
    public static Optional<String> problem(String text, boolean singleLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("不正な Unicode 文字（対になっていないサロゲート）");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("不正な Unicode 文字（対になっていないサロゲート）");
            }
            if (c == '\u0000') {
                return Optional.of("NUL 文字");
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                if (singleLine) {
                    return Optional.of("改行またはタブ");
                }
                continue;
            }
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
                return Optional.of(String.format("制御文字（U+%04X）", (int) c));
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of(String.format("非文字（U+%04X）", (int) c));
            }
        }
        return Optional.empty();
    }

    /**
     * For text that does not come through JSON (multipart file names, form fields): refuses it with a 400 naming
     * {@code field} when it may not be stored unchanged.
     */
    public static String requireStorable(String field, String what, String text, boolean singleLine) {
        if (text != null) {
            problem(text, singleLine).ifPresent(reason -> {
                throw jp.itaku.common.problem.ItakuException.invalid(field,
                        what + "に使用できない文字が含まれています（" + reason + "）。");
            });
        }
        return text;
    }

    /** Whether the JSON property called {@code property} holds one line of text. */
    public static boolean isSingleLine(String property) {
        if (property == null || property.isEmpty()) {
            return false;
        }
        for (String word : SINGLE_LINE_PROPERTIES) {
            if (property.equals(word)) {
                return true;
            }
            String suffix = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (property.endsWith(suffix) && property.length() > suffix.length()
                    && Character.isLowerCase(property.charAt(property.length() - suffix.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
