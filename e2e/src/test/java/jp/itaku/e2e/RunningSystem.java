package jp.itaku.e2e;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fails (never skips) every e2e class at once with a clear message when the system of `./itaku up` is not running:
 * -De2e=true asked for these tests, so a missing system is an error, not a pass.
 */
public class RunningSystem implements BeforeAllCallback {

    private static volatile String problem;
    private static volatile boolean checked;

    @Override
    public void beforeAll(ExtensionContext context) {
        check();
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    private static synchronized void check() {
        if (checked) {
            return;
        }
        checked = true;
        // a hanging service must fail the suite, not block it
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 60_000));
        List<String> down = new ArrayList<>();
        probe("gateway", Itaku.gateway("/q/health/ready"), down);
        probe("keycloak", Itaku.REALM + "/.well-known/openid-configuration", down);
        for (Map.Entry<String, String> service : Itaku.SERVICES.entrySet()) {
            probe(service.getKey(), service.getValue() + "/q/health/ready", down);
        }
        if (!down.isEmpty()) {
            problem = "Itaku が起動していません (the system is not running): " + down
                    + " — 先に ./itaku up を実行してください (run ./itaku up first, or use ./itaku test)";
        }
    }

    private static void probe(String name, String url, List<String> down) {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                down.add(name + " (" + url + " → " + response.statusCode() + ")");
            }
        } catch (Exception e) {
            down.add(name + " (" + url + ": " + e.getClass().getSimpleName() + ")");
        }
    }
}
