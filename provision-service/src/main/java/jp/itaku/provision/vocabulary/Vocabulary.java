package jp.itaku.provision.vocabulary;

import jp.itaku.api.Term;
import jp.itaku.provision.investigation.ImprovementRequest;
import jp.itaku.provision.investigation.InvestigationResult;
import jp.itaku.provision.investigation.InvestigationTiming;
import jp.itaku.provision.provision.model.ProvisionState;
import jp.itaku.provision.recipient.RecipientType;
import jp.itaku.provision.settings.model.AgencyType;
import jp.itaku.provision.settings.model.Citation;

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
 * provision-service's codes with their labels in both languages, in the order the service declares them: what the
 * portal offers in its filters and forms (a provision's state, a recipient's type, an investigation's timing and
 * result) and shows beside them (an improvement request's state, the agency's type and citation), so that it keeps no
 * copy of its own. The Japanese labels are the enums' own (the service's answers and PDFs use them too), the English
 * ones in labels-en.properties. Plain Java.
 */
public record Vocabulary(List<Term> provisionStates, List<Term> recipientTypes, List<Term> investigationTimings,
                         List<Term> investigationResults, List<Term> improvementStates, List<Term> agencyTypes,
                         List<Term> citations) {

    private static final Properties EN = load();

    public static Vocabulary of() {
        return new Vocabulary(
                terms(ProvisionState.values(), s -> s.label),
                terms(RecipientType.values(), t -> t.label),
                terms(InvestigationTiming.values(), t -> t.label),
                terms(InvestigationResult.values(), r -> r.label),
                terms(ImprovementRequest.State.values(), s -> s.label),
                terms(AgencyType.values(), t -> t.label),
                terms(Citation.values(), c -> c.label));
    }

    /** The English label of a constant (from labels-en.properties, keyed by the enum's simple name); null when missing. */
    public static String english(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        String name = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        return EN.getProperty(name + "." + constant.name());
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
