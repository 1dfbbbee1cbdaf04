package jp.itaku.inspection.check;

import jakarta.validation.constraints.Size;

public record CheckCompletion(@Size(max = 4000, message = "所見は4000文字以内で入力してください。") String summary) {
}
