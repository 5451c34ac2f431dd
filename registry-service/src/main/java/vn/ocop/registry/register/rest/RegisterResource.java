package vn.ocop.registry.register.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.platform.export.ExportFormat;
import vn.ocop.registry.platform.export.Table;
import vn.ocop.registry.platform.export.TableWriter;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.contract.Roles;
import vn.ocop.registry.register.RegisterSheets;
import vn.ocop.registry.register.service.RegisterExportService;

import java.util.List;

/** HTTP API of register exports (producers, products, certificates of the caller's area). */
@Path("/registers/export")
@RolesAllowed({Roles.ADMIN, Roles.MINISTRY, Roles.PROVINCE_ADMIN, Roles.COMMUNE_OFFICER})
@SecurityRequirement(name = "jwt")
@Tag(name = "Registers", description = "Exports and bulk imports of the producer, product and certificate registers")
public class RegisterResource {

    private final RegisterExportService service;
    private final TableWriter writer;

    public RegisterResource(RegisterExportService service, TableWriter writer) {
        this.service = service;
        this.writer = writer;
    }

    @GET
    @Produces({ExportFormat.XLSX_TYPE, "text/csv"})
    @Operation(summary = "Export the registers of the caller's area", description = "XLSX: sheets producers, "
            + "products and certificates (the import template's layout, so an export imports elsewhere). CSV: the "
            + "register named by `register` (default producers), UTF-8 with BOM, RFC 4180 quoting. Admin and ministry "
            + "export the country or `province`; a province admin its province; a commune officer its commune.")
    @APIResponse(responseCode = "403", description = "A province outside the caller's area")
    public Response export(@QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
                           @QueryParam("format") @Parameter(description = "csv or xlsx") String format,
                           @QueryParam("register") @Parameter(description = "CSV only: producers, products or "
                                   + "certificates") String register,
                           @Context HttpHeaders headers) {
        ExportFormat chosen = ExportFormat.choose(format, headers);
        RegisterExportService.Area area = service.area(province);
        List<Table> tables = service.tables(area);
        String name = "registers-" + (area.communeCode() != null ? area.communeCode()
                : area.provinceCode() != null ? area.provinceCode() : "VN");
        if (chosen == ExportFormat.CSV) {
            String wanted = register == null ? RegisterSheets.PRODUCERS : register;
            Table table = tables.stream().filter(t -> t.name().equals(wanted)).findFirst().orElseThrow(() ->
                    DomainException.invalid("register", "must be producers, products or certificates"));
            return writer.download(chosen, name + "-" + wanted, List.of(table));
        }
        return writer.download(chosen, name, tables);
    }
}
