package jp.itaku.contract.confirmation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A worker named in a written confirmation (stored as JSON on the confirmation). */
public record Worker(
        @NotBlank(message = "従事者の氏名を入力してください。") @Size(max = 200, message = "従事者の氏名は200文字以内で入力してください。") String name,
        @NotBlank(message = "従事者の役割を入力してください。") @Size(max = 200, message = "従事者の役割は200文字以内で入力してください。") String role) {
}
