package vn.ocop.registry.dossier.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.dossier.AttachmentKind;
import vn.ocop.registry.dossier.DossierState;
import vn.ocop.registry.dossier.service.AttachmentInfo;
import vn.ocop.registry.dossier.service.AttachmentService;
import vn.ocop.registry.dossier.service.DossierDetails;
import vn.ocop.registry.dossier.service.DossierService;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageRequest;
import vn.ocop.contract.Roles;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** HTTP API of dossiers: open, self-assess, attach documents, move through the workflow, read with history. */
@Path("/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "Dossiers", description = "OCOP dossiers: DRAFT → SUBMITTED → COMMUNE_REVIEW → COUNCIL_REVIEW → "
        + "[MINISTRY_REVIEW] → RANKED | REJECTED. A dossier the caller may not see answers 404: producers see their "
        + "own, commune officers their commune's, province admins their province's, council members and secretaries "
        + "their province's from COUNCIL_REVIEW on (national council: those sent to the ministry), ministry and "
        + "admin all.")
public class DossierResource {

    private final DossierService service;
    private final AttachmentService attachments;

    public DossierResource(DossierService service, AttachmentService attachments) {
        this.service = service;
        this.attachments = attachments;
    }

    @POST
    @RolesAllowed({Roles.PRODUCER, Roles.COMMUNE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Open a dossier for a product", description = "A producer for its own product, a commune "
            + "officer for a product of its commune. The dossier starts as a DRAFT, of kind RENEWAL when the product "
            + "holds a valid certificate. One dossier in progress per product.")
    @APIResponse(responseCode = "201", description = "Opened; Location names the dossier")
    @APIResponse(responseCode = "403", description = "The product is outside the caller's scope")
    @APIResponse(responseCode = "409", description = "dossier-in-progress")
    public Response open(@NotNull @Valid DossierRequest request, @Context UriInfo uri) {
        DossierDetails dossier = service.open(request.productId());
        return Response.created(uri.getAbsolutePathBuilder().path(dossier.id().toString()).build())
                .entity(DossierView.of(dossier)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List the dossiers the caller may see, most recently changed first")
    public Page<DossierView> list(@QueryParam("state") DossierState state,
                                  @QueryParam("productId") UUID productId,
                                  @QueryParam("province") @Pattern(regexp = "\\d{2}",
                                          message = "must be a 2-digit province code") String province,
                                  @QueryParam("commune") @Pattern(regexp = "\\d{5}",
                                          message = "must be a 5-digit commune code") String commune,
                                  @Valid @BeanParam PageRequest paging) {
        return service.list(state, productId, province, commune, paging.page, paging.size).map(DossierView::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Read a dossier")
    @APIResponse(responseCode = "404", description = "No such dossier, or not visible to the caller")
    public DossierView get(@PathParam("id") UUID id) {
        return DossierView.of(service.get(id));
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(summary = "Read a dossier's state changes (who, when, why), oldest first")
    @APIResponse(responseCode = "404", description = "No such dossier, or not visible to the caller")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return service.history(id).stream().map(TransitionView::of).toList();
    }

    @PUT
    @Path("/{id}/self-assessment")
    @RolesAllowed({Roles.PRODUCER, Roles.COMMUNE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Save the self-assessment of a draft", description = "Picks are checked against the "
            + "group's current criteria set; selfScore is their total. Partial picks are kept; submitting needs "
            + "every criterion.")
    @APIResponse(responseCode = "400", description = "Unknown criterion or option (errors[].field = "
            + "selections.{criterion code})")
    @APIResponse(responseCode = "409", description = "not-a-draft, or stale-version")
    public DossierView selfAssess(@PathParam("id") UUID id, @NotNull @Valid SelfAssessmentRequest request) {
        return DossierView.of(service.selfAssess(id, request.version(), request.selections()));
    }

    @POST
    @Path("/{id}/transitions")
    @Authenticated
    @Operation(summary = "Move a dossier to another state", description = "Who may do what: SUBMITTED from DRAFT "
            + "(producer, commune officer, admin; needs a complete self-assessment and a REGISTRATION_FORM "
            + "attachment; pins the current criteria set version); COMMUNE_REVIEW from SUBMITTED and COUNCIL_REVIEW "
            + "from COMMUNE_REVIEW (commune officer, admin; the latter needs samplesReceivedOn); DRAFT (returned for "
            + "correction, reason required) from SUBMITTED or COMMUNE_REVIEW (commune officer) and from "
            + "COUNCIL_REVIEW (council secretary, province admin); REJECTED (reason required) from COMMUNE_REVIEW "
            + "(commune officer), COUNCIL_REVIEW (council secretary, province admin) and MINISTRY_REVIEW "
            + "(ministry); admin may make every move. Each move records who, when and why.")
    @APIResponse(responseCode = "200", description = "Moved; the dossier with its new version")
    @APIResponse(responseCode = "400", description = "A precondition is missing (reason, self-assessment, "
            + "registration form, samples)")
    @APIResponse(responseCode = "403", description = "The caller's role may not make this move")
    @APIResponse(responseCode = "404", description = "No such dossier, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "invalid-transition from the current state, or stale-version "
            + "(someone changed the dossier since it was read)")
    public DossierView transition(@PathParam("id") UUID id, @NotNull @Valid TransitionRequest request) {
        return DossierView.of(service.transition(id, request.toCommand()));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.PRODUCER, Roles.COMMUNE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Attach a document to a draft", description = "The request body is the file itself "
            + "(PDF, JPEG or PNG, recognised by its content; a declared Content-Type of another of these types is "
            + "refused). The SHA-256 checksum is stored and returned. The dossier's version goes up.")
    @RequestBody(description = "The file's bytes")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "409", description = "not-a-draft, or stale-version")
    @APIResponse(responseCode = "413", description = "Larger than ocop.dossiers.max-attachment-bytes (10 MiB)")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG file")
    public Response attach(@PathParam("id") UUID id,
                           @QueryParam("kind") @NotNull @Parameter(description = "What the document is") AttachmentKind kind,
                           @QueryParam("version") @NotNull @Parameter(description = "The dossier version read") Long version,
                           @QueryParam("fileName") @Size(max = 255) @Parameter(description = "The original file name") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           byte[] content, @Context UriInfo uri) {
        AttachmentInfo attachment = attachments.upload(id, version, kind, fileName, contentType, content);
        return Response.created(uri.getAbsolutePathBuilder().path(attachment.id().toString()).path("content").build())
                .entity(AttachmentView.of(attachment)).build();
    }

    @GET
    @Path("/{id}/attachments")
    @Authenticated
    @Operation(summary = "List a dossier's attachments with their checksums")
    public List<AttachmentView> attachments(@PathParam("id") UUID id) {
        return attachments.of(id).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}/content")
    @Authenticated
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download an attachment", description = "With its stored media type, an ETag of its "
            + "SHA-256 and a Repr-Digest header (RFC 9530) to verify it.")
    @APIResponse(responseCode = "404", description = "No such attachment, or the dossier is not visible")
    public Response content(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        AttachmentService.Content stored = attachments.get(id, attachmentId);
        AttachmentInfo a = stored.attachment();
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(a.sha256()));
        return Response.ok(stored.bytes(), a.mediaType()).tag(a.sha256())
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(a.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20")).build();
    }

    @DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @RolesAllowed({Roles.PRODUCER, Roles.COMMUNE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Remove an attachment from a draft")
    @APIResponse(responseCode = "204", description = "Removed; the dossier's version went up")
    public void detach(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId,
                       @QueryParam("version") @NotNull @Parameter(description = "The dossier version read") Long version) {
        attachments.delete(id, attachmentId, version);
    }
}
