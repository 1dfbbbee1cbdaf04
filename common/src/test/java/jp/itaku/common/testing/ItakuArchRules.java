package jp.itaku.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** ArchUnit rules every module applies to its main code (see each module's {@code ArchitectureTest}). */
public final class ItakuArchRules {

    private ItakuArchRules() {
    }

    private static final Set<String> TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
            "java.time.ZonedDateTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay",
            "java.time.chrono.JapaneseDate");

    /** {@code X.now()} / {@code X.now(zone)} on a java.time type, {@code Clock.system…()}, {@code currentTimeMillis()}. */
    static final DescribedPredicate<JavaMethodCall> READS_THE_MACHINE_CLOCK =
            new DescribedPredicate<>("read the machine's clock instead of the injected java.time.Clock") {
                @Override
                public boolean test(JavaMethodCall call) {
                    String owner = call.getTarget().getOwner().getFullName();
                    String name = call.getTarget().getName();
                    if (name.equals("now") && TIME_TYPES.contains(owner)) {
                        return call.getTarget().getRawParameterTypes().stream().map(JavaClass::getFullName)
                                .noneMatch("java.time.Clock"::equals);
                    }
                    if (owner.equals("java.time.Clock") && name.startsWith("system")) {
                        return true;
                    }
                    return owner.equals("java.lang.System") && name.equals("currentTimeMillis");
                }
            };

    /**
     * "Now" and "today" come only from the one injected clock (jp.itaku.common.time.ItakuClock, Asia/Tokyo): a
     * {@code LocalDate.now()} reads the machine's zone and gives another day for nine hours of every day.
     */
    public static final ArchRule NO_MACHINE_CLOCK = noClasses()
            .that().resideOutsideOfPackage("jp.itaku.common.time..")
            .should().callMethodWhere(READS_THE_MACHINE_CLOCK)
            .because("now and today come from the injected Clock in Asia/Tokyo (ItakuClock), "
                    + "so dates do not depend on the machine's zone and tests can fix the time");

    /** Packages a pure rule may not touch: the framework, the container, the ORM, the HTTP server, JDBC. */
    static final String[] FRAMEWORK_PACKAGES = {"jakarta..", "javax..", "io.quarkus..", "org.hibernate..", "io.vertx..",
            "io.smallrye..", "org.eclipse.microprofile..", "java.sql.."};

    private static final String ENTITY = "jakarta.persistence.Entity";

    /**
     * The rules layer ({@code …model} packages: values in, a decision or field errors out) is plain Java: no framework
     * type and no entity, so each rule is tested with plain JUnit and reads without the service around it. Fails when
     * the imported classes hold no model package at all (the rule would be vacuous).
     */
    public static final ArchRule MODEL_USES_NO_FRAMEWORK = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
            .orShould().dependOnClassesThat().areAnnotatedWith(ENTITY)
            .allowEmptyShould(false)
            .because("the rules are values in, a decision out: loading, locking and persisting stay in the services");

    private static final Set<String> HTTP_METHODS = Set.of("jakarta.ws.rs.GET", "jakarta.ws.rs.POST",
            "jakarta.ws.rs.PUT", "jakarta.ws.rs.DELETE", "jakarta.ws.rs.PATCH", "jakarta.ws.rs.HEAD",
            "jakarta.ws.rs.OPTIONS");

    private static final Set<String> ROLE_ANNOTATIONS = Set.of("jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll", "jakarta.annotation.security.DenyAll",
            "io.quarkus.security.Authenticated");

    static final DescribedPredicate<JavaMethod> HTTP_ENDPOINTS = new DescribedPredicate<>("are REST endpoints") {
        @Override
        public boolean test(JavaMethod method) {
            return HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith);
        }
    };

    private static boolean declaresRoles(CanBeAnnotated element) {
        return ROLE_ANNOTATIONS.stream().anyMatch(element::isAnnotatedWith);
    }

    /**
     * Every REST endpoint says who may call it — @RolesAllowed, @PermitAll, @DenyAll or @Authenticated on the method
     * or on its resource class — so that an endpoint nobody thought about is a build failure, not an open door.
     */
    public static final ArchRule ENDPOINTS_DECLARE_ROLES = methods()
            .that(HTTP_ENDPOINTS)
            .should(new ArchCondition<>("declare its roles (@RolesAllowed, @PermitAll, @DenyAll or @Authenticated "
                    + "on the method or its class)") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean declared = declaresRoles(method) || declaresRoles(method.getOwner());
                    events.add(new SimpleConditionEvent(method, declared,
                            method.getFullName() + (declared ? " declares" : " does not declare") + " its roles"));
                }
            })
            .allowEmptyShould(false)
            .because("every endpoint has its roles (README: standards)");

    /**
     * Every entity is tenant-owned (a {@code @TenantId} column, which Hibernate fills and filters by the caller's
     * tenant), or is named in {@code global} with the reason it belongs to no tenant. A listed class that is not an
     * entity, or that is tenant-owned after all, fails too, so the list cannot go stale.
     */
    public static ArchRule entitiesAreTenantOwned(Map<Class<?>, String> global) {
        Map<String, String> reasons = new TreeMap<>();
        global.forEach((type, reason) -> {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException(type.getName() + " is listed as global without a reason");
            }
            reasons.put(type.getName(), reason);
        });
        return classes().that().areAnnotatedWith(ENTITY)
                .should(new ArchCondition<>("have a @TenantId column or be listed as global with a reason") {
                    private final Set<String> seen = new HashSet<>();

                    @Override
                    public void init(Collection<JavaClass> entities) {
                        entities.forEach(e -> seen.add(e.getName()));
                    }

                    @Override
                    public void check(JavaClass entity, ConditionEvents events) {
                        boolean tenantOwned = entity.getAllFields().stream()
                                .anyMatch(f -> f.isAnnotatedWith("org.hibernate.annotations.TenantId"));
                        boolean listed = reasons.containsKey(entity.getName());
                        if (tenantOwned && listed) {
                            events.add(SimpleConditionEvent.violated(entity, entity.getName()
                                    + " has a @TenantId column but is listed as global"));
                        } else {
                            events.add(new SimpleConditionEvent(entity, tenantOwned || listed, entity.getName()
                                    + (tenantOwned ? " is tenant-owned" : listed ? " is global: " + reasons.get(entity.getName())
                                    : " has no @TenantId column and is not listed as global")));
                        }
                    }

                    @Override
                    public void finish(ConditionEvents events) {
                        reasons.keySet().stream().filter(name -> !seen.contains(name)).forEach(name ->
                                events.add(SimpleConditionEvent.violated(name, name
                                        + " is listed as a global entity but is not an entity of these classes")));
                    }
                })
                .allowEmptyShould(false)
                .because("tenants never see each other's data: tenancy lives in the data layer (docs/DEVELOPING.md)");
    }

    private static final DescribedPredicate<JavaClass> RESOURCES = new DescribedPredicate<>(
            "are REST resources or records nested in them") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass outer = c;
            while (outer.getEnclosingClass().isPresent()) {
                outer = outer.getEnclosingClass().get();
            }
            // our own …Resource classes; a library's (Keycloak's admin client has RealmResource, UsersResource) is not one
            return outer.isAnnotatedWith("jakarta.ws.rs.Path")
                    || outer.getPackageName().startsWith("jp.itaku.") && outer.getSimpleName().endsWith("Resource");
        }
    };

    /**
     * HTTP is the outer layer: only resources use resources. Services, rules and jobs take the request and response
     * records from their own files, so the dependency never runs from a service back to its resource.
     */
    public static final ArchRule ONLY_RESOURCES_USE_RESOURCES = noClasses()
            .that(DescribedPredicate.not(RESOURCES))
            .should().dependOnClassesThat(RESOURCES)
            .because("request and response records live in their own files, not inside the resources");

    private static final Map<List<String>, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /** The main classes (tests excluded) under the given packages, imported once per test JVM. */
    public static JavaClasses mainClasses(String... packages) {
        return IMPORTED.computeIfAbsent(List.of(packages), p -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(p));
    }
}
