package vn.ocop.platform.media;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.storage.BlobStore;
import vn.ocop.platform.problem.DomainException;

/** Public, immutable image variants of either service: {@code /media/{sha256}/{variant}.jpg}. */
@Path("/media/{sha256}/{file}")
@PermitAll
@Tag(name = "Images")
public class MediaResource {

    private final BlobStore store;

    public MediaResource(BlobStore store) {
        this.store = store;
    }

    @GET
    @Produces({"image/jpeg", "application/problem+json"})
    @Operation(summary = "An image variant", description = "Immutable: Cache-Control public, max-age=31536000, "
            + "immutable; strong ETag; If-None-Match answers 304. file is {variant}.jpg with variant 160, 480 or 1200.")
    @APIResponse(responseCode = "200", description = "The JPEG")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such image or variant (or removed after its grace period)")
    public Response get(@PathParam("sha256") String sha256, @PathParam("file") String file,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return MediaHttp.serve(store, sha256, file, ifNoneMatch, false)
                .orElseThrow(() -> DomainException.notFound("Image", sha256 + "/" + file));
    }

    @HEAD
    @Operation(summary = "An image variant's headers")
    public Response head(@PathParam("sha256") String sha256, @PathParam("file") String file,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return MediaHttp.serve(store, sha256, file, ifNoneMatch, true)
                .orElseThrow(() -> DomainException.notFound("Image", sha256 + "/" + file));
    }
}
