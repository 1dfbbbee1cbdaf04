package jp.itaku.gateway.portal.selfreports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The self-report pages' own words (Japanese; English in messages/srep_en.properties), as {srep:…} in their templates. */
@MessageBundle(value = "srep", locale = "ja")
public interface SelfReportMsg {

    @Message("自己点検を始める")
    String start_heading();

    @Message("この委託の自己点検を始める")
    String start_button();

    @Message("新しく始められる自己点検はありません（作成中・確認待ちのものは下の一覧から開いてください）。")
    String none_startable();

    @Message("委託案件")
    String col_engagement();

    @Message("状態")
    String col_status();

    @Message("提出")
    String col_submitted();

    @Message("開く")
    String open();

    @Message("自己点検報告はまだありません。")
    String none();

    @Message("（第{n}版の点検票）")
    String questionnaire_version(Object n);

    @Message("提出済みです。")
    String submitted();

    @Message("に")
    String submitted_by();

    @Message("が提出しました。検査担当者の確認を待っています。提出後の変更はできません。")
    String submitted_rest();

    @Message("受理されました")
    String accepted();

    @Message("差し戻されました")
    String returned();

    @Message("（必須）")
    String required();

    @Message("はい")
    String yes();

    @Message("いいえ")
    String no();

    @Message("該当なし")
    String not_applicable();

    @Message("の回答")
    String answer_label();

    @Message("補足")
    String comment();

    @Message("証跡")
    String evidence_heading();

    @Message("{n} バイト")
    String bytes(Object n);

    @Message("。")
    String period();

    @Message("添付はありません。")
    String no_evidence();

    @Message("証跡ファイルを追加（{mb} MB まで）")
    String add_evidence(Object mb);

    @Message("下書き保存")
    String save_draft();

    @Message("提出する")
    String submit();

    @Message("確認")
    String review_heading();

    @Message("コメント（差し戻す場合は必須）")
    String review_comment();

    @Message("受理する")
    String accept();

    @Message("差し戻す")
    String return_report();

    @Message("この設問は必須です。回答してから提出してください。")
    String error_required();

    @Message("「{name}」は {size} MB あり、上限（{limit} MB）を超えています。")
    String error_too_large(String name, long size, long limit);

    @Message("アップロードされたファイルを読み取れませんでした。もう一度お試しください。")
    String error_unreadable();

    @Message("差し戻す理由を入力してください。")
    String error_return_reason();
}
