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
import java.util.List;
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
