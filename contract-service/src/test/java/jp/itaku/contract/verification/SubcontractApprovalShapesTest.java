package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * C2 shapes that look like prior approval or a ban and are not (SPEC Conventions, C2): approval stated as given in
 * advance for subcontractors the contractor picks itself (blanket), part of the work handed to affiliates with the
 * approval waived (行わせる / 実施させる / 担わせる, not only 委託する), subcontractors added or changed on a notice alone,
 * and a ban on subcontracting the whole work only, which says nothing about parts. Sentences written for the test, in
 * several party styles.
 */
class SubcontractApprovalShapesTest {

    static final String KOU = "個人情報取扱業務委託契約書\n\n　東谷町（以下「甲」という。）と株式会社アドミン東谷（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
            + "第1条　乙は、本業務に関して知り得た住民の個人情報を第三者に漏らしてはならない。\n";
    static final String HACCHU = "窓口業務委託契約書\n\n　中川区（以下「発注者」という。）と株式会社サービス中川（以下「受注者」という。）は、次のとおり契約を締結する。\n\n"
            + "第1条　受注者は、本業務に関して知り得た区民の個人情報を他に漏らしてはならない。\n";
    static final String ITAKU = "データ入力業務委託契約書\n\n　公益社団法人北川福祉会（以下「委託者」といいます。）と有限会社入力センター北川（以下「受託者」といいます。）は、次のとおり契約を締結します。\n\n"
            + "第1条　受託者は、本業務を通じて知った利用者の個人情報を第三者に漏らしません。\n";

    static VerificationReport verify(String text) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("c2.txt", text + "\n");
    }

    static String c2(String text) {
        return verify(text).element("C2").status();
    }

    @Test
    void approvalGivenInAdvanceForSubcontractorsTheContractorPicksIsBlanket() {
        List<String> drafts = List.of(
                KOU + "第2条　乙は、甲の承諾を得なければ、本業務を第三者に再委託してはならない。\n"
                        + "2　甲は、本契約の締結をもって、乙が選定する者に本業務の一部を再委託することを承認したものとする。",
                HACCHU + "第2条　受注者は、あらかじめ発注者の書面による承諾を得た場合でなければ、本業務を再委託してはならない。\n"
                        + "2　前項の規定にかかわらず、受注者が自ら選定した事業者に発送作業を再委託することについては、発注者は契約締結時に承諾したものとみなす。",
                ITAKU + "第2条（再委託）\n　委託者は、受託者が任意に選ぶ協力会社に入力作業を委託することに、あらかじめ同意したものとします。");
        for (String d : drafts) {
            VerificationReport r = verify(d);
            assertEquals("contradicted", r.element("C2").status(), d);
            assertTrue(r.element("C2").evidence().stream().anyMatch(e -> e.text().contains("選")), r.element("C2").evidence().toString());
        }
    }

    @Test
    void approvalGivenForSubcontractorsTheClientNamedOrApprovesStaysPriorApproval() {
        assertEquals("satisfied", c2(KOU + "第2条　乙は、甲の承諾を得なければ、本業務を第三者に再委託してはならない。\n"
                + "2　甲は、本契約の締結をもって、別表に掲げる事業者に発送作業を再委託することを承認したものとする。"));
        assertEquals("satisfied", c2(HACCHU + "第2条　受注者は、受注者が選定した再委託先について、あらかじめ発注者の書面による承認を得なければ、再委託してはならない。"));
    }

    @Test
    void partOfTheWorkDoneByAffiliatesWithTheApprovalWaivedIsContradicted() {
        List<String> drafts = List.of(
                KOU + "第2条　乙は、本業務を第三者に委託してはならない。ただし、甲の書面による承諾を得たときは、この限りでない。\n"
                        + "2　乙は、本業務のうち印刷の作業を乙の関連会社に実施させることができる。この場合において、甲の承諾は要しない。",
                HACCHU + "第2条　受注者は、発注者の承諾を得ずに本業務を再委託してはならない。\n"
                        + "2　受注者は、本業務の一部を受注者のグループ会社に担わせることができる。この場合、発注者の承諾を要しない。",
                ITAKU + "第2条　受託者は、委託者の承諾なく本業務を再委託しません。\n"
                        + "2　受託者は、入力作業の一部を受託者の子会社に行わせることができます。この場合、委託者の承諾は不要とします。");
        for (String d : drafts) {
            assertEquals("contradicted", c2(d), d);
        }
    }

    @Test
    void subcontractorsAddedOrChangedOnANoticeAloneIsContradicted() {
        List<String> drafts = List.of(
                KOU + "第2条　乙は、あらかじめ甲の書面による承認を得た場合に限り、本業務の一部を再委託することができる。\n"
                        + "2　前項の承認を得た後、乙が再委託先を追加し、又は変更する場合には、乙は、選定後速やかに甲に届け出ることで足りる。",
                HACCHU + "第2条　受注者は、本業務を再委託するときは、あらかじめ発注者の承諾を得なければならない。\n"
                        + "2　承諾を受けた後の再委託先の変更については、受注者が発注者に通知すれば足りるものとする。",
                ITAKU + "第2条　受託者は、委託者の書面による承諾を得て、本業務の一部を再委託することができます。\n"
                        + "2　再委託先を新たに加えるときは、受託者が委託者に報告するだけでよいものとします。");
        for (String d : drafts) {
            assertEquals("contradicted", c2(d), d);
        }
    }

    @Test
    void aChangeOfTheApprovedSubcontractorsAddressOnNoticeKeepsTheApproval() {
        assertEquals("satisfied", c2(KOU + "第2条　乙は、あらかじめ甲の書面による承認を得た場合に限り、本業務の一部を再委託することができる。\n"
                + "2　承認を得た再委託先の名称又は所在地に変更があったときは、乙は、甲に届け出ることで足りる。"));
    }

    @Test
    void aBanOnSubcontractingOnlyTheWholeWorkSaysNothingAboutParts() {
        assertEquals("missing", c2(KOU + "第2条　乙は、本業務の全部を第三者に委託してはならない。"));
        assertEquals("missing", c2(ITAKU + "第2条　受託者は、本業務の全部を一括して第三者に再委託しません。"));
        // parts permitted freely: contradicted
        assertEquals("contradicted", c2(HACCHU + "第2条　受注者は、本業務の全部を一括して第三者に委託してはならない。\n"
                + "2　受注者は、本業務の一部を第三者に再委託することができる。"));
        // parts need approval: satisfied
        assertEquals("satisfied", c2(KOU + "第2条　乙は、本業務の全部を第三者に委託してはならない。\n"
                + "2　乙は、本業務の一部を第三者に委託しようとするときは、あらかじめ甲の書面による承諾を得なければならない。"));
        // the whole or part: a ban on both
        assertEquals("satisfied", c2(HACCHU + "第2条　受注者は、本業務の全部又は一部を第三者に委託してはならない。"));
    }
}
