package jp.itaku.contract.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.contract.verification.VerifierLimits;
import jp.itaku.contract.verification.input.DocumentReader;

/**
 * The text of a stored draft exactly as the verifier read it (the same reader and limits as {@code ContractVerifier}),
 * so the evidence offsets of its report — code points — refer to this text for .txt, .docx and .pdf drafts alike.
 */
@ApplicationScoped
public class DraftTexts {

    private final DocumentReader reader = new DocumentReader(VerifierLimits.defaults());

    /** {@code type}: TEXT, DOCX or PDF; {@code encoding}: the character encoding of a .txt draft, else null. */
    public record DraftText(int version, String fileName, String type, String encoding, String text) {
    }

    public DraftText of(ContractDraft draft, byte[] original) {
        DocumentReader.Extracted extracted = reader.read(draft.fileName, original);
        return new DraftText(draft.version, draft.fileName, extracted.type().name(), extracted.encoding(),
                extracted.text());
    }
}
