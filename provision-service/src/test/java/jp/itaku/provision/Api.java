package jp.itaku.provision;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jp.itaku.common.testing.TestTokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test helpers that drive the service over HTTP, as its users do. */
public final class Api {

    private Api() {
    }

    /** A fresh tenant, so that settings changed by one test never meet another's. */
    public static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String tenant, String role) {
        return given().auth().oauth2(TestTokens.of(tenant, role)).contentType(ContentType.JSON);
    }

    public static void settings(String tenant, String agencyType, String citation) {
        as(tenant, "chief-protection-manager")
                .body(Map.of("agencyName", "テスト省", "agencyType", agencyType, "citation", citation))
                .put("/api/provisions/settings").then().statusCode(200);
    }

    /** A tenant set up as a 行政機関 citing the current act. */
    public static String readyTenant() {
        String tenant = newTenant();
        settings(tenant, "ADMINISTRATIVE_ORGAN", "CURRENT");
        return tenant;
    }

    public static String recipient(String tenant, String type) {
        return as(tenant, "procurement-officer")
                .body(Map.of("name", "提供先" + UUID.randomUUID(), "type", type, "representative", "代表取締役　山田太郎",
                        "address", "東京都千代田区霞が関1-1-1", "contactName", "佐藤花子", "contactEmail", "sato@example.jp"))
                .post("/api/provisions/recipients").then().statusCode(201).extract().path("id");
    }

    /** Every agreement item filled in, for a recipient under the given item. */
    public static Map<String, Object> complete(String recipientId, String legalItem) {
        Map<String, Object> body = new HashMap<>();
        body.put("division", "総務課");
        body.put("title", "住民健診結果の提供");
        body.put("recipientId", recipientId);
        body.put("informationFile", "健康診断結果ファイル");
        body.put("legalItem", legalItem);
        body.put("purposeOfUse", "疫学研究のための統計分析");
        body.put("businessLegalBasis", "健康増進法第16条");
        body.put("recordScope", "令和5年度に受診した者の記録");
        body.put("recordItems", "性別、年齢、検査結果（氏名・住所を除く）");
        body.put("usageMedia", "暗号化した電子媒体（DVD-R）");
        body.put("usageOnline", "オンライン提供なし");
        body.put("usageFrequency", "年1回");
        body.put("periodStart", "2025-04-01");
        body.put("periodEnd", "2026-03-31");
        body.put("safetyMeasures", "施錠できる保管庫での保管、アクセス者の限定、利用後の消去と消去証明書の提出");
        return body;
    }

    public static String provision(String tenant, Map<String, Object> body) {
        return as(tenant, "procurement-officer").body(body).post("/api/provisions")
                .then().statusCode(201).extract().path("id");
    }

    /** A provision to a private company with every item filled in, still 起案. */
    public static String completeProvision(String tenant) {
        return provision(tenant, complete(recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4"));
    }

    public static void issue(String tenant, String provisionId) {
        as(tenant, "protection-manager").body("{}").post("/api/provisions/" + provisionId + "/agreements")
                .then().statusCode(201);
    }
}
