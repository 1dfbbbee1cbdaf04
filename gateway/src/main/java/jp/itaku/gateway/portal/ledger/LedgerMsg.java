package jp.itaku.gateway.portal.ledger;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The ledger page's own words (Japanese; English in messages/ldg_en.properties), as {ldg:…} in their templates. */
@MessageBundle(value = "ldg", locale = "ja")
public interface LedgerMsg {

    @Message("委託の台帳")
    String title();

    @Message("保有個人情報の取扱いの委託に関する台帳")
    String heading();

    @Message("CSV（Excel）")
    String csv();

    @Message("PDF（印刷用）")
    String pdf();

    @Message("指針第5-8の台帳: 委託案件ごとに、取り扱う個人情報、委託先と承認済みの再委託先、取扱い・保管場所、期間、契約の確認と承認、検査、改善要求、消去を記録します。")
    String intro();

    @Message("{date} 現在。")
    String as_of(String date);

    @Message("絞り込み")
    String filter();

    @Message("担当課室")
    String col_division();

    @Message("状態")
    String col_state();

    @Message("すべて")
    String all();

    @Message("委託先")
    String col_contractor();

    @Message("終了済み・未消去のみ")
    String not_erased_only();

    @Message("絞り込む")
    String apply();

    @Message("未消去（終了済み・消去証明なし）")
    String not_erased_badge();

    @Message("個人情報の項目（件数）")
    String col_info();

    @Message("・")
    String dot();

    @Message("（約{n}件、秘匿性")
    String records(Object n);

    @Message("利用目的（件名）")
    String col_purpose();

    @Message("委託期間")
    String col_period();

    @Message("確認済みの条項")
    String col_clauses();

    @Message("契約の承認")
    String col_approval();

    @Message("未承認")
    String not_approved();

    @Message("承認時の例外")
    String col_exceptions();

    @Message("なし")
    String none();

    @Message("責任者（書面確認）")
    String col_responsible();

    @Message("未提出")
    String not_submitted();

    @Message("消去証明")
    String col_erasure();

    @Message("／媒体")
    String media();

    @Message("返却済み")
    String returned();

    @Message("返却なし")
    String not_returned();

    @Message("未消去")
    String not_erased();

    @Message("区分")
    String col_role();

    @Message("取扱者")
    String col_handler();

    @Message("業務の範囲")
    String col_work();

    @Message("取扱い・保管場所")
    String col_places();

    @Message("再委託の承認")
    String col_subcontract_approval();

    @Message("最終検査")
    String col_last_inspection();

    @Message("次回検査")
    String col_next_inspection();

    @Message("改善要求")
    String col_improvements();

    @Message("事故等")
    String col_incidents();

    @Message("クラウド")
    String cloud();

    @Message("国外")
    String abroad();

    @Message("未実施")
    String not_inspected();

    @Message("{n}件")
    String count(Object n);

    @Message("記録機能の導入前")
    String before_tracking();

    @Message("台帳の記録（複製・持出し・返却・消去）")
    String events_heading();

    @Message("{label}")
    String event_kind(String code, String label);

    @Message("記録")
    String recorded_by();

    @Message("該当する委託案件はありません。")
    String no_entries();
}
