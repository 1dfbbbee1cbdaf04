package jp.itaku.contract.confirmation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of the written confirmation (誓約書・確認書) of an engagement's handling. */
public record ConfirmationRequest(
        @NotNull(message = "責任者を入力してください。") @Valid Responsible responsible,
        @NotEmpty(message = "業務に従事する者を1名以上入力してください。") @Size(max = 500, message = "従事者は500名までです。") List<@Valid @NotNull Worker> workers,
        @NotBlank(message = "管理体制を入力してください。") @Size(max = 4000, message = "管理体制は4000文字以内で入力してください。") String managementStructure,
        @NotBlank(message = "実施体制を入力してください。") @Size(max = 4000, message = "実施体制は4000文字以内で入力してください。") String implementationStructure,
        @NotBlank(message = "検査（管理状況の確認）の取決めを入力してください。") @Size(max = 4000, message = "検査の取決めは4000文字以内で入力してください。") String inspectionArrangements) {
}
