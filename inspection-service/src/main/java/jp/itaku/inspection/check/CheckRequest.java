package jp.itaku.inspection.check;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.itaku.inspection.plan.PlanEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record CheckRequest(
        @NotNull(message = "検査計画（planEntryId）を指定してください。") UUID planEntryId,
        @NotNull(message = "実施日を入力してください。") LocalDate performedOn,
        @NotBlank(message = "実施場所を入力してください。") @Size(max = 500, message = "実施場所は500文字以内で入力してください。") String place,
        @NotEmpty(message = "立会者を1名以上入力してください。") @Size(max = 50, message = "立会者は50名までです。") List<@NotBlank(message = "立会者の氏名を入力してください。") @Size(max = 200, message = "立会者の氏名は200文字以内です。") String> attendees,
        PlanEntry.Method method,
        @Size(max = 2000, message = "理由は2000文字以内で入力してください。") String methodReason) {
}
