package jp.itaku.gateway.portal;

/** A service's API description, reached through the gateway with the browser's session. */
public record ApiDoc(String service, String openapi, String swaggerUi) {
}
