package jp.itaku.contract.ledger;

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
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * contract-service as inspection-service's consumer: what the 台帳 reads from GET /api/inspections/ledger. Every field
 * of {@link ChainSummary} is in the pact (the ledger shows them all); inspection-service's build replays it
 * ({@code InspectionPactVerificationTest}), so renaming or dropping one of them fails there. Written to pacts/ at the
 * root, committed.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "inspection-service", pactVersion = PactSpecVersion.V3)
class InspectionLedgerPactTest {

    static final String DIVISION = "情報政策課";
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*";

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

    @Test
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
}
