package jp.itaku.contract.contractor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The body of POST/PUT /api/contracts/contractors. */
public record ContractorRequest(
        @NotBlank(message = "委託先名を入力してください。") @Size(max = 200, message = "委託先名は200文字以内で入力してください。") String name,
        @Pattern(regexp = "\\d{13}", message = "法人番号は13桁の数字で入力してください。") String corporateNumber,
        @Size(max = 500, message = "所在地は500文字以内で入力してください。") String address,
        @Size(max = 20, message = "連絡先は20件までです。") List<@Valid Contact> contacts,
        UUID parentId,
        @Size(max = 64, message = "組織コードは64文字以内で入力してください。") String orgCode) {
}
