package vn.ocop.registry.catalog;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.outbox.RegistryFact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/**
 * The catalog's change log is a sync cursor: its sequence numbers must commit in order, and a long transaction that
 * changed the catalog early (an import chunk) must not hold other writers back until it ends.
 */
@QuarkusTest
class CatalogChangeOrderTest {

    @Inject
    Event<RegistryFact> facts;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldNumberAChangeWhenItsTransactionCommitsNotWhenItWasMade() throws Exception {
        UUID producer = aProducer().create();
        UUID early = aProduct(producer).create();
        UUID late = aProduct(producer).create();
        CountDownLatch earlyWrote = new CountDownLatch(1);
        CountDownLatch lateCommitted = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // a long transaction changes the catalog first, then stays open until the other writer has committed
            Future<Boolean> longOne = other.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                issued(early);
                earlyWrote.countDown();
                return lateCommitted.await(10, TimeUnit.SECONDS);
            }));
            assertThat(earlyWrote.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> issued(late));
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            lateCommitted.countDown();
            assertThat(longOne.get(20, TimeUnit.SECONDS)).as("the long transaction saw the other commit").isTrue();
            assertThat(waitedMillis).as("the other writer was not held back").isLessThan(5_000);
        } finally {
            other.shutdownNow();
        }
        // a cursor that read the later-made change first still finds the long transaction's change after it
        assertThat(seqOf(early)).isGreaterThan(seqOf(late));
    }

    private void issued(UUID product) {
        facts.fire(new RegistryFact(EventTypes.CERTIFICATE_ISSUED, product, new CertificateData(UUID.randomUUID(),
                product, "OCOP-TEST-" + UUID.randomUUID(), 4, "UBND tỉnh", LocalDate.now(), LocalDate.now().plusYears(3),
                "VALID", null, null, null)));
    }

    private long seqOf(UUID product) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select max(seq) from catalog_change where product_id = ?")) {
            s.setObject(1, product);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
