package jp.itaku.contract.verification.clause;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.Element;
import jp.itaku.contract.verification.rules.Sentence;
import jp.itaku.contract.verification.structure.Article;
import jp.itaku.contract.verification.structure.Part;
import jp.itaku.contract.verification.structure.Unit;

/**
 * Document-level precedence between the agency's terms (契約書, 特記事項, 追加合意書) and a vendor's paper attached to
 * them (利用規約, 約款, DPA …, written with 当社/お客様): a stated order (「特記事項、この契約書、利用規約の順に優先して
 * 適用する」「この追加合意書及び特記事項の定めが優先して適用される」) and vendor clauses disapplied by number
 * (「次に掲げるDPAの規定は、適用しない。一 第3条…」「利用規約第1条第2項の規定は、本契約には適用しない」). A disapplied
 * clause neither satisfies nor contradicts; when the agency's terms prevail, a vendor clause cannot contradict an
 * element that the agency's terms satisfy. Without a precedence statement nothing changes (a permission of the
 * opposite contradicts, SPEC Conventions).
 */
public final class Precedence {

    private static final Pattern AGENCY = Pattern.compile(FirstChars.guard("特記事項|追加合意書|個別契約|この契約|本契約|契約書|変更契約"));
    private static final Pattern VENDOR = Pattern.compile(FirstChars.guard("利用規約|規約|約款|DPA|覚書|利用条件|サービス仕様"));
    private static final Pattern DISAPPLY = Pattern.compile(FirstChars.guard("適用しない|適用されない|適用を除外|効力を有しない"));
    private static final Pattern REF = Pattern.compile("第(\\d+)条(?:第(\\d+)項)?(?:前段|後段|本文)?(?:及び第(\\d+)項)?");
    private static final Pattern REF_LINE = Pattern.compile("(?:[一二三四五六七八九十]+|\\(?\\d+\\)?|\\d+\\.)?\\s*(?:利用規約|規約|約款)?第\\d+条");
    private static final Pattern RANGE = Pattern.compile("第(\\d+)条から第(\\d+)条まで");
    /** The vendor's voice: plain words, tested with indexOf (a sentence is asked this by several rules). */
    private static final String[] VENDOR_VOICE = {"当社", "お客様", "弊社"};
    private static final Pattern SUBCLAUSE = Pattern.compile("^(\\d+)\\.(\\d+)\\s");

    /** A name of the agency's or the vendor's document, optionally with an article (「利用規約第8条」「特記事項第3」). */
    private static final Pattern DOC = Pattern.compile("(特記事項|追加合意書|個別契約|この契約書|この契約|本契約書|本契約|契約書|変更契約|利用規約|規約|約款|DPA|覚書|利用条件|サービス仕様)"
            + "」?(?:第\\d+条?(?:第\\d+項)?)?(?:の(?:規定|定め|条項)(?:等)?)?");
    private static final Pattern WINNER_MARK = Pattern.compile("^(?:が|は|を)");
    private static final Pattern LOSER_MARK = Pattern.compile("^(?:に|より|よりも)");
    /** 「Aの規定にかかわらず、Bの定めるところによる」: B prevails over A. */
    private static final Pattern NOTWITHSTANDING_DOC = Pattern.compile(
            "([^、。]{0,20}?)(?:の規定|の定め|の条項)?に(?:かかわらず|関わらず|拘らず)、([^、。]{1,20}?)(?:の定めるところ|の定め|の規定)?に(?:よる|よるものとする|従う)");
    private static final Pattern AGENCY_OR_VENDOR = Pattern.compile("特記事項|追加合意書|個別契約|この契約|本契約|契約書|変更契約|利用規約|規約|約款|DPA|覚書|利用条件|サービス仕様");
    /** A document's name, removed before reading a statement's topic words (「個人情報取扱特記事項」 names no topic). */
    private static final Pattern DOC_NAME = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー・A-Za-z0-9]{0,16}?(?:特記事項|利用規約|規約|約款)");
    /** Articles a statement names: 「第2条から第5条まで」「第3条」. */
    private static final Pattern MAIN_CLAUSE = Pattern.compile("(?:とき|場合)(?:に)?は、|(?:ついて|関して)は、");
    private static final Pattern REST = Pattern.compile("その他|それ以外|上記以外|前記以外|これ以外");
    private static final java.util.Map<Element, Pattern> TOPICS = topics();

    /** Which side of the draft a clause or a named article belongs to. */
    enum Side { MAIN, ATTACHMENT, VENDOR }

    /** An article a statement names, on the side its document name gives (null: named without a document). */
    record Ref(Side side, int number) {
    }

    /** One precedence statement: which side prevails, for which elements (no topic, no article: every element). */
    record Rule(boolean agencyPrevails, Set<Element> topics, List<Ref> refs, boolean rest) {
        boolean scoped() {
            return !topics.isEmpty() || !refs.isEmpty();
        }
    }

    /** An article reference in a statement's scope: 「第5条」「第2条から第5条まで」「第11」. */
    private static final Pattern SCOPE_REF = Pattern.compile("第(\\d+)(?![\\d項号])(?:条)?(?:第\\d+項)?(?:から第(\\d+)(?:条)?まで)?");
    /** What may stand between two references of one list (「第5条（再委託）及び第7条」) or a document and its article. */
    private static final Pattern REF_GAP = Pattern.compile("^(?:\\s|及び|並びに|又は|若しくは|、|・|,|と|\\([^()]{0,30}\\)|の規定|の定め)*$");
    /** A reference that is the document's own clause being overridden (「DPA第12条の規定にかかわらず」), not the scope. */
    private static final Pattern NOTWITHSTANDING_AFTER = Pattern.compile("^(?:\\([^()]{0,30}\\))?(?:の規定|の定め|の条項)?に(?:かかわらず|関わらず|拘らず)");

    /**
     * The rule of one statement: the topics its words name and the articles it names, each with the document it is
     * named with (「利用規約第5条及び第7条」 are the vendor's, 「特記事項第2条から第5条まで」 the special terms'; a bare
     * 「第5条」 is resolved later against the draft's articles).
     */
    private static Rule rule(boolean agencyWins, String scope) {
        Set<Element> topics = java.util.EnumSet.noneOf(Element.class);
        String words = DOC_NAME.matcher(scope).replaceAll("");
        for (java.util.Map.Entry<Element, Pattern> t : TOPICS.entrySet()) {
            if (t.getValue().matcher(words).find()) {
                topics.add(t.getKey());
            }
        }
        List<Ref> refs = new ArrayList<>();
        Matcher range = SCOPE_REF.matcher(scope);
        int prevEnd = 0;
        Side prevSide = null;
        boolean first = true;
        while (range.find()) {
            String gap = scope.substring(prevEnd, range.start());
            Side side;
            Matcher d = DOC_AT_END.matcher(gap);
            if (d.find()) {
                side = sideOfName(d.group(1));
            } else if (!first && REF_GAP.matcher(gap).matches()) {
                side = prevSide; // 「…第5条及び第7条」: the document carries on through the list
            } else {
                side = null;
            }
            prevEnd = range.end();
            prevSide = side;
            first = false;
            if (NOTWITHSTANDING_AFTER.matcher(scope.substring(range.end())).lookingAt()) {
                continue;
            }
            int a = Integer.parseInt(range.group(1));
            int b = range.group(2) == null ? a : Integer.parseInt(range.group(2));
            for (int i = a; i <= b && i - a < 100; i++) {
                refs.add(new Ref(side, i));
            }
        }
        boolean rest = topics.isEmpty() && refs.isEmpty() && REST.matcher(words).find();
        return new Rule(agencyWins, topics, refs, rest);
    }

    /** A document name right before an article reference (「利用規約第5条」「別記「特記事項」第2」). */
    private static final Pattern DOC_AT_END = Pattern.compile(
            "(特記事項|追加合意書|個別契約|この契約書|この契約|本契約書|本契約|契約書|変更契約|利用規約|規約|約款|DPA|覚書|利用条件|サービス仕様|仕様書)」?(?:の)?\\s*$");

    private static Side sideOfName(String name) {
        if (VENDOR.matcher(name).lookingAt()) {
            return Side.VENDOR;
        }
        return name.equals("特記事項") || name.equals("仕様書") ? Side.ATTACHMENT : Side.MAIN;
    }

    /** The side a sentence belongs to: the vendor's paper, the body, or one of the agency's attachments. */
    static Side sideOf(Sentence s) {
        if (vendorClause(s)) {
            return Side.VENDOR;
        }
        return s.unit.article.part.isMain() ? Side.MAIN : Side.ATTACHMENT;
    }

    private final List<Rule> rules = new ArrayList<>();
    /** The special terms prevail over the body (true), the body over them (false), or nothing said (null). */
    private Boolean tokkiPrevails;
    private final boolean agencyPrevails;
    private final Set<Sentence> disapplied = new HashSet<>();

    private Precedence(List<Sentence> sentences, jp.itaku.contract.verification.structure.ParsedDocument doc) {
        boolean agency = false;
        java.util.Map<Side, Set<Integer>> numbers = new java.util.EnumMap<>(Side.class);
        for (Sentence s : sentences) {
            numbers.computeIfAbsent(sideOf(s), k -> new HashSet<>()).add(s.unit.article.number);
        }
        for (Sentence s : sentences) {
            if (!vendorClause(s)) {
                agency |= statement(s, numbers);
            }
        }
        if (rules.isEmpty() && tokkiPrevails == null) {
            // the agency's text says nothing on precedence: a vendor's own statement (「本規約が優先します」) decides
            for (Sentence s : sentences) {
                if (vendorClause(s)) {
                    statement(s, numbers);
                }
            }
        }
        this.agencyPrevails = agency;
        for (Sentence s : sentences) {
            if (!DISAPPLY.matcher(s.text).find() || !VENDOR.matcher(s.text).find() || !s.unit.article.part.isMain()) {
                continue;
            }
            List<String> refs = new ArrayList<>();
            refs.add(s.text);
            if (s.text.contains("次に掲げる") || s.text.contains("次の各号")) {
                boolean items = false;
                for (Unit u : s.unit.article.units) {
                    if (u.lead == s.unit) {
                        for (Sentence o : sentences) {
                            if (o.unit == u) {
                                refs.add(o.text);
                                items = true;
                            }
                        }
                    }
                }
                if (!items && doc != null) {
                    // 「一　第4条」 lines that the parser took for article labels: the short reference lines right after the
                    // lead, read from the original text (the normalised text keeps no labels)
                    String orig = doc.original();
                    int nl = orig.indexOf('\n', doc.origEnd(s.nEnd - 1));
                    while (nl >= 0 && nl + 1 < orig.length()) {
                        int next = orig.indexOf('\n', nl + 1);
                        String line = java.text.Normalizer.normalize(orig.substring(nl + 1, next < 0 ? orig.length() : next),
                                java.text.Normalizer.Form.NFKC).strip();
                        if (line.isEmpty() || line.length() > 40 || !REF_LINE.matcher(line).lookingAt()) {
                            break;
                        }
                        refs.add(line);
                        nl = next;
                    }
                }
            }
            for (String r : refs) {
                Matcher range = RANGE.matcher(r);
                while (range.find()) {
                    // 「第4条から第8条まで」: every article between
                    for (int a = Integer.parseInt(range.group(1)) + 1; a < Integer.parseInt(range.group(2)) && a < 500; a++) {
                        disapply(sentences, a, Set.of());
                    }
                }
                Matcher m = REF.matcher(r);
                while (m.find()) {
                    int art = Integer.parseInt(m.group(1));
                    Set<Integer> paras = new HashSet<>();
                    if (m.group(2) != null) {
                        paras.add(Integer.parseInt(m.group(2)));
                    }
                    if (m.group(3) != null) {
                        paras.add(Integer.parseInt(m.group(3)));
                    }
                    disapply(sentences, art, paras);
                }
            }
        }
    }

    /**
     * Reads one statement of precedence into {@link #rules} (and {@link #tokkiPrevails}); true when it makes the
     * agency's terms prevail generally from the body.
     */
    private boolean statement(Sentence s, java.util.Map<Side, Set<Integer>> numbers) {
        boolean agency = false;
        boolean notwithstanding = s.text.contains("かかわらず") || s.text.contains("関わらず") || s.text.contains("拘らず");
        Boolean ordered = s.text.indexOf('順') >= 0 ? orderedWinner(s.text) : null;
        if (ordered != null) {
            // 「…の順とする」「優先順位は、①特記事項②この契約書③利用規約とする」: the document ranked first prevails
            rules.add(new Rule(ordered, java.util.EnumSet.noneOf(Element.class), List.of(), false));
            return ordered && s.unit.article.part.isMain();
        }
        if (!notwithstanding && !s.text.contains("優先")) {
            Boolean w = subordinateWinner(s.text);
            if (w != null) {
                // 「利用規約は、この特記事項と異なる定めがある部分を除き、適用する」: the document the other gives way to
                rules.add(new Rule(w, java.util.EnumSet.noneOf(Element.class), List.of(), false));
                return w && s.unit.article.part.isMain();
            }
            return false;
        }
        Matcher nw = NOTWITHSTANDING_DOC.matcher(s.text);
        if (notwithstanding && nw.find() && AGENCY_OR_VENDOR.matcher(nw.group(1)).find()) {
            // 「特記事項第2条から第5条までに定める事項については、利用規約の規定にかかわらず、特記事項の定めるところによる」
            String scope = s.text.substring(0, nw.start());
            boolean agencyWins = AGENCY.matcher(nw.group(2)).lookingAt() && !VENDOR.matcher(nw.group(2)).lookingAt();
            boolean loserAgency = AGENCY.matcher(nw.group(1)).lookingAt() && !VENDOR.matcher(nw.group(1)).lookingAt();
            if (agencyWins != loserAgency) {
                rules.add(resolve(rule(agencyWins, scope), s, numbers));
                if (agencyWins && !rules.get(rules.size() - 1).scoped() && s.unit.article.part.isMain()) {
                    agency = true;
                }
            }
            return agency;
        }
        if (!s.text.contains("優先")) {
            return false;
        }
        // one rule per 「…が…に優先し、その他の事項については…が優先する」 clause
        int from = 0;
        int p;
        while ((p = s.text.indexOf("優先", from)) >= 0) {
            String segment = s.text.substring(from, p);
            Boolean internal = tokkiOverBody(segment);
            if (internal != null) {
                tokkiPrevails = internal;
                from = p + 2;
                continue;
            }
            Boolean agencyWins = winner(segment);
            if (agencyWins != null) {
                Rule r = resolve(rule(agencyWins, segment), s, numbers);
                rules.add(r);
                if (agencyWins && !r.scoped() && s.unit.article.part.isMain()) {
                    agency = true;
                }
            }
            from = p + 2;
        }
        return agency;
    }

    /** The head of an ordered list of documents: 「優先順位は、」「適用の順序は、」 (precedence-order.txt). */
    private static final Pattern ORDER_HEAD = Vocabulary.pattern("precedence-order");
    private static final Pattern CONFLICT = Pattern.compile("矛盾|抵触|異な|相違|優先|順位|順序|効力");
    private static final Pattern ORDER_END = Pattern.compile("の順(?:に|で|と|による|とする|番)");

    /**
     * A ranking of the documents without 「AがBに優先する」: 「優先順位は、①特記事項②この契約書③利用規約とする」, 「…の間に
     * 抵触がある場合の適用の順序は、特記事項、この契約書、利用規約の順とする」. Whether the first document of the ranking is the
     * agency's (true) or the vendor's (false); null when the sentence ranks nothing, ranks only one side, or is a plain
     * 「…優先する」 statement that {@link #winner} reads.
     */
    static Boolean orderedWinner(String text) {
        if (!CONFLICT.matcher(text).find()) {
            return null; // 「…の順に手続を進める」 orders steps, not documents in a conflict
        }
        Matcher h = ORDER_HEAD.matcher(text);
        int from = -1;
        while (h.find()) {
            from = h.end();
        }
        Matcher e = ORDER_END.matcher(text);
        int to = text.length();
        if (e.find(Math.max(from, 0))) {
            to = e.start();
        } else if (from < 0) {
            return null;
        }
        if (from < 0) {
            if (text.indexOf("優先") >= 0) {
                return null; // 「A、B、Cの順に優先する」: winner() reads it
            }
            Matcher c = MAIN_CLAUSE.matcher(text);
            from = 0;
            while (c.find() && c.end() <= to) {
                from = c.end();
            }
        }
        if (from >= to) {
            return null;
        }
        Matcher d = DOC.matcher(text.substring(from, to));
        Boolean first = null;
        boolean agency = false;
        boolean vendor = false;
        while (d.find()) {
            boolean a = AGENCY.matcher(d.group(1)).lookingAt() && !VENDOR.matcher(d.group(1)).lookingAt();
            if (first == null) {
                first = a;
            }
            agency |= a;
            vendor |= !a;
        }
        return agency && vendor ? first : null;
    }

    /** 「…と異なる定めがある部分を除き」「…に定めのない事項について」: the document right before it prevails. */
    private static final Pattern SUBORDINATE = Vocabulary.pattern("precedence-subordinate");

    /**
     * A statement that one document applies only where the other says nothing or says the same (「利用規約は、この特記
     * 事項と異なる定めがある部分を除き、本業務に適用する」「本規約に定めのない事項は、個別契約の定めによる」): the document
     * named right before the phrase prevails; whether it is the agency's (true) or the vendor's (false), or null when
     * the sentence does not name a document of each side.
     */
    static Boolean subordinateWinner(String text) {
        if (!text.contains("定め") && !text.contains("規定") && !text.contains("反し") && !text.contains("抵触")
                && !text.contains("異な") && !text.contains("相違")) {
            return null;
        }
        Matcher d = DOC.matcher(text);
        Boolean winner = null;
        boolean agencyNamed = false;
        boolean vendorNamed = false;
        while (d.find()) {
            boolean agencyDoc = AGENCY.matcher(d.group(1)).lookingAt() && !VENDOR.matcher(d.group(1)).lookingAt();
            agencyNamed |= agencyDoc;
            vendorNamed |= !agencyDoc;
            if (winner == null && SUBORDINATE.matcher(text).region(d.end(), text.length()).lookingAt()) {
                winner = agencyDoc;
            }
        }
        return agencyNamed && vendorNamed ? winner : null;
    }

    /**
     * Which side a 「…優先」 clause makes prevail: the document marked as the one that prevails (「特記事項が」「利用規約
     * 第8条の定めは」), else the other one of a document marked as the one it prevails over (「利用規約に」), else the first
     * document named (「特記事項、この契約書、利用規約の順に」); null when no document is named.
     */
    /**
     * Between the agency's own documents (「この契約書の規定と特記事項の規定とが抵触するときは、特記事項の規定が優先する」):
     * true when the special terms prevail over the body, false when the body prevails over them, null when the
     * statement is not about the two of them (a vendor's paper named, or only one of them).
     */
    static Boolean tokkiOverBody(String segment) {
        Matcher d = DOC.matcher(segment);
        boolean tokki = false;
        boolean body = false;
        while (d.find()) {
            String name = d.group(1);
            if (VENDOR.matcher(name).lookingAt()) {
                return null;
            }
            if (name.equals("特記事項")) {
                tokki = true;
            } else if (!name.equals("追加合意書") && !name.equals("変更契約")) {
                body = true;
            }
        }
        if (!tokki || !body) {
            return null;
        }
        String w = winnerName(segment);
        return w == null ? null : w.equals("特記事項");
    }

    private static String winnerName(String segment) {
        int main = -1;
        Matcher c = MAIN_CLAUSE.matcher(segment);
        while (c.find()) {
            main = c.end();
        }
        if (main < 0 && !segment.contains("順")) {
            main = segment.lastIndexOf('、') + 1;
        }
        if (main > 0 && DOC.matcher(segment.substring(main)).find()) {
            segment = segment.substring(main);
        }
        Matcher d = DOC.matcher(segment);
        String first = null;
        while (d.find()) {
            if (first == null) {
                first = d.group(1);
            }
            String after = segment.substring(d.end());
            if (WINNER_MARK.matcher(after).find() && !after.startsWith("は、") || after.startsWith("が")) {
                return d.group(1);
            }
        }
        return first;
    }

    /** 「…の定めに」「…より」 right before 優先: the document (with its articles) that gives way. */
    private static final Pattern LOSER_END = Pattern.compile("(?:の(?:規定|定め|条項)(?:等)?)?(?:に|より|よりも)$");
    private static final Pattern TAIL_REFS = Pattern.compile("^(?:第\\d+(?:条)?(?:第\\d+項)?|から|まで|及び|並びに|又は|、|・|\\([^()]{0,30}\\)|の規定|の定め|\\s)*$");

    /**
     * The side that prevails when the statement ends naming the one that gives way (「特記事項の定めは、保守約款第6条
     * （再委託）及び第9条の定めに優先する」): the other side; null when the segment does not end so.
     */
    static Boolean loserAtEnd(String segment) {
        Matcher le = LOSER_END.matcher(segment);
        if (!le.find()) {
            return null;
        }
        String head = segment.substring(0, le.start());
        Matcher d = DOC.matcher(head);
        String last = null;
        int lastEnd = -1;
        while (d.find()) {
            last = d.group(1);
            lastEnd = d.end();
        }
        if (last == null || !TAIL_REFS.matcher(head.substring(lastEnd)).matches()) {
            return null;
        }
        boolean loserAgency = AGENCY.matcher(last).lookingAt() && !VENDOR.matcher(last).lookingAt();
        return !loserAgency;
    }

    static Boolean winner(String segment) {
        Boolean byLoser = loserAtEnd(segment);
        if (byLoser != null) {
            return byLoser;
        }
        // the main clause decides, not a condition 「特記事項と利用規約の定めが異なるときは、」 before it
        int main = -1;
        Matcher c = MAIN_CLAUSE.matcher(segment);
        while (c.find()) {
            main = c.end();
        }
        if (main < 0 && !segment.contains("順")) {
            main = segment.lastIndexOf('、') + 1;
        }
        if (main > 0 && DOC.matcher(segment.substring(main)).find()) {
            segment = segment.substring(main);
        }
        Matcher d = DOC.matcher(segment);
        Boolean first = null;
        Boolean loserAgency = null;
        while (d.find()) {
            boolean agency = AGENCY.matcher(d.group(1)).lookingAt() && !VENDOR.matcher(d.group(1)).lookingAt();
            if (first == null) {
                first = agency;
            }
            String after = segment.substring(d.end());
            if (WINNER_MARK.matcher(after).find() && !after.startsWith("は、") || after.startsWith("が")) {
                return agency;
            }
            if (LOSER_MARK.matcher(after).find()) {
                loserAgency = agency;
            }
        }
        if (loserAgency != null) {
            return !loserAgency;
        }
        return first;
    }

    private static java.util.Map<Element, Pattern> topics() {
        java.util.Map<Element, Pattern> out = new java.util.EnumMap<>(Element.class);
        for (String line : Vocabulary.entries("precedence-topics")) {
            int sp = line.indexOf(' ');
            out.put(Element.byId(line.substring(0, sp)), Pattern.compile(line.substring(sp + 1).strip()));
        }
        return out;
    }

    /**
     * An article named without its document (「第5条及び第7条については、特記事項が優先する」) is the yielding side's article
     * of that number when that side has one (a precedence statement names the clauses that give way), else the
     * statement's own document's, else any article of that number.
     */
    private static Rule resolve(Rule r, Sentence statement, java.util.Map<Side, Set<Integer>> numbers) {
        if (r.refs().stream().allMatch(f -> f.side() != null)) {
            return r;
        }
        List<Ref> out = new ArrayList<>();
        for (Ref f : r.refs()) {
            if (f.side() != null) {
                out.add(f);
                continue;
            }
            List<Side> order = r.agencyPrevails() ? List.of(Side.VENDOR, sideOf(statement)) : List.of(Side.MAIN, Side.ATTACHMENT, sideOf(statement));
            Side found = null;
            for (Side side : order) {
                if (numbers.getOrDefault(side, Set.of()).contains(f.number())) {
                    found = side;
                    break;
                }
            }
            if (found != null) {
                out.add(new Ref(found, f.number()));
            } else {
                for (Side side : Side.values()) {
                    out.add(new Ref(side, f.number()));
                }
            }
        }
        return new Rule(r.agencyPrevails(), r.topics(), out, r.rest());
    }

    /**
     * Whether the agency's terms prevail for this element (true), the vendor's (false), or nothing is said (null): a
     * statement whose scope covers the element decides first, then one for 「その他の事項」, then one naming no scope.
     */
    public Boolean agencyPrevailsFor(Element e) {
        return agencyPrevailsFor(e, List.of());
    }

    /**
     * As above, with the element's findings: a statement covers the element when it names the element's topic or an
     * article (of the document it names) in which a clause on the element sits, on either side.
     */
    public Boolean agencyPrevailsFor(Element e, List<jp.itaku.contract.verification.rules.Finding> findings) {
        Boolean rest = null;
        Boolean general = null;
        boolean named = false;
        for (Rule r : rules) {
            if (r.topics().contains(e) || covers(r, findings)) {
                return r.agencyPrevails();
            }
            named |= r.scoped();
            if (r.rest() && rest == null) {
                rest = r.agencyPrevails();
            } else if (!r.rest() && !r.scoped() && general == null) {
                general = r.agencyPrevails();
            }
        }
        return rest != null && named ? rest : general != null ? general : rest;
    }

    private static boolean covers(Rule r, List<jp.itaku.contract.verification.rules.Finding> findings) {
        for (jp.itaku.contract.verification.rules.Finding f : findings) {
            if (f.kind() == jp.itaku.contract.verification.rules.Finding.Kind.NOTE) {
                continue;
            }
            Sentence s = f.sentences().get(0);
            Side side = sideOf(s);
            int n = s.unit.article.number;
            for (Ref ref : r.refs()) {
                if (ref.side() == side && ref.number() == n) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Between the body and the agency's own attachments (特記事項): which prevails, or null when nothing is said. */
    public Boolean tokkiPrevails() {
        return tokkiPrevails;
    }

    /** A statement names this element's topic (「監査については利用規約第8条が優先する」). */
    public boolean topicNamed(Element e) {
        return rules.stream().anyMatch(r -> r.topics().contains(e));
    }

    public static Precedence of(List<Sentence> sentences) {
        return new Precedence(sentences, null);
    }

    /** With the parsed draft, so that reference lines the parser did not make sentences are read too. */
    public static Precedence of(List<Sentence> sentences, jp.itaku.contract.verification.structure.ParsedDocument doc) {
        return new Precedence(sentences, doc);
    }

    private void disapply(List<Sentence> sentences, int art, Set<Integer> paras) {
        Article current = null;
        int sub = -1;
        for (Sentence o : sentences) {
            Article a = o.unit.article;
            if (a != current) {
                current = a;
                sub = -1;
            }
            if (a.part.isMain() || !a.label.equals("第" + art + "条")) {
                continue;
            }
            Matcher sc = SUBCLAUSE.matcher(o.text);
            if (sc.find() && Integer.parseInt(sc.group(1)) == art) {
                sub = Integer.parseInt(sc.group(2));
            }
            int para = sub;
            if (para < 0 && o.unit.label != null && o.unit.label.matches("\\d+")) {
                para = Integer.parseInt(o.unit.label);
            } else if (para < 0) {
                para = 1;
            }
            if (paras.isEmpty() || paras.contains(para)) {
                disapplied.add(o);
            }
        }
    }

    /** A vendor clause: in an attachment that is the vendor's paper, or written in the vendor's voice (当社/お客様). */
    public static boolean vendorClause(Sentence s) {
        Part p = s.unit.article.part;
        if (p.isMain()) {
            return false;
        }
        if (p.titleFinds(VENDOR)) {
            return true;
        }
        for (String w : VENDOR_VOICE) {
            if (s.text.indexOf(w) >= 0) {
                return true;
            }
        }
        return false;
    }

    public boolean agencyPrevails() {
        return agencyPrevails;
    }

    public Set<Sentence> disapplied() {
        return disapplied;
    }
}
