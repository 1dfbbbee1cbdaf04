package jp.itaku.contract.verification.elements;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.Element;
import jp.itaku.contract.verification.clause.Vocabulary;
import jp.itaku.contract.verification.rules.Finding;
import jp.itaku.contract.verification.rules.Modality;
import jp.itaku.contract.verification.rules.Parties.Role;
import jp.itaku.contract.verification.rules.Sentence;
import jp.itaku.contract.verification.structure.Unit;

import static jp.itaku.contract.verification.elements.RuleContext.any;
import static jp.itaku.contract.verification.elements.RuleContext.clientSide;
import static jp.itaku.contract.verification.elements.RuleContext.contractorSide;
import static jp.itaku.contract.verification.elements.RuleContext.word;

/**
 * C6a 違反時の契約解除: the client may terminate when the contractor breaches its obligations on personal information
 * (a breach of the whole contract counts; cross references such as 「第8条から前条まで」 are resolved to the articles
 * they name).
 */
final class C6aTermination implements ElementRule {

    static final Pattern BREACH = Vocabulary.pattern("breach");
    static final Pattern ANTISOCIAL = Vocabulary.pattern("antisocial");
    static final Pattern TERMINATE = Vocabulary.pattern("terminate");
    /** 「解除しないものとし」「解除しない。」「解除することはしない」 right at the termination word. */
    static final Pattern NOT_TERMINATE = Pattern.compile("解除(?:しない|することはしない|することはない|を行わない)");
    /** 「前条までの規定」「第8条までの規定」 with no start of the range (から, より, ないし …): every article from the first up to it. */
    static final Pattern UP_TO = Pattern.compile("(?<!から|より|ないし|乃至|~|〜|-)(?<!(?:から|より|ないし|乃至|~|〜|-)第\\d{1,3}条)(前条|第(\\d+)条)まで");
    /**
     * An article or a range of articles: 「第5条から第12条まで」「第4条から前条まで」「第5条ないし第12条」「第3条より前条まで」
     * (older wording), 「第5条~第12条」; 前々条, 前3条, 前条, 次条.
     */
    static final Pattern REF = Pattern.compile("第(\\d+)条(?:(?:から|より|ないし|乃至|~|〜|-)(?:第(\\d+)条|(前条))(?:まで)?)?|前々条|前(\\d+)条|前条|次条");

    @Override
    public Element element() {
        return Element.C6a;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        if (!any(s.text, "解除", "解約", "取り消", "取消", "終了させ", "やめ", "止め", "打ち切")) { // やめ …: plain drafts
            return;
        }
        // the predicate comes last: 「解除 | 県は、…違反したときは、契約を解除することができる」 (a table row's label first)
        Matcher tm = TERMINATE.matcher(s.text);
        int k = -1;
        while (tm.find()) {
            k = tm.start();
        }
        if (k < 0) {
            return;
        }
        Modality mod = Modality.after(s.text, k);
        if (clientSide(s.subject())) {
            // 「…を理由として解除することはできない」 bars termination on that ground only: contradicted when it is a breach
            // 「…違反した場合であっても、…解除しないものとし」: the client undertakes not to terminate for breach
            boolean wontTerminate = NOT_TERMINATE.matcher(s.text).region(k, s.text.length()).lookingAt()
                    && BREACH.matcher(s.text.substring(0, k)).find();
            if (wontTerminate || (mod == Modality.NEG_PERMIT && (!s.text.contains("理由として") || BREACH.matcher(s.text.substring(0, k)).find()))) {
                out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.client()
                        + "が契約を解除できないと定めており、義務違反があっても解除できません。", s));
                return;
            }
            if (mod == Modality.PERMIT || mod == Modality.OBLIGE || mod == Modality.PLAIN) {
                List<Sentence> grounds = new ArrayList<>();
                grounds.add(s);
                if (s.text.contains("各号") || s.text.contains("いずれか") || s.text.contains("次に掲げる")) {
                    for (Unit u : s.unit.article.units) {
                        if (u.lead == s.unit) {
                            grounds.addAll(ctx.sentencesOf(u));
                        }
                    }
                }
                boolean anyBreach = false;
                for (Sentence g : grounds) {
                    String gt = g == s ? s.text.substring(0, k) : g.text;
                    if (!BREACH.matcher(gt).find()) {
                        continue;
                    }
                    anyBreach = true;
                    if (piRelatedGround(g, gt, ctx)) {
                        out.add(g == s ? Finding.satisfy("義務違反を理由とする解除の定め", s)
                                : Finding.satisfy("義務違反を理由とする解除の定め", s, g));
                        return;
                    }
                }
                if (s.text.contains("契約") && !anyBreach) {
                    out.add(Finding.note(s.unit.displayLabel() + "の解除は義務違反以外の理由（履行不能・倒産・反社会的勢力・予算等）に限られています。", s));
                } else if (anyBreach) {
                    out.add(Finding.note(s.unit.displayLabel() + "の解除理由は個人情報の取扱いと関係のない条項の違反に限られています。", s));
                }
            }
        } else if (s.subject() == Role.CONTRACTOR && mod == Modality.PERMIT) {
            out.add(Finding.note(s.unit.displayLabel() + "の解除権は" + ctx.contractor() + "（受託者側）のもので、"
                    + ctx.client() + "の解除権ではありません。", s));
        }
    }

    /** Whether one of the alternatives (「…に違反したとき、又は…」) is a breach of obligations on personal information. */
    private static boolean piRelatedGround(Sentence g, String text, RuleContext ctx) {
        for (String alt : text.split("、又は|、若しくは|、或いは")) {
            if (BREACH.matcher(alt).find() && piRelatedAlternative(g, alt, ctx)) {
                return true;
            }
        }
        return false;
    }

    private static boolean piRelatedAlternative(Sentence g, String text, RuleContext ctx) {
        if (RuleContext.PI_GROUND.matcher(text).find()) {
            return true;
        }
        if (ANTISOCIAL.matcher(text).find()) {
            return false; // breach of the anti-social-forces representation only
        }
        if (text.contains("前項") && !REF.matcher(text).find()) {
            List<Unit> us = g.unit.article.units;
            int i = us.indexOf(g.unit);
            Unit prev = g.unit.lead != null ? null : (i > 0 ? us.get(i - 1) : null);
            if (prev != null) {
                String pt = ctx.doc.unitText(prev);
                return RuleContext.PI_GROUND.matcher(pt).find() || !ANTISOCIAL.matcher(pt).find();
            }
        }
        Set<Integer> refs = new LinkedHashSet<>();
        int here = g.unit.article.part.isMain() ? g.unit.article.number : -1;
        Matcher m = REF.matcher(text);
        while (m.find()) {
            String all = m.group();
            if (m.group(1) != null) {
                int a = Integer.parseInt(m.group(1));
                int b = a;
                if (m.group(2) != null) {
                    b = Integer.parseInt(m.group(2));
                } else if (m.group(3) != null && here > 0) {
                    b = here - 1;
                }
                for (int i = a; i <= b && i - a < 200; i++) {
                    refs.add(i);
                }
            } else if (here > 0) {
                if (all.equals("前条")) {
                    refs.add(here - 1);
                } else if (all.equals("前々条")) {
                    refs.add(here - 2);
                } else if (all.equals("次条")) {
                    refs.add(here + 1);
                } else if (m.group(4) != null) {
                    int n = Integer.parseInt(m.group(4));
                    for (int i = 1; i <= n; i++) {
                        refs.add(here - i);
                    }
                }
            }
        }
        // 「前条までの規定」「第8条までの規定」 (no から): every article from the first up to it
        Matcher upto = UP_TO.matcher(text);
        while (upto.find()) {
            int b = upto.group(2) != null ? Integer.parseInt(upto.group(2)) : here - 1;
            for (int i = 1; i <= b && i < 200; i++) {
                refs.add(i);
            }
        }
        if (refs.isEmpty()) {
            return true; // 「この契約に違反したとき」: any breach
        }
        for (int r : refs) {
            if (ctx.piArticle(r)) {
                return true;
            }
        }
        return false;
    }
}
