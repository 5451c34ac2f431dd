package vn.ocop.traceability.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.architecture.LayerRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules of the traceability service, checked on its compiled classes: the scan page does not reach into
 * the resolver (the resolver may use the scan record), Digital Link parsing stands below every feature, the layer
 * under the features ({@code platform}) depends on no feature, and only resources and their JSON records (the
 * {@code rest} packages) know the JSON records: services take commands and return domain types. Only repositories
 * ({@code repository} packages) reach the database. The last two are the platform's {@link LayerRules}.
 */
class PackageRulesTest {

    private static final String ROOT = "vn.ocop.traceability";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = LayerRules.mainClasses(ROOT);
    }

    @Test
    void scanShouldNotDependOnTheResolver() {
        noClasses().that().resideInAPackage(ROOT + ".scan..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".resolver..")
                .check(classes);
    }

    @Test
    void digitalLinkParsingShouldDependOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".digitallink..")
                .should().dependOnClassesThat().resideInAnyPackage(features())
                .check(classes);
    }

    @Test
    void platformShouldDependOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(features())
                .check(classes);
    }

    @Test
    void onlyTheRestLayerShouldDependOnTheRestLayer() {
        LayerRules.onlyRestPackagesKnowRestTypes(ROOT).check(classes);
    }

    @Test
    void onlyRepositoriesShouldReachTheDatabase() {
        LayerRules.onlyRepositoriesReachTheDatabase(ROOT).check(classes);
    }

    @Test
    void onlyRepositoriesShouldQueryEntities() {
        LayerRules.onlyRepositoriesUseActiveRecord(ROOT).check(classes);
    }

    @Test
    void nativeQueriesShouldTakeNoResultClass() {
        LayerRules.nativeQueriesTakeNoResultClass(ROOT).check(classes);
    }

    private static String[] features() {
        return java.util.stream.Stream.of("epcis", "intake", "lot", "media", "outbox", "qr", "resolver", "scan",
                "serial", "trace").map(feature -> ROOT + "." + feature + "..").toArray(String[]::new);
    }
}
