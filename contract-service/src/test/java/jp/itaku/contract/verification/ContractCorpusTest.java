package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Runs the verifier over every labelled draft in ../shared/contracts (system property {@code itaku.shared.dir}, set by
 * surefire; else ../shared next to the repository) and fails under the accuracy bar: ≥ 98 % of element decisions
 * right, no element below 95 %, at most 2 % false passes, every evidence offset pointing at its quoted text. Fails —
 * does not skip — when the corpus is missing.
 */
class ContractCorpusTest {

    @Test
    void meetsAccuracyBarOnLabelledDrafts() throws Exception {
        Path dir = CorpusScore.corpusDir();
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

        assertTrue(sc.accuracy() >= 0.98, String.format("overall accuracy %.2f%% < 98%%", 100 * sc.accuracy()));
        for (Map.Entry<String, int[]> e : sc.perElement.entrySet()) {
            double acc = (double) e.getValue()[0] / e.getValue()[1];
            assertTrue(acc >= 0.95, String.format("%s accuracy %.1f%% < 95%%", e.getKey(), 100 * acc));
        }
        assertTrue(sc.falsePassRate() <= 0.02, String.format("false passes %.2f%% > 2%%", 100 * sc.falsePassRate()));
        assertEquals(List.of(), sc.offsetErrors, "evidence offsets must point exactly at the quoted text");
        assertEquals(0, sc.kindErrors, "kind (outsourcing/dispatch) decided wrongly");
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
