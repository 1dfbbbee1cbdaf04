package jp.itaku.gateway.portal.client;

import java.util.List;

/**
 * {@code GET …/drafts/{version}}: the draft and the verifier's decision per element of 第8-4 (also what the POST of a
 * new draft answers).
 */
public record Verification(Draft draft, List<Element> elements) {

    public static final String SATISFIED = "satisfied";
    public static final String MISSING = "missing";
    public static final String CONTRADICTED = "contradicted";
    /** 派遣労働者の秘密保持: an element of dispatch contracts only (第8-7). */
    public static final String DISPATCH_ONLY = "D1";

    /** One element: satisfied / missing / contradicted, the evidence, the explanation and the suggested clause. */
    public record Element(String id, String name, String status, String statusLabel, List<Evidence> evidence,
                          String explanation, String suggestedClause) {

        public boolean satisfied() {
            return SATISFIED.equals(status);
        }

        /** Whether it applies to an engagement of this kind (D1 only to dispatch contracts). */
        public boolean appliesTo(Engagement engagement) {
            return engagement.dispatch() || !DISPATCH_ONLY.equals(id);
        }
    }

    /** Where the verifier found it: the article, code-point offsets into the draft's text, the sentence. */
    public record Evidence(String article, Integer start, Integer end, String text) {
    }
}
