package jp.itaku.inspection.demo;

import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.check.CheckItem;
import jp.itaku.inspection.check.Checklist;
import jp.itaku.inspection.check.ImprovementRequest;
import jp.itaku.inspection.check.InspectionCheck;
import jp.itaku.api.EngagementEvent;
import jp.itaku.inspection.engagement.EventService;
import jp.itaku.api.Sensitivity;
import jp.itaku.inspection.plan.PlanEntry;
import jp.itaku.inspection.plan.Reminders;
import jp.itaku.inspection.selfreport.Answer;
import jp.itaku.inspection.selfreport.AnswerStore;
import jp.itaku.inspection.selfreport.Question;
import jp.itaku.inspection.selfreport.SelfReport;
import jp.itaku.inspection.selfreport.SelfReportService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A small demo for {@code ./itaku up}: chains, plan entries in every state, checks with a finding, reminders.
 * Engagements arrive the way contract-service delivers them (events with fixed ids), so loading twice changes nothing.
 */
@ApplicationScoped
public class DemoData {

    @Inject
    ItakuClock clock;

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    @ConfigProperty(name = "itaku.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    EventService events;

    @Inject
    Reminders reminders;

    @Inject
    SelfReportService selfReports;

    @Inject
    AnswerStore answers;

    void load(@Observes StartupEvent startup) {
        if (enabled) {
            loadAll();
        }
    }

    void loadAll() {
        TenantContext.runAs("demo-sho", this::sho);
        TenantContext.runAs("demo-sho", this::sibling);
        TenantContext.runAs("demo-kikou", this::kikou);
        reminders.run(clock.today());
        LOG.info("inspection demo data ready (demo-sho, demo-kikou)");
    }

    @Transactional
    void sho() {
        if (!events.apply(approved("demo-sho", 1, "住民基本台帳システム運用保守業務", "市民課",
                "株式会社アルファ情報処理", "org-alpha", Sensitivity.HIGH))) {
            return;
        }
        events.apply(approved("demo-sho", 2, "職員研修申込受付業務", "人事課", "ベータ・システムズ株式会社", "org-beta",
                Sensitivity.LOW));
        ChainNode alpha = root("demo-sho", 1);
        ChainNode beta = child(alpha, "ベータ・システムズ株式会社", "org-beta", ChainNode.Status.ACTIVE,
                "住民票データの移行作業", "氏名、住所、生年月日、個人番号を含まない住民票記載事項", "ベータ・システムズ株式会社 大阪開発センター");
        child(beta, "株式会社ガンマ入力サービス", null, ChainNode.Status.PENDING,
                "紙の届出書の入力作業", "氏名、住所、電話番号", "株式会社ガンマ入力サービス 福岡事務所");
        plan(beta, "sho-inspector");
        PlanEntry alphaPlan = PlanEntry.forNode(alpha.id).orElseThrow();
        alphaPlan.assignee = "sho-inspector";

        LocalDate today = clock.today();
        check(alphaPlan, today.minusMonths(13), null);
        check(PlanEntry.forNode(beta.id).orElseThrow(), today.minusDays(20), "MEDIA");
        submittedSelfReport(root("demo-sho", 2));
    }

    /**
     * デルタ (org-delta, user delta-user) beside ベータ under アルファ: a sibling subcontractor, which must never see
     * ベータ's rows (incidents included). Added on its own so that existing demo databases get it too.
     */
    @Transactional
    void sibling() {
        ChainNode alpha = root("demo-sho", 1);
        if (alpha == null || ChainNode.count("engagementId = ?1 and orgCode = ?2", alpha.engagementId, "org-delta") > 0) {
            return;
        }
        ChainNode delta = child(alpha, "デルタ・データ株式会社", "org-delta", ChainNode.Status.ACTIVE,
                "問合せ窓口の一次受付", "氏名、電話番号、問合せ内容", "デルタ・データ株式会社 仙台センター");
        plan(delta, "sho-inspector");
    }

    /** beta's self-check of its own (低) engagement, waiting for the inspector's review. */
    private void submittedSelfReport(ChainNode node) {
        SelfReport report = new SelfReport();
        report.id = UUID.randomUUID();
        report.nodeId = node.id;
        report.engagementId = node.engagementId;
        report.questionnaireId = selfReports.current().id;
        report.status = SelfReport.Status.SUBMITTED;
        report.createdAt = clock.now().minusDays(5);
        report.createdBy = "beta-user";
        report.submittedAt = clock.now().minusDays(2);
        report.submittedBy = "beta-user";
        report.persist();
        List<Answer> given = selfReports.questionsOf(report).stream()
                .map(q -> new Answer(q.id(), q.kind() == Question.Kind.YES_NO ? "YES" : "特記事項なし", null)).toList();
        answers.saveDraft(report.id, "demo-sho", node.id, given, "beta-user");
        answers.markSubmitted(report.id);
    }

    @Transactional
    void kikou() {
        events.apply(approved("demo-kikou", 1, "奨学金貸与事務の入力業務", "奨学事業部", "株式会社アルファ情報処理",
                "org-alpha", Sensitivity.MEDIUM));
    }

    private EngagementEvent approved(String tenant, int n, String title, String division, String contractor,
                                            String org, Sensitivity sensitivity) {
        LocalDate start = clock.today().minusMonths(14).withDayOfMonth(1);
        return new EngagementEvent(id(tenant, "event", n), EngagementEvent.APPROVED, tenant, id(tenant, "engagement", n),
                title, division, id(tenant, "contractor", n), contractor, org, sensitivity, start, start.plusYears(3).minusDays(1),
                clock.now().minusMonths(14), tenant.replace("demo-", "") + "-manager");
    }

    private ChainNode root(String tenant, int n) {
        return ChainNode.<ChainNode>find("engagementId = ?1 and depth = 1", id(tenant, "engagement", n)).firstResult();
    }

    private ChainNode child(ChainNode parent, String name, String org, ChainNode.Status status, String work,
                                   String info, String location) {
        ChainNode node = ChainNode.childOf(parent);
        node.name = name;
        node.orgCode = org;
        node.workPart = work;
        node.personalInfo = info;
        node.location = location;
        node.subcontractFile = "再委託契約書.txt";
        node.subcontractText = "第1条 乙は、本業務で知り得た個人情報の秘密を保持する。\n第2条 乙は、甲の事前の書面による承諾なく再委託してはならない。"
                + "\n第3条 乙は、漏えい等の事案が発生し、又は発生したおそれがあるときは、直ちに甲に報告し、その指示に従う。";
        node.verification = "{\"file\":\"再委託契約書.txt\",\"kind\":\"outsourcing\",\"elements\":[{\"id\":\"C4\","
                + "\"status\":\"satisfied\",\"evidence\":[{\"article\":\"第3条\",\"start\":70,\"end\":120,"
                + "\"text\":\"乙は、漏えい等の事案が発生し、又は発生したおそれがあるときは、直ちに甲に報告し、その指示に従う。\"}]}]}";
        node.status = status;
        node.requestedAt = clock.now().minusMonths(6);
        node.requestedBy = parent.orgCode == null ? "contractor" : parent.orgCode.replace("org-", "") + "-user";
        if (status != ChainNode.Status.PENDING) {
            node.decidedAt = clock.now().minusMonths(6).plusDays(3);
            node.decidedBy = "sho-manager";
            node.decisionComment = "再委託契約書に第8-4の事項が定められていることを確認した。";
        }
        node.persist();
        ChainNode.flush();
        return node;
    }

    private void plan(ChainNode node, String assignee) {
        PlanEntry entry = new PlanEntry();
        entry.id = UUID.randomUUID();
        entry.nodeId = node.id;
        entry.engagementId = node.engagementId;
        entry.intervalMonths = 6;
        entry.startsOn = clock.today().minusMonths(6);
        entry.dueOn = entry.startsOn.plusMonths(6).plusDays(10);
        entry.inspectedBy = PlanEntry.InspectedBy.PARENT;
        entry.method = PlanEntry.Method.ONSITE;
        entry.assignee = assignee;
        entry.status = PlanEntry.Status.OPEN;
        entry.updatedAt = clock.now();
        entry.updatedBy = "sho-manager";
        entry.persist();
    }

    private void check(PlanEntry entry, LocalDate performedOn, String findingCode) {
        InspectionCheck check = new InspectionCheck();
        check.id = UUID.randomUUID();
        check.nodeId = entry.nodeId;
        check.planEntryId = entry.id;
        check.engagementId = entry.engagementId;
        check.performedOn = performedOn;
        check.place = "委託先事業所（サーバ室・執務室）";
        check.attendees = "情報セキュリティ責任者\n業務責任者";
        check.method = PlanEntry.Method.ONSITE;
        check.inspector = "sho-inspector";
        check.status = InspectionCheck.Status.COMPLETED;
        check.summary = findingCode == null ? "管理状況は良好であった。" : "記録媒体の管理に改善を要する点があった。";
        check.createdAt = performedOn.atStartOfDay(JapaneseDates.TOKYO).toOffsetDateTime();
        check.createdBy = "sho-inspector";
        check.completedAt = check.createdAt.plusHours(6);
        check.completedBy = "sho-inspector";
        check.persist();
        int position = 0;
        for (Checklist.Item template : Checklist.ITEMS) {
            CheckItem item = new CheckItem();
            item.checkId = check.id;
            item.code = template.code();
            item.position = position++;
            boolean finding = template.code().equals(findingCode);
            item.result = finding ? CheckItem.Result.FINDING : CheckItem.Result.COMPLIANT;
            item.note = finding ? "USBメモリの接続制限が一部の端末で設定されていなかった。" : null;
            item.deadline = finding ? performedOn.plusDays(60) : null;
            item.persist();
            if (finding) {
                ImprovementRequest request = new ImprovementRequest();
                request.id = UUID.randomUUID();
                request.nodeId = check.nodeId;
                request.checkId = check.id;
                request.itemCode = item.code;
                request.description = item.note;
                request.deadline = item.deadline;
                request.status = ImprovementRequest.Status.OPEN;
                request.createdAt = check.completedAt;
                request.createdBy = "sho-inspector";
                request.persist();
            }
        }
        entry.recordDone(performedOn, PlanEntry.DoneKind.CHECK, "sho-inspector", clock.now());
    }

    private static UUID id(String tenant, String kind, int n) {
        return UUID.nameUUIDFromBytes((tenant + "/inspection-demo/" + kind + "/" + n).getBytes(StandardCharsets.UTF_8));
    }
}
