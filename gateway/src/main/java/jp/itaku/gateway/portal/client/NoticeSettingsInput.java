package jp.itaku.gateway.portal.client;

/** {@code PUT /api/inspections/notice-settings}: how the person receives notices ({@code SettingsRequest}). */
public record NoticeSettingsInput(String delivery) {
}
