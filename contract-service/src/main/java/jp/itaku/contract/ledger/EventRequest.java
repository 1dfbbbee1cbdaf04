package jp.itaku.contract.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The body of POST /api/contracts/engagements/{id}/ledger-events: a copy, media movement or erasure for the 台帳. */
public record EventRequest(
        @NotNull(message = "記録の種類（COPY_AUTHORISED: 複製・送信の許可 / MEDIA_TAKEN_OUT: 媒体の持出し / MEDIA_RETURNED: 媒体の返却 / MEDIA_ERASED: 媒体・情報の消去）を選択してください。")
        LedgerEventKind kind,
        @NotNull(message = "実施日（YYYY-MM-DD）を入力してください。") LocalDate occurredOn,
        @NotBlank(message = "実施者（許可した者・持ち出した者など）を入力してください。") @Size(max = 200, message = "実施者は200文字以内で入力してください。")
        String actorName,
        @NotBlank(message = "内容（複製の範囲や媒体の種類・数）を入力してください。") @Size(max = 2000, message = "内容は2000文字以内で入力してください。")
        String description) {
}
