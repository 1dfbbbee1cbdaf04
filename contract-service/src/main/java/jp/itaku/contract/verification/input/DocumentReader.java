package jp.itaku.contract.verification.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import jp.itaku.contract.verification.DocumentRejectedException;
import jp.itaku.contract.verification.DocumentRejectedException.Reason;
import jp.itaku.contract.verification.VerifierLimits;

/**
 * Turns the bytes of an uploaded draft into text. The type is decided by the file extension AND by the content
 * (magic bytes); a mismatch is refused rather than guessed. Plain text may be UTF-8, UTF-16 (with or without BOM),
 * Shift_JIS (Windows-31J) or EUC-JP.
 */
public final class DocumentReader {

    public enum Type { TEXT, DOCX, PDF }

    /** Extracted text and the type it came from. Offsets in the report refer to {@code text}. */
    public record Extracted(String text, Type type, String encoding) {
    }

    private final VerifierLimits limits;

    public DocumentReader(VerifierLimits limits) {
        this.limits = limits;
    }

    public Extracted read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException(Reason.EMPTY,
                    "ファイル「" + name(fileName) + "」は空です（0バイト）。契約書の本文が入ったファイルを選び直してください。");
        }
        if (content.length > limits.maxBytes()) {
            throw new DocumentRejectedException(Reason.TOO_LARGE,
                    "ファイル「" + name(fileName) + "」は" + mb(content.length) + "あり、上限の" + mb(limits.maxBytes())
                            + "を超えています。契約書本文と特記事項だけのファイルにして、もう一度アップロードしてください。");
        }
        String ext = extension(fileName);
        Type sniffed = sniff(content);
        Type declared = switch (ext) {
            case "txt", "text", "" -> null;
            case "docx" -> Type.DOCX;
            case "pdf" -> Type.PDF;
            case "doc" -> throw new DocumentRejectedException(Reason.UNSUPPORTED_TYPE,
                    "「" + name(fileName) + "」は旧形式のWord文書（.doc）です。Wordで開いて .docx 形式で保存し直すか、PDFにしてからアップロードしてください。");
            default -> {
                if (sniffed == null) {
                    throw unsupported(fileName);
                }
                yield sniffed;
            }
        };
        if (sniffed == Type.PDF && declared != Type.PDF && declared != null) {
            throw mismatch(fileName, ext, "PDF");
        }
        if (sniffed == Type.DOCX && declared == Type.PDF) {
            throw mismatch(fileName, ext, "ZIP形式（Word文書など）");
        }
        if (declared == Type.DOCX && sniffed != Type.DOCX) {
            if (isOle(content)) {
                throw new DocumentRejectedException(Reason.TYPE_MISMATCH,
                        "「" + name(fileName) + "」は拡張子が .docx ですが、中身は旧形式のWord文書（.doc）か暗号化された文書です。Wordで開いて .docx 形式で保存し直してください（パスワードは外してください）。");
            }
            throw mismatch(fileName, ext, "Word文書（.docx）ではないデータ");
        }
        if (declared == Type.PDF && sniffed != Type.PDF) {
            throw mismatch(fileName, ext, "PDFではないデータ");
        }
        Type type = declared != null ? declared : (sniffed != null ? sniffed : Type.TEXT);
        if (type == Type.TEXT && isBinaryFormat(content)) {
            throw unsupported(fileName);
        }
        Extracted extracted = switch (type) {
            case TEXT -> new Extracted(null, Type.TEXT, null);
            case DOCX -> new Extracted(readDocx(fileName, content), Type.DOCX, null);
            case PDF -> new Extracted(readPdf(fileName, content), Type.PDF, null);
        };
        if (type == Type.TEXT) {
            extracted = decodeText(fileName, content);
        }
        String text = extracted.text();
        if (text.length() > limits.maxTextChars()) {
            throw new DocumentRejectedException(Reason.TOO_LARGE,
                    "「" + name(fileName) + "」から取り出した本文が" + text.length() + "文字あり、上限の" + limits.maxTextChars()
                            + "文字を超えています。契約書本文と特記事項だけのファイルにしてください。");
        }
        if (text.isBlank()) {
            if (type == Type.TEXT) {
                throw new DocumentRejectedException(Reason.EMPTY,
                        "ファイル「" + name(fileName) + "」には空白しか含まれていません。契約書の本文が入ったファイルを選び直してください。");
            }
            throw new DocumentRejectedException(Reason.NO_TEXT,
                    "「" + name(fileName) + "」からテキストを抽出できません。画像だけの文書（スキャンしたPDFなど）の可能性があります。文字情報を含むPDFか .docx / .txt を用意してください（OCRで文字を付けたPDFでも構いません）。");
        }
        return extracted;
    }

    // ---------------------------------------------------------------- sniffing

    static Type sniff(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII)) || containsPdfHeaderNearStart(b)) {
            return Type.PDF;
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7)) {
            return Type.DOCX;
        }
        return null;
    }

    private static boolean containsPdfHeaderNearStart(byte[] b) {
        // some PDFs have a few bytes of garbage before the header; the spec allows up to 1024
        int lim = Math.min(b.length - 5, 1024);
        for (int i = 1; i < lim; i++) {
            if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean isOle(byte[] b) {
        return b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0;
    }

    private static boolean isBinaryFormat(byte[] b) {
        if (isOle(b)) {
            return true;
        }
        int[][] magics = {
                {0x89, 'P', 'N', 'G'}, {0xFF, 0xD8, 0xFF}, {'G', 'I', 'F', '8'}, {'I', 'I', 0x2A, 0x00},
                {'M', 'M', 0x00, 0x2A}, {0x1F, 0x8B}, {'R', 'a', 'r', '!'}, {'7', 'z', 0xBC, 0xAF}, {0x7F, 'E', 'L', 'F'},
                {'M', 'Z'}};
        for (int[] m : magics) {
            if (b.length >= m.length) {
                boolean ok = true;
                for (int i = 0; i < m.length; i++) {
                    if ((b[i] & 0xff) != m[i]) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- text

    Extracted decodeText(String fileName, byte[] b) {
        String enc;
        String text;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            enc = "UTF-16BE";
            text = strict(b, 2, StandardCharsets.UTF_16BE);
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            enc = "UTF-16LE";
            text = strict(b, 2, StandardCharsets.UTF_16LE);
        } else if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            enc = "UTF-8";
            text = strict(b, 0, StandardCharsets.UTF_8);
        } else {
            Charset utf16 = guessUtf16(b);
            if (utf16 != null) {
                enc = utf16.name();
                text = strict(b, 0, utf16);
            } else {
                text = strict(b, 0, StandardCharsets.UTF_8);
                enc = "UTF-8";
                if (text == null) {
                    text = strict(b, 0, Charset.forName("windows-31j"));
                    enc = "Shift_JIS";
                }
                if (text == null) {
                    text = strict(b, 0, Charset.forName("EUC-JP"));
                    enc = "EUC-JP";
                }
            }
        }
        if (text == null || !looksLikeText(text)) {
            throw new DocumentRejectedException(Reason.CORRUPT,
                    "「" + name(fileName) + "」はテキストとして読み取れません（文字コードが UTF-8・Shift_JIS・UTF-16 のいずれでもないか、"
                            + "文書ではないバイナリデータです）。Wordなどで開き、.docx・PDF・UTF-8のテキストとして保存し直してください。");
        }
        return new Extracted(text, Type.TEXT, enc);
    }

    private static Charset guessUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        // Japanese UTF-16 has few zero bytes; use the pattern of line breaks / ASCII and the absence of zeros on the
        // other side, plus the fact that valid UTF-8 or Shift_JIS never contains NUL
        boolean hasNul = evenZero + oddZero > 0;
        if (!hasNul) {
            // pure Japanese UTF-16 without any ASCII: decide by which decoding yields mostly CJK
            if (b.length % 2 == 0 && strict(b, 0, StandardCharsets.UTF_8) == null
                    && strict(b, 0, Charset.forName("windows-31j")) == null) {
                String le = strict(b, 0, StandardCharsets.UTF_16LE);
                String be = strict(b, 0, StandardCharsets.UTF_16BE);
                double sle = le == null ? 0 : cjkShare(le);
                double sbe = be == null ? 0 : cjkShare(be);
                if (Math.max(sle, sbe) > 0.6) {
                    return sle >= sbe ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                }
            }
            return null;
        }
        // UTF-8 and Shift_JIS text never contains NUL: zeros on one side only mean UTF-16 with some ASCII
        if (oddZero > 0 && evenZero <= oddZero / 4) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > 0 && oddZero <= evenZero / 4) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static double cjkShare(String s) {
        int cjk = 0;
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            total++;
            if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF)
                    || (c >= 0x3000 && c <= 0x303F)) {
                cjk++;
            }
        }
        return total == 0 ? 0 : (double) cjk / total;
    }

    private static String strict(byte[] b, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Rejects decoded "text" that is really binary: control characters, private-use or replacement chars. */
    static boolean looksLikeText(String s) {
        int bad = 0;
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            total++;
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0xFFFD || c == 0x7F
                    || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0x80 && c < 0xA0)) {
                bad++;
            }
        }
        return total > 0 && bad * 100 <= total; // at most 1 %
    }

    // ---------------------------------------------------------------- docx

    private String readDocx(String fileName, byte[] content) {
        checkZip(fileName, content);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            return DocxText.of(doc); // without comments, tracked deletions, headers and footers
        } catch (DocumentRejectedException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new DocumentRejectedException(Reason.CORRUPT,
                    "「" + name(fileName) + "」はWord文書（.docx）として開けません。ファイルが壊れているか、.docx 以外の形式です。Wordで開いて保存し直してください。",
                    e);
        }
    }

    /**
     * Walks the zip and counts the bytes really inflated (sizes in headers can lie), refusing packages that are not
     * Word documents or that expand beyond the limits.
     */
    private void checkZip(String fileName, byte[] content) {
        long total = 0;
        boolean hasDocument = false;
        int entries = 0;
        byte[] buf = new byte[16384];
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                entries++;
                if (entries > 10_000) {
                    throw zipBomb(fileName, "エントリ数が多すぎます");
                }
                if ("word/document.xml".equals(e.getName())) {
                    hasDocument = true;
                }
                long entryBytes = 0;
                int n;
                while ((n = read(zin, buf)) > 0) {
                    entryBytes += n;
                    total += n;
                    if (total > limits.maxUncompressedBytes()) {
                        throw zipBomb(fileName, "展開後の合計サイズが上限（" + mb(limits.maxUncompressedBytes()) + "）を超えます");
                    }
                    long compressed = e.getCompressedSize();
                    if (entryBytes > VerifierLimits.MB) {
                        double ratio = compressed > 0 ? (double) entryBytes / compressed
                                : (double) total / Math.max(1, content.length);
                        if (ratio > limits.maxInflateRatio()) {
                            throw zipBomb(fileName, "圧縮率が異常に高い部分があります（" + Math.round(ratio) + "倍）");
                        }
                    }
                }
            }
        } catch (DocumentRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException(Reason.CORRUPT,
                    "「" + name(fileName) + "」はWord文書（.docx）として開けません。ZIP構造が壊れています。Wordで開いて保存し直してください。", e);
        }
        if (!hasDocument) {
            throw new DocumentRejectedException(Reason.UNSUPPORTED_TYPE,
                    "「" + name(fileName) + "」はZIP形式ですが、Word文書（.docx）ではありません（本文 word/document.xml がありません）。契約書の .docx・PDF・テキストを選んでください。");
        }
    }

    private static int read(InputStream in, byte[] buf) throws IOException {
        return in.read(buf, 0, buf.length);
    }

    private static DocumentRejectedException zipBomb(String fileName, String detail) {
        return new DocumentRejectedException(Reason.ZIP_BOMB,
                "「" + name(fileName) + "」は展開すると極端に大きくなるため読み込みを中止しました（" + detail
                        + "）。通常の契約書ではありえない構造です。作成元に確認のうえ、Wordで保存し直したファイルかPDFを用意してください。");
    }

    // ---------------------------------------------------------------- pdf

    private String readPdf(String fileName, byte[] content) {
        try (PDDocument doc = Loader.loadPDF(content)) {
            if (doc.getNumberOfPages() > 2000) {
                throw new DocumentRejectedException(Reason.TOO_LARGE,
                        "「" + name(fileName) + "」は" + doc.getNumberOfPages() + "ページあり、契約書としては大きすぎます。契約書本文と特記事項の部分だけにしてください。");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            return stripper.getText(doc);
        } catch (InvalidPasswordException e) {
            throw new DocumentRejectedException(Reason.ENCRYPTED,
                    "「" + name(fileName) + "」はパスワードで保護されているため読み込めません。パスワードを解除したPDFを用意してください。", e);
        } catch (DocumentRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException(Reason.CORRUPT,
                    "「" + name(fileName) + "」はPDFとして開けません。ファイルが壊れている可能性があります。PDFを作成し直してください。", e);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static DocumentRejectedException unsupported(String fileName) {
        return new DocumentRejectedException(Reason.UNSUPPORTED_TYPE,
                "「" + name(fileName) + "」は読み込めない形式です。契約書は .docx・PDF（文字情報つき）・テキスト（.txt）のいずれかでアップロードしてください。");
    }

    private static DocumentRejectedException mismatch(String fileName, String ext, String actual) {
        return new DocumentRejectedException(Reason.TYPE_MISMATCH,
                "「" + name(fileName) + "」は拡張子が ." + ext + " ですが、中身は" + actual
                        + "です。拡張子を付け替えたファイルの可能性があります。元の形式のまま（正しい拡張子で）アップロードしてください。");
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String n = fileName;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "（名前なし）" : fileName;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1fMB", bytes / (double) VerifierLimits.MB);
    }

    private static boolean startsWith(byte[] b, byte[] p) {
        if (b.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
