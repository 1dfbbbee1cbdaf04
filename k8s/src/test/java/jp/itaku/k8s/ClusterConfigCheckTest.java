package jp.itaku.k8s;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterConfigCheckTest {

    @Test
    void everyLocalOrDemoDefaultHasAClusterValue() {
        assertEquals(List.of(), ClusterConfigCheck.problems(Manifests.documents()));
    }

    @Test
    void aMissingServiceUrlIsReported() {
        List<String> problems = ClusterConfigCheck.problems(
                ManifestSchemaTest.edited("configmap.yaml", "ITAKU_CONTRACTS_URL:", "ITAKU_CONTRACTS_URL_UNUSED:"));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("gateway: itaku.routes.contracts would be the local address")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("inspection-service: itaku.contract.url would be the local address")),
                problems.toString());
    }

    @Test
    void theOldSingularNameStillCountsForAServiceUrl() {
        List<String> problems = ClusterConfigCheck.problems(
                ManifestSchemaTest.edited("configmap.yaml", "ITAKU_CONTRACTS_URL:", "ITAKU_CONTRACT_URL:"));
        assertTrue(problems.stream().noneMatch(p -> p.startsWith("inspection-service:")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("gateway: itaku.routes.contracts")), problems.toString());
    }

    @Test
    void aMissingSessionSecretIsReportedWithoutShowingTheDemoValue() {
        List<String> problems = ClusterConfigCheck.problems(
                ManifestSchemaTest.edited("gateway.yaml", "name: ITAKU_SESSION_SECRET", "name: ITAKU_SESSION_SECRET_UNUSED"));
        String problem = problems.stream().filter(p -> p.contains("token-state-manager.encryption-secret")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertTrue(problem.contains("demo secret (hidden)"), problem);
    }

    @Test
    void aLocalAddressInTheManifestsIsReported() {
        List<String> problems = ClusterConfigCheck.problems(ManifestSchemaTest.edited("configmap.yaml",
                "\"http://inspection-service:8082\"", "\"http://127.0.0.1:8082\""));
        assertTrue(problems.stream().anyMatch(p -> p.contains("ITAKU_INSPECTIONS_URL=http://127.0.0.1:8082 is a local address")),
                problems.toString());
    }

    @Test
    void expressionsAreReadWithTheirFallbackChain() {
        List<ClusterConfigCheck.Expression> e = ClusterConfigCheck.expressions(
                "${ITAKU_CONTRACTS_URL:${ITAKU_CONTRACT_URL:http://127.0.0.1:8081}}");
        assertEquals(List.of(new ClusterConfigCheck.Expression(List.of("ITAKU_CONTRACTS_URL", "ITAKU_CONTRACT_URL"),
                "http://127.0.0.1:8081")), e);
        assertEquals("QUARKUS_OIDC_CREDENTIALS_SECRET", ClusterConfigCheck.envName("quarkus.oidc.credentials.secret"));
    }
}
