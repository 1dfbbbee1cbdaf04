package jp.itaku.gateway.portal.client;

/** The person's notice settings (inspection-service): the Keycloak address, immediate or daily digest. */
public record NoticeSettings(boolean registered, String email, String delivery) {
}
