package jp.itaku.contract.engagement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One place where an engagement's personal information is handled or stored (part of EngagementRequest). */
public record LocationRequest(
        @NotNull(message = "用途（取扱い・保管）を選択してください。") HandlingLocation.Purpose purpose,
        @NotNull(message = "場所の種類を選択してください。") HandlingLocation.PlaceType placeType,
        @NotBlank(message = "場所の説明を入力してください。") @Size(max = 500, message = "場所の説明は500文字以内で入力してください。") String description,
        @Pattern(regexp = "[A-Za-z]{2}", message = "国はISO 3166-1の2文字コード（例: JP）で入力してください。") String country) {
}
