package vn.ocop.registry.programme.rest;

import vn.ocop.registry.programme.IndicatorDefinition;

/** An indicator a target can name, with its Vietnamese and English names and unit (count, percent, ratio). */
public record IndicatorDefinitionView(String code, String name, String nameEn, String unit) {

    public static IndicatorDefinitionView of(IndicatorDefinition d) {
        return new IndicatorDefinitionView(d.code, d.name, d.nameEn, d.unit);
    }
}
