package jp.itaku.contract.erasure;

import jp.itaku.common.time.ItakuClock;

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
import jp.itaku.contract.engagement.TransitionGuard;
import jp.itaku.contract.files.FileStore;
import jp.itaku.contract.files.Uploads.Upload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** End of an engagement: the erasure certificate is uploaded while it is 履行中, and the end requires one. */
@ApplicationScoped
public class ErasureService implements TransitionGuard {

    @Inject
    ItakuClock clock;

    static final String FILE_PURPOSE = "erasure-certificate";

    @Inject
    EngagementService engagements;

    @Inject
    FileStore files;

    @Inject
    Actor actor;

    public ErasureCertificate upload(UUID engagementId, Upload upload, LocalDate erasedOn, String method, boolean mediaReturned) {
        checkOpen(Engagement.findVisible(engagementId));
        checkNotDuplicate(engagementId, upload.sha256());
        String fileId = files.put(TenantContext.currentTenant(), FILE_PURPOSE, engagementId, upload.fileName(),
                upload.contentType(), upload.content());
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                checkOpen(engagements.lock(engagementId));
                checkNotDuplicate(engagementId, upload.sha256());
                ErasureCertificate c = new ErasureCertificate();
                c.id = UUID.randomUUID();
                c.engagementId = engagementId;
                c.fileName = upload.fileName();
                c.contentType = upload.contentType();
                c.sizeBytes = upload.content().length;
                c.sha256 = upload.sha256();
                c.fileId = fileId;
                c.erasedOn = erasedOn;
                c.method = method.strip();
                c.mediaReturned = mediaReturned;
                c.uploadedAt = clock.now();
                c.uploadedBy = actor.name();
                c.persist();
                return c;
            });
        } catch (RuntimeException e) {
            files.delete(fileId);
            throw e;
        }
    }

    public List<ErasureCertificate> list(UUID engagementId) {
        Engagement.findVisible(engagementId);
        return ErasureCertificate.list("engagementId", Sort.by("uploadedAt"), engagementId);
    }

    public ErasureCertificate get(UUID engagementId, UUID id) {
        Engagement.findVisible(engagementId);
        return ErasureCertificate.<ErasureCertificate>find("engagementId = ?1 and id = ?2", engagementId, id)
                .firstResultOptional().orElseThrow(() -> ItakuException.notFound("消去証明書"));
    }

    public byte[] file(ErasureCertificate c) {
        return files.get(TenantContext.currentTenant(), c.fileId);
    }

    @Override
    public void check(Engagement engagement, EngagementState to) {
        if (to == EngagementState.ENDED && ErasureCertificate.count("engagementId", engagement.id) == 0) {
            throw ItakuException.conflict("消去証明書（個人情報の消去・媒体の返却の証明）がアップロードされていないため、終了にできません。");
        }
    }

    private static void checkOpen(Engagement engagement) {
        if (engagement.state != EngagementState.IN_PROGRESS) {
            throw ItakuException.conflict("消去証明書は「履行中」の委託案件にだけ登録できます（現在: 「" + engagement.state.label + "」）。");
        }
    }

    private static void checkNotDuplicate(UUID engagementId, String sha256) {
        if (ErasureCertificate.count("engagementId = ?1 and sha256 = ?2", engagementId, sha256) > 0) {
            throw ItakuException.conflict("同じ内容の消去証明書がすでに登録されています。");
        }
    }
}
