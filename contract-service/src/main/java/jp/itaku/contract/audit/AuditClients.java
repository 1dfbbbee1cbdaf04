package jp.itaku.contract.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.itaku.common.http.OutgoingCalls;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The 監査報告書's clients of inspection-service and provision-service for the current caller: each call carries the
 * caller's own token (so the report shows exactly what the auditor may see there) and is a traced outgoing call.
 */
@ApplicationScoped
public class AuditClients {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    AuditReportConfig config;

    @Inject
    JsonWebToken token;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutgoingCalls calls;

    public InspectionAuditClient inspection(int maxPages) {
        return new InspectionAuditClient(call(config.inspectionUrl(), "inspection-service "), maxPages);
    }

    public ProvisionAuditClient provision(int maxPages) {
        return new ProvisionAuditClient(call(config.provisionUrl(), "provision-service "), maxPages);
    }

    private ServiceCall call(String baseUrl, String service) {
        return new ServiceCall((request, target) -> calls.send(http, request, service + target,
                HttpResponse.BodyHandlers.ofByteArray()), mapper, baseUrl, token.getRawToken());
    }
}
