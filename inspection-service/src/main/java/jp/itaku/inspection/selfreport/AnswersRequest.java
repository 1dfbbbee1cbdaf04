package jp.itaku.inspection.selfreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record AnswersRequest(@NotNull(message = "回答（answers）を指定してください。") @Size(max = 200, message = "回答は200件までです。")
                             List<@Valid @NotNull(message = "回答を入力してください。") Answer> answers) {
}
