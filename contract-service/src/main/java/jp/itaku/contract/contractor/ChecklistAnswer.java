package jp.itaku.contract.contractor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One answer of the contractor selection checklist. */
public record ChecklistAnswer(@NotNull(message = "チェック項目を指定してください。") ChecklistItem item,
                              boolean fulfilled,
                              @Size(max = 1000, message = "備考は1000文字以内で入力してください。") String note) {
}
