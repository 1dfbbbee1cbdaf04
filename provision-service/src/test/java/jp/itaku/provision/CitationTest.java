package jp.itaku.provision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import org.junit.jupiter.api.Test;

import static jp.itaku.provision.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class CitationTest {

    /**
     * The articles flow from the settings into the provision and its issued agreements (legacy act of an
     * administrative organ here; every agency type × citation is LegalBasisTest's, without a server).
     */
    @Test
    void citedArticleReachesTheProvisionAndItsAgreements() {
        String item3 = "法第8条第2項第3号";
        String safetyArticle = "法第9条";
        String tenant = Api.newTenant();
        Api.settings(tenant, "ADMINISTRATIVE_ORGAN", "LEGACY");
        as(tenant, "procurement-officer").get("/api/provisions/settings").then()
                .statusCode(200).body("provisionArticleItem3", equalTo(item3))
                .body("provisionArticleItem4", equalTo("法第8条第2項第4号"))
                .body("safetyMeasureArticle", equalTo(safetyArticle));

        String toCity = Api.provision(tenant, Api.complete(Api.recipient(tenant, "LOCAL_GOVERNMENT"), "ITEM_3"));
        String toCompany = Api.completeProvision(tenant);
        as(tenant, "procurement-officer").get("/api/provisions/" + toCity).then()
                .body("legalBasis", equalTo(item3)).body("safetyMeasureBasis", equalTo(safetyArticle));
        Api.issue(tenant, toCity);
        Api.issue(tenant, toCompany);
        as(tenant, "auditor").get("/api/provisions/" + toCity + "/agreements/1").then().statusCode(200)
                .body("legalBasis", equalTo(item3)).body("lawName", equalTo("行政機関の保有する個人情報の保護に関する法律"))
                .body("safetyMeasureBasis", equalTo(safetyArticle)).body("citation", equalTo("LEGACY"));
        as(tenant, "auditor").get("/api/provisions/" + toCompany + "/agreements/1").then().statusCode(200)
                .body("legalBasis", equalTo("法第8条第2項第4号"));
    }

    @Test
    void tenantWithoutSettingsGetsAClearErrorUntilTheyAreSet() {
        String tenant = Api.newTenant();
        as(tenant, "chief-protection-manager").get("/api/provisions/settings").then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("機関の設定が登録されていません"))
                .body("detail", containsString("総括保護管理者"));
        String recipient = Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL");
        as(tenant, "procurement-officer").body(Api.complete(recipient, "ITEM_4")).post("/api/provisions")
                .then().statusCode(409).body("detail", containsString("機関の種別"));
        as(tenant, "auditor").get("/api/provisions").then().statusCode(200).body("total", equalTo(0));
        Api.settings(tenant, "ADMINISTRATIVE_ORGAN", "LEGACY");
        Api.provision(tenant, Api.complete(recipient, "ITEM_4"));
    }

    @Test
    void onlyTheChiefProtectionManagerChangesSettings() {
        String tenant = Api.readyTenant();
        for (String role : new String[]{"procurement-officer", "protection-manager", "inspector", "auditor"}) {
            as(tenant, role).body("{\"agencyName\":\"x\",\"agencyType\":\"ADMINISTRATIVE_ORGAN\",\"citation\":\"LEGACY\"}")
                    .put("/api/provisions/settings").then().statusCode(403);
        }
        as(tenant, "inspector").get("/api/provisions/settings").then().statusCode(200).body("citation", equalTo("CURRENT"))
                .body("updatedBy", equalTo("chief-protection-manager@" + tenant));
        as(tenant, "chief-protection-manager")
                .body("{\"agencyName\":\"x\",\"agencyType\":\"CITY\",\"citation\":\"NEW\"}")
                .put("/api/provisions/settings").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("agencyType", "citation"));
    }

    @Test
    void changedCitationAppliesToTheNextVersionOnly() {
        String tenant = Api.newTenant();
        Api.settings(tenant, "ADMINISTRATIVE_ORGAN", "LEGACY");
        String id = Api.completeProvision(tenant);
        Api.issue(tenant, id);
        Api.settings(tenant, "ADMINISTRATIVE_ORGAN", "CURRENT");
        as(tenant, "protection-manager").body("{\"amendmentReason\":\"個人情報の保護に関する法律の施行に伴う根拠条文の改正\"}")
                .post("/api/provisions/" + id + "/agreements").then().statusCode(201).body("version", equalTo(2))
                .body("legalBasis", equalTo("個人情報の保護に関する法律第69条第2項第4号"));
        as(tenant, "auditor").get("/api/provisions/" + id + "/agreements/1").then()
                .body("legalBasis", equalTo("法第8条第2項第4号")).body("latest", equalTo(false));
        as(tenant, "auditor").get("/api/provisions/settings/history").then().statusCode(200)
                .body("total", equalTo(2)).body("items.citation", org.hamcrest.Matchers.contains("CURRENT", "LEGACY"))
                .body("items[0].changedBy", equalTo("chief-protection-manager@" + tenant));
    }
}
