package jp.itaku.gateway.portal.client;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.matchingrules.NullMatcher;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import jp.itaku.gateway.portal.web.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal (gateway) as inspection-service's consumer: the main read of each page that shows inspection-service's
 * data (the chain, the plan and its summary, incidents with their clocks and detail, the report form's vocabulary,
 * checks, improvement requests, self-reports, notice settings), through {@link InspectionClient} and its records.
 * Written to pacts/gateway-inspection-service.json; inspection-service's build replays it
 * ({@code InspectionPactVerificationTest}), so renaming or dropping a field read here fails there.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "inspection-service", pactVersion = PactSpecVersion.V3)
class InspectionClientPactTest {

    static final String ENGAGEMENT = "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
    static final String INCIDENT = "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e02";
    static final String CHECK = "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e03";
    static final String SELF_REPORT = "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e04";
    static final String TOKEN = "consumer-token";
    /** What the mock server answers for a field that may be null (a string of the field's type). */
    static final String SAMPLE = "（例）";
    static final String INCIDENT_STATE = "an approved engagement with an open incident";
    static final String CHECK_STATE = "a completed check with one finding";
    static final String SELF_REPORT_STATE = "a contractor's self-report in draft";

    private static PactDslJsonBody nullable(PactDslJsonBody body, String name, Object example) {
        // the example must not be null: a type matcher on a null example accepts nothing but null
        return body.or(name, example == null ? SAMPLE : example, TypeMatcher.INSTANCE, NullMatcher.INSTANCE);
    }

    private static PactDslJsonBody clock(PactDslJsonBody body) {
        nullable(body, "due", "2026-12-04");
        return body.integerType("daysLeft", 3).booleanType("applies", true).booleanType("reported", false)
                .booleanType("overdue", false);
    }

    /** The fields of {@link Incident}, into an object already opened. */
    private static PactDslJsonBody incident(PactDslJsonBody body) {
        body.stringType("id", INCIDENT).stringType("engagementTitle", "住民税関係帳票の印刷・封入封緘業務")
                .stringType("nodeName", "株式会社アルファ情報処理").integerType("depth", 1)
                .stringType("title", "帳票1枚の誤送付").stringMatcher("status", "OPEN|CLOSED", "OPEN")
                .booleanType("reportable", false)
                .minArrayLike("categories", 0, PactDslJsonRootValue.stringType("要配慮個人情報"), 1)
                .booleanType("myNumber", false);
        nullable(body, "affectedCount", 1);
        nullable(body, "awareOn", "2026-12-01");
        clock(body.object("quickReport")).closeObject();
        clock(body.object("finalReport")).closeObject();
        return body.booleanType("acknowledged", false);
    }

    private static PactDslJsonBody improvement(PactDslJsonBody body) {
        body.stringType("id", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e05").stringType("category", "記録媒体");
        nullable(body, "description", "USBメモリの接続制限が一部端末で未設定");
        body.localDate("deadline", "yyyy-MM-dd", LocalDate.of(2027, 1, 31)).stringMatcher("status", "OPEN|RESPONDED|CLOSED", "OPEN")
                .booleanType("overdue", false);
        for (String field : new String[]{"response", "respondedAt", "respondedBy", "closingComment", "closedAt", "closedBy"}) {
            nullable(body, field, null);
        }
        return body;
    }

    private static PactDslJsonBody evidence(PactDslJsonBody body) {
        return body.stringType("id", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e06").stringType("fileName", "写真.jpg")
                .integerType("sizeBytes", 2048).stringType("uploadedAt", "2026-12-01T10:00:00+09:00")
                .stringType("uploadedBy", "inspector@t");
    }

    private static PactDslJsonBody terms(PactDslJsonBody body, String name, String code, String label, String english) {
        return body.minArrayLike(name, 1).stringType("code", code).stringType("label", label)
                .stringType("labelEn", english).closeObject().closeArray().asBody();
    }

    @Pact(consumer = "gateway")
    RequestResponsePact chainPlanAndIncidents(PactDslWithProvider builder) {
        PactDslJsonBody engagement = new PactDslJsonBody().stringType("id", ENGAGEMENT)
                .stringType("title", "住民税関係帳票の印刷・封入封緘業務").stringType("division", "税務課")
                .stringType("status", "ACTIVE");
        PactDslJsonBody engagements = new PactDslJsonBody();
        engagements.minArrayLike("items", 1).stringType("id", ENGAGEMENT)
                .stringType("title", "住民税関係帳票の印刷・封入封緘業務").closeObject().closeArray();
        engagements.integerType("total", 1);

        PactDslJsonBody chain = PactDslJsonArray.arrayMinLike(1);
        chain.stringType("id", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e07").stringType("engagementId", ENGAGEMENT);
        nullable(chain, "parentId", null);
        chain.integerType("depth", 1).stringType("name", "株式会社アルファ情報処理");
        nullable(chain, "workPart", null);
        nullable(chain, "personalInfo", null);
        nullable(chain, "location", null);
        chain.stringMatcher("status", "ACTIVE|PENDING|REFUSED|REMOVED", "ACTIVE");
        for (String field : new String[]{"subcontractFileName", "requestedAt", "requestedBy", "decidedAt", "decisionComment"}) {
            nullable(chain, field, null);
        }
        DslPart chainArray = chain.closeObject();

        // the chain as a tree: the node (as above, with its organisation code) and inspection-service's roll-up
        PactDslJsonBody tree = PactDslJsonArray.arrayMinLike(1);
        PactDslJsonBody treeNode = tree.object("node").stringType("id", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e07")
                .stringType("engagementId", ENGAGEMENT);
        nullable(treeNode, "parentId", null);
        treeNode.integerType("depth", 1).stringType("name", "株式会社アルファ情報処理");
        nullable(treeNode, "orgCode", "org-alpha");
        nullable(treeNode, "workPart", null);
        treeNode.stringMatcher("status", "ACTIVE|PENDING|REFUSED|REMOVED", "ACTIVE");
        nullable(treeNode, "decidedAt", null);
        nullable(treeNode, "decisionComment", null);
        treeNode.closeObject();
        tree.minArrayLike("unmetElements", 0, PactDslJsonRootValue.stringType("C2"), 1);
        PactDslJsonBody next = tree.object("nextInspection").stringType("planEntryId", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e08")
                .stringMatcher("state", "OVERDUE|DUE|SCHEDULED|DONE", "SCHEDULED")
                .localDate("dueOn", "yyyy-MM-dd", LocalDate.of(2027, 4, 1));
        next.closeObject();
        tree.integerType("openImprovements", 0).integerType("overdueImprovements", 0)
                .stringType("concern", "NONE").stringType("subtreeConcern", "NONE")
                .stringType("subtreeConcernAt", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e07").integerType("subtreeConcernCount", 1);
        DslPart treeArray = tree.closeObject();

        PactDslJsonBody plan = new PactDslJsonBody();
        PactDslJsonBody entry = plan.minArrayLike("items", 1).stringType("id", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e08")
                .stringType("nodeName", "株式会社アルファ情報処理").integerType("depth", 1)
                .stringType("engagementId", ENGAGEMENT).stringType("engagementTitle", "住民税関係帳票の印刷・封入封緘業務")
                .stringMatcher("state", "OVERDUE|DUE|SCHEDULED|DONE", "SCHEDULED").localDate("dueOn", "yyyy-MM-dd", LocalDate.of(2027, 4, 1));
        nullable(entry, "lastDoneOn", null);
        nullable(entry, "method", "ONSITE");
        nullable(entry, "assignee", null);
        entry.closeObject().closeArray();
        plan.integerType("total", 1);

        PactDslJsonBody summary = new PactDslJsonBody().integerType("overdue", 0).integerType("due", 0)
                .integerType("done", 0).integerType("scheduled", 1);

        PactDslJsonBody incidents = new PactDslJsonBody();
        incident(incidents.minArrayLike("items", 1)).closeObject().closeArray();
        incidents.integerType("total", 1);

        PactDslJsonBody detail = new PactDslJsonBody();
        incident(detail.object("summary")).closeObject();
        for (String field : new String[]{"overHundredAt", "signedOffAt", "signedOffBy", "closedAt", "closedBy"}) {
            nullable(detail, field, null);
        }
        PactDslJsonBody step = detail.minArrayLike("steps", 0, 1).stringType("step", "TO_CHIEF")
                .stringType("label", "総括保護管理者への報告").stringType("recipientRole", "chief-protection-manager")
                .stringType("recipientLabel", "総括保護管理者");
        for (String field : new String[]{"requestedAt", "requestedBy", "acknowledgedAt", "acknowledgedBy", "note", "escalatedAt"}) {
            nullable(step, field, null);
        }
        step.closeObject().closeArray();
        detail.minArrayLike("timeline", 1).stringType("at", "2026-12-01T10:00:00+09:00").stringType("actor", "inspector@t")
                .stringType("text", "事故等を報告しました。").closeObject().closeArray();
        PactDslJsonBody measure = detail.minArrayLike("measures", 0, 1).stringType("description", "宛名の二重確認")
                .stringType("statusLabel", "計画");
        nullable(measure, "improvementRequestId", null);
        nullable(measure, "planEntryId", null);
        measure.closeObject().closeArray();
        detail.minArrayLike("reports", 0, 1).integerType("version", 1).stringType("kindLabel", "速報")
                .stringType("createdAt", "2026-12-01T10:00:00+09:00").stringType("createdBy", "protection-manager@t")
                .closeObject().closeArray();
        evidence(detail.minArrayLike("evidence", 0, 1)).closeObject().closeArray();
        detail.minArrayLike("ppcItems", 0, 1).stringType("number", "1").stringType("heading", "概要")
                .stringType("text", "帳票1枚の誤送付").closeObject().closeArray();

        PactDslJsonBody vocabulary = new PactDslJsonBody();
        PactDslJsonBody category = vocabulary.minArrayLike("categories", 1).stringType("code", "SENSITIVE");
        nullable(category, "mark", "イ");
        category.stringType("label", "要配慮個人情報が含まれる");
        nullable(category, "citation", "規則第43条第1号");
        category.closeObject().closeArray();
        vocabulary.minArrayLike("causeParties", 1).stringType("code", "CONTRACTOR").stringType("label", "委託先")
                .closeObject().closeArray();

        PactDslJsonBody settings = new PactDslJsonBody().booleanType("registered", false);
        nullable(settings, "email", "inspector@example.jp");
        nullable(settings, "delivery", "IMMEDIATE");
        PactDslJsonBody labels = new PactDslJsonBody();
        terms(labels, "planStates", "OVERDUE", "期限超過", "Overdue");
        terms(labels, "checkMethods", "ONSITE", "実地", "On site");
        terms(labels, "chainStatuses", "PENDING", "承認待ち", "Awaiting approval");
        terms(labels, "improvementStatuses", "OPEN", "未対応", "Open");
        terms(labels, "selfReportStatuses", "DRAFT", "作成中", "Draft");
        terms(labels, "chainConcerns", "INSPECTION_OVERDUE", "検査期限超過", "Inspection overdue");

        return builder
                .given(INCIDENT_STATE).uponReceiving("the labels of inspection-service's codes")
                .method("GET").path("/api/inspections/vocabulary")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(labels)
                .given(INCIDENT_STATE).uponReceiving("the engagements the chain and incident pages list")
                .method("GET").path("/api/inspections/engagements").query("size=200")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(engagements)
                .given(INCIDENT_STATE).uponReceiving("the chain page's engagement")
                .method("GET").pathFromProviderState("/api/inspections/engagements/${id}", "/api/inspections/engagements/" + ENGAGEMENT)
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(engagement)
                .given(INCIDENT_STATE).uponReceiving("an engagement's subcontracting chain")
                .method("GET").pathFromProviderState("/api/inspections/engagements/${id}/chain",
                        "/api/inspections/engagements/" + ENGAGEMENT + "/chain")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(chainArray)
                .given(INCIDENT_STATE).uponReceiving("an engagement's chain as a tree with its roll-up")
                .method("GET").pathFromProviderState("/api/inspections/engagements/${id}/chain/tree",
                        "/api/inspections/engagements/" + ENGAGEMENT + "/chain/tree")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(treeArray)
                .given(INCIDENT_STATE).uponReceiving("the inspection plan")
                .method("GET").path("/api/inspections/plan").query("size=200")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(plan)
                .given(INCIDENT_STATE).uponReceiving("the plan's summary for the dashboard")
                .method("GET").path("/api/inspections/plan/summary")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(summary)
                .given(INCIDENT_STATE).uponReceiving("the incidents with their clocks")
                .method("GET").path("/api/inspections/incidents").query("size=200")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(incidents)
                .given(INCIDENT_STATE).uponReceiving("an incident with its steps and timeline")
                .method("GET").pathFromProviderState("/api/inspections/incidents/${incident}", "/api/inspections/incidents/" + INCIDENT)
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(detail)
                .given(INCIDENT_STATE).uponReceiving("the codes the incident form offers")
                .method("GET").path("/api/inspections/incidents/vocabulary")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(vocabulary)
                .given(INCIDENT_STATE).uponReceiving("the person's notice settings")
                .method("GET").path("/api/inspections/notice-settings")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(settings)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "chainPlanAndIncidents")
    void readsTheChainPlanAndIncidentPagesIntoTheirRecords(MockServer inspections) {
        InspectionClient client = new InspectionClient(TestServices.at(inspections.getUrl(), TOKEN));

        assertEquals(ENGAGEMENT, client.engagements().get(0).id());
        assertEquals("住民税関係帳票の印刷・封入封緘業務", client.engagement(UUID.fromString(ENGAGEMENT)).title());
        ChainNode node = client.chain(UUID.fromString(ENGAGEMENT)).get(0);
        assertTrue(node.active());
        assertEquals(1, node.depth());
        assertEquals(SAMPLE, node.parentId());

        ChainTreeNode top = client.chainTree(UUID.fromString(ENGAGEMENT)).get(0);
        assertEquals(1, top.node().depth());
        assertEquals("org-alpha", top.node().orgCode());
        assertEquals("SCHEDULED", top.nextInspection().state());
        assertEquals("NONE", top.subtreeConcern());
        assertFalse(top.worstBelow());
        assertEquals(0, top.overdueImprovements());

        PlanEntry entry = client.plan().get(0);
        assertEquals("SCHEDULED", entry.state());
        assertEquals(ENGAGEMENT, entry.engagementId());
        assertEquals(1, client.planSummary().scheduled());

        Incident incident = client.incidents(null).get(0);
        assertEquals("帳票1枚の誤送付", incident.title());
        assertFalse(incident.overdue());
        assertEquals(3, incident.quickReport().daysLeft());

        IncidentDetail detail = client.incident(UUID.fromString(INCIDENT));
        assertEquals(INCIDENT, detail.summary().id());
        assertEquals("事故等を報告しました。", detail.timeline().get(0).text());
        assertEquals("総括保護管理者", detail.steps().get(0).recipientLabel());

        IncidentDetail.Vocabulary vocabulary = client.incidentVocabulary();
        assertEquals("SENSITIVE", vocabulary.categories().get(0).code());
        assertEquals("委託先", vocabulary.causeParties().get(0).label());

        InspectionVocabulary labels = client.vocabulary();
        assertEquals("期限超過", labels.labels(java.util.Locale.JAPANESE).planStates().get("OVERDUE"));
        assertEquals("On site", labels.labels(java.util.Locale.ENGLISH).checkMethods().get("ONSITE"));
        assertEquals("承認待ち", labels.chainStatuses().get(0).label());
        assertEquals("OPEN", labels.improvementStatuses().get(0).code());
        assertEquals("Draft", labels.selfReportStatuses().get(0).labelEn());
        assertEquals("検査期限超過", labels.labels(java.util.Locale.JAPANESE).chainConcerns().get("INSPECTION_OVERDUE"));

        NoticeSettings settings = client.noticeSettings();
        assertFalse(settings.registered());
        assertEquals("IMMEDIATE", settings.delivery());
    }

    @Pact(consumer = "gateway")
    RequestResponsePact checkAndImprovements(PactDslWithProvider builder) {
        PactDslJsonBody check = new PactDslJsonBody().stringType("id", CHECK);
        nullable(check, "nodeName", "株式会社アルファ情報処理");
        check.localDate("performedOn", "yyyy-MM-dd", LocalDate.of(2026, 12, 1)).stringType("place", "本社データセンター")
                .minArrayLike("attendees", 1, PactDslJsonRootValue.stringType("情報管理部長　山田太郎"), 1)
                .stringType("inspector", "inspector@t").stringMatcher("status", "DRAFT|COMPLETED", "COMPLETED");
        PactDslJsonBody item = check.minArrayLike("items", 1).stringType("code", "MEDIA").stringType("category", "記録媒体")
                .stringType("text", "記録媒体の管理");
        nullable(item, "reference", "第6-17");
        nullable(item, "result", "FINDING");
        nullable(item, "note", "USBメモリの接続制限が一部端末で未設定");
        nullable(item, "deadline", "2027-01-31");
        item.closeObject().closeArray();
        improvement(check.minArrayLike("improvements", 1)).closeObject().closeArray();
        evidence(check.minArrayLike("evidence", 0, 1)).closeObject().closeArray();

        PactDslJsonBody improvements = new PactDslJsonBody();
        improvement(improvements.minArrayLike("items", 1)).closeObject().closeArray();
        improvements.integerType("total", 1);

        return builder
                .given(CHECK_STATE).uponReceiving("a check's log")
                .method("GET").pathFromProviderState("/api/inspections/checks/${id}", "/api/inspections/checks/" + CHECK)
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(check)
                .given(CHECK_STATE).uponReceiving("the improvement requests")
                .method("GET").path("/api/inspections/improvements").query("size=200")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(improvements)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "checkAndImprovements")
    void readsTheCheckAndImprovementPagesIntoTheirRecords(MockServer inspections) {
        InspectionClient client = new InspectionClient(TestServices.at(inspections.getUrl(), TOKEN));

        Check check = client.check(UUID.fromString(CHECK));
        assertEquals("COMPLETED", check.status());
        assertEquals("MEDIA", check.items().get(0).code());
        assertEquals("FINDING", check.items().get(0).result());
        assertEquals("記録媒体", check.improvements().get(0).category());

        Improvement improvement = client.improvements().get(0);
        assertEquals("OPEN", improvement.status());
        assertEquals(SAMPLE, improvement.response());
    }

    @Pact(consumer = "gateway")
    RequestResponsePact selfReports(PactDslWithProvider builder) {
        PactDslJsonBody list = new PactDslJsonBody();
        PactDslJsonBody summary = list.minArrayLike("items", 1).stringType("id", SELF_REPORT)
                .stringType("nodeId", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e07").stringType("engagementId", ENGAGEMENT)
                .stringMatcher("status", "DRAFT|SUBMITTED|ACCEPTED|RETURNED", "DRAFT");
        nullable(summary, "submittedAt", null);
        nullable(summary, "submittedBy", null);
        summary.closeObject().closeArray();
        list.integerType("total", 1);

        PactDslJsonBody report = new PactDslJsonBody().stringType("id", SELF_REPORT)
                .stringType("nodeId", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e07").stringType("engagementId", ENGAGEMENT)
                .integerType("questionnaireVersion", 1).stringMatcher("status", "DRAFT|SUBMITTED|ACCEPTED|RETURNED", "DRAFT");
        PactDslJsonBody question = report.minArrayLike("questions", 1).stringType("id", "Q1")
                .stringType("text", "誓約書を取得していますか。").stringMatcher("kind", "YES_NO|TEXT", "YES_NO")
                .booleanType("required", true);
        nullable(question, "reference", "第8-4(1)");
        question.closeObject().closeArray();
        PactDslJsonBody answer = report.minArrayLike("answers", 0, 1).stringType("questionId", "Q1");
        nullable(answer, "answer", "YES");
        nullable(answer, "comment", null);
        answer.closeObject().closeArray();
        evidence(report.minArrayLike("evidence", 0, 1)).closeObject().closeArray();
        for (String field : new String[]{"submittedAt", "submittedBy", "reviewedAt", "reviewedBy", "reviewComment"}) {
            nullable(report, field, null);
        }

        return builder
                .given(SELF_REPORT_STATE).uponReceiving("the self-reports")
                .method("GET").path("/api/inspections/self-reports").query("size=200")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(list)
                .given(SELF_REPORT_STATE).uponReceiving("a self-report with its questions and answers")
                .method("GET").pathFromProviderState("/api/inspections/self-reports/${id}", "/api/inspections/self-reports/" + SELF_REPORT)
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(report)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "selfReports")
    void readsTheSelfReportPagesIntoTheirRecords(MockServer inspections) {
        InspectionClient client = new InspectionClient(TestServices.at(inspections.getUrl(), TOKEN));

        SelfReport listed = client.selfReports().get(0);
        assertTrue(listed.open());
        assertEquals(ENGAGEMENT, listed.engagementId());

        SelfReport report = client.selfReport(UUID.fromString(SELF_REPORT));
        assertEquals("Q1", report.questions().get(0).id());
        assertTrue(report.questions().get(0).required());
        assertEquals("YES", report.answers().get(0).answer());
        assertEquals(1, report.questionnaireVersion());
    }

    static final String PENDING_STATE = "an approved engagement with a pending re-subcontracting request";

    /** The approval queue: every pending re-subcontracting request, with the subcontract's verification, in one call. */
    @Pact(consumer = "gateway")
    RequestResponsePact pendingSubcontracts(PactDslWithProvider builder) {
        PactDslJsonBody pending = PactDslJsonArray.arrayMinLike(1);
        PactDslJsonBody node = pending.object("node");
        node.stringType("id", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e09").stringType("engagementId", ENGAGEMENT)
                .stringType("parentId", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e07")
                .integerType("depth", 2).stringType("name", "ベータ印刷株式会社");
        nullable(node, "workPart", "データ入力業務の一部");
        nullable(node, "personalInfo", "氏名、住所、生年月日");
        nullable(node, "location", "東京都千代田区の再委託先事業所");
        node.stringValue("status", "PENDING");
        nullable(node, "subcontractFileName", "subcontract.txt");
        node.stringType("requestedAt", "2026-12-01T10:00:00+09:00").stringType("requestedBy", "contractor@t");
        nullable(node, "decidedAt", null);
        nullable(node, "decisionComment", null);
        PactDslJsonBody element = node.object("verification").minArrayLike("elements", 1)
                .stringType("id", "C2").stringMatcher("status", "satisfied|missing|contradicted", "missing");
        nullable(element, "explanation", "再委託の制限に関する条項");
        element.closeObject().closeArray().closeObject();
        node.closeObject();
        pending.stringType("engagementTitle", "住民情報システム運用保守業務");
        return builder
                .given(PENDING_STATE).uponReceiving("every pending re-subcontracting request (approval queue)")
                .method("GET").path("/api/inspections/subcontract-requests")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(pending.closeObject())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "pendingSubcontracts")
    void readsThePendingRequestsIntoTheirRecords(MockServer inspections) {
        InspectionClient client = new InspectionClient(TestServices.at(inspections.getUrl(), TOKEN));
        PendingSubcontract pending = client.pendingSubcontracts().get(0);
        assertEquals("住民情報システム運用保守業務", pending.engagementTitle());
        assertTrue(pending.node().pending());
        assertEquals(2, pending.node().depth());
        assertEquals("missing", pending.node().verification().elements().get(0).status());
        assertEquals("subcontract.txt", pending.node().subcontractFileName());
    }

    // ---- what the pages send (request records, matched whole) ----

    static final String NODE = "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e08";
    static final AnswersInput ANSWERS = new AnswersInput(List.of(new AnswersInput.AnswerInput("Q1", "NO", "一部の端末で未実施")));
    static final SubcontractDecisionInput DECISION = new SubcontractDecisionInput("APPROVE", "再委託先の安全管理体制を確認した。");
    static final IncidentInput INCIDENT_INPUT = new IncidentInput(NODE, "通知書1通の誤送付", "2026-12-01", "2026-12-02", null,
            "委託先の作業員", List.of(), false, false, null, "封入時に別人の通知書が同封された。", "氏名、住所", 1, null,
            null, null, null, null);

    @Pact(consumer = "gateway")
    RequestResponsePact writes(PactDslWithProvider builder) {
        return builder
                .given(SELF_REPORT_STATE).uponReceiving("a contractor saves the self-report's answers")
                .method("PUT").pathFromProviderState("/api/inspections/self-reports/${id}/answers",
                        "/api/inspections/self-reports/" + SELF_REPORT + "/answers")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .headers("Content-Type", "application/json")
                .body(PactBodies.request(ANSWERS, Map.of()))
                .willRespondWith().status(200)
                .given(PENDING_STATE).uponReceiving("the protection manager approves a re-subcontracting request")
                .method("POST").pathFromProviderState("/api/inspections/nodes/${node}/decision",
                        "/api/inspections/nodes/" + NODE + "/decision")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .headers("Content-Type", "application/json")
                .body(PactBodies.request(DECISION, Map.of()))
                .willRespondWith().status(200)
                .given(INCIDENT_STATE).uponReceiving("an inspector files an incident on a chain node")
                .method("POST").path("/api/inspections/incidents")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .headers("Content-Type", "application/json")
                .body(PactBodies.request(INCIDENT_INPUT, Map.of("nodeId", "node")))
                .willRespondWith().status(201)
                .body(new PactDslJsonBody().object("summary").stringType("id", INCIDENT).closeObject())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "writes")
    void sendsThePagesRequestRecords(MockServer inspections) {
        InspectionClient client = new InspectionClient(TestServices.at(inspections.getUrl(), TOKEN));
        client.saveAnswers(UUID.fromString(SELF_REPORT), ANSWERS);
        client.decideSubcontract(UUID.fromString(NODE), DECISION);
        assertEquals(INCIDENT, client.fileIncident(INCIDENT_INPUT).summary().id());
    }
}
