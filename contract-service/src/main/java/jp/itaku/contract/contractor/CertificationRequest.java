package jp.itaku.contract.contractor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A certification (ISMS, Pマーク …) a contractor holds, as registered over HTTP. */
public record CertificationRequest(
        @NotNull(message = "認証の種類を選択してください。") Certification.Kind kind,
        @Size(max = 200, message = "認証名は200文字以内で入力してください。") String name,
        @NotBlank(message = "認証番号（登録番号）を入力してください。") @Size(max = 100, message = "認証番号は100文字以内で入力してください。") String number,
        @Size(max = 200, message = "認証機関は200文字以内で入力してください。") String issuer,
        @NotNull(message = "有効期限を入力してください。") LocalDate validUntil) {
}
