package jp.itaku.contract.verification.structure;

/**
 * One paragraph (項), item (号) or unlabelled paragraph of the draft, with the article it belongs to. The body text is
 * the range [nStart, nEnd) of {@link ParsedDocument#text()} (normalised, without headings or labels).
 */
public final class Unit {

    public enum LabelType { NONE, ARTICLE, TOKKI, DOTNUM, NUM, PAREN, CIRCLED, KANJI, KATA }

    /**
     * Which wording of an amendment that sets old and new side by side the unit is ({@link RevisionLayout}): the old
     * wording (a 変更前 column or block) is out of force, the new one replaces the clause of the same label.
     */
    public enum Version { ORIGINAL, OLD, NEW }

    public final Part part;
    public final Article article;
    public final LabelType labelType;
    /** The unit's own label as written (normalised), e.g. "2", "(1)", "ア"; null for the article's first paragraph. */
    public final String label;
    public String heading;
    public int nStart;
    public int nEnd;
    /** Index in the document's unit list. */
    public final int index;
    /** The lead unit ("次の各号のいずれかに…") this item belongs to, if any. */
    public Unit lead;
    public Version version = Version.ORIGINAL;

    Unit(Part part, Article article, LabelType labelType, String label, int index) {
        this.part = part;
        this.article = article;
        this.labelType = labelType;
        this.label = label;
        this.index = index;
    }

    /** Label for evidence: 第11条第2項, 別記 第8, 第16条(1) … */
    public String displayLabel() {
        String a = article == null ? "前文" : article.displayLabel();
        if (label == null) {
            return a;
        }
        String sub = switch (labelType) {
            case NUM -> "第" + label + "項";
            default -> label;
        };
        return a + sub;
    }
}
