package jp.itaku.provision.investigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The body of POST /api/provisions/{id}/investigations: an on-site investigation (P2) as recorded. */
public record InvestigationRequest(
        @NotNull(message = "調査の時期を指定してください。")
        @Pattern(regexp = "BEFORE_PROVISION|AT_ANY_TIME",
                message = "調査の時期は BEFORE_PROVISION（提供前）または AT_ANY_TIME（随時）を指定してください。")
        String timing,
        @NotNull(message = "実施日を入力してください。") LocalDate conductedOn,
        @NotBlank(message = "調査者を入力してください。") @Size(max = 200, message = "調査者は200文字以内で入力してください。")
        String investigator,
        @Size(max = 400, message = "調査場所は400文字以内で入力してください。") String place,
        @NotBlank(message = "調査で確認した事項（所見）を入力してください。")
        @Size(max = 4000, message = "所見は4000文字以内で入力してください。") String findings,
        @NotNull(message = "調査の結果を指定してください。")
        @Pattern(regexp = "SATISFACTORY|IMPROVEMENT_REQUIRED",
                message = "調査の結果は SATISFACTORY（適切）または IMPROVEMENT_REQUIRED（改善を要する）を指定してください。")
        String result,
        @Size(max = 2000, message = "結果の補足は2000文字以内で入力してください。") String resultNote) {
}
