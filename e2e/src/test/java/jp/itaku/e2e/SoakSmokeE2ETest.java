package jp.itaku.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The soak's short smoke in the suite: every kind of request in {@code ./itaku bench soak}'s mix, once for each
 * officer, answers without an error — so a change that breaks the soak's requests fails here, not only in the
 * 10-minute run.
 */
@ExtendWith(RunningSystem.class)
class SoakSmokeE2ETest {

    @Test
    void everyKindOfRequestInTheSoaksMixSucceedsForEachOfficer() throws Exception {
        SoakRun run = new SoakRun();
        run.prepare();
        Set<String> kinds = new LinkedHashSet<>(SoakRun.MIX);
        for (int round = 0; round < SoakRun.OFFICERS.size(); round++) {
            for (String kind : kinds) {
                run.once(1, kind);
            }
        }
        List<SoakRun.Sample> samples = run.samples();
        assertEquals(kinds.size() * SoakRun.OFFICERS.size(), samples.size());
        assertTrue(run.errorExamples().isEmpty(), "failures: " + run.errorExamples());
        samples.forEach(s -> assertTrue(s.status() >= 200 && s.status() < 400, s.kind() + " answered " + s.status()));
    }
}
