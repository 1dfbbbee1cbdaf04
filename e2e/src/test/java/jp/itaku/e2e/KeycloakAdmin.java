package jp.itaku.e2e;

import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Keycloak's admin REST API (bootstrap admin of `./itaku up`), for what the realm file deliberately does not have:
 * tokens that expire within seconds (a client's own lifespan), so that a real, correctly signed, expired token can be
 * tested.
 */
final class KeycloakAdmin {

    private static final String ADMIN = System.getProperty("e2e.keycloak.admin", "admin");
    private static final String ADMIN_PASSWORD = System.getProperty("e2e.keycloak.admin-password", "admin");
    private static final String CLIENTS = Itaku.KEYCLOAK + "/admin/realms/itaku/clients";

    private KeycloakAdmin() {
    }

    /**
     * A public client like itaku-cli (same tenant/org claims) whose access tokens live {@code seconds}.
     * Replaces a leftover of an earlier run.
     */
    static void createShortLivedClient(String clientId, int seconds) {
        deleteClient(clientId);
        List<Map<String, Object>> mappers = new ArrayList<>();
        for (Map<String, Object> mapper : client(Tokens.CLI_CLIENT).<Map<String, Object>>getList("[0].protocolMappers")) {
            Map<String, Object> copy = new HashMap<>(mapper);
            copy.remove("id");
            mappers.add(copy);
        }
        admin().contentType("application/json")
                .body(Map.of("clientId", clientId,
                        "name", "e2e: short-lived tokens",
                        "publicClient", true,
                        "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false,
                        "attributes", Map.of("access.token.lifespan", String.valueOf(seconds)),
                        "protocolMappers", mappers))
                .when().post(CLIENTS)
                .then().statusCode(201);
    }

    /**
     * Sets the lifespan of the access tokens of one of Itaku's own clients (the services accept tokens of those
     * clients only, azp) and answers the previous setting ("" for the realm's), for {@link #restoreTokenLifespan}.
     */
    @SuppressWarnings("unchecked")
    static String setTokenLifespan(String clientId, int seconds) {
        Map<String, Object> client = client(clientId).getMap("[0]");
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) client.getOrDefault("attributes", Map.of()));
        Object previous = attributes.get(LIFESPAN);
        attributes.put(LIFESPAN, String.valueOf(seconds));
        updateAttributes(client, attributes);
        return previous == null ? "" : previous.toString();
    }

    /** Puts back what {@link #setTokenLifespan} answered ("" removes the client's own setting). */
    @SuppressWarnings("unchecked")
    static void restoreTokenLifespan(String clientId, String previous) {
        Map<String, Object> client = client(clientId).getMap("[0]");
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) client.getOrDefault("attributes", Map.of()));
        attributes.put(LIFESPAN, previous);
        updateAttributes(client, attributes);
    }

    private static final String LIFESPAN = "access.token.lifespan";

    private static void updateAttributes(Map<String, Object> client, Map<String, Object> attributes) {
        Map<String, Object> update = new HashMap<>(client);
        update.put("attributes", attributes);
        admin().contentType("application/json").body(update)
                .when().put(CLIENTS + "/" + client.get("id"))
                .then().statusCode(204);
    }

    /**
     * A contractor user of demo-sho's org-alpha with a password and no required action (what an invitation ends in
     * when TOTP is not asked for); answers its id.
     */
    static String createContractorUser(String username, String password) {
        admin().contentType("application/json")
                .body(Map.of("username", username, "email", username + "@e2e.example.jp", "firstName", "花子",
                        "lastName", "停止試験", "enabled", true, "emailVerified", true,
                        "attributes", Map.of("tenant", List.of("demo-sho"), "org", List.of("org-alpha")),
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .when().post(Itaku.KEYCLOAK + "/admin/realms/itaku/users").then().statusCode(201);
        String id = admin().queryParam("username", username).queryParam("exact", true)
                .when().get(Itaku.KEYCLOAK + "/admin/realms/itaku/users").then().statusCode(200).extract().path("[0].id");
        Map<String, Object> role = admin().when().get(Itaku.KEYCLOAK + "/admin/realms/itaku/roles/contractor")
                .then().statusCode(200).extract().jsonPath().getMap("");
        admin().contentType("application/json").body(List.of(role))
                .when().post(Itaku.KEYCLOAK + "/admin/realms/itaku/users/" + id + "/role-mappings/realm").then().statusCode(204);
        return id;
    }

    static void deleteUser(String id) {
        admin().when().delete(Itaku.KEYCLOAK + "/admin/realms/itaku/users/" + id);
    }

    static void deleteClient(String clientId) {
        List<String> ids = client(clientId).getList("id");
        for (String id : ids) {
            admin().when().delete(CLIENTS + "/" + id).then().statusCode(204);
        }
    }

    private static io.restassured.path.json.JsonPath client(String clientId) {
        return admin().queryParam("clientId", clientId).when().get(CLIENTS)
                .then().statusCode(200).extract().jsonPath();
    }

    /** How many users of realm itaku have exactly this address. */
    static int usersWithEmail(String email) {
        return admin().queryParam("email", email).queryParam("exact", true)
                .when().get(Itaku.KEYCLOAK + "/admin/realms/itaku/users")
                .then().statusCode(200).extract().<List<Object>>path("$").size();
    }

    /** How many users of realm itaku have exactly this user name. */
    static int usersWithUsername(String username) {
        return admin().queryParam("username", username).queryParam("exact", true)
                .when().get(Itaku.KEYCLOAK + "/admin/realms/itaku/users")
                .then().statusCode(200).extract().<List<Object>>path("$").size();
    }

    private static RequestSpecification admin() {
        String token = given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", ADMIN)
                .formParam("password", ADMIN_PASSWORD)
                .when().post(Itaku.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
        return given().auth().oauth2(token);
    }
}
