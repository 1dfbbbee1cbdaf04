package jp.itaku.inspection.plan;

import jp.itaku.common.testing.TestClock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.inspection.FakeContractService;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.Fixtures;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class PlanResourceTest {

    @Inject
    Reminders reminders;

    static String entryOf(String tenant, UUID engagement) {
        return given().auth().oauth2(TestTokens.of(tenant, "inspector")).get("/api/inspections/plan?engagementId=" + engagement)
                .then().statusCode(200).extract().path("items[0].id");
    }

    static void inspected(String tenant, String entry, LocalDate on) {
        String inspector = TestTokens.of(tenant, "inspector");
        Map<String, Object> body = new HashMap<>();
        body.put("planEntryId", entry);
        body.put("performedOn", on.toString());
        body.put("place", "委託先事業所");
        body.put("attendees", List.of("責任者"));
        String check = given().auth().oauth2(inspector).contentType(ContentType.JSON).body(body)
                .post("/api/inspections/checks").then().statusCode(201).extract().path("id");
        given().auth().oauth2(inspector).get("/api/inspections/checks/" + check).then().extract().<List<String>>path("items.code")
                .forEach(code -> given().auth().oauth2(inspector).contentType(ContentType.JSON)
                        .body(Map.of("result", "COMPLIANT")).put("/api/inspections/checks/" + check + "/items/" + code)
                        .then().statusCode(200));
        given().auth().oauth2(inspector).contentType(ContentType.JSON).body(Map.of())
                .post("/api/inspections/checks/" + check + "/completion").then().statusCode(200);
    }

    @Test
    void inspectionDueTodayInTokyoIsDueAt2359AndOverdueAtMidnightWhateverTheMachinesZone() {
        java.util.TimeZone machine = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
        try {
            String tenant = "tenant-midnight-" + UUID.randomUUID();
            String inspector = TestTokens.of(tenant, "inspector");
            String[] entry = new String[1];
            TestClock.at(java.time.OffsetDateTime.parse("2026-06-30T10:00+09:00"),
                    () -> entry[0] = entryOf(tenant, Fixtures.engagement(tenant, Fixtures.org(), "HIGH")));
            LocalDate dueOn = LocalDate.parse(given().auth().oauth2(inspector).get("/api/inspections/plan/" + entry[0])
                    .then().statusCode(200).extract().path("dueOn"));
            java.time.OffsetDateTime lastMinute = dueOn.atTime(23, 59).atOffset(java.time.ZoneOffset.ofHours(9));
            // 23:59 in Tokyo is 14:59 UTC: still the due day
            TestClock.at(lastMinute, () -> given().auth().oauth2(inspector).get("/api/inspections/plan/" + entry[0])
                    .then().body("state", equalTo("DUE")));
            // 15:00 UTC is midnight in Tokyo: the next day, overdue
            TestClock.at(lastMinute.plusMinutes(1), () -> {
                assertEquals("15:00", lastMinute.plusMinutes(1).withOffsetSameInstant(java.time.ZoneOffset.UTC)
                        .toLocalTime().toString());
                given().auth().oauth2(inspector).get("/api/inspections/plan/" + entry[0])
                        .then().body("state", equalTo("OVERDUE"));
                given().auth().oauth2(inspector).get("/api/inspections/plan/summary").then().body("overdue", equalTo(1));
            });
        } finally {
            java.util.TimeZone.setDefault(machine);
        }
    }

    @Test
    void overdueDueDoneAndScheduledAreCountedForTheTenant() {
        String tenant = "tenant-summary-" + UUID.randomUUID();
        String overdue = entryOf(tenant, Fixtures.engagement(tenant, Fixtures.org(), "MEDIUM"));
        String due = entryOf(tenant, Fixtures.engagement(tenant, Fixtures.org(), "MEDIUM"));
        String done = entryOf(tenant, Fixtures.engagement(tenant, Fixtures.org(), "MEDIUM"));
        String scheduled = entryOf(tenant, Fixtures.engagement(tenant, Fixtures.org(), "MEDIUM"));
        inspected(tenant, overdue, TestClock.today().minusMonths(13));
        inspected(tenant, due, TestClock.today().minusMonths(12).plusDays(10));
        inspected(tenant, done, TestClock.today().minusDays(1));

        String inspector = TestTokens.of(tenant, "inspector");
        given().auth().oauth2(inspector).get("/api/inspections/plan/summary").then().statusCode(200)
                .body("overdue", equalTo(1)).body("due", equalTo(1)).body("done", equalTo(1))
                .body("scheduled", equalTo(1)).body("open", equalTo(4));
        given().auth().oauth2(inspector).get("/api/inspections/plan?state=DUE").then().body("items.id", containsInAnyOrder(due));
        given().auth().oauth2(inspector).get("/api/inspections/plan?state=DONE").then().body("items.id", containsInAnyOrder(done));
        given().auth().oauth2(inspector).get("/api/inspections/plan?state=SCHEDULED").then()
                .body("items.id", containsInAnyOrder(scheduled));
    }

    @Test
    void remindersAreRecordedOnceAtThirtySevenAndOneDaysAndWhenOverdue() {
        String tenant = "tenant-remind-" + UUID.randomUUID();
        String entry = entryOf(tenant, Fixtures.engagement(tenant, Fixtures.org(), "HIGH"));
        LocalDate dueOn = LocalDate.parse(given().auth().oauth2(TestTokens.of(tenant, "inspector"))
                .get("/api/inspections/plan/" + entry).then().extract().path("dueOn"));
        reminders.run(dueOn.minusDays(31));
        reminders.run(dueOn.minusDays(30));
        reminders.run(dueOn.minusDays(29));
        reminders.run(dueOn.minusDays(7));
        reminders.run(dueOn.minusDays(1));
        reminders.run(dueOn.minusDays(1));
        reminders.run(dueOn.plusDays(1));
        reminders.run(dueOn.plusDays(2));
        given().auth().oauth2(TestTokens.of(tenant, "inspector")).get("/api/inspections/notifications").then()
                .statusCode(200).body("total", equalTo(4))
                .body("items.kind", containsInAnyOrder("DUE_30", "DUE_7", "DUE_1", "OVERDUE"))
                .body("items.find { it.kind == 'OVERDUE' }.message", org.hamcrest.Matchers.containsString("を過ぎています"));
        given().auth().oauth2(TestTokens.of(TENANT_A, "inspector")).get("/api/inspections/notifications?size=200").then()
                .body("items.planEntryId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(entry)));
        given().auth().oauth2(TestTokens.contractor(tenant, "org-x")).get("/api/inspections/notifications").then()
                .statusCode(403);
    }

    @Test
    void intervalsAreConfigurablePerTenantButNeverBeyondAYear() {
        String tenant = "tenant-policy-" + UUID.randomUUID();
        String manager = TestTokens.of(tenant, "protection-manager");
        String entry = entryOf(tenant, Fixtures.engagement(tenant, Fixtures.org(), "HIGH"));
        Map<String, Object> policy = new HashMap<>(Map.of("highMonths", 3, "mediumMonths", 6, "lowMonths", 13,
                "selfReportHigh", false, "selfReportMedium", false, "selfReportLow", true));
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(policy).put("/api/inspections/policy")
                .then().statusCode(400).body("errors[0].field", equalTo("lowMonths"))
                .body("errors[0].message", equalTo("検査は年1回以上必要です（間隔は12か月以内）。"));
        policy.put("lowMonths", 12);
        given().auth().oauth2(TestTokens.of(tenant, "auditor")).contentType(ContentType.JSON).body(policy)
                .put("/api/inspections/policy").then().statusCode(403);
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(policy).put("/api/inspections/policy")
                .then().statusCode(200).body("highMonths", equalTo(3)).body("updatedBy", equalTo("protection-manager@" + tenant));
        given().auth().oauth2(manager).get("/api/inspections/plan/" + entry).then()
                .body("intervalMonths", equalTo(3)).body("dueOn", equalTo(TestClock.today().plusMonths(3).toString()));
        String next = entryOf(tenant, Fixtures.engagement(tenant, Fixtures.org(), "MEDIUM"));
        given().auth().oauth2(manager).get("/api/inspections/plan/" + next).then().body("intervalMonths", equalTo(6));
        given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).get("/api/inspections/policy").then()
                .body("highMonths", equalTo(6));
    }

    @Test
    void remoteOrDocumentMethodNeedsAReason() {
        String entry = entryOf(TENANT_A, Fixtures.engagement(TENANT_A, Fixtures.org(), "LOW"));
        String inspector = TestTokens.of(TENANT_A, "inspector");
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("method", "REMOTE", "inspectedBy", "AGENCY")).put("/api/inspections/plan/" + entry)
                .then().statusCode(400).body("errors[0].field", equalTo("methodReason"));
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("method", "REMOTE", "methodReason", "遠隔地（離島）のため映像で確認", "inspectedBy", "AGENCY"))
                .put("/api/inspections/plan/" + entry).then().statusCode(200).body("method", equalTo("REMOTE"));
        given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).contentType(ContentType.JSON)
                .body(Map.of("method", "ONSITE", "inspectedBy", "AGENCY")).put("/api/inspections/plan/" + entry)
                .then().statusCode(403);
    }

    @Test
    void calendarFeedListsTheInspectorsAssignedEntries() throws Exception {
        String tenant = "tenant-ical-" + UUID.randomUUID();
        String inspector = TestTokens.of(tenant, "inspector");
        String mine = entryOf(tenant, Fixtures.engagement(tenant, Fixtures.org(), "HIGH"));
        entryOf(tenant, Fixtures.engagement(tenant, Fixtures.org(), "HIGH"));
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("method", "ONSITE", "inspectedBy", "AGENCY", "assignee", "inspector@" + tenant))
                .put("/api/inspections/plan/" + mine).then().statusCode(200);
        String ics = given().auth().oauth2(inspector).get("/api/inspections/plan/calendar.ics")
                .then().statusCode(200).contentType("text/calendar").extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        assertEquals(mine + "@inspection.itaku.jp", events.get(0).getUid().orElseThrow().getValue());
        assertTrue(events.get(0).getSummary().getValue().startsWith("検査期限："), ics);
        assertEquals(TestClock.today().plusMonths(6).toString().replace("-", ""),
                events.get(0).getDateTimeStart().getValue());
    }
}
