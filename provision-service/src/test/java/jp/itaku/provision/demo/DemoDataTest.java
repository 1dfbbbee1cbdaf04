package jp.itaku.provision.demo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.common.testing.ItakuTestResources;
import org.junit.jupiter.api.Test;

import static jp.itaku.provision.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void demoAgenciesGetProvisionsInEveryStateOnceOnly() {
        for (int run = 0; run < 2; run++) {
            TenantContext.runAs("demo-sho", () -> demo.load("demo-sho"));
            TenantContext.runAs("demo-kikou", () -> demo.load("demo-kikou"));
        }
        as("demo-sho", "auditor").get("/api/provisions/settings").then().statusCode(200)
                .body("agencyType", equalTo("ADMINISTRATIVE_ORGAN")).body("citation", equalTo("CURRENT"));
        as("demo-sho", "auditor").get("/api/provisions").then().statusCode(200).body("total", equalTo(4))
                .body("items.stateLabel", hasItems("起案", "合意済", "提供中"));
        as("demo-sho", "auditor").get("/api/provisions/recipients").then().body("total", equalTo(3));
        as("demo-sho", "inspector").get("/api/provisions/improvement-requests?state=OPEN").then().body("total", equalTo(1));
        as("demo-kikou", "auditor").get("/api/provisions/settings").then()
                .body("agencyType", equalTo("INCORPORATED_ADMINISTRATIVE_AGENCY")).body("citation", equalTo("LEGACY"))
                .body("provisionArticleItem3", equalTo("法第9条第2項第3号"));
        as("demo-kikou", "auditor").get("/api/provisions?state=ENDED").then().body("total", equalTo(1));
        as("demo-kikou", "auditor").get("/api/provisions/register").then()
                .body("rows.legalBasis", hasItems("法第9条第2項第3号（独立行政法人等の保有する個人情報の保護に関する法律）"));
    }
}
