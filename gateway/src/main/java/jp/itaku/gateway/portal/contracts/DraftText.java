package jp.itaku.gateway.portal.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A draft's text (as contract-service extracted it from the .txt, .docx or .pdf) cut into segments so that each element's evidence is marked where it stands. The verifier's
 * offsets are code points into the original text; a span whose slice is not its quoted text is looked up by text.
 */
final class DraftText {

    /** One run of text; {@code status} is null for unmarked text, {@code anchors} the evidence ids starting here. */
    record Segment(String text, String status, String title, List<String> anchors) {
    }

    private record Span(int start, int end, String status, String title, String anchor) {
    }

    private DraftText() {
    }

    @SuppressWarnings("unchecked")
    static List<Segment> segments(String text, List<Map<String, Object>> elements) {
        List<Span> spans = new ArrayList<>();
        for (Map<String, Object> element : elements) {
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) element.getOrDefault("evidence", List.of());
            for (int i = 0; i < evidence.size(); i++) {
                Map<String, Object> ev = evidence.get(i);
                locate(text, ev).ifPresent(range -> spans.add(new Span(range[0], range[1],
                        String.valueOf(element.get("status")), element.get("id") + " " + element.get("name"),
                        anchor(element, ev))));
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
            String title = covering.stream().map(Span::title).distinct().reduce((x, y) -> x + "・" + y).orElse(null);
            segments.add(new Segment(text.substring(a, b), status, title, anchors));
            from = to;
        }
        return segments;
    }

    static String anchor(Map<String, Object> element, Map<String, Object> evidence) {
        return "ev-" + element.get("id") + "-" + evidence.get("start");
    }

    private static Optional<int[]> locate(String text, Map<String, Object> evidence) {
        String quoted = String.valueOf(evidence.get("text"));
        int cpCount = text.codePointCount(0, text.length());
        if (evidence.get("start") instanceof Number s && evidence.get("end") instanceof Number e
                && s.intValue() >= 0 && s.intValue() <= e.intValue() && e.intValue() <= cpCount) {
            int start = text.offsetByCodePoints(0, s.intValue());
            int end = text.offsetByCodePoints(0, e.intValue());
            if (text.substring(start, end).equals(quoted)) {
                return Optional.of(new int[]{start, end});
            }
        }
        int found = quoted.isEmpty() ? -1 : text.indexOf(quoted);
        return found < 0 ? Optional.empty() : Optional.of(new int[]{found, found + quoted.length()});
    }
}
