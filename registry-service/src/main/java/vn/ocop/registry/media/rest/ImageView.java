package vn.ocop.registry.media.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.contract.ImageData;

import java.util.List;
import java.util.stream.Collectors;

/** An image as the API shows it: its place in the owner's list, alt texts and variant URLs (absolute, immutable). */
@Schema(name = "Image")
public record ImageView(@Schema(description = "SHA-256 of the uploaded bytes") String sha256,
                        @Schema(description = "0 is the primary image") int position, boolean primary, int width,
                        int height, String altVi, String altEn, List<Variant> variants,
                        @Schema(description = "The variants as an HTML srcset value") String srcset) {

    /** One served size. */
    @Schema(name = "ImageVariant")
    public record Variant(String name, int width, int height, String mediaType, String url) {
    }

    public static ImageView of(int position, ImageData d) {
        List<Variant> variants = d.variants().stream()
                .map(v -> new Variant(v.name(), v.width(), v.height(), v.mediaType(), v.url())).toList();
        return new ImageView(d.sha256(), position, position == 0, d.width(), d.height(), d.altVi(), d.altEn(),
                variants, variants.stream().map(v -> v.url() + " " + v.width() + "w").distinct()
                .collect(Collectors.joining(", ")));
    }

    /** The views of an ordered list. */
    public static List<ImageView> of(List<ImageData> images) {
        return java.util.stream.IntStream.range(0, images.size()).mapToObj(i -> of(i, images.get(i))).toList();
    }
}
