package jp.itaku.contract.contractor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A past incident of a contractor, as recorded at selection. */
public record IncidentRequest(
        @NotNull(message = "発生日を入力してください。") @PastOrPresent(message = "発生日に将来の日付は指定できません。") LocalDate occurredOn,
        @NotBlank(message = "事案の概要を入力してください。") @Size(max = 2000, message = "概要は2000文字以内で入力してください。") String summary,
        @Size(max = 2000, message = "再発防止策は2000文字以内で入力してください。") String measures) {
}
