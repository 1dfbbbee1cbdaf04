package jp.itaku.contract.verification;

/**
 * Input limits.
 *
 * @param maxBytes             largest accepted file (default 20 MB)
 * @param maxUncompressedBytes largest total uncompressed size of a .docx package (default 100 MB)
 * @param maxInflateRatio      largest ratio uncompressed/compressed for one .docx entry over 1 MB (default 100)
 * @param maxTextChars         largest extracted text, in chars (default 5 million)
 */
public record VerifierLimits(long maxBytes, long maxUncompressedBytes, double maxInflateRatio, int maxTextChars) {

    public static final long MB = 1024L * 1024L;

    public static VerifierLimits defaults() {
        return new VerifierLimits(20 * MB, 100 * MB, 100.0, 5_000_000);
    }

    public VerifierLimits withMaxBytes(long bytes) {
        return new VerifierLimits(bytes, maxUncompressedBytes, maxInflateRatio, maxTextChars);
    }
}
