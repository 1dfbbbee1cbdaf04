package jp.itaku.gateway.portal.client;

import jp.itaku.api.Term;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What the portal reads from and sends to provision-service ({@code /api/provisions/**}), as records: only the fields
 * the pages use. The gateway's pact (pacts/gateway-provision-service.json) names each of them, and provision-service's
 * build replays it, so a renamed or dropped field fails there instead of on a page.
 */
public final class ProvisionApi {

    private ProvisionApi() {
    }

    /** A paged list ({@code PageResult}). */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /**
     * {@code GET /api/provisions/vocabulary}: provision-service's codes with their Japanese and English labels, in its
     * order — the list's state filter, the provision form's items of the provision rule, the recipient and
     * investigation forms and the labels beside a provision, a recipient, an investigation and an improvement request;
     * the portal keeps no copy of its own.
     */
    public record Vocabulary(List<Term> provisionStates, List<Term> recipientTypes, List<Term> investigationTimings,
                             List<Term> investigationResults, List<Term> improvementStates, List<Term> legalItems) {

        /** The labels in the page's language, code → label (templates: {@code vocab.provisionStates.get(p.state)}). */
        public Labels labels(Locale locale) {
            return new Labels(ContractVocabulary.labels(provisionStates, locale),
                    ContractVocabulary.labels(recipientTypes, locale), ContractVocabulary.labels(investigationTimings, locale),
                    ContractVocabulary.labels(investigationResults, locale), ContractVocabulary.labels(improvementStates, locale),
                    ContractVocabulary.labels(legalItems, locale));
        }
    }

    public record Labels(Map<String, String> provisionStates, Map<String, String> recipientTypes,
                         Map<String, String> investigationTimings, Map<String, String> investigationResults,
                         Map<String, String> improvementStates, Map<String, String> legalItems) {
    }

    /** A field the service named in a refusal or as missing, with its Japanese message. */
    public record FieldMessage(String field, String message) {
    }

    /** The agency's setting: which article an agreement cites. */
    public record Settings(String agencyName, String agencyType, String agencyTypeLabel, String citation,
                           String citationLabel, String provisionArticleItem3, String provisionArticleItem4,
                           String safetyMeasureArticle) {

        /** The article an agreement under {@code legalItem} (a code of the vocabulary's legalItems) cites, or null. */
        public String provisionArticle(String legalItem) {
            return switch (legalItem == null ? "" : legalItem) {
                case "ITEM_3" -> provisionArticleItem3;
                case "ITEM_4" -> provisionArticleItem4;
                default -> null;
            };
        }
    }

    /** 提供先. */
    public record Recipient(UUID id, String name, String type, String typeLabel, String representative,
                            String address, String contactDepartment, String contactName, String contactEmail,
                            String contactPhone, OffsetDateTime updatedAt, String updatedBy) {
    }

    /** A provision with its agreement items (P1), the P3 judgement and what keeps its agreement from being issued. */
    public record Provision(UUID id, String division, String title, Recipient recipient, String informationFile,
                            String legalItem, String legalBasis, String lawName, String safetyMeasureBasis,
                            boolean regular, String regularReason, Boolean measuresNecessary, String necessityReason,
                            boolean writtenAgreementRequired, String purposeOfUse, String businessLegalBasis,
                            String recordScope, String recordItems, String usageMedia, String usageOnline,
                            String usageFrequency, LocalDate periodStart, LocalDate periodEnd, String safetyMeasures,
                            String state, String stateLabel, int currentVersion, List<String> missingItems,
                            List<FieldMessage> missingFields, List<String> warnings, OffsetDateTime createdAt,
                            String createdBy, OffsetDateTime agreedAt, String agreedBy, OffsetDateTime startedAt,
                            String startedBy, OffsetDateTime endedAt, String endedBy, String endReason) {
    }

    /** An issued written agreement (第N版), with the article it cited at issue. */
    public record Agreement(UUID id, int version, boolean latest, String amendmentReason, String agencyName,
                            String citation, String legalBasis, String lawName, String safetyMeasureBasis,
                            OffsetDateTime issuedAt, String issuedBy) {
    }

    /** A request for safety measures (P2) and the recipient's answer. */
    public record SafetyMeasureRequest(UUID id, Integer agreementVersion, LocalDate requestedOn, String method,
                                       String measures, String legalBasis, String recipientResponse,
                                       LocalDate respondedOn, OffsetDateTime recordedAt, String recordedBy) {
    }

    /** An on-site investigation (P2). */
    public record Investigation(UUID id, String timing, String timingLabel, LocalDate conductedOn,
                                String investigator, String place, String findings, String result,
                                String resultLabel, String resultNote, OffsetDateTime recordedAt, String recordedBy) {
    }

    /** An improvement request (P2) with its deadline, tracked to closure. */
    public record Improvement(UUID id, UUID investigationId, LocalDate requestedOn, String content,
                              LocalDate deadline, String state, String stateLabel, boolean overdue, String result,
                              LocalDate completedOn, String requestedBy, OffsetDateTime closedAt, String closedBy) {
    }

    /** 台帳. */
    public record Register(String agencyName, String division, List<RegisterRow> rows) {
    }

    public record RegisterRow(UUID provisionId, String division, String title, String informationFile,
                              String recipientName, String recipientType, String legalBasis, boolean regular,
                              LocalDate periodStart, LocalDate periodEnd, String state, int agreementVersion,
                              long investigations, long openImprovements) {
    }

    // what the pages send

    public record RecipientInput(String name, String type, String representative, String address,
                                 String contactDepartment, String contactName, String contactEmail,
                                 String contactPhone) {
    }

    public record ProvisionInput(String division, String title, UUID recipientId, String informationFile,
                                 String legalItem, boolean regular, String regularReason, Boolean measuresNecessary,
                                 String necessityReason, String purposeOfUse, String businessLegalBasis,
                                 String recordScope, String recordItems, String usageMedia, String usageOnline,
                                 String usageFrequency, LocalDate periodStart, LocalDate periodEnd,
                                 String safetyMeasures) {
    }

    public record IssueInput(String amendmentReason) {
    }

    public record EndInput(String reason) {
    }

    public record SafetyMeasureInput(LocalDate requestedOn, String method, String measures, String recipientResponse,
                                     LocalDate respondedOn) {
    }

    public record ResponseInput(String recipientResponse, LocalDate respondedOn) {
    }

    public record InvestigationInput(String timing, LocalDate conductedOn, String investigator, String place,
                                     String findings, String result, String resultNote) {
    }

    public record ImprovementInput(UUID investigationId, LocalDate requestedOn, String content, LocalDate deadline) {
    }

    public record CloseInput(String result, LocalDate completedOn) {
    }
}
