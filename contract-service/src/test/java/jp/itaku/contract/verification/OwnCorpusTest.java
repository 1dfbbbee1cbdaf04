package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The team's own labelled drafts (src/test/resources/verification-own-corpus, README there; forty-two drafts, 219–230 and 231–242 from blind batches 4 and 5): written in other styles
 * than either dev set — ministry 請負 + 仕様書, 特記事項 only, 指定管理 協定, vendor DPA, hospital, subcontract
 * agreement, 派遣 individual contract, a short town contract, vendor terms under a precedence clause, an amendment,
 * the client's rights — and full of carve-outs that empty an obligation. Held to the full corpus bar.
 */
class OwnCorpusTest {

    @Test
    void ownDraftsMeetTheCorpusBar() throws Exception {
        Path dir = Paths.get(OwnCorpusTest.class.getResource("/verification-own-corpus").toURI());
        List<Path> drafts = CorpusScore.drafts(dir);
        assertTrue(drafts.size() >= 10, "own drafts found: " + drafts.size());
        CorpusScore sc = CorpusScore.run(new ContractVerifier(), drafts);
        System.out.println("自作ドラフト（" + sc.files + "件）\n" + sc.table());
        ContractCorpusTest.assertBar(sc, 0.98, 0.95, 0.02);
        assertTrue(sc.contradictionsCaughtRate() >= 0.90,
                String.format("contradictions caught %.2f < 0.90", sc.contradictionsCaughtRate()));
        assertEquals(0, sc.kindErrors);
    }
}
