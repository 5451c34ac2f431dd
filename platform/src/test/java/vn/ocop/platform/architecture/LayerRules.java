package vn.ocop.platform.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layer rules both services keep, as ArchUnit rules over a service's root package: only the {@code rest} packages
 * know the JSON records, and only the {@code repository} packages reach the database (no entity manager, session,
 * data source or JDBC elsewhere, and no Panache active-record access to an entity), and native queries take no result
 * class. {@code LayerRulesTest} shows that each rule catches what it forbids.
 */
public final class LayerRules {

    /** The data-access methods Panache gives every entity (static finders, instance persist/delete, ...). */
    private static final Set<String> ACTIVE_RECORD = Set.of("find", "findAll", "findById", "findByIdOptional",
            "findByIds", "list", "listAll", "stream", "streamAll", "count", "delete", "deleteAll", "deleteById",
            "persist", "persistAndFlush", "update", "getEntityManager", "getSession", "isPersistent", "flush");
    private static final Set<String> SESSION_OF_A_REPOSITORY = Set.of("getEntityManager", "getSession");

    private LayerRules() {
    }

    /** The main classes of a service (tests left out). */
    public static JavaClasses mainClasses(String root) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
    }

    public static ArchRule onlyRestPackagesKnowRestTypes(String root) {
        return noClasses().that().resideOutsideOfPackage(root + "..rest..")
                .should().dependOnClassesThat().resideInAPackage(root + "..rest..")
                .because("services, repositories, mappings and the feature roots take and return domain types and "
                        + "commands; resources map them to and from the JSON records");
    }

    public static ArchRule onlyRepositoriesReachTheDatabase(String root) {
        return noClasses().that().resideOutsideOfPackage(root + "..repository..")
                .should().dependOnClassesThat().belongToAnyOf(EntityManager.class, Session.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.hibernate.orm.panache.Panache")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.agroal..")
                .because("queries, locks and JDBC live in the repository beans of each feature: services and "
                        + "resources see entities and records, never a connection");
    }

    public static ArchRule onlyRepositoriesUseActiveRecord(String root) {
        return noClasses().that().resideOutsideOfPackage(root + "..repository..")
                .should().accessTargetWhere(DescribedPredicate.describe("a Panache active-record method of an entity "
                        + "or the entity manager of a repository", LayerRules::activeRecord))
                .because("Panache repositories are the one data-access style: an entity may extend PanacheEntity "
                        + "for its id, it is not queried or written through it");
    }

    public static ArchRule nativeQueriesTakeNoResultClass(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().callMethodWhere(DescribedPredicate.describe("createNativeQuery(String, Class)",
                        LayerRules::nativeQueryWithAResultClass))
                .because("Hibernate 7.2 gives such a query a plan-cache key that equals no other, so every run caches "
                        + "one more plan under the same hash (the registry's QueryPlanCacheTest); without the class a "
                        + "uuid column still comes back as UUID, several columns as Object[]");
    }

    private static boolean nativeQueryWithAResultClass(JavaMethodCall call) {
        return call.getName().equals("createNativeQuery") && call.getTarget().getRawParameterTypes().stream()
                .map(JavaClass::getName).toList().equals(List.of(String.class.getName(), Class.class.getName()));
    }

    private static boolean activeRecord(JavaAccess<?> access) {
        return ACTIVE_RECORD.contains(access.getName())
                && access.getTargetOwner().isAssignableTo(PanacheEntityBase.class)
                || SESSION_OF_A_REPOSITORY.contains(access.getName())
                && access.getTargetOwner().isAssignableTo(PanacheRepositoryBase.class);
    }
}
