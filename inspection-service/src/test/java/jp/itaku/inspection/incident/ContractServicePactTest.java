package jp.itaku.inspection.incident;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.matchingrules.NullMatcher;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.chain.ContractServiceConfig;
import jp.itaku.inspection.chain.SubcontractVerification;
import jp.itaku.inspection.chain.VerificationClient;
import jp.itaku.inspection.chain.VerificationRequest;
import jp.itaku.inspection.chain.model.ChainRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * inspection-service as contract-service's consumer, every call in one class (Pact writes one file per consumer and
 * provider, pacts/inspection-service-contract-service.json, and a second class would overwrite it): the C4 clause of
 * the approved contract draft, shown with an incident (ContractClauseClient reads the approval's draft version and the
 * draft's verification elements), and the verification of a subcontract a contractor asks to hand work on to
 * (VerificationClient sends a {@link VerificationRequest} and reads a {@link SubcontractVerification}: every field the
 * chain's rules, the portal's queue and the C4 clause read). contract-service's build replays the file against its
 * real verifier ({@code ContractPactVerificationTest}), so renaming one of these fields there fails that build.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "contract-service", pactVersion = PactSpecVersion.V3)
class ContractServicePactTest {

    static final String ENGAGEMENT = "5a7e2c1d-3b4f-4e6a-8c9d-0e1f2a3b4c01";
    static final String FILE = "再委託契約書.txt";
    /** Clauses any verifier of 第8-4 finds (secrecy, incident reporting), under article headings. */
    static final String SUBCONTRACT = """
            第1条（秘密の保持）乙は、本業務において知り得た個人情報を秘密として保持し、第三者に漏らしてはならない。
            第2条（事故時の報告）乙は、個人情報の漏えい等の事案が発生したときは、直ちに甲に報告し、甲の指示に従う。
            """;

    @Pact(consumer = "inspection-service")
    RequestResponsePact approvedDraftWithItsClauses(PactDslWithProvider builder) {
        PactDslJsonBody approval = new PactDslJsonBody().integerType("draftVersion", 1);
        PactDslJsonBody draft = new PactDslJsonBody();
        draft.minArrayLike("elements", 1)
                .stringType("id", "C4")
                .eachLike("evidence")
                .or("article", "第10条", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .stringType("text", "乙は、個人情報の漏えい等の事案が発生したときは、直ちに甲に報告する。")
                .closeObject().closeArray()
                .closeObject().closeArray();
        return builder.given("an approved engagement whose draft has every clause")
                .uponReceiving("the approval of an engagement")
                .method("GET").pathFromProviderState("/api/contracts/engagements/${id}/approval",
                        "/api/contracts/engagements/" + ENGAGEMENT + "/approval")
                .matchHeader("Authorization", "Bearer .+", "Bearer inspector-token")
                .willRespondWith().status(200).body(approval)
                .given("an approved engagement whose draft has every clause")
                .uponReceiving("the verification of the approved draft")
                .method("GET").pathFromProviderState("/api/contracts/engagements/${id}/drafts/1",
                        "/api/contracts/engagements/" + ENGAGEMENT + "/drafts/1")
                .matchHeader("Authorization", "Bearer .+", "Bearer inspector-token")
                .willRespondWith().status(200).body(draft)
                .toPact();
    }

    @Pact(consumer = "inspection-service")
    RequestResponsePact subcontractVerified(PactDslWithProvider builder) {
        PactDslJsonBody request = new PactDslJsonBody().stringValue("fileName", FILE).stringValue("text", SUBCONTRACT);
        PactDslJsonBody report = new PactDslJsonBody().stringMatcher("kind", "outsourcing|dispatch", "outsourcing");
        report.minArrayLike("elements", 1)
                .stringType("id", "C4")
                .stringMatcher("status", "satisfied|missing|contradicted", "satisfied")
                .stringType("explanation", "漏えい等事案が発生した場合の報告義務が定められています。")
                .eachLike("evidence")
                .or("article", "第2条", TypeMatcher.INSTANCE, NullMatcher.INSTANCE)
                .stringType("text", "乙は、個人情報の漏えい等の事案が発生したときは、直ちに甲に報告し、甲の指示に従う。")
                .closeObject().closeArray()
                .closeObject().closeArray();
        return builder.given("a contractor of the tenant")
                .uponReceiving("a subcontract text to verify")
                .method("POST").path(VerificationClient.PATH)
                .matchHeader("Authorization", "Bearer .+", "Bearer contractor-token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(request)
                .willRespondWith().status(200).body(report)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "approvedDraftWithItsClauses")
    void readsTheIncidentClauseOfTheApprovedDraft(MockServer contracts) {
        ContractServiceConfig config = new ContractServiceConfig() {
            @Override
            public String url() {
                return contracts.getUrl();
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(10);
            }
        };
        ChainNode contractor = new ChainNode();
        contractor.depth = 1;
        contractor.engagementId = UUID.fromString(ENGAGEMENT);

        ContractClauseClient client = new ContractClauseClient();
        client.config = config;
        client.mapper = new ObjectMapper();
        ContractClauseClient.Clause clause = client.clause(contractor, "inspector-token");

        assertNull(clause.unavailable());
        assertEquals("承認済み契約書案 第1版", clause.source());
        assertFalse(clause.sentences().isEmpty());
        assertEquals("第10条　乙は、個人情報の漏えい等の事案が発生したときは、直ちに甲に報告する。", clause.sentences().get(0));
    }

    @Test
    @PactTestFor(pactMethod = "subcontractVerified")
    void readsTheSubcontractsVerificationAsTheChainThePortalAndTheIncidentClauseUseIt(MockServer contracts)
            throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                VerificationClient.request(contracts.getUrl(), Duration.ofSeconds(10),
                        new VerificationRequest(FILE, SUBCONTRACT), "contractor-token", new ObjectMapper()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        VerificationClient.Verified verified = VerificationClient.read(answer);

        SubcontractVerification report = verified.report();
        assertFalse(report.dispatch());
        assertEquals(List.of("C4"), List.copyOf(report.statusById().keySet()));
        assertTrue(ChainRules.fullySatisfied(report.dispatch(), report.statusById()));
        assertTrue(report.elements().get(0).explanation().contains("報告"));
        // the answer as it came is what the node stores; the C4 clause of a subcontractor is read back from it
        ChainNode subcontractor = new ChainNode();
        subcontractor.depth = 2;
        subcontractor.name = "ベータ印刷株式会社";
        subcontractor.verification = verified.json();
        ContractClauseClient.Clause clause = new ContractClauseClient().clause(subcontractor, "unused");
        assertEquals("再委託契約書（ベータ印刷株式会社）", clause.source());
        assertEquals(List.of("第2条　乙は、個人情報の漏えい等の事案が発生したときは、直ちに甲に報告し、甲の指示に従う。"),
                clause.sentences());
    }
}
