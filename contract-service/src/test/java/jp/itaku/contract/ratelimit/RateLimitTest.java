package jp.itaku.contract.ratelimit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jp.itaku.common.ratelimit.RateLimiter;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.common.time.ItakuClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verifier's abuse limit (issue 19): per user and per tenant, 429 with Retry-After and a Japanese problem, and
 * the bucket refills with time. The test profile sets 10 per user and 15 per tenant per minute
 * (jp.itaku.common.testing.ItakuTestResources); the clock stands still so that nothing refills during the test.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class RateLimitTest {

    private static final String TENANT = "tenant-rate-limit";

    @Inject
    ItakuClock clock;

    @Inject
    RateLimiter limiter;

    @BeforeEach
    void standStill() {
        clock.fixAt(OffsetDateTime.parse("2026-12-01T10:00+09:00"));
    }

    @AfterEach
    void release() {
        clock.useSystemTime();
        limiter.reset();
    }

    private static String officer(String name) {
        return TestTokens.user(name).tenant(TENANT).roles("procurement-officer").sign();
    }

    private static ValidatableResponse verify(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("fileName", "契約書.txt", "text", "第1条（目的）本契約は、個人情報の取扱いを委託するものである。"))
                .post("/api/contracts/verifications").then();
    }

    @Test
    void eleventhVerificationOfAUserWithinAMinuteGets429WithRetryAfter() {
        String officer = officer("rate-officer-1");
        for (int i = 0; i < 10; i++) {
            verify(officer).statusCode(200);
        }
        String retryAfter = verify(officer).statusCode(429)
                .contentType("application/problem+json")
                .body("title", equalTo("リクエストが多すぎます"))
                .body("status", equalTo(429))
                .body("detail", allOf(containsString("あなたの契約書の検証の回数が上限（1分あたり10回）に達しました"),
                        containsString("秒後にもう一度お試しください")))
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 60, retryAfter);
        // another user of the same agency still has their own allowance
        verify(officer("rate-officer-2")).statusCode(200);
    }

    @Test
    void theAgencyAsAWholeIsLimitedToo() {
        for (int i = 0; i < 10; i++) {
            verify(officer("rate-officer-a")).statusCode(200);
        }
        for (int i = 0; i < 5; i++) {
            verify(officer("rate-officer-b")).statusCode(200);
        }
        verify(officer("rate-officer-c")).statusCode(429)
                .body("detail", containsString("機関全体での契約書の検証の回数が上限（1分あたり15回）に達しました"));
        // another agency is not affected
        verify(TestTokens.user("rate-officer-x").tenant("tenant-other-agency").roles("procurement-officer").sign())
                .statusCode(200);
    }

    @Test
    void allowanceComesBackWithTime() {
        String officer = officer("rate-officer-time");
        for (int i = 0; i < 10; i++) {
            verify(officer).statusCode(200);
        }
        verify(officer).statusCode(429);
        clock.advance(Duration.ofSeconds(7));
        // 10 per minute refill one every 6 seconds
        verify(officer).statusCode(200);
        verify(officer).statusCode(429);
    }

    @Test
    void refusedCallerWithoutTheRoleDoesNotUseTheAllowance() {
        String platformAdmin = TestTokens.user("rate-admin").roles("platform-admin").sign();
        for (int i = 0; i < 12; i++) {
            verify(platformAdmin).statusCode(403);
        }
    }
}
