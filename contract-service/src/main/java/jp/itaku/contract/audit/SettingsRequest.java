package jp.itaku.contract.audit;

import jakarta.validation.constraints.NotNull;

/** The body of PUT /api/contracts/audit/settings: the bulk-download threshold and how long access records are kept. */
public record SettingsRequest(@NotNull(message = "大量ダウンロードの閾値を入力してください。") Integer bulkThreshold,
                              @NotNull(message = "保存期間（年）を入力してください。") Integer retentionYears) {
}
