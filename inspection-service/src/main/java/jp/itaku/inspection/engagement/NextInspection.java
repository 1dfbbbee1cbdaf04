package jp.itaku.inspection.engagement;

import jp.itaku.inspection.plan.model.PlanState;
import java.time.LocalDate;
import java.util.UUID;

/** A node's next inspection: the open plan entry due first, and where it stands today. */
public record NextInspection(UUID planEntryId, PlanState state, LocalDate dueOn) {
}
