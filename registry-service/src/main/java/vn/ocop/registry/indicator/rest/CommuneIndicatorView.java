package vn.ocop.registry.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.indicator.IndicatorValues;
import vn.ocop.registry.indicator.service.CommuneIndicators;

/** The indicators of one commune (a row of the commune table of a province). */
@Schema(name = "CommuneIndicators")
public record CommuneIndicatorView(String communeCode, String communeName, String provinceCode,
                                   IndicatorValues values) {

    public static CommuneIndicatorView of(CommuneIndicators c) {
        return new CommuneIndicatorView(c.communeCode(), c.communeName(), c.provinceCode(), c.values());
    }
}
