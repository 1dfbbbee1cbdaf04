package jp.itaku.k8s;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestSchemaTest {

    @Test
    void everyManifestFitsTheKubernetesApiSchema() {
        List<Manifests.Document> documents = Manifests.documents();
        assertTrue(documents.size() > 20, "documents read: " + documents.size());
        assertEquals(List.of(), ManifestSchema.problems(documents));
    }

    @Test
    void aMisspeltFieldIsRefused() {
        List<String> problems = ManifestSchema.problems(edited("gateway.yaml", "readinessProbe:", "readynessProbe:"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("Deployment/gateway") && problems.get(0).contains("readynessProbe"),
                problems.get(0));
    }

    @Test
    void aMisspeltFieldDeepInsideIsRefusedWithItsPath() {
        List<String> problems = ManifestSchema.problems(edited("contract-service.yaml", "containerPort:", "containerPrt:"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(".spec.template.spec.containers[0].ports[0]"), problems.get(0));
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        List<String> problems = ManifestSchema.problems(edited("gateway.yaml", "replicas: 2", "replicas: two"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("does not fit the schema"), problems.get(0));
    }

    @Test
    void anUnknownKindIsRefused() {
        List<String> problems = ManifestSchema.problems(edited("hpa.yaml", "kind: HorizontalPodAutoscaler", "kind: HorizontalPodScaler"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown apiVersion/kind")), problems.toString());
    }

    static List<Manifests.Document> edited(String file, String from, String to) {
        Map<String, String> texts = new TreeMap<>(Manifests.texts());
        String text = texts.get(file);
        assertTrue(text != null && text.contains(from), file + " contains " + from);
        texts.put(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
        return Manifests.parse(texts);
    }
}
