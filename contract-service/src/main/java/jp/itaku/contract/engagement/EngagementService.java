package jp.itaku.contract.engagement;

import jp.itaku.common.time.ItakuClock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.contract.Actor;
import jp.itaku.contract.contractor.Contractor;
import jp.itaku.contract.contractor.OrgCodeChanged;
import jp.itaku.contract.engagement.model.EngagementMoves;
import jp.itaku.contract.engagement.model.EngagementRules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class EngagementService {

    @Inject
    ItakuClock clock;

    @Inject
    Caller caller;

    @Inject
    Actor actor;

    @Inject
    ObjectMapper json;

    @Inject
    Instance<TransitionGuard> guards;

    @Inject
    Event<StateChanged> stateChanged;

    public PageResult<Engagement> list(int page, int size, EngagementState state, UUID contractorId) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (state != null) {
            where.append(" and state = :state");
            params.and("state", state);
        }
        if (contractorId != null) {
            where.append(" and contractorId = :contractor");
            params.and("contractor", contractorId);
        }
        var query = Engagement.find(where.toString(), Sort.by("createdAt").descending().and("id"), params);
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "createdAt,desc");
    }

    /** Everything visible to the caller, newest first, for exports. */
    public List<Engagement> all() {
        return Engagement.listAll(Sort.by("createdAt").descending().and("id"));
    }

    @Transactional
    public Engagement create(EngagementRequest request) {
        Engagement e = new Engagement();
        e.id = UUID.randomUUID();
        e.state = EngagementState.DRAFTING;
        e.createdAt = clock.now();
        e.createdBy = actor.name();
        apply(e, request);
        e.persist();
        replaceLocations(e, request.locations());
        record(e, null, EngagementState.DRAFTING, null);
        return e;
    }

    @Transactional
    public Engagement update(UUID id, EngagementRequest request) {
        Engagement e = lock(id);
        EngagementMoves.mayEdit(e.state).orThrow();
        apply(e, request);
        replaceLocations(e, request.locations());
        return e;
    }

    /** A requested move between states; the target is caller input, so unknown names are a 400. */
    @Transactional
    public Engagement transition(UUID id, String target, String note) {
        EngagementState to = parseState(target, "to");
        Engagement e = lock(id);
        EngagementMoves.mayMove(e.state, to, caller::hasRole).orThrow();
        changeState(e, to, note);
        return e;
    }

    /** Moves the engagement, checks the other topics' preconditions and tells observers, all in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeState(Engagement e, EngagementState to, String note) {
        guards.forEach(g -> g.check(e, to));
        EngagementState from = e.state;
        e.state = to;
        e.updatedAt = clock.now();
        e.updatedBy = actor.name();
        record(e, from, to, note);
        stateChanged.fire(new StateChanged(e, from, to));
    }

    /** Loads the engagement locked for update: serialises state changes, draft versions and approvals. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Engagement lock(UUID id) {
        return Engagement.<Engagement>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ItakuException.notFound("委託案件"));
    }

    /** The contractor's portal users follow its engagements when its organisation changes. */
    void onOrgCodeChanged(@Observes OrgCodeChanged change) {
        Engagement.update("orgCode = ?1 where contractorId = ?2", change.orgCode(), change.contractorId());
    }

    public List<HandlingLocation> locations(UUID engagementId) {
        return HandlingLocation.list("engagementId", Sort.by("position"), engagementId);
    }

    public Map<UUID, List<HandlingLocation>> locations(List<UUID> engagementIds) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        return HandlingLocation.<HandlingLocation>list("engagementId in ?1 order by position", engagementIds).stream()
                .collect(Collectors.groupingBy(l -> l.engagementId));
    }

    public List<StateTransition> history(UUID engagementId) {
        return StateTransition.list("engagementId", Sort.by("at").and("id"), engagementId);
    }

    public List<String> infoCategories(Engagement e) {
        try {
            return json.readValue(e.infoCategories, new TypeReference<>() {
            });
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored categories of engagement " + e.id + " are not JSON", ex);
        }
    }

    private void apply(Engagement e, EngagementRequest request) {
        EngagementRules.period(request.periodStart(), request.periodEnd()).orThrow();
        Contractor contractor = Contractor.findVisible(request.contractorId())
                .orElseThrow(() -> ItakuException.invalid("contractorId", "指定された委託先が見つかりません。"));
        e.title = request.title().strip();
        e.division = request.division().strip();
        e.kind = request.kind();
        e.contractorId = contractor.id;
        e.orgCode = contractor.orgCode;
        e.sensitivity = request.sensitivity();
        e.periodStart = request.periodStart();
        e.periodEnd = request.periodEnd();
        try {
            e.infoCategories = json.writeValueAsString(request.infoCategories().stream().map(String::strip).distinct().toList());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        e.recordCount = request.recordCount();
        e.updatedAt = clock.now();
        e.updatedBy = actor.name();
    }

    private void replaceLocations(Engagement e, List<LocationRequest> requested) {
        HandlingLocation.delete("engagementId", e.id);
        List<HandlingLocation> locations = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            LocationRequest r = requested.get(i);
            HandlingLocation l = new HandlingLocation();
            l.id = UUID.randomUUID();
            l.engagementId = e.id;
            l.position = i;
            l.purpose = r.purpose();
            l.placeType = r.placeType();
            l.description = r.description().strip();
            l.country = r.country() == null ? HandlingLocation.DOMESTIC : r.country().toUpperCase(Locale.ROOT);
            l.needsReview = HandlingLocation.needsReview(l.placeType, l.country);
            locations.add(l);
        }
        HandlingLocation.persist(locations);
    }

    private void record(Engagement e, EngagementState from, EngagementState to, String note) {
        StateTransition t = new StateTransition();
        t.id = UUID.randomUUID();
        t.engagementId = e.id;
        t.fromState = from;
        t.toState = to;
        t.note = note;
        t.at = clock.now();
        t.byUser = actor.name();
        t.persist();
    }

    public static EngagementState parseState(String target, String field) {
        return Arrays.stream(EngagementState.values()).filter(s -> s.name().equals(target)).findFirst()
                .orElseThrow(() -> ItakuException.invalid(field, "不明な状態「" + target + "」です。指定できる状態: "
                        + Arrays.stream(EngagementState.values()).map(s -> s.name() + "（" + s.label + "）")
                        .collect(Collectors.joining("、")) + "。"));
    }
}
