package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Runs the verifier over both labelled dev sets in ../shared (system property {@code itaku.shared.dir}, set by
 * surefire; else ../shared next to the repository) and fails — does not skip — when a set is missing.
 *
 * <p>The bar (issue 11, verifier README "Evaluation discipline"): ≥ 98 % of element decisions right, no element below
 * 95 %, at most 2 % false passes, every evidence offset pointing at its quoted text, the right kind. {@code contracts}
 * meets it, and so does {@code contracts-2} (drafts by four other authors) since session 3 of issue 11; there the
 * contradictions caught are also held to a floor that may only be raised.
 */
class ContractCorpusTest {

    static CorpusScore score(String set) throws Exception {
        Path dir = CorpusScore.corpusDir(set);
        assertTrue(Files.isDirectory(dir), "labelled corpus not found at " + dir.toAbsolutePath()
                + " (set -Ditaku.shared.dir=…/shared)");
        List<Path> drafts = CorpusScore.drafts(dir);
        assertTrue(drafts.size() >= 1, "no NNN-*.txt drafts in " + dir);
        for (Path d : drafts) {
            Path json = d.resolveSibling(d.getFileName().toString().replace(".txt", ".json"));
            assertTrue(Files.exists(json), "label missing for " + d.getFileName());
        }
        CorpusScore sc = CorpusScore.run(new ContractVerifier(), drafts);
        System.out.println("契約書ドラフト検証（" + sc.files + "件, " + dir.toAbsolutePath().normalize() + "）");
        System.out.println(sc.table());
        return sc;
    }

    static void assertBar(CorpusScore sc, double overall, double perElement, double falsePasses) {
        assertTrue(sc.accuracy() >= overall, String.format("overall accuracy %.2f%% < %.0f%%", 100 * sc.accuracy(), 100 * overall));
        for (Map.Entry<String, int[]> e : sc.perElement.entrySet()) {
            double acc = (double) e.getValue()[0] / e.getValue()[1];
            assertTrue(acc >= perElement, String.format("%s accuracy %.1f%% < %.0f%%", e.getKey(), 100 * acc, 100 * perElement));
        }
        assertTrue(sc.falsePassRate() <= falsePasses, String.format("false passes %.2f%% > %.0f%%", 100 * sc.falsePassRate(), 100 * falsePasses));
        assertEquals(List.of(), sc.offsetErrors, "evidence offsets must point exactly at the quoted text");
        assertEquals(0, sc.kindErrors, "kind (outsourcing/dispatch) decided wrongly");
    }

    @Test
    void meetsAccuracyBarOnFirstDevSet() throws Exception {
        assertBar(score("contracts"), 0.98, 0.95, 0.02);
    }

    @Test
    void secondDevSetByOtherAuthorsMeetsTheBar() throws Exception {
        CorpusScore sc = score("contracts-2");
        // the full bar since session 3 (2026-12-01: before issue 11 0.844 / contradictions caught 0.385; session 2
        // 0.969 / 0.942; session 3 0.990 / 0.942); contradictions caught may only be raised
        assertBar(sc, 0.98, 0.95, 0.02);
        assertTrue(sc.contradictionsCaughtRate() >= 0.92,
                String.format("contradictions caught %.2f < 0.92", sc.contradictionsCaughtRate()));
    }

    @Test
    void oneVerifierInstanceGivesTheSameResultsOnManyThreads() throws Exception {
        Path dir = CorpusScore.corpusDir();
        assertTrue(Files.isDirectory(dir), "labelled corpus not found at " + dir);
        List<Path> drafts = CorpusScore.drafts(dir);
        ContractVerifier shared = new ContractVerifier();
        java.util.Map<Path, String> sequential = new java.util.HashMap<>();
        for (Path d : drafts) {
            sequential.put(d, ReportJson.toJson(shared.verify(d.getFileName().toString(), Files.readAllBytes(d))));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> fs = new java.util.ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path d : drafts) {
                    fs.add(pool.submit(() -> sequential.get(d).equals(
                            ReportJson.toJson(shared.verify(d.getFileName().toString(), Files.readAllBytes(d))))));
                }
            }
            for (java.util.concurrent.Future<Boolean> f : fs) {
                assertTrue(f.get(), "concurrent result differs from the sequential one");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
