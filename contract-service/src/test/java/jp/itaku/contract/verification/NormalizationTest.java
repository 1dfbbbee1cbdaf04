package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jp.itaku.contract.verification.normalize.CharNormalizer;
import jp.itaku.contract.verification.structure.DocumentParser;
import jp.itaku.contract.verification.structure.ParsedDocument;
import jp.itaku.contract.verification.structure.Unit;

/** Normalisation keeps an exact map back to the original text; structure survives extraction noise. */
class NormalizationTest {

    static final ContractVerifier VERIFIER = new ContractVerifier();

    static void assertEvidenceExact(VerificationReport r, String text) {
        for (ElementResult e : r.elements()) {
            for (Evidence ev : e.evidence()) {
                int s = text.offsetByCodePoints(0, ev.start());
                int en = text.offsetByCodePoints(0, ev.end());
                assertEquals(ev.text(), text.substring(s, en), "evidence of " + e.id());
            }
        }
    }

    @Test
    void kanjiNumeralsInArticleNumbersBecomeDigits() {
        assertEquals(12, CharNormalizer.kanjiToInt("十二"));
        assertEquals(23, CharNormalizer.kanjiToInt("二十三"));
        assertEquals(10, CharNormalizer.kanjiToInt("一〇"));
        ParsedDocument d = DocumentParser.parse("（目的）\n第十二条　乙は、第三条から第五条までの規定を守る。\n");
        Unit u = d.units().get(0);
        assertEquals("第12条", u.displayLabel());
        assertEquals("目的", u.article.heading);
        assertTrue(d.unitText(u).contains("第3条から第5条まで"), d.unitText(u));
    }

    @Test
    void fullWidthAndHalfWidthKatakanaAreNormalised() {
        ParsedDocument d = DocumentParser.parse("第１条　乙は、ﾃﾞｰﾀをＵＳＢﾒﾓﾘにｺﾋﾟｰしてはならない。\n");
        assertEquals("乙は、データをUSBメモリにコピーしてはならない。", d.unitText(d.units().get(0)));
    }

    @Test
    void hardLineBreaksAndPageFootersAreRemovedAndOffsetsStillPointAtTheOriginal() {
        String text = "業務委託契約書\n\n甲市（以下「甲」という。）と株式会社乙（以下「乙」という。）は、次のとおり契約する。\n\n"
                + "第８条（再委託の禁止）　乙は、本業務の全部又は一部を第三者に委託しては\nならない。 ただし、あらかじめ甲の書面による承諾を得た場合は\n\n"
                + "- 1 -\n\n業務委託契約書\n\n、この限りでない。\n\n"
                + "第 ９ 条（秘密の保持）　乙は、本業務の処理上知り得た個人情報を第三者に漏らし\nてはならない。\n\n－ 2 －\n";
        VerificationReport r = VERIFIER.verifyText("noise.txt", text);
        assertEquals("satisfied", r.element("C2").status());
        assertEquals("satisfied", r.element("C1a").status());
        Evidence c2 = r.element("C2").evidence().get(0);
        assertEquals("第8条", c2.article());
        assertTrue(c2.text().contains("委託しては\nならない。"), c2.text());
        assertEquals("第9条", r.element("C1a").evidence().get(0).article());
        assertEvidenceExact(r, text);
        ParsedDocument d = DocumentParser.parse(text);
        assertFalse(d.text().contains("- 1 -"));
        assertTrue(d.text().contains("承諾を得た場合は、この限りでない。"), "sentence joined across the page break: " + d.text());
    }

    @Test
    void latinHyphenationAtLineEndsIsUndone() {
        ParsedDocument d = DocumentParser.parse("第1条　乙は、Pマーク又はISMS（Information Secu-\nrity Management System）の認証を維持する。\n");
        assertTrue(d.text().contains("Information Security Management System"), d.text());
    }

    @Test
    void offsetsAreCodePointsEvenWithCharactersOutsideTheBmp() {
        // 𠮷 (U+20BB7) is two UTF-16 chars but one code point
        String text = "業務委託契約書\n\n𠮷野町（以下「甲」という。）と株式会社𠮷田（以下「乙」という。）は、次のとおり契約する。\n\n"
                + "第1条　乙は、業務で知り得た𠮷野町民の個人情報を他に漏らしてはならない。\n";
        VerificationReport r = VERIFIER.verifyText("cp.txt", text);
        Evidence ev = r.element("C1a").evidence().get(0);
        int start = text.offsetByCodePoints(0, ev.start());
        int end = text.offsetByCodePoints(0, ev.end());
        assertEquals(ev.text(), text.substring(start, end));
        assertTrue(ev.text().startsWith("乙は、"));
        assertEquals(text.codePointCount(0, text.indexOf("乙は、業務")), ev.start());
    }

    @Test
    void attachmentsAndNumberedListsAreRecognised() {
        ParsedDocument d = DocumentParser.parse("第1条（解除）　甲は、乙が次の各号のいずれかに該当するときは、解除することができる。\n"
                + "(1)　この契約に違反したとき。\n(2)　破産したとき。\n２　前項の場合、甲は賠償しない。\n\n"
                + "別記\n\n個人情報取扱特記事項\n\n（秘密の保持）\n第1　乙は、個人情報を漏らしてはならない。\n"
                + "２　乙は、従事者に周知しなければならない。\n① 丸数字の項。\n");
        Unit lead = d.units().get(0);
        Unit item1 = d.units().get(1);
        Unit item2 = d.units().get(2);
        Unit para2 = d.units().get(3);
        assertEquals(lead, item1.lead);
        assertEquals(lead, item2.lead);
        assertEquals(null, para2.lead);
        assertEquals("第1条(1)", item1.displayLabel());
        assertEquals("第1条第2項", para2.displayLabel());
        Unit tokki = d.units().get(4);
        assertEquals("別記 第1", tokki.displayLabel());
        assertEquals("個人情報取扱特記事項", tokki.part.title);
        assertEquals("秘密の保持", tokki.article.heading);
    }
}
