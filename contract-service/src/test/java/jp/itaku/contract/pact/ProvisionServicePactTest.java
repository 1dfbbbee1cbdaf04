package jp.itaku.contract.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.itaku.api.Page;
import jp.itaku.api.provision.AgencySettings;
import jp.itaku.api.provision.InvestigationSummary;
import jp.itaku.api.provision.ProvisionSummary;
import jp.itaku.contract.audit.ProvisionAuditClient;
import jp.itaku.contract.audit.ServiceCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * contract-service as provision-service's consumer (pacts/contract-service-provision-service.json): what the
 * 監査報告書 reads with the auditor's own token through {@link ProvisionAuditClient} — the provisions of one division
 * (GET /api/provisions, first page: title, division, the recipient's name, the state with provision-service's own
 * label), a provision's on-site investigations (GET /api/provisions/{id}/investigations: the day of each) and the
 * agency's registered name (GET /api/provisions/settings), as the api module's records. provision-service's build
 * replays it ({@code ProvisionPactVerificationTest}), so renaming or dropping one of these fields there fails that
 * build. Written to pacts/ at the root, committed.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "provision-service", pactVersion = PactSpecVersion.V3)
class ProvisionServicePactTest {

    static final String DIVISION = "総務課";
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final UUID PROVISION = UUID.fromString("8c3e4d5f-2a6b-4c7d-9e8f-0a1b2c3d4e01");
    static final UUID RECIPIENT = UUID.fromString("8c3e4d5f-2a6b-4c7d-9e8f-0a1b2c3d4e02");
    static final UUID INVESTIGATION = UUID.fromString("8c3e4d5f-2a6b-4c7d-9e8f-0a1b2c3d4e03");
    static final String STATE = "an agreed provision of 総務課 with an investigation, read by the auditor";

    @Pact(consumer = "contract-service")
    RequestResponsePact whatTheAuditReportReads(PactDslWithProvider builder) {
        PactDslJsonBody item = new PactDslJsonBody().minArrayLike("items", 1)
                .uuid("id", PROVISION)
                .stringValue("division", DIVISION)
                .stringType("title", "住民健診結果の提供")
                .stringMatcher("state", "DRAFT|AGREED|PROVIDING|ENDED", "AGREED")
                .stringType("stateLabel", "合意済")
                .object("recipient")
                .uuid("id", RECIPIENT)
                .stringType("name", "株式会社健診データ");
        PactDslJsonBody provisions = (PactDslJsonBody) item.closeObject().closeArray();
        provisions.integerType("page", 0).integerType("size", Page.MAX_SIZE).integerType("total", 1);
        PactDslJsonArray investigations = (PactDslJsonArray) PactDslJsonArray.arrayMinLike(1)
                .uuid("id", INVESTIGATION)
                .uuid("provisionId", PROVISION)
                .stringMatcher("conductedOn", DATE, "2026-11-25")
                .closeObject();
        PactDslJsonBody settings = new PactDslJsonBody().stringType("agencyName", "テスト省");
        return builder
                .given(STATE).uponReceiving("the audit report reads one division's provisions")
                .method("GET").path(ProvisionAuditClient.PROVISIONS)
                .query("division=" + DIVISION + "&size=" + Page.MAX_SIZE + "&page=0")
                .matchHeader("Authorization", "Bearer .+", "Bearer auditor-token")
                .willRespondWith().status(200).body(provisions)
                .given(STATE).uponReceiving("the audit report reads a provision's investigations")
                .method("GET").pathFromProviderState(ProvisionAuditClient.PROVISIONS + "/${id}/investigations",
                        ProvisionAuditClient.PROVISIONS + "/" + PROVISION + "/investigations")
                .matchHeader("Authorization", "Bearer .+", "Bearer auditor-token")
                .willRespondWith().status(200).body(investigations)
                .given(STATE).uponReceiving("the audit report reads the agency's name")
                .method("GET").path(ProvisionAuditClient.SETTINGS)
                .matchHeader("Authorization", "Bearer .+", "Bearer auditor-token")
                .willRespondWith().status(200).body(settings)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "whatTheAuditReportReads")
    void readsWhatTheAuditReportPrintsWithTheAuditorsToken(MockServer provision) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ProvisionAuditClient client = new ProvisionAuditClient(new ServiceCall(
                (request, target) -> http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()),
                new ObjectMapper().findAndRegisterModules(), provision.getUrl(), "auditor-token"), 10);

        List<ProvisionSummary> provisions = client.provisions(" " + DIVISION + " ");
        assertEquals(List.of(new ProvisionSummary(PROVISION, DIVISION, "住民健診結果の提供",
                new ProvisionSummary.Recipient(RECIPIENT, "株式会社健診データ"), "AGREED", "合意済")), provisions);
        assertEquals("株式会社健診データ", provisions.get(0).recipientName());
        assertEquals(List.of(new InvestigationSummary(INVESTIGATION, PROVISION, LocalDate.of(2026, 11, 25))),
                client.investigations(PROVISION));
        assertEquals(new AgencySettings("テスト省"), client.settings());
    }
}
