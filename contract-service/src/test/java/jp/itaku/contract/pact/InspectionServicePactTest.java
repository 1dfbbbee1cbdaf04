package jp.itaku.contract.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.matchingrules.NullMatcher;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jp.itaku.api.EngagementEvent;
import jp.itaku.api.Page;
import jp.itaku.api.inspection.Improvement;
import jp.itaku.api.inspection.IncidentSummary;
import jp.itaku.api.inspection.PlanEntry;
import jp.itaku.api.inspection.SelfReportSummary;
import jp.itaku.api.Sensitivity;
import jp.itaku.contract.audit.AuditReport;
import jp.itaku.contract.audit.InspectionAuditClient;
import jp.itaku.contract.audit.ServiceCall;
import jp.itaku.contract.ledger.ChainSummary;
import jp.itaku.contract.ledger.InspectionLedgerCall;
import jp.itaku.contract.onboarding.ChainNodes;
import jp.itaku.contract.outbox.OutboxDelivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * contract-service as inspection-service's consumer, every call in one class (Pact writes one file per consumer and
 * provider, pacts/contract-service-inspection-service.json, and a second class would overwrite it): what the 台帳
 * reads from GET /api/inspections/ledger (every field of {@link ChainSummary}: the ledger shows them all), the
 * outbox's delivery of an engagement event (PUT /api/inspections/events/{id}: the {@link EngagementEvent} as
 * OutboxWriter writes it, answered by the receipt the delivery checks), the chain node an invitation of a
 * subcontractor's users needs (GET /api/inspections/nodes/{id}: {@link ChainNodes.Node}) and what the 監査報告書
 * reads with the auditor's token ({@link InspectionAuditClient}: the plan, improvement requests, self-reports and
 * incidents, as the api module's records). inspection-service's build replays it
 * ({@code InspectionPactVerificationTest}), so renaming or dropping one of these fields there, or refusing an event
 * as contract-service writes it, fails that build. Written to pacts/ at the root, committed.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "inspection-service", pactVersion = PactSpecVersion.V3)
class InspectionServicePactTest {

    static final String DIVISION = "情報政策課";
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*";
    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    static final UUID EVENT = UUID.fromString("7b2d3c4e-1f5a-4b6c-8d7e-9f0a1b2c3d01");
    static final UUID ENGAGEMENT = UUID.fromString("7b2d3c4e-1f5a-4b6c-8d7e-9f0a1b2c3d02");
    static final UUID NODE = UUID.fromString("7b2d3c4e-1f5a-4b6c-8d7e-9f0a1b2c3d03");
    static final String TENANT = "t-consumer";

    /** Serialises as Quarkus's ObjectMapper does for OutboxWriter: java.time as ISO-8601 text. */
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Pact(consumer = "contract-service")
    RequestResponsePact ledgerOfOneDivision(PactDslWithProvider builder) {
        PactDslJsonBody body = new PactDslJsonBody()
                .stringValue("division", DIVISION)
                .booleanType("incidentsTracked", true)
                .minArrayLike("nodes", 1)
                .uuid("id", UUID.fromString("6f1c2b9e-0d4a-4c41-9a57-2f3e8a1b7c01"))
                .uuid("engagementId", UUID.fromString("6f1c2b9e-0d4a-4c41-9a57-2f3e8a1b7c02"))
                .or("parentId", "6f1c2b9e-0d4a-4c41-9a57-2f3e8a1b7c03", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .integerType("depth", 1)
                .stringType("name", "株式会社ledger-pact")
                .or("corporateNumber", "1234567890123", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .or("workPart", "データ入力業務の一部", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .or("personalInfo", "氏名・住所", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .or("location", "本社（東京都）", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .booleanType("cloud", false)
                .or("country", "JP", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .booleanType("needsReview", false)
                .stringMatcher("status", "ACTIVE|REMOVED", "ACTIVE")
                .or("approvedAt", "2026-12-01T10:00:00+09:00", new RegexMatcher(TIMESTAMP), NullMatcher.INSTANCE)
                .or("approvedBy", "manager@t-a", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .or("removedAt", null, new RegexMatcher(TIMESTAMP), NullMatcher.INSTANCE)
                .or("removalReason", "契約終了", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .integerType("openImprovements", 1)
                .integerType("openIncidents", 0)
                .object("inspection")
                .or("lastDoneOn", "2026-11-20", new RegexMatcher(DATE), NullMatcher.INSTANCE)
                .or("lastDoneKind", "CHECK", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .or("lastCheckOn", "2026-11-20", new RegexMatcher(DATE), NullMatcher.INSTANCE)
                .or("nextDueOn", "2027-11-20", new RegexMatcher(DATE), NullMatcher.INSTANCE)
                .or("method", "ONSITE", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .booleanType("planOpen", true)
                .closeObject()
                .closeArray()
                .asBody();
        return builder.given("division 情報政策課 has an approved contractor")
                .uponReceiving("the ledger summary of one division")
                .method("GET").path("/api/inspections/ledger").query("division=" + DIVISION)
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200)
                .body(body)
                .toPact();
    }

    /** The event as OutboxWriter builds it for an approval (every field set, as for any approved engagement). */
    static EngagementEvent event(String type) {
        return new EngagementEvent(EVENT, type, TENANT, ENGAGEMENT, "住民情報システム運用保守業務", DIVISION,
                UUID.fromString("7b2d3c4e-1f5a-4b6c-8d7e-9f0a1b2c3d04"), "株式会社アルファ情報処理", "org-alpha",
                Sensitivity.HIGH, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31),
                OffsetDateTime.parse("2026-03-25T10:15:30+09:00"), "protection-manager@t-consumer");
    }

    /**
     * The event's JSON matched whole (what the outbox sends is what inspection-service replays); the event, tenant
     * and engagement ids come from the provider state, so that each replay is a new event of the run's own tenant.
     */
    static PactDslJsonBody eventBody(EngagementEvent event) {
        Map<String, String> fromState = Map.of("eventId", "eventId", "tenant", "tenant", "engagementId", "engagementId");
        PactDslJsonBody body = new PactDslJsonBody();
        for (Iterator<Map.Entry<String, JsonNode>> it = JSON.valueToTree(event).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (fromState.containsKey(name)) {
                body.valueFromProviderState(name, "${" + fromState.get(name) + "}", value.asText());
            } else if (value.isNull()) {
                body.nullValue(name);
            } else {
                body.stringValue(name, value.asText());
            }
        }
        return body;
    }

    static PactDslJsonBody receipt() {
        return new PactDslJsonBody().stringMatcher("eventId", UUID_PATTERN, EVENT.toString()).booleanType("duplicate", false);
    }

    @Pact(consumer = "contract-service")
    RequestResponsePact engagementEventsDelivered(PactDslWithProvider builder) {
        return builder.given("an engagement approved at contract-service")
                .uponReceiving("the outbox delivers an engagement's approval")
                .method("PUT").pathFromProviderState("/api/inspections/events/${eventId}", "/api/inspections/events/" + EVENT)
                .matchHeader("Authorization", "Bearer .+", "Bearer service-token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(eventBody(event(EngagementEvent.APPROVED)))
                .willRespondWith().status(200).body(receipt())
                .given("an engagement approved at contract-service and received")
                .uponReceiving("the outbox delivers an engagement's end")
                .method("PUT").pathFromProviderState("/api/inspections/events/${eventId}", "/api/inspections/events/" + EVENT)
                .matchHeader("Authorization", "Bearer .+", "Bearer service-token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(eventBody(event(EngagementEvent.ENDED)))
                .willRespondWith().status(200).body(receipt())
                .toPact();
    }

    @Pact(consumer = "contract-service")
    RequestResponsePact approvedSubcontractor(PactDslWithProvider builder) {
        PactDslJsonBody node = new PactDslJsonBody()
                .stringMatcher("id", UUID_PATTERN, NODE.toString())
                .uuid("engagementId", ENGAGEMENT)
                .integerType("depth", 2)
                .stringType("name", "ベータ印刷株式会社")
                .or("orgCode", "org-beta", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .stringMatcher("status", "PENDING|ACTIVE|REFUSED|REMOVED", "ACTIVE");
        return builder.given("an approved subcontractor in the chain")
                .uponReceiving("a node of the chain, for inviting its users")
                .method("GET").pathFromProviderState("/api/inspections/nodes/${node}", "/api/inspections/nodes/" + NODE)
                .matchHeader("Authorization", "Bearer .+", "Bearer officer-token")
                .willRespondWith().status(200).body(node)
                .toPact();
    }

    /** A page of one item as PageResult answers it (Pact's example has one item: a page shorter than a full one). */
    static PactDslJsonBody page(PactDslJsonBody items) {
        PactDslJsonBody page = (PactDslJsonBody) items.closeArray();
        return page.integerType("page", 0).integerType("size", Page.MAX_SIZE).integerType("total", 1);
    }

    static final String FIRST_PAGE = "size=" + Page.MAX_SIZE + "&page=0";

    /**
     * The 監査報告書's reads, with the auditor's own token, each list from its first page: the plan (whom, when, the
     * state), the improvement requests (node, deadline, status, overdue), the self-reports (engagement, status) and
     * the incidents (engagement, node, title, awareness day, reportable, status) — what {@link AuditReport} prints.
     */
    @Pact(consumer = "contract-service")
    RequestResponsePact whatTheAuditReportReads(PactDslWithProvider builder) {
        PactDslJsonBody plan = page(new PactDslJsonBody().minArrayLike("items", 1)
                .uuid("id", UUID.fromString("5e0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b01"))
                .uuid("nodeId", NODE)
                .stringType("nodeName", "株式会社アルファ情報処理")
                .uuid("engagementId", ENGAGEMENT)
                .stringType("engagementTitle", "住民情報システム運用保守業務")
                .stringMatcher("state", "OVERDUE|DUE|DONE|SCHEDULED", "OVERDUE")
                .stringMatcher("dueOn", DATE, "2026-11-30")
                .or("lastDoneOn", "2025-11-30", new RegexMatcher(DATE), NullMatcher.INSTANCE));
        PactDslJsonBody improvements = page(new PactDslJsonBody().minArrayLike("items", 1)
                .uuid("id", UUID.fromString("5e0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b02"))
                .uuid("nodeId", NODE)
                .stringType("description", "USBメモリの接続制限が一部端末で未設定")
                .stringMatcher("deadline", DATE, "2027-01-31")
                .stringMatcher("status", "OPEN|RESPONDED|CLOSED", "OPEN")
                .booleanType("overdue", false));
        PactDslJsonBody selfReports = page(new PactDslJsonBody().minArrayLike("items", 1)
                .uuid("id", UUID.fromString("5e0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b03"))
                .uuid("nodeId", NODE)
                .uuid("engagementId", ENGAGEMENT)
                .stringMatcher("status", "DRAFT|SUBMITTED|ACCEPTED|RETURNED", "DRAFT"));
        PactDslJsonBody incidents = page(new PactDslJsonBody().minArrayLike("items", 1)
                .uuid("id", UUID.fromString("5e0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b04"))
                .uuid("engagementId", ENGAGEMENT)
                .stringType("engagementTitle", "住民情報システム運用保守業務")
                .uuid("nodeId", NODE)
                .stringType("nodeName", "株式会社アルファ情報処理")
                .stringType("title", "帳票1枚の誤送付")
                .stringMatcher("status", "OPEN|CLOSED", "OPEN")
                .booleanType("reportable", true)
                .or("awareOn", "2026-11-25", new RegexMatcher(DATE), NullMatcher.INSTANCE));
        String state = "an inspected engagement with a finding, a self-report and an incident, read by the auditor";
        return builder
                .given(state).uponReceiving("the audit report reads the inspection plan")
                .method("GET").path(InspectionAuditClient.PLAN).query(FIRST_PAGE)
                .matchHeader("Authorization", "Bearer .+", "Bearer auditor-token")
                .willRespondWith().status(200).body(plan)
                .given(state).uponReceiving("the audit report reads the improvement requests")
                .method("GET").path(InspectionAuditClient.IMPROVEMENTS).query(FIRST_PAGE)
                .matchHeader("Authorization", "Bearer .+", "Bearer auditor-token")
                .willRespondWith().status(200).body(improvements)
                .given(state).uponReceiving("the audit report reads the self-reports")
                .method("GET").path(InspectionAuditClient.SELF_REPORTS).query(FIRST_PAGE)
                .matchHeader("Authorization", "Bearer .+", "Bearer auditor-token")
                .willRespondWith().status(200).body(selfReports)
                .given(state).uponReceiving("the audit report reads the incidents")
                .method("GET").path(InspectionAuditClient.INCIDENTS).query(FIRST_PAGE)
                .matchHeader("Authorization", "Bearer .+", "Bearer auditor-token")
                .willRespondWith().status(200).body(incidents)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "ledgerOfOneDivision")
    void readsTheChainAndItsInspectionsAsTheLedgerShowsThem(MockServer inspection) throws Exception {
        InspectionLedgerCall call = new InspectionLedgerCall(HttpClient.newHttpClient(),
                new ObjectMapper().findAndRegisterModules());

        ChainSummary summary = call.chains(inspection.getUrl(), DIVISION, "consumer-token", Duration.ofSeconds(60));

        assertEquals(DIVISION, summary.division());
        assertTrue(summary.incidentsTracked());
        ChainSummary.Node node = summary.nodes().get(0);
        assertNotNull(node.id());
        assertEquals(1, node.depth());
        assertEquals("株式会社ledger-pact", node.name());
        assertEquals("ACTIVE", node.status());
        assertFalse(node.cloud());
        assertEquals(LocalDate.of(2027, 11, 20), node.inspection().nextDueOn());
        assertEquals(UUID.fromString("6f1c2b9e-0d4a-4c41-9a57-2f3e8a1b7c02"), node.engagementId());
        assertEquals(1, node.openImprovements());
        assertNotNull(node.approvedAt());
    }

    @Test
    @PactTestFor(pactMethod = "engagementEventsDelivered")
    void deliversTheEventsAsOutboxWriterWritesThemAndTakesTheReceiptsAsDelivery(MockServer inspection) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String type : new String[] {EngagementEvent.APPROVED, EngagementEvent.ENDED}) {
            String payload = JSON.writeValueAsString(event(type));
            HttpResponse<String> answer = http.send(OutboxDelivery.request(inspection.getUrl(), EVENT, payload,
                    "service-token", Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

            assertNull(OutboxDelivery.outcome(EVENT, answer, JSON), type + " delivered");
            // a receipt for another event is no delivery of this one
            assertNotNull(OutboxDelivery.outcome(UUID.randomUUID(), answer, JSON));
        }
    }

    @Test
    @PactTestFor(pactMethod = "approvedSubcontractor")
    void readsTheNodeAnInvitationNeeds(MockServer inspection) throws Exception {
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(
                ChainNodes.request(inspection.getUrl(), NODE, "officer-token"), HttpResponse.BodyHandlers.ofByteArray());

        ChainNodes.Node node = ChainNodes.read(answer, new ObjectMapper());

        assertEquals(new ChainNodes.Node(NODE, ENGAGEMENT, 2, "ベータ印刷株式会社", "org-beta", "ACTIVE"), node);
    }

    @Test
    @PactTestFor(pactMethod = "whatTheAuditReportReads")
    void readsWhatTheAuditReportPrintsWithTheAuditorsToken(MockServer inspection) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        InspectionAuditClient client = new InspectionAuditClient(new ServiceCall(
                (request, target) -> http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()),
                new ObjectMapper().findAndRegisterModules(), inspection.getUrl(), "auditor-token"), 10);

        PlanEntry entry = client.plan().get(0);
        assertEquals(new PlanEntry(UUID.fromString("5e0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b01"), NODE, "株式会社アルファ情報処理",
                ENGAGEMENT, "住民情報システム運用保守業務", PlanEntry.OVERDUE, LocalDate.of(2026, 11, 30),
                LocalDate.of(2025, 11, 30)), entry);
        Improvement improvement = client.improvements().get(0);
        assertEquals(NODE, improvement.nodeId());
        assertEquals(LocalDate.of(2027, 1, 31), improvement.deadline());
        assertEquals(Improvement.OPEN, improvement.status());
        assertFalse(improvement.overdue());
        assertEquals("USBメモリの接続制限が一部端末で未設定", improvement.description());
        assertEquals(new SelfReportSummary(UUID.fromString("5e0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b03"), NODE, ENGAGEMENT,
                SelfReportSummary.DRAFT), client.selfReports().get(0));
        IncidentSummary incident = client.incidents().get(0);
        assertEquals(ENGAGEMENT, incident.engagementId());
        assertEquals("帳票1枚の誤送付", incident.title());
        assertEquals("株式会社アルファ情報処理", incident.nodeName());
        assertTrue(incident.reportable());
        assertEquals(LocalDate.of(2026, 11, 25), incident.awareOn());
        assertEquals(IncidentSummary.OPEN, incident.status());
    }
}
