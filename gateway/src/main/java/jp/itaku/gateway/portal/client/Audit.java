package jp.itaku.gateway.portal.client;

import java.util.List;

/** contract-service's audit API (S2/S7) as the auditor's pages read it. */
public final class Audit {

    private Audit() {
    }

    /** {@code GET /api/contracts/audit/verification}: the hash chain's verification. */
    public record ChainVerification(boolean intact, long records, long firstSeq, long headSeq, int anchorsChecked,
                                    ChainProblem firstProblem) {
    }

    public record ChainProblem(String kind, String message) {
    }

    /** One access record ({@code GET /api/contracts/audit/records}, paged). */
    public record AccessRecord(long seq, String recordedAt, String service, String userName, String displayName,
                               String roles, String orgCode, String action, String resourceType, String resourceIds,
                               String path, int rowCount, String outcome, int status, String clientAddress,
                               String channel, String bulkReason) {
    }

    /** {@code GET /api/contracts/audit/login-events}: Keycloak's login events, or why they are not available. */
    public record LoginEvents(boolean available, String message, List<LoginEvent> events) {
    }

    public record LoginEvent(String time, String type, String userName, String ipAddress, String clientId, String error) {
    }

    /** {@code GET /api/contracts/audit/analysis}: the month's analysis. */
    public record Analysis(String month, long total, long denied, long offHours, long bulk, long platformStaff,
                           List<UserLine> users, List<AccessRecord> deniedRecords, List<AccessRecord> bulkRecords) {
    }

    public record UserLine(String userName, String displayName, String roles, long accesses, long rows, long exports,
                           long denied, long offHours, long bulk) {
    }
}
