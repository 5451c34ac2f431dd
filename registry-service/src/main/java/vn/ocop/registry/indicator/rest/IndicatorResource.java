package vn.ocop.registry.indicator.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.indicator.IndicatorValues;
import vn.ocop.registry.indicator.service.AreaIndicators;
import vn.ocop.registry.indicator.service.CommuneIndicators;
import vn.ocop.registry.indicator.service.IndicatorService;
import vn.ocop.registry.platform.export.ExportFormat;
import vn.ocop.registry.platform.export.Table;
import vn.ocop.registry.platform.export.TableWriter;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageRequest;
import vn.ocop.contract.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** HTTP API of programme indicators: by area and period, per commune, and their CSV/XLSX exports. */
@Path("/indicators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MINISTRY, Roles.PROVINCE_ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "Indicators", description = "Programme monitoring: OCOP indicators of the country, a province or a "
        + "commune, computed from the registry (formulas in the IndicatorValues schema)")
public class IndicatorResource {

    static final List<String> HEADERS = List.of("provinceCode", "communeCode", "communeName", "from", "to",
            "communes", "communesWithProduct", "communesWithProductPct", "communesWithCertifiedProduct",
            "productsInProgramme", "certifiedProducts", "products3Star", "products4Star", "products5Star",
            "producers", "producersDn", "producersHtx", "producersTht", "producersHkd", "newOrganisations",
            "ruralJobs", "linkedProducts", "valueChainLinkagePct", "productsWithGrowth", "revenueBeforeVnd",
            "revenueAfterVnd", "medianGrowthPct", "aggregateGrowthPct", "salesPoints", "fairs",
            "salesPointsPerCommune");

    private final IndicatorService service;
    private final TableWriter writer;

    public IndicatorResource(IndicatorService service, TableWriter writer) {
        this.service = service;
        this.writer = writer;
    }

    @GET
    @Operation(summary = "Indicators of an area for a period", description = "No province: the whole country "
            + "(admin, ministry). A province admin sees its own province only. `to` defaults to today, `from` to "
            + "1 January of `to`'s year.")
    @APIResponse(responseCode = "400", description = "Unknown province or commune, or from after to")
    @APIResponse(responseCode = "403", description = "An area outside the caller's province")
    public IndicatorView indicators(@QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
                                    @QueryParam("commune") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String commune,
                                    @QueryParam("from") @Parameter(description = "First day, ISO date") LocalDate from,
                                    @QueryParam("to") @Parameter(description = "Last day, ISO date") LocalDate to) {
        return IndicatorView.of(service.indicators(service.query(province, commune, from, to)));
    }

    @GET
    @Path("/communes")
    @Operation(summary = "Indicators of each commune of a province (or of the country), a page at a time")
    @APIResponse(responseCode = "403", description = "A province other than the caller's")
    public Page<CommuneIndicatorView> communes(@QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
                                               @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                               @Valid @BeanParam PageRequest paging) {
        List<CommuneIndicators> rows = service.communes(service.query(province, null, from, to));
        int start = Math.min(rows.size(), paging.page * paging.size);
        int end = Math.min(rows.size(), start + paging.size);
        return new Page<>(rows.subList(start, end).stream().map(CommuneIndicatorView::of).toList(), paging.page,
                paging.size, rows.size());
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.XLSX_TYPE, "text/csv"})
    @Operation(summary = "Export the indicators of an area as XLSX or CSV", description = "Sheet `indicators`: the "
            + "area's row, then (XLSX) sheet `communes`: one row per commune. CSV holds the area's row only; "
            + "`?format=csv|xlsx` or the Accept header chooses.")
    public Response export(@QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
                           @QueryParam("commune") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String commune,
                           @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                           @QueryParam("format") @Parameter(description = "csv or xlsx") String format,
                           @Context HttpHeaders headers) {
        ExportFormat chosen = ExportFormat.choose(format, headers);
        IndicatorService.Query q = service.query(province, commune, from, to);
        AreaIndicators view = service.indicators(q);
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("indicators", HEADERS, List.of(row(view.provinceCode(), view.communeCode(),
                view.communeName(), q.from(), q.to(), view.values()))));
        if (chosen == ExportFormat.XLSX) {
            tables.add(communeTable(q));
        }
        return writer.download(chosen, "indicators-" + (view.provinceCode() == null ? "VN" : view.provinceCode()),
                tables);
    }

    @GET
    @Path("/communes/export")
    @Produces({ExportFormat.XLSX_TYPE, "text/csv"})
    @Operation(summary = "Export the commune table of a province (or of the country) as XLSX or CSV")
    public Response exportCommunes(@QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
                                   @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                   @QueryParam("format") String format, @Context HttpHeaders headers) {
        ExportFormat chosen = ExportFormat.choose(format, headers);
        IndicatorService.Query q = service.query(province, null, from, to);
        return writer.download(chosen, "indicators-communes-" + (province == null ? "VN" : province),
                List.of(communeTable(q)));
    }

    private Table communeTable(IndicatorService.Query q) {
        List<List<Object>> rows = service.communes(q).stream()
                .map(c -> row(c.provinceCode(), c.communeCode(), c.communeName(), q.from(), q.to(), c.values()))
                .toList();
        return new Table("communes", HEADERS, rows);
    }

    private static List<Object> row(String province, String commune, String communeName, LocalDate from,
                                    LocalDate to, IndicatorValues v) {
        List<Object> row = new ArrayList<>();
        row.add(province);
        row.add(commune);
        row.add(communeName);
        row.add(from);
        row.add(to);
        row.addAll(java.util.Arrays.asList(v.communes(), v.communesWithProduct(), v.communesWithProductPct(),
                v.communesWithCertifiedProduct(), v.productsInProgramme(), v.certifiedProducts(), v.products3Star(),
                v.products4Star(), v.products5Star(), v.producers(), v.producersDn(), v.producersHtx(),
                v.producersTht(), v.producersHkd(), v.newOrganisations(), v.ruralJobs(), v.linkedProducts(),
                v.valueChainLinkagePct(), v.productsWithGrowth(), v.revenueBeforeVnd(), v.revenueAfterVnd(),
                v.medianGrowthPct(), v.aggregateGrowthPct(), v.salesPoints(), v.fairs(), v.salesPointsPerCommune()));
        return row;
    }
}
