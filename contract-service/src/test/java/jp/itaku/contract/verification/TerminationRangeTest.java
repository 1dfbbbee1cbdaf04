package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * C6a when the ground for termination names a range of articles (「第5条から第12条まで」「第4条から前条まで」
 * 「第5条ないし第12条」, older 「第三條ヨリ前條マデ」, 「第5条～第8条」) in drafts whose articles have no captions: the
 * range holds the personal-information articles when one of them names the information (a word of
 * personal-information.txt or a defined term) and an act on it (vocabulary/pi-handling.txt). A range that only holds
 * the articles on the term, the fee or delivery stays a near miss. Sentences written for the test.
 */
class TerminationRangeTest {

    static final String PREAMBLE = "国民健康保険証発送業務委託契約書\n\n　西ケ丘町（以下「甲」という。）と株式会社西ケ丘メール（以下「乙」という。）は、次のとおり契約を締結する。\n\n";

    /** Articles 1–3 on the work, the term and the fee; 4–8 on the insured's data, none with a caption or 「個人情報」. */
    static final String BODY = "第１条　乙は、仕様書に従い、被保険者証の封入及び発送を行う。\n"
            + "第２条　履行期間は、令和８年９月１日から同月30日までとする。\n"
            + "第３条　委託料は、金980,000円とし、業務完了後に支払う。\n"
            + "第４条　乙は、甲から交付された発送用データ（被保険者の氏名、住所及び被保険者番号を記録したもの。以下「発送データ」という。）を本業務以外の目的に使用してはならない。\n"
            + "第５条　乙は、発送データを甲の承認なく複製してはならない。\n"
            + "第６条　乙は、発送データの内容をみだりに他人に知らせてはならない。\n"
            + "第７条　乙は、本業務を第三者に委託してはならない。\n"
            + "第８条　乙は、業務完了後、発送データを甲に返還しなければならない。\n";

    static String c6a(String termination) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("range.txt", PREAMBLE + BODY + termination + "\n").element("C6a").status();
    }

    @Test
    void aRangeWithKaraMadeInFullWidthDigitsHoldsTheDataArticles() {
        assertEquals("satisfied", c6a("第９条　甲は、乙が第４条から第８条までの規定に違反したときは、この契約を解除することができる。"));
        assertEquals("satisfied", c6a("第９条　甲は、乙が第５条から前条までの規定のいずれかに違反したときは、契約を解除することができる。"));
    }

    @Test
    void aRangeWithNaishiOrATildeHoldsThem() {
        assertEquals("satisfied", c6a("第９条　甲は、乙が第４条ないし第８条の規定に違反したときは、催告を要せず本契約を解除することができる。"));
        assertEquals("satisfied", c6a("第９条　甲は、乙が第２条乃至第６条に定める義務を履行しないときは、本契約を解除することができる。"));
        assertEquals("satisfied", c6a("第９条　甲は、乙が第５条～第７条の規定に違反したときは、本契約を解除することができる。"));
    }

    @Test
    void aRangeOfOnlyTheWorkTermAndFeeArticlesIsANearMiss() {
        assertEquals("missing", c6a("第９条　甲は、乙が第１条から第３条までの規定に違反したときは、この契約を解除することができる。"));
        assertEquals("missing", c6a("第９条　甲は、乙が第１条ないし第３条の規定に違反したときは、この契約を解除することができる。"));
    }

    @Test
    void anOlderRangeWithYoriAndMadeHoldsThem() {
        String older = "被保險者證發送委託契約書\n\n　委託者西ケ丘町（以下甲ト稱ス）ト受託者株式會社西ケ丘メール（以下乙ト稱ス）トハ左ノ通リ契約ス。\n\n"
                + "第一條　乙ハ甲ノ定ムル所ニ依リ被保險者證ヲ發送スベシ。\n"
                + "第二條　乙ハ甲ヨリ交付ヲ受ケタル被保險者ノ名簿ヲ他ニ洩ラスコトヲ得ズ。\n"
                + "第三條　乙ハ前條ノ名簿ヲ複寫スベカラズ。\n"
                + "第四條　甲ハ乙ガ第二條ヨリ前條マデノ規定ニ違背シタルトキハ本契約ヲ解除スルコトヲ得。\n";
        assertEquals("satisfied", ClauseModelPhenomenaTest.VERIFIER.verifyText("range.txt", older).element("C6a").status());
    }
}
