package dev.rvcm.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module arrows of DESIGN.md point one way: relocs ← isa ← analyzer / codegen-sim ← reports ←
 * cli; and the generated Kaitai classes stay behind the relocs domain layer.
 */
class ArchitectureTest {
    private static final JavaClasses RVCM = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.rvcm");

    @Test
    void relocsUsesNoOtherModule() {
        noClasses().that().resideInAPackage("dev.rvcm.relocs..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.rvcm.isa..", "dev.rvcm.analyzer..", "dev.rvcm.sim..",
                "dev.rvcm.reports..", "dev.rvcm.cli..")
            .check(RVCM);
    }

    @Test
    void isaUsesOnlyRelocs() {
        noClasses().that().resideInAPackage("dev.rvcm.isa..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.rvcm.analyzer..", "dev.rvcm.sim..", "dev.rvcm.reports..",
                "dev.rvcm.cli..")
            .check(RVCM);
    }

    @Test
    void analyzerAndEngineDoNotKnowEachOtherOrTheirUsers() {
        noClasses().that().resideInAPackage("dev.rvcm.analyzer..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.rvcm.sim..", "dev.rvcm.reports..", "dev.rvcm.cli..")
            .allowEmptyShould(true).check(RVCM);
        noClasses().that().resideInAPackage("dev.rvcm.sim..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.rvcm.analyzer..", "dev.rvcm.reports..", "dev.rvcm.cli..")
            .allowEmptyShould(true).check(RVCM);
    }

    @Test
    void reportsDoNotUseTheCli() {
        noClasses().that().resideInAPackage("dev.rvcm.reports..")
            .should().dependOnClassesThat().resideInAPackage("dev.rvcm.cli..")
            .check(RVCM);
    }

    @Test
    void generatedKaitaiClassesStayInsideRelocs() {
        noClasses().that().resideOutsideOfPackages("dev.rvcm.relocs.elf..", "dev.rvcm.relocs.ar..", "dev.rvcm.relocs.kaitai..")
            .should().dependOnClassesThat().resideInAPackage("dev.rvcm.relocs.kaitai..")
            .check(RVCM);
    }
}
