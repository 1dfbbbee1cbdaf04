package jp.itaku.common.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The Japanese name of a recorded resource type ({@code resource-labels.properties}); unknown types as they are. */
public final class ResourceLabels {

    private static final Properties LABELS = load();

    private ResourceLabels() {
    }

    public static String of(String type) {
        return type == null ? "" : LABELS.getProperty(type, type);
    }

    public static boolean knows(String type) {
        return LABELS.containsKey(type);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ResourceLabels.class.getResourceAsStream("resource-labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("resource-labels.properties missing from the jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
