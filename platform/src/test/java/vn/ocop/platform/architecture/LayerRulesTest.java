package vn.ocop.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.outbox.OutboxEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared layer rules see what they forbid, so a service's rule cannot pass by checking nothing. */
class LayerRulesTest {

    private static final String ROOT = "vn.ocop.platform.architecture";

    @Test
    void shouldCatchAServiceThatReachesTheDatabase() {
        JavaClasses offender = new ClassFileImporter().importClasses(OffendingService.class);

        assertThat(LayerRules.onlyRepositoriesReachTheDatabase(ROOT).evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void shouldCatchActiveRecordCallsAndReferencesAndARepositorysEntityManager() {
        JavaClasses offender = new ClassFileImporter().importClasses(OffendingService.class);

        assertThat(LayerRules.onlyRepositoriesUseActiveRecord(ROOT).evaluate(offender).getFailureReport().getDetails())
                .hasSize(5)
                .anySatisfy(line -> assertThat(line).contains("OutboxEvent.persist()"))
                .anySatisfy(line -> assertThat(line).contains("OutboxEvent.count()"))
                .anySatisfy(line -> assertThat(line).contains("OutboxEvent.list("))
                .anySatisfy(line -> assertThat(line).contains("isPersistent"))
                .anySatisfy(line -> assertThat(line).contains("PanacheRepositoryBase.getEntityManager()"));
    }

    @Test
    void shouldLeaveARepositoryAndAServiceThatUsesItAlone() {
        JavaClasses repository = new ClassFileImporter().importClasses(
                vn.ocop.platform.architecture.repository.FixtureRepository.class, CleanService.class);

        assertThat(LayerRules.onlyRepositoriesReachTheDatabase(ROOT).evaluate(repository).hasViolation()).isFalse();
        assertThat(LayerRules.onlyRepositoriesUseActiveRecord(ROOT).evaluate(repository).hasViolation()).isFalse();
        assertThat(LayerRules.nativeQueriesTakeNoResultClass(ROOT).evaluate(repository).hasViolation()).isFalse();
    }

    @Test
    void shouldCatchANativeQueryGivenAResultClassEvenInARepository() {
        JavaClasses offender = new ClassFileImporter().importClasses(NativeQueryWithAResultClass.class);

        assertThat(LayerRules.nativeQueriesTakeNoResultClass(ROOT).evaluate(offender).getFailureReport().getDetails())
                .singleElement().satisfies(line -> assertThat(line).contains("createNativeQuery(java.lang.String, "
                        + "java.lang.Class)"));
    }

    @Test
    void shouldFindNoNativeQueryGivenAResultClassInThePlatform() {
        LayerRules.nativeQueriesTakeNoResultClass("vn.ocop.platform")
                .check(LayerRules.mainClasses("vn.ocop.platform"));
    }

    /** A service as the rules want it (never run): it asks the repository. */
    @SuppressWarnings("unused")
    private static final class CleanService {

        long pending(vn.ocop.platform.architecture.repository.FixtureRepository repository) {
            return repository.hashCode();
        }
    }

    /** A repository's native query with a result class (never run): its plan would be cached anew on every run. */
    @SuppressWarnings("unused")
    private static final class NativeQueryWithAResultClass {

        Object ids(EntityManager em) {
            return em.createNativeQuery("select id from outbox_event", java.util.UUID.class).getResultList();
        }
    }

    /** What a service must not do (never run): a query on the entity manager, active-record calls and references. */
    @SuppressWarnings("unused")
    private static final class OffendingService {

        long write(EntityManager em, OutboxEvent row, List<OutboxEvent> more,
                   PanacheRepositoryBase<OutboxEvent, Long> outbox) {
            row.persist();
            OutboxEvent.list("type", "x");
            outbox.getEntityManager().clear();
            return more.stream().filter(OutboxEvent::isPersistent).count() + OutboxEvent.count()
                    + em.createQuery("select count(o) from OutboxEvent o", Long.class).getSingleResult();
        }
    }
}
