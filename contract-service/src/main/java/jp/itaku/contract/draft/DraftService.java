package jp.itaku.contract.draft;

import jp.itaku.common.time.ItakuClock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.contract.Actor;
import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.engagement.EngagementService;
import jp.itaku.contract.engagement.EngagementState;
import jp.itaku.contract.files.FileStore;
import jp.itaku.contract.files.Uploads.Upload;
import jp.itaku.contract.verification.ContractVerifier;
import jp.itaku.contract.verification.ElementResult;
import jp.itaku.contract.verification.VerificationReport;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class DraftService {

    @Inject
    ItakuClock clock;

    static final String FILE_PURPOSE = "contract-draft";

    @Inject
    ContractVerifier verifier;

    @Inject
    jp.itaku.contract.verify.VerifierMetrics verifierMetrics;

    @Inject
    FileStore files;

    @Inject
    EngagementService engagements;

    @Inject
    ObjectMapper json;

    @Inject
    Actor actor;

    /**
     * Verifies the upload and keeps it as the next version. The file goes to GridFS first and is deleted again if
     * the row cannot be written, so a failure leaves neither a row nor an orphaned file.
     */
    public ContractDraft upload(UUID engagementId, Upload upload) {
        Engagement engagement = Engagement.findVisible(engagementId);
        checkOpen(engagement);
        checkNotDuplicate(engagementId, upload.sha256());
        VerificationReport report = verifierMetrics.time("draft", () -> verifier.verify(upload.fileName(), upload.content()));
        String tenant = TenantContext.currentTenant();
        String fileId = files.put(tenant, FILE_PURPOSE, engagementId, upload.fileName(), upload.contentType(), upload.content());
        try {
            return QuarkusTransaction.requiringNew().call(() -> insert(engagementId, upload, report, fileId));
        } catch (RuntimeException e) {
            files.delete(fileId);
            throw e;
        }
    }

    private ContractDraft insert(UUID engagementId, Upload upload, VerificationReport report, String fileId) {
        Engagement engagement = engagements.lock(engagementId);
        checkOpen(engagement);
        checkNotDuplicate(engagementId, upload.sha256());
        ContractDraft draft = new ContractDraft();
        draft.id = UUID.randomUUID();
        draft.engagementId = engagementId;
        draft.version = ContractDraft.latest(engagementId).map(d -> d.version + 1).orElse(1);
        draft.fileName = upload.fileName();
        draft.contentType = upload.contentType();
        draft.sizeBytes = upload.content().length;
        draft.sha256 = upload.sha256();
        draft.fileId = fileId;
        draft.reportKind = report.kind();
        draft.report = write(report);
        draft.satisfiedCount = count(report, ElementResult.SATISFIED);
        draft.missingCount = count(report, ElementResult.MISSING);
        draft.contradictedCount = count(report, ElementResult.CONTRADICTED);
        draft.uploadedAt = clock.now();
        draft.uploadedBy = actor.name();
        draft.persist();
        return draft;
    }

    public List<ContractDraft> list(UUID engagementId) {
        Engagement.findVisible(engagementId);
        return ContractDraft.list("engagementId", Sort.by("version"), engagementId);
    }

    /**
     * The latest draft of each engagement the caller may see (in {@code state}, or all when null), newest engagement
     * first, with the elements it leaves open; two queries whatever the number of engagements.
     */
    public List<LatestDraft> latest(EngagementState state) {
        List<Engagement> visible = state == null
                ? Engagement.list("order by createdAt desc, id")
                : Engagement.list("state = ?1 order by createdAt desc, id", state);
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<UUID, ContractDraft> latest = new HashMap<>();
        ContractDraft.<ContractDraft>list("from ContractDraft d where d.engagementId in ?1 and d.version = "
                + "(select max(x.version) from ContractDraft x where x.engagementId = d.engagementId)", visible.stream().map(e -> e.id).toList())
                .forEach(d -> latest.merge(d.engagementId, d, (a, b) -> a.version >= b.version ? a : b));
        List<LatestDraft> result = new ArrayList<>();
        for (Engagement e : visible) {
            ContractDraft draft = latest.get(e.id);
            if (draft != null) {
                List<LatestDraft.OpenElement> open = report(draft).elements().stream()
                        .filter(el -> !ElementResult.SATISFIED.equals(el.status()))
                        .map(el -> new LatestDraft.OpenElement(el.id(), ElementStatus.elementName(el.id()),
                                ElementStatus.applies(e.kind, el.id()), el.status(), ElementStatus.label(el.status())))
                        .toList();
                result.add(new LatestDraft(e.id, LatestDraft.Version.of(draft), open));
            }
        }
        return result;
    }

    public ContractDraft get(UUID engagementId, int version) {
        Engagement.findVisible(engagementId);
        return ContractDraft.find(engagementId, version);
    }

    public byte[] original(ContractDraft draft) {
        return files.get(TenantContext.currentTenant(), draft.fileId);
    }

    public VerificationReport report(ContractDraft draft) {
        try {
            return json.readValue(draft.report, VerificationReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report of draft " + draft.id + " is not readable", e);
        }
    }

    private static void checkOpen(Engagement engagement) {
        if (engagement.state != EngagementState.DRAFTING && engagement.state != EngagementState.UNDER_REVIEW) {
            throw ItakuException.conflict("「" + engagement.state.label + "」の委託案件には契約書案を追加できません。");
        }
    }

    private static void checkNotDuplicate(UUID engagementId, String sha256) {
        ContractDraft.<ContractDraft>find("engagementId = ?1 and sha256 = ?2", engagementId, sha256).firstResultOptional()
                .ifPresent(existing -> {
                    throw ItakuException.conflict("同じ内容のファイルが第" + existing.version + "版（" + existing.fileName
                            + "）としてすでに登録されています。修正した契約書案をアップロードしてください。");
                });
    }

    private static int count(VerificationReport report, String status) {
        return (int) report.elements().stream().filter(e -> status.equals(e.status())).count();
    }

    private String write(VerificationReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
