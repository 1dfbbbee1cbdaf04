package jp.itaku.inspection.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PlanUpdate(@NotNull(message = "検査の方法（ONSITE・REMOTE・DOCUMENT）を指定してください。") PlanEntry.Method method,
                         @Size(max = 2000, message = "理由は2000文字以内で入力してください。") String methodReason,
                         @NotNull(message = "検査の実施者（AGENCY・PARENT）を指定してください。") PlanEntry.InspectedBy inspectedBy,
                         @Size(max = 200, message = "担当者は200文字以内で入力してください。") String assignee) {
}
