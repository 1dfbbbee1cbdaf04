package jp.itaku.inspection.ledger;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.check.ImprovementRequest;
import jp.itaku.inspection.check.InspectionCheck;
import jp.itaku.inspection.plan.PlanEntry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The chain part of the ledger in a fixed number of queries, however many engagements the tenant has. */
@ApplicationScoped
public class LedgerSummaryService {

    /** The nodes that handle (or handled) the information: approved ones, and removed ones for the record. */
    static final List<ChainNode.Status> HANDLING = List.of(ChainNode.Status.ACTIVE, ChainNode.Status.REMOVED);

    @Inject
    EntityManager em;

    @Inject
    OpenIncidents incidents;

    public ChainSummary of(String division) {
        boolean all = division == null || division.isBlank();
        String where = "status in :handling" + (all ? ""
                : " and engagementId in (select e.id from Engagement e where e.division = :division)");
        Parameters params = Parameters.with("handling", HANDLING);
        if (!all) {
            params.and("division", division);
        }
        List<ChainNode> nodes = ChainNode.list(where + " order by engagementId, path", params);
        List<UUID> ids = nodes.stream().map(n -> n.id).toList();
        Map<UUID, PlanEntry> plans = ids.isEmpty() ? Map.of()
                : PlanEntry.<PlanEntry>list("nodeId in ?1 and kind = ?2", ids, PlanEntry.Kind.PERIODIC).stream()
                .collect(Collectors.toMap(p -> p.nodeId, Function.identity()));
        Map<UUID, LocalDate> lastChecks = new HashMap<>();
        Map<UUID, Long> openImprovements = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c.nodeId, max(c.performedOn) from InspectionCheck c where c.status = :done "
                            + "and c.nodeId in :ids group by c.nodeId", Object[].class)
                    .setParameter("done", InspectionCheck.Status.COMPLETED).setParameter("ids", ids)
                    .getResultList().forEach(r -> lastChecks.put((UUID) r[0], (LocalDate) r[1]));
            em.createQuery("select r.nodeId, count(r) from ImprovementRequest r where r.status <> :closed "
                            + "and r.nodeId in :ids group by r.nodeId", Object[].class)
                    .setParameter("closed", ImprovementRequest.Status.CLOSED).setParameter("ids", ids)
                    .getResultList().forEach(r -> openImprovements.put((UUID) r[0], (Long) r[1]));
        }
        Map<UUID, Long> openIncidents = incidents.perNode(ids);
        List<ChainSummary.Node> rows = nodes.stream().map(n -> {
            PlanEntry p = plans.get(n.id);
            ChainSummary.Inspection inspection = new ChainSummary.Inspection(
                    p == null ? null : p.lastDoneOn, p == null || p.lastDoneKind == null ? null : p.lastDoneKind.name(),
                    lastChecks.get(n.id), p == null || p.status != PlanEntry.Status.OPEN ? null : p.dueOn,
                    p == null ? null : p.method.name(), p != null && p.status == PlanEntry.Status.OPEN);
            return new ChainSummary.Node(n.id, n.engagementId, n.parentId, n.depth, n.name, n.corporateNumber,
                    n.workPart, n.personalInfo, n.location, n.cloud, n.country, n.needsReview(), n.status.name(),
                    n.decidedAt, n.decidedBy, n.removedAt, n.removalReason, inspection,
                    openImprovements.getOrDefault(n.id, 0L), openIncidents.getOrDefault(n.id, 0L));
        }).toList();
        return new ChainSummary(all ? null : division, rows, incidents.tracked());
    }
}
