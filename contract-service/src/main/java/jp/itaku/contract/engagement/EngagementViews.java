package jp.itaku.contract.engagement;

import jp.itaku.api.Sensitivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.itaku.contract.contractor.CertificationStatus;
import jp.itaku.contract.contractor.Contractor;
import jp.itaku.contract.contractor.ContractorSummary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds what callers see of engagements, with the contractor's certification warning, in a few queries per page. */
@ApplicationScoped
public class EngagementViews {

    @Inject
    EngagementService service;

    @Inject
    CertificationStatus certificationStatus;

    public record LocationView(HandlingLocation.Purpose purpose, String purposeLabel, HandlingLocation.PlaceType placeType,
                               String placeTypeLabel, String description, String country, boolean needsReview) {
        static LocationView of(HandlingLocation l) {
            return new LocationView(l.purpose, l.purpose.label, l.placeType, l.placeType.label, l.description,
                    l.country, l.needsReview);
        }
    }

    public record EngagementView(UUID id, String title, String division, EngagementKind kind, String kindLabel,
                                 ContractorSummary contractor, Sensitivity sensitivity, String sensitivityLabel,
                                 LocalDate periodStart, LocalDate periodEnd, List<String> infoCategories,
                                 int recordCount, List<LocationView> locations, boolean locationsNeedReview,
                                 EngagementState state, String stateLabel, OffsetDateTime createdAt,
                                 String createdBy, OffsetDateTime updatedAt, String updatedBy) {
    }

    public record TransitionView(EngagementState from, String fromLabel, EngagementState to, String toLabel,
                                 String note, OffsetDateTime at, String by) {
        static TransitionView of(StateTransition t) {
            return new TransitionView(t.fromState, t.fromState == null ? null : t.fromState.label, t.toState,
                    t.toState.label, t.note, t.at, t.byUser);
        }
    }

    public record EngagementDetail(EngagementView engagement, List<TransitionView> history) {
    }

    public List<EngagementView> views(List<Engagement> engagements) {
        List<UUID> contractorIds = engagements.stream().map(e -> e.contractorId).distinct().toList();
        Map<UUID, Contractor> contractors = new HashMap<>();
        if (!contractorIds.isEmpty()) {
            Contractor.<Contractor>list("id in ?1", contractorIds).forEach(c -> contractors.put(c.id, c));
        }
        Map<UUID, List<String>> expired = certificationStatus.expired(contractorIds);
        Map<UUID, List<HandlingLocation>> locations = service.locations(engagements.stream().map(e -> e.id).toList());
        return engagements.stream().map(e -> view(e, contractors.get(e.contractorId),
                expired.getOrDefault(e.contractorId, List.of()), locations.getOrDefault(e.id, List.of()))).toList();
    }

    public EngagementView view(Engagement e) {
        return views(List.of(e)).get(0);
    }

    public EngagementDetail detail(Engagement e) {
        return new EngagementDetail(view(e), service.history(e.id).stream().map(TransitionView::of).toList());
    }

    private EngagementView view(Engagement e, Contractor contractor, List<String> expired, List<HandlingLocation> locations) {
        ContractorSummary summary = contractor == null
                // the contractor's own users may not see a parent company's row; show what the engagement knows
                ? new ContractorSummary(e.contractorId, null, null, e.orgCode, !expired.isEmpty(), expired)
                : ContractorSummary.of(contractor, expired);
        return new EngagementView(e.id, e.title, e.division, e.kind, e.kind.label, summary, e.sensitivity,
                e.sensitivity.label, e.periodStart, e.periodEnd, service.infoCategories(e), e.recordCount,
                locations.stream().map(LocationView::of).toList(), locations.stream().anyMatch(l -> l.needsReview),
                e.state, e.state.label, e.createdAt, e.createdBy, e.updatedAt, e.updatedBy);
    }
}
