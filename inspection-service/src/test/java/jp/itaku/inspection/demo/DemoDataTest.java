package jp.itaku.inspection.demo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.FakeContractService;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void demoDataLoadsOnceWithAChainAnOverdueEntryAndAnOpenImprovementRequest() {
        demo.loadAll();
        demo.loadAll();
        String inspector = TestTokens.user("sho-inspector").tenant("demo-sho").roles("inspector").sign();
        given().auth().oauth2(inspector).get("/api/inspections/engagements").then().body("total", equalTo(2));
        given().auth().oauth2(inspector).get("/api/inspections/plan/summary").then()
                .body("overdue", equalTo(1)).body("open", equalTo(4));
        given().auth().oauth2(inspector).get("/api/inspections/improvements?status=OPEN").then().body("total", equalTo(1));
        given().auth().oauth2(inspector).get("/api/inspections/notifications").then()
                .body("items.kind", hasItem("OVERDUE"));
        given().auth().oauth2(inspector).get("/api/inspections/plan/calendar.ics").then().statusCode(200);
        given().auth().oauth2(inspector).get("/api/inspections/self-reports?status=SUBMITTED").then()
                .body("total", equalTo(1));
        String beta = TestTokens.user("beta-user").tenant("demo-sho").org("org-beta").roles("contractor").sign();
        given().auth().oauth2(beta).get("/api/inspections/plan").then().body("total", greaterThanOrEqualTo(2));
        given().auth().oauth2(TestTokens.user("kikou-inspector").tenant("demo-kikou").roles("inspector").sign())
                .get("/api/inspections/engagements").then().body("total", equalTo(1));
    }
}
