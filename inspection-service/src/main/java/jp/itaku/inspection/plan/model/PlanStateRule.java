package jp.itaku.inspection.plan.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Where an open plan entry stands today — the one place the rule is written. The states are tried in order and the
 * first whose test holds wins: past its due date → 期限超過; due within the reminder window → 期限間近; inspected
 * in this cycle → 実施済; else → 予定. The plan's queries are rendered from {@link #ORDER} (see
 * PlanService), so the list, the counts and one entry's state cannot disagree.
 */
public final class PlanStateRule {

    /** The atomic tests on an entry's dates that the rule combines. */
    public enum Test {
        /** the due date is before today */
        DUE_BEFORE_TODAY,
        /** the due date is on or before the end of the reminder window (today + {@value PlanState#WINDOW_DAYS} days) */
        DUE_BY_WINDOW_END,
        /** an inspection (or a self-report standing in) is on record for this cycle */
        INSPECTED,
        /** holds for every entry */
        ALWAYS
    }

    /** One state and the test that puts an entry there, unless an earlier state took it. */
    public record Step(PlanState state, Test test) {
    }

    public static final List<Step> ORDER = List.of(
            new Step(PlanState.OVERDUE, Test.DUE_BEFORE_TODAY),
            new Step(PlanState.DUE, Test.DUE_BY_WINDOW_END),
            new Step(PlanState.DONE, Test.INSPECTED),
            new Step(PlanState.SCHEDULED, Test.ALWAYS));

    /** What an entry in {@code state} satisfies: its own test, and none of the tests of the states before it. */
    public record Selection(Test holds, List<Test> fails) {
    }

    private PlanStateRule() {
    }

    /** The last day of the reminder window that starts today. */
    public static LocalDate windowEnd(LocalDate today) {
        return today.plusDays(PlanState.WINDOW_DAYS);
    }

    public static PlanState of(LocalDate dueOn, LocalDate lastDoneOn, LocalDate today) {
        for (Step step : ORDER) {
            if (holds(step.test(), dueOn, lastDoneOn, today)) {
                return step.state();
            }
        }
        throw new IllegalStateException("the last step holds for every entry");
    }

    public static Selection selection(PlanState state) {
        List<Test> before = ORDER.stream().takeWhile(s -> s.state() != state).map(Step::test).toList();
        Test own = ORDER.stream().filter(s -> s.state() == state).findFirst().orElseThrow().test();
        return new Selection(own, before);
    }

    static boolean holds(Test test, LocalDate dueOn, LocalDate lastDoneOn, LocalDate today) {
        return switch (test) {
            case DUE_BEFORE_TODAY -> dueOn.isBefore(today);
            case DUE_BY_WINDOW_END -> !dueOn.isAfter(windowEnd(today));
            case INSPECTED -> lastDoneOn != null;
            case ALWAYS -> true;
        };
    }
}
