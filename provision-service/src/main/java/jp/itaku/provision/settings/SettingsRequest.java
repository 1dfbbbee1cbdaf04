package jp.itaku.provision.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of PUT /api/provisions/settings: the agency's name, type and citation. */
public record SettingsRequest(
        @NotBlank(message = "機関名を入力してください。") @Size(max = 200, message = "機関名は200文字以内で入力してください。")
        String agencyName,
        @NotNull(message = "機関の種別を指定してください。")
        @Pattern(regexp = "ADMINISTRATIVE_ORGAN|INCORPORATED_ADMINISTRATIVE_AGENCY",
                message = "機関の種別は ADMINISTRATIVE_ORGAN（行政機関）または INCORPORATED_ADMINISTRATIVE_AGENCY（独立行政法人等）を指定してください。")
        String agencyType,
        @NotNull(message = "条文の表記を指定してください。")
        @Pattern(regexp = "LEGACY|CURRENT", message = "条文の表記は LEGACY（旧法）または CURRENT（個人情報の保護に関する法律）を指定してください。")
        String citation) {
}
