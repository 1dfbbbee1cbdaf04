package jp.itaku.gateway.portal.incidents;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The incident pages' own words (Japanese; English in messages/inc_en.properties), as {inc:…} in their templates. */
@MessageBundle(value = "inc", locale = "ja")
public interface IncidentMsg {

    @Message("事故等の報告")
    String title();

    @Message("事故等の報告（漏えい等事案）")
    String list_heading();

    @Message("個人情報保護委員会への報告期限は、機関が知った日を1日目として数え、期限が土日・祝日・年末年始（12月29日〜1月3日）に当たるときは翌開庁日です（速報は概ね3〜5日、確報は30日、不正の目的によるものは60日）。")
    String list_intro();

    @Message("事故等を報告する")
    String report_button();

    @Message("事故等の一覧")
    String list_caption();

    @Message("件名")
    String col_title();

    @Message("発生した委託先")
    String col_node();

    @Message("報告対象")
    String col_reportable();

    @Message("機関が知った日")
    String col_aware();

    @Message("速報")
    String col_quick();

    @Message("確報")
    String col_final();

    @Message("受付")
    String col_ack();

    @Message("状態")
    String col_status();

    @Message("（第{n}層）")
    String depth(Object n);

    @Message("報告対象")
    String reportable();

    @Message("対象外・調査中")
    String not_reportable();

    @Message("特定個人情報")
    String my_number();

    @Message("受付済")
    String acknowledged();

    @Message("未受付")
    String not_acknowledged();

    @Message("完了")
    String closed();

    @Message("対応中")
    String open();

    @Message("事故等の報告はありません。")
    String none();

    @Message("事故等の一覧へ")
    String back_list();

    @Message("報告期限")
    String clocks_heading();

    @Message("個人情報保護委員会への報告対象")
    String reportable_to_ppc();

    @Message("機関が知った日（1日目）")
    String aware_day1();

    @Message("本人の数")
    String affected();

    @Message("調査中")
    String under_investigation();

    @Message("百人超過を確認")
    String over_hundred();

    @Message("総括保護管理者確認")
    String signed_off();

    @Message("／")
    String slash();

    @Message("／")
    String then();

    @Message("報告の経路（受付・総括へ報告・長へ報告）")
    String steps_heading();

    @Message("{label}")
    String step(String code, String label);

    @Message("{label}")
    String step_recipient(String code, String label);

    @Message("確認済")
    String step_acknowledged();

    @Message("未確認")
    String step_not_acknowledged();

    @Message("督促済")
    String step_escalated();

    @Message("確認する")
    String acknowledge();

    @Message("総括保護管理者へ報告する")
    String report_to_chief();

    @Message("機関の長へ報告する")
    String report_to_head();

    @Message("個人情報保護委員会への報告（速報・確報・追完）")
    String ppc_heading();

    @Message("{label}")
    String report_kind(String code, String label);

    @Message("まだ作成されていません。")
    String none_created();

    @Message("速報を作成する")
    String create_quick();

    @Message("確報を作成する")
    String create_final();

    @Message("報告事項（現在の内容）")
    String ppc_items();

    @Message("再発防止のための措置")
    String measures_heading();

    @Message("【{label}】")
    String measure_status(String code, String label);

    @Message("改善要求")
    String improvement_request();

    @Message("随時検査を計画済")
    String inspection_planned();

    @Message("まだ記録されていません。")
    String none_recorded();

    @Message("措置の内容")
    String measure_description();

    @Message("区分")
    String measure_kind();

    @Message("実施予定")
    String measure_planned();

    @Message("実施済み")
    String measure_done();

    @Message("委託先への改善要求（期限、空欄は要求しない）")
    String measure_improvement();

    @Message("随時検査（予定日、空欄は計画しない）")
    String measure_inspection();

    @Message("措置を記録する")
    String record_measure();

    @Message("総括保護管理者として確認する")
    String sign_off();

    @Message("対応を完了する")
    String close();

    @Message("証拠ファイル")
    String evidence_heading();

    @Message("ありません。")
    String none_items();

    @Message("写真・PDF")
    String evidence_file();

    @Message("添付する")
    String attach();

    @Message("経過")
    String timeline_heading();

    @Message("通知")
    String notices_heading();

    @Message("個人情報の漏えい・滅失・毀損（そのおそれを含む）を知ったときは、分かっている範囲で直ちに報告してください。未確定の項目は後から追記（追完）できます。")
    String new_intro();

    @Message("契約上の義務（漏えい等事案発生時の対応）")
    String c4_heading();

    @Message("該当する条項が見つかりません。")
    String no_clause();

    @Message("出典：")
    String source();

    @Message("事故等が発生した委託先・再委託先（必須）")
    String field_node();

    @Message("件名（必須）")
    String field_title();

    @Message("報告対象となる事態（該当するものすべて、おそれを含む）")
    String field_categories();

    @Message("{label}")
    String category(String code, String label);

    @Message("{citation}")
    String citation(String code, String citation);

    @Message("特定個人情報（マイナンバー）を含む")
    String field_my_number();

    @Message("高度な暗号化等の措置が講じられている")
    String field_high_encryption();

    @Message("発生日")
    String field_occurred();

    @Message("発覚日")
    String field_discovered();

    @Message("機関が知った日（空欄は今日）")
    String field_aware();

    @Message("本人の数（分かる範囲で）")
    String field_affected();

    @Message("発見者")
    String field_discoverer();

    @Message("漏えい等が発生し、又は発生したおそれがある保有個人情報の項目")
    String field_items();

    @Message("事実経過")
    String field_facts();

    @Message("委託元・委託先の関与")
    String field_involvement();

    @Message("原因")
    String field_cause();

    @Message("二次被害又はそのおそれの有無及びその内容")
    String field_secondary_damage();

    @Message("本人への対応の実施状況")
    String field_individual_response();

    @Message("その他参考となる事項")
    String field_other_notes();

    @Message("原因者")
    String field_cause_party();

    @Message("（未確定）")
    String cause_party_unknown();

    @Message("{label}")
    String cause_party(String code, String label);

    @Message("報告する")
    String submit();

    @Message("証拠ファイル（写真・PDF）は、報告の後に事故等のページから添付できます。")
    String evidence_later();

    @Message("本人の数は0以上の整数で入力してください。")
    String error_affected_count();

    @Message("証拠ファイルを選択してください。")
    String error_no_evidence();

    @Message("見つかりません")
    String not_found();

    @Message("この形式はありません（pdf または csv）。")
    String no_such_format();
}
