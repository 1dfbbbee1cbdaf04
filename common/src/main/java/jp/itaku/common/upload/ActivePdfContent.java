package jp.itaku.common.upload;

import jp.itaku.common.problem.ItakuException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Uploaded PDFs may not carry anything that runs or another file (issue 19, ASVS 12.2): JavaScript (document,
 * page, form-field or annotation actions), launch actions, embedded files and file-attachment annotations. Every
 * object of the file is looked at (PDFBox, as the verifier reads PDFs), not only the catalog. A PDF locked with a
 * password cannot be looked into and is refused too. A file PDFBox cannot parse at all is searched for the names
 * of those features in its raw bytes instead (a reader that repairs it could still find them).
 */
public final class ActivePdfContent {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The PDF names that mean "runs something" or "carries a file", and how a person reads them. */
    private static final Map<String, String> RAW_MARKERS = Map.of(
            "/JavaScript", "JavaScript", "/EmbeddedFile", "埋め込みファイル", "/Launch", "外部プログラムの起動");

    private ActivePdfContent() {
    }

    public static boolean isPdf(byte[] content) {
        int limit = Math.min(content.length, 1024) - PDF_MAGIC.length;
        for (int i = 0; i <= limit; i++) {
            boolean match = true;
            for (int j = 0; j < PDF_MAGIC.length && match; j++) {
                match = content[i + j] == PDF_MAGIC[j];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** Refuses (422, Japanese) a PDF with active content or embedded files; anything else passes unchanged. */
    public static void refuseIfActive(String fileName, byte[] content) {
        if (!isPdf(content)) {
            return;
        }
        find(content).ifPresent(found -> {
            throw ItakuException.unprocessable("PDF「" + fileName + "」には" + found
                    + "が含まれているため登録できません。JavaScript や埋め込みファイルを含まない PDF（印刷して PDF にしたものなど）を"
                    + "アップロードしてください。");
        });
    }

    /** What the PDF carries that it may not, in Japanese (e.g. "JavaScript・埋め込みファイル"), if anything. */
    public static Optional<String> find(byte[] content) {
        Set<String> found = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(content)) {
            Map<COSBase, Boolean> seen = new IdentityHashMap<>();
            visit(document.getDocument().getTrailer(), found, seen);
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                COSObject object = document.getDocument().getObjectFromPool(key);
                visit(object.getObject(), found, seen);
            }
        } catch (InvalidPasswordException e) {
            return Optional.of("パスワードによる保護（内容を確認できません）");
        } catch (IOException e) {
            String raw = new String(content, StandardCharsets.ISO_8859_1);
            RAW_MARKERS.forEach((marker, label) -> {
                if (raw.contains(marker)) {
                    found.add(label);
                }
            });
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join("・", found));
    }

    private static void visit(COSBase base, Set<String> found, Map<COSBase, Boolean> seen) {
        if (base instanceof COSObject indirect) {
            base = indirect.getObject();
        }
        if (base == null || seen.put(base, Boolean.TRUE) != null) {
            return;
        }
        if (base instanceof COSDictionary dictionary) {
            inspect(dictionary, found);
            for (COSBase value : dictionary.getValues()) {
                visit(value, found, seen);
            }
        } else if (base instanceof COSArray array) {
            for (COSBase value : array) {
                visit(value, found, seen);
            }
        }
    }

    private static void inspect(COSDictionary d, Set<String> found) {
        if (d.containsKey(COSName.JS) || d.containsKey(COSName.JAVA_SCRIPT)
                || COSName.JAVA_SCRIPT.equals(d.getCOSName(COSName.S))) {
            found.add("JavaScript");
        }
        if (COSName.getPDFName("Launch").equals(d.getCOSName(COSName.S))) {
            found.add("外部プログラムの起動");
        }
        if (d.containsKey(COSName.EMBEDDED_FILES) || d.containsKey(COSName.EF)
                || COSName.EMBEDDED_FILE.equals(d.getCOSName(COSName.TYPE))
                || COSName.getPDFName("FileAttachment").equals(d.getCOSName(COSName.SUBTYPE))) {
            found.add("埋め込みファイル");
        }
    }
}
