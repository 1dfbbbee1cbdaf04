package jp.itaku.contract.vocabulary;

import jp.itaku.api.Sensitivity;
import jp.itaku.api.Term;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessOutcome;
import jp.itaku.contract.engagement.EngagementKind;
import jp.itaku.contract.engagement.EngagementState;
import jp.itaku.contract.engagement.HandlingLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * contract-service's codes with their labels in both languages, in the order the service uses them: what the
 * portal offers in its forms and filters and shows in its charts, so that it keeps no copy of its own. Plain Java.
 */
public record Vocabulary(List<Term> engagementStates, List<Term> engagementKinds, List<Term> sensitivities,
                         List<Term> locationPurposes, List<Term> placeTypes, List<Term> accessActions,
                         List<Term> accessOutcomes) {

    private static final Properties EN = load();

    public static Vocabulary of() {
        return new Vocabulary(
                terms(EngagementState.values(), s -> s.label),
                terms(EngagementKind.values(), k -> k.label),
                Arrays.stream(Sensitivity.values()).map(s -> new Term(s.name(), s.label, s.labelEn)).toList(),
                terms(HandlingLocation.Purpose.values(), p -> p.label),
                terms(HandlingLocation.PlaceType.values(), p -> p.label),
                // the access records' actions and outcomes (common's, as contract-service's audit API answers them)
                terms(AccessAction.values(), AccessAction::label),
                terms(AccessOutcome.values(), AccessOutcome::label));
    }

    /** The English label of a constant (from labels-en.properties); null when the file lacks it. */
    public static String english(Enum<?> constant) {
        return EN.getProperty(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    private static <E extends Enum<E>> List<Term> terms(E[] values, Function<E, String> japanese) {
        return Arrays.stream(values).map(v -> new Term(v.name(), japanese.apply(v), english(v))).toList();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("labels-en.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels-en.properties is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
