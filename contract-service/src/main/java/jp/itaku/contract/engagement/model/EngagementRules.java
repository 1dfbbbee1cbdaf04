package jp.itaku.contract.engagement.model;

import jp.itaku.common.problem.Decision;

import java.time.LocalDate;

/** What an engagement's draft may say. */
public final class EngagementRules {

    private EngagementRules() {
    }

    /** The period runs forwards; a one-day engagement starts and ends on the same day. */
    public static Decision period(LocalDate start, LocalDate end) {
        return end.isBefore(start) ? Decision.invalid("periodEnd", "委託期間の終了日は開始日以降の日付を入力してください。")
                : Decision.allowed();
    }
}
