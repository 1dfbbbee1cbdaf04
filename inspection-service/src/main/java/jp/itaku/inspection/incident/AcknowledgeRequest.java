package jp.itaku.inspection.incident;

import jakarta.validation.constraints.Size;

public record AcknowledgeRequest(@Size(max = 4000, message = "メモは4000文字以内で入力してください。") String note) {
}
