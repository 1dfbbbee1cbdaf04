package jp.itaku.gateway.portal.client;

import jp.itaku.api.Term;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/contracts/vocabulary}: contract-service's codes with their Japanese and English labels, in its
 * order — the portal's filters, forms and charts offer these and keep no copy of their own.
 */
public record ContractVocabulary(List<Term> engagementStates, List<Term> engagementKinds, List<Term> sensitivities,
                                 List<Term> locationPurposes, List<Term> placeTypes, List<Term> accessActions,
                                 List<Term> accessOutcomes) {

    /** code → label in the page's language (Japanese when the service has no English label), in the service's order. */
    public static Map<String, String> labels(List<Term> terms, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        for (Term term : terms == null ? List.<Term>of() : terms) {
            labels.put(term.code(), english && term.labelEn() != null ? term.labelEn() : term.label());
        }
        return labels;
    }
}
