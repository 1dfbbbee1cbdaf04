package jp.itaku.inspection.selfreport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.itaku.common.mail.Delivery;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestMailServer;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.notice.MailSteps;
import jp.itaku.inspection.notice.NoticeDelivery;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A returned self-report reaches the contractor's users by mail with the inspector's reason (issue 15 item 5). */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestMailServer.class, restrictToAnnotatedClass = false)
class SelfReportMailTest {

    @Inject
    NoticeDelivery delivery;

    @Test
    void aReturnedReportMailsTheContractorsUsersWithTheReasonAndAnAcceptedOneDoesNot() throws Exception {
        SelfReportResourceTest.Subject s = SelfReportResourceTest.subject(TENANT_A, "LOW");
        String staff = "staff@" + s.org() + ".example.jp";
        MailSteps.receiveAtOnce(TestTokens.user(staff).tenant(TENANT_A).org(s.org()).roles("contractor").email(staff).sign());
        String returned = SelfReportResourceTest.submitted(s);
        given().auth().oauth2(SelfReportResourceTest.INSPECTOR).contentType(ContentType.JSON)
                .body(Map.of("decision", "RETURN", "comment", "Q5の消去記録の写しを添付してください。"))
                .post("/api/inspections/self-reports/" + returned + "/review").then().statusCode(200);
        String accepted = SelfReportResourceTest.submitted(s);
        given().auth().oauth2(SelfReportResourceTest.INSPECTOR).contentType(ContentType.JSON)
                .body(Map.of("decision", "ACCEPT"))
                .post("/api/inspections/self-reports/" + accepted + "/review").then().statusCode(200);

        delivery.deliver(Delivery.IMMEDIATE);

        List<String> mails = MailSteps.mails(staff).stream()
                .filter(m -> m.startsWith("【Itaku】自己点検報告が差し戻されました")).toList();
        assertEquals(1, mails.size(), "one mail, for the returned report only");
        String text = mails.get(0);
        assertTrue(text.contains("理由：Q5の消去記録の写しを添付してください。"), text);
        assertTrue(text.contains("/self-reports/" + returned), text);
    }
}
