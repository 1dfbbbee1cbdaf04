package jp.itaku.contract.onboarding;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of POST /api/contracts/staff: whom to invite by e-mail, with which roles. */
public record InvitationRequest(
        @NotBlank(message = "メールアドレスを入力してください。")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "メールアドレスの形式が正しくありません。")
        @Size(max = 254, message = "メールアドレスは254文字以内で入力してください。") String email,
        @NotBlank(message = "姓を入力してください。") @Size(max = 100, message = "姓は100文字以内で入力してください。") String lastName,
        @NotBlank(message = "名を入力してください。") @Size(max = 100, message = "名は100文字以内で入力してください。") String firstName,
        @Size(max = 5, message = "ロールは5つまでです。") List<@NotBlank(message = "ロールを選んでください。") String> roles) {
    StaffService.Invitation invitation() {
        return new StaffService.Invitation(email, lastName, firstName, roles);
    }
}
