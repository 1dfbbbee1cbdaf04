package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * C4 when the incident clause names no leak or loss itself (issue 11): 事故 / 事案 in general counts as a
 * personal-information incident when the draft defines it to include one (「「事故」とは、個人情報の漏えい…をいう」, a
 * definition list item, 「…その他の事故（以下「事故」という。）」) or when the clause sits in an article about personal
 * information; an accident qualified as an injury, a traffic accident, a fire or damage to buildings or goods is a near
 * miss (SPEC Conventions, C4: missing), wherever it stands (vocabulary/non-data-accident.txt). A personal data breach
 * in DPA wording (個人データ侵害) is a leak. Sentences written for the test.
 */
class IncidentCoverageTest {

    static final String KO = Issue11Drafts.KO;
    static final String HA = Issue11Drafts.HA;
    static final String JU = Issue11Drafts.JU;
    static final String TS = Issue11Drafts.TS;

    static VerificationReport verify(String preamble, String body) {
        return Issue11Drafts.verify(preamble, body);
    }

    static String c4(String preamble, String body) {
        return Issue11Drafts.status("C4", preamble, body);
    }

    @Test
    void anAccidentTheDraftDefinesToIncludeALeakIsAnIncidentOfPersonalInformation() {
        assertEquals("satisfied", c4(KO, "第1条（定義）　この契約において「事故」とは、個人情報の漏えい、滅失又はき損その他の事故をいう。\n"
                + "第9条（事故報告）　乙は、事故が発生したときは、直ちに甲に報告し、その指示に従わなければならない。"));
        assertEquals("satisfied", c4(HA, "第1条（用語）　この契約で用いる用語の意義は、次のとおりとする。\n(1) 個人情報　受注者が取り扱う申請者の氏名、住所その他の情報をいう。\n"
                + "(2) 事案　個人情報の流出、紛失又は不正な閲覧をいう。\n第9条　受注者は、事案が生じたときは、速やかに発注者に報告し、発注者の指示に従わなければならない。"));
        assertEquals("satisfied", c4(JU, "第3条　受託者は、個人情報の漏えい、紛失、盗難その他の事故（以下「事故」という。）の防止に努めなければならない。\n"
                + "第11条　受託者は、事故が生じたときは、遅滞なく委託者に連絡し、委託者の指示に従うものとする。"));
    }

    @Test
    void anAccidentDefinedWithoutAnyInformationIncidentStaysMissing() {
        assertEquals("missing", c4(KO, "第1条（定義）　この契約において「事故」とは、乙の作業員の業務中の負傷その他の災害をいう。\n"
                + "第9条（事故報告）　乙は、事故が発生したときは、直ちに甲に報告し、その指示に従わなければならない。\n第10条（秘密保持）　乙は、個人情報を漏らしてはならない。"));
    }

    @Test
    void anAccidentInAnArticleAboutPersonalInformationIsAnIncidentOfIt() {
        assertEquals("satisfied", c4(JU, "第5条（個人情報に関する事故の報告）　受託者は、事故が発生したときは、直ちに委託者に報告し、その指示に従わなければならない。"));
        assertEquals("satisfied", c4(HA, "第8条（個人情報の保護）　受注者は、業務上知り得た個人情報を第三者に漏らしてはならない。\n2　受注者は、前項に関する事故が生じたときは、速やかに発注者に報告し、発注者の指示に従う。"));
    }

    @Test
    void anAccidentOfInjuriesOrPropertyIsANearMissWhereverItStands() {
        VerificationReport r = verify(KO, "第9条（事故報告）　乙は、業務の実施中に人身事故、物損事故その他の事故が発生したときは、直ちに甲に報告し、その指示に従わなければならない。");
        assertEquals("missing", r.element("C4").status());
        assertTrue(r.element("C4").explanation().contains("負傷・物損"), r.element("C4").explanation());
        assertEquals("missing", c4(HA, "第8条（個人情報の保護）　受注者は、業務上知り得た個人情報を第三者に漏らしてはならない。\n"
                + "2　受注者は、作業中に従業員が負傷し、又は発注者の庁舎を損傷する事故が生じたときは、直ちに発注者に報告し、その指示に従う。"));
        assertEquals("missing", c4(JU, "第5条（個人情報の保護）　受託者は、業務上知り得た個人情報を漏らしてはならない。\n"
                + "第12条（事故の報告）　受託者は、作業中に火災、交通事故その他の事故が発生したときは、直ちに委託者に報告し、その指示に従わなければならない。"));
    }

    @Test
    void aPersonalDataBreachInDpaWordingIsALeak() {
        assertEquals("satisfied", c4(TS, "第9条　当社は、個人データ侵害を知ったときは、不当な遅滞なくお客様に通知し、お客様の指示に従います。"));
        assertEquals("satisfied", c4(TS, "第9条　当社は、お客様データに係るデータ侵害を認識した場合、遅滞なくお客様に通知し、お客様の指示に従って必要な措置を講じます。"));
    }
}
