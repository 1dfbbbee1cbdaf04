package jp.itaku.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads each module's application.properties as the prod profile sees it and each Deployment's environment (env,
 * envFrom ConfigMaps and Secrets of the manifests), and fails on every setting whose only value in the cluster would
 * be a local address (127.0.0.1, localhost) or a demo secret: a {@code ${NAME:default}} whose default is such a value
 * needs one of its names (or the property's own environment name, {@code QUARKUS_OIDC_CREDENTIALS_SECRET}) set by
 * the Deployment, and what the manifests set must not be local or a demo value itself.
 */
public final class ClusterConfigCheck {

    /** Module → its Deployment (and container) name. */
    public static final List<String> APPS = List.of("contract-service", "inspection-service", "provision-service", "gateway");

    private static final Pattern LOCAL = Pattern.compile("(?i)(127\\.0\\.0\\.1|localhost|\\[::1])");
    private static final Pattern DEMO = Pattern.compile("(?i)(demo|change-me|changeme)");
    private static final Pattern SECRET_KEY = Pattern.compile("(?i)(password|secret)");

    /** One {@code ${A:${B:default}}} chain: the names in order and the literal default (null when none). */
    record Expression(List<String> names, String fallback) {
    }

    private ClusterConfigCheck() {
    }

    public static List<String> problems(List<Manifests.Document> documents) {
        List<String> problems = new ArrayList<>();
        for (String app : APPS) {
            Map<String, String> provided = environment(documents, app, problems);
            if (provided == null) {
                continue;
            }
            prodProperties(app).forEach((key, value) -> check(app, key, value, provided, problems));
            provided.forEach((name, value) -> {
                if (value != null && LOCAL.matcher(value).find()) {
                    problems.add(app + ": " + name + "=" + value + " is a local address in the cluster");
                }
                if (value != null && DEMO.matcher(value).find()) {
                    problems.add(app + ": " + name + " is set to a demo value");
                }
            });
        }
        return problems;
    }

    private static void check(String app, String key, String value, Map<String, String> provided, List<String> problems) {
        List<Expression> expressions = expressions(value);
        boolean secret = SECRET_KEY.matcher(key).find();
        String ownEnv = envName(key);
        if (provided.containsKey(ownEnv)) {
            return;
        }
        if (expressions.isEmpty()) {
            if (LOCAL.matcher(value).find() || DEMO.matcher(value).find()) {
                problems.add(app + ": " + key + "=" + value + " has no cluster value (set " + ownEnv + ")");
            }
            return;
        }
        for (Expression e : expressions) {
            String fallback = e.fallback() == null ? "" : e.fallback();
            boolean localOnly = LOCAL.matcher(fallback).find();
            boolean demo = DEMO.matcher(fallback).find() || (secret && !fallback.isEmpty());
            if ((localOnly || demo) && e.names().stream().noneMatch(provided::containsKey)) {
                problems.add(app + ": " + key + " would be " + (localOnly ? "the local address " : "the demo secret ")
                        + (secret ? "(hidden)" : fallback) + " in the cluster: the Deployment sets none of "
                        + e.names() + " (nor " + ownEnv + ")");
            }
        }
    }

    /** Environment names the Deployment's container gets, with their literal values (null: from a Secret ref). */
    static Map<String, String> environment(List<Manifests.Document> documents, String app, List<String> problems) {
        Manifests.Document deployment = documents.stream()
                .filter(d -> "Deployment".equals(d.kind()) && app.equals(d.name())).findFirst().orElse(null);
        if (deployment == null) {
            problems.add(app + ": no Deployment");
            return null;
        }
        JsonNode container = null;
        for (JsonNode c : deployment.node().path("spec").path("template").path("spec").path("containers")) {
            if (app.equals(c.path("name").asText())) {
                container = c;
            }
        }
        if (container == null) {
            problems.add(app + ": Deployment has no container named " + app);
            return null;
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("configMapRef")) {
                object(documents, "ConfigMap", from.path("configMapRef").path("name").asText(), app, problems)
                        .ifPresent(cm -> cm.path("data").fields().forEachRemaining(f -> env.put(f.getKey(), f.getValue().asText())));
            }
            if (from.has("secretRef")) {
                object(documents, "Secret", from.path("secretRef").path("name").asText(), app, problems)
                        .ifPresent(s -> secretKeys(s).forEach((k, v) -> env.put(k, v)));
            }
        }
        for (JsonNode e : container.path("env")) {
            String name = e.path("name").asText();
            if (e.has("value")) {
                env.put(name, e.path("value").asText());
            } else if (e.path("valueFrom").has("secretKeyRef")) {
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                String value = object(documents, "Secret", ref.path("name").asText(), app, problems)
                        .map(s -> secretKeys(s).get(ref.path("key").asText())).orElse(null);
                env.put(name, value);
            } else {
                env.put(name, null);
            }
        }
        return env;
    }

    private static Map<String, String> secretKeys(JsonNode secret) {
        Map<String, String> keys = new HashMap<>();
        secret.path("stringData").fields().forEachRemaining(f -> keys.put(f.getKey(), f.getValue().asText()));
        secret.path("data").fields().forEachRemaining(f -> keys.put(f.getKey(), null));
        return keys;
    }

    private static java.util.Optional<JsonNode> object(List<Manifests.Document> documents, String kind, String name,
                                                      String app, List<String> problems) {
        java.util.Optional<JsonNode> found = documents.stream().filter(d -> kind.equals(d.kind()) && name.equals(d.name()))
                .map(d -> (JsonNode) d.node()).findFirst();
        if (found.isEmpty()) {
            problems.add(app + ": refers to missing " + kind + " " + name);
        }
        return found;
    }

    /** The module's properties as the prod profile sees them ({@code %prod.x} over {@code x}; dev/test ignored). */
    static Map<String, String> prodProperties(String app) {
        Path file = Manifests.root().resolve(app).resolve("src/main/resources/application.properties");
        Properties raw = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            raw.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> prod = new LinkedHashMap<>();
        for (String key : raw.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                prod.putIfAbsent(key, raw.getProperty(key));
            }
        }
        for (String key : raw.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                prod.put(key.substring("%prod.".length()), raw.getProperty(key));
            }
        }
        return prod;
    }

    /** Every outermost {@code ${…}} of the value as a chain of names and its literal default. */
    static List<Expression> expressions(String value) {
        List<Expression> found = new ArrayList<>();
        int i = 0;
        while ((i = value.indexOf("${", i)) >= 0) {
            int end = matching(value, i);
            if (end < 0) {
                break;
            }
            found.add(chain(value.substring(i + 2, end)));
            i = end + 1;
        }
        return found;
    }

    private static Expression chain(String inner) {
        List<String> names = new ArrayList<>();
        String rest = inner;
        while (true) {
            int colon = rest.indexOf(':');
            if (colon < 0) {
                names.add(rest);
                return new Expression(names, null);
            }
            names.add(rest.substring(0, colon));
            String fallback = rest.substring(colon + 1);
            if (fallback.startsWith("${") && matching(fallback, 0) == fallback.length() - 1) {
                rest = fallback.substring(2, fallback.length() - 1);
            } else {
                return new Expression(names, fallback);
            }
        }
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length(); j++) {
            if (text.startsWith("${", j)) {
                depth++;
                j++;
            } else if (text.charAt(j) == '}' && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /** The environment name SmallRye Config maps to a property: upper case, every other character an underscore. */
    static String envName(String key) {
        StringBuilder name = new StringBuilder();
        for (char c : key.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }

    static Set<String> names(List<Expression> expressions) {
        Set<String> names = new LinkedHashSet<>();
        expressions.forEach(e -> names.addAll(e.names()));
        return names;
    }
}
