package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Phenomena the fourth blind batch showed (issue 11, session 4), each with sentences written for the test: people and
 * forms as personal information, definitions in です・ます style, an issuer named only in the header of a 仕様書,
 * deemed approval of future subcontractors, subcontracting on prior notice only, damages limited to one non-data
 * harm, dispatched workers pledging the information of another article, a proviso putting the data to the
 * contractor's other uses, amendments phrased 「…を次のように改め、同条を第13条とする」, and 解約 as termination.
 */
class UnseenDraftPhenomenaTest {

    static final String PREAMBLE = "業務委託契約書\n\n　南里村（以下「甲」という。）と株式会社丘陵システム（以下「乙」という。）は、次のとおり契約を締結する。\n\n";

    static VerificationReport verify(String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("unseen.txt", PREAMBLE + body + "\n");
    }

    static String status(String body, String element) {
        return verify(body).element(element).status();
    }

    @Test
    void mattersAboutTheInjuredAndOtherPersonsArePersonalInformation() {
        assertEquals("satisfied", status("第2条　乙は、業務上知り得た被災者その他の者に関する事項を漏示してはならない。", "C1a"));
    }

    @Test
    void theMattersOfThePreviousItemCarryItsPersonalInformation() {
        assertEquals("satisfied", status("第2条　乙は、本業務の処理上知り得た傷病者の氏名等を口外してはならない。\n２　乙は、前項の事項を本業務以外の用途に他用してはならない。", "C1b"));
    }

    @Test
    void plainWordingNotToUseTheListForAnythingElseIsAPurposeLimitation() {
        assertEquals("satisfied", status("第3条　乙は、利用者名簿を、この業務以外の目的に使わないこと。", "C1b"));
    }

    @Test
    void aTermDefinedInPoliteStyleIsPersonalInformation() {
        VerificationReport r = ClauseModelPhenomenaTest.VERIFIER.verifyText("unseen.txt", "サービス契約書\n\n　丘陵大学（以下「貴学」といいます。）と株式会社メディコ（以下「当社」といいます。）は、次のとおり契約を締結します。\n\n"
                + "第2条　「受講者データ」とは、貴学から提供される受講者の氏名、学籍番号その他の情報をいいます。\n"
                + "第4条　当社は、受講者データを秘密として扱い、第三者に開示しません。\n");
        assertEquals("satisfied", r.element("C1a").status());
    }

    @Test
    void aListDefinedAsATableOfPupilsIsPersonalInformation() {
        assertEquals("satisfied", status("第4条　甲は、児童の氏名及び学年を記載した一覧表（以下「配慮一覧表」という。）を乙に貸与する。\n２　乙は、契約期間が満了したときは、配慮一覧表を直ちに甲に返還しなければならない。", "C5b"));
    }

    @Test
    void anIssuerNamedOnlyInTheHeaderOfASpecificationIsTheClient() {
        VerificationReport r = ClauseModelPhenomenaTest.VERIFIER.verifyText("unseen.txt", "調査業務　仕様書\n\n国立研究開発法人東海環境研究機構\n\n１．件名\n　　環境意識調査業務\n\n"
                + "５．調査\n　　機構は、必要があると認めるときは、受託者の事業所において、個人情報の管理の状況を実地に調査することができる。\n");
        assertEquals("satisfied", r.element("W2").status());
    }

    @Test
    void approvalDeemedGivenForSubcontractorsAddedLaterIsBlanketApproval() {
        assertEquals("contradicted", status("第6条　乙は、甲の承諾を得ないで本業務を第三者に委託してはならない。\n２　乙が協力会社を追加する場合においても、甲はこれをあらかじめ承諾したものとみなす。", "C2"));
    }

    @Test
    void subcontractingOnPriorNoticeWithoutApprovalIsContradicted() {
        assertEquals("contradicted", status("第6条　乙は、本業務の一部を第三者に委託するときは、あらかじめ、委託先の名称及び所在地を書面により甲に届け出なければならない。", "C2"));
    }

    @Test
    void priorNoticeTogetherWithApprovalIsSatisfied() {
        assertEquals("satisfied", status("第6条　乙は、本業務の一部を第三者に委託するときは、あらかじめ、委託先の名称及び所在地を書面により甲に届け出て、その承諾を得なければならない。", "C2"));
    }

    @Test
    void damagesOnlyForFoodPoisoningAreANearMiss() {
        assertEquals("missing", status("第9条　乙は、食中毒その他の食品に起因する事故により利用者の身体に損害を与えたときは、その損害を賠償しなければならない。", "C6b"));
    }

    @Test
    void damagesForBreachOrFaultThatAlsoNameInjuryStillStateLiability() {
        assertEquals("satisfied", status("第9条　乙は、この契約に違反し、又は過失により甲若しくは利用者の身体に損害を与えたときは、その損害を賠償しなければならない。", "C6b"));
    }

    @Test
    void dispatchedWorkersPledgingTheInformationOfAPersonalInformationArticleIsD1() {
        assertEquals("satisfied", status("第3条　乙は、本業務に派遣労働者を従事させるときは、当該派遣労働者から、次条に規定する情報を他に漏らさない旨の誓約書を徴しなければならない。\n第4条　乙は、本業務に関して知り得た個人情報を他に漏らしてはならない。", "D1"));
    }

    @Test
    void aProvisoPuttingTheDataToTheContractorsOtherCustomersContradictsPurposeLimitation() {
        assertEquals("contradicted", status("第5条　乙は、受給者の個人情報を本業務以外の用途に使用してはならない。ただし、乙は、入力済みのデータを、乙が他の顧客から受託する業務の試験の用に供することができる。", "C1b"));
    }

    @Test
    void aProvisoForTheWorkItselfKeepsPurposeLimitation() {
        assertEquals("satisfied", status("第5条　乙は、受給者の個人情報を本業務以外の用途に使用してはならない。ただし、乙は、窓口の受付のため、受給者名簿を必要な部数複写して使用することができる。", "C1b"));
    }

    @Test
    void anArticleReplacedAndRenumberedInOneSentenceIsOutOfForce() {
        assertEquals("missing", status("第14条　乙は、この契約に違反して甲に損害を与えたときは、その損害を賠償しなければならない。\n\n変更契約書\n\n第1条　原契約第14条を次のように改め、同条を第13条とする。\n　第13条　乙は、通知書の発送が期日より遅延したときは、これにより甲に生じた損害を賠償しなければならない。", "C6b"));
    }

    @Test
    void anApprovalClauseReplacedByANoticeClauseNoLongerCounts() {
        assertEquals("contradicted", status("第7条　乙は、甲の書面による承諾を得ないで、本業務を第三者に委託してはならない。\n\n変更契約書\n\n第1条　原契約第7条を次のように改める。\n　第7条　乙は、本業務の一部を第三者に委託するときは、あらかじめ、委託先の名称を書面により甲に届け出なければならない。", "C2"));
    }

    @Test
    void cancellingTheContractForBreachIsTermination() {
        assertEquals("satisfied", status("第12条　甲は、乙がこの契約に違反し、相当の期間を定めて催告しても是正しないときは、この契約を解約することができる。", "C6a"));
    }

    // ------------------------------------------------------------------ phenomena of blind batch 5 (after measuring it)

    @Test
    void theClientUndertakingNotToTerminateDespiteABreachContradictsTermination() {
        assertEquals("contradicted", status("第10条　甲は、乙が破産手続開始の申立てを受けたときは、この契約を解除することができる。\n２　甲は、事業の継続のため、乙がこの契約に違反したときであっても、この契約を解除しないものとし、是正の指示にとどめる。", "C6a"));
    }

    @Test
    void aPrefectureNamedOnlyInTheHeaderOfASpecificationIsTheClient() {
        VerificationReport r = ClauseModelPhenomenaTest.VERIFIER.verifyText("unseen.txt", "奨学金返還事務　仕様書\n\n北浜県教育庁総務課\n\n１　件名\n　　奨学金返還事務\n\n"
                + "７　確認\n　　県は、必要に応じ、作業場所に立ち入り、個人情報の管理状況を検査することができる。\n");
        assertEquals("satisfied", r.element("W2").status());
    }

    @Test
    void specialTermsThatPrevailOverTheBodyDecideTheConflict() {
        VerificationReport r = verify("第4条　乙は、業務の遂行上必要があるときは、貸与資料を複写することができる。\n第9条　この契約書の規定と別記「個人情報取扱特記事項」の規定とが抵触するときは、別記「個人情報取扱特記事項」の規定が優先する。\n"
                + "\n別記\n\n個人情報取扱特記事項\n\n１　乙は、甲の指示による場合を除き、個人情報が記録された資料を複写してはならない。\n");
        assertEquals("satisfied", r.element("C3").status());
    }

    @Test
    void withoutThatPrecedenceTheBodysPermissionStillContradicts() {
        VerificationReport r = verify("第4条　乙は、業務の遂行上必要があるときは、貸与資料を複写することができる。\n"
                + "\n別記\n\n個人情報取扱特記事項\n\n１　乙は、甲の指示による場合を除き、個人情報が記録された資料を複写してはならない。\n");
        assertEquals("contradicted", r.element("C3").status());
    }

    @Test
    void mediaKeptForTheContractorsRetentionPeriodContradictErasure() {
        assertEquals("contradicted", status("第11条　乙は、契約が終了したときは、受給者の個人情報を記録したデータを消去する。ただし、保全用の記録媒体については、乙の社内規程に定める保管期間（最長5年）が満了するまで保管することができる。", "C5a"));
    }

    @Test
    void aParagraphDeletedByAnAmendmentIsOutOfForce() {
        assertEquals("satisfied", status("第13条　乙は、この契約に違反し、甲に損害を与えたときは、その損害を賠償しなければならない。\n２　前項の規定にかかわらず、個人情報の漏えいによる損害については、乙は、その責めを負わない。\n\n覚書\n\n第1条　原契約第13条第2項を削る。", "C6b"));
    }

    @Test
    void theClientWaivingEveryDamagesClaimContradictsDamages() {
        assertEquals("contradicted", status("第8条　甲は、本業務の処理に関して生じた損害について、乙に対しその賠償を請求しないものとする。", "C6b"));
    }

    @Test
    void theClientWaivingOnlyIndirectLossStillLeavesLiability() {
        assertEquals("satisfied", status("第8条　乙は、この契約に違反して甲に損害を与えたときは、その損害を賠償しなければならない。\n２　甲は、前項の損害のうち間接損害については、乙に対しその賠償を請求しないものとする。", "C6b"));
    }
}
