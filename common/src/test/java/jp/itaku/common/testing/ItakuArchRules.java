package jp.itaku.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;

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

    /** The main classes (tests excluded) under the given packages. */
    public static JavaClasses mainClasses(String... packages) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages);
    }
}
