package jp.itaku.contract.verification;

import jp.itaku.contract.verification.normalize.EditorialNotes;
import jp.itaku.contract.verification.normalize.MarkedEdits;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.input.DocumentReader;
import jp.itaku.contract.verification.rules.ElementRules;
import jp.itaku.contract.verification.rules.Finding;
import jp.itaku.contract.verification.rules.Morphology;
import jp.itaku.contract.verification.clause.QuestionAnswers;
import jp.itaku.contract.verification.rules.Parties;
import jp.itaku.contract.verification.rules.SentenceSplitter;
import jp.itaku.contract.verification.rules.Sentence;
import jp.itaku.contract.verification.structure.Article;
import jp.itaku.contract.verification.structure.DocumentParser;
import jp.itaku.contract.verification.structure.ParsedDocument;
import jp.itaku.contract.verification.structure.Part;
import jp.itaku.contract.verification.structure.Unit;

/**
 * Verifies a contract draft against the elements of SPEC.md (guideline 第8-4 (1)-(6), the written confirmations and
 * 第8-7). Plain Java: runs the same in the service, the CLI and the benchmark. Thread-safe and reusable; the Kuromoji
 * dictionaries are loaded once.
 */
public final class ContractVerifier {

    private static final Pattern ATTACHMENT_REF = Pattern.compile(jp.itaku.contract.verification.clause.FirstChars.guard(
            "(別記|別紙|別添)(\\d{0,2})\\s*「([^」]{2,40})」"));
    private static final int MAX_EVIDENCE = 3;
    private static final Pattern EXCEPT = Pattern.compile("を除き|を除いて|場合を除|場合のほか");

    private final DocumentReader reader;
    private final VerifierLimits limits;

    public ContractVerifier() {
        this(VerifierLimits.defaults());
    }

    public ContractVerifier(VerifierLimits limits) {
        this.reader = new DocumentReader(limits);
        this.limits = limits;
        Morphology.warmUp();
    }

    /** Reads a .txt/.docx/.pdf (type by extension and content) and verifies it. */
    public VerificationReport verify(String fileName, byte[] content) {
        DocumentReader.Extracted ex = reader.read(fileName, content);
        return verifyText(fileName, ex.text());
    }

    /** Verifies text already extracted; offsets in the report refer to {@code text}. */
    public VerificationReport verifyText(String fileName, String text) {
        if (text == null || text.isBlank()) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY,
                    "「" + (fileName == null ? "（名前なし）" : fileName) + "」には本文がありません。契約書の本文を入力してください。");
        }
        if (text.length() > limits.maxTextChars()) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.TOO_LARGE,
                    "「" + (fileName == null ? "（名前なし）" : fileName) + "」の本文が" + text.length() + "文字あり、上限の"
                            + limits.maxTextChars() + "文字を超えています。契約書本文と特記事項だけにしてください。");
        }
        ParsedDocument doc = DocumentParser.parse(MarkedEdits.blank(EditorialNotes.blank(text)));
        Parties parties = Parties.of(doc.text(), doc.title());
        parties.learnDefinitions(doc);
        // a Q&A declared part of the 仕様書: each answer read with its question's topic (an undeclared one is left out)
        List<Sentence> sentences = QuestionAnswers.resolve(SentenceSplitter.split(doc, parties), parties);
        Map<Element, List<Finding>> findings = new ElementRules(doc, parties, sentences).evaluate();
        String kind = kindOf(doc);
        List<String> generalNotes = absentAttachments(doc);
        List<ElementResult> results = new ArrayList<>();
        for (Element e : Element.values()) {
            results.add(decide(e, findings.get(e), doc, parties, generalNotes, kind));
        }
        return new VerificationReport(fileName, kind, results);
    }

    // ------------------------------------------------------------------ decisions

    private ElementResult decide(Element e, List<Finding> fs, ParsedDocument doc, Parties parties,
                                 List<String> generalNotes, String kind) {
        String client = parties.clientLabel();
        String contractor = parties.contractorLabel();
        List<Finding> sat = fs.stream().filter(f -> f.kind() == Finding.Kind.SATISFY).toList();
        List<Finding> con = fs.stream().filter(f -> f.kind() == Finding.Kind.CONTRADICT).toList();
        if ((e == Element.C6a || e == Element.W2) && !sat.isEmpty()) {
            // 「…に定める場合を除き、解除することができない」 next to a termination-for-breach clause: the exception
            // keeps the right, so only an unconditional denial contradicts
            con = con.stream().filter(f -> !EXCEPT.matcher(f.sentences().get(0).text).find()).toList();
        }
        List<Finding> notes = fs.stream().filter(f -> f.kind() == Finding.Kind.NOTE).toList();
        if (!con.isEmpty()) {
            StringBuilder ex = new StringBuilder();
            for (Finding f : con) {
                if (ex.indexOf(f.reason()) < 0) {
                    ex.append(f.reason());
                }
            }
            if (!sat.isEmpty()) {
                ex.append("（").append(label(sat.get(0))).append("に制限の定めもありますが、上記の例外がそれを骨抜きにしています。）");
            }
            ex.append("指針").append(guidelineRef(e)).append("の求める「").append(e.japaneseName()).append("」に反するため、該当箇所を削除し、次の条項に置き換えてください。");
            // the evidence quotes the permitting sentence(s) and, when there is one, the obligation they empty
            List<Finding> quoted = new ArrayList<>(con);
            if (!sat.isEmpty()) {
                quoted.add(sat.get(0));
            }
            return new ElementResult(e.id(), ElementResult.CONTRADICTED, evidence(quoted, doc), ex.toString(),
                    e.suggestedClause(client, contractor));
        }
        if (!sat.isEmpty()) {
            Set<String> labels = new LinkedHashSet<>();
            for (Finding f : sat) {
                labels.add(label(f));
            }
            String ex = String.join("・", labels.stream().limit(MAX_EVIDENCE).toList()) + "に" + sat.get(0).reason()
                    + "があり、「" + e.japaneseName() + "」を満たしています。";
            return new ElementResult(e.id(), ElementResult.SATISFIED, evidence(sat, doc), ex, null);
        }
        StringBuilder ex = new StringBuilder(e.missingExplanation(client, contractor));
        if (e == Element.D1 && VerificationReport.OUTSOURCING.equals(kind)) {
            ex = new StringBuilder("労働者派遣契約ではなく、派遣労働者に秘密保持を課す定めもありません（業務委託で派遣労働者を使う場合に必要です）。");
        }
        for (String h : headingOnly(doc, e)) {
            ex.append(h);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Finding f : notes) {
            if (seen.add(f.reason())) {
                ex.append(f.reason());
            }
        }
        for (String g : generalNotes) {
            ex.append(g);
        }
        List<Evidence> ev = notes.isEmpty() ? List.of() : evidence(notes, doc);
        return new ElementResult(e.id(), ElementResult.MISSING, ev, ex.toString(), e.suggestedClause(client, contractor));
    }

    private static String guidelineRef(Element e) {
        return switch (e) {
            case W1, W2 -> "第8-4後段";
            case D1 -> "第8-7";
            default -> "第8-4";
        };
    }

    private static String label(Finding f) {
        return f.sentences().get(0).unit.displayLabel();
    }

    private static List<Evidence> evidence(List<Finding> fs, ParsedDocument doc) {
        List<Evidence> out = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        for (Finding f : fs) {
            for (Sentence s : f.sentences()) {
                if (out.size() >= MAX_EVIDENCE + 1 || !seen.add(s.nStart)) {
                    continue;
                }
                out.add(toEvidence(s, doc));
            }
        }
        return out;
    }

    static Evidence toEvidence(Sentence s, ParsedDocument doc) {
        int os = doc.origStart(s.nStart);
        int oe = doc.origEnd(s.nEnd - 1);
        String original = doc.original();
        return new Evidence(s.unit.displayLabel(), doc.codePointOffset(os), doc.codePointOffset(oe),
                original.substring(os, oe));
    }

    // ------------------------------------------------------------------ whole-document observations

    private static String kindOf(ParsedDocument doc) {
        String title = doc.title() == null ? "" : doc.title();
        if (title.contains("派遣") && !title.contains("委託") && !title.contains("請負")) {
            return VerificationReport.DISPATCH;
        }
        if (title.contains("委託") || title.contains("請負")) {
            return VerificationReport.OUTSOURCING;
        }
        String t = doc.text();
        int head = Math.min(t.length(), 600);
        String start = t.substring(0, head);
        if (start.contains("労働者派遣") && (start.contains("派遣元") || start.contains("派遣先") || start.contains("個別契約")
                || start.contains("基本契約"))) {
            return VerificationReport.DISPATCH;
        }
        return VerificationReport.OUTSOURCING;
    }

    private static final Map<Element, Pattern> HEADING_WORDS = Map.ofEntries(
            Map.entry(Element.C1a, Pattern.compile("秘密|守秘")),
            Map.entry(Element.C1b, Pattern.compile("目的外|利用の制限|利用目的")),
            Map.entry(Element.C2, Pattern.compile("再委託|再委任|下請|外部委託|第三者への委託")),
            Map.entry(Element.C3, Pattern.compile("複写|複製|写し|コピー")),
            Map.entry(Element.C4, Pattern.compile("事故|事案|漏えい|インシデント")),
            Map.entry(Element.C5a, Pattern.compile("消去|廃棄|処分")),
            Map.entry(Element.C5b, Pattern.compile("返還|返却|引渡")),
            Map.entry(Element.C6a, Pattern.compile("解除")),
            Map.entry(Element.C6b, Pattern.compile("損害賠償")),
            Map.entry(Element.W1, Pattern.compile("体制|責任者|従事者")),
            Map.entry(Element.W2, Pattern.compile("検査|監査|調査|立入")),
            Map.entry(Element.D1, Pattern.compile("派遣労働者")));

    /** Articles whose heading names the element but which have no operative sentence. */
    private static List<String> headingOnly(ParsedDocument doc, Element e) {
        List<String> out = new ArrayList<>();
        for (Part p : doc.parts()) {
            for (Article a : p.articles) {
                if (a.heading == null || !HEADING_WORDS.get(e).matcher(a.heading).find()) {
                    continue;
                }
                boolean empty = true;
                for (Unit u : a.units) {
                    if (u.nEnd > u.nStart || u.heading != null) {
                        empty = false;
                        break;
                    }
                }
                if (empty) {
                    out.add(a.displayLabel() + "（" + a.heading + "）は見出しだけで本文がなく、義務を定めていません。");
                }
            }
        }
        return out;
    }

    /** References such as 別記「個人情報取扱特記事項」 to attachments that are not in the text. */
    private static List<String> absentAttachments(ParsedDocument doc) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = ATTACHMENT_REF.matcher(doc.text());
        while (m.find()) {
            String title = m.group(3);
            if (!seen.add(title)) {
                continue;
            }
            boolean present = false;
            for (Part p : doc.parts()) {
                if (!p.isMain() && p.title != null && (p.title.contains(title) || title.contains(p.title))) {
                    present = true;
                    break;
                }
            }
            if (!present && !title.contains("仕様書")) {
                out.add("本文は" + m.group(1) + m.group(2) + "「" + title + "」に委ねていますが、その" + m.group(1)
                        + "が添付されていないため内容を確認できません（参照だけでは定めたことになりません）。");
            }
        }
        return out;
    }
}
