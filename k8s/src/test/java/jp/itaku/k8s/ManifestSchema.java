package jp.itaku.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads each manifest as the Kubernetes API's own type (fabric8 kubernetes-model, generated from the API's OpenAPI
 * schema) and refuses what the API server would not take: an unknown apiVersion/kind, a value of the wrong type, and
 * any field the schema does not have — fabric8 keeps those in {@code additionalProperties}, so every object of the
 * parsed tree is walked for them. Kustomize's own file is not an API object and is checked by its few keys.
 */
public final class ManifestSchema {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Set<String> KUSTOMIZATION_KEYS = Set.of("apiVersion", "kind", "namespace", "resources",
            "labels", "commonLabels", "images", "patches", "configMapGenerator", "secretGenerator");

    private ManifestSchema() {
    }

    /** Problems, each "file kind/name path: what"; empty when every document fits the schema. */
    public static List<String> problems(List<Manifests.Document> documents) {
        List<String> problems = new ArrayList<>();
        for (Manifests.Document d : documents) {
            String where = d.file() + " " + d.kind() + "/" + d.name();
            if ("Kustomization".equals(d.kind())) {
                d.node().fieldNames().forEachRemaining(key -> {
                    if (!KUSTOMIZATION_KEYS.contains(key)) {
                        problems.add(where + ": unknown kustomization field " + key);
                    }
                });
                continue;
            }
            KubernetesResource resource;
            try {
                resource = SERIALIZATION.unmarshal(d.node().toString(), KubernetesResource.class);
            } catch (RuntimeException e) {
                problems.add(where + ": does not fit the schema: " + rootCause(e));
                continue;
            }
            if (resource == null || resource instanceof GenericKubernetesResource) {
                problems.add(where + ": unknown apiVersion/kind " + d.node().path("apiVersion").asText() + " " + d.kind());
                continue;
            }
            if (!(resource instanceof HasMetadata)) {
                problems.add(where + ": not an API object");
                continue;
            }
            unknownFields(resource, "", problems, where, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return problems;
    }

    private static void unknownFields(Object value, String path, List<String> problems, String where, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems, where, seen));
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems, where, seen);
            }
            return;
        }
        Class<?> type = value.getClass();
        if (!type.getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : type.getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(where + " " + (path.isEmpty() ? "." : path) + ": unknown field(s) " + extra.keySet());
                }
                continue;
            }
            unknownFields(child, path + "." + field, problems, where, seen);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
