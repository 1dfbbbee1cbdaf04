package jp.itaku.provision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.itaku.provision.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class ProvisionResourceTest {

    @Test
    void issuingWithAnEmptyItemFailsAndNamesTheItemInJapanese() {
        String tenant = Api.readyTenant();
        Map<String, Object> body = Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4");
        body.remove("recordItems");
        body.put("purposeOfUse", "  ");
        String id = Api.provision(tenant, body);
        as(tenant, "protection-manager").body("{}").post("/api/provisions/" + id + "/agreements")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("提供先における利用目的"))
                .body("detail", containsString("利用する記録項目"))
                .body("errors.field", hasItems("purposeOfUse", "recordItems"))
                .body("errors.message", hasItem("「利用する記録項目」が入力されていません。"));
        as(tenant, "auditor").get("/api/provisions/" + id)
                .then().statusCode(200).body("state", equalTo("DRAFT")).body("currentVersion", equalTo(0))
                .body("missingItems", hasItems("提供先における利用目的", "利用する記録項目"))
                // the same items by field, with the issue's own message, so a form can show each beside its field
                .body("missingFields.field", hasItems("purposeOfUse", "recordItems"))
                .body("missingFields.find { it.field == 'recordItems' }.message", equalTo("「利用する記録項目」が入力されていません。"));
        as(tenant, "auditor").get("/api/provisions/" + id + "/agreements").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void completeAgreementIsIssuedAndRecordsWhoAndWhen() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        as(tenant, "protection-manager").body("{}").post("/api/provisions/" + id + "/agreements")
                .then().statusCode(201).body("version", equalTo(1))
                .body("legalBasis", equalTo("個人情報の保護に関する法律第69条第2項第4号"))
                .body("issuedBy", equalTo("protection-manager@" + tenant));
        as(tenant, "procurement-officer").get("/api/provisions/" + id).then().statusCode(200)
                .body("state", equalTo("AGREED")).body("stateLabel", equalTo("合意済"))
                .body("agreedBy", equalTo("protection-manager@" + tenant)).body("agreedAt", notNullValue());
    }

    @Test
    void administrativeOrganJudgedNotToNeedMeasuresMayStartWithoutAnAgreement() {
        String tenant = Api.readyTenant();
        Map<String, Object> body = Map.of("division", "統計課", "title", "統計調査票の提供",
                "recipientId", Api.recipient(tenant, "INCORPORATED_ADMINISTRATIVE_AGENCY"),
                "informationFile", "統計調査票ファイル", "legalItem", "ITEM_3", "measuresNecessary", false,
                "necessityReason", "提供先は同等の安全管理措置を法令上義務付けられており、提供は一回限りのため");
        String id = Api.provision(tenant, body);
        as(tenant, "procurement-officer").get("/api/provisions/" + id)
                .then().body("writtenAgreementRequired", equalTo(false));
        as(tenant, "procurement-officer").post("/api/provisions/" + id + "/start")
                .then().statusCode(200).body("state", equalTo("PROVIDING"))
                .body("startedBy", equalTo("procurement-officer@" + tenant));
    }

    @Test
    void privateRecipientCannotStartBeforeTheAgreementIsIssued() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        as(tenant, "procurement-officer").post("/api/provisions/" + id + "/start")
                .then().statusCode(409).body("detail", containsString("書面"));
        Api.issue(tenant, id);
        as(tenant, "procurement-officer").post("/api/provisions/" + id + "/start").then().statusCode(200);
        as(tenant, "protection-manager").body(Map.of("reason", "提供期間の満了")).post("/api/provisions/" + id + "/end")
                .then().statusCode(200).body("state", equalTo("ENDED")).body("stateLabel", equalTo("終了"))
                .body("endedBy", equalTo("protection-manager@" + tenant)).body("endReason", equalTo("提供期間の満了"));
        as(tenant, "procurement-officer").body(Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4"))
                .put("/api/provisions/" + id).then().statusCode(409);
    }

    @Test
    void regularProvisionIsFlaggedAndNeedsItsReason() {
        String tenant = Api.readyTenant();
        Map<String, Object> body = Api.complete(Api.recipient(tenant, "LOCAL_GOVERNMENT"), "ITEM_3");
        body.put("regular", true);
        String id = Api.provision(tenant, body);
        as(tenant, "procurement-officer").get("/api/provisions/" + id)
                .then().body("regular", equalTo(true)).body("warnings[0]", containsString("臨時的"));
        as(tenant, "protection-manager").body("{}").post("/api/provisions/" + id + "/agreements")
                .then().statusCode(422).body("errors.field", hasItem("regularReason"))
                .body("detail", containsString("定期的に提供する理由"));
    }

    @Test
    void otherTenantsProvisionsAreNotFound() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        Api.issue(tenant, id);
        String other = Api.readyTenant();
        for (String path : new String[]{"", "/agreements", "/agreements/1", "/agreements/1/pdf"}) {
            as(other, "chief-protection-manager").get("/api/provisions/" + id + path)
                    .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("見つかりません"));
        }
        as(other, "procurement-officer").body(Api.complete(Api.recipient(other, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4"))
                .put("/api/provisions/" + id).then().statusCode(404);
        as(other, "protection-manager").body("{}").post("/api/provisions/" + id + "/agreements").then().statusCode(404);
        as(other, "auditor").get("/api/provisions").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void auditorReadsEverythingAndCannotWrite() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        Api.issue(tenant, id);
        as(tenant, "auditor").get("/api/provisions").then().statusCode(200).body("items.id", hasItem(id));
        as(tenant, "auditor").get("/api/provisions/" + id + "/agreements/1").then().statusCode(200);
        as(tenant, "auditor").get("/api/provisions/settings").then().statusCode(200);
        as(tenant, "auditor").body(Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4"))
                .post("/api/provisions").then().statusCode(403).body("title", equalTo("権限がありません"));
        as(tenant, "auditor").body(Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4"))
                .put("/api/provisions/" + id).then().statusCode(403);
        as(tenant, "auditor").body("{}").post("/api/provisions/" + id + "/agreements").then().statusCode(403);
        as(tenant, "auditor").post("/api/provisions/" + id + "/start").then().statusCode(403);
        as(tenant, "auditor").body(Map.of("name", "x", "type", "LOCAL_GOVERNMENT"))
                .post("/api/provisions/recipients").then().statusCode(403);
        as(tenant, "auditor").body(Map.of("agencyName", "x", "agencyType", "ADMINISTRATIVE_ORGAN", "citation", "LEGACY"))
                .put("/api/provisions/settings").then().statusCode(403);
        as(tenant, "auditor").get("/api/provisions/" + id).then().statusCode(200)
                .body("state", equalTo("AGREED")).body("currentVersion", equalTo(1));
    }

    @Test
    void contractorsAndPlatformAdminsHaveNoAccessToProvisions() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        for (String token : new String[]{TestTokens.contractor(tenant, "org-alpha"), TestTokens.of(tenant, "platform-admin"),
                TestTokens.user("admin").roles("platform-admin").sign()}) {
            given().auth().oauth2(token).get("/api/provisions").then().statusCode(403);
            given().auth().oauth2(token).get("/api/provisions/" + id).then().statusCode(403);
            given().auth().oauth2(token).get("/api/provisions/recipients").then().statusCode(403);
            given().auth().oauth2(token).get("/api/provisions/settings").then().statusCode(403);
        }
        given().get("/api/provisions").then().statusCode(401);
    }

    @Test
    void onlyTheProtectionManagerIssuesAgreements() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        for (String role : new String[]{"procurement-officer", "chief-protection-manager", "inspector"}) {
            as(tenant, role).body("{}").post("/api/provisions/" + id + "/agreements").then().statusCode(403);
        }
        as(tenant, "protection-manager").body(Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4"))
                .post("/api/provisions").then().statusCode(403);
    }
}
