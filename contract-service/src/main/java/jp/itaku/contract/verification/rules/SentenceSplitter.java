package jp.itaku.contract.verification.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.itaku.contract.verification.structure.ParsedDocument;
import jp.itaku.contract.verification.structure.Unit;

/**
 * Splits each unit into sentences at 「。」 outside brackets, analyses them with Kuromoji and decides their subject,
 * inheriting it from the previous sentence or from the lead sentence of a list of items when the sentence has none.
 */
public final class SentenceSplitter {

    /** Sentences longer than this (text without 「。」) are cut at the next 「、」 so that the rules stay linear. */
    static final int MAX_SENTENCE = 1000;

    private SentenceSplitter() {
    }

    public static List<Sentence> split(ParsedDocument doc, Parties parties) {
        String text = doc.text();
        List<Sentence> out = new ArrayList<>();
        Map<Unit, Parties.Role> unitSubject = new HashMap<>();
        for (Unit u : doc.units()) {
            int start = u.nStart;
            int depth = 0;
            int idx = 0;
            Parties.Role prev = null;
            for (int i = u.nStart; i < u.nEnd; i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '「' || c == '『' || c == '【' || c == '〔') {
                    depth++;
                } else if ((c == ')' || c == '」' || c == '』' || c == '】' || c == '〕') && depth > 0) {
                    depth--;
                } else if ((c == '。' && (depth == 0 || i + 1 == u.nEnd))
                        || (i - start >= MAX_SENTENCE && (c == '、' || c == '\n' || i - start >= 2 * MAX_SENTENCE))) {
                    prev = add(out, u, text, start, i + 1, idx++, parties, prev, unitSubject);
                    start = i + 1;
                    depth = 0;
                }
            }
            if (start < u.nEnd) {
                add(out, u, text, start, u.nEnd, idx, parties, prev, unitSubject);
            }
        }
        return out;
    }

    private static Parties.Role add(List<Sentence> out, Unit u, String text, int s, int e, int idx, Parties parties,
                                    Parties.Role prev, Map<Unit, Parties.Role> unitSubject) {
        while (s < e && (text.charAt(s) == ' ' || text.charAt(s) == '\n')) {
            s++;
        }
        if (s >= e) {
            return prev;
        }
        String t = text.substring(s, e);
        Sentence sentence = new Sentence(u, s, e, t, idx);
        Parties.Role r = parties.subjectOf(t);
        if (r == Parties.Role.UNKNOWN) {
            if (prev != null) {
                r = prev;
            } else if (u.lead != null && unitSubject.containsKey(u.lead)) {
                r = unitSubject.get(u.lead);
            }
        }
        sentence.subject = r;
        if (idx == 0) {
            unitSubject.put(u, r);
        }
        out.add(sentence);
        return r;
    }
}
