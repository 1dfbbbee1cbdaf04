package jp.itaku.gateway.portal.client;

import java.util.List;

/** {@code GET /api/contracts/ledger}: the 台帳 of outsourced work (S5), one entry per engagement. */
public record Ledger(String asOf, boolean incidentsTracked, List<Entry> entries) {

    public record Entry(String engagementId, String title, String division, String kindLabel, String state,
                        String stateLabel, String sensitivityLabel, List<String> infoCategories, int recordCount,
                        String periodStart, String periodEnd, List<Handler> handlers, ApprovalRecord approval,
                        List<String> verifiedClauses, Responsible responsible, Erasure erasure, boolean notYetErased,
                        List<Event> events) {
    }

    public record Handler(int depth, String roleLabel, String name, String corporateNumber, String workPart,
                          List<Place> places, String statusLabel, String approvedAt, String lastInspectedOn,
                          String lastInspectionLabel, String nextInspectionDue, long openImprovements,
                          long openIncidents) {
    }

    public record Place(String purposeLabel, String placeTypeLabel, String description, String country, boolean cloud,
                        boolean abroad) {
    }

    public record ApprovalRecord(int draftVersion, String approvedAt, String approvedBy, List<ExceptionRecord> exceptions) {
    }

    public record ExceptionRecord(String elementId, String name, String statusLabel, String reason) {
    }

    public record Responsible(String name, String title) {
    }

    public record Erasure(String erasedOn, String method, boolean mediaReturned) {
    }

    public record Event(String kind, String kindLabel, String occurredOn, String actorName, String description,
                        String recordedBy) {
    }
}
