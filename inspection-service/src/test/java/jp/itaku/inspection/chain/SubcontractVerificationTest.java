package jp.itaku.inspection.chain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading contract-service's verification report as inspection-service stores it (plain JUnit). */
class SubcontractVerificationTest {

    @Test
    void readsTheFieldsItUsesAndIgnoresTheRest() {
        SubcontractVerification report = SubcontractVerification.parse("""
                {"file":"sub.txt","kind":"dispatch","elements":[
                 {"id":"C4","status":"satisfied","evidence":[{"article":"第5条","start":0,"end":9,"text":"直ちに報告する。"}],
                  "explanation":"報告","suggestedClause":null},
                 {"id":"D1","status":"missing","evidence":[],"explanation":"派遣","suggestedClause":"…"}]}
                """).orElseThrow();

        assertTrue(report.dispatch());
        assertEquals(Map.of("C4", "satisfied", "D1", "missing"), report.statusById());
        assertEquals(List.of(new SubcontractVerification.Evidence("第5条", "直ちに報告する。")),
                report.elements().get(0).evidence());
        assertEquals("派遣", report.elements().get(1).explanation());
    }

    @Test
    void anElementReportedTwiceCountsWithItsWorseStatusInEitherOrder() {
        String satisfiedFirst = "{\"kind\":\"outsourcing\",\"elements\":[{\"id\":\"C2\",\"status\":\"satisfied\"},"
                + "{\"id\":\"C2\",\"status\":\"contradicted\"},{\"id\":\"C4\",\"status\":\"satisfied\"}]}";
        String contradictedFirst = "{\"kind\":\"outsourcing\",\"elements\":[{\"id\":\"C2\",\"status\":\"contradicted\"},"
                + "{\"id\":\"C2\",\"status\":\"satisfied\"}]}";

        assertEquals("contradicted", SubcontractVerification.parse(satisfiedFirst).orElseThrow().statusById().get("C2"));
        assertEquals("contradicted", SubcontractVerification.parse(contradictedFirst).orElseThrow().statusById().get("C2"));
        assertEquals(List.of("C2", "C4"), List.copyOf(SubcontractVerification.parse(satisfiedFirst).orElseThrow()
                .statusById().keySet()), "the report's order");
        assertEquals(Optional.of(List.of("C2")), ChainService.unmetElements(satisfiedFirst));
    }

    @Test
    void noReportWithoutElementsOrReadableJson() {
        assertFalse(SubcontractVerification.parse(null).isPresent());
        assertFalse(SubcontractVerification.parse("{\"kind\":\"outsourcing\"}").isPresent());
        assertFalse(SubcontractVerification.parse("{\"elements\":").isPresent());
        assertFalse(SubcontractVerification.parse("<html>502</html>").isPresent());
        assertEquals(Optional.empty(), ChainService.unmetElements("not json"));
    }
}
