package vn.ocop.registry.imports.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.ocop.registry.imports.ImportIssue;
import vn.ocop.registry.imports.ImportJob;
import vn.ocop.registry.imports.ImportMode;
import vn.ocop.registry.imports.service.ImportService;
import vn.ocop.registry.imports.service.RegisterWorkbook;
import vn.ocop.registry.platform.export.ExportFormat;
import vn.ocop.registry.platform.export.Table;
import vn.ocop.registry.platform.export.TableWriter;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.contract.Roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** HTTP API of bulk imports of legacy registers: the template, submitting a workbook, progress and the bad rows. */
@Path("/imports")
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "Registers")
public class ImportResource {

    private static final List<String> RESULT_COLUMNS = List.of("sheet", "row", "column", "severity", "reason",
            "suggestion");

    private final ImportService service;
    private final RegisterWorkbook workbooks;
    private final TableWriter writer;
    private final SecurityIdentity identity;

    public ImportResource(ImportService service, RegisterWorkbook workbooks, TableWriter writer,
                          SecurityIdentity identity) {
        this.service = service;
        this.workbooks = workbooks;
        this.writer = writer;
        this.identity = identity;
    }

    @GET
    @Path("/template.xlsx")
    @Produces(ExportFormat.XLSX_TYPE)
    @Operation(summary = "The import template", description = "Sheets producers, products and certificates with "
            + "their header row and one example row each.")
    public Response template() {
        return Response.ok(workbooks.template(), ExportFormat.XLSX_TYPE)
                .header("Content-Disposition", "attachment; filename=\"ocop-import-template.xlsx\"").build();
    }

    @POST
    @Consumes({ExportFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a register workbook (raw XLSX body)", description = "Answers 202 at once; the job "
            + "validates every row, then writes. mode=all-or-nothing (default): any bad row and nothing is written. "
            + "mode=valid-rows: valid rows are written a chunk per transaction. A province admin imports only into "
            + "its province.")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the job")
    @APIResponse(responseCode = "415", description = "Not an XLSX workbook")
    public Response submit(byte[] body, @QueryParam("mode") @Parameter(description = "all-or-nothing or valid-rows")
                           String mode, @Context UriInfo uri) {
        return accepted(service.submit(body, null, mode(mode), detached()), uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a register workbook (multipart field `file`)")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the job")
    public Response submitForm(@RestForm("file") FileUpload file, @QueryParam("mode") String mode,
                               @Context UriInfo uri) {
        if (file == null) {
            throw DomainException.invalid("file", "is required");
        }
        try {
            return accepted(service.submit(Files.readAllBytes(file.uploadedFile()), file.fileName(), mode(mode),
                    detached()), uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An import job's status and progress")
    @APIResponse(responseCode = "404", description = "No such job (or another province's)")
    public ImportJobView get(@PathParam("id") UUID id) {
        return ImportJobView.of(service.get(id));
    }

    @GET
    @Path("/{id}/result.xlsx")
    @Produces(ExportFormat.XLSX_TYPE)
    @Operation(summary = "Every problem found, as XLSX: sheet, row, column, severity, reason, suggestion")
    public Response resultXlsx(@PathParam("id") UUID id) {
        return writer.download(ExportFormat.XLSX, "import-" + id, List.of(result(id)));
    }

    @GET
    @Path("/{id}/result.csv")
    @Produces("text/csv")
    @Operation(summary = "Every problem found, as CSV (UTF-8 with BOM)")
    public Response resultCsv(@PathParam("id") UUID id) {
        return writer.download(ExportFormat.CSV, "import-" + id, List.of(result(id)));
    }

    private Table result(UUID id) {
        List<List<Object>> rows = service.issues(id).stream().map(ImportResource::row).toList();
        return new Table("issues", RESULT_COLUMNS, rows);
    }

    private static List<Object> row(ImportIssue i) {
        return Arrays.asList(i.sheet, i.rowNumber, i.columnName, i.severity, i.reason, i.suggestion);
    }

    /** The caller's identity itself, not the request-bound proxy, for the job's thread. */
    private SecurityIdentity detached() {
        return QuarkusSecurityIdentity.builder(identity).build();
    }

    private static Response accepted(ImportJob job, UriInfo uri) {
        return Response.accepted(ImportJobView.of(job))
                .location(uri.getBaseUriBuilder().path("imports").path(job.id.toString()).build()).build();
    }

    private static ImportMode mode(String mode) {
        if (mode == null || mode.isBlank() || mode.equalsIgnoreCase("all-or-nothing")) {
            return ImportMode.ALL_OR_NOTHING;
        }
        if (mode.equalsIgnoreCase("valid-rows")) {
            return ImportMode.VALID_ROWS;
        }
        throw DomainException.invalid("mode", "must be all-or-nothing or valid-rows");
    }
}
