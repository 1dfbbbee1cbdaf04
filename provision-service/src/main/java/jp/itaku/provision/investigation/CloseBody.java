package jp.itaku.provision.investigation;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The result is checked by the service so that a missing one is refused with the request's own wording. */
public record CloseBody(
        @Size(max = 4000, message = "改善の結果は4000文字以内で入力してください。") String result,
        LocalDate completedOn) {
}
