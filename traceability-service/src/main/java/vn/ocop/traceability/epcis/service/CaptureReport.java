package vn.ocop.traceability.epcis.service;

import vn.ocop.platform.problem.FieldError;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The state of a capture job: when it started and finished, whether it runs or succeeded, its events and errors. */
public record CaptureReport(UUID id, OffsetDateTime createdAt, OffsetDateTime finishedAt, boolean running,
                            boolean success, int eventCount, List<FieldError> errors) {
}
