package jp.itaku.contract.contractor;

import java.util.List;
import java.util.Map;

/** The selection checklist (O1) with how many items are answered and fulfilled. */
public record ChecklistView(List<ChecklistItemView> items, int answered, int fulfilled, int total) {
    static ChecklistView of(List<ChecklistEntry> entries) {
        Map<ChecklistItem, ChecklistEntry> byItem = new java.util.EnumMap<>(ChecklistItem.class);
        entries.forEach(e -> byItem.put(e.item, e));
        List<ChecklistItemView> items = java.util.Arrays.stream(ChecklistItem.values()).map(item -> {
            ChecklistEntry e = byItem.get(item);
            return e == null ? new ChecklistItemView(item, item.label, null, null, null, null)
                    : new ChecklistItemView(item, item.label, e.fulfilled, e.note, e.checkedAt, e.checkedBy);
        }).toList();
        int fulfilled = (int) entries.stream().filter(e -> e.fulfilled).count();
        return new ChecklistView(items, entries.size(), fulfilled, ChecklistItem.values().length);
    }
}
