package jp.itaku.contract.contractor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A contractor's contact person (stored as JSON on the contractor). */
public record Contact(
        @NotBlank(message = "担当者名を入力してください。") @Size(max = 100, message = "担当者名は100文字以内で入力してください。") String name,
        @Size(max = 100, message = "部署名は100文字以内で入力してください。") String department,
        @Size(max = 30, message = "電話番号は30文字以内で入力してください。") String phone,
        @Email(message = "メールアドレスの形式が正しくありません。") String email) {
}
