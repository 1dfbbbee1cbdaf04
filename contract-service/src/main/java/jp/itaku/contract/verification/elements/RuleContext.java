package jp.itaku.contract.verification.elements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.clause.Clause;
import jp.itaku.contract.verification.clause.Vocabulary;
import jp.itaku.contract.verification.rules.Parties;
import jp.itaku.contract.verification.rules.Parties.Role;
import jp.itaku.contract.verification.rules.Sentence;
import jp.itaku.contract.verification.structure.Article;
import jp.itaku.contract.verification.structure.ParsedDocument;
import jp.itaku.contract.verification.structure.Part;
import jp.itaku.contract.verification.structure.Unit;

/**
 * What the element rules share about one draft: the parsed document, the parties, the sentences (grouped by unit),
 * the personal-information vocabulary extended by the draft's defined terms, and small helpers (word boundaries via
 * Kuromoji, ただし書 of a sentence, the article a sentence sits in).
 */
public final class RuleContext {

    static final Pattern APPROVAL = Vocabulary.pattern("approval");
    static final Pattern NEG_APPROVAL = Vocabulary.pattern("approval-waived");
    static final Pattern PI_GROUND = Vocabulary.pattern("pi-ground");
    static final Pattern SUBJECT_CONSENT = Vocabulary.pattern("subject-consent");

    final ParsedDocument doc;
    final Parties parties;
    final List<Sentence> sentences;
    private final Map<Unit, List<Sentence>> byUnit = new HashMap<>();
    private static final Pattern PI = Vocabulary.pattern("personal-information");
    /** The draft's defined terms for personal information (「甲データ」 …), or null. */
    private final Pattern piTerms;
    final Map<Integer, Article> mainArticles = new HashMap<>();
    final Set<Integer> piArticles = new LinkedHashSet<>();
    private final Map<Article, String> articleTexts = new HashMap<>();
    private final Map<Sentence, Clause> clauses = new HashMap<>();

    public RuleContext(ParsedDocument doc, Parties parties, List<Sentence> sentences) {
        this.doc = doc;
        this.parties = parties;
        this.sentences = sentences;
        for (Sentence s : sentences) {
            byUnit.computeIfAbsent(s.unit, k -> new ArrayList<>()).add(s);
        }
        // the vocabulary's pattern is compiled once; only the draft's own terms are compiled per draft
        StringBuilder words = new StringBuilder();
        for (String t : parties.personalInfoTerms()) {
            words.append(words.length() == 0 ? "" : "|").append(Pattern.quote(t));
        }
        this.piTerms = words.length() == 0 ? null
                : Pattern.compile(jp.itaku.contract.verification.clause.FirstChars.guard(words.toString()));
        Part main = doc.parts().get(0);
        for (Article a : main.articles) {
            if (a.number >= 0) {
                mainArticles.putIfAbsent(a.number, a);
                StringBuilder sb = new StringBuilder(a.heading == null ? "" : a.heading);
                for (Unit u : a.units) {
                    sb.append(doc.unitText(u));
                }
                if (PI_GROUND.matcher(sb).find()) {
                    piArticles.add(a.number);
                }
            }
        }
    }

    private Set<Sentence> outOfForce = Set.of();
    private Map<Integer, Integer> renumbered = Map.of();

    /** Current article number → original number after the amendments in the text renumbered articles. */
    public void renumbered(Map<Integer, Integer> currentToOriginal) {
        this.renumbered = currentToOriginal;
    }

    /** The article of that number (as numbered now, or as numbered originally) is about personal information. */
    boolean piArticle(int n) {
        return piArticles.contains(n) || piArticles.contains(renumbered.getOrDefault(n, n))
                || handlesPi(n) || handlesPi(renumbered.getOrDefault(n, n));
    }

    /** Articles of the main part that bind the handling of personal information (computed on first use). */
    private Set<Integer> piHandlingArticles;

    /**
     * An article without the words of {@code pi-ground.txt} (no caption 「（個人情報の保護）」, no 「個人情報」) that still
     * binds the handling of personal information: it names the information (a word of personal-information.txt or a
     * defined term such as 「帳票」「受診票等」) and an act on it (disclosing, using, copying, subcontracting, a leak,
     * returning, erasing: {@code pi-handling.txt}). Drafts whose articles have no headings refer to them by number only.
     */
    private boolean handlesPi(int n) {
        if (piHandlingArticles == null) {
            Set<Integer> found = new LinkedHashSet<>();
            for (Map.Entry<Integer, Article> e : mainArticles.entrySet()) {
                StringBuilder sb = new StringBuilder();
                for (Unit u : e.getValue().units) {
                    sb.append(doc.unitText(u));
                }
                if (hasPi(sb) && PI_HANDLING.matcher(sb).find()) {
                    found.add(e.getKey());
                }
            }
            piHandlingArticles = found;
        }
        return piHandlingArticles.contains(n);
    }

    static final Pattern PI_HANDLING = Vocabulary.pattern("pi-handling");

    /** The sentences an amendment or a precedence statement took out of force (they neither satisfy nor contradict). */
    public void outOfForce(Set<Sentence> sentences) {
        this.outOfForce = sentences;
    }

    /** Whether the sentence is still in force (not replaced by an amendment, not disapplied). */
    boolean inForce(Sentence s) {
        return !outOfForce.contains(s);
    }

    public ParsedDocument doc() {
        return doc;
    }

    public Parties parties() {
        return parties;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    List<Sentence> sentencesOf(Unit u) {
        return byUnit.getOrDefault(u, List.of());
    }

    /** The clause model of a sentence (scope operators, conditions), computed once. */
    Clause clause(Sentence s) {
        return clauses.computeIfAbsent(s, k -> Clause.of(k.text));
    }

    /**
     * The sentence an exception qualifies: for 「ただし、…」 the sentence before it in the paragraph; for 「前項の規定に
     * かかわらず」 / 「前号…」 the last sentence of the paragraph or item before; else null.
     */
    Sentence qualified(Sentence s) {
        List<Sentence> list = byUnit.get(s.unit);
        int i = list == null ? -1 : list.indexOf(s);
        if (i > 0 && (Clause.provisoWord(s.text) || s.text.startsWith("この場合"))) {
            return list.get(i - 1);
        }
        if (i == 0 && Clause.provisoWord(s.text)) {
            // a proviso on a line of its own (numbering lost, or 「もっとも、…」 set as a paragraph): the paragraph before
            List<Unit> us = s.unit.article.units;
            int k = us.indexOf(s.unit);
            for (int j = k - 1; j >= 0; j--) {
                List<Sentence> prev = byUnit.get(us.get(j));
                if (prev != null && !prev.isEmpty()) {
                    return prev.get(prev.size() - 1);
                }
            }
        }
        if (s.text.contains("前項") || s.text.contains("前号") || s.text.contains("前各項") || s.text.contains("前各号")
                || s.text.contains("同項") || s.text.contains("にかかわらず")) {
            List<Unit> us = s.unit.article.units;
            int k = us.indexOf(s.unit);
            for (int j = k - 1; j >= 0; j--) {
                List<Sentence> prev = byUnit.get(us.get(j));
                if (prev != null && !prev.isEmpty()) {
                    return prev.get(0);
                }
            }
            if (i > 0) {
                return list.get(i - 1);
            }
        }
        return null;
    }

    /** 「甲は、乙に…させることができる」: the client's right that binds the contractor, at the verb ending at {@code at}. */
    boolean clientRight(Sentence s, int at) {
        if (!clientSide(s.subject()) || !clause(s).causativeAt(at)) {
            return false;
        }
        jp.itaku.contract.verification.rules.Modality mod = jp.itaku.contract.verification.rules.Modality.after(s.text, at);
        return mod == jp.itaku.contract.verification.rules.Modality.PERMIT
                || mod == jp.itaku.contract.verification.rules.Modality.OBLIGE
                || mod == jp.itaku.contract.verification.rules.Modality.PLAIN;
    }

    private static final Pattern ARTICLE_REF = Pattern.compile("(次条|前条|第(\\d+)条)(?:第\\d+項)?(?:に(?:規定する|定める|掲げる)|の)");

    /** The sentence refers to another article of the body (次条, 前条, 第N条) that is about personal information. */
    boolean refersToPiArticle(Sentence s) {
        Matcher m = ARTICLE_REF.matcher(s.text);
        int here = s.unit.article.part.isMain() ? s.unit.article.number : -1;
        while (m.find()) {
            int n = m.group(2) != null ? Integer.parseInt(m.group(2)) : here < 0 ? -1 : m.group(1).equals("次条") ? here + 1 : here - 1;
            if (n >= 0 && piArticles.contains(n)) {
                return true;
            }
        }
        return false;
    }

    String client() {
        return parties.clientLabel();
    }

    String contractor() {
        return parties.contractorLabel();
    }

    /** First match of a noun keyword that is a word of its own (not the head of a compound such as 複製物・調査票). */
    static Matcher word(Pattern p, Sentence s) {
        Integer known = s.wordStart(p);
        if (known != null) {
            if (known < 0) {
                return null;
            }
            Matcher m = p.matcher(s.text);
            m.find(known); // the same match as found the first time: the first one starting at or after it
            return m;
        }
        Matcher m = p.matcher(s.text);
        while (m.find()) {
            int e = m.end();
            // only a kanji/katakana right after the keyword can make a compound; ask Kuromoji in that case only
            if (e >= s.text.length() || !isNounChar(s.text.charAt(e)) || !s.continuesAsCompound(e)) {
                s.wordStart(p, m.start());
                return m;
            }
        }
        s.wordStart(p, -1);
        return null;
    }

    private static boolean isNounChar(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.KATAKANA
                || c == '々' || c == '〇';
    }

    /** The 「ただし、…」 sentence that follows {@code s} in the same paragraph, if any. */
    Sentence proviso(Sentence s) {
        List<Sentence> list = byUnit.get(s.unit);
        if (list == null) {
            return null;
        }
        int i = list.indexOf(s);
        if (i >= 0 && i + 1 < list.size() && list.get(i + 1).text.startsWith("ただし")) {
            return list.get(i + 1);
        }
        return null;
    }

    /** Fast pre-filter: does the text contain any of the words (plain indexOf, cheaper than a regex alternation)? */
    static boolean any(String t, String... words) {
        for (String w : words) {
            if (t.indexOf(w) >= 0) {
                return true;
            }
        }
        return false;
    }

    private Pattern clientData;

    /**
     * The client's data or information (「甲のデータ」「甲から提供を受けた情報」) in an article or attachment about
     * personal information: it holds the personal information the work handles.
     */
    boolean clientData(Sentence s) {
        if (clientData == null) {
            clientData = Pattern.compile(Pattern.quote(client())
                    + "(?:の|から(?:提供|貸与|預託|引渡し|引き渡)[^。、]{0,6}?)(?:データ|情報|資料|記録)");
        }
        return clientData.matcher(s.text).find() && personalInfoContext(s);
    }

    private static final Pattern OWN_RULE = Pattern.compile("([^、。はがのを「」()]{1,10}?)(?:が|の)(?:別に|独自に|任意に)?定め(?:る|た)");

    /**
     * The contractor sets the rule itself (「乙が別に定める保存期間」「当社の定める頻度で」): the party named before
     * 〜が定める / 〜の定める is the contractor (by its label or an alias such as 当社).
     */
    boolean contractorSetsRule(String t) {
        if (t.indexOf("定め") < 0) { // implied by OWN_RULE: most sentences fail here, not after a scan
            return false;
        }
        Matcher m = OWN_RULE.matcher(t);
        while (m.find()) {
            if (roleNamed(m.group(1)) == Role.CONTRACTOR) {
                return true;
            }
        }
        return false;
    }

    /** The party a short name stands for: its label, an alias (当社, お客様) or the subject it would be as 「…は」. */
    private Role roleNamed(String who) {
        Role r = parties.roleOf(who);
        if (r == Role.UNKNOWN) {
            r = parties.subjectOf(who + "は");
        }
        if (r == Role.CONTRACTOR || who.equals(contractor())) {
            return Role.CONTRACTOR;
        }
        if (r == Role.CLIENT || who.equals(client())) {
            return Role.CLIENT;
        }
        return r;
    }

    private static final Pattern CHOICE = Pattern.compile("([^、。はがのを「」()]{1,10}?)(?:の|が)(?:"
            + Vocabulary.alternation("choice-word") + ")(?:により|によって|で|に従い|に基づき|する)");

    /**
     * Who chooses between the alternatives of the sentence (「乙の選択により、返却し、又は廃棄する」「お客様の選択により」):
     * the party named before の選択 / が選択する, or UNKNOWN when no choice is named.
     */
    Role chooser(String t) {
        if (!Vocabulary.mentions(t, "choice-word")) {
            return Role.UNKNOWN;
        }
        Matcher m = CHOICE.matcher(t);
        while (m.find()) {
            Role r = roleNamed(m.group(1));
            if (r == Role.CONTRACTOR || r == Role.CLIENT) {
                return r;
            }
        }
        return Role.UNKNOWN;
    }

    private Pattern clientDecides;

    /**
     * The client decides the condition (「甲が不要と認めた資料については」「甲の指定するものに限り」「甲が定める軽微な
     * 事項」): an exception or waiver on it stays under the client's control.
     */
    boolean clientDecides(String t) {
        if (clientDecides == null) {
            String client = client();
            clientDecides = client == null || client.isEmpty() ? Pattern.compile("(?!)")
                    : Pattern.compile(Pattern.quote(client) + "(?:が|の)[^。、]{0,12}?(?:認め|判断|指示|指定|定め)");
        }
        return clientDecides.matcher(t).find();
    }

    private final Map<String, String> definitions = new HashMap<>();

    /**
     * What the draft defines {@code term} as — 「「事故」とは、…をいう」, a definition list item 「(2) 事故　…をいう。」
     * (the term is the item's heading), or the words before 「（以下「事故」という。）」 — or "" when it does not define it.
     */
    String definitionOf(String term) {
        return definitions.computeIfAbsent(term, t -> {
            String q = Pattern.quote(t);
            Pattern[] shapes = {
                Pattern.compile("「" + q + "」とは、?([^。]{1,250}?)をい(?:う|います)"),
                Pattern.compile("([^。]{1,120})\\(以下「" + q + "」と(?:いう|いいます)")};
            for (Sentence s : sentences) {
                if (t.equals(s.unit.heading) && s.indexInUnit == 0 && (s.text.contains("をいう") || s.text.contains("をいいます"))) {
                    return s.text;
                }
                if (s.text.indexOf(t) < 0) {
                    continue;
                }
                for (Pattern p : shapes) {
                    Matcher m = p.matcher(s.text);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
            return "";
        });
    }

    /** The sentence's article (its heading or text) or its attachment's title names personal information. */
    boolean personalInfoArticle(Sentence s) {
        Part part = s.unit.article.part;
        return (!part.isMain() && part.title != null && part.title.contains("個人情報")) || hasPi(articleText(s));
    }

    static final Pattern PROVIDE_TO_OTHERS = Vocabulary.pattern("provide-to-others");
    /** Recipients that are the contractor's business partners, not just "a third party" (a plain statement binds for them). */
    private static final Pattern PARTNER = Pattern.compile("提携|グループ|関連会社|子会社|親会社|パートナー|広告主|他社");

    /**
     * The contractor may provide the personal information to others outside the contract (「当社は、…お客様データを提携先に
     * 対し提供することがあります」「乙は、個人情報を第三者に提供することができる」, or in its own voice for a partner
     * 「…グループ会社と共有します」): without the client's approval, its instruction or a legal ground. Returns the
     * position of the provision, or -1.
     */
    int providesToOthers(Sentence s) {
        if (!(s.subject() == Role.CONTRACTOR || s.subject() == Role.BOTH) || !hasPi(s.text)) {
            return -1;
        }
        Matcher m = PROVIDE_TO_OTHERS.matcher(s.text);
        while (m.find()) {
            jp.itaku.contract.verification.rules.Modality mod = jp.itaku.contract.verification.rules.Modality.after(s.text, m.end() - 2);
            boolean permitted = mod == jp.itaku.contract.verification.rules.Modality.PERMIT
                    || (PARTNER.matcher(m.group()).find() && (mod == jp.itaku.contract.verification.rules.Modality.PLAIN
                    || mod == jp.itaku.contract.verification.rules.Modality.OBLIGE));
            if (permitted && !approvalRequired(s.text) && !clientDecidesWhen(s.text) && !s.text.contains("法令")
                    && !s.text.contains("法律") && !s.text.contains("指示")) {
                return m.start();
            }
        }
        return -1;
    }

    private Pattern clientCondition;

    /**
     * The client's judgement is the condition (「甲が認める場合には」「甲が不要と認めるときは」「お客様の承諾があるときは」),
     * narrower than {@link #clientDecides}: a party the client designates (「甲が指定する者」) is no condition.
     */
    boolean clientDecidesWhen(String t) {
        if (clientCondition == null) {
            String client = client();
            clientCondition = client == null || client.isEmpty() ? Pattern.compile("(?!)")
                    : Pattern.compile(Pattern.quote(client) + "(?:が|の)[^。、]{0,12}?(?:認め|判断|指示|承認|承諾|同意)[^。、]{0,6}?(?:とき|場合)");
        }
        return clientCondition.matcher(t).find();
    }

    /** Personal information, by the vocabulary's words or the draft's own terms for it. */
    boolean hasPi(CharSequence t) {
        return PI.matcher(t).find() || (piTerms != null && piTerms.matcher(t).find());
    }

    private Boolean documentHasPi;

    /** Personal information (or one of the draft's defined terms for it) is named somewhere in the draft. */
    boolean documentHasPi() {
        if (documentHasPi == null) {
            documentHasPi = hasPi(doc.text());
        }
        return documentHasPi;
    }

    /** The text of the article before the sentence's own in the same part (empty for the first). */
    String previousArticleText(Sentence s) {
        List<Article> as = s.unit.article.part.articles;
        int i = as.indexOf(s.unit.article);
        if (i <= 0) {
            return "";
        }
        return articleText(as.get(i - 1));
    }

    static boolean contractorSide(Role r) {
        return r == Role.CONTRACTOR || r == Role.WORKER || r == Role.UNKNOWN || r == Role.BOTH;
    }

    static boolean clientSide(Role r) {
        return r == Role.CLIENT || r == Role.BOTH;
    }

    /** The client's approval is required (not waived); a data subject's consent (本人の同意) is not the client's. */
    static boolean approvalRequired(String t) {
        Object[] memo = APPROVAL_MEMO.get();
        int i = (System.identityHashCode(t) & (MEMO_SLOTS - 1)) * 2;
        if (memo[i] == t) {
            return (Boolean) memo[i + 1];
        }
        boolean r = approvalRequiredUncached(t);
        memo[i] = t;
        memo[i + 1] = r;
        return r;
    }

    /**
     * This thread's last answers of {@link #approvalRequired} by the identity of the text (a string's answer never
     * changes): rules ask it of every sentence of the draft inside loops over sentences. Direct-mapped, so it holds at
     * most {@code MEMO_SLOTS} texts per thread.
     */
    private static final int MEMO_SLOTS = 256;
    private static final ThreadLocal<Object[]> APPROVAL_MEMO = ThreadLocal.withInitial(() -> new Object[MEMO_SLOTS * 2]);

    private static boolean approvalRequiredUncached(String t) {
        String u = t.indexOf("同意") >= 0 || t.indexOf("承諾") >= 0 ? SUBJECT_CONSENT.matcher(t).replaceAll("") : t;
        return APPROVAL.matcher(u).find() && !NEG_APPROVAL.matcher(u).find();
    }

    String wrongParty(Sentence s, String what) {
        return s.unit.displayLabel() + "に" + what + "の定めがありますが、義務を負うのは" + parties.clientLabel()
                + "（委託者側）であり、" + parties.contractorLabel() + "の義務になっていません。";
    }

    /** The sentence sits in an article or attachment about personal information (e.g. 個人情報取扱特記事項). */
    boolean personalInfoContext(Sentence s) {
        Part part = s.unit.article.part;
        if (!part.isMain() && part.title != null && (part.title.contains("個人情報") || part.title.contains("特記事項"))) {
            return true;
        }
        Article a = s.unit.article;
        if (doc.title() != null && (doc.title().contains("個人情報") || doc.title().contains("個人データ"))) {
            return true; // 「個人データ処理委託契約書」: the whole agreement is about personal information
        }
        return (a.heading != null && a.heading.contains("個人情報")) || articleText(s).contains("個人情報");
    }

    /** The article's text, plus the paragraph before when the sentence refers back to it (「前項の場合において」). */
    String contextText(Sentence s) {
        String a = articleText(s);
        if ((s.text.contains("前項") || s.text.contains("前条")) && s.unit.index > 0) {
            return a + doc.unitText(doc.units().get(s.unit.index - 1));
        }
        return a;
    }

    String articleText(Sentence s) {
        return articleText(s.unit.article);
    }

    String articleText(Article article) {
        return articleTexts.computeIfAbsent(article, a -> {
            StringBuilder sb = new StringBuilder();
            if (a.heading != null) {
                sb.append(a.heading);
            }
            for (Unit u : a.units) {
                sb.append(doc.unitText(u)).append('\n');
            }
            return sb.toString();
        });
    }
}
