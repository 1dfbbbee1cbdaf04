package jp.itaku.contract.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestMailServer;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** S3: a bulk download past the threshold reaches the agency's 保護管理者 by mail, once, through a real SMTP server. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestMailServer.class, restrictToAnnotatedClass = false)
class BulkNoticeMailTest {

    @Inject
    BulkNoticeMail mail;

    private static String exportPastTheThreshold(String tenant, String reason) {
        String officer = TestTokens.of(tenant, "procurement-officer");
        given().auth().oauth2(TestTokens.of(tenant, "chief-protection-manager")).contentType(ContentType.JSON)
                .body(Map.of("bulkThreshold", 1, "retentionYears", 5))
                .put("/api/contracts/audit/settings").then().statusCode(200);
        String contractor = Fixtures.contractor(officer, "通知対象の委託先", "org-" + UUID.randomUUID());
        Fixtures.engagement(officer, contractor, "OUTSOURCING");
        Fixtures.engagement(officer, contractor, "OUTSOURCING");
        given().auth().oauth2(officer).get("/api/contracts/engagements/export").then().statusCode(428);
        given().auth().oauth2(officer).queryParam("bulkReason", reason)
                .get("/api/contracts/engagements/export").then().statusCode(200);
        return officer;
    }

    private static String text(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theManagerGetsOneMailNamingWhoExportedHowManyRowsAndWhy() {
        String tenant = TestProtectionManagers.PREFIX + UUID.randomUUID();
        exportPastTheThreshold(tenant, "監査対応のため全件を照合する");

        assertEquals(1, mail.deliverFor(tenant));
        List<MimeMessage> got = TestMailServer.to(TestProtectionManagers.address(tenant, "manager1"));
        assertEquals(1, got.size());
        String text = text(got.get(0));
        assertTrue(text.contains("大量ダウンロードの通知"), text);
        assertTrue(text.contains("procurement-officer@" + tenant), text);
        assertTrue(text.contains("委託案件"), "the resource in Japanese: " + text);
        assertTrue(text.contains("2件（本日の合計 2件／上限 1件）"), text);
        assertTrue(text.contains("監査対応のため全件を照合する"), text);
        assertTrue(text.contains("http://127.0.0.1:8080/audit"), text);

        assertEquals(0, mail.deliverFor(tenant), "a notice is mailed once");
        assertEquals(1, TestMailServer.to(TestProtectionManagers.address(tenant, "manager1")).size());
    }

    @Test
    void anotherTenantsManagersHearNothingOfIt() {
        String tenant = TestProtectionManagers.PREFIX + UUID.randomUUID();
        String other = TestProtectionManagers.PREFIX + UUID.randomUUID();
        exportPastTheThreshold(tenant, "年度末の件数確認のため");

        assertEquals(0, mail.deliverFor(other));
        assertEquals(0, TestMailServer.to(TestProtectionManagers.address(other, "manager1")).size());
        assertEquals(1, mail.deliverFor(tenant));
    }

    @Test
    void withKeycloakUnreachableTheNoticeWaitsForTheNextRun() {
        String tenant = "bulk-unreachable-" + UUID.randomUUID();
        exportPastTheThreshold(tenant, "業務上の確認のため");

        assertEquals(0, mail.deliverFor(tenant));
        assertEquals(1, mail.pending(tenant).size(), "nothing claimed: retried next run");
    }
}
