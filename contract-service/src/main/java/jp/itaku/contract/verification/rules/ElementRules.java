package jp.itaku.contract.verification.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.Element;
import jp.itaku.contract.verification.rules.Parties.Role;
import jp.itaku.contract.verification.structure.Article;
import jp.itaku.contract.verification.structure.ParsedDocument;
import jp.itaku.contract.verification.structure.Part;
import jp.itaku.contract.verification.structure.Unit;

/**
 * The rules, one per element. Each rule looks for the element's concept in a sentence, then checks who the subject is
 * (an obligation on the wrong party does not count), what the predicate does (prohibition / obligation / permission /
 * denied permission, see {@link Modality}) and the context (approval requirements, end of contract, breach as the
 * ground, personal information as the object), so that near-miss words in unrelated contexts do not count.
 */
public final class ElementRules {

    // ------------------------------------------------------------------ vocabulary
    static final String PI_WORDS = "個人情報|個人データ|保有個人情報|氏名|住所|生年月日|電話番号|健康情報|診療情報|健診結果|患者|被保険者|住民|申請者|寄附者|受診票|調査票|レセプト|利用者の|出願者|世帯|保護者|児童|生徒|納税者|入居者|来庁者|通話者|対象者|参加者|家族";
    static final Pattern APPROVAL = Pattern.compile("承諾|承認|同意|許可|許諾");
    static final Pattern NEG_APPROVAL = Pattern.compile(
            "(承諾|承認|同意|許可|許諾)(を得る|を得|を受ける|を受け|を要する|を求める)?(こと)?(なく|なしに|なしで|を得ずに|を得ないで|を要せず|を要しない|によらず|不要)|(通知|届出|報告)(する)?(こと)?のみで|通知することなく");
    static final Pattern INSTRUCTION = Pattern.compile("指示|指定する|指定した|仕様書に定める|定める方法|の定めるところ");

    static final Pattern DISCLOSE = Pattern.compile("漏らし|漏らさ|漏らす|漏えいし|漏えいさせ|漏洩し|開示し|開示す|開示さ|知らせ|口外|秘密を(?:保持|守)|秘密保持義務|守秘義務|秘密として(?:管理|保持|取り扱)");
    static final Pattern NOT_DISCLOSE = Pattern.compile("(?:漏らさ|漏えいし|漏えいさせ|漏洩し|開示し|知らせ)ないよう");
    static final Pattern GENERIC_SECRET = Pattern.compile("知り得た(?:秘密|情報|事項)|知り得た[^。、]{0,10}(?:秘密|情報)");
    static final Pattern REFERS_BACK = Pattern.compile("(?:前号|前項|前条|同項|同号|当該|これら)の(?:情報|もの|データ|資料)");
    static final Pattern TRADE_SECRET = Pattern.compile("営業上|技術上|営業秘密|技術情報|ノウハウ|経営上");

    static final Pattern PURPOSE = Pattern.compile("目的外|目的以外|以外の目的|業務以外|以外に(?:利用|使用)|以外の用途|目的の範囲を超え|目的を超えて|他の目的|不当な目的");
    static final Pattern USE = Pattern.compile("利用|使用|提供|用い");
    static final Pattern USE_ONLY = Pattern.compile("利用|使用");
    static final Pattern PURPOSE_ONLY = Pattern.compile("目的の範囲内(?:で|に限り|においてのみ)|ためにのみ|ためだけに|目的にのみ|範囲内でのみ|のみ(?:に)?(?:利用|使用)");
    static final Pattern OTHER_PURPOSE = Pattern.compile("他の(?:サービス|目的|事業|業務|用途)|ほか、|以外|マーケティング|新(?:サービス|商品)|開発|広告|営業活動|二次利用|分析");

    static final Pattern SUBCONTRACT = Pattern.compile(
            "再委託(?!先)|再委任(?!先)|下請負(?!人)|下請け(?!人)|請け負わせ|外部委託(?!先)|外部に委託|(?:第三者|他の者|他の事業者|他者|外部の者|外部の事業者|協力会社|別の事業者|他)(?:\\([^()]{0,60}\\))?(?:に|へ)(?:委託|委任|再委託)(?!先|者|料)");

    static final Pattern COPY = Pattern.compile("複製(?!物)|複写(?!物)|写しを作成|写しの作成|写しを作る|コピー(?!機)|撮影(?=し|する|させ|を)|バックアップを(?:作成|取得)");
    static final Pattern COPY_NEAR_MISS = Pattern.compile("プログラム|ソフトウェア|著作|許諾|ライセンス|使用権|納入物");
    static final Pattern MATERIAL = Pattern.compile("資料|書類|データ|記録|媒体|申請書|リスト|名簿|台帳|調査票|受診票|情報|帳簿|原本|報告書|申告書|届出書|預か|提供を受け|貸与|交付を受け");

    static final Pattern LEAK = Pattern.compile("漏えい|漏洩|漏出|流出|滅失|毀損|き損|紛失|改ざん|盗難|不正アクセス|インシデント|不正な利用|不正利用|漏れ|セキュリティ(?:上の)?事故"
            + "|個人情報[^。]{0,20}(?:事故|事案|違反する事態)|(?:事故|事案)[^。]{0,20}個人情報");
    static final Pattern LEAK_STRONG = Pattern.compile("漏えい|漏洩|漏出|流出|不正アクセス|インシデント|セキュリティ(?:上の)?事故|個人情報");
    static final Pattern INSTRUCTIONS = Pattern.compile("指示に従|指示を受け|指示により|指示するところにより|指示に基づ");
    static final Pattern INCIDENT_REF = Pattern.compile("事故|事案|事態|前項の報告|前条の報告|報告を受けた");
    static final Pattern REPORT = Pattern.compile("報告|通知|連絡|届け出");
    static final Pattern PROMPT = Pattern.compile("直ちに|ただちに|速やかに|すみやかに|遅滞なく|至急|即時|即座に|直ぐに|すぐに");
    static final Pattern DEFER = Pattern.compile("(?:講じた|終えた|行った|完了させた|収束した)(?:後|上で)|(?:完了|終了)した後|(?:完了|終了)後に|事後に|事後の|行えば足り|報告を要しない|報告は要しない|報告する必要はない|報告しない|責任と判断|自らの判断|独自の判断");

    static final Pattern ERASE = Pattern.compile("消去|削除|廃棄|破棄|溶解|裁断|細断|破砕|シュレッダー|抹消|初期化|物理的(?:に)?破壊|処分(?!を受け)");
    static final Pattern END = Pattern.compile("終了|完了|満了|終わ|終期|解除され|解除した|引継ぎ|引渡しの後|返還の後|返却の後|契約期間の末日|期間が経過");
    static final Pattern DATA = Pattern.compile("個人情報|データ|電磁的記録|記録|書類|資料|媒体|情報|名簿|調査票|受診票|申請書");

    static final Pattern RETURN = Pattern.compile("返却(?!を受け)|返還(?!を受け)|返納|引き渡(?!しを受け|され)|引渡(?:し|す|さ)(?!を受け|れ)");
    static final Pattern RETURN_OBJECT = Pattern.compile("資料|媒体|書類|名簿|データ|物品|機器|原本|台帳|申請書|調査票|個人情報|貸与|提供を受け|預か|交付を受け|記録|端末|カード|リスト|レセプト|受診票|受付簿|ファイル");
    static final Pattern EARLIER_REF = Pattern.compile("(?:前項|前条|同項|前号|上記)の$");
    static final Pattern TEMPORAL_REF = Pattern.compile("(?:し)?(?:の後|後|を完了|及び返却を完了|及び返還を完了)");
    static final Pattern DOC_OBJECT = Pattern.compile("資料|媒体|書類|名簿|データ|原本|台帳|申請書|調査票|電磁的記録|記録|リスト|レセプト|受診票|受付簿|ファイル");
    static final Pattern DELIVERABLE = Pattern.compile("成果物|納入物|代替物|成果品|目的物|納品");

    static final Pattern BREACH = Pattern.compile("違反|履行しない|違背|義務を怠|遵守しない|守らない");
    static final Pattern PI_GROUND = Pattern.compile("特記事項|特約条項|別記|別紙|個人情報|秘密|この項|本項|個別契約|基本契約|情報セキュリティ");
    static final Pattern ANTISOCIAL = Pattern.compile("暴力団|反社会|表明|確約");
    static final Pattern REF = Pattern.compile("第(\\d+)条(?:から(?:第(\\d+)条|(前条))まで)?|前々条|前(\\d+)条|前条|次条");

    static final Pattern DAMAGES_CAUSE = Pattern.compile("違反|責めに帰すべき|責に帰すべき|故意|過失|義務を履行|不履行|特記事項");
    static final Pattern TOTAL = Pattern.compile("一切|いかなる|全て|すべて|一切の");
    static final Pattern PARTIAL = Pattern.compile("のうち|を超える|超えた|上限|限度|逸失利益|間接|特別の事情|重大な過失");
    static final Pattern EXEMPT = Pattern.compile("免責|免除|責任を負わ|責めを負わ|責を負わ");
    static final Pattern FORCE_MAJEURE = Pattern.compile("不可抗力|天災|地変|責めに帰することができない|責に帰することができない|責めに帰すことができない|責めに帰さない|の指示に起因|の責めに帰すべき事由による");
    static final Pattern LATE = Pattern.compile("遅延|遅滞|納期|履行期限");

    static final Pattern PERSON = Pattern.compile("責任者|従事者|従業者|作業員|作業者|担当者|体制|従事する者|配置計画");
    static final Pattern SEND = Pattern.compile("提出|届け出|届出|報告|通知|書面|申し出|明示");
    static final Pattern WRITTEN = Pattern.compile("書面|提出|届け出|届出");
    static final Pattern SUBCONTRACTOR_CONTEXT = Pattern.compile("再委託|委託先|下請|再委任|外部委託");
    static final Pattern DISPATCH_ROLES = Pattern.compile("派遣元責任者|派遣先責任者");
    static final Pattern APPOINT = Pattern.compile("責任者を(?:置|定め|選任|指定)");

    static final Pattern INSPECT = Pattern.compile("検査|監査|(?<!原因の|原因を|原因等の)調査(?!票|依頼|対象|員|書|結果|業務)|立入|立ち入|実地|報告を求め|報告若しくは資料の提出を求め|資料の提出を求め|説明を求め|報告の求め|確認することができる|確認する");
    static final Pattern SITE_INSPECT = Pattern.compile("立入|立ち入|監査|検査|実地|調査(?!票|依頼|対象|員|書|結果|業務)");
    static final Pattern STRONG_SITE = Pattern.compile("立入|立ち入|実地|監査");
    static final Pattern ON_PREMISES = Pattern.compile("(?:事業所|事務所|作業場所|施設|データセンター|作業室|事業場)[^。]{0,12}(?:立ち?入|監査|実地|調査|検査)");
    static final Pattern ACCEPT_INSPECTION = Pattern.compile("(?:検査|監査|調査|立入り?|立ち入り|実地調査)(?:等)?(?:を|に)(?:受け|協力|応じ|拒|妨げ)");
    static final Pattern MGMT = Pattern.compile("個人情報|管理(?:の)?状況|取扱(?:い)?(?:の)?状況|取扱状況|履行状況|特記事項の(?:遵守|履行)|データの管理");

    static final Pattern WORKER = Pattern.compile("派遣労働者|派遣社員|派遣スタッフ|派遣就業者");
    static final Pattern CONFIDENTIAL = Pattern.compile("漏らし|漏らさ|漏らす|秘密保持|守秘|秘密を保持|誓約");

    private final ParsedDocument doc;
    private final Parties parties;
    private final List<Sentence> sentences;
    private final Map<Unit, List<Sentence>> byUnit;
    private final Pattern pi;
    private final Map<Integer, Article> mainArticles = new HashMap<>();
    private final Set<Integer> piArticles = new LinkedHashSet<>();

    public ElementRules(ParsedDocument doc, Parties parties, List<Sentence> sentences) {
        this.doc = doc;
        this.parties = parties;
        this.sentences = sentences;
        this.byUnit = new HashMap<>();
        for (Sentence s : sentences) {
            byUnit.computeIfAbsent(s.unit, k -> new ArrayList<>()).add(s);
        }
        StringBuilder words = new StringBuilder(PI_WORDS);
        for (String t : parties.personalInfoTerms()) {
            words.append('|').append(Pattern.quote(t));
        }
        this.pi = Pattern.compile(words.toString());
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

    public Map<Element, List<Finding>> evaluate() {
        Map<Element, List<Finding>> out = new EnumMap<>(Element.class);
        for (Element e : Element.values()) {
            out.put(e, new ArrayList<>());
        }
        for (Sentence s : sentences) {
            c1a(s, out.get(Element.C1a));
            c1b(s, out.get(Element.C1b));
            c2(s, out.get(Element.C2));
            c3(s, out.get(Element.C3));
            c4(s, out.get(Element.C4));
            c5a(s, out.get(Element.C5a));
            c5b(s, out.get(Element.C5b));
            c6a(s, out.get(Element.C6a));
            c6b(s, out.get(Element.C6b));
            w1(s, out.get(Element.W1));
            w2(s, out.get(Element.W2));
            d1(s, out.get(Element.D1));
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    /** First match of a noun keyword that is a word of its own (not the head of a compound such as 複製物・調査票). */
    private static Matcher word(Pattern p, Sentence s) {
        Matcher m = p.matcher(s.text);
        while (m.find()) {
            int e = m.end();
            // only a kanji/katakana right after the keyword can make a compound; ask Kuromoji in that case only
            if (e >= s.text.length() || !isNounChar(s.text.charAt(e)) || !s.continuesAsCompound(e)) {
                return m;
            }
        }
        return null;
    }

    /** The 「ただし、…」 sentence that follows {@code s} in the same paragraph, if any. */
    private Sentence proviso(Sentence s) {
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

    private static boolean isNounChar(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.KATAKANA
                || c == '々' || c == '〇';
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

    private boolean hasPi(String t) {
        return pi.matcher(t).find();
    }

    private static boolean contractorSide(Role r) {
        return r == Role.CONTRACTOR || r == Role.WORKER || r == Role.UNKNOWN || r == Role.BOTH;
    }

    private static boolean clientSide(Role r) {
        return r == Role.CLIENT || r == Role.BOTH;
    }

    private static boolean approvalRequired(String t) {
        return APPROVAL.matcher(t).find() && !NEG_APPROVAL.matcher(t).find();
    }

    private String wrongParty(Sentence s, String what) {
        return s.unit.displayLabel() + "に" + what + "の定めがありますが、義務を負うのは" + parties.clientLabel()
                + "（委託者側）であり、" + parties.contractorLabel() + "の義務になっていません。";
    }

    private final Map<Article, String> articleTexts = new HashMap<>();

    /** The sentence sits in an article or attachment about personal information (e.g. 個人情報取扱特記事項). */
    private boolean personalInfoContext(Sentence s) {
        Part part = s.unit.article.part;
        if (!part.isMain() && part.title != null && (part.title.contains("個人情報") || part.title.contains("特記事項"))) {
            return true;
        }
        Article a = s.unit.article;
        return (a.heading != null && a.heading.contains("個人情報")) || articleText(s).contains("個人情報");
    }

    private String articleText(Sentence s) {
        return articleTexts.computeIfAbsent(s.unit.article, a -> buildArticleText(s));
    }

    private String buildArticleText(Sentence s) {
        StringBuilder sb = new StringBuilder();
        Article a = s.unit.article;
        if (a.heading != null) {
            sb.append(a.heading);
        }
        for (Unit u : a.units) {
            sb.append(doc.unitText(u)).append('\n');
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ C1a 秘密保持

    private void c1a(Sentence s, List<Finding> out) {
        if (!any(s.text, "漏", "開示", "知らせ", "秘密", "守秘", "口外")) {
            return;
        }
        Matcher m = DISCLOSE.matcher(s.text);
        if (!m.find()) {
            return;
        }
        boolean personal = hasPi(s.text) || (REFERS_BACK.matcher(s.text).find() && hasPi(articleText(s)));
        boolean generic = GENERIC_SECRET.matcher(s.text).find() && !TRADE_SECRET.matcher(s.text).find();
        if (!personal && !generic) {
            if (TRADE_SECRET.matcher(s.text).find() || s.text.contains("秘密")) {
                out.add(Finding.note(s.unit.displayLabel() + "の秘密保持は営業上・技術上の秘密など個人情報以外の情報だけを対象としています。", s));
            }
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        if (contractorSide(s.subject)) {
            if (mod == Modality.PROHIBIT || mod == Modality.NEG_PERMIT || mod == Modality.NEGATE
                    || NOT_DISCLOSE.matcher(s.text).find()
                    || ((mod == Modality.OBLIGE || mod == Modality.PLAIN) && s.text.matches(".*(秘密を(保持|守)|秘密保持|守秘|秘密として).*"))) {
                out.add(Finding.satisfy("業務で知り得た個人情報を漏らしてはならない旨の定め", s));
            } else if (mod == Modality.PERMIT && !approvalRequired(s.text) && s.subject != Role.UNKNOWN) {
                out.add(Finding.contradict(s.unit.displayLabel() + "は" + parties.contractorLabel()
                        + "が個人情報を第三者に開示できると定めており、秘密保持に反します。", s));
            }
        } else if (s.subject == Role.CLIENT && (mod == Modality.PROHIBIT || mod == Modality.OBLIGE)) {
            out.add(Finding.note(wrongParty(s, "秘密保持"), s));
        }
    }

    // ------------------------------------------------------------------ C1b 目的外利用の禁止

    private void c1b(Sentence s, List<Finding> out) {
        if (!any(s.text, "利用", "使用", "提供", "用い")) {
            return;
        }
        Matcher m = PURPOSE.matcher(s.text);
        if (m.find() && USE.matcher(s.text).find()) {
            Modality mod = Modality.after(s.text, m.start());
            boolean personal = hasPi(s.text) || GENERIC_SECRET.matcher(s.text).find()
                    || (REFERS_BACK.matcher(s.text).find() && hasPi(articleText(s)));
            if (contractorSide(s.subject) && personal) {
                if (mod == Modality.PROHIBIT || mod == Modality.NEG_PERMIT || mod == Modality.NEGATE) {
                    out.add(Finding.satisfy("個人情報を業務の目的以外に利用・提供してはならない旨の定め", s));
                    return;
                }
            } else if (s.subject == Role.CLIENT && mod == Modality.PROHIBIT) {
                out.add(Finding.note(wrongParty(s, "目的外利用の禁止"), s));
                return;
            }
        }
        Matcher only = PURPOSE_ONLY.matcher(s.text);
        if (only.find() && USE.matcher(s.text).find() && contractorSide(s.subject) && hasPi(s.text)) {
            Modality mod = Modality.after(s.text, only.start());
            if (mod == Modality.OBLIGE || mod == Modality.PLAIN) {
                out.add(Finding.satisfy("個人情報を業務の目的の範囲内に限って利用する定め", s));
                return;
            }
        }
        // permission to use personal information for other purposes
        if ((s.subject == Role.CONTRACTOR || s.subject == Role.BOTH) && hasPi(s.text)) {
            Matcher u = USE_ONLY.matcher(s.text);
            while (u.find()) {
                if (Modality.after(s.text, u.start()) == Modality.PERMIT && OTHER_PURPOSE.matcher(s.text).find()
                        && !approvalRequired(s.text)) {
                    out.add(Finding.contradict(s.unit.displayLabel() + "は" + parties.contractorLabel()
                            + "が個人情報を委託業務以外の目的（自社の他のサービス等）に利用できると定めています。", s));
                    return;
                }
            }
        }
    }

    // ------------------------------------------------------------------ C2 再委託

    private void c2(Sentence s, List<Finding> out) {
        if (!any(s.text, "委託", "委任", "請負", "請け負", "下請")) {
            return;
        }
        Matcher m = word(SUBCONTRACT, s);
        if (m == null) {
            return;
        }
        if (!contractorSide(s.subject)) {
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        String after = s.text.substring(m.start());
        switch (mod) {
            case PROHIBIT, NEG_PERMIT, NEGATE -> {
                Sentence proviso = proviso(s);
                if (proviso != null && approvalRequired(proviso.text)) {
                    out.add(Finding.satisfy("再委託を禁止し、承諾を得た場合に限り認める定め", s, proviso));
                } else {
                    out.add(Finding.satisfy(approvalRequired(s.text)
                            ? "承諾を得ない再委託を禁止する定め" : "再委託を禁止する定め", s));
                }
            }
            case OBLIGE -> {
                if (APPROVAL.matcher(s.text).find() && !NEG_APPROVAL.matcher(s.text).find()) {
                    out.add(Finding.satisfy("再委託に承諾を得ることを義務付ける定め", s));
                }
            }
            case PERMIT -> {
                if (approvalRequired(s.text)) {
                    out.add(Finding.satisfy("承諾を得た場合に限り再委託を認める定め", s));
                } else if (s.subject != Role.UNKNOWN) {
                    out.add(Finding.contradict(s.unit.displayLabel() + "は" + parties.contractorLabel() + "が"
                            + parties.clientLabel() + "の事前の承諾なしに再委託できると定めています"
                            + (NEG_APPROVAL.matcher(s.text).find() || s.text.contains("通知") || s.text.contains("報告")
                            ? "（事後の通知・報告だけでは事前承認になりません）" : "") + "。", s));
                }
            }
            default -> {
            }
        }
    }

    // ------------------------------------------------------------------ C3 複製等の制限

    private void c3(Sentence s, List<Finding> out) {
        if (!any(s.text, "複製", "複写", "写し", "コピー", "撮影", "バックアップ")) {
            return;
        }
        Matcher m = word(COPY, s);
        if (m == null) {
            return;
        }
        boolean personal = hasPi(s.text);
        if (COPY_NEAR_MISS.matcher(s.text).find() && !personal) {
            out.add(Finding.note(s.unit.displayLabel() + "の「複製」はプログラム等の利用許諾に関するもので、個人情報の複製の制限ではありません。", s));
            return;
        }
        if (!personal && !MATERIAL.matcher(s.text).find() && !personalInfoContext(s)) {
            return;
        }
        if (s.subject == Role.CLIENT) {
            out.add(Finding.note(s.unit.displayLabel() + "の複製に関する定めは" + parties.clientLabel() + "についてのもので、"
                    + parties.contractorLabel() + "の複製を制限していません。", s));
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        String after = s.text.substring(m.start());
        switch (mod) {
            case PROHIBIT, NEG_PERMIT, NEGATE -> out.add(Finding.satisfy("個人情報が記録された資料等の複写・複製を制限する定め", s));
            case OBLIGE -> {
                if (APPROVAL.matcher(after).find() || INSTRUCTION.matcher(after).find()) {
                    out.add(Finding.satisfy("複製に承認を得ることを義務付ける定め", s));
                }
            }
            case PERMIT -> {
                if (approvalRequired(s.text) || (INSTRUCTION.matcher(s.text).find() && !NEG_APPROVAL.matcher(s.text).find())) {
                    out.add(Finding.satisfy("承認又は指示の範囲に限り複製を認める定め", s));
                } else if (s.subject != Role.UNKNOWN) {
                    out.add(Finding.contradict(s.unit.displayLabel() + "は" + parties.contractorLabel() + "が"
                            + parties.clientLabel() + "の承認なしに個人情報を複写・複製できると定めています。", s));
                }
            }
            default -> {
            }
        }
    }

    // ------------------------------------------------------------------ C4 漏えい等事案

    private void c4(Sentence s, List<Finding> out) {
        if (!any(s.text, "報告", "通知", "連絡", "届け出")) {
            return;
        }
        if (!LEAK.matcher(s.text).find()) {
            return;
        }
        if (!LEAK_STRONG.matcher(s.text).find() && !hasPi(s.text) && !personalInfoContext(s)) {
            return; // 紛失・滅失 of keys, equipment …: not a personal-information incident
        }
        Matcher r = REPORT.matcher(s.text);
        if (!r.find()) {
            return;
        }
        if (!contractorSide(s.subject)) {
            return;
        }
        boolean prompt = PROMPT.matcher(s.text).find();
        if (DEFER.matcher(s.text).find() && !prompt) {
            out.add(Finding.contradict(s.unit.displayLabel() + "は、漏えい等の事案が起きても" + parties.contractorLabel()
                    + "が自らの判断で対応し、" + parties.clientLabel() + "への報告は対応完了後でよいと定めています（速やかな報告と"
                    + parties.clientLabel() + "の指示に従う義務がありません）。", s));
            return;
        }
        Modality mod = Modality.after(s.text, r.start());
        if (prompt && (mod == Modality.OBLIGE || mod == Modality.PLAIN || mod == Modality.PROHIBIT)) {
            if (INSTRUCTIONS.matcher(s.text).find()) {
                out.add(Finding.satisfy("漏えい等の発生時に速やかに報告し指示に従う定め", s));
                return;
            }
            Sentence follow = instructionsFor(s);
            if (follow != null) {
                out.add(Finding.satisfy("漏えい等の発生時に速やかに報告し指示に従う定め", s, follow));
            } else {
                out.add(Finding.note(s.unit.displayLabel() + "に速やかな報告の定めはありますが、事案への対応について"
                        + parties.clientLabel() + "の指示に従う定めがありません。", s));
            }
        }
    }

    /** A sentence that makes the contractor follow the client's instructions on an incident (same article or about the report). */
    private Sentence instructionsFor(Sentence report) {
        for (Sentence o : sentences) {
            if (o == report || !o.text.contains("指示")) {
                continue;
            }
            boolean sameArticle = o.unit.article == report.unit.article;
            boolean aboutIncident = LEAK.matcher(o.text).find() || INCIDENT_REF.matcher(o.text).find();
            if (!(sameArticle || aboutIncident)) {
                continue;
            }
            if ((contractorSide(o.subject) && INSTRUCTIONS.matcher(o.text).find())
                    || (clientSide(o.subject) && Modality.after(o.text, o.text.indexOf("指示")) == Modality.PERMIT)) {
                return o;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ C5a 消去

    private void c5a(Sentence s, List<Finding> out) {
        if (!any(s.text, "消去", "削除", "廃棄", "破棄", "溶解", "裁断", "細断", "破砕", "シュレッダー", "抹消", "初期化", "破壊", "処分")) {
            return;
        }
        Matcher m = word(ERASE, s);
        if (m == null) {
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        if (!(mod == Modality.OBLIGE || mod == Modality.PLAIN)) {
            return;
        }
        if (!DATA.matcher(s.text).find()) {
            return;
        }
        boolean end = END.matcher(s.text).find() || END.matcher(articleText(s)).find();
        if (!end) {
            return;
        }
        if (s.subject == Role.CLIENT) {
            out.add(Finding.note(wrongParty(s, "消去"), s));
            return;
        }
        if (contractorSide(s.subject)) {
            out.add(Finding.satisfy("契約終了時に個人情報を消去・廃棄する定め", s));
        }
    }

    // ------------------------------------------------------------------ C5b 返却

    private void c5b(Sentence s, List<Finding> out) {
        if (!any(s.text, "返却", "返還", "返納", "引き渡", "引渡")) {
            return;
        }
        Matcher m = word(RETURN, s);
        while (m != null && (TEMPORAL_REF.matcher(s.text).region(m.end(), Math.min(s.text.length(), m.end() + 14)).lookingAt()
                || EARLIER_REF.matcher(s.text.substring(Math.max(0, m.start() - 4), m.start())).find())) {
            // 「前項の引渡しの後、…」: the return is only a point in time for another duty
            m = m.find() ? m : null;
        }
        if (m == null) {
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        if (!(mod == Modality.OBLIGE || mod == Modality.PLAIN)) {
            return;
        }
        boolean object = hasPi(s.text) || DOC_OBJECT.matcher(s.text).find()
                || (RETURN_OBJECT.matcher(s.text).find() && personalInfoContext(s));
        if (!object) {
            return;
        }
        boolean end = END.matcher(s.text).find() || END.matcher(articleText(s)).find();
        if (!end) {
            return;
        }
        if (s.subject == Role.CLIENT) {
            out.add(Finding.note(wrongParty(s, "媒体等の返却"), s));
            return;
        }
        if (contractorSide(s.subject)) {
            out.add(Finding.satisfy("契約終了時に資料・媒体を返却（返還・引渡し）する定め", s));
        }
    }

    // ------------------------------------------------------------------ C6a 解除

    private void c6a(Sentence s, List<Finding> out) {
        int k = s.text.indexOf("解除");
        if (k < 0) {
            return;
        }
        Modality mod = Modality.after(s.text, k);
        if (clientSide(s.subject)) {
            if (mod == Modality.NEG_PERMIT && !s.text.contains("理由として")) {
                out.add(Finding.contradict(s.unit.displayLabel() + "は" + parties.clientLabel()
                        + "が契約を解除できないと定めており、義務違反があっても解除できません。", s));
                return;
            }
            if (mod == Modality.PERMIT || mod == Modality.OBLIGE || mod == Modality.PLAIN) {
                List<Sentence> grounds = new ArrayList<>();
                grounds.add(s);
                if (s.text.contains("各号") || s.text.contains("いずれか") || s.text.contains("次に掲げる")) {
                    for (Unit u : s.unit.article.units) {
                        if (u.lead == s.unit) {
                            grounds.addAll(byUnit.getOrDefault(u, List.of()));
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
                    if (piRelatedGround(g, gt)) {
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
        } else if (s.subject == Role.CONTRACTOR && mod == Modality.PERMIT) {
            out.add(Finding.note(s.unit.displayLabel() + "の解除権は" + parties.contractorLabel() + "（受託者側）のもので、"
                    + parties.clientLabel() + "の解除権ではありません。", s));
        }
    }

    /** Whether one of the alternatives (「…に違反したとき、又は…」) is a breach of obligations on personal information. */
    private boolean piRelatedGround(Sentence g, String text) {
        for (String alt : text.split("、又は|、若しくは|、或いは")) {
            if (BREACH.matcher(alt).find() && piRelatedAlternative(g, alt)) {
                return true;
            }
        }
        return false;
    }

    private boolean piRelatedAlternative(Sentence g, String text) {
        if (PI_GROUND.matcher(text).find()) {
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
                String pt = doc.unitText(prev);
                return PI_GROUND.matcher(pt).find() || !ANTISOCIAL.matcher(pt).find();
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
        if (refs.isEmpty()) {
            return true; // 「この契約に違反したとき」: any breach
        }
        for (int r : refs) {
            if (piArticles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ C6b 損害賠償

    private void c6b(Sentence s, List<Finding> out) {
        int k = s.text.indexOf("賠償");
        if (k < 0) {
            return;
        }
        Modality mod = Modality.after(s.text, k);
        if (s.subject == Role.CONTRACTOR || s.subject == Role.UNKNOWN || s.subject == Role.WORKER
                || (s.subject == Role.BOTH && !s.text.contains("請求"))) {
            if (mod == Modality.NEGATE || mod == Modality.NEG_PERMIT || mod == Modality.PROHIBIT || EXEMPT.matcher(s.text).find()) {
                if (TOTAL.matcher(s.text).find() && !PARTIAL.matcher(s.text).find() && !FORCE_MAJEURE.matcher(s.text).find()
                        && s.subject != Role.UNKNOWN) {
                    out.add(Finding.contradict(s.unit.displayLabel() + "は" + parties.contractorLabel()
                            + "の損害賠償責任を一切免除しており、個人情報の漏えい等の違反があっても賠償されません。", s));
                }
                return;
            }
            if ((mod == Modality.OBLIGE || mod == Modality.PLAIN)
                    && (DAMAGES_CAUSE.matcher(s.text).find() || s.text.contains("損害を与え") || s.text.contains("損害が生じ"))) {
                if (LATE.matcher(s.text).find() && !BREACH.matcher(s.text).find()) {
                    out.add(Finding.note(s.unit.displayLabel() + "の損害賠償は履行遅滞（納期遅れ）に関するもので、義務違反一般の賠償ではありません。", s));
                } else {
                    out.add(Finding.satisfy("違反等により生じた損害を賠償する定め", s));
                }
            }
        } else if (clientSide(s.subject)) {
            if (s.text.contains("請求") && mod == Modality.PERMIT && BREACH.matcher(s.text).find()) {
                out.add(Finding.satisfy("違反を理由に損害賠償を請求できる定め", s));
            } else if (LATE.matcher(s.text).find()) {
                out.add(Finding.note(s.unit.displayLabel() + "の損害賠償は履行遅滞（納期遅れ）に関するもので、義務違反一般の賠償ではありません。", s));
            }
        }
    }

    // ------------------------------------------------------------------ W1 管理及び実施体制

    private void w1(Sentence s, List<Finding> out) {
        if (!any(s.text, "責任者", "従事者", "従業者", "作業員", "作業者", "担当者", "体制", "従事する者", "配置計画")) {
            return;
        }
        if (!contractorSide(s.subject)) {
            return;
        }
        String t = DISPATCH_ROLES.matcher(s.text).replaceAll("");
        Matcher p = PERSON.matcher(t);
        if (!p.find()) {
            return;
        }
        if (SUBCONTRACTOR_CONTEXT.matcher(t).find()) {
            return;
        }
        Matcher send = SEND.matcher(t);
        if (send.find(p.start()) || send.find(0)) {
            Modality mod = Modality.after(t, send.start());
            boolean relevant = hasPi(t) || t.contains("体制") || t.contains("従事者") || t.contains("従事する者") || (t.contains("責任者") && WRITTEN.matcher(t).find());
            if ((mod == Modality.OBLIGE || mod == Modality.PLAIN) && relevant) {
                out.add(Finding.satisfy("管理責任者・従事者又は管理体制を書面等で届け出る定め", s));
                return;
            }
        }
        if (APPOINT.matcher(t).find()) {
            out.add(Finding.note(s.unit.displayLabel() + "は責任者を置くことを定めていますが、責任者・従事者や体制を書面で"
                    + parties.clientLabel() + "に報告・提出する定めではありません。", s));
        }
    }

    // ------------------------------------------------------------------ W2 検査

    private void w2(Sentence s, List<Finding> out) {
        if (!any(s.text, "検査", "監査", "調査", "立入", "立ち入", "実地", "求め", "確認")) {
            return;
        }
        Matcher m = word(INSPECT, s);
        if (m == null) {
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        if (clientSide(s.subject)) {
            if (mod == Modality.NEG_PERMIT && SITE_INSPECT.matcher(s.text).find()) {
                out.add(Finding.contradict(s.unit.displayLabel() + "は" + parties.clientLabel()
                        + "が立入り・監査・検査を求めることを禁じており、管理状況を確認できません。", s));
                return;
            }
            boolean about = MGMT.matcher(s.text).find()
                    || (STRONG_SITE.matcher(s.text).find() && (personalInfoContext(s) || ON_PREMISES.matcher(s.text).find()));
            if (about && (mod == Modality.PERMIT || mod == Modality.OBLIGE || mod == Modality.PLAIN)) {
                out.add(Finding.satisfy("個人情報の管理状況を検査・調査し又は報告を求めることができる定め", s));
            }
        } else if (s.subject == Role.CONTRACTOR && ACCEPT_INSPECTION.matcher(s.text).find() && MGMT.matcher(s.text).find()) {
            if (mod == Modality.PERMIT && (s.text.contains("拒") || s.text.contains("応じない"))) {
                out.add(Finding.contradict(s.unit.displayLabel() + "は" + parties.contractorLabel() + "が検査・監査を拒めると定めています。", s));
            } else if ((mod == Modality.OBLIGE || mod == Modality.PROHIBIT) && (s.text.contains("受け") || s.text.contains("協力")
                    || s.text.contains("拒"))) {
                out.add(Finding.satisfy("個人情報の管理状況の検査・監査を受け入れる定め", s));
            }
        }
    }

    // ------------------------------------------------------------------ D1 派遣労働者の秘密保持

    private void d1(Sentence s, List<Finding> out) {
        if (!any(s.text, "派遣")) {
            return;
        }
        if (!WORKER.matcher(s.text).find()) {
            return;
        }
        Matcher c = CONFIDENTIAL.matcher(s.text);
        if (!c.find()) {
            return;
        }
        if (!hasPi(s.text) && !s.text.contains("秘密")) {
            return;
        }
        Modality mod = Modality.after(s.text, c.start());
        if (mod == Modality.PROHIBIT || mod == Modality.OBLIGE || mod == Modality.PLAIN) {
            out.add(Finding.satisfy("派遣労働者に個人情報の秘密保持義務を課す定め", s));
        }
    }
}
