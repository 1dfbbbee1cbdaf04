package jp.itaku.provision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static jp.itaku.provision.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class BadInputTest {

    static long total(String tenant, String path) {
        return as(tenant, "auditor").get(path).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void periodEndingBeforeItStartsIsRejectedAndNothingWritten() {
        String tenant = Api.readyTenant();
        Map<String, Object> body = Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4");
        body.put("periodStart", "2026-04-01");
        body.put("periodEnd", "2026-03-31");
        as(tenant, "procurement-officer").body(body).post("/api/provisions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("periodEnd"))
                .body("errors[0].message", equalTo("提供期間の終了日は開始日以降の日付を指定してください。"));
        org.junit.jupiter.api.Assertions.assertEquals(0, total(tenant, "/api/provisions"));
    }

    @Test
    void editWithDatesOutOfOrderLeavesTheDraftUnchanged() {
        String tenant = Api.readyTenant();
        Map<String, Object> body = Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4");
        String id = Api.provision(tenant, body);
        body.put("periodEnd", "2020-01-01");
        body.put("title", "変更後の件名");
        as(tenant, "procurement-officer").body(body).put("/api/provisions/" + id).then().statusCode(400);
        as(tenant, "auditor").get("/api/provisions/" + id).then()
                .body("periodEnd", equalTo("2026-03-31")).body("title", equalTo("住民健診結果の提供"));
    }

    @Test
    void unknownRecipientTypeIsRejectedWithTheAllowedTypes() {
        String tenant = Api.readyTenant();
        as(tenant, "procurement-officer").body(Map.of("name", "謎の団体", "type", "NPO"))
                .post("/api/provisions/recipients").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("民間事業者・個人"));
        org.junit.jupiter.api.Assertions.assertEquals(0, total(tenant, "/api/provisions/recipients"));
    }

    @Test
    void oversizedFieldsAreRejectedAndNothingWritten() {
        String tenant = Api.readyTenant();
        as(tenant, "procurement-officer").body(Map.of("name", "あ".repeat(201), "type", "LOCAL_GOVERNMENT"))
                .post("/api/provisions/recipients").then().statusCode(400)
                .body("errors[0].message", equalTo("提供先の名称は200文字以内で入力してください。"));
        Map<String, Object> body = Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4");
        body.put("purposeOfUse", "目".repeat(2001));
        body.put("safetyMeasures", "措".repeat(4001));
        as(tenant, "procurement-officer").body(body).post("/api/provisions").then().statusCode(400)
                .body("errors.field", hasItem("purposeOfUse")).body("errors.field", hasItem("safetyMeasures"));
        body.put("purposeOfUse", "x".repeat(2 * 1024 * 1024));
        as(tenant, "procurement-officer").body(body).post("/api/provisions").then().statusCode(413)
                .contentType("application/problem+json");
        org.junit.jupiter.api.Assertions.assertEquals(1, total(tenant, "/api/provisions/recipients"));
        org.junit.jupiter.api.Assertions.assertEquals(0, total(tenant, "/api/provisions"));
    }

    @Test
    void privateRecipientUnderItemThreeAndUnknownRecipientAreRejected() {
        String tenant = Api.readyTenant();
        as(tenant, "procurement-officer").body(Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_3"))
                .post("/api/provisions").then().statusCode(400).body("errors[0].field", equalTo("legalItem"));
        as(tenant, "procurement-officer").body(Api.complete(UUID.randomUUID().toString(), "ITEM_4"))
                .post("/api/provisions").then().statusCode(400).body("errors[0].field", equalTo("recipientId"));
        Map<String, Object> body = Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_5");
        as(tenant, "procurement-officer").body(body).post("/api/provisions").then().statusCode(400)
                .body("errors[0].field", equalTo("legalItem"));
        body.put("legalItem", "ITEM_4");
        body.put("periodStart", "2026-13-01");
        as(tenant, "procurement-officer").body(body).post("/api/provisions").then().statusCode(400)
                .body("errors[0].field", equalTo("periodStart"));
        org.junit.jupiter.api.Assertions.assertEquals(0, total(tenant, "/api/provisions"));
    }

    @Test
    void anotherTenantsRecipientCannotBeUsed() {
        String tenant = Api.readyTenant();
        String foreign = Api.recipient(Api.readyTenant(), "PRIVATE_OR_INDIVIDUAL");
        as(tenant, "procurement-officer").body(Api.complete(foreign, "ITEM_4")).post("/api/provisions")
                .then().statusCode(400).body("errors[0].message", equalTo("指定された提供先が見つかりません。"));
        as(tenant, "procurement-officer").get("/api/provisions/recipients/" + foreign).then().statusCode(404);
    }

    @Test
    void recipientTypeCannotChangeOnceProvisionsReferToIt() {
        String tenant = Api.readyTenant();
        String recipient = Api.recipient(tenant, "LOCAL_GOVERNMENT");
        as(tenant, "procurement-officer").body(Map.of("name", "名称変更後の市", "type", "LOCAL_GOVERNMENT"))
                .put("/api/provisions/recipients/" + recipient).then().statusCode(200)
                .body("name", equalTo("名称変更後の市")).body("updatedBy", equalTo("procurement-officer@" + tenant));
        Api.provision(tenant, Api.complete(recipient, "ITEM_3"));
        as(tenant, "procurement-officer").body(Map.of("name", "名称変更後の市", "type", "PRIVATE_OR_INDIVIDUAL"))
                .put("/api/provisions/recipients/" + recipient).then().statusCode(409);
        as(tenant, "auditor").get("/api/provisions/recipients/" + recipient).then().body("type", equalTo("LOCAL_GOVERNMENT"))
                .body("typeLabel", equalTo("地方公共団体・地方独立行政法人"));
    }
}
