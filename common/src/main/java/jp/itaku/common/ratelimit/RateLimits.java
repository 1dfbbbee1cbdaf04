package jp.itaku.common.ratelimit;

import java.time.Duration;
import java.util.Map;

/**
 * The abuse limits (OWASP ASVS 4.0 §11.1.4, §12.1): what is limited, how many requests per user and per tenant
 * (agency) within which period, and the words a person reads when refused. Defaults below; each can be set per
 * service with {@code itaku.rate-limits.<name>.per-user}, {@code .per-tenant} and {@code .period}, and all of them
 * switched off with {@code itaku.rate-limits.enabled=false}.
 * <p>
 * The buckets live in each service instance's memory (Bucket4j, greedy refill): with n replicas a caller may get
 * up to n times the limit. That bounds abuse, it does not count exactly.
 */
public final class RateLimits {

    /** The contract verifier (Kuromoji + rules; the most CPU per request): POST /api/contracts/verifications. */
    public static final String VERIFICATION = "verification";
    /** Stored uploads: contract drafts (verified on upload), confirmations, certificates, evidence. */
    public static final String UPLOAD = "upload";
    /** Exports and generated PDFs (CSV/JSON exports, reports, agreements, the register, calendars). */
    public static final String EXPORT = "export";
    /** Invitations of new users (mail goes out): few per hour. */
    public static final String INVITATION = "invitation";

    public record Limit(String label, int perUser, int perTenant, Duration period) {
    }

    static final Map<String, Limit> DEFAULTS = Map.of(
            VERIFICATION, new Limit("契約書の検証", 30, 120, Duration.ofMinutes(1)),
            UPLOAD, new Limit("ファイルのアップロード", 30, 200, Duration.ofMinutes(1)),
            EXPORT, new Limit("出力（CSV・PDF など）", 30, 200, Duration.ofMinutes(1)),
            INVITATION, new Limit("利用者の招待", 20, 100, Duration.ofHours(1)));

    private RateLimits() {
    }
}
