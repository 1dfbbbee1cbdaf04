package jp.itaku.contract.onboarding;

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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Reads one node of a re-subcontracting chain from inspection-service, which owns the chain, with the caller's own
 * token (so inspection-service applies its tenancy and roles): a node the caller may not see is "not found".
 */
@ApplicationScoped
public class ChainNodes {

    private static final Logger LOG = Logger.getLogger(ChainNodes.class);

    /**
     * The fields of inspection-service's node that an invitation needs (the rest is ignored). Held by the pact
     * {@code InspectionServicePactTest}, which inspection-service's build replays.
     */
    public record Node(UUID id, UUID engagementId, int depth, String name, String orgCode, String status) {

        /** inspection-service's state of a subcontract that the agency approved */
        static final String APPROVED = "ACTIVE";
    }

    @Inject
    InspectionConfig config;

    @Inject
    JsonWebToken token;

    @Inject
    ObjectMapper mapper;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Node get(UUID nodeId) {
        try {
            return read(http.send(request(config.url(), nodeId, token.getRawToken()),
                    HttpResponse.BodyHandlers.ofByteArray()), mapper);
        } catch (IOException e) {
            LOG.warnf("inspection-service node %s unreadable: %s", nodeId, e.toString());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    /** The request for one node against any base URL (the pact test points it at Pact's mock of inspection-service). */
    public static HttpRequest request(String baseUrl, UUID nodeId, String bearerToken) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/inspections/nodes/" + nodeId))
                .timeout(Duration.ofSeconds(20)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken).GET().build();
    }

    /** The node read tolerantly (fields inspection-service adds are ignored); 404/403 is "not found". */
    public static Node read(HttpResponse<byte[]> response, ObjectMapper mapper) throws IOException {
        if (response.statusCode() == 404 || response.statusCode() == 403) {
            throw ItakuException.notFound("再委託先");
        }
        if (response.statusCode() != 200) {
            throw new IOException("inspection-service answered " + response.statusCode());
        }
        return mapper.readerFor(Node.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(response.body());
    }

    private static ItakuException unavailable() {
        return new ItakuException(503, "点検・検査サービスを利用できません",
                "再委託先の情報を点検・検査サービスから取得できなかったため、招待できませんでした。時間をおいて再度お試しください。",
                List.of());
    }
}
