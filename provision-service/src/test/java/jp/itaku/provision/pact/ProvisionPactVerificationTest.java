package jp.itaku.provision.pact;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.provision.Api;
import org.apache.hc.core5.http.HttpRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static jp.itaku.provision.Api.as;

/**
 * Replays every pact a consumer wrote for provision-service (pacts/ at the root: the portal's provision pages,
 * {@code gateway-provision-service.json}, and what contract-service's 監査報告書 reads,
 * {@code contract-service-provision-service.json}) against this service, booted once with the suite's profile. State
 * handlers create the data through the public API in a tenant of this run's own and answer the ids the pacts' paths
 * and bodies take; the bearer token is replaced by one of that tenant with the role the endpoint allows (or the one
 * the state chose: the auditor for the audit's reads). A response that drops or renames a field a consumer reads, or
 * a refusal that changes shape, fails this build.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@Provider("provision-service")
@PactFolder("../pacts")
class ProvisionPactVerificationTest {

    static final String TENANT = "t-pact-" + UUID.randomUUID().toString().substring(0, 8);
    static final String OTHER_TENANT = "t-pact-other-" + UUID.randomUUID().toString().substring(0, 8);

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    ItakuClock clock;

    /** The role a state handler chose for the replayed call; null: the one {@link #roleFor} gives. */
    String role;

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", port));
        role = null;
        // the pact's dates (requested / conducted on 2026-12-01) are today or past
        clock.fixAt(OffsetDateTime.parse("2026-12-01T10:00:00+09:00"));
    }

    @AfterEach
    void systemTime() {
        clock.useSystemTime();
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void replay(PactVerificationContext context, HttpRequest request) {
        request.setHeader("Authorization", "Bearer " + TestTokens.of(TENANT, role != null ? role : roleFor(request)));
        context.verifyInteraction();
    }

    /** The role provision-service's @RolesAllowed gives the call (reads: the officer, as the portal's officer pages). */
    static String roleFor(HttpRequest request) {
        String path = request.getPath();
        if (!"POST".equals(request.getMethod())) {
            return "procurement-officer";
        }
        if (path.endsWith("/agreements")) {
            return "protection-manager";
        }
        if (path.endsWith("/investigations") || path.contains("/improvement-requests")) {
            return "inspector";
        }
        return "procurement-officer";
    }

    @State("the agency's setting is saved")
    void setting() {
        Api.settings(TENANT, "ADMINISTRATIVE_ORGAN", "CURRENT");
    }

    @State("a recipient")
    Map<String, Object> recipient() {
        setting();
        return Map.of("recipientId", Api.recipient(TENANT, "PRIVATE_OR_INDIVIDUAL"));
    }

    /** A draft to a private company with only the purpose of use filled in. */
    @State("a draft provision missing its agreement items")
    Map<String, Object> draftMissingItems() {
        String recipientId = (String) recipient().get("recipientId");
        Map<String, Object> body = Api.complete(recipientId, "ITEM_4");
        for (String item : new String[]{"businessLegalBasis", "recordScope", "recordItems", "usageMedia", "usageOnline",
                "usageFrequency", "periodStart", "periodEnd", "safetyMeasures"}) {
            body.remove(item);
        }
        return Map.of("id", Api.provision(TENANT, body), "recipientId", recipientId);
    }

    @State("a complete draft provision")
    Map<String, Object> completeDraft() {
        setting();
        return Map.of("id", Api.completeProvision(TENANT));
    }

    @State("an agreed provision with a safety-measure request, an investigation and an improvement request")
    Map<String, Object> agreedWithFollowUp() {
        setting();
        String id = Api.completeProvision(TENANT);
        Api.issue(TENANT, id);
        String safety = as(TENANT, "procurement-officer").body(Map.of("requestedOn", "2026-11-20", "method", "書面の交付",
                        "measures", "施錠できる保管庫での保管"))
                .post("/api/provisions/" + id + "/safety-measure-requests").then().statusCode(201).extract().path("id");
        String investigation = as(TENANT, "inspector").body(Map.of("timing", "AT_ANY_TIME", "conductedOn", "2026-11-25",
                        "investigator", "検査 一郎", "findings", "保管庫の施錠を確認した。", "result", "IMPROVEMENT_REQUIRED"))
                .post("/api/provisions/" + id + "/investigations").then().statusCode(201).extract().path("id");
        String improvement = as(TENANT, "inspector").body(Map.of("investigationId", investigation, "requestedOn", "2026-11-25",
                        "content", "持出し記録簿を備えること", "deadline", "2027-01-31"))
                .post("/api/provisions/" + id + "/improvement-requests").then().statusCode(201).extract().path("id");
        return Map.of("id", id, "safetyId", safety, "improvementId", improvement);
    }

    @State("a provision of another agency")
    Map<String, Object> otherAgencysProvision() {
        Api.settings(OTHER_TENANT, "ADMINISTRATIVE_ORGAN", "CURRENT");
        return Map.of("id", Api.completeProvision(OTHER_TENANT));
    }

    /** contract-service's 監査報告書, read with the auditor's token: an agreed provision of 総務課 with an investigation. */
    @State("an agreed provision of 総務課 with an investigation, read by the auditor")
    Map<String, Object> provisionForTheAudit() {
        setting();
        String id = Api.completeProvision(TENANT);
        Api.issue(TENANT, id);
        as(TENANT, "inspector").body(Map.of("timing", "AT_ANY_TIME", "conductedOn", "2026-11-25",
                        "investigator", "検査 一郎", "findings", "保管庫の施錠を確認した。", "result", "SATISFACTORY"))
                .post("/api/provisions/" + id + "/investigations").then().statusCode(201);
        role = "auditor";
        return Map.of("id", id);
    }
}
