package jp.itaku.gateway.portal.client;

import java.util.List;

/** {@code GET /api/inspections/incidents/{id}}: the incident with its steps, reports, measures, evidence, timeline. */
public record IncidentDetail(Incident summary, String overHundredAt, String signedOffAt, String signedOffBy,
                             String closedAt, String closedBy, List<Step> steps, List<Event> timeline,
                             List<Measure> measures, List<Report> reports, List<EvidenceFile> evidence,
                             List<PpcItem> ppcItems) {

    /** One step of the reporting line (to the chief, to the head …) and its acknowledgement. */
    public record Step(String step, String label, String recipientRole, String recipientLabel, String requestedAt,
                       String requestedBy, String acknowledgedAt, String acknowledgedBy, String note,
                       String escalatedAt) {
    }

    public record Event(String at, String actor, String text) {
    }

    public record Measure(String description, String status, String statusLabel, String improvementRequestId, String planEntryId) {
    }

    public record Report(int version, String kind, String kindLabel, String createdAt, String createdBy) {
    }

    public record PpcItem(String number, String heading, String text) {
    }

    /** A notice to the agency's staff about this incident. */
    public record Notice(String recipientRole, String message, String createdAt) {
    }

    /** What the POST of a new incident answers that the portal reads. */
    public record Filed(Incident summary) {
    }

    /** The contract's C4 clause for the organisation the incident is reported on, or why it is not available. */
    public record Clause(List<String> sentences, String source, String unavailable) {
    }

    /** The codes the report form offers, with their marks, labels and citations. */
    public record Vocabulary(List<Code> categories, List<Code> causeParties) {
    }

    public record Code(String code, String mark, String label, String citation) {
    }
}
