package vn.ocop.registry.media.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.media.OwnerType;
import vn.ocop.registry.media.service.ImageService;

/** Images of a producer (workshop, people, place). */
@Path("/producers/{id}/images")
@SecurityRequirement(name = "jwt")
@Tag(name = "Images")
public class ProducerImageResource extends OwnerImagesResource {

    public ProducerImageResource(ImageService images) {
        super(images, OwnerType.PRODUCER);
    }
}
