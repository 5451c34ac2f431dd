package vn.ocop.traceability.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.outbox.OutboxEvent;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The package rules of the traceability service, checked on its compiled classes: the scan page does not reach into
 * the resolver (the resolver may use the scan record), Digital Link parsing stands below every feature, the layer
 * under the features ({@code platform}) depends on no feature, and only resources and their JSON records (the
 * {@code rest} packages) know the JSON records: services take commands and return domain types. Only repositories
 * ({@code repository} packages) reach the database: no entity manager, session, data source or JDBC elsewhere, and no
 * Panache active-record call on an entity.
 */
class PackageRulesTest {

    private static final String ROOT = "vn.ocop.traceability";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
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
        noClasses().that().resideOutsideOfPackage(ROOT + "..rest..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "..rest..")
                .check(classes);
    }

    private static final Set<String> ACTIVE_RECORD = Set.of("find", "findAll", "findById", "findByIdOptional",
            "findByIds", "list", "listAll", "stream", "streamAll", "count", "delete", "deleteAll", "deleteById",
            "persist", "persistAndFlush", "update", "getEntityManager", "getSession", "isPersistent", "flush");

    private static final ArchRule NO_DATABASE_ACCESS_OUTSIDE_REPOSITORIES = noClasses()
            .that().resideOutsideOfPackage(ROOT + "..repository..")
            .should().dependOnClassesThat().belongToAnyOf(EntityManager.class, Session.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.agroal..")
            .because("data access goes through the repositories (Panache repositories, native and bulk SQL in their "
                    + "methods): services and resources see entities and records, never a connection");

    private static final ArchRule NO_ACTIVE_RECORD_OUTSIDE_REPOSITORIES = noClasses()
            .that().resideOutsideOfPackage(ROOT + "..repository..")
            .should().callMethodWhere(DescribedPredicate.describe("a Panache active-record method of an entity or the "
                    + "entity manager of a repository", PackageRulesTest::activeRecord))
            .because("Panache repositories are the one data-access style: an entity may extend PanacheEntity for its "
                    + "id, it is not queried or written through it");

    @Test
    void onlyRepositoriesShouldReachTheDatabase() {
        NO_DATABASE_ACCESS_OUTSIDE_REPOSITORIES.check(classes);
    }

    @Test
    void onlyRepositoriesShouldQueryEntities() {
        NO_ACTIVE_RECORD_OUTSIDE_REPOSITORIES.check(classes);
    }

    @Test
    void theActiveRecordRuleShouldCatchEntityCalls() {
        JavaClasses caller = new ClassFileImporter().importClasses(ActiveRecordCaller.class);
        assertThatThrownBy(() -> NO_ACTIVE_RECORD_OUTSIDE_REPOSITORIES.check(caller))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OutboxEvent.count()").hasMessageContaining("OutboxEvent.persist()")
                .hasMessageContaining("PanacheRepositoryBase.getEntityManager()");
    }

    private static boolean activeRecord(JavaMethodCall call) {
        return ACTIVE_RECORD.contains(call.getName()) && call.getTargetOwner().isAssignableTo(PanacheEntityBase.class)
                || Set.of("getEntityManager", "getSession").contains(call.getName())
                && call.getTargetOwner().isAssignableTo(PanacheRepositoryBase.class);
    }

    /** What the active-record rule must reject (never run): entity queries and writes, a repository's session. */
    @SuppressWarnings("unused")
    private static final class ActiveRecordCaller {

        long pending(PanacheRepositoryBase<OutboxEvent, Long> outbox) {
            outbox.getEntityManager().clear();
            return OutboxEvent.count();
        }

        void write(OutboxEvent row) {
            row.persist();
        }
    }

    private static String[] features() {
        return java.util.stream.Stream.of("epcis", "intake", "lot", "media", "outbox", "qr", "resolver", "scan",
                "serial", "trace").map(feature -> ROOT + "." + feature + "..").toArray(String[]::new);
    }
}
