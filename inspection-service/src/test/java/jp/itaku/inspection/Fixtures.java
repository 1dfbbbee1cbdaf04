package jp.itaku.inspection;

import jp.itaku.common.testing.TestClock;

import io.restassured.http.ContentType;
import jp.itaku.common.testing.TestTokens;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Builds engagements and chains through the public API, as contract-service and the portal would. */
public final class Fixtures {

    public static final String SUBCONTRACT_TEXT = """
            第1条 乙は、本業務において知り得た個人情報の秘密を保持し、目的外に利用してはならない。
            第2条 乙は、あらかじめ甲の書面による承諾を得た場合を除き、再委託してはならない。
            第3条 乙は、委託終了時に個人情報を消去し、媒体を返却する。
            """;

    private Fixtures() {
    }

    public static Map<String, Object> approvedEvent(UUID eventId, String tenant, UUID engagementId, String org,
                                                    String sensitivity) {
        Map<String, Object> event = new HashMap<>();
        event.put("eventId", eventId);
        event.put("type", "engagement-approved");
        event.put("tenant", tenant);
        event.put("engagementId", engagementId);
        event.put("title", "住民情報システム運用保守業務");
        event.put("division", "情報政策課");
        event.put("contractorId", UUID.randomUUID());
        event.put("contractorName", "株式会社" + org);
        event.put("contractorOrg", org);
        event.put("sensitivity", sensitivity);
        event.put("periodStart", TestClock.today().toString());
        event.put("periodEnd", TestClock.today().plusYears(1).toString());
        event.put("approvedAt", TestClock.now().toString());
        event.put("approvedBy", "manager@" + tenant);
        return event;
    }

    /** An approved engagement of the tenant whose contractor is the given organisation; answers its id. */
    public static UUID engagement(String tenant, String org, String sensitivity) {
        UUID engagementId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON)
                .body(approvedEvent(eventId, tenant, engagementId, org, sensitivity))
                .put("/api/inspections/events/" + eventId).then().statusCode(200);
        return engagementId;
    }

    public static String rootNode(String tenant, UUID engagementId) {
        return given().auth().oauth2(TestTokens.of(tenant, "inspector"))
                .get("/api/inspections/engagements/" + engagementId + "/chain")
                .then().statusCode(200).extract().path("find { it.depth == 1 }.id");
    }

    public static Map<String, Object> subcontract(String name, String org) {
        Map<String, Object> request = new HashMap<>();
        request.put("name", name);
        request.put("orgCode", org);
        request.put("workPart", "データ入力業務の一部");
        request.put("personalInfo", "氏名、住所、生年月日");
        request.put("location", "東京都千代田区の再委託先事業所");
        request.put("subcontractFileName", "subcontract.txt");
        request.put("subcontractText", SUBCONTRACT_TEXT);
        return request;
    }

    /** A pending re-subcontract request by the parent's organisation; answers the new node's id. */
    public static String request(String tenant, String parentOrg, String parentId, String name, String org) {
        return given().auth().oauth2(TestTokens.contractor(tenant, parentOrg)).contentType(ContentType.JSON)
                .body(subcontract(name, org))
                .post("/api/inspections/nodes/" + parentId + "/subcontracts")
                .then().statusCode(201).extract().path("id");
    }

    public static void decide(String tenant, String nodeId, String decision) {
        given().auth().oauth2(TestTokens.of(tenant, "protection-manager")).contentType(ContentType.JSON)
                .body(Map.of("decision", decision, "comment", "審査済み"))
                .post("/api/inspections/nodes/" + nodeId + "/decision").then().statusCode(200);
    }

    /** An approved subcontractor under the parent; answers the node id. */
    public static String approved(String tenant, String parentOrg, String parentId, String name, String org) {
        String id = request(tenant, parentOrg, parentId, name, org);
        decide(tenant, id, "APPROVE");
        return id;
    }

    public static String org() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
