package jp.itaku.contract.contractor;

import java.util.UUID;

/** Fired inside the transaction that changed a contractor's organisation, so rows scoped by it follow. */
public record OrgCodeChanged(UUID contractorId, String orgCode) {
}
