package jp.itaku.inspection.vocabulary;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.FakeContractService;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** GET /api/inspections/vocabulary: every Itaku role reads the same codes and labels; no token, no vocabulary. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class VocabularyResourceTest {

    @Test
    void everyItakuRoleReadsTheCodesWithBothLabels() {
        for (String role : new String[]{"procurement-officer", "protection-manager", "chief-protection-manager",
                "inspector", "auditor", "contractor"}) {
            given().auth().oauth2(TestTokens.of(TENANT_A, role)).get("/api/inspections/vocabulary").then()
                    .statusCode(200)
                    .body("planStates.code", contains("OVERDUE", "DUE", "DONE", "SCHEDULED"))
                    .body("planStates[0].label", equalTo("期限超過"))
                    .body("planStates[0].labelEn", equalTo("Overdue"))
                    .body("checkMethods.label", contains("実地", "リモート", "書面"))
                    .body("chainStatuses.find { it.code == 'ACTIVE' }.label", equalTo("承認済"))
                    .body("improvementStatuses", hasSize(3))
                    .body("selfReportStatuses.find { it.code == 'RETURNED' }.labelEn", equalTo("Returned"));
        }
    }

    @Test
    void withoutATokenOrAnItakuRoleThereIsNone() {
        given().get("/api/inspections/vocabulary").then().statusCode(401);
        given().auth().oauth2(TestTokens.of(TENANT_A, "platform-admin")).get("/api/inspections/vocabulary").then()
                .statusCode(403);
    }
}
