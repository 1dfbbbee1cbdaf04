package jp.itaku.inspection.chain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.itaku.inspection.plan.PlanEntry;

public record DecisionRequest(@NotNull(message = "decision（APPROVE または REFUSE）を指定してください。") SubcontractDecision decision,
                              @Size(max = 4000, message = "コメントは4000文字以内で入力してください。") String comment,
                              PlanEntry.InspectedBy inspectedBy) {
}
