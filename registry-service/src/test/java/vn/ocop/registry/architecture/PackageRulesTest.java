package vn.ocop.registry.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.architecture.LayerRules;

/**
 * The package rules of the registry service, checked on its compiled classes with the platform's {@link LayerRules}:
 * only the {@code rest} packages know the JSON records (services, repositories, mappings and the feature roots take
 * and return domain types and commands), and only the {@code repository} packages reach the database.
 */
class PackageRulesTest {

    private static final String ROOT = "vn.ocop.registry";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = LayerRules.mainClasses(ROOT);
    }

    @Test
    void onlyRestPackagesShouldDependOnRestTypes() {
        LayerRules.onlyRestPackagesKnowRestTypes(ROOT).check(classes);
    }

    @Test
    void onlyRepositoriesShouldReachTheDatabase() {
        LayerRules.onlyRepositoriesReachTheDatabase(ROOT).check(classes);
    }

    @Test
    void onlyRepositoriesShouldUsePanacheActiveRecordMethods() {
        LayerRules.onlyRepositoriesUseActiveRecord(ROOT).check(classes);
    }

    @Test
    void nativeQueriesShouldTakeNoResultClass() {
        LayerRules.nativeQueriesTakeNoResultClass(ROOT).check(classes);
    }
}
