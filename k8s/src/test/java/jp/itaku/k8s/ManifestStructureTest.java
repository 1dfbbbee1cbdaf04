package jp.itaku.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the schema cannot see: references between the objects, probes, scaling and scraping of every module. */
class ManifestStructureTest {

    private final List<Manifests.Document> documents = Manifests.documents();

    @Test
    void kustomizationListsEveryManifestAndOnlyExistingOnes() {
        List<String> problems = new ArrayList<>();
        Manifests.Document kustomization = one("Kustomization", null);
        Set<String> listed = new HashSet<>();
        kustomization.node().path("resources").forEach(r -> listed.add(r.asText()));
        Manifests.texts().keySet().stream().filter(f -> !f.equals("kustomization.yaml") && !listed.contains(f))
                .forEach(f -> problems.add(f + " is not in kustomization.yaml"));
        listed.stream().filter(f -> !Files.exists(Manifests.dir().resolve(f)))
                .forEach(f -> problems.add("kustomization.yaml lists missing " + f));
        documents.stream().filter(d -> !d.kind().equals("Kustomization") && !d.kind().equals("Namespace"))
                .filter(d -> !"itaku".equals(d.node().path("metadata").path("namespace").asText()))
                .forEach(d -> problems.add(d.kind() + "/" + d.name() + " is not in namespace itaku"));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyModuleRunsProbedScaledAndScraped() {
        List<String> problems = new ArrayList<>();
        for (String app : ClusterConfigCheck.APPS) {
            Manifests.Document deployment = one("Deployment", app);
            JsonNode template = deployment.node().path("spec").path("template");
            JsonNode container = template.path("spec").path("containers").path(0);
            int port = container.path("ports").path(0).path("containerPort").asInt();
            expect(problems, app + " readiness", "/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
            expect(problems, app + " liveness", "/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
            JsonNode annotations = template.path("metadata").path("annotations");
            expect(problems, app + " prometheus.io/scrape", "true", annotations.path("prometheus.io/scrape").asText());
            expect(problems, app + " prometheus.io/path", "/q/metrics", annotations.path("prometheus.io/path").asText());
            expect(problems, app + " prometheus.io/port", String.valueOf(port), annotations.path("prometheus.io/port").asText());
            expect(problems, app + " Service", app, one("Service", app).name());
            Manifests.Document hpa = one("HorizontalPodAutoscaler", app);
            expect(problems, app + " HPA target", app, hpa.node().path("spec").path("scaleTargetRef").path("name").asText());
            Manifests.Document pdb = one("PodDisruptionBudget", app);
            expect(problems, app + " PDB selector", app,
                    pdb.node().path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
            if (hpa.node().path("spec").path("minReplicas").asInt() < 2) {
                problems.add(app + ": HPA minReplicas below 2 leaves the PDB nothing to keep");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void tracesGoToTheCollectorInTheCluster() {
        Manifests.Document config = one("ConfigMap", "itaku-config");
        assertEquals("false", config.node().path("data").path("ITAKU_TRACING_DISABLED").asText());
        String endpoint = config.node().path("data").path("ITAKU_OTLP_ENDPOINT").asText();
        assertEquals(true, endpoint.startsWith("http://") && !endpoint.contains("127.0.0.1"), endpoint);
    }

    @Test
    void everySelectorFindsItsPodsAndEveryReferenceExists() {
        List<String> problems = new ArrayList<>();
        for (Manifests.Document d : documents) {
            if (d.kind().equals("Service")) {
                JsonNode selector = d.node().path("spec").path("selector");
                boolean found = documents.stream().filter(w -> w.kind().equals("Deployment") || w.kind().equals("StatefulSet"))
                        .anyMatch(w -> contains(w.node().path("spec").path("template").path("metadata").path("labels"), selector));
                if (!found) {
                    problems.add("Service/" + d.name() + " selects no pods");
                }
            }
            if (d.kind().equals("Deployment") || d.kind().equals("StatefulSet")) {
                if (!contains(d.node().path("spec").path("template").path("metadata").path("labels"),
                        d.node().path("spec").path("selector").path("matchLabels"))) {
                    problems.add(d.kind() + "/" + d.name() + ": selector does not match the template's labels");
                }
            }
        }
        for (String app : ClusterConfigCheck.APPS) {
            ClusterConfigCheck.environment(documents, app, problems);
        }
        assertEquals(List.of(), problems);
    }

    private static boolean contains(JsonNode labels, JsonNode selector) {
        boolean[] all = {true};
        selector.fields().forEachRemaining(f -> all[0] &= f.getValue().asText().equals(labels.path(f.getKey()).asText()));
        return all[0];
    }

    private static void expect(List<String> problems, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(what + ": expected " + expected + ", is " + actual);
        }
    }

    private Manifests.Document one(String kind, String name) {
        return documents.stream().filter(d -> d.kind().equals(kind) && (name == null || d.name().equals(name)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }
}
