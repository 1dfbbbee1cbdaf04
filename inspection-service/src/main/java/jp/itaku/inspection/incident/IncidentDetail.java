package jp.itaku.inspection.incident;

import jp.itaku.inspection.evidence.EvidenceView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

public record IncidentDetail(IncidentSummary summary, LocalDate occurredOn, LocalDate discoveredOn, String discoverer,
                             List<String> categoryCodes, List<String> myNumberCategories, boolean highEncryption,
                             String involvement, String facts, String items, OffsetDateTime overHundredAt,
                             String causeParty, String cause, String secondaryDamage, String individualResponse,
                             String publicationDecision, String publicationReason, String publicationStatus,
                             String otherNotes, OffsetDateTime signedOffAt, String signedOffBy,
                             OffsetDateTime closedAt, String closedBy, List<StepView> steps,
                             List<IncidentEventView> timeline, List<MeasureView> measures,
                             List<IndividualNoticeView> individualNotices, List<ReportView> reports,
                             List<EvidenceView> evidence, List<PpcReport.Item> ppcItems) {
}
