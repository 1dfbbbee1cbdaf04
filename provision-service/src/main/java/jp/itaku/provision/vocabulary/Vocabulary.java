package jp.itaku.provision.vocabulary;

import jp.itaku.api.EnglishLabels;
import jp.itaku.api.Term;
import jp.itaku.provision.investigation.ImprovementRequest;
import jp.itaku.provision.investigation.InvestigationResult;
import jp.itaku.provision.investigation.InvestigationTiming;
import jp.itaku.provision.provision.model.ProvisionState;
import jp.itaku.provision.recipient.RecipientType;
import jp.itaku.provision.settings.model.AgencyType;
import jp.itaku.provision.settings.model.Citation;
import jp.itaku.provision.settings.model.LegalItem;

import java.util.List;

/**
 * provision-service's codes with their labels in both languages, in the order the service declares them: what the
 * portal offers in its filters and forms (a provision's state, a recipient's type, the item of the provision rule it
 * relies on, an investigation's timing and result) and shows beside them (an improvement request's state, the agency's type and citation), so that it keeps no
 * copy of its own. The Japanese labels are the enums' own (the service's answers and PDFs use them too), the English
 * ones in labels-en.properties. Plain Java.
 */
public record Vocabulary(List<Term> provisionStates, List<Term> recipientTypes, List<Term> investigationTimings,
                         List<Term> investigationResults, List<Term> improvementStates, List<Term> agencyTypes,
                         List<Term> citations, List<Term> legalItems) {

    private static final EnglishLabels EN = EnglishLabels.beside(Vocabulary.class);

    public static Vocabulary of() {
        return new Vocabulary(
                EN.terms(ProvisionState.values(), s -> s.label),
                EN.terms(RecipientType.values(), t -> t.label),
                EN.terms(InvestigationTiming.values(), t -> t.label),
                EN.terms(InvestigationResult.values(), r -> r.label),
                EN.terms(ImprovementRequest.State.values(), s -> s.label),
                EN.terms(AgencyType.values(), t -> t.label),
                EN.terms(Citation.values(), c -> c.label),
                EN.terms(LegalItem.values(), i -> i.label));
    }
}
