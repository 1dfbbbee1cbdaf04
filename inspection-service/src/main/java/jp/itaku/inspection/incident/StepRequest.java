package jp.itaku.inspection.incident;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record StepRequest(@NotNull(message = "報告の段階（TO_CHIEF または TO_HEAD）を指定してください。") EscalationStep.Step step,
                          @Size(max = 4000, message = "メモは4000文字以内で入力してください。") String note) {
}
