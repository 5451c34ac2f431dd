package vn.ocop.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The outbox rows of a service's database: a service's outbox writer persists each fact's row ({@link OutboxEvent#of})
 * here, in the transaction of the change it reports.
 */
@ApplicationScoped
public class OutboxEventRepository implements PanacheRepository<OutboxEvent> {
}
