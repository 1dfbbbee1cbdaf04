package jp.itaku.provision.provision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.itaku.provision.settings.model.LegalItem;

import java.time.LocalDate;
import java.util.UUID;

/** The body of POST/PUT /api/provisions: the provision's agreement items (P1) and the P3 judgement. */
public record ProvisionRequest(
        @NotBlank(message = "担当部署を入力してください。") @Size(max = 100, message = "担当部署は100文字以内で入力してください。")
        String division,
        @NotBlank(message = "件名を入力してください。") @Size(max = 200, message = "件名は200文字以内で入力してください。")
        String title,
        @NotNull(message = "提供先を指定してください。") UUID recipientId,
        @NotBlank(message = "提供する保有個人情報（ファイル名）を入力してください。")
        @Size(max = 200, message = "提供する保有個人情報（ファイル名）は200文字以内で入力してください。")
        String informationFile,
        @NotNull(message = "提供の根拠（号）を指定してください。")
        @Pattern(regexp = "ITEM_3|ITEM_4", message = "提供の根拠（号）は ITEM_3（第2項第3号）または ITEM_4（第2項第4号）を指定してください。")
        String legalItem,
        boolean regular,
        @Size(max = 2000, message = "定期的に提供する理由は2000文字以内で入力してください。") String regularReason,
        Boolean measuresNecessary,
        @Size(max = 2000, message = "措置の要否の判断理由は2000文字以内で入力してください。") String necessityReason,
        @Size(max = 2000, message = "提供先における利用目的は2000文字以内で入力してください。") String purposeOfUse,
        @Size(max = 2000, message = "利用する業務の根拠法令は2000文字以内で入力してください。") String businessLegalBasis,
        @Size(max = 2000, message = "利用する記録範囲は2000文字以内で入力してください。") String recordScope,
        @Size(max = 2000, message = "利用する記録項目は2000文字以内で入力してください。") String recordItems,
        @Size(max = 2000, message = "利用形態（提供媒体）は2000文字以内で入力してください。") String usageMedia,
        @Size(max = 2000, message = "利用形態（オンライン提供の有無・方法）は2000文字以内で入力してください。") String usageOnline,
        @Size(max = 200, message = "利用形態（提供の頻度）は200文字以内で入力してください。") String usageFrequency,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Size(max = 4000, message = "要求する安全確保の措置は4000文字以内で入力してください。") String safetyMeasures) {

    ProvisionData toData() {
        return new ProvisionData(division, title, recipientId, informationFile, LegalItem.valueOf(legalItem),
                regular, regularReason, measuresNecessary, necessityReason, purposeOfUse, businessLegalBasis,
                recordScope, recordItems, usageMedia, usageOnline, usageFrequency, periodStart, periodEnd,
                safetyMeasures);
    }
}
