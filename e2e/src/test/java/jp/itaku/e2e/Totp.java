package jp.itaku.e2e;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * RFC 6238 time-based one-time passwords as an authenticator app computes them (HMAC-SHA1, 6 digits, 30 s — the
 * realm's OTP policy), from the secret Keycloak put in its "configure OTP" form.
 */
final class Totp {

    private Totp() {
    }

    /** the last 30-second period whose code was used, per secret */
    private static final java.util.Map<String, Long> LAST_PERIOD = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The current code, as an authenticator app shows it, for a period whose code this secret has not used yet:
     * Keycloak accepts each code once (the realm's OTP policy: not reusable), so a second login in the same 30 s
     * waits for the next period. (Codes of the next period were refused by Keycloak 26 here although the policy
     * looks one period ahead — observed on 2026-12-02.)
     */
    static synchronized String freshCode(String secret) {
        long period = Instant.now().getEpochSecond() / 30;
        Long last = LAST_PERIOD.get(secret);
        if (last != null && period <= last) {
            long wait = (last + 1) * 30_000 - Instant.now().toEpochMilli() + 500;
            try {
                Thread.sleep(Math.max(wait, 0));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            period = Instant.now().getEpochSecond() / 30;
        }
        LAST_PERIOD.put(secret, period);
        return code(secret, Instant.ofEpochSecond(period * 30));
    }

    static String code(String secret, Instant at) {
        try {
            long step = at.getEpochSecond() / 30;
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
