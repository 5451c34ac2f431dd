package vn.ocop.registry.imports.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Limits of register imports: the workbook's size, its inflated size (zip-bomb guard), its rows, and how long
 * finished jobs (their status and issues; the workbook itself is deleted when the job ends) are kept.
 */
@ConfigMapping(prefix = "ocop.imports")
public interface ImportConfig {

    /** Largest workbook accepted, in bytes (default 10 MiB); also the body limit of {@code POST /imports}. */
    @WithDefault("10485760")
    long maxBytes();

    /** Largest total inflated size of the workbook's ZIP entries, in bytes (default 100 MiB). */
    @WithDefault("104857600")
    long maxUncompressedBytes();

    /** Largest ratio of inflated to stored size of the workbook or of any entry (default 200). */
    @WithDefault("200")
    int maxCompressionRatio();

    /** Most ZIP entries a workbook may hold. */
    @WithDefault("200")
    int maxEntries();

    /** Most data rows over all sheets (default 50,000). */
    @WithDefault("50000")
    int maxRows();

    /** How long a finished job is kept before it is purged (default 30 days). */
    @WithDefault("P30D")
    Duration retention();
}
