package jp.itaku.inspection.chain;

import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.inspection.chain.model.ChainRules;
import jp.itaku.inspection.engagement.Engagement;
import jp.itaku.inspection.plan.PlanEntry;
import jp.itaku.inspection.plan.PlanService;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ChainService {

    @Inject
    ItakuClock clock;

    @Inject
    Caller caller;

    @Inject
    VerificationClient verifier;

    @Inject
    PlanService plan;

    @Inject
    EntityManager em;

    /**
     * Records a re-subcontract request under one of the caller's own active nodes, with the verifier's report of
     * the subcontract text. Nothing is stored when the request is refused or the verifier cannot be reached.
     */
    public ChainNode request(UUID parentId, SubcontractRequest request, String bearerToken) {
        ChainNode parent = ChainNode.findVisible(parentId).orElseThrow(() -> ItakuException.notFound("委託先（連鎖のノード）"));
        checkCanRequestUnder(parent, request);
        String report = verifier.verify(request.subcontractFileName(), request.subcontractText(), bearerToken).json();
        try {
            return QuarkusTransaction.requiringNew().call(() -> persistRequest(parentId, request, report));
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
        ChainRules.mayRequestUnder(caller.org(), parent.orgCode, parent.status).orThrow();
        Engagement engagement = Engagement.findVisible(parent.engagementId).orElseThrow(() -> ItakuException.notFound("委託案件"));
        ChainRules.mayRequestIn(engagement.status == Engagement.Status.ACTIVE).orThrow();
        // the contractor may not see the whole chain, but the rule is about the whole chain
        @SuppressWarnings("unchecked")
        List<UUID> same = em.createNativeQuery("select id from inspection.chain_node where engagement_id = :e "
                        + "and subject_key = :k and status in ('PENDING', 'ACTIVE')", UUID.class)
                .setParameter("e", engagement.id).setParameter("k", request.subjectKey()).getResultList();
        Set<UUID> ancestors = Arrays.stream(parent.path.split("/")).map(UUID::fromString).collect(Collectors.toSet());
        ChainRules.onePlaceInTheChain(same, ancestors).orThrow();
    }

    /** The protection manager's prior approval (or refusal) of a pending request. */
    @Transactional
    public ChainNode decide(UUID nodeId, boolean approve, String comment, PlanEntry.InspectedBy inspectedBy) {
        ChainNode node = ChainNode.findVisible(nodeId).orElseThrow(() -> ItakuException.notFound("再委託の申請"));
        ChainRules.mayDecide(node.status, approve, comment, fullySatisfied(node.verification)).orThrow();
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        node.decidedAt = clock.now();
        node.decidedBy = caller.userName();
        node.decisionComment = text;
        if (!approve) {
            node.status = ChainNode.Status.REFUSED;
            return node;
        }
        ChainNode parent = ChainNode.findVisible(node.parentId).orElseThrow(() -> ItakuException.notFound("委託元"));
        Engagement engagement = Engagement.findVisible(node.engagementId).orElseThrow(() -> ItakuException.notFound("委託案件"));
        ChainRules.mayApproveUnder(parent.status, engagement.status == Engagement.Status.ACTIVE).orThrow();
        node.status = ChainNode.Status.ACTIVE;
        plan.open(node, engagement, inspectedBy == null ? PlanEntry.InspectedBy.PARENT : inspectedBy, caller.userName());
        return node;
    }

    /** Takes a node and everything beneath it out of the chain and ends their plan entries. */
    @Transactional
    public ChainNode remove(UUID nodeId, String reason) {
        ChainNode node = ChainNode.findVisible(nodeId).orElseThrow(() -> ItakuException.notFound("委託先（連鎖のノード）"));
        ChainRules.mayRemove(node.depth, node.status).orThrow();
        OffsetDateTime now = clock.now();
        List<ChainNode> subtree = ChainNode.subtree(node).stream()
                .filter(n -> ChainRules.stillInTheChain(n.status)).toList();
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

    /** Reads the stored verification report for ChainRules.fullySatisfied; an absent or unreadable report is not. */
    static boolean fullySatisfied(String verification) {
        return unmetElements(verification).map(List::isEmpty).orElse(false);
    }

    /**
     * The ids of the subcontract's elements not satisfied (ChainRules.unmet), from the stored verification report;
     * empty when there is no readable report (the depth-1 contractor has none).
     */
    public static Optional<List<String>> unmetElements(String verification) {
        return SubcontractVerification.parse(verification)
                .map(report -> ChainRules.unmet(report.dispatch(), report.statusById()));
    }
}
