package vn.ocop.registry.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layer rule of the registry service, checked on its compiled classes: only the {@code rest} packages know the
 * JSON records; services, repositories, mappings and the feature roots take and return domain types and commands.
 */
class PackageRulesTest {

    private static final String ROOT = "vn.ocop.registry";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void onlyRestPackagesShouldDependOnRestTypes() {
        noClasses().that().resideOutsideOfPackage(ROOT + "..rest..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "..rest..")
                .check(classes);
    }
}
