package jp.itaku.contract.support;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import org.apache.http.entity.mime.HttpMultipartMode;
import io.restassured.response.ValidatableResponse;
import jp.itaku.contract.contractor.CorporateNumber;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Builds contractors, engagements and drafts through the API, as an officer would. */
public final class Fixtures {

    /** A draft with almost nothing in it: every element but none is missing. */
    public static final String BARE_DRAFT = "業務委託契約書\n\n第1条　乙は、甲の指示に従い、窓口業務を行う。\n第2条　委託料は月額とする。\n";

    private Fixtures() {
    }

    public static String corporateNumber() {
        return CorporateNumber.of(String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L)));
    }

    public static String contractor(String token, String name, String orgCode) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "orgCode", orgCode, "corporateNumber", corporateNumber()))
                .post("/api/contracts/contractors").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> engagementBody(String contractorId, String kind, String sensitivity) {
        return Map.of(
                "title", "住民税関係帳票の印刷・封入封緘業務",
                "division", "税務課",
                "kind", kind,
                "contractorId", contractorId,
                "sensitivity", sensitivity,
                "periodStart", "2026-04-01",
                "periodEnd", "2027-03-31",
                "infoCategories", List.of("氏名", "住所", "税額"),
                "recordCount", 52000,
                "locations", List.of(
                        Map.of("purpose", "HANDLING", "placeType", "CONTRACTOR_PREMISES", "description", "乙の印刷工場（埼玉県）"),
                        Map.of("purpose", "STORAGE", "placeType", "CLOUD", "description", "バックアップ用クラウドストレージ", "country", "US")));
    }

    public static String engagement(String token, String contractorId, String kind) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(engagementBody(contractorId, kind, "HIGH"))
                .post("/api/contracts/engagements").then().statusCode(201).extract().path("id");
    }

    /** Browsers send a multipart file name as raw UTF-8; RestAssured's default would mangle Japanese names. */
    public static final RestAssuredConfig UTF8_MULTIPART = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    public static ValidatableResponse upload(String token, String engagementId, String fileName, byte[] content) {
        return given().config(UTF8_MULTIPART).auth().oauth2(token)
                .multiPart("file", fileName, content, "application/octet-stream")
                .post("/api/contracts/engagements/" + engagementId + "/drafts").then();
    }

    public static ValidatableResponse transition(String token, String engagementId, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("to", to))
                .post("/api/contracts/engagements/" + engagementId + "/transitions").then();
    }

    public static Map<String, Object> confirmationBody() {
        return Map.of(
                "responsible", Map.of("name", "山田 太郎", "title", "情報セキュリティ管理責任者", "contact", "03-0000-0000"),
                "workers", List.of(Map.of("name", "佐藤 花子", "role", "作業責任者"), Map.of("name", "鈴木 一郎", "role", "作業従事者")),
                "managementStructure", "管理責任者の下に作業責任者1名を置き、個人情報の持出しを管理台帳で管理する。",
                "implementationStructure", "作業は乙の本社作業室（入退室管理あり）でのみ行い、従事者は2名とする。",
                "inspectionArrangements", "甲は年1回以上、乙の作業場所に立ち入り管理状況を検査し、乙は四半期ごとに報告書を提出する。");
    }

    /** An engagement in 契約審査中 with a draft and complete written confirmations. */
    public static String underReview(String officer, String kind, String orgCode, byte[] draft) {
        String id = engagement(officer, contractor(officer, "審査対象の委託先", orgCode), kind);
        upload(officer, id, "draft.txt", draft).statusCode(201);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(confirmationBody())
                .put("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(200);
        given().config(UTF8_MULTIPART).auth().oauth2(officer)
                .multiPart("file", "確認書.pdf", "%PDF-1.4 signed".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/api/contracts/engagements/" + id + "/confirmation/attachment").then().statusCode(200);
        transition(officer, id, "UNDER_REVIEW").statusCode(200);
        return id;
    }

    /** A reasoned exception for every element of the latest draft that is not satisfied (D1 only for dispatch). */
    public static List<Map<String, String>> exceptionsFor(String token, String engagementId, int version, boolean dispatch) {
        List<Map<String, Object>> elements = given().auth().oauth2(token)
                .get("/api/contracts/engagements/" + engagementId + "/drafts/" + version)
                .then().statusCode(200).extract().path("elements");
        return elements.stream()
                .filter(e -> !"satisfied".equals(e.get("status")))
                .filter(e -> dispatch || !"D1".equals(e.get("id")))
                .map(e -> Map.of("elementId", (String) e.get("id"), "reason", "別途締結済みの覚書第3条で担保しているため例外とする。"))
                .toList();
    }

    public static ValidatableResponse approve(String token, String engagementId, int version, List<Map<String, String>> exceptions) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("draftVersion", version, "exceptions", exceptions, "comment", "審査の上承認する。"))
                .post("/api/contracts/engagements/" + engagementId + "/approval").then();
    }

    public static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/drafts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test draft " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
