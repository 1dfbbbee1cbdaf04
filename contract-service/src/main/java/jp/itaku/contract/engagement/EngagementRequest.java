package jp.itaku.contract.engagement;

import jp.itaku.api.Sensitivity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of POST/PUT /api/contracts/engagements: what an engagement is about, with whom, and where the data is handled. */
public record EngagementRequest(
        @NotBlank(message = "件名を入力してください。") @Size(max = 300, message = "件名は300文字以内で入力してください。") String title,
        @NotBlank(message = "担当課室を入力してください。") @Size(max = 200, message = "担当課室は200文字以内で入力してください。") String division,
        @NotNull(message = "契約の種類（OUTSOURCING: 業務委託 / DISPATCH: 労働者派遣）を選択してください。") EngagementKind kind,
        @NotNull(message = "委託先を選択してください。") UUID contractorId,
        @NotNull(message = "秘匿性（HIGH: 高 / MEDIUM: 中 / LOW: 低）を選択してください。") Sensitivity sensitivity,
        @NotNull(message = "委託期間の開始日を入力してください。") LocalDate periodStart,
        @NotNull(message = "委託期間の終了日を入力してください。") LocalDate periodEnd,
        @NotEmpty(message = "取り扱う個人情報の項目を1つ以上入力してください。") @Size(max = 50, message = "個人情報の項目は50個までです。")
        List<@NotBlank(message = "個人情報の項目を入力してください。") @Size(max = 100, message = "個人情報の項目は100文字以内で入力してください。") String> infoCategories,
        @NotNull(message = "おおよその件数を入力してください。") @Min(value = 0, message = "件数は0以上で入力してください。") Integer recordCount,
        @NotEmpty(message = "個人情報を取り扱う場所・保管する場所を1つ以上入力してください。") @Size(max = 20, message = "場所は20件までです。")
        List<@Valid @NotNull LocationRequest> locations) {
}
