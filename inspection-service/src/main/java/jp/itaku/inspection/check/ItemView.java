package jp.itaku.inspection.check;

import java.time.LocalDate;

public record ItemView(String code, String category, String text, String reference, CheckItem.Result result,
                       String note, LocalDate deadline) {
    static ItemView of(CheckItem item) {
        Checklist.Item template = Checklist.item(item.code).orElseThrow();
        return new ItemView(item.code, template.category(), template.text(), template.reference(), item.result,
                item.note, item.deadline);
    }
}
