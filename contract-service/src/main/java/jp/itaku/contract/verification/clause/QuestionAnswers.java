package jp.itaku.contract.verification.clause;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.rules.Parties;
import jp.itaku.contract.verification.rules.Sentence;
import jp.itaku.contract.verification.structure.Part;
import jp.itaku.contract.verification.structure.Unit;

/**
 * Question-and-answer sections (質問回答書, 質疑応答, the questions and answers of a bidders' briefing, Q&A), read as the structure they are:
 * an answer is short and leaves the subject and the object to its question (「問 名簿の提出は必要ですか。答 不要です。」),
 * so each pair is restated as one sentence that says what the answer says of the question's act
 * (「受託者は、名簿の提出は要しない。」), quoted as the question with its answer, in place of the answer's first sentence; the
 * questions themselves state nothing and leave the sentences the rules see.
 * <p>
 * Layouts: marked pairs (質問/回答, 問/答, Q/A, 【質問1】/【回答1】, numbered 質問1…回答1, the marks on their own line or
 * before the text) and rows of a table (No. 質問内容 回答) where a question ends in 〜か and its answer follows. A pair is
 * restated only for a yes/no question (vocabulary {@code qa-question.txt}: may the contractor …, must it …) whose answer
 * takes a stance at its start or after a condition ({@code qa-answer.txt}); an answer that only refers elsewhere
 * (「仕様書のとおりです」) or gives its own full sentence stays as written.
 * <p>
 * The section counts only where the draft declares it part of the 仕様書 or the contract (SPEC Conventions, Where:
 * {@code qa-declared.txt} on a sentence naming the Q&A) and does not say it is for reference only
 * ({@code qa-not-declared.txt}); otherwise every sentence of the section is left out.
 */
public final class QuestionAnswers {

    private static final Pattern TITLE = Vocabulary.pattern("qa-title");
    private static final Pattern DECLARED = Vocabulary.pattern("qa-declared");
    private static final Pattern NOT_DECLARED = Vocabulary.pattern("qa-not-declared");
    private static final Pattern Q_MARK = Vocabulary.pattern("qa-question-mark");
    private static final Pattern A_MARK = Vocabulary.pattern("qa-answer-mark");
    /** A question ends in 〜か (〜ですか, 〜でしょうか, 〜ますか), with or without 。/?. */
    private static final Pattern QUESTION_END = Pattern.compile("(?:か|\\?)[。?]?$");
    private static final Pattern NAMES_QA = Pattern.compile("質問|質疑|回答|Q\\s*&\\s*A");
    /** What may stand between a condition and the stance at the answer's end (「…場合に限り、認めます」「原則として認めない」). */
    private static final Pattern CONDITION_END = Pattern.compile("(?:、|限り|限って|として|上で|うえで|場合は|場合には|ときは|ば)$");

    private record Ending(boolean permit, Pattern tail, String yes, String no) {
    }

    private record Stance(boolean yes, Pattern word) {
    }

    private static final List<Ending> ENDINGS = new ArrayList<>();
    private static final List<Stance> STANCES = new ArrayList<>();

    static {
        for (String line : Vocabulary.entries("qa-question")) {
            String[] f = line.split("\t");
            ENDINGS.add(new Ending(f[0].equals("permit"), Pattern.compile("(?:" + f[1] + ")$"), f[2], f[3]));
        }
        for (String line : Vocabulary.entries("qa-answer")) {
            String[] f = line.split("\t");
            STANCES.add(new Stance(f[0].equals("yes"), Pattern.compile(f[1])));
        }
    }

    private QuestionAnswers() {
    }

    /**
     * The sentences as the rules should see them: each declared pair's answer restated with its question, questions
     * left out, and an undeclared section left out whole.
     */
    public static List<Sentence> resolve(List<Sentence> sentences, Parties parties) {
        if (sentences.stream().noneMatch(s -> s.text.indexOf('答') >= 0 || s.text.startsWith("A"))) {
            return sentences;
        }
        List<int[]> sections = sections(sentences);
        if (sections.isEmpty()) {
            return sentences;
        }
        boolean declaredSomewhere = false;
        for (Sentence s : sentences) {
            if (NAMES_QA.matcher(s.text).find() && DECLARED.matcher(s.text).find() && !NOT_DECLARED.matcher(s.text).find()) {
                declaredSomewhere = true;
                break;
            }
        }
        List<Sentence> out = new ArrayList<>(sentences);
        Set<Sentence> drop = new HashSet<>();
        for (int[] sec : sections) {
            boolean declared = (declaredSomewhere || ownAttachment(sentences.get(sec[0])))
                    && !referenceOnly(sentences, sec);
            for (int i = sec[0]; i < sec[1]; i++) {
                if (!declared) {
                    drop.add(sentences.get(i));
                }
            }
            if (declared) {
                restatePairs(sentences, sec, parties, out, drop);
            }
        }
        out.removeIf(drop::contains);
        return out;
    }

    /**
     * The Q&A is an attachment of its own (「別添　質問回答書」): included in the contract like any 別記/別紙/別添 (SPEC
     * Conventions, Where), declared or not.
     */
    private static boolean ownAttachment(Sentence first) {
        Part p = partOf(first);
        return p != null && !p.isMain() && p.title != null && TITLE.matcher(p.title).find()
                && (TITLE.matcher(p.name).find() || p.name.matches("別[添紙記表].*"));
    }

    /** The section, its title or its part's title says it is for reference only. */
    private static boolean referenceOnly(List<Sentence> sentences, int[] sec) {
        Part p = sentences.get(sec[0]).unit.article == null ? null : sentences.get(sec[0]).unit.article.part;
        if (p != null && p.title != null && TITLE.matcher(p.title).find() && NOT_DECLARED.matcher(p.title).find()) {
            return true;
        }
        for (int i = sec[0]; i < sec[1]; i++) {
            if (NOT_DECLARED.matcher(sentences.get(i).text).find()) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ sections

    /** [from, to) sentence ranges of Q&A sections: from a title, or the first marked question, to the end of its part. */
    private static List<int[]> sections(List<Sentence> sentences) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            Sentence s = sentences.get(i);
            Part part = partOf(s);
            boolean opens = titled(s) || (questionMark(s.text) > 0 && answerFollows(sentences, i));
            if (!opens) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < sentences.size() && partOf(sentences.get(j)) == part) {
                j++;
            }
            if (hasQuestion(sentences, i, j)) {
                out.add(new int[]{i, j});
            }
            i = j;
        }
        return out;
    }

    private static Part partOf(Sentence s) {
        return s.unit.article == null ? null : s.unit.article.part;
    }

    /** The sentence is a Q&A title line, a Q&A article heading, or the first sentence of a part titled as a Q&A. */
    private static boolean titled(Sentence s) {
        String t = s.text;
        if (t.length() <= 60 && !t.contains("は、") && !t.endsWith("。") && TITLE.matcher(t).find()) {
            return true;
        }
        Unit u = s.unit;
        if (u.heading != null && TITLE.matcher(u.heading).find() && s.indexInUnit == 0) {
            return true;
        }
        if (u.article != null && u.article.heading != null && TITLE.matcher(u.article.heading).find()
                && u.article.units.get(0) == u && s.indexInUnit == 0) {
            return true;
        }
        Part p = partOf(s);
        return p != null && p.title != null && TITLE.matcher(p.title).find() && !p.articles.isEmpty()
                && !p.articles.get(0).units.isEmpty() && p.articles.get(0).units.get(0) == u && s.indexInUnit == 0;
    }

    private static boolean hasQuestion(List<Sentence> sentences, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isQuestion(sentences.get(i).text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean answerFollows(List<Sentence> sentences, int i) {
        for (int j = i + 1; j < Math.min(sentences.size(), i + 6); j++) {
            if (answerMark(sentences.get(j).text) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the text of a question starts after its mark (質問1, 【質問2】, 問3, Q.), or 0 when the sentence opens with no
     * mark: at its start, or after the section's title or a number joined to it by the text extraction
     * (「質問回答書（…公表）No.1質問：…」); 問題/問合せ/問い are no marks.
     */
    static int questionMark(String t) {
        Matcher m = Q_MARK.matcher(t);
        int found = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            String prefix = t.substring(0, m.start());
            if (!prefix.isEmpty() && (prefix.contains("。") || prefix.length() > 60 || !TITLE.matcher(prefix).find())) {
                break; // inside the text, not a mark
            }
            String mark = m.group();
            char next = m.end() < t.length() ? t.charAt(m.end()) : ' ';
            if ((mark.endsWith("問") || mark.endsWith("Q")) && ("題合いうわ".indexOf(next) >= 0
                    || (mark.endsWith("Q") && Character.isLetter(next) && next < 0x3000))) {
                continue;
            }
            if (mark.endsWith("質問") && t.startsWith("回答", m.end())) {
                continue; // the title's 質問回答書, not a mark
            }
            found = m.end();
        }
        return found;
    }

    /** Length of the answer mark at the start (回答1, 【回答2】, 答3, A.), or 0; 答申 is no mark. */
    static int answerMark(String t) {
        Matcher m = A_MARK.matcher(t);
        if (!m.lookingAt() || m.end() == 0 || t.startsWith("回答書", m.start())) {
            return 0;
        }
        char next = m.end() < t.length() ? t.charAt(m.end()) : ' ';
        if (m.group().endsWith("答") && "申え".indexOf(next) >= 0) {
            return 0;
        }
        if (m.group().endsWith("A") && Character.isLetter(next) && next < 0x3000) {
            return 0;
        }
        return m.end();
    }

    private static boolean isQuestion(String t) {
        return questionMark(t) > 0 || QUESTION_END.matcher(t).find();
    }

    // ------------------------------------------------------------------ pairs

    private static void restatePairs(List<Sentence> sentences, int[] sec, Parties parties, List<Sentence> out,
                                     Set<Sentence> drop) {
        int i = sec[0];
        while (i < sec[1]) {
            Sentence s = sentences.get(i);
            int qm = questionMark(s.text);
            if (qm == 0 && !QUESTION_END.matcher(s.text).find()) {
                i++;
                continue;
            }
            // the question: a marked sentence (with the text after the mark, or on the next line) and every sentence
            // up to the answer's mark, or the sentences ending in 〜か of an unmarked row
            int qFrom = i;
            StringBuilder q = new StringBuilder(s.text.substring(qm));
            int j = i + 1;
            boolean marked = qm > 0;
            while (j < sec[1] && answerMark(sentences.get(j).text) == 0 && questionMark(sentences.get(j).text) == 0
                    && (marked ? q.toString().isBlank() || QUESTION_END.matcher(sentences.get(j).text).find()
                    : QUESTION_END.matcher(sentences.get(j).text).find() && sentences.get(j).unit == s.unit)) {
                q.append(sentences.get(j).text);
                j++;
            }
            for (int k = qFrom; k < j; k++) {
                drop.add(sentences.get(k));
            }
            // the answer: from its mark (or the next sentence) to the next question
            int aFrom = j;
            int am = aFrom < sec[1] ? answerMark(sentences.get(aFrom).text) : 0;
            if (aFrom < sec[1] && am > 0 && sentences.get(aFrom).text.substring(am).isBlank()) {
                drop.add(sentences.get(aFrom));
                aFrom++;
                am = 0;
            }
            int aTo = aFrom;
            while (aTo < sec[1] && (aTo == aFrom || !isQuestion(sentences.get(aTo).text))
                    && (aTo == aFrom || answerMark(sentences.get(aTo).text) == 0)) {
                aTo++;
            }
            if (aFrom < aTo) {
                Sentence restated = restate(sentences.get(qFrom), q.toString(), sentences.subList(aFrom, aTo), am, parties);
                if (restated != null) {
                    out.set(out.indexOf(sentences.get(aFrom)), restated);
                }
            }
            i = Math.max(aTo, i + 1);
        }
    }

    /** The pair as one sentence, or null when the question is no yes/no question or the answer takes no stance. */
    private static Sentence restate(Sentence qFirst, String question, List<Sentence> answer, int answerMark, Parties parties) {
        String q = question.strip().replaceAll("[。?]+$", "");
        Ending ending = null;
        Matcher tail = null;
        for (Ending e : ENDINGS) {
            Matcher m = e.tail().matcher(q);
            if (m.find()) {
                ending = e;
                tail = m;
                break;
            }
        }
        if (ending == null) {
            return null;
        }
        Sentence first = answer.get(0);
        String a = first.text.substring(answerMark).strip();
        String body = a.endsWith("。") ? a.substring(0, a.length() - 1) : a;
        String cond = "";
        String rest = "";
        Stance stance = null;
        for (Stance st : STANCES) { // at the start: 「可能です。」「不要です（…）」「差し支えありません、ただし…」
            Matcher m = st.word().matcher(body);
            if (m.lookingAt() && (m.end() == body.length() || "(、「".indexOf(body.charAt(m.end())) >= 0)) {
                stance = st;
                rest = body.substring(m.end());
                break;
            }
        }
        if (stance == null) {
            for (Stance st : STANCES) { // at the end after a condition: 「…承認を得た場合に限り、認めます」
                Matcher m = st.word().matcher(body);
                while (m.find()) {
                    if (m.end() == body.length() && m.start() > 0
                            && CONDITION_END.matcher(body.substring(0, m.start())).find()) {
                        stance = st;
                        cond = body.substring(0, m.start());
                        break;
                    }
                }
                if (stance != null) {
                    break;
                }
            }
            if (stance == null) {
                return null;
            }
        }
        String act = q.substring(0, tail.start()) + (stance.yes() ? ending.yes() : ending.no());
        Parties.Role own = parties.subjectOf(act); // a question may name its party (「甲は…解除できるか」: the client's right)
        StringBuilder text = new StringBuilder();
        if (own == Parties.Role.UNKNOWN && parties.contractorLabel() != null) {
            text.append(parties.contractorLabel()).append("は、");
        }
        if (!cond.isEmpty()) {
            text.append(cond).append(cond.endsWith("、") ? "" : "、");
        }
        text.append(act);
        if (!rest.isBlank()) {
            text.append(rest.startsWith("(") ? "" : "、").append(rest.startsWith("、") ? rest.substring(1) : rest);
        }
        text.append('。');
        for (int k = 1; k < answer.size(); k++) {
            text.append(answer.get(k).text);
        }
        int nStart = qFirst.unit == first.unit || qFirst.nEnd <= first.nStart ? qFirst.nStart : first.nStart;
        return Sentence.restated(first.unit, nStart, first.nEnd, text.toString(), first.indexInUnit, parties,
                Parties.Role.CONTRACTOR);
    }
}
