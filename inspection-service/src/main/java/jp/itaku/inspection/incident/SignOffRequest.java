package jp.itaku.inspection.incident;

import jakarta.validation.constraints.Size;

public record SignOffRequest(@Size(max = 4000, message = "コメントは4000文字以内で入力してください。") String comment) {
}
