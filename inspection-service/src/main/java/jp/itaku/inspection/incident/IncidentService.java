package jp.itaku.inspection.incident;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.problem.Problem;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.check.ImprovementRequest;
import jp.itaku.inspection.engagement.Engagement;
import jp.itaku.inspection.evidence.EvidenceFile;
import jp.itaku.inspection.evidence.EvidenceStore;
import jp.itaku.inspection.plan.PlanEntry;
import jp.itaku.inspection.plan.TenantPolicy;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Filing, updating, escalating, reporting and closing incidents (guideline 第9). */
@ApplicationScoped
public class IncidentService {

    @Inject
    Caller caller;

    @Inject
    ItakuClock clock;

    @Inject
    IncidentDeadlines deadlines;

    @Inject
    IncidentConfig config;

    @Inject
    Escalation escalation;

    @Inject
    EvidenceStore evidence;

    public int quickReportDays() {
        return deadlines.quickReportDays();
    }

    /** A first notice (or a full report) from a contractor user or agency staff. */
    @Transactional
    public Incident file(IncidentRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.nodeId() == null) {
            errors.add(new Problem.FieldError("nodeId", "事故等が発生した委託先（再委託先）を選択してください。"));
        }
        validate(request, errors);
        if (!errors.isEmpty()) {
            throw ItakuException.invalid(errors);
        }
        ChainNode node = ChainNode.findVisible(request.nodeId())
                .orElseThrow(() -> ItakuException.invalid("nodeId", "指定された委託先（再委託先）が見つかりません。"));
        if (node.status != ChainNode.Status.ACTIVE && node.status != ChainNode.Status.REMOVED) {
            throw ItakuException.invalid("nodeId", "承認されていない再委託先については事故等を報告できません。");
        }
        Engagement engagement = Engagement.findVisible(node.engagementId).orElseThrow(() -> ItakuException.notFound("委託案件"));
        OffsetDateTime now = clock.now();
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.engagementId = engagement.id;
        incident.nodeId = node.id;
        incident.status = Incident.Status.OPEN;
        incident.reportedAt = now;
        incident.reportedBy = caller.userName();
        incident.reporterOrg = caller.org().orElse(null);
        // the clock starts no later than the day the agency receives the notice; agency staff may date it earlier
        incident.awareOn = caller.isContractor() || request.awareOn() == null ? clock.today() : request.awareOn();
        apply(incident, request, now);
        incident.persist();
        event(incident, "FILED", (caller.isContractor() ? "委託先（" + node.name + "）の" + caller.userName() + "さん" : "機関")
                + "から事故等の報告を受け付けました：" + incident.title);
        if (incident.overHundredAt != null) {
            event(incident, "OVER_HUNDRED", "本人の数が百人を超えています（" + incident.affectedCount + "人）。");
        }
        escalation.start(incident, node, engagement);
        return incident;
    }

    /** Adds or corrects items (追完); the clocks and the reportability follow. */
    @Transactional
    public Incident update(UUID id, IncidentRequest request) {
        Incident incident = open(id);
        List<Problem.FieldError> errors = new ArrayList<>();
        validate(request, errors);
        if (request.nodeId() != null && !request.nodeId().equals(incident.nodeId)) {
            errors.add(new Problem.FieldError("nodeId", "事故等が発生した委託先は変更できません。"));
        }
        if (!errors.isEmpty()) {
            throw ItakuException.invalid(errors);
        }
        if (!caller.isContractor() && request.awareOn() != null && !request.awareOn().equals(incident.awareOn)) {
            event(incident, "AWARE_ON", "機関が事故等を知った日を" + incident.awareOn + "から" + request.awareOn() + "に訂正しました。");
            incident.awareOn = request.awareOn();
        }
        boolean crossed = apply(incident, request, clock.now());
        event(incident, "UPDATED", "報告内容を更新しました（追完）。");
        if (crossed) {
            event(incident, "OVER_HUNDRED", "本人の数が百人を超えました（" + incident.affectedCount + "人）。");
        }
        escalation.changed(incident, crossed);
        return incident;
    }

    /** Every rule of the form at once, so that each field's message comes back together (not one per attempt). */
    private void validate(IncidentRequest request, List<Problem.FieldError> errors) {
        LocalDate today = clock.today();
        if (request.title() == null || request.title().isBlank()) {
            errors.add(new Problem.FieldError("title", "件名を入力してください。"));
        }
        if (request.affectedCount() != null && request.affectedCount() < 0) {
            errors.add(new Problem.FieldError("affectedCount", "本人の数は0以上の整数で入力してください。"));
        }
        for (String code : nullToEmpty(request.categories())) {
            ReportableCategory.parse(code).ifPresentOrElse(c -> {
                if (c.localBodiesOnly) {
                    errors.add(new Problem.FieldError("categories",
                            "⑤ 条例要配慮個人情報は地方公共団体の機関・地方独立行政法人のみが選択できます。"));
                }
            }, () -> errors.add(new Problem.FieldError("categories", "報告対象の区分「" + code + "」はありません。"
                    + "①要配慮個人情報、②財産的被害のおそれ、③不正の目的、④本人の数が百人超から選択してください。")));
        }
        for (String code : nullToEmpty(request.myNumberCategories())) {
            if (MyNumberCategory.parse(code).isEmpty()) {
                errors.add(new Problem.FieldError("myNumberCategories", "特定個人情報の区分「" + code + "」はありません。"));
            }
        }
        if (request.causeParty() != null && !request.causeParty().isBlank()) {
            try {
                Incident.CauseParty.valueOf(request.causeParty());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("causeParty", "原因者の区分「" + request.causeParty()
                        + "」はありません（委託元・委託先・再委託先・調査中から選択してください）。"));
            }
        }
        future(errors, "occurredOn", "発生日", request.occurredOn(), today);
        future(errors, "discoveredOn", "発覚日", request.discoveredOn(), today);
        future(errors, "awareOn", "機関が知った日", request.awareOn(), today);
        if (request.occurredOn() != null && request.discoveredOn() != null
                && request.occurredOn().isAfter(request.discoveredOn())) {
            errors.add(new Problem.FieldError("occurredOn", "発生日は発覚日以前の日付を入力してください。"));
        }
        for (LocalDate d : new LocalDate[]{request.occurredOn(), request.discoveredOn(), request.awareOn()}) {
            if (d != null && d.getYear() < JapaneseHolidays.FIRST_YEAR) {
                errors.add(new Problem.FieldError("awareOn", JapaneseHolidays.FIRST_YEAR + "年以降の日付を入力してください。"));
                break;
            }
        }
    }

    private static void future(List<Problem.FieldError> errors, String field, String label, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(new Problem.FieldError(field, label + "に未来の日付（" + date + "）は入力できません。"));
        }
    }

    /** Copies the form onto the incident; answers whether the people count has just passed 100. */
    private boolean apply(Incident incident, IncidentRequest request, OffsetDateTime now) {
        incident.title = request.title().strip();
        incident.occurredOn = request.occurredOn();
        incident.discoveredOn = request.discoveredOn();
        incident.discoverer = blankToNull(request.discoverer());
        LinkedHashSet<String> categories = new LinkedHashSet<>(nullToEmpty(request.categories()));
        incident.affectedCount = request.affectedCount();
        boolean crossed = false;
        if (incident.affectedCount != null && incident.affectedCount > 100) {
            categories.add(ReportableCategory.OVER_HUNDRED.name());
            if (incident.overHundredAt == null) {
                incident.overHundredAt = now;
                crossed = true;
            }
        }
        incident.categories(categories.stream()
                .sorted(java.util.Comparator.comparing(c -> ReportableCategory.valueOf(c).ordinal())).toList());
        incident.myNumber = Boolean.TRUE.equals(request.myNumber()) || !nullToEmpty(request.myNumberCategories()).isEmpty();
        LinkedHashSet<String> myNumber = new LinkedHashSet<>(nullToEmpty(request.myNumberCategories()));
        if (incident.affectedCount != null && incident.affectedCount > 100 && incident.myNumber) {
            myNumber.add(MyNumberCategory.OVER_HUNDRED.name());
        }
        incident.myNumberCategories(List.copyOf(myNumber));
        incident.highEncryption = Boolean.TRUE.equals(request.highEncryption());
        incident.involvement = blankToNull(request.involvement());
        incident.facts = blankToNull(request.facts());
        incident.items = blankToNull(request.items());
        incident.causeParty = request.causeParty() == null || request.causeParty().isBlank() ? null
                : Incident.CauseParty.valueOf(request.causeParty());
        incident.cause = blankToNull(request.cause());
        incident.secondaryDamage = blankToNull(request.secondaryDamage());
        incident.individualResponse = blankToNull(request.individualResponse());
        incident.otherNotes = blankToNull(request.otherNotes());
        incident.reportable = incident.computeReportable();
        incident.quickDue = deadlines.quickReportDue(incident.awareOn);
        incident.finalDue = deadlines.finalReportDue(incident.awareOn, incident.unlawfulPurpose());
        incident.updatedAt = now;
        incident.updatedBy = caller.userName();
        return crossed;
    }

    /** The manager reports to the 総括, or the 総括 to the head of the organ. */
    @Transactional
    public EscalationStep report(UUID id, EscalationStep.Step step, String note) {
        Incident incident = open(id);
        return escalation.request(incident, step, note);
    }

    @Transactional
    public EscalationStep acknowledge(UUID id, EscalationStep.Step step, String note) {
        Incident incident = Incident.findVisible(id).orElseThrow(() -> ItakuException.notFound("事故等の報告"));
        return escalation.acknowledge(incident, step, note);
    }

    /** Freezes the current content as the next version of the 速報 or 確報 (every 追完 is a new version). */
    @Transactional
    public IncidentReport issueReport(UUID id, IncidentReport.Kind kind, PpcReport ppc) {
        Incident incident = Incident.findVisible(id).orElseThrow(() -> ItakuException.notFound("事故等の報告"));
        List<IncidentReport> existing = IncidentReport.of(id);
        IncidentReport report = new IncidentReport();
        report.id = UUID.randomUUID();
        report.incidentId = id;
        report.nodeId = incident.nodeId;
        report.version = existing.size() + 1;
        report.kind = kind;
        report.createdAt = clock.now();
        report.createdBy = caller.userName();
        report.content = ppc.contentJson(incident, kind, report.version, report.createdAt, report.createdBy);
        report.persist();
        boolean addition = existing.stream().anyMatch(r -> r.kind == kind);
        event(incident, "PPC_" + kind.name(), "個人情報保護委員会への" + kind.label + (addition ? "（追完）" : "")
                + "を第" + report.version + "版として作成しました。");
        return report;
    }

    @Transactional
    public IndividualNotice notifyIndividuals(UUID id, OffsetDateTime notifiedAt, String method, int people, String note) {
        Incident incident = open(id);
        if (notifiedAt.isAfter(clock.now())) {
            throw ItakuException.invalid("notifiedAt", "通知日時に未来の日時は入力できません。");
        }
        IndividualNotice notice = new IndividualNotice();
        notice.id = UUID.randomUUID();
        notice.incidentId = id;
        notice.nodeId = incident.nodeId;
        notice.notifiedAt = notifiedAt;
        notice.method = method.strip();
        notice.people = people;
        notice.note = blankToNull(note);
        notice.recordedAt = clock.now();
        notice.recordedBy = caller.userName();
        notice.persist();
        event(incident, "INDIVIDUALS", "本人へ通知しました（" + notice.method + "、" + people + "人）。");
        return notice;
    }

    @Transactional
    public Incident decidePublication(UUID id, Incident.Publication decision, String reason, String status) {
        Incident incident = open(id);
        if (decision == Incident.Publication.NOT_PUBLISHED && (reason == null || reason.isBlank())) {
            throw ItakuException.invalid("reason", "公表しない場合は、その理由を入力してください。");
        }
        incident.publicationDecision = decision;
        incident.publicationReason = blankToNull(reason);
        incident.publicationStatus = blankToNull(status);
        incident.updatedAt = clock.now();
        incident.updatedBy = caller.userName();
        event(incident, "PUBLICATION", "公表について決定しました：" + decision.label
                + (incident.publicationReason == null ? "" : "（理由：" + incident.publicationReason + "）"));
        return incident;
    }

    /** Records a measure; it may open an improvement request to the contractor and an ad-hoc inspection in the plan. */
    @Transactional
    public RecurrenceMeasure addMeasure(UUID id, String description, RecurrenceMeasure.Status status, LocalDate dueOn,
                                        LocalDate improvementDeadline, LocalDate inspectionDueOn) {
        Incident incident = open(id);
        LocalDate today = clock.today();
        OffsetDateTime now = clock.now();
        if (improvementDeadline != null && improvementDeadline.isBefore(today)) {
            throw ItakuException.invalid("improvementDeadline", "改善期限には今日以降の日付を入力してください。");
        }
        if (inspectionDueOn != null && inspectionDueOn.isBefore(today)) {
            throw ItakuException.invalid("inspectionDueOn", "随時検査の予定日には今日以降の日付を入力してください。");
        }
        ChainNode node = ChainNode.findVisible(incident.nodeId).orElseThrow(() -> ItakuException.notFound("委託先"));
        if (inspectionDueOn != null && node.status != ChainNode.Status.ACTIVE) {
            throw ItakuException.conflict("連鎖から外れた委託先には随時検査を計画できません。");
        }
        RecurrenceMeasure measure = new RecurrenceMeasure();
        measure.id = UUID.randomUUID();
        measure.incidentId = id;
        measure.nodeId = incident.nodeId;
        measure.description = description.strip();
        measure.status = status;
        measure.dueOn = dueOn;
        measure.createdAt = now;
        measure.createdBy = caller.userName();
        if (improvementDeadline != null) {
            ImprovementRequest request = new ImprovementRequest();
            request.id = UUID.randomUUID();
            request.nodeId = incident.nodeId;
            request.incidentId = id;
            request.itemCode = "INCIDENT";
            request.description = "事故等の再発防止：" + measure.description;
            request.deadline = improvementDeadline;
            request.status = ImprovementRequest.Status.OPEN;
            request.createdAt = now;
            request.createdBy = caller.userName();
            request.persist();
            measure.improvementRequestId = request.id;
        }
        if (inspectionDueOn != null) {
            Engagement engagement = Engagement.findVisible(incident.engagementId).orElseThrow();
            PlanEntry entry = new PlanEntry();
            entry.id = UUID.randomUUID();
            entry.nodeId = node.id;
            entry.engagementId = engagement.id;
            entry.kind = PlanEntry.Kind.AD_HOC;
            entry.incidentId = id;
            entry.intervalMonths = TenantPolicy.current().policy().months(engagement.sensitivity);
            entry.startsOn = today;
            entry.dueOn = inspectionDueOn;
            entry.inspectedBy = PlanEntry.InspectedBy.AGENCY;
            entry.method = PlanEntry.Method.ONSITE;
            entry.status = PlanEntry.Status.OPEN;
            entry.updatedAt = now;
            entry.updatedBy = caller.userName();
            entry.persist();
            measure.planEntryId = entry.id;
        }
        measure.persist();
        event(incident, "MEASURE", "再発防止策を記録しました（" + status.label + "）：" + measure.description
                + (measure.improvementRequestId == null ? "" : "／改善要求を作成（期限 " + improvementDeadline + "）")
                + (measure.planEntryId == null ? "" : "／随時検査を計画（" + inspectionDueOn + "）"));
        return measure;
    }

    /** The 総括保護管理者 signs the incident off: only once measures are recorded. */
    @Transactional
    public Incident signOff(UUID id, String comment) {
        Incident incident = open(id);
        if (RecurrenceMeasure.count("incidentId", id) == 0) {
            throw ItakuException.conflict("再発防止策が記録されるまで、総括保護管理者の確認はできません。");
        }
        if (incident.signedOffAt != null) {
            throw ItakuException.conflict("この事故等はすでに総括保護管理者が確認しています。");
        }
        incident.signedOffAt = clock.now();
        incident.signedOffBy = caller.userName();
        event(incident, "SIGNED_OFF", "総括保護管理者が確認しました" + (blankToNull(comment) == null ? "。" : "：" + comment.strip()));
        return incident;
    }

    /** Closes the incident: refused until measures are recorded and the 総括 has signed it off. */
    @Transactional
    public Incident close(UUID id, String comment) {
        Incident incident = open(id);
        List<String> missing = new ArrayList<>();
        if (RecurrenceMeasure.count("incidentId", id) == 0) {
            missing.add("再発防止策の記録");
        }
        if (incident.signedOffAt == null) {
            missing.add("総括保護管理者の確認");
        }
        if (!missing.isEmpty()) {
            throw ItakuException.conflict(String.join("と", missing) + "がないため、事故等の対応を完了できません。");
        }
        incident.status = Incident.Status.CLOSED;
        incident.closedAt = clock.now();
        incident.closedBy = caller.userName();
        event(incident, "CLOSED", "事故等の対応を完了しました" + (blankToNull(comment) == null ? "。" : "：" + comment.strip()));
        return incident;
    }

    public EvidenceFile attach(UUID id, FileUpload upload) {
        Incident incident = open(id);
        EvidenceFile file = evidence.store(EvidenceFile.OwnerKind.INCIDENT, incident.id, incident.nodeId, upload, () -> open(id));
        eventInNewTransaction(incident.id, "EVIDENCE", "証拠ファイルを登録しました：" + file.fileName);
        return file;
    }

    @Transactional
    void eventInNewTransaction(UUID id, String kind, String text) {
        Incident.findVisible(id).ifPresent(i -> event(i, kind, text));
    }

    Incident open(UUID id) {
        Incident incident = Incident.findVisible(id).orElseThrow(() -> ItakuException.notFound("事故等の報告"));
        if (incident.status == Incident.Status.CLOSED) {
            throw ItakuException.conflict("対応を完了した事故等は変更できません。");
        }
        return incident;
    }

    void event(Incident incident, String kind, String text) {
        IncidentEvent event = new IncidentEvent();
        event.id = UUID.randomUUID();
        event.incidentId = incident.id;
        event.nodeId = incident.nodeId;
        event.at = clock.now();
        event.actor = caller.isAuthenticated() ? caller.userName() : Escalation.SYSTEM;
        event.kind = kind;
        event.text = text;
        event.persist();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static boolean agencyRole(Caller caller) {
        return !caller.isContractor() && (caller.hasRole(Roles.PROTECTION_MANAGER) || caller.hasRole(Roles.CHIEF_PROTECTION_MANAGER)
                || caller.hasRole(Roles.PROCUREMENT_OFFICER) || caller.hasRole(Roles.INSPECTOR));
    }
}
