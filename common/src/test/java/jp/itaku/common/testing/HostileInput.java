package jp.itaku.common.testing;

import org.quicktheories.core.Gen;

import java.util.List;
import java.util.stream.Collectors;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Generators (QuickTheories) of what a careless or hostile client sends: any UTF-16 text including lone surrogates,
 * NUL and controls; JSON values of the wrong type; file bytes that claim to be .txt/.docx/.pdf/images. Shared by the
 * property tests of every service (issue 18).
 */
public final class HostileInput {

    /** Characters that break storage or display, mixed with ordinary ones. */
    public static final List<Character> TROUBLE = List.of('a', 'あ', '漢', ' ', '\u3000', '\u0000', '\n', '\r', '\t',
            '\u0001', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f', '\ud800', '\udbff', '\udc00', '\udfff',
            '\ud83d', '\ude00', '\ufeff', '\ufffe', '\uffff', '"', '\\', '<', '&');

    private HostileInput() {
    }

    /** Any UTF-16 code unit, lone surrogates included. */
    public static Gen<Character> anyChar() {
        return integers().between(0, 0xFFFF).map(i -> (char) i.intValue());
    }

    /** Mostly trouble makers, sometimes any code unit. */
    public static Gen<Character> troubleChar() {
        return arbitrary().pick(TROUBLE).mix(anyChar(), 30);
    }

    public static Gen<String> text(int maxLength) {
        return lists().of(troubleChar()).ofSizeBetween(0, maxLength)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** A JSON value (as JSON source) for a field: hostile text, or a value of the wrong JSON type. */
    public static Gen<String> jsonValue() {
        Gen<String> wrongType = arbitrary().pick(List.of("123", "-1", "1.5", "1e400", "true", "false", "null", "{}",
                "{\"a\":\"b\"}", "[]", "[\"x\"]", "[1,2]", "\"\"", "\" \"", "\"2026-02-30\"", "\"9999-12-31\"",
                "\"not-a-uuid\"", "\"00000000-0000-0000-0000-000000000000\"", "\"ISMS\"", "\"UNKNOWN\"",
                "99999999999999999999"));
        return text(24).map(HostileInput::jsonString).mix(wrongType, 50);
    }

    /** JSON string literal with every non-ASCII and control code unit escaped as \\uXXXX (lone surrogates survive). */
    public static String jsonString(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Readable form of text for failure messages. */
    public static String escape(String text) {
        return jsonString(text);
    }
}
