package org.copcheckin.care;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The care module's signal matching reads replies and must keep nothing of them: no logger, no console, no
 * database, no file written. Kinds are its only output. The classes that store settings and deliver nudges and alerts
 * never see a reply's text (they get {@link ReplyReviewed}, kinds only) and are left out of this rule.
 */
class CareKeepsNothingTest {

    private static final JavaClasses CARE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.copcheckin.care");

    @Test
    void noCareClassLogsStoresOrWrites() {
        noClasses().that().doNotHaveSimpleName("CareSettings").and().doNotHaveSimpleName("CareRecords")
                .and().doNotHaveSimpleName("CareDelivery").and().doNotHaveSimpleName("CareMemberErasure")
                .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "org.apache.commons.logging..",
                        "java.util.logging..", "org.apache.logging..", "ch.qos.logback..", "java.sql..",
                        "javax.sql..", "org.springframework.jdbc..", "java.nio.file..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.PrintStream")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CARE);
    }
}
