package jp.itaku.provision.input;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.JsonBodyFuzz;
import jp.itaku.common.testing.JsonBodyFuzz.Endpoint;
import jp.itaku.common.testing.StoreCounts;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.provision.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input that cannot corrupt data (issue 18): refused with a 400 naming the field, never stored altered. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class HostileInputTest {

    @Inject
    DataSource dataSource;

    StoreCounts store;

    @BeforeEach
    void counts() {
        store = new StoreCounts(dataSource, "provision", null);
    }

    @Test
    void recipientNameWithLoneSurrogateNulOrNumberIsRefusedNamingTheField() {
        String tenant = Api.readyTenant();
        for (Object badName : List.of("提供先\udfff", 42, "提供\u0000先", "提供先\r\n株式会社", List.of("提供先"))) {
            Map<String, Object> body = new HashMap<>(Map.of("type", "PRIVATE_OR_INDIVIDUAL", "address", "東京都"));
            body.put("name", badName);
            Map<String, Long> before = store.snapshot();
            Api.as(tenant, "procurement-officer").body(JsonBodyFuzz.asJson(body)).post("/api/provisions/recipients")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("name")).body("detail", containsString("「name」"));
            assertEquals(before, store.snapshot());
        }
    }

    /** Property: over the JSON endpoints' bodies, broken one way at a time: 0 × 5xx, 0 partial writes. */
    @Test
    void brokenJsonBodiesNeverGive5xxNorPartialWrites() {
        String tenant = Api.readyTenant();
        String recipient = Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL");
        String provision = Api.completeProvision(tenant);
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", () -> "/api/provisions/recipients", TestTokens.of(tenant, "procurement-officer"),
                        Map.of("name", "提供先", "type", "PRIVATE_OR_INDIVIDUAL", "representative", "代表取締役　山田太郎",
                                "address", "東京都千代田区", "contactName", "佐藤花子", "contactEmail", "sato@example.jp")),
                new Endpoint("POST", () -> "/api/provisions", TestTokens.of(tenant, "procurement-officer"),
                        Api.complete(recipient, "ITEM_4")),
                new Endpoint("PUT", () -> "/api/provisions/" + provision, TestTokens.of(tenant, "procurement-officer"),
                        Api.complete(recipient, "ITEM_4")),
                new Endpoint("PUT", () -> "/api/provisions/settings", TestTokens.of(tenant, "chief-protection-manager"),
                        Map.of("agencyName", "テスト省", "agencyType", "ADMINISTRATIVE_ORGAN", "citation", "CURRENT")));
        JsonBodyFuzz fuzz = new JsonBodyFuzz(endpoints, store);
        int refused = fuzz.run(160, 18L);
        assertTrue(fuzz.sent() >= 130, "sent " + fuzz.sent());
        assertTrue(refused > 80, "most broken bodies are refused: " + refused);
    }
}
