package jp.itaku.e2e;

import java.util.List;

/** One list endpoint per service, each closed to a role that must not read it. */
final class ServiceApis {

    record ListApi(String service, String path, String allowedUser, String refusedUser) {
        @Override
        public String toString() {
            return service + " " + path;
        }
    }

    static final List<ListApi> LISTS = List.of(
            new ListApi("contracts", "/api/contracts/contractors", "sho-auditor", "platform-admin"),
            new ListApi("inspections", "/api/inspections/plan", "sho-auditor", "platform-admin"),
            new ListApi("provisions", "/api/provisions/recipients", "sho-auditor", "alpha-user"));

    private ServiceApis() {
    }
}
