package jp.itaku.contract.verification.clause;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern AGENCY = Pattern.compile("特記事項|追加合意書|この契約|本契約|契約書|変更契約");
    private static final Pattern VENDOR = Pattern.compile("利用規約|規約|約款|DPA|覚書|利用条件|サービス仕様");
    private static final Pattern DISAPPLY = Pattern.compile("適用しない|適用されない|適用を除外|効力を有しない");
    private static final Pattern REF = Pattern.compile("第(\\d+)条(?:第(\\d+)項)?(?:前段|後段|本文)?(?:及び第(\\d+)項)?");
    private static final Pattern VENDOR_VOICE = Pattern.compile("当社|お客様|弊社");
    private static final Pattern SUBCLAUSE = Pattern.compile("^(\\d+)\\.(\\d+)\\s");

    private final boolean agencyPrevails;
    private final Set<Sentence> disapplied = new HashSet<>();

    private Precedence(List<Sentence> sentences) {
        boolean agency = false;
        for (Sentence s : sentences) {
            if (!s.text.contains("優先")) {
                continue;
            }
            int p = s.text.indexOf("優先");
            String before = s.text.substring(0, p);
            Matcher a = AGENCY.matcher(before);
            Matcher v = VENDOR.matcher(before);
            int ai = a.find() ? a.start() : Integer.MAX_VALUE;
            int vi = v.find() ? v.start() : Integer.MAX_VALUE;
            // the first document named is the one that prevails (「AがBに優先」「A、B、Cの順に優先」)
            if (ai < vi && s.unit.article.part.isMain()) {
                agency = true;
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
                for (Unit u : s.unit.article.units) {
                    if (u.lead == s.unit) {
                        for (Sentence o : sentences) {
                            if (o.unit == u) {
                                refs.add(o.text);
                            }
                        }
                    }
                }
            }
            for (String r : refs) {
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

    public static Precedence of(List<Sentence> sentences) {
        return new Precedence(sentences);
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
        return (p.title != null && VENDOR.matcher(p.title).find()) || VENDOR_VOICE.matcher(s.text).find();
    }

    public boolean agencyPrevails() {
        return agencyPrevails;
    }

    public Set<Sentence> disapplied() {
        return disapplied;
    }
}
