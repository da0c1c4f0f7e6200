package org.copcheckin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The architecture of DESIGN.md, held by tests: module boundaries, and platform types kept at the edge. */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.copcheckin");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules.of(CopCheckinApplication.class).verify();
    }

    @Test
    void onlyTheSlackAdapterTouchesSlackTypes() {
        noClasses().that().resideOutsideOfPackage("org.copcheckin.slack..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..")
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void onlyTheDiscordAdapterTouchesJdaTypes() {
        noClasses().that().resideOutsideOfPackage("org.copcheckin.discord..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void onlySchedulingTouchesQuartzTypes() {
        noClasses().that().resideOutsideOfPackage("org.copcheckin.scheduling..")
                .should().dependOnClassesThat().resideInAPackage("org.quartz..")
                .check(CLASSES);
    }
}
