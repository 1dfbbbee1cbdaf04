package jp.itaku.inspection.plan;

import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.engagement.Engagement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanService {

    @Inject
    ItakuClock clock;

    private static final String STATE = "case when p.dueOn < :today then 'OVERDUE' when p.dueOn <= :soon then 'DUE' "
            + "when p.lastDoneOn is not null then 'DONE' else 'SCHEDULED' end";

    private final EntityManager em;

    PlanService(EntityManager em) {
        this.em = em;
    }

    public record Counts(long overdue, long due, long done, long scheduled, long open) {
    }

    public record Row(PlanEntry entry, ChainNode node, Engagement engagement, PlanState state) {
    }

    /** Starts the plan of a newly active node: first inspection one interval from today. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlanEntry open(ChainNode node, Engagement engagement, PlanEntry.InspectedBy inspectedBy, String by) {
        PlanEntry entry = new PlanEntry();
        entry.id = UUID.randomUUID();
        entry.nodeId = node.id;
        entry.engagementId = engagement.id;
        entry.intervalMonths = TenantPolicy.current().months(engagement.sensitivity);
        entry.startsOn = clock.today();
        entry.dueOn = entry.startsOn.plusMonths(entry.intervalMonths);
        entry.inspectedBy = inspectedBy;
        entry.method = PlanEntry.Method.ONSITE;
        entry.status = PlanEntry.Status.OPEN;
        entry.updatedAt = clock.now();
        entry.updatedBy = by;
        entry.persist();
        return entry;
    }

    /** Ends the open entries of the given nodes (a removed subtree, an ended engagement). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(List<UUID> nodeIds, String reason) {
        if (!nodeIds.isEmpty()) {
            PlanEntry.<PlanEntry>list("nodeId in ?1 and status = ?2", nodeIds, PlanEntry.Status.OPEN)
                    .forEach(entry -> entry.end(reason, clock.now()));
        }
    }

    /** Overdue, due, done and scheduled for the caller's tenant in one pass over the (tenant, status, due) index. */
    public Counts counts(LocalDate today) {
        Tuple t = em.createQuery("select count(p) filter (where p.dueOn < :today), "
                        + "count(p) filter (where p.dueOn >= :today and p.dueOn <= :soon), "
                        + "count(p) filter (where p.dueOn > :soon and p.lastDoneOn is not null), "
                        + "count(p) filter (where p.dueOn > :soon and p.lastDoneOn is null), count(p) "
                        + "from PlanEntry p where p.status = :open", Tuple.class)
                .setParameter("today", today).setParameter("soon", today.plusDays(PlanState.WINDOW_DAYS))
                .setParameter("open", PlanEntry.Status.OPEN)
                .getSingleResult();
        return new Counts(t.get(0, Long.class), t.get(1, Long.class), t.get(2, Long.class), t.get(3, Long.class),
                t.get(4, Long.class));
    }

    /** Open entries in one state (or all), soonest due first. */
    public PageResult<Row> list(LocalDate today, PlanState state, UUID engagementId, int page, int size) {
        String where = " from PlanEntry p join ChainNode n on n.id = p.nodeId join Engagement e on e.id = p.engagementId"
                + " where p.status = :open" + condition(state) + (engagementId == null ? "" : " and p.engagementId = :engagement");
        var count = em.createQuery("select count(p)" + where, Long.class);
        var select = em.createQuery("select p, n, e, " + STATE + where + " order by p.dueOn, p.id", Tuple.class);
        for (var query : List.of(count, select)) {
            query.setParameter("open", PlanEntry.Status.OPEN);
            if (engagementId != null) {
                query.setParameter("engagement", engagementId);
            }
        }
        select.setParameter("today", today).setParameter("soon", today.plusDays(PlanState.WINDOW_DAYS));
        if (where.contains(":today")) {
            count.setParameter("today", today);
        }
        if (where.contains(":soon")) {
            count.setParameter("soon", today.plusDays(PlanState.WINDOW_DAYS));
        }
        List<Row> rows = select.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(t -> new Row(t.get(0, PlanEntry.class), t.get(1, ChainNode.class), t.get(2, Engagement.class),
                        PlanState.valueOf(t.get(3, String.class))))
                .toList();
        return new PageResult<>(rows, page, size, count.getSingleResult(), "dueOn");
    }

    public java.util.Optional<Row> row(UUID id, LocalDate today) {
        return PlanEntry.findVisible(id).flatMap(p -> ChainNode.findVisible(p.nodeId).flatMap(n ->
                Engagement.findVisible(p.engagementId).map(e -> new Row(p, n, e, stateOf(p, today)))));
    }

    public PlanState stateOf(PlanEntry entry, LocalDate today) {
        if (entry.dueOn.isBefore(today)) {
            return PlanState.OVERDUE;
        }
        if (!entry.dueOn.isAfter(today.plusDays(PlanState.WINDOW_DAYS))) {
            return PlanState.DUE;
        }
        return entry.lastDoneOn != null ? PlanState.DONE : PlanState.SCHEDULED;
    }

    @Transactional
    public PlanEntry update(UUID id, PlanEntry.Method method, String reason, PlanEntry.InspectedBy inspectedBy,
                            String assignee, String by) {
        PlanEntry entry = PlanEntry.findVisible(id).orElseThrow(() -> ItakuException.notFound("検査計画"));
        if (entry.status != PlanEntry.Status.OPEN) {
            throw ItakuException.conflict("終了した検査計画は変更できません。");
        }
        if (method != PlanEntry.Method.ONSITE && (reason == null || reason.isBlank())) {
            throw ItakuException.invalid("methodReason", "実地以外の方法（リモート・書面）で検査する場合は理由を入力してください。");
        }
        entry.method = method;
        entry.methodReason = method == PlanEntry.Method.ONSITE ? null : reason.strip();
        entry.inspectedBy = inspectedBy;
        entry.assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        entry.updatedAt = clock.now();
        entry.updatedBy = by;
        return entry;
    }

    private static String condition(PlanState state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case OVERDUE -> " and p.dueOn < :today";
            case DUE -> " and p.dueOn >= :today and p.dueOn <= :soon";
            case DONE -> " and p.dueOn > :soon and p.lastDoneOn is not null";
            case SCHEDULED -> " and p.dueOn > :soon and p.lastDoneOn is null";
        };
    }
}
