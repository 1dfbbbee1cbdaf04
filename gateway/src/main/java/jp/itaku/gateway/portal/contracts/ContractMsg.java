package jp.itaku.gateway.portal.contracts;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The contract pages' own words — engagement, its form, a draft's verification, the comparison of versions (Japanese; English in messages/ctr_en.properties), as {ctr:…} in their templates. */
@MessageBundle(value = "ctr", locale = "ja")
public interface ContractMsg {

    @Message("概要")
    String summary();

    @Message("契約の種類")
    String col_kind();

    @Message("秘匿性")
    String col_sensitivity();

    @Message("個人情報の項目")
    String col_info();

    @Message("（約 {n} 件）")
    String record_count(Object n);

    @Message("取扱場所")
    String col_locations();

    @Message("要確認")
    String needs_review();

    @Message("契約書案はまだありません。")
    String no_drafts();

    @Message("契約審査に回す")
    String review_heading();

    @Message("保護管理者の審査に回す")
    String send_to_review();

    @Message("この案件は承認待ちです。")
    String awaiting_approval();

    @Message("承認待ちの一覧")
    String approval_queue();

    @Message("から承認または差し戻しができます。")
    String approve_there();

    @Message("状態の履歴")
    String history();

    @Message(" （")
    String note_open();

    @Message("件名（必須）")
    String field_title();

    @Message("担当課室（必須）")
    String field_division();

    @Message("契約の種類（必須）")
    String field_kind();

    @Message("選択してください")
    String choose();

    @Message("秘匿性（必須）")
    String field_sensitivity();

    @Message("委託先（必須）")
    String field_contractor();

    @Message("委託期間の開始日（必須）")
    String field_period_start();

    @Message("委託期間の終了日（必須）")
    String field_period_end();

    @Message("おおよその件数（必須）")
    String field_record_count();

    @Message("取り扱う個人情報の項目（1行に1項目、必須）")
    String field_info();

    @Message("個人情報を取り扱う場所（必須）")
    String field_locations();

    @Message("用途")
    String field_purpose();

    @Message("場所の種類")
    String field_place_type();

    @Message("場所の説明")
    String field_place();

    @Message("／")
    String slash();

    @Message("{label}")
    String draft_kind(String code, String label);

    @Message("この形式")
    String no_text_before();

    @Message("の本文は画面に表示できません。各要素の根拠となった文は右の一覧に引用しています。原本はダウンロードして確認してください。")
    String no_text_after();

    @Message("要素ごとの判定")
    String elements();

    @Message("{label}")
    String status(String code, String label);

    @Message("根拠:")
    String evidence();

    @Message("本文")
    String body_text();

    @Message("「")
    String quote_open();

    @Message("」")
    String quote_close();

    @Message("追加・修正の文例")
    String suggested();

    @Message("比較元の版")
    String from_version();

    @Message("比較先の版")
    String to_version();

    @Message("修正された要素 {fixed} 件、損なわれた要素")
    String diff_summary(Object fixed);

    @Message("{n} 件")
    String count(Object n);

    @Message("要素")
    String col_element();

    @Message("変化")
    String col_change();

    @Message("文言の変化")
    String col_wording();

    @Message("{label}")
    String change(String code, String label);

    @Message("＋")
    String plus();

    @Message("委託期間の終了日は開始日以降の日付を入力してください。")
    String error_period();

    @Message("件数は0以上の整数で入力してください。")
    String error_record_count();

    @Message("アップロードする契約書案のファイルを選択してください。")
    String error_no_file();

    @Message("「{name}」は {size} MB あり、上限（{limit} MB）を超えています。")
    String error_too_large(String name, long size, long limit);

    @Message("アップロードされたファイルを読み取れませんでした。もう一度お試しください。")
    String error_unreadable();
}
