package jp.itaku.contract.demo;

import jp.itaku.common.time.ItakuClock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.contract.approval.Approval;
import jp.itaku.contract.approval.ElementException;
import jp.itaku.contract.confirmation.WrittenConfirmation;
import jp.itaku.contract.contractor.Certification;
import jp.itaku.contract.contractor.ChecklistEntry;
import jp.itaku.contract.contractor.ChecklistItem;
import jp.itaku.contract.contractor.Contractor;
import jp.itaku.contract.contractor.CorporateNumber;
import jp.itaku.contract.contractor.Incident;
import jp.itaku.contract.draft.ContractDraft;
import jp.itaku.contract.draft.DraftService;
import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.engagement.EngagementKind;
import jp.itaku.contract.engagement.EngagementState;
import jp.itaku.contract.engagement.HandlingLocation;
import jp.itaku.api.Sensitivity;
import jp.itaku.contract.engagement.StateTransition;
import jp.itaku.contract.files.FileStore;
import jp.itaku.contract.files.Uploads;
import jp.itaku.api.EngagementEvent;
import jp.itaku.contract.outbox.OutboxEvent;
import jp.itaku.contract.verification.ElementResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A small demo for {@code ./itaku up} (itaku.demo-data=true): contractors with their evidence (one with an expired
 * Pマーク, one subsidiary), engagements in every state, drafts with two versions, written confirmations and
 * approvals. The approved engagements use the ids inspection-service's demo uses, and their outbox events carry the
 * same event ids, so delivering them there is a repeat it recognises. Loading twice changes nothing.
 */
@ApplicationScoped
public class DemoData {

    @Inject
    ItakuClock clock;

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "itaku.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    DraftService drafts;

    @Inject
    ObjectMapper json;

    @Inject
    FileStore files;

    void load(@Observes StartupEvent startup) {
        if (enabled) {
            loadAll();
        }
    }

    @ActivateRequestContext
    public void loadAll() {
        TenantContext.runAs("demo-sho", this::sho);
        TenantContext.runAs("demo-kikou", this::kikou);
        LOG.info("contract demo data ready (demo-sho, demo-kikou)");
    }

    void sho() {
        String t = "demo-sho";
        if (QuarkusTransaction.requiringNew().call(() -> Contractor.count("id", id(t, "contractor", 1)) > 0)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Contractor alpha = contractor(t, 1, "株式会社アルファ情報処理", "org-alpha", "東京都千代田区神田錦町3-1-1", null);
            Contractor beta = contractor(t, 2, "ベータ・システムズ株式会社", "org-beta", "大阪府大阪市北区梅田2-4-9", null);
            contractor(t, 3, "株式会社アルファ・データエントリー", null, "埼玉県さいたま市大宮区桜木町1-7-5", alpha.id);
            certification(alpha, Certification.Kind.PRIVACY_MARK, "第10820123(06)号", clock.today().plusYears(1));
            certification(alpha, Certification.Kind.ISMS, "IS 654321", clock.today().plusMonths(8));
            certification(beta, Certification.Kind.PRIVACY_MARK, "第21000456(03)号", clock.today().minusMonths(2));
            incident(beta, clock.today().minusYears(2), "委託業務の通知書1通を別の住所に誤送付した。",
                    "封入封緘工程にダブルチェックを導入し、従業者教育を実施した。");
            checklist(alpha, true);
            checklist(beta, false);
        });
        LocalDate start = clock.today().minusMonths(14).withDayOfMonth(1);
        UUID residents = engagement(t, id(t, "engagement", 1), "住民基本台帳システム運用保守業務", "市民課", EngagementKind.OUTSOURCING,
                id(t, "contractor", 1), "org-alpha", Sensitivity.HIGH, start, start.plusYears(3).minusDays(1),
                List.of("氏名", "住所", "生年月日", "性別", "世帯情報"), 180_000, false);
        upload(residents, "outsourcing-v1.txt", "住民基本台帳システム運用保守業務委託契約書（案）.txt");
        upload(residents, "outsourcing-v2.txt", "住民基本台帳システム運用保守業務委託契約書（案）修正版.txt");
        confirm(t, residents, "株式会社アルファ情報処理 公共事業部長 山本 健");
        approve(t, residents, 1, "sho-manager", "デモ省 保護管理者", EngagementState.IN_PROGRESS);

        UUID training = engagement(t, id(t, "engagement", 2), "職員研修申込受付業務", "人事課", EngagementKind.OUTSOURCING,
                id(t, "contractor", 2), "org-beta", Sensitivity.LOW, start, start.plusYears(3).minusDays(1),
                List.of("氏名", "所属", "職員番号"), 3_000, false);
        upload(training, "outsourcing-v2.txt", "職員研修申込受付業務委託契約書.txt");
        confirm(t, training, "ベータ・システムズ株式会社 サービス事業部 課長 中村 優子");
        approve(t, training, 2, "sho-manager", "デモ省 保護管理者", EngagementState.IN_PROGRESS);

        UUID dispatch = engagement(t, UUID.nameUUIDFromBytes("demo-sho/contract-demo/dispatch".getBytes(StandardCharsets.UTF_8)),
                "総務課窓口受付業務への労働者派遣", "総務課", EngagementKind.DISPATCH, id(t, "contractor", 2), "org-beta",
                Sensitivity.MEDIUM, clock.today().plusMonths(1).withDayOfMonth(1),
                clock.today().plusMonths(13).withDayOfMonth(1).minusDays(1), List.of("氏名", "住所", "電話番号"), 20_000, false);
        upload(dispatch, "dispatch.txt", "労働者派遣個別契約書（案）.txt");
        move(dispatch, EngagementState.UNDER_REVIEW, "sho-officer", "派遣契約の審査をお願いします。");

        UUID cloud = engagement(t, UUID.nameUUIDFromBytes("demo-sho/contract-demo/cloud".getBytes(StandardCharsets.UTF_8)),
                "税務システムのクラウド移行業務", "税務課", EngagementKind.OUTSOURCING, id(t, "contractor", 1), "org-alpha",
                Sensitivity.HIGH, clock.today().plusMonths(3).withDayOfMonth(1),
                clock.today().plusMonths(27).withDayOfMonth(1).minusDays(1), List.of("氏名", "住所", "課税所得", "税額"),
                95_000, true);
        upload(cloud, "outsourcing-v1.txt", "税務システムクラウド移行業務委託契約書（案）.txt");
    }

    void kikou() {
        String t = "demo-kikou";
        if (QuarkusTransaction.requiringNew().call(() -> Contractor.count("id", id(t, "contractor", 1)) > 0)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Contractor alpha = contractor(t, 1, "株式会社アルファ情報処理", "org-alpha", "東京都千代田区神田錦町3-1-1", null);
            certification(alpha, Certification.Kind.PRIVACY_MARK, "第10820123(06)号", clock.today().plusYears(1));
            checklist(alpha, true);
        });
        LocalDate start = clock.today().minusMonths(14).withDayOfMonth(1);
        UUID scholarship = engagement(t, id(t, "engagement", 1), "奨学金貸与事務の入力業務", "奨学事業部", EngagementKind.OUTSOURCING,
                id(t, "contractor", 1), "org-alpha", Sensitivity.MEDIUM, start, start.plusYears(3).minusDays(1),
                List.of("氏名", "住所", "生年月日", "口座情報", "家計の状況"), 60_000, false);
        upload(scholarship, "outsourcing-v2.txt", "奨学金貸与事務入力業務委託契約書.txt");
        confirm(t, scholarship, "株式会社アルファ情報処理 データ入力センター長 小林 誠");
        approve(t, scholarship, 1, "kikou-manager", "デモ機構 保護管理者", EngagementState.IN_PROGRESS);
    }

    private Contractor contractor(String tenant, int n, String name, String org, String address, UUID parent) {
        Contractor c = new Contractor();
        c.id = id(tenant, "contractor", n);
        c.name = name;
        c.corporateNumber = CorporateNumber.of(String.format("%012d", Math.abs(c.id.getMostSignificantBits()) % 1_000_000_000_000L));
        c.address = address;
        c.contacts = "[{\"name\":\"営業担当 田中 一郎\",\"department\":\"公共営業部\",\"phone\":\"03-0000-0000\",\"email\":\"sales@example.jp\"}]";
        c.orgCode = org;
        c.parentId = parent;
        c.createdAt = clock.now().minusMonths(18);
        c.createdBy = tenant.replace("demo-", "") + "-officer";
        c.persist();
        return c;
    }

    private static void certification(Contractor c, Certification.Kind kind, String number, LocalDate until) {
        Certification x = new Certification();
        x.id = UUID.randomUUID();
        x.contractorId = c.id;
        x.kind = kind;
        x.name = kind.label;
        x.number = number;
        x.issuer = kind == Certification.Kind.PRIVACY_MARK ? "一般財団法人日本情報経済社会推進協会" : "認証機関";
        x.validUntil = until;
        x.createdAt = c.createdAt;
        x.createdBy = c.createdBy;
        x.persist();
    }

    private static void incident(Contractor c, LocalDate day, String summary, String measures) {
        Incident i = new Incident();
        i.id = UUID.randomUUID();
        i.contractorId = c.id;
        i.occurredOn = day;
        i.summary = summary;
        i.measures = measures;
        i.createdAt = c.createdAt;
        i.createdBy = c.createdBy;
        i.persist();
    }

    private static void checklist(Contractor c, boolean allFulfilled) {
        for (ChecklistItem item : ChecklistItem.values()) {
            ChecklistEntry e = new ChecklistEntry();
            e.id = UUID.randomUUID();
            e.contractorId = c.id;
            e.item = item;
            e.fulfilled = allFulfilled || item != ChecklistItem.CERTIFICATION;
            e.note = e.fulfilled ? null : "プライバシーマークの有効期限が切れている。更新審査中との申告あり。";
            e.checkedAt = c.createdAt.plusDays(3);
            e.checkedBy = c.createdBy;
            e.persist();
        }
    }

    private UUID engagement(String tenant, UUID id, String title, String division, EngagementKind kind, UUID contractor,
                            String org, Sensitivity sensitivity, LocalDate start, LocalDate end, List<String> categories,
                            int records, boolean cloudAbroad) {
        String officer = tenant.replace("demo-", "") + "-officer";
        QuarkusTransaction.requiringNew().run(() -> {
            Engagement e = new Engagement();
            e.id = id;
            e.title = title;
            e.division = division;
            e.kind = kind;
            e.contractorId = contractor;
            e.orgCode = org;
            e.sensitivity = sensitivity;
            e.periodStart = start;
            e.periodEnd = end;
            e.infoCategories = write(categories);
            e.recordCount = records;
            e.state = EngagementState.DRAFTING;
            e.createdAt = clock.now().minusMonths(15);
            e.createdBy = officer;
            e.updatedAt = e.createdAt;
            e.updatedBy = officer;
            e.persist();
            location(e, 0, HandlingLocation.Purpose.HANDLING, HandlingLocation.PlaceType.CONTRACTOR_PREMISES,
                    "委託先の作業室（入退室管理あり）", "JP");
            location(e, 1, HandlingLocation.Purpose.STORAGE, cloudAbroad ? HandlingLocation.PlaceType.CLOUD
                    : HandlingLocation.PlaceType.DATA_CENTER, cloudAbroad ? "海外事業者のクラウドストレージ（シンガポール リージョン）"
                    : "委託先の国内データセンター（東京都）", cloudAbroad ? "SG" : "JP");
            transition(e, null, EngagementState.DRAFTING, officer, e.createdAt, null);
        });
        return id;
    }

    private static void location(Engagement e, int position, HandlingLocation.Purpose purpose, HandlingLocation.PlaceType type,
                                 String description, String country) {
        HandlingLocation l = new HandlingLocation();
        l.id = UUID.randomUUID();
        l.engagementId = e.id;
        l.position = position;
        l.purpose = purpose;
        l.placeType = type;
        l.description = description;
        l.country = country;
        l.needsReview = HandlingLocation.needsReview(type, country);
        l.persist();
    }

    private void upload(UUID engagementId, String resource, String fileName) {
        byte[] content = resource(resource);
        // in a transaction of its own so that its reads use a session of this tenant, not one left open by another
        QuarkusTransaction.requiringNew().run(() ->
                drafts.upload(engagementId, new Uploads.Upload(fileName, "text/plain", content, Uploads.sha256(content))));
    }

    private void confirm(String tenant, UUID engagementId, String responsible) {
        byte[] signed = ConfirmationSheet.render(responsible);
        String fileId = files.put(tenant, "written-confirmation", engagementId, "書面による確認事項.pdf", "application/pdf", signed);
        QuarkusTransaction.requiringNew().run(() -> {
            String[] parts = responsible.split(" ", 2);
            WrittenConfirmation c = new WrittenConfirmation();
            c.id = UUID.randomUUID();
            c.engagementId = engagementId;
            c.responsibleName = parts[1];
            c.responsibleTitle = parts[0];
            c.responsibleContact = "03-0000-0000";
            c.workers = "[{\"name\":\"佐藤 花子\",\"role\":\"作業責任者\"},{\"name\":\"鈴木 一郎\",\"role\":\"作業従事者\"},"
                    + "{\"name\":\"伊藤 美咲\",\"role\":\"作業従事者\"}]";
            c.managementStructure = "管理責任者の下に作業責任者を置き、個人情報の受渡し・保管・消去を管理台帳で管理する。";
            c.implementationStructure = "作業は入退室管理された作業室でのみ行い、私物の電子機器の持込みを禁止する。";
            c.inspectionArrangements = "甲は年1回以上作業場所に立ち入って管理状況を検査し、乙は四半期ごとに管理状況報告書を提出する。";
            c.attachmentFileId = fileId;
            c.attachmentName = "書面による確認事項.pdf";
            c.attachmentSha256 = Uploads.sha256(signed);
            c.attachmentUploadedAt = clock.now().minusMonths(14);
            c.attachmentUploadedBy = tenant.replace("demo-", "") + "-officer";
            c.updatedAt = c.attachmentUploadedAt;
            c.updatedBy = c.attachmentUploadedBy;
            c.persist();
        });
    }

    /** Approves the latest draft with reasoned exceptions where needed and queues the event inspection-service knows. */
    private void approve(String tenant, UUID engagementId, int n, String manager, String managerName, EngagementState then) {
        ContractDraft draft = QuarkusTransaction.requiringNew().call(() -> ContractDraft.latest(engagementId).orElseThrow());
        List<ElementResult> open = drafts.report(draft).elements().stream()
                .filter(e -> !ElementResult.SATISFIED.equals(e.status()) && !"D1".equals(e.id())).toList();
        String officer = tenant.replace("demo-", "") + "-officer";
        QuarkusTransaction.requiringNew().run(() -> {
            Engagement e = Engagement.findVisible(engagementId);
            OffsetDateTime approvedAt = clock.now().minusMonths(14);
            transition(e, EngagementState.DRAFTING, EngagementState.UNDER_REVIEW, officer, approvedAt.minusDays(5), null);
            Approval a = new Approval();
            a.id = UUID.randomUUID();
            a.engagementId = engagementId;
            a.draftId = draft.id;
            a.draftVersion = draft.version;
            a.comment = "第8-4の各事項を確認した。";
            a.approvedAt = approvedAt;
            a.approvedBy = manager;
            a.approvedByName = managerName;
            a.persist();
            for (ElementResult r : open) {
                ElementException x = new ElementException();
                x.id = UUID.randomUUID();
                x.approvalId = a.id;
                x.elementId = r.id();
                x.status = r.status();
                x.reason = "別途締結する個人情報取扱特記事項で定めることを確認したため。";
                x.persist();
            }
            transition(e, EngagementState.UNDER_REVIEW, EngagementState.APPROVED, manager, approvedAt, "第" + draft.version + "版を承認");
            transition(e, EngagementState.APPROVED, then, officer, approvedAt.plusDays(10), null);
            e.state = then;
            e.updatedAt = approvedAt.plusDays(10);
            e.updatedBy = officer;
            Contractor contractor = Contractor.findVisible(e.contractorId).orElseThrow();
            OutboxEvent row = new OutboxEvent();
            row.id = id(tenant, "event", n);
            row.tenantId = tenant;
            row.type = EngagementEvent.APPROVED;
            row.aggregateId = engagementId;
            row.payload = write(new EngagementEvent(row.id, row.type, tenant, e.id, e.title, e.division, e.contractorId,
                    contractor.name, e.orgCode, e.sensitivity, e.periodStart, e.periodEnd, approvedAt, manager));
            row.createdAt = clock.now();
            row.nextAttemptAt = row.createdAt;
            row.persist();
        });
    }

    private void move(UUID engagementId, EngagementState to, String by, String note) {
        QuarkusTransaction.requiringNew().run(() -> {
            Engagement e = Engagement.findVisible(engagementId);
            transition(e, e.state, to, by, clock.now().minusDays(2), note);
            e.state = to;
            e.updatedAt = clock.now().minusDays(2);
            e.updatedBy = by;
        });
    }

    private static void transition(Engagement e, EngagementState from, EngagementState to, String by, OffsetDateTime at,
                                   String note) {
        StateTransition t = new StateTransition();
        t.id = UUID.randomUUID();
        t.engagementId = e.id;
        t.fromState = from;
        t.toState = to;
        t.note = note;
        t.at = at;
        t.byUser = by;
        t.persist();
    }

    /** The ids inspection-service's demo uses for the same engagements, contractors and events. */
    static UUID id(String tenant, String kind, int n) {
        return UUID.nameUUIDFromBytes((tenant + "/inspection-demo/" + kind + "/" + n).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
