package vn.ocop.traceability.epcis.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.epcis.CaptureJob;

import java.util.UUID;

/** Capture jobs. */
@ApplicationScoped
public class CaptureJobRepository implements PanacheRepositoryBase<CaptureJob, UUID> {
}
