package vn.ocop.traceability.epcis.rest;

import vn.ocop.platform.problem.FieldError;
import com.fasterxml.jackson.annotation.JsonProperty;
import vn.ocop.traceability.epcis.service.CaptureReport;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A capture job as the GS1 REST binding shows it: {@code running}, {@code success}, the error behaviour (always
 * rollback: a document is stored entirely or not at all) and the errors when it failed.
 */
public record CaptureJobView(@JsonProperty("captureID") String captureId, OffsetDateTime createdAt,
                             OffsetDateTime finishedAt, boolean running, boolean success,
                             String captureErrorBehaviour, int eventCount, List<FieldError> errors) {

    public static final String ROLLBACK = "rollback";

    public static CaptureJobView of(CaptureReport r) {
        return new CaptureJobView(r.id().toString(), r.createdAt(), r.finishedAt(), r.running(), r.success(),
                ROLLBACK, r.eventCount(), r.errors());
    }
}
