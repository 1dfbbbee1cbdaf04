package jp.itaku.inspection.notice;

import jp.itaku.common.mail.Delivery;
import java.time.OffsetDateTime;

public record SettingsView(boolean registered, String email, Delivery delivery, String deliveryLabel,
                           OffsetDateTime updatedAt) {
}
