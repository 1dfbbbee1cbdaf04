package jp.itaku.inspection.chain;

import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.inspection.engagement.Engagement;
import jp.itaku.inspection.plan.PlanEntry;
import jp.itaku.inspection.plan.PlanService;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ChainService {

    @Inject
    ItakuClock clock;

    private static final ObjectMapper READER = new ObjectMapper();
    private static final String DISPATCH_ONLY = "D1";

    private final Caller caller;
    private final VerificationClient verifier;
    private final PlanService plan;
    private final EntityManager em;

    ChainService(Caller caller, VerificationClient verifier, PlanService plan, EntityManager em) {
        this.em = em;
        this.caller = caller;
        this.verifier = verifier;
        this.plan = plan;
    }

    /**
     * Records a re-subcontract request under one of the caller's own active nodes, with the verifier's report of
     * the subcontract text. Nothing is stored when the request is refused or the verifier cannot be reached.
     */
    public ChainNode request(UUID parentId, SubcontractRequest request, String bearerToken) {
        ChainNode parent = ChainNode.findVisible(parentId).orElseThrow(() -> ItakuException.notFound("委託先（連鎖のノード）"));
        checkCanRequestUnder(parent, request);
        JsonNode report = verifier.verify(request.subcontractFileName(), request.subcontractText(), bearerToken);
        try {
            return QuarkusTransaction.requiringNew().call(() -> persistRequest(parentId, request, report.toString()));
        } catch (PersistenceException e) {
            // the unique index on (engagement, organisation) lost a race with a parallel request
            throw ItakuException.conflict("この組織はすでにこの委託案件の連鎖に含まれています。");
        }
    }

    private ChainNode persistRequest(UUID parentId, SubcontractRequest request, String report) {
        ChainNode parent = ChainNode.findVisible(parentId).orElseThrow(() -> ItakuException.notFound("委託先（連鎖のノード）"));
        checkCanRequestUnder(parent, request);
        ChainNode node = ChainNode.childOf(parent);
        node.name = request.name().strip();
        node.corporateNumber = request.corporateNumber();
        node.orgCode = request.orgCode() == null || request.orgCode().isBlank() ? null : request.orgCode().strip();
        node.subsidiary = request.subsidiary();
        node.workPart = request.workPart().strip();
        node.personalInfo = request.personalInfo().strip();
        node.location = request.location().strip();
        node.cloud = Boolean.TRUE.equals(request.cloud());
        node.country = request.countryCode();
        node.subcontractFile = request.subcontractFileName().strip();
        node.subcontractText = request.subcontractText();
        node.verification = report;
        node.status = ChainNode.Status.PENDING;
        node.requestedAt = clock.now();
        node.requestedBy = caller.userName();
        node.persist();
        ChainNode.flush();
        return node;
    }

    private void checkCanRequestUnder(ChainNode parent, SubcontractRequest request) {
        if (caller.org().filter(org -> org.equals(parent.orgCode)).isEmpty()) {
            throw ItakuException.forbidden("再委託の申請は、自社が委託先となっているノードの下にのみ行えます。");
        }
        switch (parent.status) {
            case PENDING -> throw ItakuException.conflict("承認前の再委託先の下には再委託を申請できません。先に保護管理者の承認が必要です。");
            case REFUSED -> throw ItakuException.conflict("不承認となった再委託先の下には再委託を申請できません。");
            case REMOVED -> throw ItakuException.conflict("連鎖から外された委託先の下には再委託を申請できません。");
            case ACTIVE -> { }
        }
        Engagement engagement = Engagement.findVisible(parent.engagementId).orElseThrow(() -> ItakuException.notFound("委託案件"));
        if (engagement.status != Engagement.Status.ACTIVE) {
            throw ItakuException.conflict("終了した委託案件には再委託を申請できません。");
        }
        // the contractor may not see the whole chain, but the rule is about the whole chain
        @SuppressWarnings("unchecked")
        List<UUID> same = em.createNativeQuery("select id from inspection.chain_node where engagement_id = :e "
                        + "and subject_key = :k and status in ('PENDING', 'ACTIVE')", UUID.class)
                .setParameter("e", engagement.id).setParameter("k", request.subjectKey()).getResultList();
        Set<UUID> ancestors = Arrays.stream(parent.path.split("/")).map(UUID::fromString).collect(Collectors.toSet());
        if (same.stream().anyMatch(ancestors::contains)) {
            throw ItakuException.conflict("申請先の組織は連鎖の上位にすでに含まれています。自らの上位への再委託（循環）はできません。");
        }
        if (!same.isEmpty()) {
            throw ItakuException.conflict("この組織はすでにこの委託案件の連鎖に含まれています。一つの組織が二つの委託元を持つことはできません。");
        }
    }

    /** The protection manager's prior approval (or refusal) of a pending request. */
    @Transactional
    public ChainNode decide(UUID nodeId, boolean approve, String comment, PlanEntry.InspectedBy inspectedBy) {
        ChainNode node = ChainNode.findVisible(nodeId).orElseThrow(() -> ItakuException.notFound("再委託の申請"));
        if (node.status != ChainNode.Status.PENDING) {
            throw ItakuException.conflict("この再委託の申請はすでに判断済みです（承認・不承認は変更できません）。");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (!approve && text == null) {
            throw ItakuException.invalid("comment", "不承認の理由を入力してください。");
        }
        if (approve && text == null && !fullySatisfied(node.verification)) {
            throw ItakuException.invalid("comment",
                    "再委託契約書の検証で充足していない項目があります。承認する場合は理由を入力してください。");
        }
        node.decidedAt = clock.now();
        node.decidedBy = caller.userName();
        node.decisionComment = text;
        if (!approve) {
            node.status = ChainNode.Status.REFUSED;
            return node;
        }
        ChainNode parent = ChainNode.findVisible(node.parentId).orElseThrow(() -> ItakuException.notFound("委託元"));
        if (parent.status != ChainNode.Status.ACTIVE) {
            throw ItakuException.conflict("委託元がすでに連鎖から外されているため承認できません。");
        }
        Engagement engagement = Engagement.findVisible(node.engagementId).orElseThrow(() -> ItakuException.notFound("委託案件"));
        if (engagement.status != Engagement.Status.ACTIVE) {
            throw ItakuException.conflict("終了した委託案件の再委託は承認できません。");
        }
        node.status = ChainNode.Status.ACTIVE;
        plan.open(node, engagement, inspectedBy == null ? PlanEntry.InspectedBy.PARENT : inspectedBy, caller.userName());
        return node;
    }

    /** Takes a node and everything beneath it out of the chain and ends their plan entries. */
    @Transactional
    public ChainNode remove(UUID nodeId, String reason) {
        ChainNode node = ChainNode.findVisible(nodeId).orElseThrow(() -> ItakuException.notFound("委託先（連鎖のノード）"));
        if (node.depth == 1) {
            throw ItakuException.conflict("委託先（第1階層）は委託案件の終了によってのみ連鎖から外れます。");
        }
        if (node.status == ChainNode.Status.REMOVED || node.status == ChainNode.Status.REFUSED) {
            throw ItakuException.conflict("このノードはすでに連鎖に含まれていません。");
        }
        OffsetDateTime now = clock.now();
        List<ChainNode> subtree = ChainNode.subtree(node).stream()
                .filter(n -> n.status == ChainNode.Status.ACTIVE || n.status == ChainNode.Status.PENDING).toList();
        for (ChainNode n : subtree) {
            n.status = ChainNode.Status.REMOVED;
            n.removedAt = now;
            n.removedBy = caller.userName();
            n.removalReason = reason.strip();
            if (n.decidedAt == null) {
                n.decidedAt = now;
                n.decidedBy = caller.userName();
            }
        }
        plan.end(subtree.stream().map(n -> n.id).toList(), "連鎖からの除外: " + reason.strip());
        return node;
    }

    static boolean fullySatisfied(String verification) {
        if (verification == null) {
            return false;
        }
        try {
            JsonNode report = READER.readTree(verification);
            boolean dispatch = "dispatch".equals(report.path("kind").asText());
            for (JsonNode element : report.path("elements")) {
                // D1 (dispatched workers, 第8-7) concerns dispatch contracts only; a subcontract needs 第8-4
                if (!dispatch && DISPATCH_ONLY.equals(element.path("id").asText())) {
                    continue;
                }
                if (!"satisfied".equals(element.path("status").asText())) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
