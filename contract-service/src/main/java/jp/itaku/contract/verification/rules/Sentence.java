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

    Sentence(Unit unit, int nStart, int nEnd, String text, int indexInUnit) {
        this.unit = unit;
        this.nStart = nStart;
        this.nEnd = nEnd;
        this.text = text;
        this.indexInUnit = indexInUnit;
    }

    public Parties.Role subject() {
        return subject;
    }

    public List<Morphology.Token> tokens() {
        return tokens;
    }

    public boolean hasLemma(String... lemmas) {
        for (Morphology.Token t : tokens) {
            for (String l : lemmas) {
                if (l.equals(t.lemma()) || l.equals(t.surface())) {
                    return true;
                }
            }
        }
        return false;
    }
}
