package jp.itaku.gateway.portal.inspections;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The inspection pages' own words — plan, checks, improvement requests (Japanese; English in messages/insp_en.properties), as {insp:…} in their templates. */
@MessageBundle(value = "insp", locale = "ja")
public interface InspectionMsg {

    @Message("表示の切り替え")
    String view_switch();

    @Message("期限を過ぎた検査が {n} 件あります（一覧の先頭に表示）。")
    String overdue_alert(long n);

    @Message("期限超過")
    String overdue_heading();

    @Message("次の予定がある月:")
    String next_due_month();

    @Message("{month} の検査予定")
    String calendar_label(String month);

    @Message("日")
    String dow_sun();

    @Message("月")
    String dow_mon();

    @Message("火")
    String dow_tue();

    @Message("水")
    String dow_wed();

    @Message("木")
    String dow_thu();

    @Message("金")
    String dow_fri();

    @Message("土")
    String dow_sat();

    @Message("期限")
    String col_due();

    @Message("状態")
    String col_state();

    @Message("委託先・再委託先")
    String col_node();

    @Message("委託案件")
    String col_engagement();

    @Message("方法")
    String col_method();

    @Message("担当")
    String col_assignee();

    @Message("前回")
    String col_last();

    @Message("（第{n}層）")
    String depth(Object n);

    @Message("検査を記録")
    String record_check();

    @Message("検査計画はまだありません（委託案件が承認されると作成されます）。")
    String plan_empty();

    @Message("検査の記録")
    String check_title();

    @Message("検査の記録を始める")
    String check_new_heading();

    @Message("実施日（必須）")
    String field_performed_on();

    @Message("方法")
    String field_method();

    @Message("実地以外の場合の理由")
    String field_method_reason();

    @Message("実施場所（必須）")
    String field_place();

    @Message("立会者（1行に1名、必須）")
    String field_attendees();

    @Message("記録を始める")
    String start_check();

    @Message("検査の記録:")
    String check_heading();

    @Message("記録中")
    String in_progress();

    @Message("完了")
    String completed();

    @Message("／")
    String slash();

    @Message("立会者:")
    String attendees();

    @Message("検査担当:")
    String inspector();

    @Message("検査報告書（PDF）")
    String report_pdf();

    @Message("チェックリスト")
    String checklist();

    @Message("適合")
    String compliant();

    @Message("指摘あり")
    String finding();

    @Message("該当なし")
    String not_applicable();

    @Message("内容")
    String item_note();

    @Message("改善期限（指摘ありの場合）")
    String item_deadline();

    @Message("チェックリストを保存")
    String save_checklist();

    @Message("写真・書類")
    String evidence_heading();

    @Message("{n} バイト")
    String bytes(Object n);

    @Message("添付はありません。")
    String no_evidence();

    @Message("写真・書類を添付（ドラッグ＆ドロップ可）")
    String attach_label();

    @Message("添付する")
    String attach();

    @Message("改善要求")
    String improvements_title();

    @Message("期限")
    String deadline();

    @Message("期限超過")
    String overdue();

    @Message("改善要求はありません（完了時に「指摘あり」の項目から作成されます）。")
    String no_improvements_yet();

    @Message("検査を完了する")
    String complete_heading();

    @Message("所見")
    String summary();

    @Message("完了する")
    String complete();

    @Message("（確認待ち）")
    String awaiting_review();

    @Message("回答")
    String response();

    @Message("完了")
    String closed();

    @Message("改善の内容（必須）")
    String field_response();

    @Message("回答する")
    String respond();

    @Message("確認コメント")
    String field_closing_comment();

    @Message("改善を確認して完了する")
    String close_request();

    @Message("改善要求はありません。")
    String no_improvements();

    @Message("実施日は日付（例: 2026-11-26）で入力してください。")
    String error_performed_on();

    @Message("添付する写真・書類のファイルを選択してください。")
    String error_no_file();

    @Message("「{name}」は {size} MB あり、上限（{limit} MB）を超えています。")
    String error_too_large(String name, long size, long limit);

    @Message("アップロードされたファイルを読み取れませんでした。もう一度お試しください。")
    String error_unreadable();
}
