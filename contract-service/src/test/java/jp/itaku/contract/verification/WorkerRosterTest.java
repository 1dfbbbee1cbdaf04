package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * W1: a roster of the people doing the work (名簿, 従事者一覧, 調査員名簿, 作業者登録書) submitted with the manager is the
 * written statement of workers, whatever it is called; appointing a manager without a written statement stays missing;
 * an exemption from naming the workers (only their number, names not required) is contradicted. Sentences written for
 * the test.
 */
class WorkerRosterTest {

    static final String KOU = "世帯調査業務委託契約書\n\n　北山村（以下「甲」という。）と株式会社調査北山（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
            + "第1条　乙は、本業務に関して知り得た個人情報を第三者に漏らしてはならない。\n";
    static final String HACCHU = "検針業務委託契約書\n\n　東野市（以下「発注者」という。）と株式会社メーター東野（以下「受注者」という。）は、次のとおり契約を締結する。\n\n"
            + "第1条　受注者は、本業務に関して知り得た使用者の個人情報を他に漏らしてはならない。\n";
    static final String ITAKU = "相談業務委託契約書\n\n　社会福祉法人西原会（以下「委託者」といいます。）と株式会社ケア西原（以下「受託者」といいます。）は、次のとおり契約を締結します。\n\n"
            + "第1条　受託者は、相談者の個人情報を第三者に漏らしません。\n";

    static String w1(String text) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("w1.txt", text + "\n").element("W1").status();
    }

    @Test
    void aRosterOfThePeopleDoingTheWorkIsTheWrittenStatement() {
        List<String> drafts = List.of(
                KOU + "第2条　乙は、調査の開始前に、個人情報の管理責任者及び調査員名簿を甲に提出しなければならない。",
                HACCHU + "第2条　受注者は、業務着手前に、作業責任者届と検針員の一覧を発注者に提出するものとする。",
                ITAKU + "第2条　受託者は、本業務に携わる者の名簿を、管理責任者の氏名とあわせて委託者に提出します。");
        for (String d : drafts) {
            assertEquals("satisfied", w1(d), d);
        }
    }

    @Test
    void appointingAManagerWithoutAWrittenStatementStaysMissing() {
        assertEquals("missing", w1(KOU + "第2条　乙は、個人情報の管理責任者を置かなければならない。"));
        assertEquals("missing", w1(ITAKU + "第2条　受託者は、相談業務の管理責任者を定めます。"));
    }

    @Test
    void reportingTheWorkersWithoutTheirNamesIsContradicted() {
        List<String> drafts = List.of(
                KOU + "第2条　乙は、管理責任者及び作業従事者を定め、書面により甲に報告しなければならない。ただし、作業従事者については、その人数のみ報告すれば足りる。",
                HACCHU + "第2条　受注者は、業務の実施体制及び従事者を発注者に届け出なければならない。この場合において、個々の従事者の氏名の報告は要しない。",
                ITAKU + "第2条　受託者は、管理責任者と業務に従事する者を書面で委託者に報告します。ただし、従事する者は人数だけ報告すれば足りるものとします。");
        for (String d : drafts) {
            assertEquals("contradicted", w1(d), d);
        }
    }

    @Test
    void anExemptionTheClientDecidesKeepsTheDuty() {
        assertEquals("satisfied", w1(KOU + "第2条　乙は、管理責任者及び作業従事者の氏名を書面により甲に報告しなければならない。ただし、甲が認めたときは、従事者の氏名の報告は要しない。"));
    }
}
