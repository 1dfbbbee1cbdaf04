package jp.itaku.provision.demo;

import jp.itaku.common.time.ItakuClock;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.provision.agreement.AgreementService;
import jp.itaku.provision.investigation.ImprovementRequest;
import jp.itaku.provision.investigation.InvestigationResult;
import jp.itaku.provision.investigation.InvestigationService;
import jp.itaku.provision.investigation.InvestigationService.InvestigationData;
import jp.itaku.provision.investigation.InvestigationTiming;
import jp.itaku.provision.provision.ProvisionData;
import jp.itaku.provision.provision.ProvisionService;
import jp.itaku.provision.recipient.RecipientService;
import jp.itaku.provision.recipient.RecipientService.RecipientData;
import jp.itaku.provision.recipient.RecipientType;
import jp.itaku.provision.safety.SafetyMeasureService;
import jp.itaku.provision.settings.AgencySetting;
import jp.itaku.provision.settings.model.AgencyType;
import jp.itaku.provision.settings.model.Citation;
import jp.itaku.provision.settings.model.LegalItem;
import jp.itaku.provision.settings.SettingsService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The demo agencies' provisions for {@code ./itaku up}: デモ省 (行政機関, current citation) and デモ機構
 * (独立行政法人等, legacy citation), each with provisions in every state. Skipped for an agency already set up.
 */
@ApplicationScoped
public class DemoData {

    @Inject
    ItakuClock clock;

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String SHO = "demo-sho";
    private static final String KIKOU = "demo-kikou";

    /** Set by {@code ./itaku up}; a single flag shared with the other services, hence no mapping of its own. */
    @ConfigProperty(name = "itaku.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    SettingsService settings;

    @Inject
    RecipientService recipients;

    @Inject
    ProvisionService provisions;

    @Inject
    AgreementService agreements;

    @Inject
    SafetyMeasureService safetyMeasures;

    @Inject
    InvestigationService investigations;

    void onStart(@Observes StartupEvent event) {
        if (demoData) {
            TenantContext.runAs(SHO, () -> load(SHO));
            TenantContext.runAs(KIKOU, () -> load(KIKOU));
        }
    }

    @Transactional
    void load(String tenant) {
        if (AgencySetting.current().isPresent()) {
            return;
        }
        if (SHO.equals(tenant)) {
            sho();
        } else {
            kikou();
        }
        LOG.infof("provision demo data loaded for %s", tenant);
    }

    private void sho() {
        settings.save("デモ省", AgencyType.ADMINISTRATIVE_ORGAN, Citation.CURRENT, "sho-chief");
        UUID foundation = recipient("一般財団法人デモ公衆衛生研究財団", RecipientType.PRIVATE_OR_INDIVIDUAL, "理事長　高橋誠",
                "東京都港区芝公園4-2-8", "研究企画部", "中村由美", "nakamura@demo-foundation.example.jp", "03-5555-0101", "sho-officer");
        UUID prefecture = recipient("デモ県", RecipientType.LOCAL_GOVERNMENT, "知事　小林正",
                "デモ県デモ市中央1-1", "健康福祉部 統計分析課", "加藤健", "kato@pref-demo.example.jp", "045-555-0202", "sho-officer");
        UUID agency = recipient("デモ庁", RecipientType.ADMINISTRATIVE_ORGAN, "長官　伊藤博",
                "東京都千代田区霞が関2-1-2", "企画調整課", "山本聡", "yamamoto@demo-cho.example.go.jp", "03-5555-0303", "sho-officer");

        // 1: research provision to a private foundation — agreed, providing, followed up (P1/P2)
        UUID research = provisions.create(new ProvisionData("総務課", "職員健康診断結果の研究目的での提供", foundation,
                "職員健康診断結果ファイル", LegalItem.ITEM_4, false, null, null, null,
                "生活習慣病の発症要因に関する疫学研究（統計的分析に限る）",
                "一般財団法人デモ公衆衛生研究財団定款第4条（調査研究事業）",
                "令和4年度から令和6年度までに定期健康診断を受診した職員の記録",
                "生年（年のみ）、性別、身長、体重、血圧、血液検査の結果（氏名・職員番号は提供しない）",
                "暗号化した電子媒体（DVD-R）を手交", "オンライン提供なし", "1回（追加提供は改めて協議）",
                LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31),
                "提供データの施錠保管とアクセス者の限定、研究目的以外の利用・第三者提供・複製の禁止、研究終了後の消去と消去証明書の提出、"
                        + "漏えい等が発生した場合の直ちの報告"), "sho-officer").id;
        agreements.issue(research, null, "sho-manager", "田中一郎");
        safetyMeasures.record(research, LocalDate.of(2025, 5, 20), "書面（書面の交付に併せて要求）",
                "施錠保管、アクセス者の限定、目的外利用・複製の禁止、研究終了後の消去と消去証明書の提出",
                "措置を講ずる旨の誓約書を受領", LocalDate.of(2025, 5, 27), "sho-manager");
        investigations.record(research, new InvestigationData(InvestigationTiming.BEFORE_PROVISION,
                LocalDate.of(2025, 5, 28), "検査担当　鈴木一郎", "財団本部 研究データ管理室",
                "保管庫の施錠、入室管理簿、解析端末のネットワーク分離を確認した。", InvestigationResult.SATISFACTORY,
                null), "sho-inspector");
        provisions.start(research, "sho-officer");
        UUID followUp = investigations.record(research, new InvestigationData(InvestigationTiming.AT_ANY_TIME,
                clock.today().minusDays(20), "検査担当　鈴木一郎", "財団本部 研究データ管理室",
                "解析端末のアクセス記録が定期的に確認されていない。保管庫の鍵の管理簿に記入漏れがある。",
                InvestigationResult.IMPROVEMENT_REQUIRED, "改善要求を2件発出"), "sho-inspector").id;
        investigations.request(research, followUp, clock.today().minusDays(19),
                "解析端末のアクセス記録を月1回以上確認し、確認結果を記録すること。", clock.today().plusDays(25),
                "sho-inspector");
        ImprovementRequest keys = investigations.request(research, followUp, clock.today().minusDays(19),
                "保管庫の鍵の貸出・返却を管理簿に漏れなく記入すること。", clock.today().minusDays(5), "sho-inspector");
        investigations.close(research, keys.id, "鍵管理簿の記入要領を定め、全件記入されていることを写しで確認した。",
                clock.today().minusDays(6), "sho-inspector");

        // 2: regular provision to a prefecture, amended once (period extended)
        ProvisionData statistics = new ProvisionData("統計課", "人口動態統計の基礎データの提供", prefecture,
                "人口動態調査個票ファイル", LegalItem.ITEM_3, true,
                "県の保健医療計画の毎年度の見直しに用いるため、法令に基づく年次の提供が必要", null, null,
                "デモ県保健医療計画の策定及び評価", "医療法第30条の4", "デモ県内に住所を有した者に係る令和6年の記録",
                "出生・死亡の年月、市区町村、死因分類（氏名・住所の番地以下は提供しない）", "電子ファイル（暗号化ZIP）",
                "LGWAN経由の暗号化ファイル送付", "年1回（毎年9月）", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
                "LGWAN内の限定された共有フォルダでの取扱い、担当職員の限定、保存期間経過後の消去");
        UUID stats = provisions.create(statistics, "sho-officer").id;
        agreements.issue(stats, null, "sho-manager", "田中一郎");
        provisions.update(stats, new ProvisionData(statistics.division(), statistics.title(), prefecture,
                statistics.informationFile(), statistics.legalItem(), true, statistics.regularReason(), null, null,
                statistics.purposeOfUse(), statistics.businessLegalBasis(), statistics.recordScope(),
                statistics.recordItems(), statistics.usageMedia(), statistics.usageOnline(), statistics.usageFrequency(),
                statistics.periodStart(), LocalDate.of(2027, 3, 31), statistics.safetyMeasures()), "sho-officer");
        agreements.issue(stats, "計画の見直し時期の変更に伴い提供期間を1年延長", "sho-manager", "田中一郎");

        // 3: another administrative organ, measures judged unnecessary (P3) — provided without a written agreement
        UUID organ = provisions.create(new ProvisionData("人事課", "併任職員の勤務記録の提供", agency,
                "勤務時間管理ファイル", LegalItem.ITEM_3, false, null, false,
                "提供先は法の安全管理措置義務を負う行政機関であり、提供は併任期間中の給与計算に必要な範囲に限られるため、書面の取り交わしは要しないと判断した。",
                "併任職員の給与計算", "一般職の職員の給与に関する法律", "併任職員2名の令和7年度の記録", "出勤日、超過勤務時間",
                "庁内ネットワークの共有フォルダ", "政府共通ネットワーク経由", "毎月", LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31), null), "sho-officer").id;
        provisions.start(organ, "sho-officer");

        // 4: a draft still missing items (shows what blocks issuing)
        provisions.create(new ProvisionData("総務課", "災害時要支援者名簿の提供（起案中）", foundation, "要支援者名簿",
                LegalItem.ITEM_4, false, null, null, null, "災害時の安否確認", null, "デモ市内の要支援者",
                null, null, null, null, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), null), "sho-officer");
    }

    private void kikou() {
        settings.save("デモ機構", AgencyType.INCORPORATED_ADMINISTRATIVE_AGENCY, Citation.LEGACY, "kikou-chief");
        UUID university = recipient("国立大学法人デモ大学", RecipientType.INCORPORATED_ADMINISTRATIVE_AGENCY, "学長　渡辺和子",
                "デモ県デモ市学園町1-1", "医学研究科 研究支援課", "松本大輔", "matsumoto@demo-u.example.ac.jp", "029-555-0404",
                "kikou-officer");
        UUID company = recipient("株式会社デモ調査研究所", RecipientType.PRIVATE_OR_INDIVIDUAL, "代表取締役　井上隆",
                "大阪府大阪市北区梅田3-3-3", "調査部", "木村さくら", "kimura@demo-research.example.co.jp", "06-5555-0505",
                "kikou-officer");

        UUID joint = provisions.create(new ProvisionData("研究推進課", "共同研究のための利用者アンケート結果の提供", university,
                "利用者アンケート回答ファイル", LegalItem.ITEM_3, false, null, true,
                "自由記述欄に健康状態に関する記載が含まれるため、書面と安全確保の措置が必要と判断した。",
                "機構との共同研究（利用者の満足度の要因分析）", "国立大学法人法第22条第1項第3号",
                "令和6年度の利用者アンケートの回答", "年代、性別、回答内容（氏名・連絡先は提供しない）", "暗号化した電子媒体",
                "オンライン提供なし", "1回", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30),
                "研究室内の施錠できる保管庫での保管、研究者の限定、研究終了後の消去と報告"), "kikou-officer").id;
        agreements.issue(joint, null, "kikou-manager", "佐々木恵");
        safetyMeasures.record(joint, LocalDate.of(2025, 6, 20), "書面", "施錠保管、研究者の限定、研究終了後の消去と報告",
                null, null, "kikou-manager");

        UUID survey = provisions.create(new ProvisionData("業務課", "委託調査のための回答者属性の提供", company,
                "調査回答者属性ファイル", LegalItem.ITEM_4, false, null, null, null, "機構の業務改善に関する統計調査",
                "統計法第24条", "令和5年度の調査回答者", "年代、地域（都道府県）", "暗号化ZIPファイル",
                "機構の指定するファイル交換サービス", "1回", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31),
                "取扱者の限定、調査終了後の消去と消去証明書の提出"), "kikou-officer").id;
        agreements.issue(survey, null, "kikou-manager", "佐々木恵");
        provisions.start(survey, "kikou-officer");
        provisions.end(survey, "調査の完了と消去証明書の受領", "kikou-officer");
    }

    private UUID recipient(String name, RecipientType type, String representative, String address, String department,
                           String contact, String email, String phone, String by) {
        return recipients.create(new RecipientData(name, type, representative, address, department, contact, email,
                phone), by).id;
    }
}
