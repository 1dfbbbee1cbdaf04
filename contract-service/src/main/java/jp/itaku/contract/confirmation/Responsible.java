package jp.itaku.contract.confirmation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person responsible for the handling, named in the written confirmation. */
public record Responsible(
        @NotBlank(message = "責任者の氏名を入力してください。") @Size(max = 200, message = "責任者の氏名は200文字以内で入力してください。") String name,
        @NotBlank(message = "責任者の役職を入力してください。") @Size(max = 200, message = "責任者の役職は200文字以内で入力してください。") String title,
        @Size(max = 300, message = "責任者の連絡先は300文字以内で入力してください。") String contact) {
}
