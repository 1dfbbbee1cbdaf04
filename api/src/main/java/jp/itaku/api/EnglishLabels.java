package jp.itaku.api;

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
 * A service's English labels, read once from the {@code labels-en.properties} beside its vocabulary class, and the
 * {@link Term}s they make with the Japanese labels. Keys are the enum's simple name (a nested enum's with its
 * enclosing class: {@code HandlingLocation.Purpose}), a dot and the constant.
 */
public final class EnglishLabels {

    private final Properties en = new Properties();

    private EnglishLabels(Class<?> anchor) {
        try (InputStream in = anchor.getResourceAsStream("labels-en.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels-en.properties is missing beside " + anchor.getName());
            }
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The labels beside {@code anchor}; fails at once when the file is missing. */
    public static EnglishLabels beside(Class<?> anchor) {
        return new EnglishLabels(anchor);
    }

    /** The English label of a constant; null when the file lacks it. */
    public String of(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        String name = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        return en.getProperty(name + "." + constant.name());
    }

    /** Every constant as a term: its code, its Japanese label and its English one. */
    public <E extends Enum<E>> List<Term> terms(E[] values, Function<E, String> japanese) {
        return Arrays.stream(values).map(v -> new Term(v.name(), japanese.apply(v), of(v))).toList();
    }
}
