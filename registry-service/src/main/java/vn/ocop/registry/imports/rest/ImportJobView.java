package vn.ocop.registry.imports.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.imports.ImportJob;
import vn.ocop.registry.imports.ImportMode;
import vn.ocop.registry.imports.ImportStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An import job and its progress. */
@Schema(name = "ImportJob")
public record ImportJobView(UUID id, ImportMode mode, ImportStatus status, String provinceCode, String fileName,
                            @Schema(description = "Data rows of the three sheets") int rowsTotal,
                            @Schema(description = "Rows checked so far") int rowsValidated,
                            @Schema(description = "Valid rows processed by the writing phase so far") int rowsDone,
                            @Schema(description = "Rows written") int rowsWritten,
                            @Schema(description = "Rows with errors (not written)") int rowsBad,
                            String error, OffsetDateTime createdAt, OffsetDateTime startedAt,
                            OffsetDateTime finishedAt) {

    public static ImportJobView of(ImportJob j) {
        return new ImportJobView(j.id, j.mode, j.status, j.provinceCode, j.fileName, j.rowsTotal, j.rowsValidated,
                j.rowsDone, j.rowsWritten, j.rowsBad, j.error, j.createdAt, j.startedAt, j.finishedAt);
    }
}
