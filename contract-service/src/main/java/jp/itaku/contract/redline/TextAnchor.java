package jp.itaku.contract.redline;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlObject;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Finds a quoted sentence of the verifier's evidence in the body paragraphs and anchors a comment on exactly it
 * ({@code w:commentRangeStart} … {@code w:commentRangeEnd} and the reference run). A quote joined by the verifier
 * across hard-wrapped lines spans several paragraphs; if a paragraph's runs cannot be read reliably, the comment
 * covers that whole paragraph.
 */
final class TextAnchor {

    /** Where a quote stands: paragraph and offset of its start and of its end (exclusive). */
    record Span(int firstParagraph, int start, int lastParagraph, int end) {
    }

    private final List<XWPFParagraph> paragraphs;
    private final List<String> texts;
    private final boolean[] readable;

    /** Reads every paragraph once, before anything is changed (cutting runs changes what POI's objects see). */
    TextAnchor(List<XWPFParagraph> paragraphs) {
        this.paragraphs = paragraphs;
        this.texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
        this.readable = new boolean[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            readable[i] = new ParagraphPieces(paragraphs.get(i)).agreesWithPoi();
        }
    }

    Optional<Span> find(String quote) {
        if (quote == null || quote.isBlank()) {
            return Optional.empty();
        }
        String[] lines = quote.strip().split("\\s*\n\\s*");
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = texts.get(i);
            int at = text.indexOf(lines[0]);
            if (at < 0) {
                continue;
            }
            if (lines.length == 1) {
                return Optional.of(new Span(i, at, i, at + lines[0].length()));
            }
            Optional<Span> across = across(i, at, lines);
            if (across.isPresent()) {
                return across;
            }
        }
        return Optional.empty();
    }

    private Optional<Span> across(int first, int at, String[] lines) {
        int p = first;
        for (int k = 1; k < lines.length; k++) {
            p++;
            while (p < paragraphs.size() && texts.get(p).isBlank()) {
                p++;
            }
            if (p >= paragraphs.size() || !texts.get(p).strip().startsWith(lines[k])) {
                return Optional.empty();
            }
        }
        String lastText = texts.get(p);
        int end = lastText.indexOf(lines[lines.length - 1]) + lines[lines.length - 1].length();
        return Optional.of(new Span(first, at, p, end));
    }

    /** Anchors the comment {@code id} on the span. */
    void comment(Span span, BigInteger id) {
        XmlObject startAt;
        XmlObject endAt;
        ParagraphPieces first = new ParagraphPieces(paragraphs.get(span.firstParagraph()));
        ParagraphPieces last = span.lastParagraph() == span.firstParagraph() ? first
                : new ParagraphPieces(paragraphs.get(span.lastParagraph()));
        boolean firstReadable = readable[span.firstParagraph()];
        boolean lastReadable = readable[span.lastParagraph()];
        if (first == last && firstReadable) {
            ParagraphPieces.Piece[] covered = first.isolate(span.start(), span.end());
            startAt = covered == null ? null : covered[0].xml();
            endAt = covered == null ? null : covered[1].xml();
        } else {
            ParagraphPieces.Piece[] head = firstReadable
                    ? first.isolate(span.start(), first.text().length()) : null;
            ParagraphPieces.Piece[] tail = lastReadable ? last.isolate(0, span.end()) : null;
            startAt = head != null ? head[0].xml() : first.first() == null ? null : first.first().xml();
            endAt = tail != null ? tail[1].xml() : last.last() == null ? null : last.last().xml();
        }
        if (startAt == null || endAt == null) {
            return;
        }
        Wml.commentAround(startAt, endAt, id);
    }
}
