package vn.ocop.registry.indicator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The programme indicators a target can name (rows of {@code indicator_definition}) and how each is read from the
 * computed {@link IndicatorValues}. A new indicator is a row in that table plus an entry here.
 *
 * <p>Districts no longer exist since the 2025 reform, so a target "at least one promotion and sales point per
 * district" (seed 004, Phú Thọ) is recorded either as {@link #SALES_POINTS} ≥ the number of former districts (13 for
 * Phú Thọ before the merger with Vĩnh Phúc and Hòa Bình) or as {@link #SALES_POINTS_PER_COMMUNE} ≥ former districts ÷
 * communes in force.
 */
public final class IndicatorCodes {

    public static final String PRODUCTS_3STAR_PLUS = "products_3star_plus";
    public static final String RURAL_JOBS = "rural_jobs";
    public static final String VALUE_GROWTH_PCT = "value_growth_pct";
    public static final String NEW_ORGANISATIONS = "new_organisations";
    public static final String VALUE_CHAIN_LINKAGE_PCT = "value_chain_linkage_pct";
    public static final String SALES_POINTS_PER_COMMUNE = "sales_points_per_commune";
    public static final String SALES_POINTS = "sales_points";
    public static final String COMMUNES_WITH_PRODUCT_PCT = "communes_with_product_pct";

    /** The current value of each indicator; null when it cannot be computed (no denominator, no data). */
    public static final Map<String, Function<IndicatorValues, Number>> VALUE_OF = Map.of(
            PRODUCTS_3STAR_PLUS, IndicatorValues::certifiedProducts,
            RURAL_JOBS, IndicatorValues::ruralJobs,
            VALUE_GROWTH_PCT, IndicatorValues::medianGrowthPct,
            NEW_ORGANISATIONS, IndicatorValues::newOrganisations,
            VALUE_CHAIN_LINKAGE_PCT, IndicatorValues::valueChainLinkagePct,
            SALES_POINTS_PER_COMMUNE, IndicatorValues::salesPointsPerCommune,
            SALES_POINTS, IndicatorValues::salesPoints,
            COMMUNES_WITH_PRODUCT_PCT, IndicatorValues::communesWithProductPct);

    public static final List<String> ALL = List.of(PRODUCTS_3STAR_PLUS, RURAL_JOBS, VALUE_GROWTH_PCT,
            NEW_ORGANISATIONS, VALUE_CHAIN_LINKAGE_PCT, SALES_POINTS_PER_COMMUNE, SALES_POINTS,
            COMMUNES_WITH_PRODUCT_PCT);

    private IndicatorCodes() {
    }
}
