package jp.itaku.common.testing;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.quicktheories.core.Gen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Property-based upload intake (issue 18): file names and bytes that claim to be .txt/.docx/.pdf/images — valid
 * files, the same cut short or with flipped bytes, random bytes, empty files, wrong extensions, hostile names.
 */
public final class UploadFuzz {

    static final List<String> EXTENSIONS = List.of("txt", "docx", "pdf", "png", "jpg", "jpeg", "gif", "doc", "exe", "");

    /** Browsers send a multipart file name as raw UTF-8 (RestAssured's default would mangle it). */
    public static final io.restassured.config.RestAssuredConfig UTF8_MULTIPART = io.restassured.config.RestAssuredConfig.config()
            .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                    .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    private UploadFuzz() {
    }

    /** Calls {@code send(fileName, bytes)} for {@code examples} generated uploads from a fixed seed. */
    public static void run(int examples, long seed, BiConsumer<String, byte[]> send) {
        Gen<Integer> picks = integers().between(0, Integer.MAX_VALUE - 1);
        qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(0)
                .forAll(picks, HostileInput.text(12))
                .checkAssert((pick, hostile) -> {
                    Random r = new Random(pick);
                    String ext = EXTENSIONS.get(r.nextInt(EXTENSIONS.size()));
                    String base = switch (r.nextInt(4)) {
                        case 0 -> hostile.isEmpty() ? "x" : hostile;  // control characters, lone surrogates, NUL
                        case 1 -> "契約書案 第" + r.nextInt(10) + "版";
                        case 2 -> "a".repeat(1 + r.nextInt(300));
                        default -> "draft";
                    };
                    send.accept(ext.isEmpty() ? base : base + "." + ext, content(ext, r));
                });
    }

    static byte[] content(String ext, Random r) {
        byte[] valid = switch (ext) {
            case "txt" -> text(r);
            case "docx" -> docx("業務委託契約書\n第1条　乙は個人情報を適正に取り扱う。");
            case "pdf" -> pdf("Itaku contract draft " + r.nextInt());
            case "png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
            case "jpg", "jpeg" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
            case "gif" -> "GIF89a".getBytes(StandardCharsets.US_ASCII);
            default -> random(r, 64);
        };
        return switch (r.nextInt(6)) {
            case 0, 1 -> valid;
            case 2 -> java.util.Arrays.copyOf(valid, r.nextInt(valid.length + 1));        // cut short (maybe empty)
            case 3 -> flip(valid, r);
            case 4 -> random(r, 1 + r.nextInt(2048));
            default -> new byte[0];
        };
    }

    private static byte[] text(Random r) {
        String s = "業務委託契約書\n第1条　乙は、甲の指示に従い、個人情報を取り扱う。\n第2条　再委託は甲の承認を要する。\n";
        Charset cs = r.nextBoolean() ? StandardCharsets.UTF_8 : Charset.forName("Shift_JIS");
        return s.getBytes(cs);
    }

    private static byte[] flip(byte[] valid, Random r) {
        byte[] b = valid.clone();
        for (int i = 0; i < 1 + b.length / 50 && b.length > 0; i++) {
            b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
        }
        return b;
    }

    private static byte[] random(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    /** The smallest Word document: content types, package relationship, document body. */
    public static byte[] docx(String text) {
        StringBuilder paragraphs = new StringBuilder();
        for (String line : text.split("\n")) {
            paragraphs.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(line).append("</w:t></w:r></w:p>");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + paragraphs + "</w:body></w:document>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph(text));
        doc.close();
        return out.toByteArray();
    }
}
