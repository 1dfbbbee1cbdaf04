package jp.itaku.contract.ledger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.contract.outbox.InspectionConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Reads the chain part of the ledger from inspection-service in one call per ledger, with the caller's own token, so
 * that inspection-service applies its tenancy and roles itself. When it cannot answer, the ledger is not produced
 * (503): a ledger without its chains would say less than it seems to.
 */
@ApplicationScoped
public class InspectionLedgerClient {

    private static final Logger LOG = Logger.getLogger(InspectionLedgerClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    InspectionConfig config;

    @Inject
    JsonWebToken token;

    @Inject
    ObjectMapper mapper;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ChainSummary chains(String division) {
        String query = division == null || division.isBlank() ? ""
                : "?division=" + URLEncoder.encode(division, StandardCharsets.UTF_8).replace("+", "%20");
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.url() + "/api/inspections/ledger" + query))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token.getRawToken())
                .GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                LOG.warnf("inspection-service ledger answered %d", response.statusCode());
                throw unavailable();
            }
            return mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(response.body(), ChainSummary.class);
        } catch (IOException e) {
            LOG.warnf("inspection-service ledger unreachable: %s", e.toString());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private static ItakuException unavailable() {
        return new ItakuException(503, "点検・検査サービスを利用できません",
                "再委託の連鎖と検査の記録を点検・検査サービスから取得できなかったため、台帳を作成できませんでした。"
                        + "時間をおいて再度お試しください。", List.of());
    }
}
