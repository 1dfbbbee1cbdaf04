package jp.itaku.contract.verification.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parties as the draft defines them (甲/乙, 委託者/受託者, 発注者/受注者, 機構, 市, 〇〇省, 派遣元 …) and defined
 * terms that stand for personal information (「本件個人情報」「甲データ」 …). Decides who is the subject of a sentence,
 * so that an obligation placed on the wrong party does not count.
 */
public final class Parties {

    /** OTHER: a party of the draft that is neither side of this agreement (the original client in a subcontract agreement). */
    public enum Role { CLIENT, CONTRACTOR, WORKER, BOTH, OTHER, UNKNOWN }

    /**
     * 「（以下「乙」という。）」, and in older drafts without the quotes 「（以下乙ト稱ス）」「（以下帳票と称す）」 (group 2: a
     * short term right after 以下, then a word of naming).
     */
    private static final Pattern DEFINITION = Pattern.compile("\\(以下(?:[^「」()]{0,4}「([^」]{1,15})」|([^「」()、。\\s]{1,8}?))(?:という|といいます|と称する|と略す|とする|と云[うふ]|と言[うふ]|といふ|と称す|と略称す)[^)]{0,4}\\)");
    /**
     * A definition that closes a bracket explaining the term (「…（…をいう。以下「X」という。）」, 「…（以下、併せて「X」
     * といいます。）」): the 以下「X」という part, wherever in the bracket it stands.
     */
    private static final Pattern INNER_DEFINITION = Pattern.compile("以下[^「」()]{0,4}「([^」]{1,15})」(?:という|といいます)");
    /** A definition list item: a short term at the start of a line, a space, then its meaning ending in 「…をいう」. */
    private static final Pattern LIST_DEFINITION = Pattern.compile("(?m)^([^\\s、。「」()]{2,12}) (.{1,300}?)をいう");
    private static final Pattern DOTTED_DEFINITION = Pattern.compile("(?m)^[・･]?\\s*([^\\s、。「」()・.…‥:：]{2,12})\\s*[…‥:：.]{2,}\\s*(.{1,300})$");
    private static final Pattern INFO_LABEL = Pattern.compile(".*(情報|データ|記録|名簿|台帳|ファイル|一覧|リスト|資料|書類|原票|明細).*|.*[表票]");
    /** The agreement subcontracts work received from the original client (再委託契約書, 下請負契約書). */
    private static final Pattern SUBCONTRACT_TITLE = Pattern.compile(jp.itaku.contract.verification.clause.FirstChars.guard("再委託|再々委託|再受託|下請"));
    private static final Pattern TERM_DEFINITION = Pattern.compile("「([^」]{1,15})」とは、?(.{1,250}?)をい(?:う|います)");
    private static final Pattern COMPANY = Pattern.compile(jp.itaku.contract.verification.clause.FirstChars.guard(
            "株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|協同組合|共同事業体|共同企業体|\\(株\\)|\\(有\\)|Inc\\.|Ltd|LLC|事業者|事業主"));
    private static final Pattern PUBLIC_BODY = Pattern.compile(jp.itaku.contract.verification.clause.FirstChars.guard(
            "(市|町|村|県|都|道|府|区|省|庁|機構|広域連合|委員会|大学|管理者|長|国|独立行政法人|組合|センター|協議会|事務局)(長)?$|担当官|地方公共団体|独立行政法人|公立大学法人|市長|町長|村長|知事|大臣"));

    /** Words that make a defined term personal information: identifiers, and records or forms that are about persons. */
    private static final Pattern PI_DEFINITION = Pattern.compile(jp.itaku.contract.verification.clause.FirstChars.guard("個人情報|個人データ|氏名|住所|生年月日|個人番号|マイナンバー|健康状態|病歴"
            + "|申告書|申請書|調査票|受診票|レセプト|診療録|健診結果|患者|被保険者|納税義務者|傷病者|戸籍|住民票|身上"));

    /** Short words that end the name of an issuing public body (研究機構, 〇〇市, 〇〇大学). */
    private static final List<String> ISSUER_WORDS = List.of("機構", "大学", "センター", "広域連合", "組合", "公社", "事業団", "協会",
            "県", "市", "町", "村", "都", "府", "区", "省", "庁");

    private static final Map<String, Role> ROLE_WORDS = new LinkedHashMap<>();
    private static final Set<String> ORDINAL_LABELS = Set.of("甲", "乙", "丙");

    static {
        // the party words and their roles are data (vocabulary/party-roles.txt), DPA terms (管理者, 処理者) among them
        for (String line : jp.itaku.contract.verification.clause.Vocabulary.entries("party-roles")) {
            int sp = line.indexOf(' ');
            ROLE_WORDS.put(line.substring(sp + 1).strip(), Role.valueOf(line.substring(0, sp)));
        }
    }

    private final Map<String, Role> aliases = new LinkedHashMap<>();
    private final Set<String> personalInfoTerms = new LinkedHashSet<>();
    private final Pattern subjectPattern;
    private final String clientLabel;
    private final String contractorLabel;
    private boolean subcontractAgreement;

    private Parties(String text, String title) {
        aliases.putAll(ROLE_WORDS);
        List<String[]> undecided = new ArrayList<>();
        Matcher m = DEFINITION.matcher(text);
        String firstClient = null;
        String firstContractor = null;
        while (m.find()) {
            String label = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            String entity = entityBefore(text, m.start());
            Role r = ROLE_WORDS.get(label);
            if (ORDINAL_LABELS.contains(label)) {
                // 甲/乙 are only positions: who is who follows from the entity (a vendor's paper may call itself 甲)
                if (COMPANY.matcher(entity).find() && !PUBLIC_BODY.matcher(entity).find()) {
                    r = Role.CONTRACTOR;
                } else if (PUBLIC_BODY.matcher(entity).find() && !COMPANY.matcher(entity).find()) {
                    r = Role.CLIENT;
                }
            }
            if (r == null) {
                if (COMPANY.matcher(entity).find()) {
                    r = Role.CONTRACTOR;
                } else if (PUBLIC_BODY.matcher(entity).find() && entity.length() <= 40) {
                    r = Role.CLIENT;
                } else if (PI_DEFINITION.matcher(entity).find() || label.contains("個人情報")
                        || (INFO_LABEL.matcher(label).matches() && PI_DEFINITION.matcher(windowBefore(text, m.start(), 100)).find())) {
                    personalInfoTerms.add(label);
                    continue;
                } else {
                    undecided.add(new String[]{label, entity});
                    continue;
                }
            }
            if (r == Role.WORKER) {
                continue;
            }
            if (!ROLE_WORDS.containsKey(label) || ORDINAL_LABELS.contains(label) || ROLE_WORDS.get(label) == r) {
                aliases.put(label, r);
            }
            if (r == Role.CLIENT && firstClient == null) {
                firstClient = label;
            }
            if (r == Role.CONTRACTOR && firstContractor == null) {
                firstContractor = label;
            }
        }
        Matcher inner = INNER_DEFINITION.matcher(text);
        while (inner.find()) {
            String label = inner.group(1).strip();
            int open = enclosingBracket(text, inner.start());
            if (open < 0 || open + 1 == inner.start() || !INFO_LABEL.matcher(label).matches()) {
                continue;
            }
            String body = text.substring(open + 1, inner.start());
            if (PI_DEFINITION.matcher(body).find() || PI_DEFINITION.matcher(windowBefore(text, open, 60)).find()) {
                personalInfoTerms.add(label);
            }
        }
        Matcher list = LIST_DEFINITION.matcher(text);
        while (list.find()) {
            if (INFO_LABEL.matcher(list.group(1)).matches() && PI_DEFINITION.matcher(list.group(2)).find()) {
                personalInfoTerms.add(list.group(1));
            }
        }
        if (title != null && SUBCONTRACT_TITLE.matcher(title).find()) {
            // a subcontract agreement: the party receiving the work (丙, 再受託者) is this agreement's contractor, the
            // contractor of the original contract (乙, 受託者) its client, the original client (甲) a third party
            String sub = aliases.containsKey("丙") ? "丙" : aliases.containsKey("再受託者") ? "再受託者" : null;
            if (sub != null || text.contains("再受託者")) {
                aliases.put(sub == null ? "再受託者" : sub, Role.CONTRACTOR);
                aliases.put("再受託者", Role.CONTRACTOR);
                aliases.put("乙", Role.CLIENT);
                aliases.put("受託者", Role.CLIENT);
                aliases.put("甲", Role.OTHER);
                aliases.put("委託者", Role.OTHER);
                firstClient = text.contains("乙") ? "乙" : "受託者";
                firstContractor = sub == null ? "再受託者" : sub;
                subcontractAgreement = true;
            }
        }
        Matcher t = TERM_DEFINITION.matcher(text);
        while (t.find()) {
            String body = t.group(2);
            if (PI_DEFINITION.matcher(body).find()) {
                personalInfoTerms.add(t.group(1));
            }
        }
        if (firstClient == null) {
            // a 仕様書 issued under the client's name with no definitions (「独立行政法人…研究機構」 at the head, then
            // 「機構は、…」): the short word that ends the issuer's name stands for the client
            String head = text.substring(0, Math.min(text.length(), 400));
            for (String w : ISSUER_WORDS) {
                if (!aliases.containsKey(w) && (text.contains(w + "は") || text.contains(w + "が"))
                        && Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー]{2,30}" + w).matcher(head).find()) {
                    aliases.put(w, Role.CLIENT);
                    firstClient = w;
                    break;
                }
            }
        }
        if (!aliases.containsKey("契約者") && text.contains("当社")) {
            aliases.put("契約者", Role.CLIENT); // the customer in a vendor's terms (「契約者は、…解約することができます」)
        }
        this.clientLabel = firstClient != null ? firstClient : guessLabel(text, Role.CLIENT, "甲");
        this.contractorLabel = firstContractor != null ? firstContractor : guessLabel(text, Role.CONTRACTOR, "乙");
        List<String> names = aliases.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.toList());
        String alt = String.join("|", names);
        subjectPattern = Pattern.compile(jp.itaku.contract.verification.clause.FirstChars.guard("(?<![\\p{IsHan}\\p{IsKatakana}ー々〇])(" + alt + ")(?:(?:又は|若しくは|及び|並びに|と|、)(" + alt + ")|(?:及び|並びに|又は)その[^、。はがも]{1,8})?(は|が|も)"));
    }

    public static Parties of(String normalisedText) {
        return new Parties(normalisedText, null);
    }

    /** With the draft's title, which tells a subcontract agreement (再委託契約書) from a contract with the client. */
    public static Parties of(String normalisedText, String title) {
        return new Parties(normalisedText, title);
    }

    /**
     * Definition lists whose term the parser took as the item's heading (「(3) 本件データ　…の個人に関する情報…をいう。」,
     * 「・利用者データ ……… 検診対象者の氏名…」): a term for information defined by personal-information words.
     */
    public void learnDefinitions(jp.itaku.contract.verification.structure.ParsedDocument doc) {
        for (jp.itaku.contract.verification.structure.Part p : doc.parts()) {
            for (jp.itaku.contract.verification.structure.Article a : p.articles) {
                if (a.heading != null && !a.units.isEmpty() && a.heading.length() <= 15 && INFO_LABEL.matcher(a.heading).matches()
                        && PI_DEFINITION.matcher(doc.unitText(a.units.get(0))).find()) {
                    personalInfoTerms.add(a.heading.strip());
                }
            }
        }
        for (jp.itaku.contract.verification.structure.Unit u : doc.units()) {
            String h = u.heading;
            String body = doc.unitText(u);
            if (h != null && h.length() <= 15 && INFO_LABEL.matcher(h).matches() && PI_DEFINITION.matcher(body).find()) {
                personalInfoTerms.add(h.strip());
            }
            // a dotted definition needs two of its leader characters in a row: most paragraphs have none of them
            if (!hasLeader(body)) {
                continue;
            }
            Matcher d = DOTTED_DEFINITION.matcher(body);
            while (d.find()) {
                if (INFO_LABEL.matcher(d.group(1)).matches() && PI_DEFINITION.matcher(d.group(2)).find()) {
                    personalInfoTerms.add(d.group(1));
                }
            }
        }
    }

    /** One of DOTTED_DEFINITION's leader characters (…‥:：.) occurs in the text (keep in step with its class). */
    private static boolean hasLeader(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '…' || c == '‥' || c == ':' || c == '：' || c == '.') {
                return true;
            }
        }
        return false;
    }

    /** Index of the unclosed 「(」 before {@code pos} (within 300 chars), or -1. */
    private static int enclosingBracket(String text, int pos) {
        int depth = 0;
        for (int i = pos - 1; i >= 0 && pos - i < 300; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private String guessLabel(String text, Role role, String fallback) {
        String best = fallback;
        int bestCount = 0;
        for (Map.Entry<String, Role> e : ROLE_WORDS.entrySet()) {
            if (e.getValue() != role) {
                continue;
            }
            int c = count(text, e.getKey() + "は");
            if (c > bestCount) {
                bestCount = c;
                best = e.getKey();
            }
        }
        return best;
    }

    private static int count(String text, String s) {
        int c = 0;
        int i = 0;
        while ((i = text.indexOf(s, i)) >= 0) {
            c++;
            i += s.length();
        }
        return c;
    }

    private static String entityBefore(String text, int pos) {
        int i = pos - 1;
        int depth = 0;
        while (i >= 0 && pos - i < 60) {
            char c = text.charAt(i);
            if (c == ')') {
                if (i >= 2 && (text.charAt(i - 1) == '株' || text.charAt(i - 1) == '有') && text.charAt(i - 2) == '(') {
                    i -= 3; // (株) / (有) belong to the name
                    continue;
                }
                break; // the end of the previous party's definition
            } else if (c == '(') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == '、' || c == '。' || c == '\n' || c == '」' || c == '「')) {
                break;
            }
            i--;
        }
        String e = text.substring(i + 1, pos);
        if (e.startsWith("と") || e.startsWith("は")) {
            e = e.substring(1);
        }
        return e;
    }

    private static String windowBefore(String text, int pos, int max) {
        int i = pos - 1;
        while (i >= 0 && pos - i < max && text.charAt(i) != '。' && text.charAt(i) != '\n') {
            i--;
        }
        return text.substring(i + 1, pos);
    }

    public Role roleOf(String alias) {
        return aliases.getOrDefault(alias, Role.UNKNOWN);
    }

    public String clientLabel() {
        return clientLabel;
    }

    /** The draft is a subcontract agreement (再委託契約書): its own work is the 再委託業務 and 丙/再受託者 is bound. */
    public boolean subcontractAgreement() {
        return subcontractAgreement;
    }

    public String contractorLabel() {
        return contractorLabel;
    }

    public Set<String> personalInfoTerms() {
        return personalInfoTerms;
    }

    /** Subject of a sentence: the first 「X は」 naming a party, else the first 「X が」. */
    public Role subjectOf(String sentence) {
        Matcher m = subjectPattern.matcher(sentence);
        Role firstGa = null;
        while (m.find()) {
            Role r = roleOf(m.group(1));
            if (m.group(2) != null) {
                Role r2 = roleOf(m.group(2));
                if (r2 != r) {
                    r = Role.BOTH;
                }
            }
            if (m.group(3).equals("は") || m.group(3).equals("も")) {
                if (m.end() < sentence.length() && sentence.startsWith("ならない", m.end())) {
                    continue;
                }
                return r;
            }
            if (r == Role.CLIENT && clientControlledException(sentence, m.end())) {
                continue; // 「甲が承認した場合を除き、…」「町が「よい」と言ったとき以外は、…」: the exception, not the bound party
            }
            if (firstGa == null) {
                firstGa = r;
            }
        }
        return firstGa != null ? firstGa : Role.UNKNOWN;
    }

    /** 「甲が」 opens an exception the client controls (…場合を除き, …とき以外は, …ときに限り) that ends before the next 「、」. */
    private static boolean clientControlledException(String sentence, int from) {
        int comma = sentence.indexOf('、', from);
        int end = comma < 0 ? Math.min(sentence.length(), from + 60) : Math.min(comma, from + 60);
        return EXCEPTION_TAIL.matcher(sentence).region(from, end).find();
    }

    private static final Pattern EXCEPTION_TAIL = Pattern.compile("(?:とき|場合|もの)?(?:以外|を除|のほか|に限り|に限って)");

    /** Whether the text names a party of the given role (e.g. the recipient of a report). */
    public boolean mentions(String text, Role role) {
        for (Map.Entry<String, Role> e : aliases.entrySet()) {
            if (e.getValue() == role && text.contains(e.getKey())) {
                return true;
            }
        }
        return false;
    }
}
