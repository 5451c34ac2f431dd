package vn.ocop.registry.indicator.service;

import vn.ocop.registry.indicator.IndicatorValues;

/** The indicators of one commune (a row of the commune table of a province or of the country). */
public record CommuneIndicators(String communeCode, String communeName, String provinceCode, IndicatorValues values) {
}
