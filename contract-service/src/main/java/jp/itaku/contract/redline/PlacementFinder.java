package jp.itaku.contract.redline;

import jp.itaku.contract.verification.ElementResult;
import jp.itaku.contract.verification.Evidence;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.util.List;
import java.util.Optional;

/**
 * Decides where each missing element's clause is inserted: after the article of the verifier's near miss (the
 * sentence its explanation talks about), else after the article whose heading names the subject
 * ({@code related-headings.txt}), else as a new article at the end of the special terms (or of the draft).
 */
final class PlacementFinder {

    private final Outline outline;
    private final TextAnchor anchor;
    private final RelatedHeadings headings;
    private int nextNumber;

    PlacementFinder(Outline outline, TextAnchor anchor, RelatedHeadings headings) {
        this.outline = outline;
        this.anchor = anchor;
        this.headings = headings;
        this.nextNumber = outline.lastOfSpecialTermsOrBody().map(a -> a.number() + 1).orElse(1);
    }

    Placement of(ElementResult element) {
        String clause = element.suggestedClause();
        Optional<Outline.Article> related = nearMiss(element).or(() -> headings.of(element.id()).flatMap(outline::byHeading));
        if (related.isPresent()) {
            Outline.Article a = related.get();
            return new Placement(paragraph(a.last()), List.of(clause), describe(a) + "の末尾に", false);
        }
        Optional<Outline.Article> last = outline.lastOfSpecialTermsOrBody();
        String name = element.name();
        String label = ArticleLabel.of(last.orElse(null), nextNumber++);
        String where = last.map(a -> a.special() ? "特記事項の末尾に新しい条（" + label + "）として"
                : "本文の末尾に新しい条（" + label + "）として").orElse("文書の末尾に");
        XWPFParagraph after = last.map(a -> paragraph(a.last())).orElseGet(this::lastNonEmpty);
        Outline.Article like = last.orElse(null);
        if (like != null && like.style() == Outline.Style.DOT) {
            return new Placement(after, List.of(label + " " + name, "\u3000" + clause), where, true);
        }
        if (like != null && like.headingOwnLine()) {
            return new Placement(after, List.of("（" + name + "）", label + "\u3000" + clause), where, true);
        }
        return new Placement(after, List.of(label + "（" + name + "）\u3000" + clause), where, true);
    }

    private Optional<Outline.Article> nearMiss(ElementResult element) {
        for (Evidence ev : element.evidence()) {
            Optional<Outline.Article> a = anchor.find(ev.text()).flatMap(s -> outline.articleOf(s.firstParagraph()));
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    private static String describe(Outline.Article a) {
        return ArticleLabel.of(a) + (a.heading() == null ? "" : "（" + a.heading() + "）");
    }

    private XWPFParagraph paragraph(int index) {
        return outline.paragraphs().get(index);
    }

    private XWPFParagraph lastNonEmpty() {
        List<XWPFParagraph> ps = outline.paragraphs();
        for (int i = ps.size() - 1; i >= 0; i--) {
            if (!ps.get(i).getText().isBlank()) {
                return ps.get(i);
            }
        }
        return ps.isEmpty() ? null : ps.get(ps.size() - 1);
    }
}
