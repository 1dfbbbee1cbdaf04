package jp.itaku.gateway.portal.onboarding;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The onboarding pages' own words — staff, contractor users, agencies, notice settings (Japanese; English in messages/onb_en.properties), as {onb:…} in their templates. */
@MessageBundle(value = "onb", locale = "ja")
public interface OnboardingMsg {

    @Message("職員の管理")
    String staff_title();

    @Message("職員は招待メール（Keycloak から送信）のリンクからパスワードと2要素認証（TOTP）を設定して利用を始めます。招待・ロール変更・利用停止はすべて記録されます。")
    String staff_intro();

    @Message("職員を招待する")
    String invite_staff();

    @Message("メールアドレス（必須）")
    String field_email_required();

    @Message("姓（必須）")
    String field_last_name_required();

    @Message("名（必須）")
    String field_first_name_required();

    @Message("ロール（1つ以上）")
    String field_roles();

    @Message("招待メールを送る")
    String send_invitation();

    @Message("職員一覧")
    String staff_list();

    @Message("氏名")
    String col_name();

    @Message("メールアドレス")
    String col_email();

    @Message("ロール")
    String col_roles();

    @Message("状態")
    String col_status();

    @Message("操作")
    String col_actions();

    @Message("利用中")
    String active();

    @Message("停止中")
    String inactive();

    @Message("ロールを変更")
    String change_roles();

    @Message("利用を停止")
    String deactivate();

    @Message("利用を再開")
    String reactivate();

    @Message("職員はまだいません。")
    String no_staff();

    @Message("変更の記録")
    String changes();

    @Message("日時")
    String col_at();

    @Message("対象")
    String col_subject();

    @Message("内容")
    String col_change();

    @Message("ロール・組織")
    String col_roles_org();

    @Message("実施者")
    String col_by();

    @Message("記録はまだありません。")
    String no_changes();

    @Message("{label}")
    String role(String code, String label);

    @Message("{label}")
    String action(String code, String label);

    @Message(" （")
    String org_open();

    @Message("機関の登録")
    String agencies_title();

    @Message("運用管理者は機関（テナント）を登録し、最初の総括保護管理者を招待します。機関の業務データは運用管理者には表示されません。")
    String agencies_intro();

    @Message("機関を登録する")
    String register_agency();

    @Message("機関ID（英小文字・数字・ハイフン）")
    String field_agency_id();

    @Message("機関名")
    String field_agency_name();

    @Message("種別")
    String field_kind();

    @Message("選択してください")
    String choose();

    @Message("行政機関")
    String kind_administrative_organ();

    @Message("独立行政法人等")
    String kind_incorporated_agency();

    @Message("地方公共団体")
    String kind_local_government();

    @Message("根拠法令の表記")
    String field_citation();

    @Message("個人情報の保護に関する法律（現行）")
    String citation_current();

    @Message("旧法（行政機関個人情報保護法等）")
    String citation_legacy();

    @Message("委託先の利用者にも2要素認証（TOTP）を求める")
    String contractor_totp();

    @Message("最初の総括保護管理者")
    String first_chief();

    @Message("メールアドレス")
    String field_email();

    @Message("姓")
    String field_last_name();

    @Message("名")
    String field_first_name();

    @Message("登録して招待メールを送る")
    String register_and_invite();

    @Message("機関ID")
    String col_agency_id();

    @Message("機関名")
    String col_agency_name();

    @Message("種別")
    String col_kind();

    @Message("表記")
    String col_citation();

    @Message("委託先のTOTP")
    String col_contractor_totp();

    @Message("登録")
    String col_registered();

    @Message("{label}")
    String kind(String code, String label);

    @Message("必須")
    String required();

    @Message("任意")
    String optional();

    @Message("登録された機関はまだありません。")
    String no_agencies();

    @Message("委託先の利用者")
    String contractor_users_title();

    @Message("組織コード")
    String org_code();

    @Message("（未登録）")
    String org_code_none();

    @Message("招待した利用者はこの組織（承認された再委託先を含む）の情報だけを見られます。")
    String contractor_users_intro();

    @Message("。")
    String period();

    @Message("利用者を招待する")
    String invite_user();

    @Message("この委託先の利用者はまだいません。")
    String no_contractor_users();

    @Message("委託先一覧に戻る")
    String back_contractors();

    @Message("通知設定")
    String notices_title();

    @Message("検査期限の通知などを、Keycloak に登録されたメールアドレス")
    String notices_intro();

    @Message("未登録")
    String email_unregistered();

    @Message("に送ります。")
    String notices_intro_end();

    @Message("受け取り方")
    String field_delivery();

    @Message("都度送信（通知ごとにすぐ送る）")
    String immediate();

    @Message("1日1回まとめて送信（毎朝7時）")
    String daily_digest();

    @Message("保存する")
    String save();

    @Message("まだ保存されていません。保存するまでメールは届きません。")
    String not_saved();
}
