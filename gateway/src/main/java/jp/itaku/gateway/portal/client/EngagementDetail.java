package jp.itaku.gateway.portal.client;

import java.util.List;

/** {@code GET /api/contracts/engagements/{id}}: the engagement and its state history. */
public record EngagementDetail(Engagement engagement, List<Transition> history) {

    /** One state change: who, when, from and to (with labels), the note. */
    public record Transition(String from, String fromLabel, String to, String toLabel, String note, String at, String by) {
    }
}
