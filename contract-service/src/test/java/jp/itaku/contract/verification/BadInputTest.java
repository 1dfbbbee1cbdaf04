package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import jp.itaku.contract.verification.DocumentRejectedException.Reason;

/** Bad input gives clear (Japanese) errors; good input in every supported format and encoding is read. */
class BadInputTest {

    static final ContractVerifier VERIFIER = new ContractVerifier();

    static final String DRAFT = "業務委託契約書\n\n甲市（以下「甲」という。）と株式会社乙山（以下「乙」という。）は、次のとおり契約する。\n\n"
            + "第1条（秘密の保持）　乙は、業務に関して知り得た個人情報を他に漏らしてはならない。\n"
            + "第2条（再委託）　乙は、甲の事前の書面による承諾を得なければ、業務を第三者に委託してはならない。\n";

    private static DocumentRejectedException rejected(String name, byte[] content) {
        return assertThrows(DocumentRejectedException.class, () -> VERIFIER.verify(name, content));
    }

    @Test
    void rejectsEmptyFile() {
        DocumentRejectedException e = rejected("empty.txt", new byte[0]);
        assertEquals(Reason.EMPTY, e.reason());
        assertTrue(e.getMessage().contains("空"));
        assertEquals(Reason.EMPTY, rejected("blank.txt", "  \n\u3000\n".getBytes(StandardCharsets.UTF_8)).reason());
        assertEquals(Reason.EMPTY, assertThrows(DocumentRejectedException.class, () -> VERIFIER.verifyText("x", " ")).reason());
    }

    @Test
    void rejectsBinaryJunk() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        DocumentRejectedException e = rejected("junk.txt", junk);
        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("テキストとして読み取れません"), e.getMessage());
    }

    @Test
    void rejectsImageUploadedAsContract() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertEquals(Reason.UNSUPPORTED_TYPE, rejected("scan.png", png).reason());
        assertEquals(Reason.UNSUPPORTED_TYPE, rejected("scan.txt", png).reason());
    }

    @Test
    void rejectsPdfRenamedToDocx() throws IOException {
        DocumentRejectedException e = rejected("contract.docx", textPdf("Contract"));
        assertEquals(Reason.TYPE_MISMATCH, e.reason());
        assertTrue(e.getMessage().contains("PDF"), e.getMessage());
    }

    @Test
    void rejectsDocxThatIsNotAZip() {
        assertEquals(Reason.TYPE_MISMATCH, rejected("contract.docx", DRAFT.getBytes(StandardCharsets.UTF_8)).reason());
    }

    @Test
    void rejectsZipThatIsNotAWordDocument() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertEquals(Reason.UNSUPPORTED_TYPE, rejected("contract.docx", bos.toByteArray()).reason());
    }

    @Test
    void rejectsZipBomb() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) { // 300 MB of zeros compress to ~300 KB
                z.write(zeros);
            }
            z.closeEntry();
        }
        byte[] bomb = bos.toByteArray();
        assertTrue(bomb.length < 2 * 1024 * 1024, "bomb is small: " + bomb.length);
        DocumentRejectedException e = rejected("bomb.docx", bomb);
        assertEquals(Reason.ZIP_BOMB, e.reason());
        assertTrue(e.getMessage().contains("展開"), e.getMessage());
    }

    @Test
    void rejectsFiftyMegabyteText() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        DocumentRejectedException e = rejected("big.txt", big);
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("上限"), e.getMessage());
    }

    @Test
    void sizeLimitIsConfigurable() {
        ContractVerifier small = new ContractVerifier(VerifierLimits.defaults().withMaxBytes(100));
        assertEquals(Reason.TOO_LARGE, assertThrows(DocumentRejectedException.class,
                () -> small.verify("a.txt", DRAFT.getBytes(StandardCharsets.UTF_8))).reason());
    }

    @Test
    void rejectsScannedPdfWithoutText() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 400, 600); // an "image" of a page: graphics, no text
                cs.fill();
            }
            doc.save(bos);
            pdf = bos.toByteArray();
        }
        DocumentRejectedException e = rejected("scanned.pdf", pdf);
        assertEquals(Reason.NO_TEXT, e.reason());
        assertTrue(e.getMessage().contains("テキストを抽出できません"), e.getMessage());
    }

    @Test
    void rejectsCorruptPdf() {
        byte[] broken = "%PDF-1.7\n garbage garbage".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Reason.CORRUPT, rejected("broken.pdf", broken).reason());
    }

    @Test
    void rejectsOldWordFormat() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertEquals(Reason.UNSUPPORTED_TYPE, rejected("old.doc", ole).reason());
        assertEquals(Reason.TYPE_MISMATCH, rejected("old.docx", ole).reason());
    }

    // ------------------------------------------------------------------ good input

    @Test
    void readsShiftJisText() {
        VerificationReport r = VERIFIER.verify("sjis.txt", DRAFT.getBytes(Charset.forName("windows-31j")));
        assertEquals("satisfied", r.element("C1a").status());
        assertEquals("satisfied", r.element("C2").status());
    }

    @Test
    void readsUtf16TextWithAndWithoutBom() {
        VerificationReport le = VERIFIER.verify("le.txt", DRAFT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("satisfied", le.element("C1a").status());
        VerificationReport bom = VERIFIER.verify("bom.txt", DRAFT.getBytes(StandardCharsets.UTF_16)); // BE with BOM
        assertEquals("satisfied", bom.element("C2").status());
    }

    @Test
    void readsDocx() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
            for (String line : DRAFT.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(bos);
            docx = bos.toByteArray();
        }
        VerificationReport r = VERIFIER.verify("draft.docx", docx);
        assertEquals("satisfied", r.element("C1a").status());
        assertEquals("satisfied", r.element("C2").status());
    }

    @Test
    void readsPdfTextLayer() throws IOException {
        File font = new File("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
        if (!font.exists()) {
            // no Japanese font on this machine: still check that a text layer is read
            VerificationReport r = VERIFIER.verify("en.pdf", textPdf("Article 1 Confidentiality"));
            assertEquals("missing", r.element("C1a").status());
            return;
        }
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDFont f = PDType0Font.load(doc, font);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 750;
                for (String line : DRAFT.split("\n")) {
                    cs.beginText();
                    cs.setFont(f, 9);
                    cs.newLineAtOffset(30, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 14;
                }
            }
            doc.save(bos);
            pdf = bos.toByteArray();
        }
        VerificationReport r = VERIFIER.verify("draft.pdf", pdf);
        assertEquals("satisfied", r.element("C1a").status());
        assertEquals("satisfied", r.element("C2").status());
    }

    private static byte[] textPdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(bos);
            return bos.toByteArray();
        }
    }
}
