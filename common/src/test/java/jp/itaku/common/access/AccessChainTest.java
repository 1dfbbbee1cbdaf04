package jp.itaku.common.access;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessChainTest {

    static AccessRecord record(String userName, String prevHash, long seq) {
        return new AccessRecord(UUID.fromString("00000000-0000-0000-0000-000000000001"), "t", seq,
                Instant.parse("2026-12-01T01:02:03.456789Z"), "contract-service", "u1", userName, "山田 太郎",
                "inspector", null, "READ", "written-confirmation", "e1", "/api/x", null, 1, "ALLOWED", 200,
                "127.0.0.1", "API", false, null, prevHash, null);
    }

    @Test
    void changingOneFieldOrTheLinkChangesTheHash() {
        String base = AccessChain.hash(record("sho-inspector", AccessChain.GENESIS, 1));
        assertEquals(64, base.length());
        assertNotEquals(base, AccessChain.hash(record("sho-auditor", AccessChain.GENESIS, 1)));
        assertNotEquals(base, AccessChain.hash(record("sho-inspector", "1".repeat(64), 1)));
        assertNotEquals(base, AccessChain.hash(record("sho-inspector", AccessChain.GENESIS, 2)));
        assertEquals(base, AccessChain.hash(record("sho-inspector", AccessChain.GENESIS, 1)), "deterministic");
    }

    @Test
    void aNullAndAnEmptyFieldHashDifferently() {
        AccessRecord withNull = record("x", AccessChain.GENESIS, 1);
        AccessRecord withEmpty = new AccessRecord(withNull.id(), "t", 1, withNull.recordedAt(), "contract-service", "u1",
                "x", "山田 太郎", "inspector", "", "READ", "written-confirmation", "e1", "/api/x", null, 1, "ALLOWED", 200,
                "127.0.0.1", "API", false, null, AccessChain.GENESIS, null);
        assertNotEquals(AccessChain.contentHash(withNull), AccessChain.contentHash(withEmpty));
    }

    @Test
    void anchorSignaturesDependOnTheKey() {
        String a = ChainVerifier.sign("key-a", "t", java.time.LocalDate.of(2026, 12, 1), 5, "h");
        assertNotEquals(a, ChainVerifier.sign("key-b", "t", java.time.LocalDate.of(2026, 12, 1), 5, "h"));
        assertEquals(a, ChainVerifier.sign("key-a", "t", java.time.LocalDate.of(2026, 12, 1), 5, "h"));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralised() {
        AccessAnalysis.Analysis a = new AccessAnalysis.Analysis("t", YearMonth.of(2026, 11), 1, 0, 0, 0, 0,
                List.of(new AccessAnalysis.UserLine("=HYPERLINK(\"x\")", "+81 太郎", "@role", 1, 1, 0, 0, 0, 0)),
                List.of(), List.of(), List.of(), List.of(), Instant.EPOCH);
        String csv = new String(AnalysisCsv.render(a), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "BOM for Excel");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), csv);
        assertTrue(csv.contains("\"'+81 太郎\""), csv);
        assertTrue(csv.contains("\"'@role\""), csv);
        assertTrue(csv.contains("\r\n"), "CRLF");
    }
}
