package vn.ocop.registry.imports;

/** Where an import job is. */
public enum ImportStatus {
    QUEUED, VALIDATING, WRITING,
    /** Finished; in VALID_ROWS mode some rows may have been reported and skipped. */
    SUCCEEDED,
    /** ALL_OR_NOTHING with bad rows: nothing written. */
    REJECTED,
    /** An unexpected failure; what was committed before it stays (VALID_ROWS) or nothing (ALL_OR_NOTHING). */
    FAILED,
    /** The service stopped while the job was queued or running. */
    INTERRUPTED;

    public boolean finished() {
        return this == SUCCEEDED || this == REJECTED || this == FAILED || this == INTERRUPTED;
    }
}
