package vn.ocop.registry.programme.service;

import vn.ocop.registry.programme.TargetComparator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A target with its live progress: {@code current} is the indicator's value for the province over the target's period
 * up to {@code asOf} = min(periodEnd, today) (null when it cannot be computed), {@code ratio} is current ÷ value (4
 * decimals; null when the value is 0 or current null), {@code met} compares current with the value by the comparator.
 */
public record TargetProgress(UUID id, String provinceCode, LocalDate periodStart, LocalDate periodEnd, String indicator,
                             String indicatorName, TargetComparator comparator, BigDecimal value, String note,
                             BigDecimal current, LocalDate asOf, BigDecimal ratio, boolean met, long version) {
}
