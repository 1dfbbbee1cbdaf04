package jp.itaku.gateway.portal.contractor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The chain page's own words — the request for approval of a subcontractor (Japanese; English in messages/chain_en.properties), as {chain:…} in their templates. */
@MessageBundle(value = "chain", locale = "ja")
public interface ChainMsg {

    @Message("再委託には委託元の事前の承認が必要です（第8-4）。再委託契約書は送信時に自動で検証されます。")
    String request_hint();

    @Message("再委託元（必須）")
    String field_parent();

    @Message("再委託先の名称（必須）")
    String field_name();

    @Message("法人番号（13桁）")
    String field_corporate_number();

    @Message("再委託する業務の範囲（必須）")
    String field_work_part();

    @Message("取り扱う個人情報（必須）")
    String field_personal_info();

    @Message("取扱場所（必須）")
    String field_location();

    @Message("再委託契約書（.txt、必須）")
    String field_file();

    @Message("承認を申請する")
    String submit();

    @Message("再委託契約書のファイル（.txt）を選択してください。")
    String error_no_file();

    @Message("再委託契約書のファイルが大きすぎます（上限 1 MB のテキスト）。")
    String error_too_large();

    @Message("再委託契約書はテキストファイル（.txt、UTF-8）で添付してください。")
    String error_not_text();

    @Message("再委託契約書を UTF-8 のテキストとして読み取れません。")
    String error_not_utf8();

    @Message("アップロードされたファイルを読み取れませんでした。もう一度お試しください。")
    String error_unreadable();

    @Message("再委託元（自組織の位置）を選択してください。")
    String error_no_parent();
}
