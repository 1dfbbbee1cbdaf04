package jp.itaku.provision.recipient;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of POST/PUT /api/provisions/recipients: who receives the information and whom to contact. */
public record RecipientRequest(
        @NotBlank(message = "提供先の名称を入力してください。") @Size(max = 200, message = "提供先の名称は200文字以内で入力してください。")
        String name,
        @NotNull(message = "提供先の種別を指定してください。")
        @Pattern(regexp = RecipientType.CODES, message = "提供先の種別は PRIVATE_OR_INDIVIDUAL（民間事業者・個人）、"
                + "LOCAL_GOVERNMENT（地方公共団体・地方独立行政法人）、ADMINISTRATIVE_ORGAN（行政機関）、"
                + "INCORPORATED_ADMINISTRATIVE_AGENCY（独立行政法人等）のいずれかを指定してください。")
        String type,
        @Size(max = 200, message = "代表者は200文字以内で入力してください。") String representative,
        @Size(max = 400, message = "所在地は400文字以内で入力してください。") String address,
        @Size(max = 200, message = "担当部署は200文字以内で入力してください。") String contactDepartment,
        @Size(max = 200, message = "担当者名は200文字以内で入力してください。") String contactName,
        @Size(max = 254, message = "メールアドレスは254文字以内で入力してください。")
        @Email(message = "メールアドレスの形式が正しくありません。") String contactEmail,
        @Pattern(regexp = "[0-9+\\-() ]{0,40}", message = "電話番号は40文字以内の数字と記号（+ - ( )）で入力してください。")
        String contactPhone) {

    RecipientService.RecipientData toData() {
        return new RecipientService.RecipientData(name, RecipientType.valueOf(type), representative, address,
                contactDepartment, contactName, contactEmail, contactPhone);
    }
}
