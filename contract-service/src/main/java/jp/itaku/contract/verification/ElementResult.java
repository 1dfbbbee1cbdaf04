package jp.itaku.contract.verification;

import java.util.List;

/**
 * The decision for one element of the contract specification.
 *
 * @param id              element id (C1a … W2, D1), see {@link Element}
 * @param status          "satisfied", "missing" or "contradicted"
 * @param evidence        the sentences that satisfy or contradict the element (empty when missing)
 * @param explanation     plain-Japanese explanation of the decision
 * @param suggestedClause a clause to add or replace (null when satisfied)
 */
public record ElementResult(String id, String status, List<Evidence> evidence, String explanation,
                            String suggestedClause) {

    public static final String SATISFIED = "satisfied";
    public static final String MISSING = "missing";
    public static final String CONTRADICTED = "contradicted";

    public ElementResult {
        evidence = List.copyOf(evidence);
    }

    /** The element's Japanese name (e.g. 「秘密保持」). */
    public String name() {
        return Element.byId(id).japaneseName();
    }
}
