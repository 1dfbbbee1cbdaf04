package jp.itaku.contract.verification;

/**
 * A draft that cannot be read. {@link #getMessage()} is Japanese and tells a procurement officer what to do.
 */
public class DocumentRejectedException extends RuntimeException {

    public enum Reason {
        /** The file or text is empty. */
        EMPTY,
        /** Over the size limit. */
        TOO_LARGE,
        /** A format the verifier does not read (images, old .doc, spreadsheets, …). */
        UNSUPPORTED_TYPE,
        /** The extension says one format and the content is another (e.g. a PDF renamed to .docx). */
        TYPE_MISMATCH,
        /** Damaged file or binary data that is not text. */
        CORRUPT,
        /** A PDF without a text layer (scanned) or a document with no text. */
        NO_TEXT,
        /** A .docx whose compressed content expands beyond the limits (zip bomb). */
        ZIP_BOMB,
        /** A password-protected / encrypted document. */
        ENCRYPTED
    }

    private final Reason reason;

    public DocumentRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DocumentRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public Reason getReason() {
        return reason;
    }
}
