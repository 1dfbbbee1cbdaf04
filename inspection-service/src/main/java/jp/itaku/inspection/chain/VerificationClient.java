package jp.itaku.inspection.chain;

import jakarta.inject.Inject;
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
import java.time.Duration;
import java.util.List;

/**
 * Asks contract-service's verifier, with the caller's token, whether a subcontract imposes 第8-4: sends a
 * {@link VerificationRequest}, reads the answer as a {@link SubcontractVerification}. The request and the reading are
 * split from the traced send so that the pact test ({@code ContractServicePactTest}) runs them against Pact's mock.
 */
@ApplicationScoped
public class VerificationClient {

    private static final Logger LOG = Logger.getLogger(VerificationClient.class);
    public static final String PATH = "/api/contracts/verifications";

    /** The report as read, and the verifier's answer as it came (stored with the node, served with it). */
    public record Verified(SubcontractVerification report, String json) {
    }

    @Inject
    ContractServiceConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutgoingCalls calls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The verifier's report; a 422 problem for a text it refuses, a 503 problem when contract-service cannot answer. */
    public Verified verify(String fileName, String text, String bearerToken) {
        try {
            HttpRequest.Builder request = request(config.url(), config.timeout(), new VerificationRequest(fileName, text),
                    bearerToken, mapper);
            return read(calls.send(http, request, "contract-service " + PATH,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.warnf("contract-service verifier unreachable: %s", e.toString());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    /** The verifier's request against any base URL (the pact test points it at Pact's mock of contract-service). */
    public static HttpRequest.Builder request(String baseUrl, Duration timeout, VerificationRequest body,
                                              String bearerToken, ObjectMapper mapper) throws IOException {
        return HttpRequest.newBuilder(URI.create(baseUrl + PATH))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)));
    }

    /** The verifier's answer read, or the problem to answer the contractor with. */
    public static Verified read(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 400 || status == 413 || status == 415 || status == 422) {
            throw ItakuException.unprocessable("再委託契約書を検証できません（契約書検証サービスの応答: "
                    + status + "）。本文を確認してください。");
        }
        if (status != 200) {
            LOG.warnf("contract-service verifier answered %d", status);
            throw unavailable();
        }
        return SubcontractVerification.parse(response.body()).map(report -> new Verified(report, response.body()))
                .orElseThrow(() -> {
                    LOG.warn("contract-service verifier answered a report without its elements");
                    return unavailable();
                });
    }

    private static ItakuException unavailable() {
        return new ItakuException(503, "契約書検証サービスを利用できません",
                "再委託契約書の検証を行う契約管理サービスに接続できませんでした。申請は保存されていません。"
                        + "時間をおいて再度お試しください。", List.of());
    }
}
