package jp.itaku.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/** Access tokens from the real Keycloak (password grant of the realm's CLI client), and forgeries of them. */
public final class Tokens {

    static final String CLI_CLIENT = "itaku-cli";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A demo user's access token (cached for the run; the realm's tokens live 15 minutes). */
    public static String of(String user) {
        return CACHE.computeIfAbsent(user, u -> passwordGrant(CLI_CLIENT, u));
    }

    static String passwordGrant(String clientId, String user) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", user)
                .formParam("password", Itaku.PASSWORD)
                .when().post(Itaku.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The same token with one byte of its signature changed. */
    static String withChangedSignature(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** The token with one claim's string value replaced in its payload, keeping the original signature. */
    static String withChangedClaim(String token, String claim, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = payload.replace("\"" + claim + "\":\"" + from + "\"", "\"" + claim + "\":\"" + to + "\"");
        if (changed.equals(payload)) {
            throw new IllegalArgumentException("claim " + claim + "=" + from + " not in token");
        }
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** A claim of a token, read without verifying it (the test only looks at what Keycloak issued). */
    public static String claim(String token, String claim) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getString(claim);
    }
}
