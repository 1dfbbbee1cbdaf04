package jp.itaku.gateway.portal.provisions;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The provision pages' own words (Japanese; English in messages/prov_en.properties), as {prov:…} in their templates. */
@MessageBundle(value = "prov", locale = "ja")
public interface ProvMsg {

    @Message("提供の一覧へ")
    String back_list();

    @Message("内容を編集する")
    String edit();

    @Message("提供の概要")
    String summary();

    @Message("担当部署")
    String col_division();

    @Message("提供先")
    String col_recipient();

    @Message("提供する保有個人情報")
    String information_file();

    @Message("提供の根拠")
    String basis();

    @Message("機関の設定が未登録")
    String no_setting_short();

    @Message("機関の設定による条文の表記")
    String basis_from_setting();

    @Message("安全確保の措置の要求の根拠")
    String safety_basis();

    @Message("定期的な提供")
    String regular();

    @Message("はい")
    String yes();

    @Message("いいえ")
    String no();

    @Message("措置の要否（第8-3）")
    String p3_short();

    @Message("必要")
    String p3_yes();

    @Message("不要")
    String p3_no();

    @Message("未判断")
    String p3_unjudged();

    @Message("書面")
    String col_version();

    @Message("第{n}版")
    String version(Object n);

    @Message("未交付")
    String not_issued();

    @Message("提供開始")
    String started();

    @Message("提供終了")
    String ended();

    @Message("書面に定める事項（第8-1）")
    String items();

    @Message("次の事項が入力されていないため、書面を交付できません")
    String missing_intro();

    @Message("書面（合意）")
    String agreements();

    @Message("改定の理由")
    String amendment_reason();

    @Message("まだ交付されていません。")
    String no_agreements();

    @Message("交付する書面が引用する条文（機関の設定による）")
    String issue_cites();

    @Message("改定の理由（第2版以降は必須）")
    String amendment_reason_required();

    @Message("第{n}版を交付する")
    String issue(Object n);

    @Message("提供を開始する")
    String start();

    @Message("終了の理由")
    String end_reason();

    @Message("提供を終了する")
    String end();

    @Message("安全確保の措置の要求（第8-2）")
    String safety();

    @Message("要求日")
    String requested_on();

    @Message("方法")
    String method();

    @Message("要求した措置")
    String measures();

    @Message("根拠")
    String basis_short();

    @Message("提供先の回答")
    String response();

    @Message("回答日")
    String responded_on();

    @Message("回答を記録する")
    String record_response();

    @Message("未回答")
    String no_response();

    @Message("まだ記録されていません。")
    String none_yet();

    @Message("安全確保の措置の要求を記録する")
    String safety_new();

    @Message("要求の方法（例：書面の交付）")
    String method_hint();

    @Message("記録する")
    String record_it();

    @Message("実地調査（第8-2: 提供前・随時）")
    String investigations();

    @Message("実施日")
    String conducted_on();

    @Message("時期")
    String timing();

    @Message("調査者")
    String investigator();

    @Message("所見")
    String findings();

    @Message("結果")
    String result();

    @Message("実地調査を記録する")
    String investigation_new();

    @Message("（選択してください）")
    String choose();

    @Message("調査場所")
    String place();

    @Message("調査で確認した事項（所見）")
    String findings_long();

    @Message("結果の補足")
    String result_note();

    @Message("改善要求（第8-2）")
    String improvements();

    @Message("改善を求める内容")
    String content();

    @Message("期限")
    String deadline();

    @Message("状態")
    String col_state();

    @Message("期限超過")
    String overdue();

    @Message("改善の結果")
    String close_result();

    @Message("改善の完了日")
    String completed_on();

    @Message("完了として閉じる")
    String close();

    @Message("改善要求を記録する")
    String improvement_new();

    @Message("もとになった実地調査")
    String from_investigation();

    @Message("（調査によらない）")
    String no_investigation();

    @Message("提供の編集")
    String edit_title();

    @Message("新しい提供の起案")
    String new_title();

    @Message("戻る")
    String back();

    @Message("第{n}版の書面を交付済みです。ここでの変更は次の改定（第{n}版の次の版）になり、交付済みの版はそのまま残ります。")
    String amend_note(Object n);

    @Message("提供の概要")
    String basics();

    @Message("提供先（必須）")
    String recipient_required();

    @Message("提供先を登録する")
    String recipient_add();

    @Message("提供の根拠（号・必須）")
    String legal_item();

    @Message("定期的に提供する")
    String regular_label();

    @Message("定期的に提供する理由（定期的な提供の場合は必須）")
    String regular_reason();

    @Message("措置の要否（第8-3: 提供先が行政機関・独立行政法人等の場合）")
    String p3();

    @Message("書面と安全確保の措置は必要か")
    String p3_question();

    @Message("判断しない（行政機関・独立行政法人等以外の提供先）")
    String p3_none();

    @Message("措置の要否の判断理由")
    String p3_reason();

    @Message("書面に定める事項（第8-1: すべて必須）")
    String p1();

    @Message("下書きは未入力の事項があっても保存できます。書面の交付には、すべての事項が必要です。")
    String p1_hint();

    @Message("保存する")
    String save();

    @Message("提供の一覧")
    String list_title();

    @Message("保有個人情報の提供")
    String list_heading();

    @Message("新しい提供を起案する")
    String new_provision();

    @Message("提供先")
    String recipients();

    @Message("提供の台帳")
    String register();

    @Message("指針第8: 利用目的以外の目的のための提供は、書面（合意）で利用目的・根拠法令・記録範囲と記録項目・利用形態等を定め、安全確保の措置を求め、必要に応じて実地調査を行います。")
    String list_hint();

    @Message("機関の設定")
    String setting_is();

    @Message("機関の設定が登録されていません。総括保護管理者が設定するまで書面は交付できません。")
    String no_setting();

    @Message("絞り込み")
    String filter();

    @Message("すべて")
    String all();

    @Message("絞り込む")
    String apply_filter();

    @Message("件名")
    String col_title();

    @Message("未入力の事項")
    String col_missing();

    @Message("登録された提供はありません。")
    String none();

    @Message("提供先の一覧へ")
    String back_recipients();

    @Message("提供先の種別（必須）")
    String type_required();

    @Message("提供先の一覧")
    String recipients_title();

    @Message("提供先の種別が「行政機関」「独立行政法人等」の場合、書面と安全確保の措置は「必要に応じて」求めます（第8-3）。種別は提供が登録されると変更できません。")
    String recipients_hint();

    @Message("名称")
    String col_name();

    @Message("種別")
    String col_type();

    @Message("代表者")
    String col_representative();

    @Message("担当")
    String col_contact();

    @Message("登録された提供先はありません。")
    String no_recipients();

    @Message("保有個人情報の提供に関する台帳")
    String register_heading();

    @Message("PDF（印刷用）")
    String pdf_print();

    @Message("何を、誰に、どの根拠で、どの期間提供したか（起案中のものは含みません）。")
    String register_hint();

    @Message("提供期間")
    String period();

    @Message("実地調査・未完了の改善要求")
    String col_follow_up();

    @Message("台帳に載る提供はありません（起案中のものは含みません）。")
    String register_empty();
}
