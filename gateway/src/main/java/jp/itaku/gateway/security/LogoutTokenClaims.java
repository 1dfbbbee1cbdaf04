package jp.itaku.gateway.security;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code sid} and {@code sub} of a logout token (OpenID Connect Back-Channel Logout 1.0 §2.4), read from its
 * payload. Only for a token quarkus-oidc has already verified (signature, issuer, audience, events claim) — this
 * class checks nothing.
 */
record LogoutTokenClaims(Optional<String> sid, Optional<String> sub) {

    static Optional<LogoutTokenClaims> of(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.trim().split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonObject payload = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            Optional<String> sid = text(payload, "sid");
            Optional<String> sub = text(payload, "sub");
            return sid.isEmpty() && sub.isEmpty() ? Optional.empty() : Optional.of(new LogoutTokenClaims(sid, sub));
        } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonObject payload, String claim) {
        Object value = payload.getValue(claim);
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}
