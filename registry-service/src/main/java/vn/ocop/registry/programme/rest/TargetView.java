package vn.ocop.registry.programme.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.programme.TargetComparator;
import vn.ocop.registry.programme.service.TargetProgress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A target with its live progress. */
@Schema(name = "Target")
public record TargetView(
        UUID id, String provinceCode, LocalDate periodStart, LocalDate periodEnd, String indicator,
        String indicatorName, TargetComparator comparator, BigDecimal value, String note,
        @Schema(description = "The indicator's value for the province over periodStart – min(periodEnd, today); null "
                + "when it cannot be computed", nullable = true) BigDecimal current,
        @Schema(description = "The day progress was computed for: min(periodEnd, today)") LocalDate asOf,
        @Schema(description = "current ÷ value, 4 decimals; null when value is 0 or current null", nullable = true)
        BigDecimal ratio,
        @Schema(description = "current compared with value by the comparator") boolean met,
        long version) {

    /** The view of a target with its progress. */
    public static TargetView of(TargetProgress p) {
        return new TargetView(p.id(), p.provinceCode(), p.periodStart(), p.periodEnd(), p.indicator(),
                p.indicatorName(), p.comparator(), p.value(), p.note(), p.current(), p.asOf(), p.ratio(), p.met(),
                p.version());
    }
}
