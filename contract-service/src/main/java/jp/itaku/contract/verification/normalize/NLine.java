package jp.itaku.contract.verification.normalize;

/**
 * A normalised piece of text with, for every normalised char, the range of ORIGINAL chars (UTF-16 indices) it came
 * from. Whitespace is kept as single spaces here; {@link CharNormalizer} decides what reaches the body text.
 */
public final class NLine {
    public final String s;
    public final int[] start;
    public final int[] end;

    public NLine(String s, int[] start, int[] end) {
        this.s = s;
        this.start = start;
        this.end = end;
    }

    public int length() {
        return s.length();
    }
}
