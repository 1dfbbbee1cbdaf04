package jp.itaku.k8s;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One naming for the services' URLs — ITAKU_CONTRACTS_URL, ITAKU_INSPECTIONS_URL, ITAKU_PROVISIONS_URL, as the
 * gateway's routes — with the older singular names still read where they were used before.
 */
class ServiceUrlNamesTest {

    @Test
    void inspectionServiceReadsThePluralNameFirstAndTheOldOneAfter() {
        assertEquals("http://contracts:1", value("inspection-service", "itaku.contract.url",
                Map.of("ITAKU_CONTRACTS_URL", "http://contracts:1", "ITAKU_CONTRACT_URL", "http://old:2")));
        assertEquals("http://old:2", value("inspection-service", "itaku.contract.url", Map.of("ITAKU_CONTRACT_URL", "http://old:2")));
        assertEquals("http://127.0.0.1:8081", value("inspection-service", "itaku.contract.url", Map.of()));
    }

    @Test
    void contractServiceReadsThePluralNameFirstAndTheOldOneAfter() {
        assertEquals("http://inspections:1", value("contract-service", "itaku.inspection.url",
                Map.of("ITAKU_INSPECTIONS_URL", "http://inspections:1", "ITAKU_INSPECTION_URL", "http://old:2")));
        assertEquals("http://old:2", value("contract-service", "itaku.inspection.url", Map.of("ITAKU_INSPECTION_URL", "http://old:2")));
    }

    @Test
    void theGatewayRoutesUseTheSameNames() {
        assertEquals("http://contracts:1", value("gateway", "itaku.routes.contracts", Map.of("ITAKU_CONTRACTS_URL", "http://contracts:1")));
        assertEquals("http://inspections:1", value("gateway", "itaku.routes.inspections", Map.of("ITAKU_INSPECTIONS_URL", "http://inspections:1")));
    }

    private static String value(String app, String key, Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(ClusterConfigCheck.prodProperties(app), "application.properties", 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .build();
        return config.getValue(key, String.class);
    }
}
