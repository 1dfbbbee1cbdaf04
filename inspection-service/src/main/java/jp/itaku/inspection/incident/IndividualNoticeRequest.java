package jp.itaku.inspection.incident;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

public record IndividualNoticeRequest(
        @NotNull(message = "通知した日時を入力してください。") OffsetDateTime notifiedAt,
        @NotBlank(message = "通知の方法を入力してください。") @Size(max = 200, message = "通知の方法は200文字以内で入力してください。") String method,
        @NotNull(message = "通知した人数を入力してください。") @Min(value = 1, message = "通知した人数は1以上で入力してください。") Integer people,
        @Size(max = 4000, message = "備考は4000文字以内で入力してください。") String note) {
}
