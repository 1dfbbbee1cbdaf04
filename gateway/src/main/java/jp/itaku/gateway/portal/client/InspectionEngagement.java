package jp.itaku.gateway.portal.client;

/** An approved engagement as inspection-service knows it (from contract-service's event): the chain's root. */
public record InspectionEngagement(String id, String title, String division, String status) {
}
