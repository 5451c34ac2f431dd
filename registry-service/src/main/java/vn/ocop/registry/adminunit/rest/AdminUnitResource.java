package vn.ocop.registry.adminunit.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.adminunit.service.AdminUnitService;

import java.util.List;

/** Read-only API of provinces and their communes (the 2025 two-level administrative map). */
@Path("/provinces")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administrative units", description = "Provinces and communes in force since 2025-07-01")
public class AdminUnitResource {

    private final AdminUnitService service;

    public AdminUnitResource(AdminUnitService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the 34 provinces")
    public List<ProvinceView> provinces() {
        return service.provinces().stream().map(ProvinceView::of).toList();
    }

    @GET
    @Path("/{code}/communes")
    @Operation(summary = "List the communes of a province")
    @APIResponse(responseCode = "200", description = "The communes, by code")
    @APIResponse(responseCode = "404", description = "No such province")
    public List<CommuneView> communes(@PathParam("code") String code) {
        return service.communesOf(code).stream().map(CommuneView::of).toList();
    }
}
