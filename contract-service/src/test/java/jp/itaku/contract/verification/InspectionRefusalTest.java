package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * W2 (issue 11; SPEC Conventions, W2). Certificates instead of an inspection, with a refusal of audits or entry in
 * vendor wording (「立入りによる監査はお受けしておりません」「立入りはお断りしております」「…立入検査は実施できないもの
 * とします」), or a certificate or registration standing in for the audit (「第三者認証の提出をもって監査に代える」
 * 「ISMAPへの登録をもって…代える」「監査の権利は行使されたものとみなします」): contradicted. A certificate alone is missing.
 * The right worded otherwise (「立ち入り…確認することができる」「実地調査」, the contractor cooperating with the client's
 * inspection, reporting on the handling whenever the client asks) satisfies it. Sentences written for the test.
 */
class InspectionRefusalTest {

    static final String VENDOR = "健診データ管理サービス利用規約\n\n本規約は、株式会社ヘルスリンク（以下「当社」という。）が提供する本サービスを、東浦町（以下「お客様」という。）が利用する条件を定めます。\n\n"
            + "第1条（個人情報の取扱い）\n当社は、お客様から預託された個人情報を適切に管理します。\n";

    static final String CONTRACT = "住民票等交付窓口業務委託契約書\n\n西野市（以下「甲」という。）と株式会社ミナトサービス（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
            + "（個人情報の保護）\n第1条　乙は、本業務で取り扱う個人情報を適正に管理しなければならない。\n";

    static String w2(String preamble, String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("audit.txt", preamble + body + "\n").element("W2").status();
    }

    @Test
    void aRefusalOfEntryOrAuditsInPoliteVendorWordingIsContradicted() {
        assertEquals("contradicted", w2(VENDOR, "第2条（監査）\n当社は、第三者認証を取得しておりますので、立入りによる監査はお受けしておりません。"));
        assertEquals("contradicted", w2(VENDOR, "第2条（監査）\n当社は、ISMS認証の認証書の写しをお客様に提出します。当社の事業所への立入りによる監査は受け付けておりません。"));
        assertEquals("contradicted", w2(VENDOR, "第2条（監査）\n当社のデータセンターへの立入りはお断りしております。お客様には、SOC2報告書を提供いたします。"));
        assertEquals("contradicted", w2(VENDOR, "第2条（監査）\nお客様による当社施設への立入検査は、セキュリティ上の理由により実施できないものとします。当社は、第三者監査報告書の概要を提供します。"));
    }

    @Test
    void aCertificateOrRegistrationStandingInForTheAuditIsContradicted() {
        assertEquals("contradicted", w2(VENDOR, "第2条（監査）\nお客様による監査は、当社が取得する第三者認証の提出をもって監査に代えるものとします。"));
        assertEquals("contradicted", w2(VENDOR, "第2条（監査）\n当社は、ISMAPへの登録をもって、お客様による監査及び実地調査に代えるものとします。"));
        assertEquals("contradicted", w2(VENDOR, "第2条（監査）\n当社が第三者認証の証明書を提出したときは、お客様の監査の権利は行使されたものとみなします。"));
    }

    @Test
    void aCertificateAloneIsMissing() {
        assertEquals("missing", w2(VENDOR, "第2条（監査）\n当社は、ISMS認証の認証書の写しをお客様に提出します。"));
    }

    @Test
    void aConditionAboutRefusingIsNoRefusal() {
        assertEquals("satisfied", w2(CONTRACT, "（調査）\n第2条　甲は、個人情報の管理状況について、乙の事業所に立ち入って調査することができる。\n"
                + "（解除）\n第3条　甲は、乙が正当な理由なく前条の調査に応じないときは、この契約を解除することができる。"));
    }

    @Test
    void theRightWordedOtherwiseSatisfiesIt() {
        assertEquals("satisfied", w2(CONTRACT, "（調査）\n第2条　甲は、必要があると認めるときは、乙の事業所に立ち入り、個人情報の管理状況を確認することができる。"));
        assertEquals("satisfied", w2(CONTRACT, "（調査）\n第2条　甲は、個人情報の取扱いについて、乙の作業場所において実地調査をすることができる。"));
        assertEquals("satisfied", w2(CONTRACT, "（調査）\n第2条　乙は、甲が個人情報の取扱状況について実地調査を行うときは、これに協力しなければならない。"));
    }

    @Test
    void reportingOnTheHandlingWheneverTheClientAsksSatisfiesIt() {
        assertEquals("satisfied", w2(CONTRACT, "（報告）\n第2条　乙は、甲から個人情報の管理状況について報告を求められたときは、速やかに報告しなければならない。"));
        assertEquals("satisfied", w2(CONTRACT, "（報告）\n第2条　乙は、甲の求めに応じ、個人情報の取扱状況を甲に報告するものとする。"));
        // a report on progress is not one on the handling of personal information
        assertEquals("missing", w2(CONTRACT, "（報告）\n第2条　乙は、甲の求めに応じ、業務の進捗状況を甲に報告するものとする。"));
    }
}
