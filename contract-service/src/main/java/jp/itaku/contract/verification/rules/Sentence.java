package jp.itaku.contract.verification.rules;

import java.util.List;

import jp.itaku.contract.verification.structure.Unit;

/** One sentence of the normalised body, with its tokens and the party that is its subject. */
public final class Sentence {
    public final Unit unit;
    public final int nStart;
    public final int nEnd;
    public final String text;
    public final int indexInUnit;
    List<Morphology.Token> tokens;
    Parties.Role subject;
    /** Where a rule's keyword search on this sentence found its word (-1: none), by pattern; see {@link #wordStart}. */
    private java.util.Map<java.util.regex.Pattern, Integer> wordStarts;

    Sentence(Unit unit, int nStart, int nEnd, String text, int indexInUnit) {
        this.unit = unit;
        this.nStart = nStart;
        this.nEnd = nEnd;
        this.text = text;
        this.indexInUnit = indexInUnit;
    }

    /**
     * The sentence {@code amended} as an amendment rewrote it (「…中「旧」を「新」に改める」): judged with its new wording,
     * quoted (offsets, article) as the amendment sentence that states that wording.
     */
    public static Sentence rewritten(Sentence amendment, Sentence amended, String newText, Parties parties) {
        Sentence s = new Sentence(amendment.unit, amendment.nStart, amendment.nEnd, newText, amendment.indexInUnit);
        Parties.Role r = parties.subjectOf(newText);
        s.subject = r == Parties.Role.UNKNOWN ? amended.subject : r;
        return s;
    }

    /**
     * A sentence the structure states in other words than it is written (a Q&A answer read with its question's topic,
     * clause/QuestionAnswers): judged with {@code text}, quoted (offsets, article) as [{@code nStart}, {@code nEnd}) of
     * the draft, in {@code unit}.
     */
    public static Sentence restated(Unit unit, int nStart, int nEnd, String text, int indexInUnit, Parties parties,
                                    Parties.Role fallback) {
        Sentence s = new Sentence(unit, nStart, nEnd, text, indexInUnit);
        Parties.Role r = parties.subjectOf(text);
        s.subject = r == Parties.Role.UNKNOWN ? fallback : r;
        return s;
    }

    public Parties.Role subject() {
        return subject;
    }

    /** Kuromoji tokens, computed on first use (only sentences that reach a rule's word check are analysed). */
    public List<Morphology.Token> tokens() {
        if (tokens == null) {
            tokens = Morphology.tokenize(text);
        }
        return tokens;
    }

    /**
     * Whether the word ending at {@code end} continues as a compound noun (複製物, 再委託先, 調査票, 廃棄物 …), judged
     * from the Kuromoji tokens: the next token is a noun or noun suffix other than 等, or no token boundary exists there.
     */
    public boolean continuesAsCompound(int end) {
        if (end >= text.length() || end <= 0) {
            return false;
        }
        List<Morphology.Token> ts = tokens();
        for (int i = 0; i < ts.size(); i++) {
            Morphology.Token t = ts.get(i);
            if (t.end() < end) {
                continue;
            }
            // t contains the keyword's last char
            if (!t.isNoun()) {
                return false; // a verb or particle: 「引き渡さ」「求め」… not a compound noun
            }
            if (t.end() > end) {
                return true; // the keyword is only part of a longer noun
            }
            if (i + 1 >= ts.size()) {
                return false;
            }
            Morphology.Token next = ts.get(i + 1);
            String pos = next.pos() == null ? "" : next.pos();
            if (!pos.startsWith("名詞")) {
                return false;
            }
            String sf = next.surface();
            return !(sf.equals("等") || sf.equals("など") || pos.contains("数") || pos.contains("副詞可能")
                    || pos.contains("非自立"));
        }
        return false;
    }

    /**
     * The remembered start of the first match of {@code p} that a rule accepted as a word of its own (see
     * {@code elements.RuleContext.word}), -1 when there is none, or null when not searched yet: several rules, and
     * loops over all sentences of the draft, ask the same sentence the same question.
     */
    public Integer wordStart(java.util.regex.Pattern p) {
        return wordStarts == null ? null : wordStarts.get(p);
    }

    public void wordStart(java.util.regex.Pattern p, int start) {
        if (wordStarts == null) {
            wordStarts = new java.util.IdentityHashMap<>();
        }
        wordStarts.put(p, start);
    }

    public boolean hasLemma(String... lemmas) {
        for (Morphology.Token t : tokens()) {
            for (String l : lemmas) {
                if (l.equals(t.lemma()) || l.equals(t.surface())) {
                    return true;
                }
            }
        }
        return false;
    }
}
