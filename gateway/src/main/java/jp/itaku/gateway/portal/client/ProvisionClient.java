package jp.itaku.gateway.portal.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import jp.itaku.gateway.portal.client.ProvisionApi.Agreement;
import jp.itaku.gateway.portal.client.ProvisionApi.CloseInput;
import jp.itaku.gateway.portal.client.ProvisionApi.EndInput;
import jp.itaku.gateway.portal.client.ProvisionApi.Improvement;
import jp.itaku.gateway.portal.client.ProvisionApi.ImprovementInput;
import jp.itaku.gateway.portal.client.ProvisionApi.Investigation;
import jp.itaku.gateway.portal.client.ProvisionApi.InvestigationInput;
import jp.itaku.gateway.portal.client.ProvisionApi.IssueInput;
import jp.itaku.gateway.portal.client.ProvisionApi.Page;
import jp.itaku.gateway.portal.client.ProvisionApi.Provision;
import jp.itaku.gateway.portal.client.ProvisionApi.ProvisionInput;
import jp.itaku.gateway.portal.client.ProvisionApi.Recipient;
import jp.itaku.gateway.portal.client.ProvisionApi.RecipientInput;
import jp.itaku.gateway.portal.client.ProvisionApi.Register;
import jp.itaku.gateway.portal.client.ProvisionApi.ResponseInput;
import jp.itaku.gateway.portal.client.ProvisionApi.SafetyMeasureInput;
import jp.itaku.gateway.portal.client.ProvisionApi.SafetyMeasureRequest;
import jp.itaku.gateway.portal.client.ProvisionApi.Settings;
import jp.itaku.gateway.portal.client.ProvisionApi.Vocabulary;
import jp.itaku.gateway.portal.web.Problem;
import jp.itaku.gateway.portal.web.ServiceException;
import jp.itaku.gateway.portal.web.Services;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * provision-service as the portal's pages call it: typed records in and out ({@link ProvisionApi}), with the
 * signed-in person's token (through {@link Services}), so the service decides roles, tenant and what exists.
 */
@RequestScoped
public class ProvisionClient {

    static final String API = "/api/provisions";

    /** Reads what the pages need and ignores what they do not (the service may add fields). */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Services services;

    private Vocabulary vocabulary;

    ProvisionClient(Services services) {
        this.services = services;
    }

    /** The codes' labels, read once per request (this client is request scoped). */
    public Vocabulary vocabulary() {
        if (vocabulary == null) {
            vocabulary = get(API + "/vocabulary", Vocabulary.class);
        }
        return vocabulary;
    }

    /** The agency's setting; empty until the chief protection manager has saved one (the service answers 409). */
    public Optional<Settings> settings() {
        try {
            return Optional.of(get(API + "/settings", Settings.class));
        } catch (ServiceException e) {
            if (e.problem().status() == 409) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public List<Recipient> recipients() {
        return page(API + "/recipients?size=200", Recipient.class).items();
    }

    public Recipient recipient(UUID id) {
        return get(API + "/recipients/" + id, Recipient.class);
    }

    public Recipient createRecipient(RecipientInput input) {
        return send("POST", API + "/recipients", input, Recipient.class);
    }

    public Recipient updateRecipient(UUID id, RecipientInput input) {
        return send("PUT", API + "/recipients/" + id, input, Recipient.class);
    }

    public Page<Provision> provisions(String state, String division) {
        StringBuilder path = new StringBuilder(API + "?size=200");
        if (state != null && !state.isBlank()) {
            path.append("&state=").append(encode(state));
        }
        if (division != null && !division.isBlank()) {
            path.append("&division=").append(encode(division));
        }
        return page(path.toString(), Provision.class);
    }

    public Provision provision(UUID id) {
        return get(API + "/" + id, Provision.class);
    }

    public Provision createProvision(ProvisionInput input) {
        return send("POST", API, input, Provision.class);
    }

    public Provision updateProvision(UUID id, ProvisionInput input) {
        return send("PUT", API + "/" + id, input, Provision.class);
    }

    public Provision start(UUID id) {
        return send("POST", API + "/" + id + "/start", null, Provision.class);
    }

    public Provision end(UUID id, EndInput input) {
        return send("POST", API + "/" + id + "/end", input, Provision.class);
    }

    public List<Agreement> agreements(UUID provisionId) {
        return list(API + "/" + provisionId + "/agreements", Agreement.class);
    }

    public Agreement issue(UUID provisionId, IssueInput input) {
        return send("POST", API + "/" + provisionId + "/agreements", input, Agreement.class);
    }

    public List<SafetyMeasureRequest> safetyMeasureRequests(UUID provisionId) {
        return list(API + "/" + provisionId + "/safety-measure-requests", SafetyMeasureRequest.class);
    }

    public SafetyMeasureRequest requestSafetyMeasures(UUID provisionId, SafetyMeasureInput input) {
        return send("POST", API + "/" + provisionId + "/safety-measure-requests", input, SafetyMeasureRequest.class);
    }

    public SafetyMeasureRequest recordResponse(UUID provisionId, UUID requestId, ResponseInput input) {
        return send("POST", API + "/" + provisionId + "/safety-measure-requests/" + requestId + "/response", input,
                SafetyMeasureRequest.class);
    }

    public List<Investigation> investigations(UUID provisionId) {
        return list(API + "/" + provisionId + "/investigations", Investigation.class);
    }

    public Investigation recordInvestigation(UUID provisionId, InvestigationInput input) {
        return send("POST", API + "/" + provisionId + "/investigations", input, Investigation.class);
    }

    public List<Improvement> improvements(UUID provisionId) {
        return page(API + "/" + provisionId + "/improvement-requests?size=200", Improvement.class).items();
    }

    public Improvement requestImprovement(UUID provisionId, ImprovementInput input) {
        return send("POST", API + "/" + provisionId + "/improvement-requests", input, Improvement.class);
    }

    public Improvement closeImprovement(UUID provisionId, UUID requestId, CloseInput input) {
        return send("POST", API + "/" + provisionId + "/improvement-requests/" + requestId + "/close", input,
                Improvement.class);
    }

    public Register register(String division) {
        return get(API + "/register" + divisionQuery(division), Register.class);
    }

    /** The agreement's PDF as the portal's answer (the service's bytes, type and file name). */
    public Response agreementPdf(UUID provisionId, int version) {
        return services.relay(API + "/" + provisionId + "/agreements/" + version + "/pdf");
    }

    /** The register as CSV ({@code csv}) or PDF ({@code pdf}). */
    public Response registerFile(String format, String division) {
        return services.relay(API + "/register/" + format + divisionQuery(division));
    }

    private static String divisionQuery(String division) {
        return division == null || division.isBlank() ? "" : "?division=" + encode(division);
    }

    private <T> T get(String path, Class<T> type) {
        return read(services.exchange("GET", path, null), JSON.constructType(type));
    }

    private <T> List<T> list(String path, Class<T> type) {
        return read(services.exchange("GET", path, null), JSON.getTypeFactory().constructCollectionType(List.class, type));
    }

    private <T> Page<T> page(String path, Class<T> type) {
        return read(services.exchange("GET", path, null), JSON.getTypeFactory().constructParametricType(Page.class, type));
    }

    private <T> T send(String method, String path, Record body, Class<T> type) {
        String json;
        try {
            json = body == null ? null : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return read(services.exchange(method, path, json), JSON.constructType(type));
    }

    private <T> T read(String body, JavaType type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new ServiceException(services.english()
                    ? new Problem(502, Services.en().unreadable_title(),
                    Services.en().unreadable(Services.ENGLISH_NAMES.get("provisions")), Map.of())
                    : new Problem(502, "サービスから予期しない応答がありました",
                    "提供管理サービス（provision-service）の応答を読み取れませんでした。しばらくしてから再度お試しください。",
                    Map.of()));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
