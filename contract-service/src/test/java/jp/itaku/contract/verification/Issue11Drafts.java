package jp.itaku.contract.verification;

/** Preambles in several styles for the issue-11 phenomenon tests (the parties as each style defines them). */
final class Issue11Drafts {

    static final String KO = "個人情報処理業務委託契約書\n\n　南原市（以下「甲」という。）と株式会社南原システム（以下「乙」という。）は、次のとおり契約を締結する。\n\n";
    static final String JU = "業務委託契約書\n\n　東山町（以下「委託者」という。）と東山データ株式会社（以下「受託者」という。）は、個人情報を取り扱う業務について次のとおり契約を締結する。\n\n";
    static final String HA = "業務委託契約書\n\n　北村県（以下「発注者」という。）と北村ソフト株式会社（以下「受注者」という。）は、次のとおり契約を締結する。\n\n";
    static final String TS = "サービス利用規約\n\n　本規約は、株式会社クラウドワン（以下「当社」といいます。）が提供するサービスを中原市（以下「お客様」といいます。）が利用する条件を定めます。\n\n";
    static final String DP = "労働者派遣個別契約書\n\n　西山市（以下「派遣先」という。）と株式会社スタッフ西山（以下「派遣元」という。）とは、労働者派遣について次のとおり契約を締結する。\n\n";

    private Issue11Drafts() {
    }

    static VerificationReport verify(String preamble, String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("draft.txt", preamble + body + "\n");
    }

    static String status(String element, String preamble, String body) {
        return verify(preamble, body).element(element).status();
    }
}
