package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * DPA-style translated terms (issue 11, unseen hold-out): 管理者 (controller) is the client and 処理者 (processor) the
 * contractor (vocabulary/party-roles.txt), 個人データ is personal information, processing (処理) is use
 * (vocabulary/use.txt), processing only on the controller's instructions limits the purpose (purpose-only.txt), a
 * サブプロセッサー engaged is a subcontractor (subcontract.txt). Sentences written for the test; the parties are not
 * defined, so the role words alone must carry them.
 */
class DpaTermsTest {

    static final String TITLE = "個人データの取扱いに関する覚書\n\n";

    static String status(String body, String element) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("dpa.txt", TITLE + body + "\n").element(element).status();
    }

    @Test
    void processorAndControllerAreTheContractorAndTheClient() {
        assertEquals("satisfied", status("第2条　処理者は、処理活動を通じて知り得た個人データを秘密として保持し、第三者に開示してはならない。", "C1a"));
        // the duty placed on the controller binds nobody who does the work
        assertEquals("missing", status("第2条　管理者は、処理者に提供する個人データを他に漏らしてはならない。", "C1a"));
    }

    @Test
    void processingOnlyOnTheControllersInstructionsLimitsThePurpose() {
        assertEquals("satisfied", status("第3条　処理者は、管理者の指示に基づいてのみ個人データを処理するものとする。", "C1b"));
        assertEquals("satisfied", status("第3条　処理者は、データ主体の個人データを、本件処理の目的以外のために処理してはならない。", "C1b"));
    }

    @Test
    void engagingASubprocessorWithoutApprovalIsBanned() {
        assertEquals("satisfied", status("第4条　処理者は、管理者の事前の書面による承認を得ずに、サブプロセッサーを起用してはならない。", "C2"));
    }

    @Test
    void aSubprocessorNoticeWithAnObjectionRightButNoVetoContradicts() {
        assertEquals("contradicted", status("第4条　処理者は、サブプロセッサーを変更しようとするときは、あらかじめその名称を管理者に通知するものとする。"
                + "\n２　管理者は、前項の通知に対し異議を述べることができる。", "C2"));
    }

    @Test
    void theProcessorAcceptingAnAuditWithABracketBeforeItsVerbIsAnInspection() {
        assertEquals("satisfied", status("第8条　処理者は、管理者が行う監査（処理者の施設への立入りによるものを含む。）に協力しなければならない。", "W2"));
    }
}
