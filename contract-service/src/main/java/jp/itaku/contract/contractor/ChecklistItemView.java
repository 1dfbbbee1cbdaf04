package jp.itaku.contract.contractor;

import java.time.OffsetDateTime;

/** One item of the selection checklist with its label and the answer given. */
public record ChecklistItemView(ChecklistItem item, String label, Boolean fulfilled, String note,
                                OffsetDateTime checkedAt, String checkedBy) {
}
