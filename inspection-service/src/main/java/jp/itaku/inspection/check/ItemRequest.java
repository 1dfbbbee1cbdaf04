package jp.itaku.inspection.check;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record ItemRequest(@NotNull(message = "結果（COMPLIANT・FINDING・NOT_APPLICABLE）を指定してください。") CheckItem.Result result,
                          @Size(max = 4000, message = "内容は4000文字以内で入力してください。") String note,
                          LocalDate deadline) {
}
