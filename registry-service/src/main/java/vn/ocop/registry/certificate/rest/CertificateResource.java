package vn.ocop.registry.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.certificate.Certificate;
import vn.ocop.registry.certificate.pdf.CertificatePdf;
import vn.ocop.registry.certificate.service.CertificateExpiryService;
import vn.ocop.registry.certificate.service.CertificateService;
import vn.ocop.contract.Roles;

import java.util.UUID;

/**
 * HTTP API of certificates: record an issued certificate, read it (also as a PDF), revoke it, and run the expiry job
 * now.
 */
@Path("/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "OCOP certificates: stars, validity (36 months), revocation")
public class CertificateResource {

    private static final String PDF = "application/pdf";

    private final CertificateService service;
    private final CertificateExpiryService expiry;

    public CertificateResource(CertificateService service, CertificateExpiryService expiry) {
        this.service = service;
        this.expiry = expiry;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Record an issued certificate", description = "For products certified on paper before the "
            + "system existed. Valid 36 months from the decision date unless validUntil says otherwise.")
    @APIResponse(responseCode = "201", description = "Recorded; published as certificate.issued")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "409", description = "Certificate number already recorded")
    public Response record(@NotNull @Valid CertificateRequest request, @Context UriInfo uri) {
        Certificate certificate = service.record(request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(certificate.id.toString()).build())
                .entity(CertificateView.of(certificate, service.today())).build();
    }

    @POST
    @Path("/expiry-runs")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Run the certificate expiry job now", description = "What the daily job does (cron "
            + "ocop.certificates.expiry-cron), as of the registry's day: reminds the producers of valid certificates "
            + "lapsing within ocop.certificates.reminder-days (30) once each (certificate.expiring), and records "
            + "certificates past validUntil as expired (certificate.expired). Safe to run on several instances at once.")
    @APIResponse(responseCode = "200", description = "What this run did")
    public ExpiryRunView runExpiry() {
        return ExpiryRunView.of(expiry.run());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a certificate with its status as of today")
    @APIResponse(responseCode = "404", description = "No such certificate")
    public CertificateView get(@PathParam("id") UUID id) {
        return CertificateView.of(service.get(id), service.today());
    }

    @GET
    @Path("/{id}/pdf")
    @Produces(PDF)
    @Operation(summary = "Download the certificate as a PDF", description = "In Vietnamese: number, product, producer, "
            + "commune and province, stars, issuing authority, decision date, validity and status as of today, with "
            + "the QR code of the product's GS1 Digital Link URI.")
    @APIResponse(responseCode = "200", description = "The certificate sheet (A4)",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such certificate")
    public Response pdf(@PathParam("id") UUID id) {
        CertificatePdf pdf = service.pdf(id);
        return Response.ok(pdf.content(), PDF)
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"").build();
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Revoke a certificate", description = "Published as certificate.revoked; scan pages and "
            + "partner APIs stop showing the stars as valid.")
    @APIResponse(responseCode = "200", description = "Revoked")
    @APIResponse(responseCode = "409", description = "Already revoked")
    public CertificateView revoke(@PathParam("id") UUID id, @NotNull @Valid RevocationRequest request) {
        return CertificateView.of(service.revoke(id, request.reason()), service.today());
    }
}
