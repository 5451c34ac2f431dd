package vn.ocop.registry.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The programme indicators of one area (a commune, a province or the country) for a period {@code from}–{@code to}.
 * "Certified on {@code to}" means: the product's newest certificate that is in force on {@code to} has ≥ 3★ — decided
 * on or before {@code to}, {@code validUntil} on or after it, not revoked on or before it, and not superseded by a
 * certificate decided on or before it. Places are the producer's commune as registered now.
 */
@Schema(name = "IndicatorValues")
public record IndicatorValues(
        @Schema(description = "Communes in force in the area (3,321 nationally since 2025-07-01)") long communes,
        @Schema(description = "Communes of the area with at least one product in the programme (productsInProgramme "
                + "≥ 1)") long communesWithProduct,
        @Schema(description = "communesWithProduct × 100 ÷ communes, 2 decimals; indicator "
                + "communes_with_product_pct") Double communesWithProductPct,
        @Schema(description = "Communes of the area with at least one product certified on `to`")
        long communesWithCertifiedProduct,
        @Schema(description = "Products in the programme: products registered on or before `to`, or holding a "
                + "certificate decided on or before `to` (legacy records)") long productsInProgramme,
        @Schema(description = "Products certified (≥ 3★) on `to`; indicator products_3star_plus")
        long certifiedProducts,
        @Schema(description = "Certified products whose current certificate has 3★") long products3Star,
        @Schema(description = "Certified products whose current certificate has 4★") long products4Star,
        @Schema(description = "Certified products whose current certificate has 5★") long products5Star,
        @Schema(description = "Producers registered on or before `to`") long producers,
        @Schema(description = "Producers of type DN (enterprise) registered on or before `to`") long producersDn,
        @Schema(description = "Producers of type HTX (cooperative) registered on or before `to`") long producersHtx,
        @Schema(description = "Producers of type THT (cooperative group) registered on or before `to`")
        long producersTht,
        @Schema(description = "Producers of type HKD (household business) registered on or before `to`")
        long producersHkd,
        @Schema(description = "Organisations (DN, HTX, THT; not HKD) registered in the registry between `from` and "
                + "`to` (registration date in Vietnam time); indicator new_organisations") long newOrganisations,
        @Schema(description = "Rural jobs: sum of `workers` of the producers with at least one product certified on "
                + "`to`; indicator rural_jobs") long ruralJobs,
        @Schema(description = "Certified products (on `to`) linked in a value chain on `to`: a lot of the product "
                + "whose value chain has events of ≥ 2 parties (traceability event value-chain.linked, linkedAt on "
                + "or before `to`), or a declared linkage contract valid on `to`") long linkedProducts,
        @Schema(description = "linkedProducts × 100 ÷ certifiedProducts, 2 decimals; null without certified "
                + "products; indicator value_chain_linkage_pct") Double valueChainLinkagePct,
        @Schema(description = "Products with a computable growth: first certificate (≥ 3★, any status) decided in "
                + "year Y on or before `to`, a revenue report for Y − 1 (> 0) and one for Y + 1, with Y + 1 ≤ the "
                + "year of `to`") long productsWithGrowth,
        @Schema(description = "Sum of the Y − 1 revenues of the productsWithGrowth, VND") long revenueBeforeVnd,
        @Schema(description = "Sum of the Y + 1 revenues of the productsWithGrowth, VND") long revenueAfterVnd,
        @Schema(description = "Median over productsWithGrowth of (revenue(Y + 1) − revenue(Y − 1)) × 100 ÷ "
                + "revenue(Y − 1), 2 decimals; null without such products; indicator value_growth_pct")
        Double medianGrowthPct,
        @Schema(description = "(revenueAfterVnd − revenueBeforeVnd) × 100 ÷ revenueBeforeVnd, 2 decimals; null "
                + "without such products") Double aggregateGrowthPct,
        @Schema(description = "Promotion and sales points (kind POINT) open on `to`: started (startsOn, or the "
                + "registration date when none) on or before `to` and not ended before it; indicator sales_points")
        long salesPoints,
        @Schema(description = "Trade fairs (kind FAIR) overlapping the period `from`–`to`") long fairs,
        @Schema(description = "salesPoints ÷ communes, 4 decimals; indicator sales_points_per_commune")
        Double salesPointsPerCommune) {
}
