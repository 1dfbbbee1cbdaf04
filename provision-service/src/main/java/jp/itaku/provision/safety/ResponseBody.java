package jp.itaku.provision.safety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The body of POST …/safety-measure-requests/{rid}/response: the recipient's answer and its date. */
public record ResponseBody(
        @NotBlank(message = "提供先の回答内容を入力してください。")
        @Size(max = 2000, message = "提供先の回答内容は2000文字以内で入力してください。") String recipientResponse,
        @NotNull(message = "回答日を入力してください。") LocalDate respondedOn) {
}
