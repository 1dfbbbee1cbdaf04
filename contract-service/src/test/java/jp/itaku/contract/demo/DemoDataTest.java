package jp.itaku.contract.demo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void loadsARealisticDemoOnceAndSecondLoadChangesNothing() {
        demo.loadAll();
        demo.loadAll();
        String officer = TestTokens.of("demo-sho", "procurement-officer");
        given().auth().oauth2(officer).get("/api/contracts/engagements").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.stateLabel", hasItems("履行中", "契約審査中", "起案"))
                .body("items.find { it.contractor.name == 'ベータ・システムズ株式会社' }.contractor.certificationExpired", equalTo(true))
                .body("items.locationsNeedReview", hasItem(true));
        given().auth().oauth2(officer).get("/api/contracts/contractors").then().body("total", equalTo(3));
        given().auth().oauth2(TestTokens.contractor("demo-sho", "org-alpha")).get("/api/contracts/engagements")
                .then().body("total", equalTo(2));
        given().auth().oauth2(TestTokens.of("demo-kikou", "auditor")).get("/api/contracts/engagements")
                .then().body("total", equalTo(1)).body("items[0].title", equalTo("奨学金貸与事務の入力業務"));
        String residents = DemoData.id("demo-sho", "engagement", 1).toString();
        given().auth().oauth2(officer).get("/api/contracts/engagements/" + residents + "/drafts/diff?from=1&to=2")
                .then().statusCode(200).body("fixed", hasItems("C2", "W2"));
        given().auth().oauth2(officer).get("/api/contracts/engagements/" + residents + "/approval")
                .then().statusCode(200).body("draftVersion", equalTo(2)).body("approvedBy", equalTo("sho-manager"));
        given().auth().oauth2(officer).get("/api/contracts/engagements/" + residents + "/drafts/2/report.pdf")
                .then().statusCode(200).contentType("application/pdf");
    }
}
