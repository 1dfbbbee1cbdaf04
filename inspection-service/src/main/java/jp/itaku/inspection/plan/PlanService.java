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

import jp.itaku.inspection.plan.model.InspectionPolicy;
import jp.itaku.inspection.plan.model.PlanRules;
import jp.itaku.inspection.plan.model.PlanState;
import jp.itaku.inspection.plan.model.PlanStateRule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@ApplicationScoped
public class PlanService {

    @Inject
    ItakuClock clock;

    /** The state rule's tests in JPQL over the plan entry {@code p}; the rule itself is PlanStateRule's. */
    private static String jpql(PlanStateRule.Test test) {
        return switch (test) {
            case DUE_BEFORE_TODAY -> "p.dueOn < :today";
            case DUE_BY_WINDOW_END -> "p.dueOn <= :soon";
            case INSPECTED -> "p.lastDoneOn is not null";
            case ALWAYS -> throw new IllegalArgumentException("ALWAYS is rendered as the case's else");
        };
    }

    /** The entries in {@code state}: its own test, and not the test of any state before it. */
    private static String inState(PlanState state) {
        PlanStateRule.Selection selection = PlanStateRule.selection(state);
        Stream<String> own = selection.holds() == PlanStateRule.Test.ALWAYS ? Stream.of() : Stream.of(jpql(selection.holds()));
        return Stream.concat(own, selection.fails().stream().map(test -> "not (" + jpql(test) + ")"))
                .collect(Collectors.joining(" and "));
    }

    /** The state of {@code p} as a JPQL case expression, first matching step wins. */
    private static final String STATE = PlanStateRule.ORDER.stream()
            .map(step -> (step.test() == PlanStateRule.Test.ALWAYS ? "else" : "when " + jpql(step.test()) + " then")
                    + " '" + step.state().name() + "'")
            .collect(Collectors.joining(" ", "case ", " end"));

    @Inject
    EntityManager em;

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
        InspectionPolicy policy = TenantPolicy.current().policy();
        entry.intervalMonths = policy.months(engagement.sensitivity);
        entry.startsOn = clock.today();
        entry.dueOn = policy.dueOn(engagement.sensitivity, entry.startsOn, null);
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
        String filters = Arrays.stream(PlanState.values())
                .map(state -> "count(p) filter (where " + inState(state) + "), ").collect(Collectors.joining());
        Tuple t = em.createQuery("select " + filters + "count(p) from PlanEntry p where p.status = :open", Tuple.class)
                .setParameter("today", today).setParameter("soon", PlanStateRule.windowEnd(today))
                .setParameter("open", PlanEntry.Status.OPEN)
                .getSingleResult();
        return new Counts(t.get(PlanState.OVERDUE.ordinal(), Long.class), t.get(PlanState.DUE.ordinal(), Long.class),
                t.get(PlanState.DONE.ordinal(), Long.class), t.get(PlanState.SCHEDULED.ordinal(), Long.class),
                t.get(PlanState.values().length, Long.class));
    }

    /** Open entries in one state (or all), soonest due first. */
    public PageResult<Row> list(LocalDate today, PlanState state, UUID engagementId, int page, int size) {
        String where = " from PlanEntry p join ChainNode n on n.id = p.nodeId join Engagement e on e.id = p.engagementId"
                + " where p.status = :open" + (state == null ? "" : " and " + inState(state))
                + (engagementId == null ? "" : " and p.engagementId = :engagement");
        var count = em.createQuery("select count(p)" + where, Long.class);
        var select = em.createQuery("select p, n, e, " + STATE + where + " order by p.dueOn, p.id", Tuple.class);
        for (var query : List.of(count, select)) {
            query.setParameter("open", PlanEntry.Status.OPEN);
            if (engagementId != null) {
                query.setParameter("engagement", engagementId);
            }
        }
        select.setParameter("today", today).setParameter("soon", PlanStateRule.windowEnd(today));
        if (where.contains(":today")) {
            count.setParameter("today", today);
        }
        if (where.contains(":soon")) {
            count.setParameter("soon", PlanStateRule.windowEnd(today));
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
        return PlanStateRule.of(entry.dueOn, entry.lastDoneOn, today);
    }

    @Transactional
    public PlanEntry update(UUID id, PlanEntry.Method method, String reason, PlanEntry.InspectedBy inspectedBy,
                            String assignee, String by) {
        PlanEntry entry = PlanEntry.findVisible(id).orElseThrow(() -> ItakuException.notFound("検査計画"));
        PlanRules.update(entry.status == PlanEntry.Status.OPEN, method == PlanEntry.Method.ONSITE, reason).orThrow();
        entry.method = method;
        entry.methodReason = method == PlanEntry.Method.ONSITE ? null : reason.strip();
        entry.inspectedBy = inspectedBy;
        entry.assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        entry.updatedAt = clock.now();
        entry.updatedBy = by;
        return entry;
    }
}
