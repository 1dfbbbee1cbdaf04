package jp.itaku.common.access;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code audit.access_record}: who, when, what, the action, the outcome and where from, with its place
 * in the tenant's hash chain ({@code seq}, {@code prevHash}, {@code hash}).
 */
public record AccessRecord(UUID id, String tenantId, long seq, Instant recordedAt, String service,
                           String userId, String userName, String displayName, String roles, String orgCode,
                           String action, String resourceType, String resourceIds, String path, String query,
                           int rowCount, String outcome, int status, String clientAddress, String channel,
                           boolean bulk, String bulkReason, String prevHash, String hash) {

    /** The same record placed in the chain after {@code prevHash} at {@code seq}, with its hash computed. */
    public AccessRecord chained(long seq, String prevHash) {
        AccessRecord placed = new AccessRecord(id, tenantId, seq, recordedAt, service, userId, userName, displayName,
                roles, orgCode, action, resourceType, resourceIds, path, query, rowCount, outcome, status,
                clientAddress, channel, bulk, bulkReason, prevHash, null);
        return placed.withHash(AccessChain.hash(placed));
    }

    AccessRecord withHash(String newHash) {
        return new AccessRecord(id, tenantId, seq, recordedAt, service, userId, userName, displayName, roles, orgCode,
                action, resourceType, resourceIds, path, query, rowCount, outcome, status, clientAddress, channel,
                bulk, bulkReason, prevHash, newHash);
    }
}
