package jp.itaku.contract.redline;

import jp.itaku.contract.verification.ElementResult;
import jp.itaku.contract.verification.Evidence;
import jp.itaku.contract.verification.VerificationReport;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The redline of a .docx draft for the vendor: each missing element's suggested clause inserted as a tracked change
 * (Word revision marks) at the related article or as a new article at the end of the special terms, with a Word
 * comment explaining it, and each sentence of a contradiction marked with a comment. Everything else of the document
 * stays as it was. Plain Java (POI), no framework types.
 */
public final class Redliner {

    /** The redlined document and what was added to it. */
    public record Result(byte[] docx, int insertions, int comments) {
    }

    private final RelatedHeadings headings = RelatedHeadings.load();

    /**
     * @param docx       the draft exactly as uploaded
     * @param report     the verifier's report of that draft
     * @param applies    which elements count for this engagement (D1 only for dispatch)
     * @param revision   author and time of the changes and comments
     */
    public Result redline(byte[] docx, VerificationReport report, Predicate<String> applies, Revision revision) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 16384)) {
            Outline outline = new Outline(doc);
            TextAnchor anchor = new TextAnchor(outline.paragraphs());
            AnnotationIds ids = new AnnotationIds(doc);
            Comments comments = new Comments(doc, revision);
            TrackedInsertion insertion = new TrackedInsertion(doc, revision, ids);
            PlacementFinder placements = new PlacementFinder(outline, anchor, headings);
            int commentCount = 0;
            for (ElementResult e : report.elements()) {
                if (applies.test(e.id()) && ElementResult.CONTRADICTED.equals(e.status())) {
                    commentCount += markContradiction(e, anchor, ids, comments);
                }
            }
            List<Map.Entry<ElementResult, Placement>> planned = new ArrayList<>();
            for (ElementResult e : report.elements()) {
                if (applies.test(e.id()) && ElementResult.MISSING.equals(e.status()) && e.suggestedClause() != null) {
                    planned.add(Map.entry(e, placements.of(e)));
                }
            }
            // into an existing article first, then the new articles in the order they were numbered
            planned.sort(Comparator.comparing(p -> p.getValue().newArticle()));
            Map<XWPFParagraph, XWPFParagraph> lastInsertedAfter = new HashMap<>();
            for (Map.Entry<ElementResult, Placement> plan : planned) {
                Placement place = plan.getValue();
                XWPFParagraph after = lastInsertedAfter.getOrDefault(place.after(), place.after());
                BigInteger commentId = ids.next();
                comments.add(commentId, Notes.missing(plan.getKey(), place.description()));
                for (int i = 0; i < place.paragraphs().size(); i++) {
                    boolean clause = i == place.paragraphs().size() - 1;
                    after = insertion.after(after, place.paragraphs().get(i), clause ? commentId : null);
                }
                lastInsertedAfter.put(place.after(), after);
                commentCount++;
            }
            int insertionCount = planned.size();
            doc.write(out);
            return new Result(out.toByteArray(), insertionCount, commentCount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int markContradiction(ElementResult e, TextAnchor anchor, AnnotationIds ids, Comments comments) {
        int n = 0;
        Set<String> quoted = new LinkedHashSet<>();
        for (Evidence ev : e.evidence()) {
            if (!quoted.add(ev.text())) {
                continue;
            }
            var span = anchor.find(ev.text());
            if (span.isPresent()) {
                BigInteger id = ids.next();
                comments.add(id, Notes.contradiction(e));
                anchor.comment(span.get(), id);
                n++;
            }
        }
        return n;
    }
}
