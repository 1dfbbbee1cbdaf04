package jp.itaku.inspection.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record MeasureRequest(
        @NotBlank(message = "再発防止策の内容を入力してください。") @Size(max = 8000, message = "再発防止策は8000文字以内で入力してください。") String description,
        @NotNull(message = "実施済み（DONE）か実施予定（PLANNED）かを選択してください。") RecurrenceMeasure.Status status,
        LocalDate dueOn, LocalDate improvementDeadline, LocalDate inspectionDueOn) {
}
