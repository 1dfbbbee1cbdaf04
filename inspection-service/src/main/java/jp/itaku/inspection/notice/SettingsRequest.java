package jp.itaku.inspection.notice;

import jakarta.validation.constraints.NotNull;
import jp.itaku.common.mail.Delivery;

public record SettingsRequest(@NotNull(message = "受け取り方を選んでください。") Delivery delivery) {
}
