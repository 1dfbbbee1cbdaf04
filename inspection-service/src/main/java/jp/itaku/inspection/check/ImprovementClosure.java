package jp.itaku.inspection.check;

import jakarta.validation.constraints.Size;

public record ImprovementClosure(@Size(max = 4000, message = "コメントは4000文字以内で入力してください。") String comment) {
}
