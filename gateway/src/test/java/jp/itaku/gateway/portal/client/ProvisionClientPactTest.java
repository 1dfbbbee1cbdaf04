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
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jp.itaku.gateway.portal.client.ProvisionApi.Agreement;
import jp.itaku.gateway.portal.client.ProvisionApi.CloseInput;
import jp.itaku.gateway.portal.client.ProvisionApi.ResponseInput;
import jp.itaku.gateway.portal.client.ProvisionApi.ImprovementInput;
import jp.itaku.gateway.portal.client.ProvisionApi.InvestigationInput;
import jp.itaku.gateway.portal.client.ProvisionApi.IssueInput;
import jp.itaku.gateway.portal.client.ProvisionApi.Provision;
import jp.itaku.gateway.portal.client.ProvisionApi.ProvisionInput;
import jp.itaku.gateway.portal.client.ProvisionApi.RecipientInput;
import jp.itaku.gateway.portal.client.ProvisionApi.SafetyMeasureInput;
import jp.itaku.gateway.portal.web.ServiceException;
import jp.itaku.gateway.portal.web.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal as provision-service's consumer: every call the provision pages make through {@link ProvisionClient},
 * and every field its records read, as one pact (pacts/gateway-provision-service.json, committed). provision-service
 * replays it ({@code ProvisionPactVerificationTest}) with state handlers that create the data, so a renamed or dropped
 * field, a changed path or a changed refusal fails that build. Requests are matched whole: the bodies are exactly what
 * the client's input records serialise to.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "provision-service", pactVersion = PactSpecVersion.V3)
class ProvisionClientPactTest {

    static final String ID = "4b1d6a4e-8f0e-4c3b-9c53-0c6f3a1e2d01";
    static final String RECIPIENT = "4b1d6a4e-8f0e-4c3b-9c53-0c6f3a1e2d02";
    static final String OTHER = "4b1d6a4e-8f0e-4c3b-9c53-0c6f3a1e2d09";
    /** The draft with items missing: its own id, so that its refused issue and the complete draft's issue differ. */
    static final String MISSING = "4b1d6a4e-8f0e-4c3b-9c53-0c6f3a1e2d04";
    static final String SAFETY_ID = "4b1d6a4e-8f0e-4c3b-9c53-0c6f3a1e2d05";
    static final String IMPROVEMENT_ID = "4b1d6a4e-8f0e-4c3b-9c53-0c6f3a1e2d06";
    static final UUID ROW = UUID.fromString("4b1d6a4e-8f0e-4c3b-9c53-0c6f3a1e2d03");
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*";
    static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    static final String SETTING = "the agency's setting is saved";
    static final String A_RECIPIENT = "a recipient";
    static final String DRAFT_MISSING = "a draft provision missing its agreement items";
    static final String DRAFT_COMPLETE = "a complete draft provision";
    static final String AGREED = "an agreed provision with a safety-measure request, an investigation and an improvement request";
    static final String FOREIGN = "a provision of another agency";

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static final RecipientInput NEW_RECIPIENT = new RecipientInput("株式会社提供先", "PRIVATE_OR_INDIVIDUAL",
            "代表取締役 山田太郎", "東京都千代田区霞が関1-1-1", "情報管理部", "佐藤花子", "sato@example.jp", "03-1234-5678");
    static final ProvisionInput DRAFT = new ProvisionInput("総務課", "住民健診結果の提供", UUID.fromString(RECIPIENT),
            "健康診断結果ファイル", "ITEM_4", false, null, null, null, "疫学研究のための統計分析", null, null, null, null,
            null, null, null, null, null);
    static final ProvisionInput COMPLETE = new ProvisionInput("総務課", "住民健診結果の提供", UUID.fromString(RECIPIENT),
            "健康診断結果ファイル", "ITEM_4", false, null, null, null, "疫学研究のための統計分析", "健康増進法第16条",
            "令和5年度に受診した者の記録", "性別、年齢、検査結果", "暗号化した電子媒体", "オンライン提供なし", "年1回",
            LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), "施錠できる保管庫での保管");
    static final SafetyMeasureInput SAFETY = new SafetyMeasureInput(LocalDate.of(2026, 12, 1), "書面の交付",
            "施錠できる保管庫での保管", null, null);
    static final InvestigationInput INVESTIGATION = new InvestigationInput("AT_ANY_TIME", LocalDate.of(2026, 12, 1),
            "検査 一郎", "提供先の本社", "保管庫の施錠を確認した。", "IMPROVEMENT_REQUIRED", "持出し記録が不十分");
    static final ImprovementInput IMPROVEMENT = new ImprovementInput(null, LocalDate.of(2026, 12, 1),
            "持出し記録簿を備えること", LocalDate.of(2027, 1, 31));

    static final ResponseInput ANSWER = new ResponseInput("保管庫を施錠し鍵を管理者が保管します。", LocalDate.of(2026, 12, 1));
    static final CloseInput CLOSE = new CloseInput("持出し記録簿を備えたことを確認した。", LocalDate.of(2026, 12, 1));

    /** One code with its Japanese and English labels ({@code Term}); the provider's own codes replace the example. */
    private static PactDslJsonBody terms(PactDslJsonBody body, String name, String codes, String code, String label,
                                         String english) {
        return body.minArrayLike(name, 1).stringMatcher("code", codes, code).stringType("label", label)
                .stringType("labelEn", english).closeObject().closeArray().asBody();
    }

    static PactDslJsonBody vocabulary() {
        PactDslJsonBody body = new PactDslJsonBody();
        terms(body, "provisionStates", "DRAFT|AGREED|PROVIDING|ENDED", "DRAFT", "起案", "Draft");
        terms(body, "recipientTypes", "PRIVATE_OR_INDIVIDUAL|LOCAL_GOVERNMENT|ADMINISTRATIVE_ORGAN|INCORPORATED_ADMINISTRATIVE_AGENCY",
                "PRIVATE_OR_INDIVIDUAL", "民間事業者・個人", "Private business or individual");
        terms(body, "investigationTimings", "BEFORE_PROVISION|AT_ANY_TIME", "BEFORE_PROVISION", "提供前", "Before provision");
        terms(body, "investigationResults", "SATISFACTORY|IMPROVEMENT_REQUIRED", "SATISFACTORY", "適切", "Satisfactory");
        terms(body, "improvementStates", "OPEN|CLOSED", "OPEN", "対応中", "Open");
        terms(body, "legalItems", "ITEM_3|ITEM_4", "ITEM_3", "第3号（行政機関・独立行政法人等・地方公共団体等への提供）",
                "Item 3 (to public bodies)");
        return body;
    }

    @Pact(consumer = "gateway")
    RequestResponsePact provisionPages(PactDslWithProvider builder) throws Exception {
        return builder
                .given(SETTING)
                .uponReceiving("the agency's setting")
                .method("GET").path("/api/provisions/settings").matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200).body(settings())

                .given(SETTING)
                .uponReceiving("the labels of provision-service's codes")
                .method("GET").path("/api/provisions/vocabulary").matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200).body(vocabulary())

                .given(SETTING)
                .uponReceiving("a new recipient")
                .method("POST").path("/api/provisions/recipients").matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .body(request(NEW_RECIPIENT, Map.of()))
                .willRespondWith().status(201).body(recipient(new PactDslJsonBody()))

                .given(A_RECIPIENT)
                .uponReceiving("the recipients")
                .method("GET").path("/api/provisions/recipients").query("size=200")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200).body(page(recipient(new PactDslJsonBody().minArrayLike("items", 1))))

                .given(A_RECIPIENT)
                .uponReceiving("a draft provision with agreement items missing")
                .method("POST").path("/api/provisions").matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .body(request(DRAFT, Map.of("recipientId", "recipientId")))
                .willRespondWith().status(201).body(provision(new PactDslJsonBody(), true))

                .given(DRAFT_MISSING)
                .uponReceiving("a draft provision and the fields its agreement cannot be issued without")
                .method("GET").pathFromProviderState("/api/provisions/${id}", "/api/provisions/" + MISSING)
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200).body(provision(new PactDslJsonBody(), true))

                .given(DRAFT_MISSING)
                .uponReceiving("issuing an agreement with items missing")
                .method("POST").pathFromProviderState("/api/provisions/${id}/agreements", "/api/provisions/" + MISSING + "/agreements")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .body(request(new IssueInput(null), Map.of()))
                .willRespondWith().status(422).matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(new PactDslJsonBody().stringType("title", "書面に必要な事項が入力されていません")
                        .stringType("detail", "次の事項が入力されていないため書面を交付できません：利用する業務の根拠法令")
                        .minArrayLike("errors", 1).stringType("field", "businessLegalBasis")
                        .stringType("message", "「利用する業務の根拠法令」が入力されていません。").closeArray())

                .given(DRAFT_MISSING)
                .uponReceiving("the draft completed")
                .method("PUT").pathFromProviderState("/api/provisions/${id}", "/api/provisions/" + MISSING)
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .body(request(COMPLETE, Map.of("recipientId", "recipientId")))
                .willRespondWith().status(200).body(provision(new PactDslJsonBody(), false))

                .given(DRAFT_COMPLETE)
                .uponReceiving("issuing the first version")
                .method("POST").pathFromProviderState("/api/provisions/${id}/agreements", "/api/provisions/" + ID + "/agreements")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .body(request(new IssueInput(null), Map.of()))
                .willRespondWith().status(201).body(agreement(new PactDslJsonBody()))

                .given(AGREED)
                .uponReceiving("the provisions")
                .method("GET").path("/api/provisions").query("size=200")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200).body(page(provision(new PactDslJsonBody().minArrayLike("items", 1), false)))

                .given(AGREED)
                .uponReceiving("the issued versions")
                .method("GET").pathFromProviderState("/api/provisions/${id}/agreements", "/api/provisions/" + ID + "/agreements")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200).body(closeArray(agreement(PactDslJsonArray.arrayMinLike(1))))

                .given(AGREED)
                .uponReceiving("the safety-measure requests")
                .method("GET").pathFromProviderState("/api/provisions/${id}/safety-measure-requests",
                        "/api/provisions/" + ID + "/safety-measure-requests")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200).body(closeArray(safety(PactDslJsonArray.arrayMinLike(1))))

                .given(AGREED)
                .uponReceiving("a new safety-measure request")
                .method("POST").pathFromProviderState("/api/provisions/${id}/safety-measure-requests",
                        "/api/provisions/" + ID + "/safety-measure-requests")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .body(request(SAFETY, Map.of()))
                .willRespondWith().status(201).body(safety(new PactDslJsonBody()))

                .given(A_RECIPIENT)
                .uponReceiving("one recipient")
                .method("GET").pathFromProviderState("/api/provisions/recipients/${recipientId}", "/api/provisions/recipients/" + RECIPIENT)
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200).body(recipient(new PactDslJsonBody()))

                .given(A_RECIPIENT)
                .uponReceiving("a recipient edited")
                .method("PUT").pathFromProviderState("/api/provisions/recipients/${recipientId}", "/api/provisions/recipients/" + RECIPIENT)
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .body(request(NEW_RECIPIENT, Map.of()))
                .willRespondWith().status(200).body(recipient(new PactDslJsonBody()))

                .given(AGREED)
                .uponReceiving("the recipient's answer to a safety-measure request")
                .method("POST").pathFromProviderState("/api/provisions/${id}/safety-measure-requests/${safetyId}/response",
                        "/api/provisions/" + ID + "/safety-measure-requests/" + SAFETY_ID + "/response")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .body(request(ANSWER, Map.of()))
                .willRespondWith().status(200).body(safety(new PactDslJsonBody()))

                .given(AGREED)
                .uponReceiving("an improvement request closed with its result")
                .method("POST").pathFromProviderState("/api/provisions/${id}/improvement-requests/${improvementId}/close",
                        "/api/provisions/" + ID + "/improvement-requests/" + IMPROVEMENT_ID + "/close")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .body(request(CLOSE, Map.of()))
                .willRespondWith().status(200).body(improvement(new PactDslJsonBody()))

                .given(AGREED)
                .uponReceiving("providing started")
                .method("POST").pathFromProviderState("/api/provisions/${id}/start", "/api/provisions/" + ID + "/start")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200).body(provision(new PactDslJsonBody(), false))

                .given(AGREED)
                .uponReceiving("the investigations")
                .method("GET").pathFromProviderState("/api/provisions/${id}/investigations", "/api/provisions/" + ID + "/investigations")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200).body(closeArray(investigation(PactDslJsonArray.arrayMinLike(1))))

                .given(AGREED)
                .uponReceiving("a new investigation")
                .method("POST").pathFromProviderState("/api/provisions/${id}/investigations", "/api/provisions/" + ID + "/investigations")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .body(request(INVESTIGATION, Map.of()))
                .willRespondWith().status(201).body(investigation(new PactDslJsonBody()))

                .given(AGREED)
                .uponReceiving("the improvement requests")
                .method("GET").pathFromProviderState("/api/provisions/${id}/improvement-requests",
                        "/api/provisions/" + ID + "/improvement-requests")
                .query("size=200")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200).body(page(improvement(new PactDslJsonBody().minArrayLike("items", 1))))

                .given(AGREED)
                .uponReceiving("a new improvement request")
                .method("POST").pathFromProviderState("/api/provisions/${id}/improvement-requests",
                        "/api/provisions/" + ID + "/improvement-requests")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .body(request(IMPROVEMENT, Map.of()))
                .willRespondWith().status(201).body(improvement(new PactDslJsonBody()))

                .given(AGREED)
                .uponReceiving("the register")
                .method("GET").path("/api/provisions/register")
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(200).body(new PactDslJsonBody().stringType("agencyName", "テスト省")
                        .or("division", "総務課", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                        .minArrayLike("rows", 1)
                        .uuid("provisionId", UUID.fromString(ID)).stringType("division", "総務課")
                        .stringType("title", "住民健診結果の提供").stringType("informationFile", "健康診断結果ファイル")
                        .stringType("recipientName", "株式会社提供先").stringType("recipientType", "民間事業者・個人")
                        .stringType("legalBasis", "個人情報の保護に関する法律第69条第2項第4号").booleanType("regular", false)
                        .or("periodStart", "2026-04-01", new RegexMatcher(DATE), NullMatcher.INSTANCE)
                        .or("periodEnd", "2027-03-31", new RegexMatcher(DATE), NullMatcher.INSTANCE)
                        .stringType("state", "合意済").integerType("agreementVersion", 1)
                        .integerType("investigations", 1).integerType("openImprovements", 1)
                        .closeArray())

                .given(FOREIGN)
                .uponReceiving("another agency's provision")
                .method("GET").pathFromProviderState("/api/provisions/${id}", "/api/provisions/" + OTHER)
                .matchHeader("Authorization", "Bearer .+", "Bearer consumer-token")
                .willRespondWith().status(404).matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(new PactDslJsonBody().stringType("title", "見つかりません").stringType("detail", "提供が見つかりません。"))
                .toPact();
    }

    @Test
    void readsAndSendsWhatTheProvisionPagesUse(MockServer service) {
        ProvisionClient client = new ProvisionClient(TestServices.at(service.getUrl(), "consumer-token"));

        assertTrue(client.settings().orElseThrow().provisionArticleItem4().contains("第69条第2項第4号"));
        ProvisionApi.Labels english = client.vocabulary().labels(Locale.ENGLISH);
        assertEquals("Draft", english.provisionStates().get("DRAFT"));
        assertEquals("Private business or individual", english.recipientTypes().get("PRIVATE_OR_INDIVIDUAL"));
        assertEquals("提供前", client.vocabulary().labels(Locale.JAPANESE).investigationTimings().get("BEFORE_PROVISION"));
        assertEquals("Satisfactory", english.investigationResults().get("SATISFACTORY"));
        assertEquals("対応中", client.vocabulary().labels(Locale.JAPANESE).improvementStates().get("OPEN"));
        assertEquals("Item 3 (to public bodies)", english.legalItems().get("ITEM_3"));
        assertEquals("株式会社提供先", client.createRecipient(NEW_RECIPIENT).name());
        assertEquals(UUID.fromString(RECIPIENT), client.recipients().get(0).id());

        Provision draft = client.createProvision(DRAFT);
        assertEquals("DRAFT", draft.state());
        assertEquals("businessLegalBasis", draft.missingFields().get(0).field());
        Provision read = client.provision(UUID.fromString(MISSING));
        assertEquals("「利用する業務の根拠法令」が入力されていません。", read.missingFields().get(0).message());
        assertEquals("株式会社提供先", read.recipient().name());

        ServiceException refused = assertThrows(ServiceException.class,
                () -> client.issue(UUID.fromString(MISSING), new IssueInput(null)));
        assertEquals(422, refused.problem().status());
        assertEquals("「利用する業務の根拠法令」が入力されていません。", refused.problem().field("businessLegalBasis"));

        Provision completed = client.updateProvision(UUID.fromString(MISSING), COMPLETE);
        assertTrue(completed.missingFields().isEmpty());
        assertEquals(LocalDate.of(2027, 3, 31), completed.periodEnd());
        Agreement first = client.issue(UUID.fromString(ID), new IssueInput(null));
        assertEquals(1, first.version());
        assertEquals("個人情報の保護に関する法律第69条第2項第4号", first.legalBasis());

        assertEquals("合意済", client.provisions(null, null).items().get(0).stateLabel());
        assertTrue(client.agreements(UUID.fromString(ID)).get(0).latest());
        assertEquals("書面の交付", client.safetyMeasureRequests(UUID.fromString(ID)).get(0).method());
        assertNotNull(client.requestSafetyMeasures(UUID.fromString(ID), SAFETY).id());
        assertEquals("随時", client.investigations(UUID.fromString(ID)).get(0).timingLabel());
        assertEquals("改善を要する", client.recordInvestigation(UUID.fromString(ID), INVESTIGATION).resultLabel());
        assertFalse(client.improvements(UUID.fromString(ID)).get(0).overdue());
        assertEquals(LocalDate.of(2027, 1, 31), client.requestImprovement(UUID.fromString(ID), IMPROVEMENT).deadline());
        assertEquals(1, client.register(null).rows().get(0).agreementVersion());
        assertEquals("株式会社提供先", client.recipient(UUID.fromString(RECIPIENT)).name());
        assertEquals("PRIVATE_OR_INDIVIDUAL", client.updateRecipient(UUID.fromString(RECIPIENT), NEW_RECIPIENT).type());
        assertNotNull(client.recordResponse(UUID.fromString(ID), UUID.fromString(SAFETY_ID), ANSWER).legalBasis());
        assertNotNull(client.closeImprovement(UUID.fromString(ID), UUID.fromString(IMPROVEMENT_ID), CLOSE).stateLabel());
        assertNotNull(client.start(UUID.fromString(ID)).stateLabel());

        ServiceException foreign = assertThrows(ServiceException.class, () -> client.provision(UUID.fromString(OTHER)));
        assertEquals(404, foreign.problem().status());
    }

    // ---- bodies ----

    /** The request exactly as the client's record serialises it; named fields take their value from the provider state. */
    static PactDslJsonBody request(Object input, Map<String, String> fromState) throws Exception {
        JsonNode node = JSON.valueToTree(input);
        PactDslJsonBody body = new PactDslJsonBody();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (fromState.containsKey(field.getKey())) {
                body.valueFromProviderState(field.getKey(), "${" + fromState.get(field.getKey()) + "}", value.asText());
            } else if (value.isNull()) {
                body.nullValue(field.getKey());
            } else if (value.isBoolean()) {
                body.booleanValue(field.getKey(), value.asBoolean());
            } else {
                body.stringValue(field.getKey(), value.asText());
            }
        }
        return body;
    }

    static DslPart settings() {
        return new PactDslJsonBody().stringType("agencyName", "テスト省").stringType("agencyType", "ADMINISTRATIVE_ORGAN")
                .stringType("agencyTypeLabel", "行政機関").stringType("citation", "CURRENT")
                .stringType("citationLabel", "個人情報の保護に関する法律")
                .stringType("provisionArticleItem3", "個人情報の保護に関する法律第69条第2項第3号")
                .stringType("provisionArticleItem4", "個人情報の保護に関する法律第69条第2項第4号")
                .stringType("safetyMeasureArticle", "個人情報の保護に関する法律第70条");
    }

    static PactDslJsonBody page(DslPart items) {
        return ((PactDslJsonBody) items.closeArray()).integerType("page", 0).integerType("size", 200).integerType("total", 1);
    }

    static DslPart closeArray(DslPart array) {
        return array.close();
    }

    static <T extends DslPart> T recipient(T body) {
        PactDslJsonBody b = (PactDslJsonBody) body;
        b.uuid("id", UUID.fromString(RECIPIENT)).stringType("name", "株式会社提供先")
                .stringMatcher("type", "PRIVATE_OR_INDIVIDUAL|LOCAL_GOVERNMENT|ADMINISTRATIVE_ORGAN|INCORPORATED_ADMINISTRATIVE_AGENCY",
                        "PRIVATE_OR_INDIVIDUAL")
                .stringType("typeLabel", "民間事業者・個人");
        nullableStrings(b, "representative", "address", "contactDepartment", "contactName", "contactEmail", "contactPhone");
        b.stringMatcher("updatedAt", TIMESTAMP, "2026-12-01T10:00:00+09:00").stringType("updatedBy", "officer");
        return body;
    }

    static <T extends DslPart> T provision(T body, boolean missing) {
        PactDslJsonBody b = (PactDslJsonBody) body;
        b.uuid("id", UUID.fromString(ID)).stringType("division", "総務課").stringType("title", "住民健診結果の提供");
        recipient(b.object("recipient")).closeObject();
        b.stringType("informationFile", "健康診断結果ファイル").stringMatcher("legalItem", "ITEM_3|ITEM_4", "ITEM_4")
                .stringType("legalBasis", "個人情報の保護に関する法律第69条第2項第4号")
                .stringType("lawName", "個人情報の保護に関する法律")
                .stringType("safetyMeasureBasis", "個人情報の保護に関する法律第70条")
                .booleanType("regular", false).booleanType("writtenAgreementRequired", true)
                .or("measuresNecessary", true, TypeMatcher.INSTANCE, NullMatcher.INSTANCE);
        nullableStrings(b, "regularReason", "necessityReason", "purposeOfUse", "businessLegalBasis", "recordScope",
                "recordItems", "usageMedia", "usageOnline", "usageFrequency", "safetyMeasures", "agreedBy", "startedBy",
                "endedBy", "endReason");
        b.or("periodStart", missing ? null : "2026-04-01", new RegexMatcher(DATE), NullMatcher.INSTANCE)
                .or("periodEnd", missing ? null : "2027-03-31", new RegexMatcher(DATE), NullMatcher.INSTANCE)
                .stringMatcher("state", "DRAFT|AGREED|PROVIDING|ENDED", missing ? "DRAFT" : "AGREED")
                .stringType("stateLabel", missing ? "起案" : "合意済").integerType("currentVersion", missing ? 0 : 1);
        if (missing) {
            b.minArrayLike("missingItems", 1, PactDslJsonRootValue.stringType("利用する業務の根拠法令"), 1);
            b.minArrayLike("missingFields", 1).stringType("field", "businessLegalBasis")
                    .stringType("message", "「利用する業務の根拠法令」が入力されていません。").closeArray();
        } else {
            b.array("missingItems").closeArray();
            b.array("missingFields").closeArray();
        }
        b.array("warnings").closeArray();
        b.stringMatcher("createdAt", TIMESTAMP, "2026-12-01T10:00:00+09:00").stringType("createdBy", "officer");
        b.or("agreedAt", null, new RegexMatcher(TIMESTAMP), NullMatcher.INSTANCE)
                .or("startedAt", null, new RegexMatcher(TIMESTAMP), NullMatcher.INSTANCE)
                .or("endedAt", null, new RegexMatcher(TIMESTAMP), NullMatcher.INSTANCE);
        return body;
    }

    static <T extends DslPart> T agreement(T body) {
        PactDslJsonBody b = (PactDslJsonBody) body;
        b.uuid("id", ROW).integerType("version", 1).booleanType("latest", true)
                .or("amendmentReason", "記録項目の追加", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .stringType("agencyName", "テスト省").stringMatcher("citation", "LEGACY|CURRENT", "CURRENT")
                .stringType("legalBasis", "個人情報の保護に関する法律第69条第2項第4号")
                .stringType("lawName", "個人情報の保護に関する法律")
                .stringType("safetyMeasureBasis", "個人情報の保護に関する法律第70条")
                .stringMatcher("issuedAt", TIMESTAMP, "2026-12-01T10:00:00+09:00").stringType("issuedBy", "manager");
        return body;
    }

    static <T extends DslPart> T safety(T body) {
        PactDslJsonBody b = (PactDslJsonBody) body;
        b.uuid("id", ROW).or("agreementVersion", 1, TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .stringMatcher("requestedOn", DATE, "2026-12-01").stringType("method", "書面の交付")
                .stringType("measures", "施錠できる保管庫での保管").stringType("legalBasis", "個人情報の保護に関する法律第70条")
                .or("recipientResponse", "保管庫を施錠します。", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .or("respondedOn", null, new RegexMatcher(DATE), NullMatcher.INSTANCE)
                .stringMatcher("recordedAt", TIMESTAMP, "2026-12-01T10:00:00+09:00").stringType("recordedBy", "officer");
        return body;
    }

    static <T extends DslPart> T investigation(T body) {
        PactDslJsonBody b = (PactDslJsonBody) body;
        b.uuid("id", ROW).stringMatcher("timing", "BEFORE_PROVISION|AT_ANY_TIME", "AT_ANY_TIME").stringType("timingLabel", "随時")
                .stringMatcher("conductedOn", DATE, "2026-12-01").stringType("investigator", "検査 一郎")
                .or("place", "提供先の本社", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .stringType("findings", "保管庫の施錠を確認した。")
                .stringMatcher("result", "SATISFACTORY|IMPROVEMENT_REQUIRED", "IMPROVEMENT_REQUIRED")
                .stringType("resultLabel", "改善を要する")
                .or("resultNote", "持出し記録が不十分", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .stringMatcher("recordedAt", TIMESTAMP, "2026-12-01T10:00:00+09:00").stringType("recordedBy", "inspector");
        return body;
    }

    static <T extends DslPart> T improvement(T body) {
        PactDslJsonBody b = (PactDslJsonBody) body;
        b.uuid("id", ROW).or("investigationId", null, new RegexMatcher(UUID_RE), NullMatcher.INSTANCE)
                .stringMatcher("requestedOn", DATE, "2026-12-01").stringType("content", "持出し記録簿を備えること")
                .stringMatcher("deadline", DATE, "2027-01-31").stringMatcher("state", "OPEN|CLOSED", "OPEN")
                .stringType("stateLabel", "対応中").booleanType("overdue", false)
                .or("result", "記録簿を備えた。", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .or("completedOn", null, new RegexMatcher(DATE), NullMatcher.INSTANCE)
                .stringType("requestedBy", "inspector")
                .or("closedAt", null, new RegexMatcher(TIMESTAMP), NullMatcher.INSTANCE)
                .or("closedBy", "inspector", TypeMatcher.INSTANCE, NullMatcher.INSTANCE);
        return body;
    }

    static void nullableStrings(PactDslJsonBody body, String... names) {
        for (String name : names) {
            body.or(name, "—", TypeMatcher.INSTANCE, NullMatcher.INSTANCE);
        }
    }
}
