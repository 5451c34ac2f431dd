package vn.ocop.registry.revenue.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageRequest;
import vn.ocop.contract.Roles;
import vn.ocop.registry.revenue.service.RevenueReportService;

import java.util.UUID;

/** HTTP API of a product's yearly revenue reports (the base of the value-growth indicator). */
@Path("/products/{id}/revenue-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MINISTRY, Roles.PROVINCE_ADMIN, Roles.COMMUNE_OFFICER, Roles.PRODUCER})
@SecurityRequirement(name = "jwt")
@Tag(name = "Revenue reports", description = "Yearly revenue per product. Growth after certification = "
        + "(revenue of year Y + 1 − revenue of year Y − 1) ÷ revenue of year Y − 1, where Y is the year of the "
        + "decision of the product's first certificate (≥ 3★): the first full year after it against the last full "
        + "year before it.")
public class RevenueReportResource {

    private final RevenueReportService service;

    public RevenueReportResource(RevenueReportService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN, Roles.COMMUNE_OFFICER, Roles.PRODUCER})
    @Operation(summary = "Report a year's revenue (or correct it with the version read)", description = "A "
            + "producer reports its own products; officers and province admins those of their area.")
    @APIResponse(responseCode = "201", description = "Reported")
    @APIResponse(responseCode = "200", description = "Corrected")
    @APIResponse(responseCode = "409", description = "revenue-report-exists (no version sent) or stale-version")
    public Response report(@PathParam("id") UUID productId, @NotNull @Valid RevenueReportRequest request) {
        RevenueReportService.Outcome outcome = service.report(productId, request.toCommand());
        return Response.status(outcome.created() ? 201 : 200).entity(RevenueReportView.of(outcome.report())).build();
    }

    @GET
    @Operation(summary = "A product's revenue reports by year")
    public Page<RevenueReportView> list(@PathParam("id") UUID productId, @Valid @BeanParam PageRequest paging) {
        return service.list(productId, paging.page, paging.size).map(RevenueReportView::of);
    }
}
