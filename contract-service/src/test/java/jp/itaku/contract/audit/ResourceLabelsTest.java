package jp.itaku.contract.audit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.access.ResourceLabels;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every resource type this service records has a Japanese name for mails and reports. */
class ResourceLabelsTest {

    @Test
    void everyRecordedTypeOfThisServiceHasAJapaneseName() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.itaku.contract");
        List<String> types = classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(AccessRecorded.class))
                .map(m -> m.getAnnotationOfType(AccessRecorded.class).type()).distinct().toList();
        assertFalse(types.isEmpty());
        List<String> unnamed = types.stream().filter(t -> !ResourceLabels.knows(t)).toList();
        assertEquals(List.of(), unnamed);
    }

    @Test
    void anUnknownTypeIsShownAsWritten() {
        assertEquals("no-such-type", ResourceLabels.of("no-such-type"));
        assertEquals("委託案件", ResourceLabels.of("engagement"));
    }
}
