package jp.itaku.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where the running system is: the fixed ports of `./itaku up`, overridable with -De2e.gateway=… etc. */
final class Itaku {

    static final String GATEWAY = property("e2e.gateway", "http://127.0.0.1:8080");
    static final String KEYCLOAK = property("e2e.keycloak", "http://127.0.0.1:8180");
    static final String REALM = KEYCLOAK + "/realms/itaku";
    static final String PASSWORD = property("e2e.password", "itaku-demo");

    /** Each service's own address (route segment → URL), for calls that bypass the gateway. */
    static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("contracts", property("e2e.contracts", "http://127.0.0.1:8081"));
        SERVICES.put("inspections", property("e2e.inspections", "http://127.0.0.1:8082"));
        SERVICES.put("provisions", property("e2e.provisions", "http://127.0.0.1:8083"));
    }

    private Itaku() {
    }

    static String gateway(String path) {
        return GATEWAY + path;
    }

    static String service(String segment, String path) {
        return SERVICES.get(segment) + path;
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
