package jp.itaku.gateway.portal.dashboard;

import java.util.List;
import java.util.Map;

/** A horizontal bar chart drawn as SVG on the server: each bar's width is its share of the largest value. */
public record Bars(String title, List<Bar> bars, int height) {

    public record Bar(String label, long value, int y, int width, String tone) {
    }

    static final int ROW = 28;
    static final int WIDTH = 150;

    static Bars of(String title, Map<String, Long> values, Map<String, String> tones) {
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new java.util.ArrayList<>();
        int y = 0;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            bars.add(new Bar(e.getKey(), e.getValue(), y, (int) Math.round((double) e.getValue() / max * WIDTH),
                    tones.getOrDefault(e.getKey(), "#1d4e89")));
            y += ROW;
        }
        return new Bars(title, bars, Math.max(ROW, y));
    }
}
