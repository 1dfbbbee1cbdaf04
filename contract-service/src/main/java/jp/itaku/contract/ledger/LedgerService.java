package jp.itaku.contract.ledger;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.contract.approval.Approval;
import jp.itaku.contract.approval.ElementException;
import jp.itaku.contract.confirmation.WrittenConfirmation;
import jp.itaku.contract.contractor.Contractor;
import jp.itaku.contract.draft.ContractDraft;
import jp.itaku.contract.draft.DraftService;
import jp.itaku.contract.draft.ElementStatus;
import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.engagement.EngagementService;
import jp.itaku.contract.engagement.EngagementState;
import jp.itaku.contract.engagement.HandlingLocation;
import jp.itaku.contract.erasure.ErasureCertificate;
import jp.itaku.contract.verification.ElementResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assembles the ledger where the engagements live: this service's own records (engagement, contractor, places,
 * approval with exceptions, verified clauses, written confirmation, erasure certificate, ledger events), each read
 * for all engagements at once, and inspection-service's chain summary in one call. Nothing is copied between the
 * services' tables.
 */
@ApplicationScoped
public class LedgerService {

    @Inject
    EngagementService engagements;

    @Inject
    DraftService drafts;

    @Inject
    LedgerEventService events;

    @Inject
    InspectionLedgerClient inspection;

    @Inject
    ItakuClock clock;

    public Ledger of(Ledger.Filter filter) {
        LocalDate today = clock.today();
        List<Engagement> list = engagements(filter);
        List<UUID> ids = list.stream().map(e -> e.id).toList();
        Map<UUID, Contractor> contractors = contractors(list.stream().map(e -> e.contractorId).distinct().toList());
        Map<UUID, List<HandlingLocation>> places = engagements.locations(ids);
        Map<UUID, Approval> approvals = ids.isEmpty() ? Map.of() : Approval.<Approval>list("engagementId in ?1", ids)
                .stream().collect(Collectors.toMap(a -> a.engagementId, Function.identity()));
        Map<UUID, List<ElementException>> exceptions = approvals.isEmpty() ? Map.of()
                : ElementException.<ElementException>list("approvalId in ?1", Sort.by("elementId"),
                        approvals.values().stream().map(a -> a.id).toList())
                .stream().collect(Collectors.groupingBy(e -> e.approvalId));
        Map<UUID, ContractDraft> approvedDrafts = approvals.isEmpty() ? Map.of()
                : ContractDraft.<ContractDraft>list("id in ?1", approvals.values().stream().map(a -> a.draftId).toList())
                .stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
        Map<UUID, WrittenConfirmation> confirmations = ids.isEmpty() ? Map.of()
                : WrittenConfirmation.<WrittenConfirmation>list("engagementId in ?1", ids).stream()
                .collect(Collectors.toMap(c -> c.engagementId, Function.identity()));
        Map<UUID, ErasureCertificate> erasures = ids.isEmpty() ? Map.of()
                : ErasureCertificate.<ErasureCertificate>list("engagementId in ?1", Sort.by("uploadedAt"), ids).stream()
                .collect(Collectors.toMap(c -> c.engagementId, Function.identity(), (first, later) -> later));
        Map<UUID, List<LedgerEvent>> eventsOf = events.of(ids);
        ChainSummary chains = ids.isEmpty() ? new ChainSummary(filter.division(), List.of(), false)
                : inspection.chains(filter.division());
        Map<UUID, List<ChainSummary.Node>> nodes = chains.nodes().stream()
                .collect(Collectors.groupingBy(ChainSummary.Node::engagementId));

        List<Ledger.Entry> entries = new ArrayList<>();
        for (Engagement e : list) {
            Approval approval = approvals.get(e.id);
            ErasureCertificate erasure = erasures.get(e.id);
            boolean ended = e.state == EngagementState.ENDED || e.periodEnd.isBefore(today);
            boolean notYetErased = ended && erasure == null;
            if (filter.endedNotErased() && !notYetErased) {
                continue;
            }
            WrittenConfirmation confirmation = confirmations.get(e.id);
            List<String> categories = engagements.infoCategories(e);
            entries.add(new Ledger.Entry(e.id, e.title, e.division, e.kind.label, e.state.name(), e.state.label,
                    e.sensitivity.label, categories, e.recordCount, e.periodStart, e.periodEnd,
                    handlers(categories, contractors.get(e.contractorId), places.getOrDefault(e.id, List.of()),
                            nodes.getOrDefault(e.id, List.of())),
                    approval == null ? null : approvalRecord(approval, exceptions.getOrDefault(approval.id, List.of())),
                    approval == null ? List.of() : verified(e, approvedDrafts.get(approval.draftId)),
                    confirmation == null || confirmation.responsibleName == null ? null
                            : new Ledger.Responsible(confirmation.responsibleName, confirmation.responsibleTitle,
                            confirmation.responsibleContact),
                    erasure == null ? null : new Ledger.Erasure(erasure.erasedOn, erasure.method, erasure.mediaReturned,
                            erasure.uploadedAt, erasure.uploadedBy),
                    ended, notYetErased,
                    eventsOf.getOrDefault(e.id, List.of()).stream().map(v -> new Ledger.Event(v.kind.name(),
                            v.kind.label, v.occurredOn, v.actorName, v.description, v.recordedAt, v.recordedBy)).toList()));
        }
        return new Ledger(filter, today, chains.incidentsTracked(), entries);
    }

    private static List<Engagement> engagements(Ledger.Filter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.division() != null) {
            where.append(" and division = :division");
            params.and("division", filter.division());
        }
        if (filter.state() != null) {
            where.append(" and state = :state");
            params.and("state", EngagementState.valueOf(filter.state()));
        }
        if (filter.contractorId() != null) {
            where.append(" and contractorId = :contractor");
            params.and("contractor", filter.contractorId());
        }
        return Engagement.list(where.toString(), Sort.by("division").and("periodStart").and("title").and("id"), params);
    }

    /** The contractor from this service's records (its places too), then every approved subcontractor below it. */
    private static List<Ledger.Handler> handlers(List<String> categories, Contractor contractor, List<HandlingLocation> locations,
                                                 List<ChainSummary.Node> chain) {
        List<Ledger.Handler> handlers = new ArrayList<>();
        ChainSummary.Node root = chain.stream().filter(n -> n.depth() == 1).findFirst().orElse(null);
        List<Ledger.Place> places = locations.stream().map(l -> new Ledger.Place(l.purpose.label, l.placeType.label,
                l.description, l.country, l.placeType == HandlingLocation.PlaceType.CLOUD,
                !HandlingLocation.DOMESTIC.equals(l.country))).toList();
        ChainSummary.Inspection rootInspection = root == null ? null : root.inspection();
        handlers.add(new Ledger.Handler(1, roleLabel(1), contractor == null ? null : contractor.name,
                contractor == null ? null : contractor.corporateNumber, "委託業務の全部", String.join("、", categories),
                places, locations.stream().anyMatch(l -> l.needsReview), "委託先",
                null, null, lastDone(rootInspection), lastLabel(rootInspection),
                rootInspection == null ? null : rootInspection.nextDueOn(), root == null ? 0 : root.openImprovements(),
                root == null ? 0 : root.openIncidents()));
        chain.stream().filter(n -> n.depth() > 1).sorted(Comparator.comparingInt(ChainSummary.Node::depth))
                .forEach(n -> handlers.add(new Ledger.Handler(n.depth(), roleLabel(n.depth()), n.name(),
                        n.corporateNumber(), n.workPart(), n.personalInfo(),
                        List.of(new Ledger.Place("取扱い・保管", n.cloud() ? "クラウドサービス" : "再委託先の指定場所",
                                n.location(), n.country(), n.cloud(), !HandlingLocation.DOMESTIC.equals(n.country()))),
                        n.needsReview(), "REMOVED".equals(n.status()) ? "連鎖から除外" : "再委託承認済",
                        n.approvedAt(), n.approvedBy(), lastDone(n.inspection()), lastLabel(n.inspection()),
                        n.inspection() == null ? null : n.inspection().nextDueOn(), n.openImprovements(),
                        n.openIncidents())));
        return handlers;
    }

    static String roleLabel(int depth) {
        return switch (depth) {
            case 1 -> "委託先";
            case 2 -> "再委託先";
            default -> "再委託先（第" + depth + "層）";
        };
    }

    private static LocalDate lastDone(ChainSummary.Inspection i) {
        return i == null ? null : i.lastDoneOn();
    }

    private static String lastLabel(ChainSummary.Inspection i) {
        if (i == null || i.lastDoneKind() == null) {
            return null;
        }
        return "SELF_REPORT".equals(i.lastDoneKind()) ? "自己点検（受理）" : "検査";
    }

    private static Ledger.ApprovalRecord approvalRecord(Approval a, List<ElementException> exceptions) {
        return new Ledger.ApprovalRecord(a.draftVersion, a.approvedAt,
                a.approvedByName == null ? a.approvedBy : a.approvedByName,
                exceptions.stream().map(x -> new Ledger.ExceptionRecord(x.elementId, ElementStatus.elementName(x.elementId),
                        ElementStatus.label(x.status), x.reason)).toList());
    }

    /** The clauses the approved version satisfies, as 「C1a 秘密保持」. */
    private List<String> verified(Engagement e, ContractDraft draft) {
        if (draft == null) {
            return List.of();
        }
        return drafts.report(draft).elements().stream()
                .filter(r -> ElementResult.SATISFIED.equals(r.status()) && ElementStatus.applies(e.kind, r.id()))
                .map(r -> r.id() + " " + ElementStatus.elementName(r.id())).toList();
    }

    private static Map<UUID, Contractor> contractors(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : Contractor.<Contractor>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
    }
}
