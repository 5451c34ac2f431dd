package vn.ocop.registry.outbox.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.platform.outbox.OutboxEvent;

/** The rows of the registry's transactional outbox (written here, relayed by the platform module). */
@ApplicationScoped
public class OutboxEventRepository implements PanacheRepositoryBase<OutboxEvent, Long> {
}
