package vn.ocop.registry.media.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.media.OwnerType;
import vn.ocop.registry.media.service.ImageService;

/** Images of a product (the first is shown on the scan page and listed first in the partner catalog). */
@Path("/products/{id}/images")
@SecurityRequirement(name = "jwt")
@Tag(name = "Images", description = "Product and producer images; variants served at /media/{sha256}/{variant}.jpg")
public class ProductImageResource extends OwnerImagesResource {

    public ProductImageResource(ImageService images) {
        super(images, OwnerType.PRODUCT);
    }
}
