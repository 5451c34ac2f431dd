package vn.ocop.registry.indicator.service;

import vn.ocop.registry.indicator.IndicatorValues;

import java.time.LocalDate;
import java.util.List;

/**
 * The indicators of the country (no province), a province or a commune for the period {@code from}–{@code to}, with
 * the products certified on {@code to} by level-1 product group.
 */
public record AreaIndicators(String provinceCode, String provinceName, String communeCode, String communeName,
                             LocalDate from, LocalDate to, IndicatorValues values, List<GroupCount> certifiedByGroup) {

    /** Certified products of one level-1 product group. */
    public record GroupCount(String groupCode, String groupName, long certifiedProducts) {
    }
}
