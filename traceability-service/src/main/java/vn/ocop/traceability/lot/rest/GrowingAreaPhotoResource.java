package vn.ocop.traceability.lot.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.contract.ImageData;
import vn.ocop.traceability.lot.service.GrowingAreaPhotoService;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;

import java.util.UUID;

/** The photo of a growing area, shown on the scan page of its lots. */
@Path("/growing-areas/{id}/photo")
@Tag(name = "Growing areas")
public class GrowingAreaPhotoResource {

    private final GrowingAreaPhotoService photos;
    private final CallerProvider caller;

    public GrowingAreaPhotoResource(GrowingAreaPhotoService photos, CallerProvider caller) {
        this.photos = photos;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Set the area's photo", description = "The request body is the image: JPEG, PNG or WebP "
            + "recognised by its content, at most ocop.media.max-image-bytes (15 MiB) and ocop.media.max-pixels "
            + "(judged from the header before decoding); re-encoded to JPEG 160/480/1200 px without metadata (EXIF "
            + "and GPS dropped), served at /media/{sha256}/{variant}.jpg. The previous photo stays served for "
            + "ocop.media.unused-grace.")
    @RequestBody(description = "The image's bytes")
    @APIResponse(responseCode = "200", description = "The photo with its variant URLs")
    @APIResponse(responseCode = "413", description = "Larger than ocop.media.max-image-bytes")
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP image, or not the type declared")
    @APIResponse(responseCode = "422", description = "image-too-large (pixels) or undecodable-image")
    public ImageData put(@PathParam("id") UUID id,
                         @QueryParam("altVi") @Parameter(description = "What the photo shows, in Vietnamese "
                                 + "(required)") String altVi,
                         @QueryParam("altEn") @Parameter(description = "The same in English") String altEn,
                         @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return photos.upload(id, body, contentType, altVi, altEn, caller.current());
    }
}
