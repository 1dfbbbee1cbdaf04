package jp.itaku.contract.redline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Per element, the heading words of the article its clause belongs after ({@code related-headings.txt}). */
final class RelatedHeadings {

    private static final String RESOURCE = "/jp/itaku/contract/redline/related-headings.txt";

    private final Map<String, Pattern> byElement;

    private RelatedHeadings(Map<String, Pattern> byElement) {
        this.byElement = Map.copyOf(byElement);
    }

    static RelatedHeadings load() {
        Map<String, Pattern> map = new HashMap<>();
        try (InputStream in = RelatedHeadings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int eq = t.indexOf('=');
                if (eq < 1) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected <element> = <regex>");
                }
                map.put(t.substring(0, eq).strip(), Pattern.compile(t.substring(eq + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RelatedHeadings(map);
    }

    Optional<Pattern> of(String elementId) {
        return Optional.ofNullable(byElement.get(elementId));
    }
}
