package jp.itaku.inspection.check;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.itaku.common.mail.Delivery;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestClock;
import jp.itaku.common.testing.TestMailServer;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.notice.MailSteps;
import jp.itaku.inspection.notice.NoticeDelivery;
import jp.itaku.inspection.plan.Reminders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 改善要求の期限 by mail (issue 15 item 5), through the in-process SMTP server, the clock fixed on each day. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestMailServer.class, restrictToAnnotatedClass = false)
class ImprovementMailTest {

    @Inject
    Reminders reminders;

    @Inject
    NoticeDelivery delivery;

    @Inject
    ItakuClock clock;

    @AfterEach
    void systemTime() {
        clock.useSystemTime();
    }

    private void on(LocalDate day) {
        clock.fixAt(day.atTime(6, 0).atOffset(ZoneOffset.ofHours(9)));
        reminders.run(clock.today());
        delivery.deliver(Delivery.IMMEDIATE);
    }

    /** the improvement-deadline mails one address received */
    private static List<String> improvementMails(String address) {
        return MailSteps.mails(address).stream().filter(m -> m.startsWith("【Itaku】改善要求")).toList();
    }

    @Test
    void deadlineReachesTheContractorsUsersAndTheRequestingInspectorSevenAndOneDaysBeforeAndOnceOverdue() {
        CheckResourceTest.Subject s = CheckResourceTest.subject("HIGH");
        LocalDate deadline = TestClock.today().plusDays(30);
        String check = CheckResourceTest.check(s.planEntry(), TestClock.today().minusDays(1));
        CheckResourceTest.allCompliantExcept(check, "MEDIA", deadline);
        CheckResourceTest.complete(check);

        String staff = "staff-" + UUID.randomUUID() + "@contractor.example.jp";
        MailSteps.receiveAtOnce(TestTokens.user(staff).tenant(TENANT_A).org(s.org()).roles("contractor").email(staff).sign());
        // the check's inspector (CheckResourceTest.INSPECTOR), now with an address
        String inspector = "inspector-" + UUID.randomUUID() + "@tenant-a.example.jp";
        MailSteps.receiveAtOnce(TestTokens.user("inspector@" + TENANT_A).tenant(TENANT_A).roles("inspector").email(inspector).sign());
        // another contractor of the same agency must not hear of it
        String other = "other-" + UUID.randomUUID() + "@contractor.example.jp";
        MailSteps.receiveAtOnce(TestTokens.user(other).tenant(TENANT_A).org(jp.itaku.inspection.Fixtures.org()).roles("contractor")
                .email(other).sign());

        on(deadline.minusDays(8));
        assertEquals(List.of(), improvementMails(staff), "nothing eight days before");
        on(deadline.minusDays(7));
        on(deadline.minusDays(6));
        List<String> mails = improvementMails(staff);
        assertEquals(1, mails.size(), mails.toString());
        assertTrue(mails.get(0).startsWith("【Itaku】改善要求の期限まであと7日："), mails.get(0));
        assertTrue(mails.get(0).contains("USBメモリの接続制限が一部端末で未設定"), mails.get(0));
        assertTrue(mails.get(0).contains(jp.itaku.common.text.JapaneseDates.wareki(deadline)), mails.get(0));
        assertTrue(mails.get(0).contains("/improvements"), mails.get(0));

        on(deadline.minusDays(1));
        on(deadline.plusDays(1));
        on(deadline.plusDays(2));
        mails = improvementMails(staff);
        assertEquals(3, mails.size(), mails.toString());
        assertTrue(mails.get(1).startsWith("【Itaku】改善要求の期限まであと1日："), mails.get(1));
        assertTrue(mails.get(2).startsWith("【Itaku】改善要求の期限を過ぎています："), mails.get(2));
        assertTrue(mails.get(2).contains("速やかに改善状況を回答してください"), mails.get(2));

        assertEquals(3, improvementMails(inspector).size(), "the inspector who asked hears the same three");
        assertEquals(List.of(), improvementMails(other), "another contractor hears nothing");
    }

    @Test
    void anAnsweredRequestIsNotChased() {
        CheckResourceTest.Subject s = CheckResourceTest.subject("MEDIUM");
        LocalDate deadline = TestClock.today().plusDays(20);
        String check = CheckResourceTest.check(s.planEntry(), TestClock.today().minusDays(1));
        CheckResourceTest.allCompliantExcept(check, "MEDIA", deadline);
        CheckResourceTest.complete(check);
        String request = given().auth().oauth2(CheckResourceTest.INSPECTOR).get("/api/inspections/checks/" + check)
                .then().extract().path("improvements[0].id");
        String staff = "staff-" + UUID.randomUUID() + "@contractor.example.jp";
        String token = TestTokens.user(staff).tenant(TENANT_A).org(s.org()).roles("contractor").email(staff).sign();
        MailSteps.receiveAtOnce(token);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("response", "全端末に接続制限を設定しました。"))
                .post("/api/inspections/improvements/" + request + "/response").then().statusCode(200);

        on(deadline.minusDays(7));
        on(deadline.plusDays(1));
        assertEquals(List.of(), improvementMails(staff), "answered: no reminders");
    }
}
