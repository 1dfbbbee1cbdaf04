package jp.itaku.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jp.itaku.common.testing.ItakuArchRules;
import jp.itaku.gateway.portal.archfixture.UntypedSampleClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed contracts in the portal (issue 12, item 2): {@link TypedContractRules} over the gateway's main code. */
class ArchitectureTest {

    static final JavaClasses CLASSES = ItakuArchRules.mainClasses("jp.itaku.gateway");

    @Test
    void serviceClientsReturnNoMapObjectOrJsonTree() {
        TypedContractRules.CLIENTS_RETURN_TYPED_ANSWERS.check(CLASSES);
    }

    @Test
    void portalReadsNoJsonAsATree() {
        TypedContractRules.PORTAL_READS_NO_JSON_TREES.check(CLASSES);
    }

    @Test
    void serviceClientsSendRecordsNotMaps() {
        TypedContractRules.CLIENTS_SEND_RECORDS.check(CLASSES);
    }

    @Test
    void serviceClientsTakeTypedArguments() {
        TypedContractRules.CLIENTS_TAKE_TYPED_ARGUMENTS.check(CLASSES);
    }

    @Test
    void theRulesCatchAnUntypedSampleClient() {
        JavaClasses sample = new ClassFileImporter().importClasses(UntypedSampleClient.class);

        String returns = assertThrows(AssertionError.class,
                () -> TypedContractRules.CLIENTS_RETURN_TYPED_ANSWERS.check(sample)).getMessage();
        for (String method : new String[]{"engagement(java.lang.String)", "engagements()", "chain()", "anything()",
                "problem(java.lang.String)"}) {
            assertTrue(returns.contains("UntypedSampleClient." + method), method + " not caught: " + returns);
        }
        assertTrue(returns.contains("(5 times)"), "exactly the five untyped methods: " + returns);
        assertTrue(returns.contains("Map<java.lang.String, java.lang.Object>> (untyped: [java.util.Map, java.lang.Object])")
                        && returns.contains("(untyped: [com.fasterxml.jackson.databind.JsonNode])"),
                "nested generic arguments are looked into: " + returns);

        String bodies = assertThrows(AssertionError.class,
                () -> TypedContractRules.CLIENTS_SEND_RECORDS.check(sample)).getMessage();
        assertTrue(bodies.contains("(2 times)"), "exactly the two map bodies: " + bodies);
        assertTrue(bodies.contains("create(java.util.Map)") && bodies.contains("createAll(java.lang.String, java.util.List)"),
                bodies);
        assertTrue(bodies.contains("java.util.List<java.util.Map<java.lang.String, java.lang.String>> (untyped: [java.util.Map])"),
                "a map inside a list is caught: " + bodies);

        String arguments = assertThrows(AssertionError.class,
                () -> TypedContractRules.CLIENTS_TAKE_TYPED_ARGUMENTS.check(sample)).getMessage();
        assertTrue(arguments.contains("(2 times)") && arguments.contains("status(java.lang.Object)")
                && arguments.contains("create(jp.itaku.gateway.portal.archfixture.UntypedSampleClient$SampleInput, java.lang.Object)"),
                "exactly the two Object parameters: " + arguments);

        String trees = assertThrows(AssertionError.class,
                () -> TypedContractRules.PORTAL_READS_NO_JSON_TREES.check(sample)).getMessage();
        assertTrue(trees.contains("readTree"), trees);
        assertTrue(trees.contains("convertValue"), trees);
        assertTrue(trees.contains("io.vertx.core.json.JsonObject"), trees);
    }
}
