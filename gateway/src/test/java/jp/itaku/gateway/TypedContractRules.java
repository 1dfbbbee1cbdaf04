package jp.itaku.gateway;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Issue 12: no service answer is read as an untyped map anywhere in the portal. The clients ({@code Services} and the
 * typed {@code …Client}s of {@code portal.client}) hand the pages records, never a Map, an Object or a JSON tree — not
 * even inside a generic argument ({@code List<Map<String, Object>>}) — and no portal class reads JSON as a tree.
 * Names are compared as strings: common's archunit.properties does not resolve JDK or library classes.
 */
final class TypedContractRules {

    private TypedContractRules() {
    }

    static final String SERVICES = "jp.itaku.gateway.portal.web.Services";

    /** Types that say nothing about the fields a page reads. */
    private static final Set<String> UNTYPED = Set.of("java.lang.Object", "java.util.Map", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.SortedMap", "java.util.NavigableMap",
            "java.util.concurrent.ConcurrentMap", "java.util.concurrent.ConcurrentHashMap", "java.util.Properties",
            "io.vertx.core.json.JsonObject", "io.vertx.core.json.JsonArray", "jakarta.json.JsonObject",
            "jakarta.json.JsonValue", "com.fasterxml.jackson.databind.JsonNode");

    private static final String JACKSON_TREE = "com.fasterxml.jackson.databind.node.";

    static boolean untyped(JavaClass type) {
        JavaClass base = type;
        while (base.isArray()) {
            base = base.getComponentType();
        }
        return UNTYPED.contains(base.getName()) || base.getName().startsWith(JACKSON_TREE);
    }

    /** Every untyped class in {@code type}, its generic arguments, bounds and array components, outermost first. */
    static List<String> untypedParts(JavaType type) {
        List<String> found = new ArrayList<>();
        collect(type, found, 0);
        return found;
    }

    private static void collect(JavaType type, List<String> found, int depth) {
        if (depth > 8) {
            return;
        }
        if (type instanceof JavaParameterizedType parameterized) {
            collect(parameterized.toErasure(), found, depth + 1);
            parameterized.getActualTypeArguments().forEach(argument -> collect(argument, found, depth + 1));
        } else if (type instanceof JavaWildcardType wildcard) {
            wildcard.getUpperBounds().forEach(bound -> collect(bound, found, depth + 1));
            wildcard.getLowerBounds().forEach(bound -> collect(bound, found, depth + 1));
        } else if (type instanceof JavaGenericArrayType array) {
            collect(array.getComponentType(), found, depth + 1);
        } else if (type instanceof JavaTypeVariable<?> variable) {
            // <T> T get(path, Class<T>): the caller names the record; only a bound like <T extends Map<..>> is untyped
            variable.getUpperBounds().stream().filter(bound -> !bound.toErasure().getName().equals("java.lang.Object"))
                    .forEach(bound -> collect(bound, found, depth + 1));
        } else if (type instanceof JavaClass plain && untyped(plain)) {
            found.add(plain.getName());
        }
    }

    /** {@code Services} and every {@code …Client} class (the typed clients of portal.client). */
    static final DescribedPredicate<JavaMethod> CLIENT_METHODS = new DescribedPredicate<>(
            "are declared by the portal's service clients (Services, …Client)") {
        @Override
        public boolean test(JavaMethod method) {
            JavaClass owner = method.getOwner();
            return !method.getName().startsWith("lambda$") && !method.getModifiers().contains(
                    com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC)
                    && (owner.getName().equals(SERVICES) || owner.getSimpleName().endsWith("Client"));
        }
    };

    static final ArchRule CLIENTS_RETURN_TYPED_ANSWERS = methods().that(CLIENT_METHODS)
            .should(new ArchCondition<>("return a record, a list of records or another typed value — "
                    + "no Map, Object or JSON tree, also not inside a generic argument") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    List<String> parts = untypedParts(method.getReturnType());
                    events.add(new SimpleConditionEvent(method, parts.isEmpty(), method.getFullName() + " returns "
                            + method.getReturnType().getName() + (parts.isEmpty() ? "" : " (untyped: " + parts + ")")));
                }
            })
            .allowEmptyShould(false)
            .because("a page reads each answer as a record of portal.client, so a provider's renamed field fails "
                    + "the pact, not a template at run time (issue 12)");

    /** The maps and JSON trees among {@code type}'s parts; a plain Object (an id passed on as text) is not one. */
    static List<String> mapsAndTrees(JavaType type) {
        return untypedParts(type).stream().filter(name -> !name.equals("java.lang.Object")).toList();
    }

    /**
     * A request body is a record of portal.client named after what it is ({@code IncidentInput}), never a map: no
     * client method takes a Map or a JSON tree (also not inside a generic argument), and {@code Services}' methods
     * that send a JSON body ({@code post}, {@code put}) take it as a {@link Record}.
     */
    static final ArchRule CLIENTS_SEND_RECORDS = methods().that(CLIENT_METHODS)
            .should(new ArchCondition<>("take no Map or JSON tree as a parameter, and Services' post/put take "
                    + "their body as a record") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    List<JavaType> parameters = method.getParameterTypes();
                    for (int i = 0; i < parameters.size(); i++) {
                        List<String> parts = mapsAndTrees(parameters.get(i));
                        if (!parts.isEmpty()) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes "
                                    + parameters.get(i).getName() + " (untyped: " + parts + ")"));
                        }
                    }
                    boolean sendsBody = method.getOwner().getName().equals(SERVICES)
                            && Set.of("post", "put").contains(method.getName()) && parameters.size() >= 2;
                    if (sendsBody && !parameters.get(1).toErasure().getName().equals("java.lang.Record")) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " takes its body as " + parameters.get(1).getName() + ", not as a record"));
                    }
                    events.add(SimpleConditionEvent.satisfied(method, method.getFullName() + " takes typed input"));
                }
            })
            .allowEmptyShould(false)
            .because("the JSON a page sends has the names of a record the pact and RequestBodiesTest pin, "
                    + "not whatever keys a map was given (issue 12)");

    /**
     * An id or any other argument a client method takes has its real type ({@code UUID}, {@code int}, a record):
     * a plain {@code Object} would take a node's id where an engagement's is wanted, or a form's text, unchecked.
     */
    static final ArchRule CLIENTS_TAKE_TYPED_ARGUMENTS = methods().that(CLIENT_METHODS)
            .should(new ArchCondition<>("take no plain Object as a parameter") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean plainObject = method.getRawParameterTypes().stream()
                            .anyMatch(type -> type.getName().equals("java.lang.Object"));
                    events.add(new SimpleConditionEvent(method, !plainObject, method.getFullName()
                            + (plainObject ? " takes a plain Object" : " takes typed arguments")));
                }
            })
            .allowEmptyShould(false)
            .because("ids are UUIDs: the compiler, not the service's 404, catches an id of the wrong thing (issue 12)");

    private static final Set<String> TREE_READS = Set.of("readTree", "convertValue", "treeToValue", "valueToTree",
            "createObjectNode", "createArrayNode");

    static final DescribedPredicate<JavaMethodCall> READS_JSON_AS_A_TREE = new DescribedPredicate<>(
            "read JSON as a tree (readTree, convertValue, treeToValue, valueToTree)") {
        @Override
        public boolean test(JavaMethodCall call) {
            return call.getTargetOwner().getPackageName().startsWith("com.fasterxml.jackson")
                    && TREE_READS.contains(call.getName());
        }
    };

    private static final Set<String> TREES = Set.of("io.vertx.core.json.JsonObject", "io.vertx.core.json.JsonArray",
            "jakarta.json.JsonObject", "jakarta.json.JsonValue", "com.fasterxml.jackson.databind.JsonNode");

    static final DescribedPredicate<JavaClass> JSON_TREES = new DescribedPredicate<>(
            "are JSON trees (JsonObject, JsonArray, JsonNode)") {
        @Override
        public boolean test(JavaClass type) {
            return TREES.contains(type.getName()) || type.getName().startsWith(JACKSON_TREE);
        }
    };

    static final ArchRule PORTAL_READS_NO_JSON_TREES = noClasses().that().resideInAPackage("jp.itaku.gateway.portal..")
            .should().callMethodWhere(READS_JSON_AS_A_TREE)
            .orShould().dependOnClassesThat(JSON_TREES)
            .because("the portal reads JSON only into records (issue 12): a tree hides which fields a page depends on");
}
