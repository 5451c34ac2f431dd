package vn.ocop.registry.media.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.ocop.registry.media.OwnerType;
import vn.ocop.registry.media.service.ImageService;
import vn.ocop.contract.Roles;

import java.util.List;
import java.util.UUID;

/** The image list of one kind of owner: upload, list, reorder, remove (the subclass names the owner kind). */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class OwnerImagesResource {

    private final ImageService images;
    private final OwnerType type;

    protected OwnerImagesResource(ImageService images, OwnerType type) {
        this.images = images;
        this.type = type;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN, Roles.COMMUNE_OFFICER, Roles.PRODUCER})
    @Operation(summary = "Upload an image", description = "The request body is the image itself: JPEG, PNG or WebP "
            + "recognised by its content (a declared Content-Type of another of these is refused), at most "
            + "ocop.media.max-image-bytes (15 MiB) and ocop.media.max-pixels (40 MP, judged from the header before "
            + "decoding). It is re-encoded to JPEG variants 160, 480 and 1200 px wide without metadata (EXIF and GPS "
            + "are dropped). Whoever may edit the owner may upload (its producer, its commune officer, its "
            + "province admin, admin). The same image again answers 200 with the image as it is.")
    @RequestBody(description = "The image's bytes")
    @APIResponse(responseCode = "201", description = "Stored; the image with its variant URLs")
    @APIResponse(responseCode = "200", description = "The owner already shows this image")
    @APIResponse(responseCode = "409", description = "too-many-images (ocop.media.max-images-per-owner)")
    @APIResponse(responseCode = "413", description = "Larger than ocop.media.max-image-bytes")
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP image, or not the type declared")
    @APIResponse(responseCode = "422", description = "image-too-large (pixels) or undecodable-image (truncated)")
    public Response upload(@PathParam("id") UUID id,
                           @QueryParam("altVi") @Size(max = 300) @Parameter(description = "What the image shows, "
                                   + "in Vietnamese (required)") String altVi,
                           @QueryParam("altEn") @Size(max = 300) @Parameter(description = "The same in English")
                           String altEn,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        ImageService.Shown shown = images.upload(type, id, body, contentType, altVi, altEn);
        return Response.status(shown.created() ? 201 : 200).entity(ImageView.of(shown.position(), shown.image()))
                .build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List the images, primary first")
    public List<ImageView> list(@PathParam("id") UUID id) {
        return images.list(type, id).stream().map(s -> ImageView.of(s.position(), s.image())).toList();
    }

    @PUT
    @Path("/order")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN, Roles.COMMUNE_OFFICER, Roles.PRODUCER})
    @Operation(summary = "Reorder the images", description = "Every image shown exactly once; the first becomes the "
            + "primary image. URLs do not change.")
    public List<ImageView> reorder(@PathParam("id") UUID id, @NotNull @Valid ImageOrderRequest request) {
        return images.reorder(type, id, request.order()).stream().map(s -> ImageView.of(s.position(), s.image()))
                .toList();
    }

    @DELETE
    @Path("/{sha256}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN, Roles.COMMUNE_OFFICER, Roles.PRODUCER})
    @Operation(summary = "Remove an image", description = "Its URLs stay served for ocop.media.unused-grace "
            + "(7 days) when no other owner shows it, so copies partners cached keep working.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") UUID id, @PathParam("sha256") String sha256) {
        images.remove(type, id, sha256);
    }
}
