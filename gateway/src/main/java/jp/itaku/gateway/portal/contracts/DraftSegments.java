package jp.itaku.gateway.portal.contracts;

import jp.itaku.gateway.portal.client.Verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A draft's text (as contract-service extracted it from the .txt, .docx or .pdf) cut into segments so that each element's evidence is marked where it stands. The verifier's
 * offsets are code points into the original text; a span whose slice is not its quoted text is looked up by text.
 */
final class DraftSegments {

    /** One run of text; {@code status} is null for unmarked text, {@code anchors} the evidence ids starting here. */
    record Segment(String text, String status, String title, List<String> anchors) {
    }

    private record Span(int start, int end, String status, String title, String anchor) {
    }

    private DraftSegments() {
    }

    static List<Segment> segments(String text, List<Verification.Element> elements) {
        return segments(text, elements, "・");
    }

    /** {@code joiner} stands between the names of elements whose evidence overlaps (the page's {@code msg:mid}). */
    static List<Segment> segments(String text, List<Verification.Element> elements, String joiner) {
        List<Span> spans = new ArrayList<>();
        for (Verification.Element element : elements) {
            for (Verification.Evidence ev : element.evidence() == null ? List.<Verification.Evidence>of() : element.evidence()) {
                locate(text, ev).ifPresent(range -> spans.add(new Span(range[0], range[1],
                        String.valueOf(element.status()), element.id() + " " + element.name(), anchor(element, ev))));
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        spans.forEach(s -> {
            cuts.add(s.start);
            cuts.add(s.end);
        });
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int a = from;
            int b = to;
            List<Span> covering = spans.stream().filter(s -> s.start <= a && s.end >= b).toList();
            List<String> anchors = spans.stream().filter(s -> s.start == a).map(Span::anchor).toList();
            String status = covering.isEmpty() ? null
                    : covering.stream().anyMatch(s -> "contradicted".equals(s.status)) ? "contradicted" : "satisfied";
            String title = covering.stream().map(Span::title).distinct().reduce((x, y) -> x + joiner + y).orElse(null);
            segments.add(new Segment(text.substring(a, b), status, title, anchors));
            from = to;
        }
        return segments;
    }

    static String anchor(Verification.Element element, Verification.Evidence evidence) {
        return "ev-" + element.id() + "-" + evidence.start();
    }

    private static Optional<int[]> locate(String text, Verification.Evidence evidence) {
        String quoted = String.valueOf(evidence.text());
        int cpCount = text.codePointCount(0, text.length());
        Integer s = evidence.start();
        Integer e = evidence.end();
        if (s != null && e != null && s >= 0 && s <= e && e <= cpCount) {
            int start = text.offsetByCodePoints(0, s);
            int end = text.offsetByCodePoints(0, e);
            if (text.substring(start, end).equals(quoted)) {
                return Optional.of(new int[]{start, end});
            }
        }
        int found = quoted.isEmpty() ? -1 : text.indexOf(quoted);
        return found < 0 ? Optional.empty() : Optional.of(new int[]{found, found + quoted.length()});
    }
}
