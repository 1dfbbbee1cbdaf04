package jp.itaku.contract.vocabulary;

import jp.itaku.api.Sensitivity;
import jp.itaku.api.EnglishLabels;
import jp.itaku.api.Term;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessOutcome;
import jp.itaku.contract.engagement.EngagementKind;
import jp.itaku.contract.engagement.EngagementState;
import jp.itaku.contract.engagement.HandlingLocation;

import java.util.Arrays;
import java.util.List;

/**
 * contract-service's codes with their labels in both languages, in the order the service uses them: what the
 * portal offers in its forms and filters and shows in its charts, so that it keeps no copy of its own. Plain Java.
 */
public record Vocabulary(List<Term> engagementStates, List<Term> engagementKinds, List<Term> sensitivities,
                         List<Term> locationPurposes, List<Term> placeTypes, List<Term> accessActions,
                         List<Term> accessOutcomes) {

    private static final EnglishLabels EN = EnglishLabels.beside(Vocabulary.class);

    public static Vocabulary of() {
        return new Vocabulary(
                EN.terms(EngagementState.values(), s -> s.label),
                EN.terms(EngagementKind.values(), k -> k.label),
                Arrays.stream(Sensitivity.values()).map(s -> new Term(s.name(), s.label, s.labelEn)).toList(),
                EN.terms(HandlingLocation.Purpose.values(), p -> p.label),
                EN.terms(HandlingLocation.PlaceType.values(), p -> p.label),
                // the access records' actions and outcomes (common's, as contract-service's audit API answers them)
                EN.terms(AccessAction.values(), AccessAction::label),
                EN.terms(AccessOutcome.values(), AccessOutcome::label));
    }
}
