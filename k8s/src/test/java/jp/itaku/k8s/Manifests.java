package jp.itaku.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The YAML documents of k8s/*.yaml, by file, as they are written (before any typing). */
public final class Manifests {

    public record Document(String file, ObjectNode node) {
        public String kind() {
            return node.path("kind").asText();
        }

        public String name() {
            return node.path("metadata").path("name").asText();
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Manifests() {
    }

    public static Path root() {
        return Path.of(System.getProperty("itaku.root", "..")).toAbsolutePath().normalize();
    }

    public static Path dir() {
        return root().resolve("k8s");
    }

    /** file name → text, for every k8s/*.yaml. */
    public static Map<String, String> texts() {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                texts.put(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    public static List<Document> parse(Map<String, String> texts) {
        List<Document> documents = new ArrayList<>();
        texts.forEach((file, text) -> {
            try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(text)) {
                for (JsonNode node : YAML.readValues(parser, JsonNode.class).readAll()) {
                    if (node instanceof ObjectNode object && !object.isEmpty()) {
                        documents.add(new Document(file, object));
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": not YAML: " + e.getMessage(), e);
            }
        });
        return documents;
    }

    public static List<Document> documents() {
        return parse(texts());
    }
}
