package jp.itaku.provision.safety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The body of POST /api/provisions/{id}/safety-measure-requests: a request for safety measures (P2). */
public record SafetyMeasureRequestBody(
        @NotNull(message = "要求日を入力してください。") LocalDate requestedOn,
        @NotBlank(message = "要求の方法を入力してください（例：書面の交付）。")
        @Size(max = 200, message = "要求の方法は200文字以内で入力してください。") String method,
        @NotBlank(message = "要求した安全確保の措置を入力してください。")
        @Size(max = 4000, message = "要求した安全確保の措置は4000文字以内で入力してください。") String measures,
        @Size(max = 2000, message = "提供先の回答内容は2000文字以内で入力してください。") String recipientResponse,
        LocalDate respondedOn) {
}
