package jp.itaku.inspection.chain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contractor's request to re-subcontract part of its work (再委託の承認申請). */
public record SubcontractRequest(
        @NotBlank(message = "再委託先の名称を入力してください。") @Size(max = 200, message = "再委託先の名称は200文字以内で入力してください。") String name,
        @Pattern(regexp = "\\d{13}", message = "法人番号は13桁の数字で入力してください。") String corporateNumber,
        @Size(max = 64, message = "組織コードは64文字以内で入力してください。") String orgCode,
        boolean subsidiary,
        @NotBlank(message = "再委託する業務の範囲を入力してください。") @Size(max = 4000, message = "業務の範囲は4000文字以内で入力してください。") String workPart,
        @NotBlank(message = "再委託先が取り扱う個人情報を入力してください。") @Size(max = 4000, message = "取り扱う個人情報は4000文字以内で入力してください。") String personalInfo,
        @NotBlank(message = "取扱場所を入力してください。") @Size(max = 1000, message = "取扱場所は1000文字以内で入力してください。") String location,
        @NotBlank(message = "再委託契約書のファイル名を入力してください。") @Size(max = 255, message = "ファイル名は255文字以内で入力してください。") String subcontractFileName,
        @NotBlank(message = "再委託契約書の本文を入力してください。") @Size(max = 200000, message = "再委託契約書の本文は20万文字以内で入力してください。") String subcontractText,
        /** The location is a cloud service; absent means no. */
        Boolean cloud,
        /** Where the information is handled and stored (ISO 3166-1 alpha-2); absent means Japan. */
        @Pattern(regexp = "[A-Za-z]{2}", message = "取扱場所の国はISO 3166-1の2文字コード（例: JP）で入力してください。") String country) {

    /** The country as stored: upper case, Japan when not given. */
    String countryCode() {
        return country == null || country.isBlank() ? ChainNode.DOMESTIC : country.toUpperCase(java.util.Locale.ROOT);
    }

    /** The same key the database uses to keep one organisation once per engagement. */
    String subjectKey() {
        return SubjectKey.of(orgCode, corporateNumber, name);
    }
}
