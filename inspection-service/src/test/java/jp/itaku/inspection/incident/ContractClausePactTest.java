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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * inspection-service as contract-service's consumer: the C4 clause of the approved contract draft, shown with an
 * incident (ContractClauseClient reads the approval's draft version and the draft's verification elements).
 * Written to pacts/inspection-service-contract-service.json; contract-service's build replays it.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "contract-service", pactVersion = PactSpecVersion.V3)
class ContractClausePactTest {

    static final String ENGAGEMENT = "5a7e2c1d-3b4f-4e6a-8c9d-0e1f2a3b4c01";

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

    @Test
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
}
