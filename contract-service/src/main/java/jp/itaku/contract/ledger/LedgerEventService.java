package jp.itaku.contract.ledger;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.contract.Actor;
import jp.itaku.contract.approval.Approval;
import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.engagement.EngagementService;
import jp.itaku.contract.engagement.EngagementState;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class LedgerEventService {

    /** Information reaches the contractor only once the contract is approved. */
    static final Set<EngagementState> HANDED_OVER = EnumSet.of(EngagementState.APPROVED, EngagementState.IN_PROGRESS,
            EngagementState.ENDED);

    @Inject
    EngagementService engagements;

    @Inject
    Caller caller;

    @Inject
    Actor actor;

    @Inject
    ItakuClock clock;

    public record NewEvent(LedgerEventKind kind, LocalDate occurredOn, String actorName, String description) {
    }

    @Transactional
    public LedgerEvent record(UUID engagementId, NewEvent request) {
        Engagement.findVisible(engagementId);
        if (request.kind().recordedBy.stream().noneMatch(caller::hasRole)) {
            throw ItakuException.forbidden("「" + request.kind().label + "」を記録できるのは委託元の調達担当者"
                    + (request.kind() == LedgerEventKind.COPY_AUTHORISED ? "又は保護管理者" : "又は委託先") + "だけです。");
        }
        Engagement engagement = engagements.lock(engagementId);
        if (!HANDED_OVER.contains(engagement.state)) {
            throw ItakuException.conflict("台帳の記録は、承認済以降の委託案件にだけ行えます（現在: 「" + engagement.state.label + "」）。");
        }
        if (request.occurredOn().isAfter(clock.today())) {
            throw ItakuException.invalid("occurredOn", "実施日に将来の日付は指定できません。");
        }
        LocalDate approvedOn = Approval.of(engagementId).map(a -> a.approvedAt.atZoneSameInstant(ItakuClock.TOKYO).toLocalDate())
                .orElse(null);
        if (approvedOn != null && request.occurredOn().isBefore(approvedOn)) {
            throw ItakuException.invalid("occurredOn", "実施日は契約の承認日（" + approvedOn + "）以降の日付を指定してください。");
        }
        LedgerEvent e = new LedgerEvent();
        e.id = UUID.randomUUID();
        e.engagementId = engagementId;
        e.kind = request.kind();
        e.occurredOn = request.occurredOn();
        e.actorName = request.actorName().strip();
        e.description = request.description().strip();
        e.recordedAt = clock.now();
        e.recordedBy = actor.name();
        e.persist();
        return e;
    }

    public List<LedgerEvent> list(UUID engagementId) {
        Engagement.findVisible(engagementId);
        return LedgerEvent.list("engagementId", Sort.by("occurredOn").and("recordedAt"), engagementId);
    }

    /** The events of many engagements in one query, in order. */
    public Map<UUID, List<LedgerEvent>> of(Collection<UUID> engagementIds) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        return LedgerEvent.<LedgerEvent>list("engagementId in ?1", Sort.by("occurredOn").and("recordedAt"), engagementIds)
                .stream().collect(Collectors.groupingBy(e -> e.engagementId));
    }
}
