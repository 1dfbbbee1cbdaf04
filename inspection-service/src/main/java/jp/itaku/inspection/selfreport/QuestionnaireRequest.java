package jp.itaku.inspection.selfreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record QuestionnaireRequest(
        @NotBlank(message = "自己点検票の名称を入力してください。") @Size(max = 300, message = "名称は300文字以内です。") String title,
        @NotEmpty(message = "設問を1つ以上入力してください。") @Size(max = 200, message = "設問は200までです。") List<@Valid @NotNull(message = "設問を入力してください。") Question> questions) {
}
