package jp.itaku.contract.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.contract.outbox.InspectionConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.http.HttpClient;
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
        return chains(config.url(), division, token.getRawToken());
    }

    private ChainSummary chains(String baseUrl, String division, String bearerToken) {
        try {
            return new InspectionLedgerCall(http, mapper).chains(baseUrl, division, bearerToken, TIMEOUT);
        } catch (IOException e) {
            LOG.warnf("inspection-service ledger unreachable or refused: %s", e.toString());
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
