package vn.ocop.registry.imports;

/** What an import does with a workbook that has bad rows. */
public enum ImportMode {
    /** Any bad row: nothing is written. Otherwise everything is written in one transaction. */
    ALL_OR_NOTHING,
    /** Valid rows are written, a transaction per chunk; bad rows (and rows that depend on them) are reported. */
    VALID_ROWS
}
