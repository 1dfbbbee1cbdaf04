package jp.itaku.provision.investigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** The body of POST /api/provisions/{id}/improvement-requests: what to improve by when, from which investigation. */
public record ImprovementRequestBody(
        UUID investigationId,
        @NotNull(message = "要求日を入力してください。") LocalDate requestedOn,
        @NotBlank(message = "改善を求める内容を入力してください。")
        @Size(max = 4000, message = "改善を求める内容は4000文字以内で入力してください。") String content,
        @NotNull(message = "改善の期限を入力してください。") LocalDate deadline) {
}
