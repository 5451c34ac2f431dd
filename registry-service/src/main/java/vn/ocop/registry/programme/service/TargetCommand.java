package vn.ocop.registry.programme.service;

import vn.ocop.registry.programme.TargetComparator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A target to define or change ({@code version}: the one read, for changes). */
public record TargetCommand(LocalDate periodStart, LocalDate periodEnd, String indicator, TargetComparator comparator,
                            BigDecimal value, String note, Long version) {
}
