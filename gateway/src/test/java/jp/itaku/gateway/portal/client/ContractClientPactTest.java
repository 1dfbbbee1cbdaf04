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
import jp.itaku.api.Term;
import jp.itaku.gateway.portal.web.Services;
import jp.itaku.gateway.portal.web.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal (gateway) as contract-service's consumer: the main read of each page that shows contract-service's data
 * (contractors, engagements, an engagement, its drafts, a draft's verification and text, the vocabulary the filters
 * and forms offer, the auditor's chain verification, records and analysis), through {@link ContractClient} and the
 * records it reads. Written to pacts/gateway-contract-service.json; contract-service's build replays it
 * ({@code ContractPactVerificationTest}), so renaming or dropping a field read here fails there.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "contract-service", pactVersion = PactSpecVersion.V3)
class ContractClientPactTest {

    static final String ENGAGEMENT = "7b0e4f3a-1c2d-4e5f-8a9b-0c1d2e3f4a01";
    static final String TOKEN = "consumer-token";
    /** What the mock server answers for a field that may be null (a string of the field's type). */
    static final String SAMPLE = "（例）";
    static final String DRAFT_STATE = "an engagement with one verified draft";
    static final String AUDIT_STATE = "an auditor of a tenant with access records";

    private static PactDslJsonBody nullable(PactDslJsonBody body, String name, String example) {
        // the example must not be null: a type matcher on a null example accepts nothing but null
        return body.or(name, example == null ? SAMPLE : example, TypeMatcher.INSTANCE, NullMatcher.INSTANCE);
    }

    /** The fields of {@link Contractor}, into an object already opened. */
    private static PactDslJsonBody contractor(PactDslJsonBody body) {
        body.stringType("id", "7b0e4f3a-1c2d-4e5f-8a9b-0c1d2e3f4a02");
        nullable(body, "name", "株式会社アルファ");
        nullable(body, "corporateNumber", "1234567890123");
        nullable(body, "orgCode", "org-alpha");
        body.booleanType("certificationExpired", false);
        body.minArrayLike("expiredCertifications", 0, PactDslJsonRootValue.stringType("プライバシーマーク"), 1);
        return body;
    }

    /** The fields of {@link Engagement}, into an object already opened. */
    private static PactDslJsonBody engagement(PactDslJsonBody body) {
        body.stringType("id", ENGAGEMENT)
                .stringType("title", "住民税関係帳票の印刷・封入封緘業務")
                .stringType("division", "税務課")
                .stringMatcher("kind", "OUTSOURCING|DISPATCH", "OUTSOURCING")
                .stringType("kindLabel", "業務委託");
        contractor(body.object("contractor")).closeObject();
        body.stringType("sensitivity", "HIGH")
                .stringType("sensitivityLabel", "高")
                .localDate("periodStart", "yyyy-MM-dd", LocalDate.of(2026, 4, 1))
                .localDate("periodEnd", "yyyy-MM-dd", LocalDate.of(2027, 3, 31))
                .minArrayLike("infoCategories", 1, PactDslJsonRootValue.stringType("氏名"), 1)
                .integerType("recordCount", 52000);
        PactDslJsonBody location = body.minArrayLike("locations", 1)
                .stringType("purpose", "HANDLING").stringType("purposeLabel", "取扱い")
                .stringType("placeType", "CONTRACTOR_PREMISES").stringType("placeTypeLabel", "委託先の事業所");
        nullable(location, "description", "乙の印刷工場（埼玉県）");
        location.booleanType("needsReview", false).closeObject().closeArray();
        body.stringType("state", "DRAFTING").stringType("stateLabel", "起案");
        return body;
    }

    private static PactDslJsonBody draft(PactDslJsonBody body) {
        return body.integerType("version", 1).stringType("fileName", "契約書案.txt")
                .stringType("kind", "outsourcing").stringType("kindLabel", "業務委託契約")
                .integerType("satisfied", 3).integerType("missing", 10).integerType("contradicted", 0)
                .stringType("uploadedAt", "2026-12-01T10:00:00+09:00").stringType("uploadedBy", "procurement-officer@t");
    }

    private static PactDslJsonBody terms(PactDslJsonBody body, String name, String code, String label, String english) {
        return body.minArrayLike(name, 1).stringType("code", code).stringType("label", label)
                .stringType("labelEn", english).closeObject().closeArray().asBody();
    }

    @Pact(consumer = "gateway")
    RequestResponsePact engagementPages(PactDslWithProvider builder) {
        PactDslJsonBody contractors = new PactDslJsonBody();
        contractor(contractors.minArrayLike("items", 1)).closeObject().closeArray();
        contractors.integerType("total", 1);

        PactDslJsonBody engagements = new PactDslJsonBody();
        engagement(engagements.minArrayLike("items", 1)).closeObject().closeArray();
        engagements.integerType("total", 1);

        PactDslJsonBody detail = new PactDslJsonBody();
        engagement(detail.object("engagement")).closeObject();
        PactDslJsonBody transition = detail.minArrayLike("history", 0, 1);
        nullable(transition, "from", null);
        nullable(transition, "fromLabel", null);
        transition.stringType("to", "DRAFTING").stringType("toLabel", "起案");
        nullable(transition, "note", null);
        transition.stringType("at", "2026-12-01T10:00:00+09:00").stringType("by", "procurement-officer@t")
                .closeObject().closeArray();

        PactDslJsonBody draftItem = PactDslJsonArray.arrayMinLike(1);
        DslPart drafts = draft(draftItem).closeObject();

        PactDslJsonBody verification = new PactDslJsonBody();
        draft(verification.object("draft")).closeObject();
        PactDslJsonBody element = verification.minArrayLike("elements", 1)
                .stringType("id", "C1a").stringType("name", "秘密保持")
                .stringMatcher("status", "satisfied|missing|contradicted", "satisfied").stringType("statusLabel", "充足");
        PactDslJsonBody evidence = element.minArrayLike("evidence", 0, 1);
        nullable(evidence, "article", "第3条");
        evidence.integerType("start", 10).integerType("end", 30).stringType("text", "乙は、秘密を保持する。")
                .closeObject().closeArray();
        nullable(element, "explanation", "秘密保持の条項があります。");
        nullable(element, "suggestedClause", null);
        element.closeObject().closeArray();

        PactDslJsonBody text = new PactDslJsonBody().integerType("version", 1).stringType("fileName", "契約書案.txt")
                .stringType("text", "業務委託契約書\n第1条　……");

        PactDslJsonBody vocabulary = new PactDslJsonBody();
        terms(vocabulary, "engagementStates", "DRAFTING", "起案", "Drafting");
        terms(vocabulary, "engagementKinds", "OUTSOURCING", "業務委託", "Outsourcing");
        terms(vocabulary, "sensitivities", "HIGH", "高", "High");
        terms(vocabulary, "locationPurposes", "HANDLING", "取扱い", "Handling");
        terms(vocabulary, "placeTypes", "CLOUD", "クラウドサービス", "Cloud service");
        terms(vocabulary, "accessActions", "EXPORT", "出力", "Export");
        terms(vocabulary, "accessOutcomes", "DENIED", "拒否", "Denied");

        String engagementPath = "/api/contracts/engagements/" + ENGAGEMENT;
        return builder
                .given(DRAFT_STATE).uponReceiving("the contractors page's list")
                .method("GET").path("/api/contracts/contractors").query("size=200")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(contractors)
                .given(DRAFT_STATE).uponReceiving("the engagements page's list")
                .method("GET").path("/api/contracts/engagements").query("size=200")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(engagements)
                .given(DRAFT_STATE).uponReceiving("an engagement with its history")
                .method("GET").pathFromProviderState("/api/contracts/engagements/${id}", engagementPath)
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(detail)
                .given(DRAFT_STATE).uponReceiving("an engagement's drafts")
                .method("GET").pathFromProviderState("/api/contracts/engagements/${id}/drafts", engagementPath + "/drafts")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(drafts)
                .given(DRAFT_STATE).uponReceiving("a draft's verification")
                .method("GET").pathFromProviderState("/api/contracts/engagements/${id}/drafts/1", engagementPath + "/drafts/1")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(verification)
                .given(DRAFT_STATE).uponReceiving("a draft's extracted text")
                .method("GET").pathFromProviderState("/api/contracts/engagements/${id}/drafts/1/text",
                        engagementPath + "/drafts/1/text")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(text)
                .given(DRAFT_STATE).uponReceiving("the vocabulary the filters and forms offer")
                .method("GET").path("/api/contracts/vocabulary")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(vocabulary)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "engagementPages")
    void readsEveryEngagementPageIntoItsRecords(MockServer contracts) {
        ContractClient client = new ContractClient(TestServices.at(contracts.getUrl(), TOKEN));

        Contractor contractor = client.contractors().get(0);
        assertEquals("株式会社アルファ", contractor.name());
        assertFalse(contractor.certificationExpired());

        Engagement listed = client.engagements(null).get(0);
        assertEquals("税務課", listed.division());
        assertEquals("起案", listed.stateLabel());

        EngagementDetail detail = client.engagement(UUID.fromString(ENGAGEMENT));
        assertEquals("住民税関係帳票の印刷・封入封緘業務", detail.engagement().title());
        assertEquals("org-alpha", detail.engagement().contractor().orgCode());
        assertEquals("委託先の事業所", detail.engagement().locations().get(0).placeTypeLabel());
        assertEquals("起案", detail.history().get(0).toLabel());

        Draft draft = client.drafts(UUID.fromString(ENGAGEMENT)).get(0);
        assertEquals(1, draft.version());
        assertEquals(10, draft.missing());

        Verification verification = client.draft(UUID.fromString(ENGAGEMENT), 1);
        Verification.Element element = verification.elements().get(0);
        assertTrue(element.satisfied());
        assertEquals(10, element.evidence().get(0).start());
        assertEquals("乙は、秘密を保持する。", element.evidence().get(0).text());
        assertEquals("契約書案.txt", verification.draft().fileName());

        assertTrue(client.draftText(UUID.fromString(ENGAGEMENT), 1).text().startsWith("業務委託契約書"));

        ContractVocabulary vocabulary = client.vocabulary();
        assertEquals(List.of(new Term("DRAFTING", "起案", "Drafting")), vocabulary.engagementStates());
        assertEquals("Cloud service", ContractVocabulary.labels(vocabulary.placeTypes(), Locale.ENGLISH).get("CLOUD"));
        assertEquals("高", ContractVocabulary.labels(vocabulary.sensitivities(), Locale.JAPANESE).get("HIGH"));
        assertEquals("出力", ContractVocabulary.labels(vocabulary.accessActions(), Locale.JAPANESE).get("EXPORT"));
        assertEquals("Denied", ContractVocabulary.labels(vocabulary.accessOutcomes(), Locale.ENGLISH).get("DENIED"));
    }

    @Pact(consumer = "gateway")
    RequestResponsePact auditPages(PactDslWithProvider builder) {
        PactDslJsonBody verification = new PactDslJsonBody().booleanType("intact", true).integerType("records", 3)
                .integerType("firstSeq", 1).integerType("headSeq", 3).integerType("anchorsChecked", 0)
                .nullValue("firstProblem");

        PactDslJsonBody records = new PactDslJsonBody();
        PactDslJsonBody record = records.minArrayLike("items", 1)
                .integerType("seq", 1).stringType("recordedAt", "2026-12-01T01:00:00Z").stringType("service", "contract-service");
        nullable(record, "userName", "procurement-officer@t");
        nullable(record, "displayName", null);
        nullable(record, "roles", "procurement-officer");
        nullable(record, "orgCode", null);
        record.stringType("action", "CREATE").stringType("resourceType", "engagement");
        nullable(record, "resourceIds", "7b0e4f3a-1c2d-4e5f-8a9b-0c1d2e3f4a01");
        record.stringType("path", "/api/contracts/engagements").integerType("rowCount", 1)
                .stringMatcher("outcome", "ALLOWED|DENIED|CONFIRMATION_REQUIRED|FAILED", "ALLOWED")
                .integerType("status", 201);
        nullable(record, "clientAddress", "127.0.0.1");
        record.stringType("channel", "API");
        nullable(record, "bulkReason", null);
        record.closeObject().closeArray();
        records.integerType("total", 1);

        PactDslJsonBody analysis = new PactDslJsonBody().stringType("month", "2026-12").integerType("total", 3)
                .integerType("denied", 0).integerType("offHours", 0).integerType("bulk", 0).integerType("platformStaff", 0);
        PactDslJsonBody user = analysis.minArrayLike("users", 1);
        nullable(user, "userName", "procurement-officer@t");
        nullable(user, "displayName", null);
        nullable(user, "roles", "procurement-officer");
        user.integerType("accesses", 3).integerType("rows", 3).integerType("exports", 0).integerType("denied", 0)
                .integerType("offHours", 0).integerType("bulk", 0).closeObject().closeArray();
        analysis.array("deniedRecords").closeArray().asBody().array("bulkRecords").closeArray();

        return builder
                .given(AUDIT_STATE).uponReceiving("the hash chain's verification")
                .method("GET").path("/api/contracts/audit/verification")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(verification)
                .given(AUDIT_STATE).uponReceiving("the first page of access records")
                .method("GET").path("/api/contracts/audit/records").query("size=50&page=0")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(records)
                .given(AUDIT_STATE).uponReceiving("this month's analysis of the access records")
                .method("GET").path("/api/contracts/audit/analysis")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(analysis)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "auditPages")
    void readsTheAuditorsPagesIntoTheirRecords(MockServer contracts) {
        ContractClient client = new ContractClient(TestServices.at(contracts.getUrl(), TOKEN));

        Audit.ChainVerification verification = client.auditVerification();
        assertTrue(verification.intact());
        assertEquals(3, verification.headSeq());

        Services.PageOf<Audit.AccessRecord> records = client.accessRecords("size=50&page=0");
        assertEquals(1, records.total());
        assertEquals("ALLOWED", records.items().get(0).outcome());
        assertEquals("engagement", records.items().get(0).resourceType());

        Audit.Analysis analysis = client.analysis("");
        assertEquals("2026-12", analysis.month());
        assertEquals(3, analysis.users().get(0).accesses());
        assertNotNull(analysis.deniedRecords());
    }

    static final String REVIEW_STATE = "an engagement under review whose draft misses clauses";

    /** The dashboard and the approval queue: every engagement's latest draft in one call, all of them or under review. */
    @Pact(consumer = "gateway")
    RequestResponsePact latestDrafts(PactDslWithProvider builder) {
        PactDslJsonBody latest = PactDslJsonArray.arrayMinLike(1).stringType("engagementId", ENGAGEMENT);
        draft(latest.object("draft")).closeObject();
        latest.minArrayLike("openElements", 0, 1).stringType("id", "C2").stringType("name", "再委託の制限又は事前承認")
                .booleanType("required", true).stringMatcher("status", "missing|contradicted", "missing")
                .stringType("statusLabel", "欠落").closeObject().closeArray();
        DslPart list = latest.closeObject();
        return builder
                .given(REVIEW_STATE).uponReceiving("the latest draft of every engagement (dashboard)")
                .method("GET").path("/api/contracts/drafts/latest")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(list)
                .given(REVIEW_STATE).uponReceiving("the latest draft of every engagement under review (approval queue)")
                .method("GET").path("/api/contracts/drafts/latest").query("state=UNDER_REVIEW")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .willRespondWith().status(200).body(list)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "latestDrafts")
    void readsTheLatestDraftsIntoTheirRecords(MockServer contracts) {
        ContractClient client = new ContractClient(TestServices.at(contracts.getUrl(), TOKEN));

        LatestDraft all = client.latestDrafts(null).get(0);
        assertEquals(ENGAGEMENT, all.engagementId());
        assertEquals(10, all.draft().missing());
        assertEquals("C2 再委託の制限又は事前承認", all.openElements().get(0).id() + " " + all.openElements().get(0).name());
        assertTrue(all.openElements().get(0).missing());

        LatestDraft underReview = client.latestDrafts("UNDER_REVIEW").get(0);
        assertTrue(underReview.openElements().get(0).required());
        assertEquals("欠落", underReview.openElements().get(0).statusLabel());
        assertEquals(1, underReview.draft().version());
    }

    // ---- what the pages send (request records, matched whole) ----

    static final String CONTRACTOR_ID = "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e09";
    static final EngagementInput NEW_ENGAGEMENT = new EngagementInput("住民税関係帳票の印刷・封入封緘業務", "税務課",
            "OUTSOURCING", CONTRACTOR_ID, "HIGH", "2026-04-01", "2027-03-31", "12000", List.of("氏名", "住所", "税額"),
            List.of(new EngagementInput.LocationInput("HANDLING", "CONTRACTOR_PREMISES", "委託先の印刷工場（東京都江東区）")));

    @Pact(consumer = "gateway")
    RequestResponsePact writes(PactDslWithProvider builder) {
        return builder
                .given(DRAFT_STATE).uponReceiving("the officer creates an engagement from the new-engagement form")
                .method("POST").path("/api/contracts/engagements")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .headers("Content-Type", "application/json")
                .body(PactBodies.request(NEW_ENGAGEMENT, Map.of("contractorId", "contractor")))
                .willRespondWith().status(201).body(new PactDslJsonBody().stringType("id", ENGAGEMENT))
                .given(REVIEW_STATE).uponReceiving("the manager sends a draft under review back to drafting")
                .method("POST").pathFromProviderState("/api/contracts/engagements/${id}/transitions",
                        "/api/contracts/engagements/" + ENGAGEMENT + "/transitions")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN)
                .headers("Content-Type", "application/json")
                .body(PactBodies.request(new TransitionInput("DRAFTING", "再委託の制限（C2）を追記してください。"), Map.of()))
                .willRespondWith().status(200)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "writes")
    void sendsThePagesRequestRecords(MockServer contracts) {
        ContractClient client = new ContractClient(TestServices.at(contracts.getUrl(), TOKEN));
        assertEquals(ENGAGEMENT, client.createEngagement(NEW_ENGAGEMENT).id());
        client.transition(UUID.fromString(ENGAGEMENT), "DRAFTING", "再委託の制限（C2）を追記してください。");
    }
}
