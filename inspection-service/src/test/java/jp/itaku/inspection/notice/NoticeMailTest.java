package jp.itaku.inspection.notice;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jp.itaku.common.mail.Delivery;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestMailServer;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.Fixtures;
import jp.itaku.inspection.plan.Reminders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reminder mails through a real SMTP server (GreenMail in the test JVM), with the clock fixed on each day. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestMailServer.class, restrictToAnnotatedClass = false)
class NoticeMailTest {

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

    private static String inspector(String tenant, String name) {
        return TestTokens.user(name + "@" + tenant).tenant(tenant).roles("inspector")
                .email(name + "@" + tenant + ".example.jp").sign();
    }

    private static void choose(String token, Delivery how) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("delivery", how.name()))
                .put("/api/inspections/notice-settings").then().statusCode(200)
                .body("delivery", equalTo(how.name())).body("registered", equalTo(true));
    }

    private static List<String> subjects(String address) {
        return TestMailServer.to(address).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    private void on(LocalDate day) {
        clock.fixAt(day.atTime(6, 0).atOffset(java.time.ZoneOffset.ofHours(9)));
        reminders.run(clock.today());
    }

    @Test
    void assignedInspectorGetsOneMailAtThirtySevenAndOneDaysAndWhenOverdue() throws Exception {
        String tenant = "tenant-mail-" + UUID.randomUUID();
        String mine = inspector(tenant, "ito");
        String address = "ito@" + tenant + ".example.jp";
        choose(mine, Delivery.IMMEDIATE);
        UUID engagement = Fixtures.engagement(tenant, Fixtures.org(), "HIGH");
        String entry = given().auth().oauth2(mine).get("/api/inspections/plan?engagementId=" + engagement)
                .then().extract().path("items[0].id");
        given().auth().oauth2(mine).contentType(ContentType.JSON)
                .body(Map.of("method", "ONSITE", "inspectedBy", "AGENCY", "assignee", "ito@" + tenant))
                .put("/api/inspections/plan/" + entry).then().statusCode(200);
        LocalDate due = LocalDate.parse(given().auth().oauth2(mine).get("/api/inspections/plan/" + entry)
                .then().extract().path("dueOn"));

        on(due.minusDays(31));
        delivery.deliver(Delivery.IMMEDIATE);
        assertEquals(List.of(), subjects(address), "nothing 31 days before");

        on(due.minusDays(30));
        delivery.deliver(Delivery.IMMEDIATE);
        on(due.minusDays(29));
        delivery.deliver(Delivery.IMMEDIATE);
        assertEquals(1, subjects(address).size(), "one mail 30 days before, none the day after");
        assertTrue(subjects(address).get(0).startsWith("【Itaku】検査期限まであと30日：株式会社"), subjects(address).toString());
        String first = body(TestMailServer.to(address).get(0));
        assertTrue(first.contains("まであと30日です。"), first);
        assertTrue(first.contains("検査期限：" + jp.itaku.common.text.JapaneseDates.wareki(due)), first);
        assertTrue(first.contains("詳細：http://127.0.0.1:8080/plan"), first);

        on(due.minusDays(7));
        delivery.deliver(Delivery.IMMEDIATE);
        on(due.minusDays(1));
        delivery.deliver(Delivery.IMMEDIATE);
        delivery.deliver(Delivery.IMMEDIATE);
        on(due.plusDays(1));
        delivery.deliver(Delivery.IMMEDIATE);
        on(due.plusDays(2));
        delivery.deliver(Delivery.IMMEDIATE);

        List<String> got = subjects(address);
        assertEquals(4, got.size(), got.toString());
        assertTrue(got.get(1).startsWith("【Itaku】検査期限まであと7日："), got.toString());
        assertTrue(got.get(2).startsWith("【Itaku】検査期限まであと1日："), got.toString());
        assertTrue(got.get(3).startsWith("【Itaku】検査期限を過ぎています："), got.toString());
        assertTrue(body(TestMailServer.to(address).get(3)).contains("を過ぎています。"));
    }

    @Test
    void digestCollectsTheDaysRemindersInOneMailAndUnassignedOnesReachEveryInspector() throws Exception {
        String tenant = "tenant-digest-" + UUID.randomUUID();
        String eager = inspector(tenant, "kato");
        String daily = inspector(tenant, "saito");
        choose(eager, Delivery.IMMEDIATE);
        choose(daily, Delivery.DAILY_DIGEST);
        UUID one = Fixtures.engagement(tenant, Fixtures.org(), "HIGH");
        Fixtures.engagement(tenant, Fixtures.org(), "HIGH");
        LocalDate due = LocalDate.parse(given().auth().oauth2(eager).get("/api/inspections/plan?engagementId=" + one)
                .then().extract().path("items[0].dueOn"));

        on(due.minusDays(30));
        delivery.deliver(Delivery.IMMEDIATE);
        assertEquals(2, subjects("kato@" + tenant + ".example.jp").size(), "unassigned: every inspector, at once");
        assertEquals(0, subjects("saito@" + tenant + ".example.jp").size(), "digest not before its time");

        delivery.deliver(Delivery.DAILY_DIGEST);
        delivery.deliver(Delivery.DAILY_DIGEST);
        List<MimeMessage> digests = TestMailServer.to("saito@" + tenant + ".example.jp");
        assertEquals(1, digests.size(), "one digest, sent once");
        assertTrue(digests.get(0).getSubject().endsWith("のお知らせ（2件）"), digests.get(0).getSubject());
        String text = body(digests.get(0));
        assertEquals(2, text.split("■ 検査期限まであと30日：", -1).length - 1, text);
    }

    @Test
    void whereASelfReportMayStandInTheContractorIsAskedForItOncePerDueDate() throws Exception {
        String tenant = "tenant-selfreport-" + UUID.randomUUID();
        String lowOrg = Fixtures.org();
        String highOrg = Fixtures.org();
        UUID low = Fixtures.engagement(tenant, lowOrg, "LOW");
        Fixtures.engagement(tenant, highOrg, "HIGH");
        String lowStaff = "staff@" + lowOrg + ".example.jp";
        String highStaff = "staff@" + highOrg + ".example.jp";
        choose(TestTokens.user(lowStaff).tenant(tenant).org(lowOrg).roles("contractor").email(lowStaff).sign(),
                Delivery.IMMEDIATE);
        choose(TestTokens.user(highStaff).tenant(tenant).org(highOrg).roles("contractor").email(highStaff).sign(),
                Delivery.IMMEDIATE);
        LocalDate due = LocalDate.parse(given().auth().oauth2(inspector(tenant, "ueda"))
                .get("/api/inspections/plan?engagementId=" + low).then().extract().path("items[0].dueOn"));

        on(due.minusDays(30));
        delivery.deliver(Delivery.IMMEDIATE);
        on(due.minusDays(7));
        delivery.deliver(Delivery.IMMEDIATE);

        List<String> asked = subjects(lowStaff);
        assertEquals(1, asked.size(), "one request per due date: " + asked);
        assertTrue(asked.get(0).startsWith("【Itaku】自己点検報告の提出のお願い："), asked.get(0));
        String text = body(TestMailServer.to(lowStaff).get(0));
        assertTrue(text.contains(jp.itaku.common.text.JapaneseDates.wareki(due) + "までに自己点検報告を提出してください"), text);
        assertTrue(text.contains("/self-reports"), text);
        assertEquals(List.of(), subjects(highStaff), "高: a self-report does not stand in, nobody is asked");
    }

    @Test
    void settingsNeedAnAddressAndAreOnlyTheCallersOwn() {
        String tenant = "tenant-settings-" + UUID.randomUUID();
        String noMail = TestTokens.of(tenant, "inspector");
        given().auth().oauth2(noMail).contentType(ContentType.JSON).body(Map.of("delivery", "IMMEDIATE"))
                .put("/api/inspections/notice-settings").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("メールアドレスが登録されていないため通知を受け取れません。管理者に登録を依頼してください。"));
        String withMail = inspector(tenant, "mori");
        given().auth().oauth2(withMail).contentType(ContentType.JSON).body(Map.of("delivery", "WEEKLY"))
                .put("/api/inspections/notice-settings").then().statusCode(400);
        given().auth().oauth2(withMail).contentType(ContentType.JSON).body(Map.of())
                .put("/api/inspections/notice-settings").then().statusCode(400)
                .body("errors[0].message", equalTo("受け取り方を選んでください。"));
        given().auth().oauth2(withMail).get("/api/inspections/notice-settings").then().statusCode(200)
                .body("registered", equalTo(false)).body("email", equalTo("mori@" + tenant + ".example.jp"));
        given().auth().oauth2(TestTokens.user("platform-admin").roles("platform-admin").sign())
                .get("/api/inspections/notice-settings").then().statusCode(403);
    }
}
