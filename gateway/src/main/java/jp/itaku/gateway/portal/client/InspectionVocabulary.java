package jp.itaku.gateway.portal.client;

import jp.itaku.api.Term;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/inspections/vocabulary}: inspection-service's codes with their Japanese and English labels, in its
 * order — the plan, check, chain (statuses and what needs attention at a node), improvement and self-report pages show these and keep no copy of their own.
 */
public record InspectionVocabulary(List<Term> planStates, List<Term> checkMethods, List<Term> chainStatuses,
                                   List<Term> improvementStatuses, List<Term> selfReportStatuses,
                                   List<Term> chainConcerns) {

    /** The labels in the page's language, code → label (templates: {@code vocab.planStates.get(e.state)}). */
    public Labels labels(Locale locale) {
        return new Labels(ContractVocabulary.labels(planStates, locale), ContractVocabulary.labels(checkMethods, locale),
                ContractVocabulary.labels(chainStatuses, locale), ContractVocabulary.labels(improvementStatuses, locale),
                ContractVocabulary.labels(selfReportStatuses, locale), ContractVocabulary.labels(chainConcerns, locale));
    }

    public record Labels(Map<String, String> planStates, Map<String, String> checkMethods,
                         Map<String, String> chainStatuses, Map<String, String> improvementStatuses,
                         Map<String, String> selfReportStatuses, Map<String, String> chainConcerns) {
    }
}
