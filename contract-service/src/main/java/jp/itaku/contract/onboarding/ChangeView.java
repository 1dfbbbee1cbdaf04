package jp.itaku.contract.onboarding;

import java.time.OffsetDateTime;
import java.util.List;

/** One change of the staff (invited, roles changed, deactivated …), as GET /api/contracts/staff/changes answers it. */
public record ChangeView(String userId, String username, StaffChange.Action action, String actionLabel,
                         List<String> roles, String org, String changedBy, OffsetDateTime changedAt) {
    static ChangeView of(StaffChange c) {
        return new ChangeView(c.userId, c.username, c.action, c.action.label,
                c.roles == null || c.roles.isBlank() ? List.of() : List.of(c.roles.split(",")), c.orgCode,
                c.changedBy, c.changedAt);
    }
}
