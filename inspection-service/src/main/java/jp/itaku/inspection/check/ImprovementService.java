package jp.itaku.inspection.check;

import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.evidence.EvidenceFile;
import jp.itaku.inspection.evidence.EvidenceStore;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class ImprovementService {

    @Inject
    ItakuClock clock;

    @Inject
    Caller caller;

    @Inject
    EvidenceStore evidence;

    /** The inspected organisation answers with what it has done. */
    @Transactional
    public ImprovementRequest respond(UUID id, String response) {
        ImprovementRequest request = answerable(id);
        request.status = ImprovementRequest.Status.RESPONDED;
        request.response = response.strip();
        request.respondedAt = clock.now();
        request.respondedBy = caller.userName();
        return request;
    }

    public EvidenceFile attach(UUID id, FileUpload upload) {
        ImprovementRequest request = answerable(id);
        return evidence.store(EvidenceFile.OwnerKind.IMPROVEMENT, request.id, request.nodeId, upload, () -> answerable(id));
    }

    /** The inspector closes the request once the contractor has shown its remedy with evidence. */
    @Transactional
    public ImprovementRequest close(UUID id, String comment) {
        ImprovementRequest request = ImprovementRequest.findVisible(id).orElseThrow(() -> ItakuException.notFound("改善要求"));
        if (request.status == ImprovementRequest.Status.CLOSED) {
            throw ItakuException.conflict("この改善要求はすでに完了しています。");
        }
        boolean hasEvidence = EvidenceFile.of(EvidenceFile.OwnerKind.IMPROVEMENT, id).stream().anyMatch(f -> f.contractor);
        if (request.status != ImprovementRequest.Status.RESPONDED || !hasEvidence) {
            throw ItakuException.conflict("委託先からの改善報告と証拠ファイルがそろうまで、改善要求は完了できません。");
        }
        request.status = ImprovementRequest.Status.CLOSED;
        request.closingComment = CheckService.blankToNull(comment);
        request.closedAt = clock.now();
        request.closedBy = caller.userName();
        return request;
    }

    private ImprovementRequest answerable(UUID id) {
        ImprovementRequest request = ImprovementRequest.findVisible(id).orElseThrow(() -> ItakuException.notFound("改善要求"));
        ChainNode node = ChainNode.findVisible(request.nodeId).orElseThrow(() -> ItakuException.notFound("改善要求"));
        if (caller.org().filter(org -> org.equals(node.orgCode)).isEmpty()) {
            throw ItakuException.forbidden("改善要求への回答は、検査を受けた委託先のみが行えます。");
        }
        if (request.status == ImprovementRequest.Status.CLOSED) {
            throw ItakuException.conflict("完了した改善要求には回答できません。");
        }
        return request;
    }
}
