package jp.itaku.contract.support;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A .docx built in the test: one Word paragraph per line of the given text. */
public final class Docx {

    private Docx() {
    }

    public static byte[] of(String text) {
        return of(List.of(text.split("\n", -1)));
    }

    public static byte[] of(List<String> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : paragraphs) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
