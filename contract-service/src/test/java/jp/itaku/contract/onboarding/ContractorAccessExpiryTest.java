package jp.itaku.contract.onboarding;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which contractor organisations lose access: all engagements ended, the last one longer ago than the grace. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class ContractorAccessExpiryTest {

    @Inject
    ContractorAccessExpiry expiry;

    @Inject
    ItakuClock clock;

    @AfterEach
    void systemTime() {
        clock.useSystemTime();
    }

    private static String ended(String tenant, String org) {
        String officer = TestTokens.of(tenant, "procurement-officer");
        String manager = TestTokens.of(tenant, "protection-manager");
        String id = Fixtures.underReview(officer, "OUTSOURCING", org, Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8));
        Fixtures.approve(manager, id, 1, Fixtures.exceptionsFor(manager, id, 1, false)).statusCode(201);
        Fixtures.transition(officer, id, "IN_PROGRESS").statusCode(200);
        given().config(Fixtures.UTF8_MULTIPART).auth().oauth2(officer)
                .multiPart("file", "消去証明書.pdf", ("%PDF-1.4 " + id).getBytes(StandardCharsets.UTF_8), "application/pdf")
                .multiPart("erasedOn", "2026-01-10").multiPart("method", "上書き消去").multiPart("mediaReturned", "true")
                .post("/api/contracts/engagements/" + id + "/erasure-certificates").then().statusCode(201);
        Fixtures.transition(officer, id, "ENDED").statusCode(200);
        return id;
    }

    @Test
    void organisationExpiresOnlyWhenEveryEngagementEndedLongerAgoThanTheGrace() {
        String tenant = "tenant-expiry-" + UUID.randomUUID();
        String done = "org-done-" + UUID.randomUUID();
        String busy = "org-busy-" + UUID.randomUUID();
        ended(tenant, done);
        ended(tenant, busy);
        Fixtures.underReview(TestTokens.of(tenant, "procurement-officer"), "OUTSOURCING", busy,
                Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8));
        var doneOrg = new ContractorAccessExpiry.Organisation(tenant, done);
        var busyOrg = new ContractorAccessExpiry.Organisation(tenant, busy);

        assertFalse(expiry.expired().contains(doneOrg), "just ended: still within the grace");
        clock.fixAt(OffsetDateTime.now(clock).plusDays(89));
        assertFalse(expiry.expired().contains(doneOrg), "89 days later: still within 90");
        clock.fixAt(OffsetDateTime.now(clock).plusDays(2));
        assertTrue(expiry.expired().contains(doneOrg), "91 days later: expired");
        assertFalse(expiry.expired().contains(busyOrg), "an organisation with an engagement still open keeps access");
    }
}
