package vn.ocop.traceability.trace.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.trace.Producer;

import java.util.UUID;

/** Queries over producer snapshots. */
@ApplicationScoped
public class ProducerRepository implements PanacheRepositoryBase<Producer, UUID> {
}
