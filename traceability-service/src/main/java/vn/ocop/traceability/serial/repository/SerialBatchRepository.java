package vn.ocop.traceability.serial.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.serial.SerialBatch;

import java.util.UUID;

/** The serial batches: one row per generation request of a lot. */
@ApplicationScoped
public class SerialBatchRepository implements PanacheRepositoryBase<SerialBatch, UUID> {
}
