package jp.itaku.contract.confirmation;

import jp.itaku.common.time.ItakuClock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.contract.Actor;
import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.engagement.EngagementService;
import jp.itaku.contract.engagement.EngagementState;
import jp.itaku.contract.files.FileStore;
import jp.itaku.contract.files.Uploads.Upload;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConfirmationService {

    @Inject
    ItakuClock clock;

    static final String FILE_PURPOSE = "written-confirmation";

    @Inject
    EngagementService engagements;

    @Inject
    FileStore files;

    @Inject
    ObjectMapper json;

    @Inject
    Actor actor;

    public WrittenConfirmation get(UUID engagementId) {
        Engagement.findVisible(engagementId);
        return WrittenConfirmation.of(engagementId).orElseThrow(() -> ItakuException.notFound("書面による確認事項"));
    }

    @Transactional
    public WrittenConfirmation enter(UUID engagementId, ConfirmationRequest request) {
        Engagement engagement = engagements.lock(engagementId);
        checkOpen(engagement);
        WrittenConfirmation c = WrittenConfirmation.of(engagementId).orElseGet(() -> {
            WrittenConfirmation created = new WrittenConfirmation();
            created.id = UUID.randomUUID();
            created.engagementId = engagementId;
            return created;
        });
        c.responsibleName = request.responsible().name().strip();
        c.responsibleTitle = request.responsible().title().strip();
        c.responsibleContact = request.responsible().contact();
        c.workers = write(request.workers());
        c.managementStructure = request.managementStructure().strip();
        c.implementationStructure = request.implementationStructure().strip();
        c.inspectionArrangements = request.inspectionArrangements().strip();
        c.updatedAt = clock.now();
        c.updatedBy = actor.name();
        c.persist();
        return c;
    }

    /** Attaches the signed document; like drafts, the file is stored first and removed if the row is not written. */
    public WrittenConfirmation attach(UUID engagementId, Upload upload) {
        WrittenConfirmation existing = get(engagementId);
        checkOpen(Engagement.findVisible(engagementId));
        String fileId = files.put(TenantContext.currentTenant(), FILE_PURPOSE, engagementId, upload.fileName(),
                upload.contentType(), upload.content());
        String previous = existing.attachmentFileId;
        WrittenConfirmation updated;
        try {
            updated = QuarkusTransaction.requiringNew().call(() -> {
                checkOpen(engagements.lock(engagementId));
                WrittenConfirmation c = get(engagementId);
                c.attachmentFileId = fileId;
                c.attachmentName = upload.fileName();
                c.attachmentSha256 = upload.sha256();
                c.attachmentUploadedAt = clock.now();
                c.attachmentUploadedBy = actor.name();
                return c;
            });
        } catch (RuntimeException e) {
            files.delete(fileId);
            throw e;
        }
        if (previous != null) {
            files.delete(previous);
        }
        return updated;
    }

    public byte[] attachment(WrittenConfirmation c) {
        if (!c.attached()) {
            throw ItakuException.notFound("書面の添付ファイル");
        }
        return files.get(TenantContext.currentTenant(), c.attachmentFileId);
    }

    public List<Worker> workers(WrittenConfirmation c) {
        try {
            return json.readValue(c.workers, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored workers of confirmation " + c.id + " are not JSON", e);
        }
    }

    /** What is still missing before the engagement can be approved (empty when complete). */
    public static String missingForApproval(UUID engagementId) {
        return WrittenConfirmation.of(engagementId)
                .map(c -> c.attached() ? "" : "書面による確認事項の書面（署名・押印したもの）が添付されていません。")
                .orElse("書面による確認事項（責任者・従事者・管理体制・検査の取決め）が入力されていません。");
    }

    private static void checkOpen(Engagement engagement) {
        if (engagement.state != EngagementState.DRAFTING && engagement.state != EngagementState.UNDER_REVIEW) {
            throw ItakuException.conflict("「" + engagement.state.label + "」の委託案件の確認事項は変更できません。");
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
