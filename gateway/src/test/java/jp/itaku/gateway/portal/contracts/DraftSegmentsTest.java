package jp.itaku.gateway.portal.contracts;

import jp.itaku.gateway.portal.client.Verification;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DraftSegmentsTest {

    private static Verification.Element element(String id, String status, Verification.Evidence... evidence) {
        return new Verification.Element(id, "名前" + id, status, status, List.of(evidence), null, null);
    }

    private static Verification.Evidence evidence(int start, int end, String text) {
        return new Verification.Evidence("第1条", start, end, text);
    }

    @Test
    void marksEvidenceAtCodePointOffsetsEvenAfterSurrogatePairs() {
        // 𠮷 is one code point but two Java chars: the verifier's offsets count code points
        String text = "𠮷野家は秘密を保持する。再委託しない。";
        int start = text.codePointCount(0, text.indexOf("秘密"));
        List<DraftSegments.Segment> segments = DraftSegments.segments(text,
                List.of(element("C1a", "satisfied", evidence(start, start + 9, "秘密を保持する。"))));
        assertEquals(3, segments.size());
        assertEquals("𠮷野家は", segments.get(0).text());
        assertNull(segments.get(0).status());
        assertEquals("秘密を保持する。", segments.get(1).text());
        assertEquals("satisfied", segments.get(1).status());
        assertEquals(List.of("ev-C1a-" + start), segments.get(1).anchors());
        assertEquals("再委託しない。", segments.get(2).text());
    }

    @Test
    void overlappingEvidenceOfAContradictionIsShownAsContradicted() {
        String text = "甲は乙に複製を許可する。以上。";
        List<DraftSegments.Segment> segments = DraftSegments.segments(text, List.of(
                element("C3", "contradicted", evidence(0, 12, "甲は乙に複製を許可する。")),
                element("C1a", "satisfied", evidence(0, 12, "甲は乙に複製を許可する。"))));
        assertEquals("contradicted", segments.get(0).status());
        assertEquals(2, segments.get(0).anchors().size());
        assertTrue(segments.get(0).title().contains("C3"));
        assertEquals("C3 名前C3・C1a 名前C1a", segments.get(0).title());
        // the English page joins them with its own separator (msg:mid)
        assertEquals("C3 名前C3 / C1a 名前C1a", DraftSegments.segments(text, List.of(
                element("C3", "contradicted", evidence(0, 12, "甲は乙に複製を許可する。")),
                element("C1a", "satisfied", evidence(0, 12, "甲は乙に複製を許可する。"))), " / ").get(0).title());
    }

    @Test
    void evidenceWhoseOffsetsDoNotMatchIsFoundByItsText() {
        String text = "前文。秘密を保持する。";
        List<DraftSegments.Segment> segments = DraftSegments.segments(text,
                List.of(element("C1a", "satisfied", evidence(0, 3, "秘密を保持する。"))));
        assertEquals("秘密を保持する。", segments.get(1).text());
        assertEquals("satisfied", segments.get(1).status());
    }
}
