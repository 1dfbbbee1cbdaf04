package jp.itaku.common.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} values for downloads with Japanese file names (RFC 6266): an ASCII {@code filename}
 * for old clients and the UTF-8 {@code filename*} that browsers use.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return header("attachment", fileName, asciiFallback(fileName));
    }

    public static String attachment(String fileName, String asciiFallback) {
        return header("attachment", fileName, asciiFallback);
    }

    public static String inline(String fileName) {
        return header("inline", fileName, asciiFallback(fileName));
    }

    private static String header(String type, String fileName, String asciiFallback) {
        return type + "; filename=\"" + asciiFallback + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Keeps printable ASCII except quotes and backslashes; everything else becomes '_' (the extension survives). */
    static String asciiFallback(String fileName) {
        StringBuilder ascii = new StringBuilder(fileName.length());
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return ascii.toString();
    }
}
