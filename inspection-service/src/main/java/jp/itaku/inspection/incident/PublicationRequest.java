package jp.itaku.inspection.incident;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PublicationRequest(@NotNull(message = "公表の要否（INDIVIDUAL・BATCH・NOT_PUBLISHED）を選択してください。") Incident.Publication decision,
                                 @Size(max = 4000, message = "理由は4000文字以内で入力してください。") String reason,
                                 @Size(max = 4000, message = "公表の実施状況は4000文字以内で入力してください。") String status) {
}
