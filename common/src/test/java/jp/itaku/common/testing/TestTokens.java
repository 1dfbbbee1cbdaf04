package jp.itaku.common.testing;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Signed bearer tokens shaped like the Keycloak realm's, for service-level tests. */
public final class TestTokens {

    public static final String TENANT_A = "tenant-a";
    public static final String TENANT_B = "tenant-b";

    private static final String PRIVATE_KEY_PROPERTY = "itaku.test.private-key";
    private static final String PUBLIC_KEY_PROPERTY = "itaku.test.public-key";
    private static final KeyPair KEYS = generate();

    private final JwtClaims claims = new JwtClaims();

    private TestTokens(String user) {
        claims.setIssuer("https://itaku.test/realms/itaku");
        claims.setSubject(UUID.nameUUIDFromBytes(user.getBytes()).toString());
        claims.setClaim("preferred_username", user);
        claims.setClaim("name", user);
        // as the realm's audience mapper and clients issue them (services check both)
        claims.setAudience("itaku-api", "account");
        claims.setClaim("azp", "itaku-cli");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
    }

    public static TestTokens user(String user) {
        return new TestTokens(user);
    }

    /** Shorthand: a user of the tenant with the given roles. */
    public static String of(String tenant, String... roles) {
        return user(String.join("-", roles) + "@" + tenant).tenant(tenant).roles(roles).sign();
    }

    /** Shorthand: a contractor user of one organisation in the tenant. */
    public static String contractor(String tenant, String org) {
        return user("contractor@" + org).tenant(tenant).org(org).roles("contractor").sign();
    }

    /** A service account of Itaku's own services (no tenant: events name theirs). */
    public static String service() {
        return user("service-account-itaku-contract-service").authorizedParty("itaku-contract-service").roles("itaku-service").sign();
    }

    public TestTokens tenant(String tenant) {
        claims.setClaim("tenant", tenant);
        return this;
    }

    /** The {@code email} claim Keycloak adds from the user's address. */
    public TestTokens email(String email) {
        claims.setClaim("email", email);
        return this;
    }

    public TestTokens org(String org) {
        claims.setClaim("org", org);
        return this;
    }

    public TestTokens roles(String... roles) {
        claims.setClaim("realm_access", Map.of("roles", List.copyOf(Arrays.asList(roles))));
        return this;
    }

    /** Replaces the audience, e.g. with a token meant for another application. */
    public TestTokens audience(String... audience) {
        claims.setAudience(audience);
        return this;
    }

    /** Replaces the client the token was issued to ({@code azp}). */
    public TestTokens authorizedParty(String clientId) {
        claims.setClaim("azp", clientId);
        return this;
    }

    /** Expires this many seconds from now (quarkus-oidc allows no clock skew by default). */
    public TestTokens expiresInSeconds(long seconds) {
        org.jose4j.jwt.NumericDate expiry = org.jose4j.jwt.NumericDate.now();
        expiry.addSeconds(seconds);
        claims.setExpirationTime(expiry);
        return this;
    }

    public TestTokens expired() {
        claims.setExpirationTimeMinutesInTheFuture(-5);
        return this;
    }

    public String sign() {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(KEYS.getPrivate());
        jws.setKeyIdHeaderValue("test");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same token with one character of its signature changed. */
    public static String tampered(String token) {
        char last = token.charAt(token.length() - 2);
        return token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
    }

    static KeyPair keyPair() {
        return KEYS;
    }

    /**
     * One key pair per JVM, kept in system properties: the test resource and the test class may be loaded by
     * different class loaders, and both must see the same key.
     */
    private static synchronized KeyPair generate() {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            String privateKey = System.getProperty(PRIVATE_KEY_PROPERTY);
            if (privateKey == null) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty(PRIVATE_KEY_PROPERTY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                System.setProperty(PUBLIC_KEY_PROPERTY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                return pair;
            }
            PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
            PublicKey pub = factory.generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(System.getProperty(PUBLIC_KEY_PROPERTY))));
            return new KeyPair(pub, priv);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
