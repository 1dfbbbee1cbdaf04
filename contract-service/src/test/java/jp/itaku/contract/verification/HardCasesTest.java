package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The hard cases of issue 3, each with a small draft written for the test (not taken from the dev corpus).
 */
class HardCasesTest {

    static final ContractVerifier VERIFIER = new ContractVerifier();

    static final String PREAMBLE = "文書発送業務委託契約書\n\n　北原町（以下「甲」という。）と株式会社南光システム（以下「乙」という。）は、次のとおり契約を締結する。\n\n";

    static VerificationReport verify(String body) {
        return VERIFIER.verifyText("test.txt", PREAMBLE + body);
    }

    static String status(VerificationReport r, String id) {
        return r.element(id).status();
    }

    static void assertEvidenceExact(VerificationReport r, String text) {
        for (ElementResult e : r.elements()) {
            for (Evidence ev : e.evidence()) {
                int s = text.offsetByCodePoints(0, ev.start());
                int en = text.offsetByCodePoints(0, ev.end());
                assertEquals(ev.text(), text.substring(s, en), "evidence of " + e.id());
            }
        }
    }

    // ------------------------------------------------------------------ negation and permission

    @Test
    void permissionToCopyWithoutApprovalContradictsCopyRestriction() {
        VerificationReport r = verify("第1条（複製）　乙は、必要に応じて、甲から受け取った個人情報を含む名簿を複製することができる。\n");
        assertEquals("contradicted", status(r, "C3"));
        ElementResult c3 = r.element("C3");
        assertFalse(c3.evidence().isEmpty());
        assertTrue(c3.evidence().get(0).text().contains("複製することができる"));
        assertNotNull(c3.suggestedClause());
        assertTrue(c3.suggestedClause().contains("乙は"), "suggested clause uses the draft's own party labels");
    }

    @Test
    void permissionToCopyWithApprovalSatisfiesCopyRestriction() {
        VerificationReport r = verify("第1条　乙は、甲の書面による承認を得た場合に限り、個人情報が記録された資料を複写することができる。\n");
        assertEquals("satisfied", status(r, "C3"));
    }

    @Test
    void copyProhibitionSatisfiesCopyRestriction() {
        VerificationReport r = verify("第1条　乙は、甲の承諾なく、個人情報が記録された資料を複写し、又は複製してはならない。\n");
        assertEquals("satisfied", status(r, "C3"));
        assertEquals("第1条", r.element("C3").evidence().get(0).article());
    }

    @Test
    void postHocNoticeContradictsPriorApproval() {
        VerificationReport r = verify("第5条（再委託）　乙は、業務の一部を第三者に再委託することができる。\n２　乙は、再委託をしたときは、その後速やかに再委託先の名称を甲に通知するものとする。\n");
        assertEquals("contradicted", status(r, "C2"));
        assertTrue(r.element("C2").explanation().contains("事前"));
    }

    @Test
    void priorWrittenApprovalSatisfiesSubcontracting() {
        VerificationReport r = verify("第5条　乙は、あらかじめ甲の書面による承認を得なければ、業務の全部又は一部を他の事業者に再委託してはならない。\n");
        assertEquals("satisfied", status(r, "C2"));
    }

    @Test
    void subcontractingWithoutConsentForCertifiedFirmsContradictsEvenWithAGeneralBan() {
        VerificationReport r = verify("第5条　乙は、業務を第三者に委託してはならない。ただし、甲の承諾を得たときはこの限りでない。\n２　前項の規定にかかわらず、乙は、プライバシーマークを取得した事業者には、甲の承諾を得ることなく業務の一部を再委託することができる。\n");
        assertEquals("contradicted", status(r, "C2"));
    }

    @Test
    void clientBarredFromTerminatingContradictsTermination() {
        VerificationReport r = verify("第9条　甲は、契約期間中、いかなる理由があっても本契約を解除することができない。\n");
        assertEquals("contradicted", status(r, "C6a"));
    }

    @Test
    void terminationLimitedToTheBreachClauseStillSatisfies() {
        VerificationReport r = verify("第9条　甲は、乙がこの契約に違反したときは、この契約を解除することができる。\n"
                + "第10条　甲は、前条に定める場合を除き、この契約を解除することができない。\n");
        assertEquals("satisfied", status(r, "C6a"));
        VerificationReport r2 = verify("第9条　甲は、予算の減額があったときは、この契約を解除することができる。\n"
                + "第10条　甲は、前条に定める場合を除き、この契約を解除することができない。\n");
        assertEquals("contradicted", status(r2, "C6a"));
    }

    @Test
    void totalExclusionOfDamagesContradictsLiability() {
        VerificationReport r = verify("第10条（免責）　乙は、個人情報の漏えいその他本契約に関して甲に生じたいかなる損害についても、一切の賠償責任を負わない。\n");
        assertEquals("contradicted", status(r, "C6b"));
    }

    @Test
    void cappedLiabilityStillSatisfiesDamages() {
        VerificationReport r = verify("第10条　乙は、本契約に違反して甲に損害を与えたときは、その損害を賠償しなければならない。\n２　前項の賠償額は、委託料の総額を上限とする。\n");
        assertEquals("satisfied", status(r, "C6b"));
    }

    @Test
    void clientBarredFromAuditsContradictsInspection() {
        VerificationReport r = verify("第8条　甲は、乙の事業所への立入り又は監査を求めることはできない。\n");
        assertEquals("contradicted", status(r, "W2"));
    }

    @Test
    void reportOnlyAfterHandlingALeakContradictsIncidentResponse() {
        VerificationReport r = verify("第7条　乙は、個人情報の漏えいが発生したときは、自らの判断で必要な対応を行い、甲への報告は対応が完了した後に行えば足りるものとする。\n");
        assertEquals("contradicted", status(r, "C4"));
    }

    @Test
    void promptReportOfLeakSatisfiesIncidentResponse() {
        VerificationReport r = verify("第7条　乙は、個人情報の漏えい、滅失又は毀損のおそれがあることを知ったときは、遅滞なく甲に報告し、甲の指示に従わなければならない。\n");
        assertEquals("satisfied", status(r, "C4"));
    }

    @Test
    void reportWithoutFollowingInstructionsIsMissingUnlessAnotherClauseAddsThem() {
        VerificationReport r = verify("第7条　乙は、個人情報の漏えいが生じたときは、直ちに甲に報告しなければならない。\n");
        assertEquals("missing", status(r, "C4"));
        assertTrue(r.element("C4").explanation().contains("指示に従う定めがありません"), r.element("C4").explanation());
        VerificationReport split = verify("第7条　乙は、個人情報の漏えいが生じたときは、直ちに甲に報告しなければならない。\n"
                + "第8条　甲は、前条の報告を受けたときは、乙に対し必要な措置を指示することができる。この場合において、乙は、甲の指示に従わなければならない。\n");
        assertEquals("satisfied", status(split, "C4"));
        assertEquals(2, split.element("C4").evidence().size());
    }

    @Test
    void useForOwnServicesContradictsPurposeLimitation() {
        VerificationReport r = verify("第6条　乙は、甲から提供を受けた住民の個人情報を、乙の他のサービスの開発のために利用することができる。\n");
        assertEquals("contradicted", status(r, "C1b"));
    }

    // ------------------------------------------------------------------ headings, attachments, catch-all

    @Test
    void headingWithoutOperativeSentenceIsMissing() {
        String body = "（複写の禁止）\n第5条\n\n（事故の報告）\n第6条　乙は、個人情報の漏えいが生じたときは、直ちに甲に報告し、その指示に従わなければならない。\n";
        VerificationReport r = verify(body);
        assertEquals("missing", status(r, "C3"));
        assertTrue(r.element("C3").explanation().contains("見出しだけ"), r.element("C3").explanation());
        assertEquals("satisfied", status(r, "C4"));
    }

    @Test
    void referenceToAbsentAttachmentIsMissing() {
        VerificationReport r = verify("第9条　乙は、個人情報の取扱いについては、別記「個人情報取扱特記事項」を遵守しなければならない。\n\n第10条　この契約に定めのない事項は、甲乙協議して定める。\n");
        for (String id : List.of("C1a", "C1b", "C3", "C4", "C5a", "C5b", "W1", "W2")) {
            assertEquals("missing", status(r, id), id);
        }
        assertTrue(r.element("C1a").explanation().contains("添付されていない"));
    }

    @Test
    void attachmentThatIsPresentIsRead() {
        VerificationReport r = verify("第9条　乙は、別記「個人情報取扱特記事項」を遵守しなければならない。\n\n別記\n\n個人情報取扱特記事項\n\n（秘密の保持）\n第1　乙は、業務に関して知り得た個人情報を他に漏らしてはならない。\n");
        assertEquals("satisfied", status(r, "C1a"));
        assertTrue(r.element("C1a").evidence().get(0).article().startsWith("別記"));
    }

    @Test
    void attachmentWithTitleOnTheSameLineIsRead() {
        VerificationReport r = verify("第9条　乙は、別紙2「個人情報保護に関する特記仕様」を遵守しなければならない。\n\n別紙2　個人情報保護に関する特記仕様\n\n1　乙は、業務に関して知り得た個人情報を他に漏らしてはならない。\n");
        assertEquals("satisfied", status(r, "C1a"));
        assertEquals("別紙2 1", r.element("C1a").evidence().get(0).article());
        assertFalse(r.element("C3").explanation().contains("添付されていない"), r.element("C3").explanation());
    }

    @Test
    void complyWithTheLawSatisfiesNothing() {
        VerificationReport r = verify("第1条　乙は、個人情報の保護に関する法律その他の関係法令を遵守し、個人情報を適正に取り扱わなければならない。\n");
        for (ElementResult e : r.elements()) {
            assertEquals("missing", e.status(), e.id());
        }
    }

    // ------------------------------------------------------------------ near-miss contexts

    @Test
    void softwareLicenceCopyIsNotACopyRestriction() {
        VerificationReport r = verify("第9条（利用許諾）　乙は、甲に対し、納入物に含まれるプログラムを複製し、及び利用することを許諾する。\n２　甲は、バックアップのために納入物を複製することができる。\n");
        assertEquals("missing", status(r, "C3"));
    }

    @Test
    void terminationForNonPaymentOnlyIsNotTerminationForBreach() {
        VerificationReport r = verify("第17条　乙は、甲が委託料の支払を60日以上遅滞したときは、本契約を解除することができる。\n第18条　甲は、乙が破産手続開始の申立てを受けたときは、本契約を解除することができる。\n");
        assertEquals("missing", status(r, "C6a"));
    }

    @Test
    void damagesForLateDeliveryOnlyAreNotDamagesForBreach() {
        VerificationReport r = verify("第7条（履行遅滞）　乙の責めに帰すべき事由により納期までに納入できないときは、甲は、乙に対し、遅延日数に応じた遅延損害金を損害賠償として請求することができる。\n");
        assertEquals("missing", status(r, "C6b"));
    }

    @Test
    void tradeSecretConfidentialityIsNotPersonalInformationConfidentiality() {
        VerificationReport r = verify("第7条（営業秘密）　乙は、甲の営業上又は技術上の秘密（設計図書その他の技術資料をいう。）を第三者に開示してはならない。\n");
        assertEquals("missing", status(r, "C1a"));
        assertTrue(r.element("C1a").explanation().contains("個人情報以外"));
    }

    @Test
    void terminationForBreachOfUnrelatedArticleOnlyDoesNotCount() {
        VerificationReport r = verify("第3条（納期）　乙は、成果物を期日までに納入しなければならない。\n第4条（個人情報）　乙は、個人情報を他に漏らしてはならない。\n"
                + "第12条（解除）　甲は、乙が第3条の規定に違反したときは、この契約を解除することができる。\n");
        assertEquals("missing", status(r, "C6a"));
        VerificationReport r2 = verify("第3条（納期）　乙は、成果物を期日までに納入しなければならない。\n第4条（個人情報）　乙は、個人情報を他に漏らしてはならない。\n"
                + "第12条（解除）　甲は、乙が次の各号のいずれかに該当するときは、この契約を解除することができる。\n(1)　第3条又は第4条の規定に違反したとき。\n(2)　破産したとき。\n");
        assertEquals("satisfied", status(r2, "C6a"));
    }

    @Test
    void cameraBanAndTerminalUseAreNotCopyOrPurposeClauses() {
        VerificationReport r = verify("第5条　作業場所には、私物のカメラその他の撮影又は記録が可能な機器を持ち込ませてはならない。\n"
                + "第6条　乙は、業務に用いる端末を業務以外の用途に使用してはならない。\n");
        assertEquals("missing", status(r, "C3"));
        assertEquals("missing", status(r, "C1b"));
    }

    // ------------------------------------------------------------------ who must do what

    @Test
    void returnOfMediaByTheClientDoesNotCount() {
        VerificationReport r = verify("第9条　甲は、業務の終了後、乙から納入された電子媒体を乙に返却するものとする。\n");
        assertEquals("missing", status(r, "C5b"));
        assertTrue(r.element("C5b").explanation().contains("甲"));
    }

    @Test
    void rejectsDraftWithoutReturnOfMedia() {
        VerificationReport r = verify("第9条　乙は、業務が終了したときは、個人情報を復元できない方法で消去しなければならない。\n");
        assertEquals("satisfied", status(r, "C5a"));
        assertEquals("missing", status(r, "C5b"));
    }

    @Test
    void erasureByTheClientOnlyDoesNotCount() {
        VerificationReport r = verify("第10条　乙は、業務が完了したときは、貸与を受けた資料を直ちに甲に返還しなければならない。\n２　甲は、前項の規定により返還を受けた媒体の電子データを消去するものとする。\n");
        assertEquals("satisfied", status(r, "C5b"));
        assertEquals("missing", status(r, "C5a"));
    }

    @Test
    void partiesNamedClientAndContractorAndDefinedPersonalInformationTerm() {
        String text = "業務委託契約書\n\n大森市（以下「委託者」という。）と有限会社大森データ（以下「受託者」という。）は、委託者が保有する住民の氏名、住所その他の情報（以下「本件情報」という。）の入力業務について契約を締結する。\n\n"
                + "第3条　受託者は、本件情報を第三者に漏らしてはならない。\n"
                + "第4条　委託者は、受託者の作業場所に立ち入り、本件情報の管理状況を検査することができる。\n";
        VerificationReport r = VERIFIER.verifyText("a.txt", text);
        assertEquals("satisfied", r.element("C1a").status());
        assertEquals("satisfied", r.element("W2").status());
        assertEvidenceExact(r, text);
    }

    @Test
    void obligationsInAListInheritTheSubjectOfTheLeadSentence() {
        VerificationReport r = verify("第4条　乙は、次に掲げる事項を遵守しなければならない。\n(1)　業務で知り得た個人情報を他に漏らさないこと。\n(2)　甲の承認なく個人情報が記録された資料を複製しないこと。\n(3)　業務の終了後、甲から貸与された資料を甲に返却すること。\n");
        assertEquals("satisfied", status(r, "C1a"));
        assertEquals("satisfied", status(r, "C3"));
        assertEquals("satisfied", status(r, "C5b"));
    }

    @Test
    void monthlyReportWithParticipantListIsNotAStructureReport() {
        VerificationReport r = verify("第4条　乙は、各月の実施状況及び参加者名簿を取りまとめた実施報告書を、翌月10日までに甲に提出する。\n");
        assertEquals("missing", status(r, "W1"));
        assertEquals("missing", status(r, "C5b"));
    }

    @Test
    void appointingAManagerWithoutWrittenReportIsMissing() {
        VerificationReport r = verify("第9条　乙は、個人情報管理責任者を置かなければならない。\n");
        assertEquals("missing", status(r, "W1"));
        VerificationReport r2 = verify("第9条　乙は、個人情報管理責任者及び従事者の名簿を、業務の開始前に書面により甲に提出しなければならない。\n");
        assertEquals("satisfied", status(r2, "W1"));
    }

    // ------------------------------------------------------------------ dispatch

    @Test
    void dispatchContractBindsDispatchedWorkers() {
        String text = "労働者派遣個別契約書\n\n　北原町（以下「甲」という。）と株式会社ミドリ人材（以下「乙」という。）は、労働者派遣に関し、次のとおり契約する。\n\n"
                + "第5条　乙は、派遣労働者に、派遣就業中及びその終了後も、派遣就業で知り得た個人情報を他に漏らさない旨の誓約書を提出させなければならない。\n";
        VerificationReport r = VERIFIER.verifyText("d.txt", text);
        assertEquals("dispatch", r.kind());
        assertEquals("satisfied", r.element("D1").status());
    }

    @Test
    void companyConfidentialityAboutDispatchWorkDoesNotBindWorkers() {
        String text = "労働者派遣個別契約書\n\n　北原町（以下「甲」という。）と株式会社ミドリ人材（以下「乙」という。）は、労働者派遣に関し、次のとおり契約する。\n\n"
                + "第7条　乙は、派遣就業に関して知り得た個人情報を第三者に漏らしてはならない。\n";
        VerificationReport r = VERIFIER.verifyText("d.txt", text);
        assertEquals("satisfied", r.element("C1a").status());
        assertEquals("missing", r.element("D1").status());
    }

    @Test
    void companyOnlyConfidentialityDoesNotBindDispatchedWorkers() {
        String text = "労働者派遣基本契約書\n\n　北原町（以下「甲」という。）と株式会社ミドリ人材（以下「乙」という。）は、労働者派遣に関し、次のとおり契約する。\n\n"
                + "第7条　乙は、甲が保有する個人情報を第三者に漏らしてはならない。\n";
        VerificationReport r = VERIFIER.verifyText("d.txt", text);
        assertEquals("dispatch", r.kind());
        assertEquals("satisfied", r.element("C1a").status());
        assertEquals("missing", r.element("D1").status());
    }
}
