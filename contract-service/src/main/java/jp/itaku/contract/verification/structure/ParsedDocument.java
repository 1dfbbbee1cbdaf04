package jp.itaku.contract.verification.structure;

import java.util.List;

/**
 * The draft after normalisation and structure analysis. {@link #text()} is the normalised body text (units separated
 * by '\n'); {@link #origStart(int)}/{@link #origEnd(int)} map normalised char indices back to the ORIGINAL text.
 */
public final class ParsedDocument {
    private final String original;
    private final String text;
    private final int[] os;
    private final int[] oe;
    private final List<Unit> units;
    private final List<Part> parts;
    private final String title;
    private final List<String> lines;
    private int[] cpIndex;

    ParsedDocument(String original, String text, int[] os, int[] oe, List<Unit> units, List<Part> parts, String title,
                   List<String> lines) {
        this.original = original;
        this.text = text;
        this.os = os;
        this.oe = oe;
        this.units = units;
        this.parts = parts;
        this.title = title;
        this.lines = lines;
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public List<Unit> units() {
        return units;
    }

    public List<Part> parts() {
        return parts;
    }

    public String title() {
        return title;
    }

    /** Normalised lines (with headings) for whole-document checks such as attachment titles. */
    public List<String> lines() {
        return lines;
    }

    /** Original UTF-16 index where normalised char n starts. */
    public int origStart(int n) {
        return os[n];
    }

    /** Original UTF-16 index where normalised char n ends (exclusive). */
    public int origEnd(int n) {
        return oe[n];
    }

    public String unitText(Unit u) {
        return text.substring(u.nStart, u.nEnd);
    }

    /** Code-point offset of a UTF-16 index into the original text. */
    public int codePointOffset(int utf16Index) {
        if (cpIndex == null) {
            int[] idx = new int[original.length() + 1];
            int cp = 0;
            for (int i = 0; i < original.length(); i++) {
                idx[i] = cp;
                if (!Character.isLowSurrogate(original.charAt(i))) {
                    cp++;
                } else {
                    idx[i] = cp - 1;
                }
            }
            idx[original.length()] = cp;
            cpIndex = idx;
        }
        return cpIndex[utf16Index];
    }
}
