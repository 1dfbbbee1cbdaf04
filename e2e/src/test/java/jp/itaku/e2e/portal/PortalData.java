package jp.itaku.e2e.portal;

import io.restassured.http.ContentType;

import java.io.File;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What the browser scenarios start from, set up through the gateway's API with the demo users' real tokens. */
final class PortalData {

    private PortalData() {
    }

    static String token(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "itaku-cli")
                .formParam("username", user).formParam("password", PortalBrowser.PASSWORD)
                .when().post(PortalBrowser.KEYCLOAK + "/realms/itaku/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The agency's contractor row for a contractor organisation, registered once if missing. */
    static String contractor(String orgCode, String name) {
        String officer = token("sho-officer");
        List<Map<String, Object>> items = given().auth().oauth2(officer).queryParam("size", 200)
                .when().get(PortalBrowser.GATEWAY + "/api/contracts/contractors")
                .then().statusCode(200).extract().path("items");
        // the organisation code alone is not enough: other e2e tests register contractors of the same organisation
        // under their own names (TenancyE2ETest's 【E2E】 rows of org-alpha), and a test that says アルファ means アルファ
        return items.stream().filter(c -> orgCode.equals(c.get("orgCode")) && name.equals(c.get("name")))
                .map(c -> (String) c.get("id")).findFirst()
                .orElseGet(() -> given().auth().oauth2(officer).contentType(ContentType.JSON)
                        .body(Map.of("name", name, "orgCode", orgCode))
                        .when().post(PortalBrowser.GATEWAY + "/api/contracts/contractors")
                        .then().statusCode(201).extract().path("id"));
    }

    /** A new engagement (state 起案) with the given contractor; the title is marked as e2e data. */
    static String engagement(String contractorId, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "【E2E】" + title + " " + UUID.randomUUID().toString().substring(0, 6));
        body.put("division", "情報政策課");
        body.put("kind", "OUTSOURCING");
        body.put("contractorId", contractorId);
        body.put("sensitivity", "HIGH");
        body.put("periodStart", "2026-04-01");
        body.put("periodEnd", "2027-03-31");
        body.put("infoCategories", List.of("氏名", "住所", "生年月日"));
        body.put("recordCount", 12000);
        body.put("locations", List.of(Map.of("purpose", "HANDLING", "placeType", "CONTRACTOR_PREMISES",
                "description", "受託者の本社事業所（東京都）")));
        return given().auth().oauth2(token("sho-officer")).contentType(ContentType.JSON).body(body)
                .when().post(PortalBrowser.GATEWAY + "/api/contracts/engagements")
                .then().statusCode(201).extract().path("id");
    }

    static void uploadDraft(String engagementId, String resource) {
        given().auth().oauth2(token("sho-officer")).multiPart("file", file(resource), "text/plain")
                .when().post(PortalBrowser.GATEWAY + "/api/contracts/engagements/" + engagementId + "/drafts")
                .then().statusCode(201);
    }

    /** The written confirmation (第8-4: 責任者・従事者・管理体制・検査の取決め) with its signed document, as approval needs. */
    static void confirm(String engagementId) {
        String officer = token("sho-officer");
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("responsible", Map.of("name", "委託 太郎", "title", "情報セキュリティ責任者"),
                        "workers", List.of(Map.of("name", "従事 花子", "role", "運用担当")),
                        "managementStructure", "責任者の下に運用担当2名を置く。",
                        "implementationStructure", "受託者の本社事業所で実施する。",
                        "inspectionArrangements", "年1回の実地検査を受け入れる。"))
                .when().put(PortalBrowser.GATEWAY + "/api/contracts/engagements/" + engagementId + "/confirmation")
                .then().statusCode(200);
        given().auth().oauth2(officer).multiPart("file", file("confirmation.pdf"), "application/pdf")
                .when().post(PortalBrowser.GATEWAY + "/api/contracts/engagements/" + engagementId + "/confirmation/attachment")
                .then().statusCode(200);
    }

    static void sendToReview(String engagementId) {
        given().auth().oauth2(token("sho-officer")).contentType(ContentType.JSON)
                .body(Map.of("to", "UNDER_REVIEW", "note", "E2E: 審査依頼"))
                .when().post(PortalBrowser.GATEWAY + "/api/contracts/engagements/" + engagementId + "/transitions")
                .then().statusCode(200);
    }

    /** The protection manager approves draft 1; contract-service then tells inspection-service (outbox). */
    static void approve(String engagementId) {
        given().auth().oauth2(token("sho-manager")).contentType(ContentType.JSON)
                .body(Map.of("draftVersion", 1, "comment", "E2E: 承認"))
                .when().post(PortalBrowser.GATEWAY + "/api/contracts/engagements/" + engagementId + "/approval")
                .then().statusCode(201);
    }

    /** The contractor's own node of an approved engagement, once inspection-service has received the approval. */
    static String ownNode(String engagementId, String user) {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            var response = given().auth().oauth2(token(user))
                    .when().get(PortalBrowser.GATEWAY + "/api/inspections/engagements/" + engagementId + "/chain");
            if (response.statusCode() == 200) {
                List<Map<String, Object>> nodes = response.jsonPath().getList("$");
                var active = nodes.stream().filter(n -> "ACTIVE".equals(n.get("status"))).findFirst();
                if (active.isPresent()) {
                    return (String) active.get().get("id");
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("inspection-service did not receive the approval of " + engagementId);
    }

    static String state(String engagementId) {
        return given().auth().oauth2(token("sho-officer"))
                .when().get(PortalBrowser.GATEWAY + "/api/contracts/engagements/" + engagementId)
                .then().statusCode(200).extract().path("engagement.state");
    }

    static File file(String resource) {
        try {
            return new File(PortalData.class.getResource("/portal/" + resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource portal/" + resource, e);
        }
    }
}
