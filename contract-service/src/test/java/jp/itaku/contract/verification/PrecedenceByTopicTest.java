package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A stated precedence is resolved per element (issue 11, weakness a; SPEC Conventions, Precedence): a statement may
 * hand one topic to the vendor's paper and keep the rest for the agency's terms, name the articles it covers
 * (「特記事項第1条から第3条までに定める事項については、利用規約の規定にかかわらず、特記事項の定めるところによる」), or
 * disapply vendor clauses by a list or a range. The side that prevails for an element replaces the other side's
 * clauses on it; where no statement covers an element both texts stand (a permission of the opposite contradicts).
 * Documents written for the test.
 */
class PrecedenceByTopicTest {

    static final String HEAD = "学習支援システム利用契約書\n\n　北原町（以下「甲」という。）と株式会社まなびクラウド（以下「乙」という。）は、次のとおり契約を締結する。\n\n";
    static final String SPECIAL_TERMS = "\n別記\n\n個人情報取扱特記事項\n\n"
            + "第1　乙は、甲の承認を得ないで、児童の個人情報を複写し、又は複製してはならない。\n"
            + "第2　乙は、甲の書面による承諾を得ないで、本業務を第三者に委託してはならない。\n"
            + "第3　甲は、必要があると認めるときは、乙の事業所に立ち入り、個人情報の管理状況を調査することができる。\n";
    static final String VENDOR_TERMS = "\n別紙\n\nまなびクラウド利用規約\n\n"
            + "第4条　当社は、障害に備えるため、当社の判断によりお客様データを複製することができます。\n"
            + "第6条　当社は、お客様に通知することなく、本サービスの運営業務を外部の事業者に委託することができます。\n"
            + "第8条　お客様による監査は、当社が提供する第三者認証の報告書の交付をもって代えるものとし、当社は事業所への立入りには応じません。\n";

    static VerificationReport verify(String clause) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("precedence.txt", HEAD + clause + "\n" + SPECIAL_TERMS + VENDOR_TERMS);
    }

    static String statuses(VerificationReport r) {
        return "C2=" + r.element("C2").status() + " C3=" + r.element("C3").status() + " W2=" + r.element("W2").status();
    }

    @Test
    void precedenceForOneTopicLeavesOtherTopicsToTheBody() {
        // the special terms prevail in general, the vendor's audit clause for audits: only W2 follows the vendor
        VerificationReport r = verify("第1条　特記事項と利用規約の定めが異なるときは、特記事項が優先する。ただし、監査については、利用規約第8条が優先する。");
        assertEquals("C2=satisfied C3=satisfied W2=contradicted", statuses(r));
    }

    @Test
    void aTopicHandedToTheVendorAndTheRestKeptInOneSentence() {
        VerificationReport r = verify("第1条　監査に関しては利用規約第8条の定めが特記事項に優先し、その他の事項については特記事項が利用規約に優先する。");
        assertEquals("C2=satisfied C3=satisfied W2=contradicted", statuses(r));
    }

    @Test
    void precedenceForCopyingOnlyLeavesTheVendorsOtherPermissionsStanding() {
        VerificationReport r = verify("第1条　個人情報の複製については、特記事項が利用規約に優先する。");
        assertEquals("C2=contradicted C3=satisfied W2=contradicted", statuses(r));
    }

    @Test
    void precedenceForTheArticlesItNamesCoversTheirTopics() {
        VerificationReport r = verify("第1条　特記事項第1から第2までに定める事項については、利用規約の規定にかかわらず、特記事項の定めるところによる。");
        assertEquals("C2=satisfied C3=satisfied W2=contradicted", statuses(r));
    }

    @Test
    void theNotwithstandingFormWithTopicWordsIsAPrecedence() {
        VerificationReport r = verify("第1条　再委託及び監査に関する事項については、利用規約の規定にかかわらず、特記事項の定めるところによる。");
        assertEquals("C2=satisfied C3=contradicted W2=satisfied", statuses(r));
    }

    @Test
    void aConditionNamingBothDocumentsDoesNotDecideWhichPrevails() {
        // 「AとBの定めが異なるときは、Aが優先する」: the document before 「優先」 in the main clause prevails
        VerificationReport r = verify("第1条　利用規約と特記事項の定めが異なるときは、特記事項が優先する。");
        assertEquals("C2=satisfied C3=satisfied W2=satisfied", statuses(r));
    }

    @Test
    void vendorClausesDisappliedByAListOfNumbersNeitherSatisfyNorContradict() {
        VerificationReport r = verify("第1条　次に掲げる利用規約の規定は、本契約には適用しない。\n一　第4条\n二　第6条\n三　第8条");
        assertEquals("C2=satisfied C3=satisfied W2=satisfied", statuses(r));
    }

    @Test
    void vendorClausesDisappliedByARangeIncludeTheArticlesBetween() {
        VerificationReport r = verify("第1条　利用規約第4条から第8条までの規定は、本契約には適用しない。");
        assertEquals("C2=satisfied C3=satisfied W2=satisfied", statuses(r));
    }

    @Test
    void withoutAnyPrecedenceBothTextsStand() {
        VerificationReport r = verify("第1条　乙は、利用規約に従い本サービスを提供する。");
        assertEquals("C2=contradicted C3=contradicted W2=contradicted", statuses(r));
    }
}
