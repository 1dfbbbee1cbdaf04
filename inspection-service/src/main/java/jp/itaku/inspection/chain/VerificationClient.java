package jp.itaku.inspection.chain;

import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.common.http.OutgoingCalls;
import jp.itaku.common.problem.ItakuException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Asks contract-service's verifier, with the caller's token, whether a subcontract imposes 第8-4. */
@ApplicationScoped
public class VerificationClient {

    private static final Logger LOG = Logger.getLogger(VerificationClient.class);

    @Inject
    ContractServiceConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutgoingCalls calls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();

    /** The verifier's report as JSON; a 503 problem when contract-service cannot answer. */
    public JsonNode verify(String fileName, String text, String bearerToken) {
        try {
            byte[] body = mapper.writeValueAsBytes(Map.of("fileName", fileName, "text", text));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url() + "/api/contracts/verifications"))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + bearerToken)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<String> response = calls.send(http, request, "contract-service /api/contracts/verifications",
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 400 || response.statusCode() == 413 || response.statusCode() == 415
                    || response.statusCode() == 422) {
                throw ItakuException.unprocessable("再委託契約書を検証できません（契約書検証サービスの応答: "
                        + response.statusCode() + "）。本文を確認してください。");
            }
            if (response.statusCode() != 200) {
                LOG.warnf("contract-service verifier answered %d", response.statusCode());
                throw unavailable();
            }
            JsonNode report = mapper.readTree(response.body());
            if (!report.path("elements").isArray()) {
                throw unavailable();
            }
            return report;
        } catch (IOException e) {
            LOG.warnf("contract-service verifier unreachable: %s", e.toString());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private static ItakuException unavailable() {
        return new ItakuException(503, "契約書検証サービスを利用できません",
                "再委託契約書の検証を行う契約管理サービスに接続できませんでした。申請は保存されていません。"
                        + "時間をおいて再度お試しください。", List.of());
    }
}
