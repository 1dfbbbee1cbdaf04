package jp.itaku.inspection.chain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * contract-service's verification report of a subcontract, as far as inspection-service reads it: the contract's kind
 * and each element's id and status (the chain's rules), explanation (the portal's approval queue and chain page) and
 * evidence (the C4 clause shown with an incident). Read tolerantly — the report carries more (file name, suggested
 * clauses, offsets), which inspection-service keeps in the stored report but never reads. Every field here is in the
 * pact {@code ContractServicePactTest}, which contract-service's build replays, so renaming one fails there.
 */
public record SubcontractVerification(String kind, List<Element> elements) {

    /** contract-service's kind of a 労働者派遣 contract (第8-7; D1 applies only to it). */
    public static final String DISPATCH = "dispatch";
    public static final String SATISFIED = "satisfied";

    public record Element(String id, String status, String explanation, List<Evidence> evidence) {
    }

    public record Evidence(String article, String text) {
    }

    private static final ObjectReader READER = new ObjectMapper().readerFor(SubcontractVerification.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The report in a stored or received JSON text; empty when absent, unreadable or without its elements. */
    public static Optional<SubcontractVerification> parse(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            SubcontractVerification report = READER.readValue(json);
            return report == null || report.elements() == null ? Optional.empty() : Optional.of(report);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public boolean dispatch() {
        return DISPATCH.equals(kind);
    }

    /** Each element's status by id, in the report's order; an element reported twice counts with its worse status. */
    public Map<String, String> statusById() {
        Map<String, String> statusById = new LinkedHashMap<>();
        for (Element element : elements) {
            statusById.merge(Objects.toString(element.id(), ""), Objects.toString(element.status(), ""),
                    (a, b) -> SATISFIED.equals(a) ? b : a);
        }
        return statusById;
    }
}
