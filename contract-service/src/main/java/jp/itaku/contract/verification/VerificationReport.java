package jp.itaku.contract.verification;

import java.util.List;

/**
 * The verifier's result for one draft. {@code kind} is "outsourcing" (業務委託, 第8-4) or "dispatch" (労働者派遣, 第8-7).
 */
public record VerificationReport(String file, String kind, List<ElementResult> elements) {

    public static final String OUTSOURCING = "outsourcing";
    public static final String DISPATCH = "dispatch";

    public VerificationReport {
        elements = List.copyOf(elements);
    }

    public ElementResult element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown element " + id));
    }
}
