package vn.ocop.registry.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.imports.ImportIssue;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of the registry service, checked on its compiled classes: only the {@code rest} packages know
 * the JSON records (services, repositories, mappings and the feature roots take and return domain types and
 * commands), and only the {@code repository} packages reach the database.
 */
class PackageRulesTest {

    private static final String ROOT = "vn.ocop.registry";
    private static final String REPOSITORIES = ROOT + "..repository..";
    /** The data-access methods Panache gives every entity (static finders, instance persist/delete, ...). */
    private static final Set<String> ACTIVE_RECORD = Set.of("find", "findAll", "findById", "findByIdOptional",
            "list", "listAll", "stream", "streamAll", "count", "delete", "deleteAll", "deleteById", "persist",
            "persistAndFlush", "update", "getEntityManager", "isPersistent", "flush");

    private static final ArchRule NO_DATABASE_OUTSIDE_REPOSITORIES = noClasses()
            .that().resideOutsideOfPackage(REPOSITORIES)
            .should().dependOnClassesThat().haveFullyQualifiedName(EntityManager.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.hibernate.orm.panache.Panache")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.agroal..")
            .because("queries, locks and JDBC live in the repository beans of each feature");

    private static final ArchRule NO_ACTIVE_RECORD_OUTSIDE_REPOSITORIES = noClasses()
            .that().resideOutsideOfPackage(REPOSITORIES)
            .should().accessTargetWhere(activeRecordMethod())
            .because("entities are read and written through their repository beans, not through Panache's static "
                    + "finders or instance persist/delete");

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

    @Test
    void onlyRepositoriesShouldReachTheDatabase() {
        NO_DATABASE_OUTSIDE_REPOSITORIES.check(classes);
    }

    @Test
    void onlyRepositoriesShouldUsePanacheActiveRecordMethods() {
        NO_ACTIVE_RECORD_OUTSIDE_REPOSITORIES.check(classes);
    }

    /** The data-access rules see what they forbid, so they cannot pass by checking nothing. */
    @Test
    void theDataAccessRulesShouldCatchAServiceThatReachesTheDatabase() {
        JavaClasses offender = new ClassFileImporter().importClasses(OffendingService.class);
        assertThat(NO_DATABASE_OUTSIDE_REPOSITORIES.evaluate(offender).hasViolation()).isTrue();
        assertThat(NO_ACTIVE_RECORD_OUTSIDE_REPOSITORIES.evaluate(offender).getFailureReport().getDetails())
                .hasSize(4);
    }

    private static DescribedPredicate<JavaAccess<?>> activeRecordMethod() {
        return DescribedPredicate.describe("a Panache active-record method of an entity",
                access -> access.getTargetOwner().isAssignableTo(PanacheEntityBase.class)
                        && ACTIVE_RECORD.contains(access.getName()));
    }

    /** What a service must not do: a query on the entity manager, and active-record calls and references. */
    @SuppressWarnings("unused")
    private static final class OffendingService {

        long write(EntityManager em, ImportIssue issue, List<ImportIssue> more) {
            issue.persist();
            ImportIssue.list("jobId", issue.jobId);
            return more.stream().filter(ImportIssue::isPersistent).count() + ImportIssue.count()
                    + em.createQuery("select count(i) from ImportIssue i", Long.class).getSingleResult();
        }
    }
}
