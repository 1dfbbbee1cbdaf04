package jp.itaku.gateway.portal.client;

import java.util.List;

/** {@code PUT /api/contracts/staff/{id}/roles}: the person's roles from now on ({@code RolesRequest}). */
public record RolesInput(List<String> roles) {
}
