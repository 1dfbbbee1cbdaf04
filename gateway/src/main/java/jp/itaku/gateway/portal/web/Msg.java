package jp.itaku.gateway.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The portal's own words (Japanese; English in messages/msg_en.properties). Data from the services stays as stored. */
@MessageBundle(locale = "ja")
public interface Msg {

    @Message("本文へ移動") String skip_to_content();
    @Message("English") String switch_language();
    @Message("委託先") String nav_contractors();
    @Message("委託案件") String nav_engagements();
    @Message("承認待ち") String nav_approvals();
    @Message("検査計画") String nav_plan();
    @Message("ダッシュボード") String nav_dashboard();
    @Message("委託先一覧") String contractors_title();
    @Message("認証の有効期限が切れている委託先は強調表示しています。") String contractors_hint();
    @Message("名称") String col_name();
    @Message("法人番号") String col_corporate_number();
    @Message("組織コード") String col_org();
    @Message("認証") String col_certification();
    @Message("有効期限切れ") String cert_expired();
    @Message("期限切れの認証なし") String cert_ok();
    @Message("委託案件一覧") String engagements_title();
    @Message("件名") String col_title();
    @Message("担当課室") String col_division();
    @Message("委託先") String col_contractor();
    @Message("状態") String col_state();
    @Message("委託期間") String col_period();
    @Message("新しい委託案件") String engagement_new();
    @Message("一覧をCSVで出力") String engagements_export();
    @Message("大量ダウンロードの確認") String bulk_confirm_title();
    @Message("出力する理由（必須）") String bulk_confirm_reason();
    @Message("理由は記録され、保護管理者に通知されます。業務上の必要を具体的に書いてください（例：年度末の委託先一覧の照合のため）。") String bulk_confirm_hint();
    @Message("理由を記録して出力する") String bulk_confirm_submit();
    @Message("出力しないで戻る") String bulk_confirm_cancel();
    @Message("登録する") String submit_create();
    @Message("契約書案") String drafts_title();
    @Message("版") String col_version();
    @Message("ファイル") String col_file();
    @Message("充足") String col_satisfied();
    @Message("欠落") String col_missing();
    @Message("矛盾") String col_contradicted();
    @Message("登録日時") String col_uploaded();
    @Message("契約書案をアップロード") String upload_title();
    @Message("ファイルをここにドラッグ＆ドロップするか、クリックして選択してください（.txt・.docx・.pdf、20 MB まで）。") String upload_hint();
    @Message("アップロードして検証") String upload_submit();
    @Message("アップロード・検証中…") String upload_progress();
    @Message("検証結果") String verification_title();
    @Message("契約書案の本文") String draft_text();
    @Message("版の比較") String diff_title();
    @Message("比較する") String diff_submit();
    @Message("原本をダウンロード") String download_original();

    @Message("検証報告書（PDF）") String download_report();
    @Message("修正提案つきWord（変更履歴・コメント）") String download_redline();
    @Message("承認待ちの一覧") String approvals_title();
    @Message("承認する") String approve();
    @Message("差し戻す") String refuse();
    @Message("理由・コメント") String reason();
    @Message("検査計画") String plan_title();
    @Message("一覧") String plan_list();
    @Message("カレンダー") String plan_calendar();
    @Message("ダッシュボード") String dashboard_title();
    @Message("再委託の連鎖") String chain_title();
    @Message("再委託の承認を申請する") String subcontract_request();
    @Message("入力内容を確認してください。") String form_invalid();
    @Message("自己点検報告") String selfreports_title();
}
