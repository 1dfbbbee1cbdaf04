package jp.itaku.contract.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.itaku.api.inspection.Improvement;
import jp.itaku.api.inspection.IncidentSummary;
import jp.itaku.api.inspection.PlanEntry;
import jp.itaku.api.inspection.SelfReportSummary;
import jp.itaku.api.provision.InvestigationSummary;
import jp.itaku.api.provision.ProvisionSummary;
import jp.itaku.common.access.AccessAudit;
import jp.itaku.common.access.ChainVerifier;
import jp.itaku.common.pdf.PdfReport;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.contract.approval.Approval;
import jp.itaku.contract.approval.ElementException;
import jp.itaku.contract.contractor.Contractor;
import jp.itaku.contract.draft.ContractDraft;
import jp.itaku.contract.draft.ElementStatus;
import jp.itaku.contract.engagement.Engagement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * S7: the 監査報告書 of one division (or the whole agency) for the 総括 — engagements with their clause verification
 * and approvals (with exceptions), inspections on time and overdue, open improvement requests, self-reports,
 * provisions and their investigations, and the access-record chain's verification. The other services' parts are
 * read with the auditor's own token; a part a service cannot give is said to be missing, never left out silently.
 */
@ApplicationScoped
public class AuditReport {

    static final int MAX_PAGES = 10;

    @Inject
    AuditClients clients;

    @Inject
    AccessAudit access;

    @Inject
    ItakuClock clock;

    @Transactional
    public byte[] render(String division, String agencyName) {
        String scope = division == null || division.isBlank() ? "機関全体" : "担当部署：" + division.strip();
        PdfReport pdf = new PdfReport("監査報告書", agencyName + "　" + scope + "　" + JapaneseDates.wareki(clock.today())
                + "作成", true);
        pdf.paragraph("個人情報の適切な管理のための措置に関する指針 第10（監査及び点検の実施）に基づき、委託・提供に係る記録を取りまとめたものです。");

        List<Engagement> engagements = division == null || division.isBlank()
                ? Engagement.list("order by createdAt")
                : Engagement.list("division = ?1 order by createdAt", division.strip());
        Set<UUID> engagementIds = engagements.stream().map(e -> e.id).collect(Collectors.toSet());
        Map<UUID, String> contractorNames = new HashMap<>();
        Contractor.<Contractor>listAll().forEach(c -> contractorNames.put(c.id, c.name));

        pdf.heading("1. 委託案件と契約条項の確認・承認（" + engagements.size() + "件）");
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> exceptions = new ArrayList<>();
        for (Engagement e : engagements) {
            String draft = ContractDraft.latest(e.id).map(d -> "第" + d.version + "版：充足" + d.satisfiedCount + "・欠落"
                    + d.missingCount + "・矛盾" + d.contradictedCount).orElse("契約書案なし");
            Approval approval = Approval.of(e.id).orElse(null);
            String approved = approval == null ? "未承認" : "第" + approval.draftVersion + "版を承認（"
                    + Objects.requireNonNullElse(approval.approvedByName, approval.approvedBy) + "、"
                    + JapaneseDates.wareki(approval.approvedAt) + "）";
            rows.add(List.of(e.title, e.division, contractorNames.getOrDefault(e.contractorId, ""), e.state.label, draft,
                    approved));
            if (approval != null) {
                for (ElementException x : ElementException.<ElementException>list("approvalId", approval.id)) {
                    exceptions.add(List.of(e.title, x.elementId + " " + ElementStatus.elementName(x.elementId),
                            ElementStatus.label(x.status), x.reason));
                }
            }
        }
        pdf.table(List.of("件名", "担当部署", "委託先", "状態", "最新の契約書案の確認", "承認"), new float[]{4, 2, 3, 1.3f, 3.5f, 4},
                rows, "委託案件はありません。");
        pdf.heading("承認時の例外（充足していない要素と理由）");
        pdf.table(List.of("件名", "要素", "確認結果", "例外の理由"), new float[]{4, 3, 1.5f, 7}, exceptions, "例外はありません。");

        inspections(pdf, engagementIds);
        selfReports(pdf, engagementIds);
        incidents(pdf, engagementIds);
        provisions(pdf, division);

        pdf.heading("7. アクセス記録（改ざん検知）");
        ChainVerifier.Report chain = access.verify();
        pdf.paragraph(chain.intact()
                ? String.format("検証済み：記録 %,d 件（第%d〜%d番）のハッシュチェーンと日次アンカー %d 件に改ざんは検出されませんでした。",
                chain.records(), chain.firstSeq(), chain.headSeq(), chain.anchorsChecked())
                : "改ざんを検出：" + chain.firstProblem().message());
        return pdf.finish();
    }

    private void inspections(PdfReport pdf, Set<UUID> engagementIds) {
        pdf.heading("2. 検査の実施状況");
        InspectionAuditClient inspection = clients.inspection(MAX_PAGES);
        List<PlanEntry> plan;
        try {
            plan = inspection.plan();
        } catch (Unavailable e) {
            pdf.paragraph("点検・検査サービスから取得できませんでした（" + e.getMessage() + "）。");
            pdf.heading("3. 未完了の改善要求");
            pdf.paragraph("点検・検査サービスから取得できませんでした。");
            return;
        }
        List<PlanEntry> mine = plan.stream().filter(p -> engagementIds.contains(p.engagementId())).toList();
        Map<String, Long> byState = mine.stream().collect(Collectors.groupingBy(p -> str(p.state()), Collectors.counting()));
        pdf.paragraph(String.format("検査予定 %d 件：期限超過 %d 件、期限間近 %d 件、実施済 %d 件、予定 %d 件", mine.size(),
                byState.getOrDefault(PlanEntry.OVERDUE, 0L), byState.getOrDefault(PlanEntry.DUE, 0L),
                byState.getOrDefault(PlanEntry.DONE, 0L), byState.getOrDefault(PlanEntry.SCHEDULED, 0L)));
        List<List<String>> overdue = new ArrayList<>();
        for (PlanEntry p : mine) {
            if (PlanEntry.OVERDUE.equals(p.state())) {
                overdue.add(List.of(str(p.engagementTitle()), str(p.nodeName()), str(p.dueOn()), str(p.lastDoneOn())));
            }
        }
        pdf.table(List.of("委託案件", "委託先（階層）", "期限", "前回実施"), new float[]{5, 4, 2, 2}, overdue, "期限を超過した検査はありません。");

        pdf.heading("3. 未完了の改善要求");
        Map<UUID, String> nodeNames = new HashMap<>();
        mine.forEach(p -> nodeNames.put(p.nodeId(), str(p.engagementTitle()) + " / " + str(p.nodeName())));
        try {
            List<List<String>> open = new ArrayList<>();
            for (Improvement i : inspection.improvements()) {
                if (!Improvement.CLOSED.equals(i.status()) && nodeNames.containsKey(i.nodeId())) {
                    open.add(List.of(nodeNames.get(i.nodeId()), str(i.description()), str(i.deadline()),
                            i.overdue() ? "期限超過" : str(i.status())));
                }
            }
            pdf.table(List.of("委託案件 / 委託先", "内容", "期限", "状態"), new float[]{5, 6, 2, 2}, open, "未完了の改善要求はありません。");
        } catch (Unavailable e) {
            pdf.paragraph("点検・検査サービスから取得できませんでした（" + e.getMessage() + "）。");
        }
    }

    private void selfReports(PdfReport pdf, Set<UUID> engagementIds) {
        pdf.heading("4. 自己点検");
        try {
            List<SelfReportSummary> reports = clients.inspection(MAX_PAGES).selfReports().stream()
                    .filter(r -> engagementIds.contains(r.engagementId())).toList();
            Map<String, Long> byStatus = reports.stream().collect(Collectors.groupingBy(r -> str(r.status()), Collectors.counting()));
            pdf.paragraph(String.format("自己点検 %d 件：作成中 %d 件、提出済 %d 件、受理 %d 件、差戻し %d 件", reports.size(),
                    byStatus.getOrDefault(SelfReportSummary.DRAFT, 0L), byStatus.getOrDefault(SelfReportSummary.SUBMITTED, 0L),
                    byStatus.getOrDefault(SelfReportSummary.ACCEPTED, 0L), byStatus.getOrDefault(SelfReportSummary.RETURNED, 0L)));
        } catch (Unavailable e) {
            pdf.paragraph("点検・検査サービスから取得できませんでした（" + e.getMessage() + "）。");
        }
    }

    private void incidents(PdfReport pdf, Set<UUID> engagementIds) {
        pdf.heading("5. インシデント（漏えい等）");
        try {
            List<List<String>> rows = new ArrayList<>();
            for (IncidentSummary i : clients.inspection(MAX_PAGES).incidents()) {
                if (engagementIds.contains(i.engagementId())) {
                    rows.add(List.of(str(i.engagementTitle()), str(i.nodeName()), str(i.title()), str(i.awareOn()),
                            i.reportable() ? "報告対象" : "—", str(i.status())));
                }
            }
            pdf.table(List.of("委託案件", "委託先", "件名", "認知日", "個人情報保護委員会への報告", "状態"),
                    new float[]{4, 3, 4, 1.6f, 2, 1.6f}, rows, "インシデントの記録はありません。");
        } catch (Unavailable e) {
            pdf.paragraph("点検・検査サービスから取得できませんでした（" + e.getMessage() + "）。");
        }
    }

    private void provisions(PdfReport pdf, String division) {
        pdf.heading("6. 保有個人情報の提供と実地調査");
        ProvisionAuditClient provision = clients.provision(MAX_PAGES);
        try {
            List<List<String>> rows = new ArrayList<>();
            for (ProvisionSummary p : provision.provisions(division)) {
                List<InvestigationSummary> investigations = provision.investigations(p.id());
                String last = investigations.isEmpty() ? "なし"
                        : investigations.size() + "件（最新 " + str(investigations.get(investigations.size() - 1).conductedOn()) + "）";
                rows.add(List.of(str(p.title()), str(p.division()), p.recipientName(),
                        str(p.stateLabel()).isEmpty() ? str(p.state()) : p.stateLabel(), last));
            }
            pdf.table(List.of("件名", "担当部署", "提供先", "状態", "実地調査"), new float[]{5, 2, 4, 1.5f, 3}, rows, "提供の記録はありません。");
        } catch (Unavailable e) {
            pdf.paragraph("提供管理サービスから取得できませんでした（" + e.getMessage() + "）。");
        }
    }

    /** The agency's name as the 総括 registered it in provision-service's settings, else the tenant id. */
    public String agencyName(String tenant) {
        try {
            String name = clients.provision(MAX_PAGES).settings().agencyName();
            return name == null || name.isBlank() ? tenant : name;
        } catch (Unavailable e) {
            return tenant;
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
