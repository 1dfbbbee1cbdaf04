package jp.itaku.contract.ledger;

import jp.itaku.common.text.JapaneseDates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the CSV and the PDF write a ledger's cells, so that both say the same thing. */
final class LedgerText {

    static final String NOT_ERASED = "未消去（終了済み・消去証明なし）";
    static final String INCIDENTS_NOT_TRACKED = "記録機能の導入前";

    private LedgerText() {
    }

    static String places(Ledger.Handler h) {
        return h.places().stream().map(p -> p.purposeLabel() + "：" + p.placeTypeLabel() + "（" + nz(p.description())
                + "、" + p.country() + "）" + (p.cloud() ? "［クラウド］" : "") + (p.abroad() ? "［国外］" : ""))
                .collect(Collectors.joining(" / "));
    }

    static String approval(Ledger.ApprovalRecord a, Function<OffsetDateTime, String> date) {
        return a == null ? "未承認" : "第" + a.draftVersion() + "版を" + date.apply(a.approvedAt()) + "に承認（" + a.approvedBy() + "）";
    }

    static String exceptions(Ledger.ApprovalRecord a) {
        if (a == null || a.exceptions().isEmpty()) {
            return "なし";
        }
        return a.exceptions().stream().map(x -> x.elementId() + " " + x.name() + "（" + x.statusLabel() + "）：" + x.reason())
                .collect(Collectors.joining(" / "));
    }

    static String responsible(Ledger.Responsible r) {
        if (r == null) {
            return "未提出";
        }
        return r.name() + (r.title() == null || r.title().isBlank() ? "" : "（" + r.title() + "）");
    }

    static String erasure(Ledger.Entry e, Function<LocalDate, String> date) {
        if (e.erasure() != null) {
            Ledger.Erasure x = e.erasure();
            return date.apply(x.erasedOn()) + " 消去：" + x.method() + "／媒体" + (x.mediaReturned() ? "返却済み" : "返却なし");
        }
        return e.notYetErased() ? NOT_ERASED : "";
    }

    static String events(Ledger.Entry e, Function<LocalDate, String> date) {
        return e.events().stream().map(v -> date.apply(v.occurredOn()) + " " + v.kindLabel() + "：" + v.description()
                + "（" + v.actorName() + "）").collect(Collectors.joining(" / "));
    }

    static String incidents(boolean tracked, Ledger.Handler h) {
        return tracked ? h.openIncidents() + "件" : INCIDENTS_NOT_TRACKED;
    }

    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String iso(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(JapaneseDates.TOKYO).toLocalDate().toString();
    }

    static String wareki(LocalDate date) {
        return date == null ? "" : JapaneseDates.wareki(date);
    }

    static String wareki(OffsetDateTime time) {
        return time == null ? "" : JapaneseDates.wareki(time);
    }

    static String nz(String value) {
        return value == null ? "" : value;
    }
}
