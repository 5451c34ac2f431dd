package vn.ocop.registry.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.indicator.IndicatorValues;
import vn.ocop.registry.indicator.service.AreaIndicators;

import java.time.LocalDate;
import java.util.List;

/** The indicators of the country, a province or a commune for a period, with certified products by group. */
@Schema(name = "Indicators")
public record IndicatorView(
        @Schema(description = "Null for the whole country") String provinceCode,
        String provinceName,
        @Schema(description = "Null unless one commune was asked for") String communeCode,
        String communeName,
        @Schema(description = "First day of the period") LocalDate from,
        @Schema(description = "Last day of the period: the day \"certified\", \"open\" and \"linked\" are judged on")
        LocalDate to,
        IndicatorValues values,
        @Schema(description = "Certified products (on `to`) by product group level 1 (148/QĐ-TTg)")
        List<GroupCount> certifiedByGroup) {

    /** Certified products of one level-1 product group. */
    @Schema(name = "IndicatorGroupCount")
    public record GroupCount(String groupCode, String groupName, long certifiedProducts) {
    }

    public static IndicatorView of(AreaIndicators a) {
        return new IndicatorView(a.provinceCode(), a.provinceName(), a.communeCode(), a.communeName(), a.from(),
                a.to(), a.values(), a.certifiedByGroup().stream()
                .map(g -> new GroupCount(g.groupCode(), g.groupName(), g.certifiedProducts())).toList());
    }
}
