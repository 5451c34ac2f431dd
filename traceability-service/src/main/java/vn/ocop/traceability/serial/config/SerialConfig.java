package vn.ocop.traceability.serial.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tuning of serial generation, label sheets and the counterfeit signals drawn from scans. */
@ConfigMapping(prefix = "ocop.serials")
public interface SerialConfig {

    /** Characters of a generated serial (from {@code SerialCodes.ALPHABET}); 10 give about 49 bits of chance. */
    @WithDefault("10")
    int length();

    /** A unit scanned more often than this is reported as {@code SCANNED_MANY_TIMES}. */
    @WithDefault("10")
    int manyScansThreshold();

    /** Fastest plausible travel between two scans of one unit, in km/h (an airliner). */
    @WithDefault("900")
    double maxSpeedKmh();

    /** Two scans closer than this (km) are never suspicious: coarse cells and GPS drift make short hops noise. */
    @WithDefault("50")
    double minDistanceKm();

    /** Most labels in one PDF; larger lots are printed page by page ({@code page}, {@code size}). */
    @WithDefault("5000")
    int maxLabelsPerPdf();
}
