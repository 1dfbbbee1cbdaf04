package jp.itaku.contract.verification.rules;

import java.util.List;

/** What one rule found in the draft for one element. */
public record Finding(Kind kind, List<Sentence> sentences, String reason) {

    public enum Kind {
        /** The sentence(s) impose the element's obligation. */
        SATISFY,
        /** The sentence affirmatively permits the opposite. */
        CONTRADICT,
        /** A near miss worth explaining (wrong party, unrelated context, heading only …); never counts. */
        NOTE
    }

    public static Finding satisfy(String reason, Sentence... s) {
        return new Finding(Kind.SATISFY, List.of(s), reason);
    }

    public static Finding contradict(String reason, Sentence... s) {
        return new Finding(Kind.CONTRADICT, List.of(s), reason);
    }

    public static Finding note(String reason, Sentence... s) {
        return new Finding(Kind.NOTE, List.of(s), reason);
    }
}
