package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Every labelled draft typeset as a .docx (POI) and as a PDF with a text layer (PDFBox, lines wrapped at 40 characters
 * with page numbers) gets the same decisions as the plain text. The PDF half needs a Japanese font (IPAex Gothic).
 */
class FormatRoundTripTest {

    static final File FONT = new File("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

    @Test
    void docxAndPdfGiveTheSameDecisionsAsText() throws Exception {
        Path dir = CorpusScore.corpusDir();
        assertTrue(Files.isDirectory(dir), "corpus missing at " + dir);
        ContractVerifier v = new ContractVerifier();
        StringBuilder diff = new StringBuilder();
        for (Path p : CorpusScore.drafts(dir)) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            VerificationReport plain = v.verifyText(p.getFileName().toString(), text);
            VerificationReport docx = v.verify("draft.docx", docx(text));
            VerificationReport pdf = FONT.exists() ? v.verify("draft.pdf", pdf(text)) : docx;
            for (int i = 0; i < plain.elements().size(); i++) {
                String a = plain.elements().get(i).status();
                String b = docx.elements().get(i).status();
                String c = pdf.elements().get(i).status();
                if (!a.equals(b) || !a.equals(c)) {
                    diff.append(p.getFileName()).append(' ').append(plain.elements().get(i).id()).append(" text=").append(a)
                            .append(" docx=").append(b).append(" pdf=").append(c).append('\n');
                }
            }
            assertEquals(plain.kind(), docx.kind());
        }
        assertEquals("", diff.toString());
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                d.createParagraph().createRun().setText(line);
            }
            d.write(bos);
            return bos.toByteArray();
        }
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
            PDFont font = PDType0Font.load(doc, FONT);
            PDPageContentStream cs = null;
            float y = 0;
            int pageNo = 0;
            for (String line : text.split("\n", -1)) {
                String rest = line;
                do {
                    String part = rest.length() > 40 ? rest.substring(0, 40) : rest;
                    rest = rest.substring(part.length());
                    if (cs == null || y < 60) {
                        if (cs != null) {
                            footer(cs, font, pageNo);
                            cs.close();
                        }
                        PDPage page = new PDPage();
                        doc.addPage(page);
                        pageNo++;
                        cs = new PDPageContentStream(doc, page);
                        y = 760;
                    }
                    if (!part.isEmpty()) {
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(40, y);
                        cs.showText(part);
                        cs.endText();
                    }
                    y -= 14;
                } while (!rest.isEmpty());
            }
            if (cs != null) {
                footer(cs, font, pageNo);
                cs.close();
            }
            doc.save(bos);
            return bos.toByteArray();
        }
    }

    private static void footer(PDPageContentStream cs, PDFont font, int pageNo) throws IOException {
        cs.beginText();
        cs.setFont(font, 9);
        cs.newLineAtOffset(290, 30);
        cs.showText("- " + pageNo + " -");
        cs.endText();
    }
}
