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
