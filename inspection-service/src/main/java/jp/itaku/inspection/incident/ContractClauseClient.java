package jp.itaku.inspection.incident;

import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.chain.ContractServiceConfig;
import jp.itaku.inspection.chain.SubcontractVerification;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The C4 clause (漏えい等事案発生時の対応) the contractor agreed to, as the verifier found it: for the contractor (depth 1)
 * in the approved contract draft at contract-service (asked with the caller's token, like the subcontract
 * verification), for a subcontractor in the verification report stored with its subcontract.
 */
@ApplicationScoped
public class ContractClauseClient {

    private static final Logger LOG = Logger.getLogger(ContractClauseClient.class);
    public static final String ELEMENT = "C4";

    /** The clause sentences, where the clause came from, or why it could not be shown. */
    public record Clause(List<String> sentences, String source, String unavailable) {
    }

    /**
     * What this client reads of contract-service's answers (its approval and its draft's verification report; a
     * subcontract's stored report is read as a {@link SubcontractVerification}): only these fields, others ignored.
     * Held by the pact {@code ContractServicePactTest}.
     */
    record Approval(int draftVersion) {
    }

    record Report(List<Element> elements) {

        /** The elements and evidence of a subcontract's stored verification report. */
        static Report of(SubcontractVerification report) {
            return new Report(report.elements().stream().map(e -> new Element(e.id(),
                    e.evidence() == null ? List.of() : e.evidence().stream()
                            .map(x -> new Evidence(x.article(), x.text())).toList())).toList());
        }
    }

    record Element(String id, List<Evidence> evidence) {
    }

    record Evidence(String article, String text) {
    }

    @Inject
    ContractServiceConfig config;

    @Inject
    ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** Reads tolerantly: fields contract-service adds are ignored. */
    private <T> T read(String json, Class<T> type) throws IOException {
        return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(json);
    }

    public Clause clause(ChainNode node, String bearerToken) {
        if (node.depth > 1) {
            if (node.verification == null) {
                return new Clause(List.of(), null, "再委託契約書の検証結果がありません。");
            }
            return SubcontractVerification.parse(node.verification)
                    .map(report -> fromReport(Report.of(report), "再委託契約書（" + node.name + "）"))
                    .orElseGet(() -> new Clause(List.of(), null, "再委託契約書の検証結果を読み取れません。"));
        }
        try {
            Optional<Approval> approval = get("/api/contracts/engagements/" + node.engagementId + "/approval",
                    bearerToken, Approval.class);
            if (approval.isEmpty()) {
                return new Clause(List.of(), null, "承認された契約書案が見つかりません。");
            }
            int version = approval.get().draftVersion();
            Optional<Report> draft = get("/api/contracts/engagements/" + node.engagementId + "/drafts/" + version,
                    bearerToken, Report.class);
            if (draft.isEmpty()) {
                return new Clause(List.of(), null, "承認された契約書案（第" + version + "版）が見つかりません。");
            }
            return fromReport(draft.get(), "承認済み契約書案 第" + version + "版");
        } catch (IOException e) {
            LOG.warnf("contract-service unreachable for the C4 clause: %s", e.toString());
            return new Clause(List.of(), null, "契約管理サービスに接続できないため、契約条項を表示できません。");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Clause(List.of(), null, "契約条項を取得できませんでした。");
        }
    }

    private Clause fromReport(Report report, String source) {
        for (Element element : report.elements() == null ? List.<Element>of() : report.elements()) {
            if (ELEMENT.equals(element.id())) {
                List<String> sentences = new ArrayList<>();
                for (Evidence evidence : element.evidence() == null ? List.<Evidence>of() : element.evidence()) {
                    String article = evidence.article() == null ? "" : evidence.article();
                    sentences.add((article.isBlank() ? "" : article + "　") + (evidence.text() == null ? "" : evidence.text()));
                }
                if (sentences.isEmpty()) {
                    return new Clause(List.of(), source, "契約書に漏えい等事案発生時の対応（C4）の条項が見つかりませんでした。");
                }
                return new Clause(sentences, source, null);
            }
        }
        return new Clause(List.of(), source, "契約書に漏えい等事案発生時の対応（C4）の条項が見つかりませんでした。");
    }

    private <T> Optional<T> get(String path, String bearerToken, Class<T> type) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.url() + path)).timeout(config.timeout())
                .header("Accept", "application/json").header("Authorization", "Bearer " + bearerToken).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            LOG.debugf("contract-service answered %d for %s", response.statusCode(), path);
            return Optional.empty();
        }
        return Optional.of(read(response.body(), type));
    }
}
