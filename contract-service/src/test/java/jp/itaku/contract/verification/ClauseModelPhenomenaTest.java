package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One test per phenomenon of issue 11, each with sentences written for the test (not taken from either dev set), so
 * that a rule is fixed for the way contracts say things, not for one draft's sentence.
 */
class ClauseModelPhenomenaTest {

    static final ContractVerifier VERIFIER = new ContractVerifier();

    static final String PREAMBLE = "住民健診データ入力業務委託契約書\n\n　東山村（以下「甲」という。）と株式会社西峰データ（以下「乙」という。）は、次のとおり契約を締結する。\n\n";

    static VerificationReport verify(String body) {
        return VERIFIER.verifyText("phenomenon.txt", PREAMBLE + body);
    }

    static List<String> evidenceTexts(VerificationReport r, String id) {
        return r.element(id).evidence().stream().map(Evidence::text).toList();
    }

    // ------------------------------------------------------------------ an exception that empties a ban

    @Test
    void provisoLettingTheContractorUsePartnersWithoutApprovalContradictsTheSubcontractBan() {
        VerificationReport r = verify("第4条（再委託）　乙は、本業務を第三者に委託してはならない。ただし、繁忙期においては、乙は、提携先に入力作業の一部を行わせることができる。\n");
        ElementResult c2 = r.element("C2");
        assertEquals("contradicted", c2.status());
        List<String> ev = evidenceTexts(r, "C2");
        assertTrue(ev.stream().anyMatch(t -> t.startsWith("ただし")), "quotes the permitting proviso: " + ev);
        assertTrue(ev.stream().anyMatch(t -> t.contains("委託してはならない")), "quotes the ban it empties: " + ev);
        assertTrue(c2.explanation().contains("第4条"), "names the permitting sentence: " + c2.explanation());
        assertTrue(c2.suggestedClause() != null && c2.suggestedClause().contains("承諾"), "a suggested clause stays");
    }

    @Test
    void provisoThatNeedsTheClientsWrittenApprovalKeepsTheBanSatisfied() {
        VerificationReport r = verify("第4条　乙は、本業務を第三者に委託してはならない。ただし、あらかじめ甲の書面による承認を受けたときは、この限りでない。\n");
        assertEquals("satisfied", r.element("C2").status());
    }

    @Test
    void approvalWaivedForPartnersIsContradicted() {
        VerificationReport r = verify("第4条　乙は、甲の承諾を得ないで本業務を第三者に委託してはならない。\n第5条　前条の規定にかかわらず、乙が協力会社に検体ラベルの印字を委託するときは、甲の承諾は要しないものとする。\n");
        assertEquals("contradicted", r.element("C2").status());
    }

    // ------------------------------------------------------------------ discretion

    @Test
    void copyingWhenTheContractorDeemsItNecessaryContradictsTheCopyRestriction() {
        VerificationReport r = verify("第6条　乙は、乙が必要と認めるときは、受診者の氏名等を記録した電子ファイルの写しを作成することができる。\n");
        assertEquals("contradicted", r.element("C3").status());
    }

    @Test
    void keepingDataAfterTheEndWheneverTheContractorFindsItNecessaryContradictsErasure() {
        VerificationReport r = verify("第9条　乙は、委託期間が満了したときは、受診者の個人情報を復元できない方法で消去しなければならない。ただし、乙が必要と認める場合は、乙は当該個人情報を引き続き保持することができる。\n");
        ElementResult c5a = r.element("C5a");
        assertEquals("contradicted", c5a.status());
        assertTrue(evidenceTexts(r, "C5a").size() >= 2, "quotes both the retention and the erasure duty: " + c5a.evidence());
    }

    @Test
    void retentionForAYearAfterCompletionContradictsErasure() {
        VerificationReport r = verify("第9条　乙は、業務の完了後、受診者の個人情報を消去しなければならない。\n２　乙は、問合せへの対応に備え、入力済みデータの控えを業務完了後2年間保管するものとする。\n");
        assertEquals("contradicted", r.element("C5a").status());
    }

    @Test
    void erasingStoredDataAtTheEndIsNotRetention() {
        // 「保存された」 describes the data; the predicate is erasure
        VerificationReport r = verify("第9条　乙は、業務の完了後、乙の端末に保存された受診者の個人情報を復元できない方法により消去しなければならない。\n");
        assertEquals("satisfied", r.element("C5a").status());
    }

    // ------------------------------------------------------------------ waivers

    @Test
    void waivingTheWorkerListContradictsTheStructureElement() {
        VerificationReport r = verify("第7条　乙は、個人情報の管理責任者を定め、書面により甲に届け出なければならない。\n２　入力作業に従事する要員の名簿の提出は要しない。\n");
        assertEquals("contradicted", r.element("W1").status());
    }

    @Test
    void waivingErasureOfWorkFilesContradictsErasure() {
        VerificationReport r = verify("第9条　乙は、業務の完了後、個人情報を記録した媒体の内容を消去しなければならない。\n２　前項の規定にかかわらず、作業用の一時ファイルについては、消去を要しない。\n");
        assertEquals("contradicted", r.element("C5a").status());
    }

    // ------------------------------------------------------------------ after the fact

    @Test
    void subcontractingWithOnlyALaterReportIsContradicted() {
        VerificationReport r = verify("第4条　乙は、乙の判断で、本業務の一部を外部の事業者に委託することができる。この場合、乙は、事後速やかに委託先を甲に報告する。\n");
        assertEquals("contradicted", r.element("C2").status());
    }

    @Test
    void leakReportedOnlyInTheNextMonthlyReportIsContradicted() {
        VerificationReport r = verify("第10条　乙は、個人情報の漏えいその他の事故が生じたときは、乙の責任において対処し、甲への報告は翌月の月次報告書への記載をもって足りるものとする。\n");
        assertEquals("contradicted", r.element("C4").status());
    }

    // ------------------------------------------------------------------ the client's right binds the contractor

    @Test
    void clientsRightToHaveDataErasedSatisfiesErasure() {
        VerificationReport r = verify("第9条　甲は、業務が終了したときは、乙に対し、乙の端末に残る受診者の個人情報を復元できない方法により消去させることができる。\n");
        assertEquals("satisfied", r.element("C5a").status());
    }

    @Test
    void clientsRightToHaveTheWorkerListSubmittedSatisfiesStructure() {
        VerificationReport r = verify("第7条　甲は、乙に対し、本業務に従事する責任者及び作業員の氏名を記載した書面を提出させることができる。\n");
        assertEquals("satisfied", r.element("W1").status());
    }

    // ------------------------------------------------------------------ liability

    @Test
    void excludingLiabilityForLeaksIsContradictedEvenWithAGrossNegligenceCarveOut() {
        VerificationReport r = verify("第12条　乙は、個人情報の漏えいにより甲に生じた損害について、乙に故意又は重大な過失がある場合を除き、責任を負いません。\n");
        assertEquals("contradicted", r.element("C6b").status());
    }

    @Test
    void aCapOnDamagesStillStatesLiability() {
        VerificationReport r = verify("第12条　乙は、この契約に違反して甲に損害を与えたときは、その損害を賠償しなければならない。ただし、賠償額は委託料の総額を上限とする。\n");
        assertEquals("satisfied", r.element("C6b").status());
    }

    // ------------------------------------------------------------------ purpose limitation with a reuse carve-out

    @Test
    void derivedStatisticsForTheVendorsOwnBusinessContradictPurposeLimitation() {
        VerificationReport r = verify("第3条　乙は、受診者データを本業務の目的以外に利用してはならない。\n２　前項にかかわらず、乙は、受診者データを匿名化して統計を作成し、乙の新製品の開発に利用することができる。\n");
        assertEquals("contradicted", r.element("C1b").status());
    }

    // ------------------------------------------------------------------ defined terms for the information

    @Test
    void aTermDefinedInsideABracketCountsAsPersonalInformation() {
        VerificationReport r = verify("第2条　乙は、本業務により知り得た情報（受診者の氏名、住所及び健診結果をいう。以下「対象情報」という。）を適正に管理する。\n第3条　乙は、対象情報を第三者に漏らしてはならない。\n");
        assertEquals("satisfied", r.element("C1a").status());
    }

    @Test
    void aTermDefinedAtTheEndOfAnExplainingBracketCountsAsPersonalInformation() {
        // the 以下「X」という part closes a bracket that first explains the term, with 併せて and a polite ending
        VerificationReport r = verify("第2条　乙は、甲から預かる名簿（受診予定者の氏名及び電話番号を記載したものをいい、その写しを含む。以下、併せて「預託名簿」といいます。）を施錠できる書庫に保管する。\n第3条　乙は、預託名簿の内容を他人に知らせてはならない。\n");
        assertEquals("satisfied", r.element("C1a").status());
    }

    @Test
    void aTermDefinedInADefinitionListCountsAsPersonalInformation() {
        VerificationReport r = verify("第1条（定義）　この契約において、次の用語の意義は、それぞれ次に定めるところによる。\n"
                + "(1) 健診記録　受診者の氏名、生年月日及び検査値を記録した電子ファイルをいう。\n"
                + "第2条　乙は、健診記録を第三者に漏らしてはならない。\n");
        assertEquals("satisfied", r.element("C1a").status());
    }

    @Test
    void aRightToDemandRecordsAndExplanationsSatisfiesInspection() {
        VerificationReport r = verify("第11条　甲は、受診者の個人情報の取扱いについて、乙に作業記録及び説明の提示を求めることができる。\n");
        assertEquals("satisfied", r.element("W2").status());
    }

    // ------------------------------------------------------------------ subcontract agreements: 丙 is bound

    @Test
    void inASubcontractAgreementTheSubcontractorIsTheBoundParty() {
        String text = "再委託契約書\n\n　株式会社西峰データ（以下「乙」という。）と合同会社北斗入力（以下「丙」という。）は、乙が東山村（以下「甲」という。）から受託した業務の一部を丙に再委託するため、次のとおり契約を締結する。\n\n"
                + "第1条　丙は、再委託業務に関して知り得た個人情報を他に漏らしてはならない。\n"
                + "第2条　乙は、丙が個人情報の取扱いに関する定めに違反したときは、この契約を解除することができる。\n"
                + "第3条　乙は、業務の終了後、甲から貸与を受けた資料を甲に返還しなければならない。\n";
        VerificationReport r = VERIFIER.verifyText("sub.txt", text);
        assertEquals("satisfied", r.element("C1a").status(), "丙's confidentiality counts");
        assertEquals("satisfied", r.element("C6a").status(), "乙 is the client of this agreement and may terminate");
        assertEquals("missing", r.element("C5b").status(), "乙 returning to 甲 does not bind 丙");
    }

    // ------------------------------------------------------------------ amendments replace what they replace

    @Test
    void anAmendmentThatReplacesAnArticleRemovesTheOldPermission() {
        VerificationReport r = verify("第5条（再委託）　乙は、乙の判断で本業務を関連会社に行わせることができる。\n\n"
                + "変更覚書\n\n第1条　原契約第5条を次のように改める。\n"
                + "第5条　乙は、あらかじめ甲の書面による承認を得なければ、本業務を第三者に委託してはならない。\n");
        assertEquals("satisfied", r.element("C2").status());
    }

    @Test
    void anAmendmentThatDeletesAProvisoLeavesTheBan() {
        VerificationReport r = verify("第9条　乙は、業務の完了後、受診者の個人情報を復元できない方法により消去しなければならない。ただし、乙が必要と認めるときは、乙はこれを引き続き保管することができる。\n\n"
                + "変更覚書\n\n第1条　原契約第9条ただし書を削る。\n");
        assertEquals("satisfied", r.element("C5a").status());
    }

    @Test
    void withoutAnAmendmentTheSamePermissionStillContradicts() {
        VerificationReport r = verify("第5条（再委託）　乙は、乙の判断で本業務を関連会社に行わせることができる。\n");
        assertEquals("contradicted", r.element("C2").status());
    }

    // ------------------------------------------------------------------ stated precedence between the agency's and the vendor's terms

    static String withVendorTerms(String body) {
        return "保健システム利用契約書\n\n　東山村（以下「甲」という。）と株式会社西峰データ（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
                + body
                + "\n別記\n\n個人情報取扱特記事項\n\n第1　乙は、甲の承認を得ないで、受診者の個人情報を複写し、又は複製してはならない。\n"
                + "\n別紙\n\n西峰クラウド利用規約\n\n第4条　当社は、障害対策のため、当社の判断によりお客様データを複製することができます。\n";
    }

    @Test
    void whenTheSpecialTermsPrevailAVendorPermissionDoesNotContradict() {
        VerificationReport r = VERIFIER.verifyText("p.txt", withVendorTerms(
                "第1条　この契約書、特記事項及び利用規約の間に抵触があるときは、特記事項、この契約書、利用規約の順に優先して適用する。\n"));
        assertEquals("satisfied", r.element("C3").status());
    }

    @Test
    void withoutAPrecedenceStatementTheVendorPermissionContradicts() {
        VerificationReport r = VERIFIER.verifyText("p.txt", withVendorTerms("第1条　乙は、利用規約に従い本サービスを提供する。\n"));
        assertEquals("contradicted", r.element("C3").status());
    }

    @Test
    void whenTheVendorTermsPrevailTheirPermissionStillContradicts() {
        VerificationReport r = VERIFIER.verifyText("p.txt", withVendorTerms(
                "第1条　甲は、本サービスの利用に関しては、利用規約の定めがこの契約及び特記事項に優先して適用されることに同意する。\n"));
        assertEquals("contradicted", r.element("C3").status());
    }

    @Test
    void aVendorClauseDisappliedByNumberNeitherSatisfiesNorContradicts() {
        VerificationReport r = VERIFIER.verifyText("p.txt", withVendorTerms("第1条　利用規約第4条の規定は、本契約には適用しない。\n"));
        assertEquals("satisfied", r.element("C3").status());
    }

    // ------------------------------------------------------------------ inspection refused or replaced by a report

    @Test
    void aContractorThatWillNotAdmitAuditsContradictsInspection() {
        VerificationReport r = verify("第11条　甲は、乙に対し、個人情報の取扱状況について報告を求めることができる。\n２　乙は、セキュリティ上の理由から、甲による乙の作業拠点への立入り又は監査には応じないものとする。\n");
        assertEquals("contradicted", r.element("W2").status());
    }

    @Test
    void aThirdPartyReportDeemedToSatisfyTheAuditRightContradictsInspection() {
        VerificationReport r = verify("第11条　甲は、外部監査人の保証報告書の提出をもって、甲の監査の権利が満たされたものとみなすことに同意する。\n");
        assertEquals("contradicted", r.element("W2").status());
    }

    @Test
    void aCertificateAloneIsNotAnInspectionRightButNotAContradictionEither() {
        VerificationReport r = verify("第11条　乙は、情報セキュリティに関する第三者認証の写しを毎年甲に提出する。\n");
        assertEquals("missing", r.element("W2").status());
    }

    // ------------------------------------------------------------------ damages claimable on listed grounds

    @Test
    void theClientsRightToClaimDamagesOnListedGroundsIncludingBreachSatisfiesDamages() {
        VerificationReport r = verify("第20条　甲は、乙が次の各号のいずれかに該当するときは、これによって生じた損害の賠償を請求することができる。\n"
                + "(1)　納期までに業務を完了しないとき。\n(2)　債務の本旨に従った履行をしないとき。\n");
        assertEquals("satisfied", r.element("C6b").status());
    }

    // ------------------------------------------------------------------ phrasings of the same duty

    @Test
    void aReportDeadlineInHoursIsPrompt() {
        VerificationReport r = verify("第10条　乙は、個人情報の漏えいのおそれを知ったときは、2時間以内に甲に第一報を行い、甲の指示に従って対応すること。\n");
        assertEquals("satisfied", r.element("C4").status());
    }

    @Test
    void aPlainNegativeStatementBindsLikeAProhibition() {
        VerificationReport r = verify("第3条　乙は、本業務で知り得た受診者の個人情報を第三者に漏らさない。\n");
        assertEquals("satisfied", r.element("C1a").status());
    }

    @Test
    void anAmendmentThatDeletesAQuotedSpecialTermsItemRemovesIt() {
        VerificationReport r = verify("第1条　特記事項第7を削る。\n第2条　変更前の特記事項は次のとおりである。\n"
                + "第7　乙は、業務が完了したときは、甲から提供を受けた資料を速やかに甲に返還しなければならない。\n");
        assertEquals("missing", r.element("C5b").status());
    }

    // ------------------------------------------------------------------ subcontracting approved in advance, damages, references

    @Test
    void blanketApprovalOfFutureSubProcessorsIsContradicted() {
        VerificationReport r = verify("第8条　甲は、乙がクラウド基盤の運用のために再処理者を利用することについて、包括的な承認を与える。乙は、再処理者を追加するときは、甲に通知する。\n");
        assertEquals("contradicted", r.element("C2").status());
    }

    @Test
    void handingWorkToItsOwnContractorsAtItsOwnResponsibilityIsContradicted() {
        VerificationReport r = verify("第8条　乙は、本業務の一部を、乙の責任において委託先に委託することができる。\n");
        assertEquals("contradicted", r.element("C2").status());
    }

    @Test
    void liabilityLimitedToRedoingTheWorkWithOtherDamagesExcludedIsContradicted() {
        VerificationReport r = verify("第15条　乙の責任は、誤りのあった帳票の再出力に限られるものとし、乙は、それ以外の損害については賠償の責任を負わない。\n");
        assertEquals("contradicted", r.element("C6b").status());
    }

    @Test
    void liquidatedDamagesForBidRiggingAreANearMissForDamages() {
        VerificationReport r = verify("第16条　乙は、この契約に関し、談合その他の不正行為により公正取引委員会の排除措置命令が確定したときは、契約金額の10分の1を賠償金として甲に支払わなければならない。\n");
        assertEquals("missing", r.element("C6b").status());
    }

    @Test
    void deferringToAContractNotIncludedCountsForNothing() {
        VerificationReport r = verify("第16条　この仕様書に違反した場合の損害の賠償については、別に締結する委託契約書の定めるところによる。\n");
        assertEquals("missing", r.element("C6b").status());
    }

    // ------------------------------------------------------------------ return, liability and logs phrased otherwise

    @Test
    void waivingTheReturnOfTheFormsContradictsReturn() {
        VerificationReport r = verify("第14条　乙は、業務が終了したときは、甲から受領した受診票を乙の責任において裁断するものとし、甲への返却を要しない。\n");
        assertEquals("contradicted", r.element("C5b").status());
    }

    @Test
    void returnOnTheClientsRequestAfterTheEndSatisfiesReturn() {
        VerificationReport r = verify("第14条　甲は、契約の終了後60日以内に限り、受診者データを返還するよう乙に求めることができる。\n");
        assertEquals("satisfied", r.element("C5b").status());
    }

    @Test
    void liabilityForLossCausedByBreachWithoutTheWordDamagesSatisfiesDamages() {
        VerificationReport r = verify("第15条　乙は、この契約の違反により甲に生じた通常の損害について、責任を負う。\n");
        assertEquals("satisfied", r.element("C6b").status());
    }

    @Test
    void keepingConnectionLogsForAYearIsNotKeepingThePersonalData() {
        VerificationReport r = verify("第9条　乙は、業務の完了後、受診者の個人情報を消去しなければならない。\n第10条　端末への接続の記録は、乙が作成し、2年間保存する。\n");
        assertEquals("satisfied", r.element("C5a").status());
    }

    @Test
    void aContractorThatMayNotRefuseAnInspectionDoesNotContradictIt() {
        VerificationReport r = verify("第11条　甲は、乙の事業所に立ち入り、個人情報の管理の状況を検査することができる。\n２　乙は、前項の検査を拒むことができない。\n");
        assertEquals("satisfied", r.element("W2").status());
    }

    // ------------------------------------------------------------------ session 3: phenomena found on drafts of our own

    @Test
    void aProvisoLiftingErasureWheneverTheContractorDeemsItNecessaryContradictsIt() {
        VerificationReport r = verify("第9条　乙は、業務が終わったときは、受診者の個人情報を記録した電子ファイルを削除しなければならない。ただし、乙が問合せ対応のため必要と認めるときは、この限りでない。\n");
        ElementResult c5a = r.element("C5a");
        assertEquals("contradicted", c5a.status());
        List<String> ev = evidenceTexts(r, "C5a");
        assertTrue(ev.stream().anyMatch(t -> t.startsWith("ただし")), "quotes the exception: " + ev);
        assertTrue(ev.stream().anyMatch(t -> t.contains("削除しなければならない")), "quotes the duty it empties: " + ev);
        assertTrue(c5a.explanation().contains("第9条"), c5a.explanation());
    }

    @Test
    void aProvisoLiftingTheBanWhenTheClientDeemsItNecessaryKeepsItSatisfied() {
        VerificationReport r = verify("第9条　乙は、業務が終わったときは、受診者の個人情報を記録した電子ファイルを削除しなければならない。ただし、甲が再検査のため必要と認めるときは、この限りでない。\n");
        assertEquals("satisfied", r.element("C5a").status());
    }

    @Test
    void anEmergencyExceptionForSomeonesLifeKeepsThePurposeLimitation() {
        VerificationReport r = verify("第3条　乙は、受診者の個人情報を本業務の目的以外に利用してはならない。ただし、受診者の生命又は身体を守るため緊急に必要があると乙が認めるときは、この限りでない。\n");
        assertEquals("satisfied", r.element("C1b").status());
    }

    @Test
    void aProvisoNeedingTheClientsApprovalOnTopOfTheContractorsJudgementKeepsTheDuty() {
        VerificationReport r = verify("第9条　乙は、業務が終わったときは、受診者の個人情報を記録した電子ファイルを削除しなければならない。ただし、乙が必要と認め、かつ、甲の書面による承認を得たときは、この限りでない。\n");
        assertEquals("satisfied", r.element("C5a").status());
    }

    @Test
    void aProvisoLiftingConfidentialityAtTheContractorsJudgementEmptiesItToo() {
        VerificationReport r = verify("第2条　乙は、業務上知った受診者の個人情報を他人に漏らしてはならない。ただし、乙の判断で差し支えないとしたものについては、この限りでない。\n");
        assertEquals("contradicted", r.element("C1a").status());
    }

    @Test
    void lettingAnotherPrintingFirmDoPartOfTheWorkWithALaterNoticeIsContradicted() {
        VerificationReport r = verify("第4条　乙は、封入封かん作業を別の封入業者に行わせることができる。この場合、乙は、その業者名を作業の後に甲へ知らせるものとする。\n");
        assertEquals("contradicted", r.element("C2").status());
    }

    @Test
    void aDutyToNameTheFirmAfterHavingHandedItTheWorkIsNoticeAfterTheFact() {
        VerificationReport r = verify("第4条　乙は、本業務の一部を外部の事業者に処理させたときは、速やかに当該事業者の名称を甲に報告するものとする。\n");
        assertEquals("contradicted", r.element("C2").status());
    }

    @Test
    void theSameReportUnderAnApprovalRequirementIsNotAContradiction() {
        VerificationReport r = verify("第4条　乙は、甲の書面による承認を得なければ、本業務を第三者に委託してはならない。\n２　乙は、前項の承認を得て本業務の一部を外部の事業者に処理させたときは、当該事業者の名称を甲に報告するものとする。\n");
        assertEquals("satisfied", r.element("C2").status());
    }

    @Test
    void aNamingDutyInAnotherArticleOfADraftThatRequiresApprovalIsNotAContradiction() {
        VerificationReport r = verify("第4条　乙は、あらかじめ甲の書面による承諾を得なければ、本業務を第三者に委託してはならない。\n"
                + "第5条　乙は、本業務の一部を外部の事業者に処理させたときは、当該事業者の名称及び所在地を甲に届け出るものとする。\n");
        assertEquals("satisfied", r.element("C2").status());
    }

    @Test
    void consentingInAdvanceToAnyThirdPartyTheVendorUsesIsBlanketApproval() {
        VerificationReport r = verify("第4条　甲は、乙が本サービスの運用のために第三者（以下「外部処理者」という。）を使用することに、この契約の締結により包括的に同意する。\n");
        assertEquals("contradicted", r.element("C2").status());
    }

    @Test
    void revokingTheDesignationOfTheManagerForBreachIsTermination() {
        String text = "体育施設の管理に関する協定書\n\n　東山村（以下「村」という。）と東山スポーツ共同事業体（以下「指定管理者」という。）は、次のとおり協定を締結する。\n\n"
                + "第3条　指定管理者は、利用者の個人情報を他に漏らしてはならない。\n"
                + "第20条　村は、指定管理者がこの協定の規定に違反したときは、その指定を取り消すことができる。\n"
                + "第21条　指定管理者は、指定期間が終わったときは、利用者の個人情報を記録した台帳を村に引き渡さなければならない。\n";
        VerificationReport r = VERIFIER.verifyText("shitei.txt", text);
        assertEquals("satisfied", r.element("C6a").status(), "the designation revoked ends the agreement");
        assertEquals("satisfied", r.element("C5b").status(), "the 指定管理者 (a joint venture) is the bound party");
    }

    @Test
    void inASubcontractAgreementTheSubcontractorsWorkerListIsTheStructureElement() {
        String text = "再委託契約書\n\n　株式会社西峰データ（以下「乙」という。）と合同会社北斗入力（以下「丙」という。）は、乙が東山村から受託した業務の一部を丙に再委託するため、次のとおり契約を締結する。\n\n"
                + "第5条　丙は、再委託業務に就く者の名簿及び個人情報の管理責任者を、再委託業務の開始前に乙に書面で届け出なければならない。\n";
        VerificationReport r = VERIFIER.verifyText("sub.txt", text);
        assertEquals("satisfied", r.element("W1").status());
    }

    @Test
    void followingInstructionsInTheArticleAfterTheReportCompletesTheIncidentDuty() {
        VerificationReport r = verify("第7条　乙は、受診者の個人情報の流出を知ったときは、直ちに甲に連絡しなければならない。\n"
                + "第8条　前条の場合において、乙は、甲の指示に従って被害の拡大を防がなければならない。\n");
        assertEquals("satisfied", r.element("C4").status());
    }

    @Test
    void theClientHavingItsStaffCheckTheHandlingIsAnInspectionRight() {
        VerificationReport r = verify("第11条　甲は、職員を乙の作業室に赴かせ、受診者の個人情報の管理状況を確認させることができる。\n");
        assertEquals("satisfied", r.element("W2").status());
    }

    @Test
    void reusingTheDataForTheContractorsOwnPlanningContradictsPurposeLimitation() {
        VerificationReport r = verify("第3条　乙は、受診者の個人情報を本業務の目的以外に利用してはならない。\n２　前項の規定にかかわらず、乙は、受診者の個人情報を集計し、自社の健康関連商品の企画に活用することができる。\n");
        assertEquals("contradicted", r.element("C1b").status());
    }

    @Test
    void aPurposeLimitationOnTheClientsDataInAPersonalInformationArticleSatisfiesIt() {
        VerificationReport r = verify("第3条（個人情報の取扱い）　乙は、個人情報を適正に扱うものとし、甲のデータを本業務の目的以外に使用してはならない。\n");
        assertEquals("satisfied", r.element("C1b").status());
    }

    @Test
    void makingWorkersPledgeNotToUseOrCopyTheDataIsAProhibition() {
        String text = "労働者派遣個別契約書\n\n　東山村（以下「派遣先」という。）と株式会社西峰スタッフ（以下「派遣元」という。）は、労働者派遣に関し次のとおり契約する。\n\n"
                + "第1条　派遣元は、派遣労働者に、就業中に知った住民の個人情報を派遣先の業務以外の目的に用いない旨を誓約させなければならない。\n"
                + "第2条　派遣元は、派遣労働者が派遣先の許可なく個人情報を記録した書類を複写しないよう徹底させなければならない。\n";
        VerificationReport r = VERIFIER.verifyText("haken.txt", text);
        assertEquals("satisfied", r.element("C1b").status());
        assertEquals("satisfied", r.element("C3").status());
    }

    @Test
    void aWordLevelAmendmentIsJudgedWithItsNewWording() {
        VerificationReport r = verify("第7条　乙は、受診者の個人情報の漏えいを知ったときは、速やかに甲に報告し、甲の指示に従わなければならない。\n\n"
                + "変更覚書\n\n第1条　原契約第7条中「速やかに甲に報告し」を「四半期ごとの定期報告書に記載して甲に報告し」に改める。\n");
        ElementResult c4 = r.element("C4");
        assertEquals("contradicted", c4.status(), c4.explanation());
        assertTrue(evidenceTexts(r, "C4").stream().anyMatch(t -> t.contains("に改める")), "quotes the amendment: " + evidenceTexts(r, "C4"));
    }

    @Test
    void aWordLevelAmendmentThatTightensTheWordingSatisfies() {
        VerificationReport r = verify("第7条　乙は、受診者の個人情報の漏えいを知ったときは、翌月の業務報告書により甲に報告するものとする。\n\n"
                + "変更覚書\n\n第1条　原契約第7条中「翌月の業務報告書により甲に報告するものとする」を「直ちに甲に報告し、甲の指示に従わなければならない」に改める。\n");
        assertEquals("satisfied", r.element("C4").status());
    }

    @Test
    void theDispatchAgencyNotifyingTheWorkersNamesInWritingStatesTheWorkers() {
        String text = "労働者派遣個別契約書\n\n　東山村（以下「派遣先」という。）と株式会社西峰スタッフ（以下「派遣元」という。）は、労働者派遣に関し次のとおり契約する。\n\n"
                + "第4条　派遣元は、就業の開始前に、派遣労働者の氏名及び雇用保険の加入状況を書面で派遣先に知らせなければならない。\n";
        VerificationReport r = VERIFIER.verifyText("haken.txt", text);
        assertEquals("satisfied", r.element("W1").status());
    }

    @Test
    void anAuditReducedToReceivingTheVendorsReportContradictsInspection() {
        VerificationReport r = verify("第11条　甲は、乙の作業場所に立ち入り、個人情報の管理状況を検査することができる。\n"
                + "第12条　前条の規定にかかわらず、甲による監査及び検査は、乙が外部の監査人から受領した報告書の交付を受けることによって行うものとする。\n");
        assertEquals("contradicted", r.element("W2").status());
    }

    @Test
    void theDataSubjectsConsentIsNotTheClientsApproval() {
        VerificationReport r = verify("第3条　乙は、受診者の個人情報を健診の実施の目的に限り利用する。ただし、乙の会員サービスへの登録に同意した受診者の氏名及び電話番号については、乙は、乙の商品の案内のために利用することができる。\n");
        assertEquals("contradicted", r.element("C1b").status());
    }

    @Test
    void useLimitedToThePurposeWithNoExceptionSatisfiesPurposeLimitation() {
        VerificationReport r = verify("第3条　受診者の個人情報は、健診結果の通知の目的に限り利用すること。\n");
        assertEquals("satisfied", r.element("C1b").status());
    }

    @Test
    void onlyTheListedFirmsAndAnyChangeWithPriorApprovalLimitsSubcontracting() {
        VerificationReport r = verify("第4条　乙は、別表に記載した入力業者以外の者に受診者データを扱う作業を委託せず、別表を改めるときは、事前に甲の書面による承認を受けるものとする。\n");
        assertEquals("satisfied", r.element("C2").status());
    }

    @Test
    void barringTerminationOnTheGroundOfNonPerformanceContradictsIt() {
        VerificationReport r = verify("第14条　甲は、乙の義務違反を理由として、この契約を解除することはできない。\n");
        assertEquals("contradicted", r.element("C6a").status());
    }

    @Test
    void barringTerminationOnAnUnrelatedGroundIsNoContradiction() {
        VerificationReport r = verify("第14条　甲は、予算の減額のみを理由として、この契約を解除することはできない。\n");
        assertEquals("missing", r.element("C6a").status());
    }

    @Test
    void excludingLiabilityForLossWithOnlyIntentExceptedIsContradicted() {
        VerificationReport r = verify("第15条　乙は、本業務に関して甲が被った損害について賠償の責任を負わない。ただし、乙に重大な過失がある場合は、この限りでない。\n");
        assertEquals("contradicted", r.element("C6b").status());
    }

    @Test
    void aCapWithAnIntentExceptionIsStillLiability() {
        VerificationReport r = verify("第15条　乙は、この契約に違反して甲に損害を与えたときは、その損害を賠償しなければならない。\n２　乙は、前項の損害のうち契約金額を超える部分について賠償の責任を負わない。ただし、乙の故意による場合は、この限りでない。\n");
        assertEquals("satisfied", r.element("C6b").status());
    }

    @Test
    void olderWordsForTheSameDutiesCount() {
        VerificationReport r = verify("一　乙は、受診者の個人情報を本業務の目的外の用途に供してはならない。\n"
                + "二　乙は、甲の許諾なく受診者の個人情報を記載した帳票を謄写してはならない。\n"
                + "三　乙は、受診者の個人情報の漏洩を知ったときは、遅滞なく甲に通報し、甲の指示に従わなければならない。\n"
                + "四　乙は、業務が終了したときは、甲から受領した帳票類を甲に返納しなければならない。\n"
                + "五　乙は、この契約に違背したことにより甲に損失を生じさせたときは、これを補償しなければならない。\n");
        for (String id : List.of("C1b", "C3", "C4", "C5b", "C6b")) {
            assertEquals("satisfied", r.element(id).status(), id + ": " + r.element(id).explanation());
        }
    }
}
