package jp.itaku.contract.onboarding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of POST /api/contracts/agencies: a new agency (tenant) and the invitation of its 総括保護管理者. */
public record AgencyRequest(
        @NotBlank(message = "機関IDを入力してください。")
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$", message = "機関IDは英小文字・数字・ハイフンで2〜63文字にしてください。") String id,
        @NotBlank(message = "機関名を入力してください。") @Size(max = 200, message = "機関名は200文字以内で入力してください。") String name,
        @NotNull(message = "機関の種別を選んでください。") Agency.Kind kind,
        @NotNull(message = "根拠法令の表記を選んでください。") Agency.Citation citation,
        Boolean contractorTotp,
        @Valid @NotNull(message = "総括保護管理者を入力してください。") InvitationRequest chief) {
}
