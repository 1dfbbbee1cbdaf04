package jp.itaku.gateway.portal.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The audit pages' own words — access records and their monthly analysis (Japanese; English in messages/aud_en.properties), as {aud:…} in their templates. */
@MessageBundle(value = "aud", locale = "ja")
public interface AuditMsg {

    @Message("アクセス記録の分析")
    String analysis_title();

    @Message("アクセス記録（監査）")
    String records_title();

    @Message("対象月")
    String month();

    @Message("表示")
    String show();

    @Message("CSV（Excel 用）")
    String csv_excel();

    @Message("概要")
    String summary();

    @Message("アクセス {n} 件")
    String accesses(Object n);

    @Message("拒否された試み {n} 件")
    String denied_attempts(Object n);

    @Message("時間外（8時前・20時以降・土日） {n} 件")
    String off_hours(Object n);

    @Message("大量ダウンロード {n} 件")
    String bulk(Object n);

    @Message("運用管理者によるアクセス {n} 件")
    String platform_staff(Object n);

    @Message("（なし）")
    String none_paren();

    @Message("利用者別")
    String by_user();

    @Message("利用者")
    String col_user();

    @Message("ロール")
    String col_roles();

    @Message("アクセス")
    String col_accesses();

    @Message("記録数")
    String col_rows();

    @Message("出力")
    String col_exports();

    @Message("拒否")
    String col_denied();

    @Message("時間外")
    String col_off_hours();

    @Message("大量DL")
    String col_bulk();

    @Message("この月のアクセスはありません。")
    String no_access();

    @Message("拒否された試み（新しい順）")
    String denied_heading();

    @Message("日時")
    String col_at();

    @Message("操作")
    String col_action();

    @Message("対象")
    String col_target();

    @Message("結果")
    String col_outcome();

    @Message("ありません。")
    String none();

    @Message("大量ダウンロード")
    String bulk_heading();

    @Message("件数")
    String col_count();

    @Message("理由")
    String col_reason();

    @Message("月次の分析（CSV・PDF）")
    String analysis_link();

    @Message("個人情報を含む記録の閲覧・出力・変更の記録です（監査責任者・総括保護管理者のみ閲覧できます。この画面の閲覧も記録されます）。")
    String records_intro();

    @Message("ハッシュチェーンの検証")
    String chain_heading();

    @Message("検証済み（改ざんは検出されませんでした）— 記録 {records} 件（第{first}〜{head}番）、日次アンカー {anchors} 件を確認しました。")
    String chain_intact(Object records, Object first, Object head, Object anchors);

    @Message("改ざんを検出しました")
    String chain_broken();

    @Message("監査報告書")
    String report_heading();

    @Message("担当部署（空欄は機関全体）")
    String field_division();

    @Message("監査報告書（PDF）をダウンロード")
    String download_report();

    @Message("絞り込み")
    String filter_heading();

    @Message("期間（開始日）")
    String field_from();

    @Message("期間（終了日）")
    String field_to();

    @Message("利用者（ユーザー名）")
    String field_user();

    @Message("すべて")
    String all();

    @Message("記録の種類")
    String field_type();

    @Message("例: written-confirmation")
    String type_example();

    @Message("大量ダウンロードのみ")
    String bulk_only();

    @Message("絞り込む")
    String apply();

    @Message("該当 {n} 件")
    String total(Object n);

    @Message("番号")
    String col_seq();

    @Message("ロール・組織")
    String col_roles_org();

    @Message("種類・対象")
    String col_kind_target();

    @Message("経路・接続元")
    String col_channel();

    @Message("大量DLの理由")
    String col_bulk_reason();

    @Message("（不明）")
    String unknown_user();

    @Message("ポータル")
    String portal();

    @Message("該当する記録はありません。")
    String no_records();

    @Message("次の50件 →")
    String next_page();

    @Message("ログインの記録（Keycloak、成功・失敗）")
    String logins_heading();

    @Message("種類")
    String col_type();

    @Message("接続元")
    String col_source();

    @Message("クライアント")
    String col_client();

    @Message("エラー")
    String col_error();

    @Message("成功")
    String login_ok();

    @Message("失敗")
    String login_failed();

    @Message("ログインの記録はありません。")
    String no_logins();
}
