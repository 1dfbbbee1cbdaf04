package jp.itaku.contract.contractor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The body of PUT /api/contracts/contractors/{id}/checklist: the answers to the selection checklist (O1). */
public record ChecklistRequest(@NotEmpty(message = "チェック項目への回答を1件以上入力してください。") List<@Valid @NotNull ChecklistAnswer> items) {
}
