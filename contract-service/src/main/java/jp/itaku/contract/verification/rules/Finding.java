package jp.itaku.contract.verification.rules;

import java.util.List;

/**
 * What one rule found in the draft for one element. {@code at} is where the element's act sits in the first sentence
 * (the verb of 消去する, 複製してはならない …), or -1 when the rule does not say: an exception left to the contractor
 * that governs that act empties the obligation ({@code elements.ContractorExceptions}).
 */
public record Finding(Kind kind, List<Sentence> sentences, String reason, int at) {

    public enum Kind {
        /** The sentence(s) impose the element's obligation. */
        SATISFY,
        /** The sentence affirmatively permits the opposite. */
        CONTRADICT,
        /** A near miss worth explaining (wrong party, unrelated context, heading only …); never counts. */
        NOTE
    }

    public static Finding satisfy(String reason, Sentence... s) {
        return new Finding(Kind.SATISFY, List.of(s), reason, -1);
    }

    /** A satisfying obligation whose act is at {@code at} in the first sentence. */
    public static Finding satisfyAt(int at, String reason, Sentence... s) {
        return new Finding(Kind.SATISFY, List.of(s), reason, at);
    }

    public static Finding contradict(String reason, Sentence... s) {
        return new Finding(Kind.CONTRADICT, List.of(s), reason, -1);
    }

    public static Finding note(String reason, Sentence... s) {
        return new Finding(Kind.NOTE, List.of(s), reason, -1);
    }
}
