package vn.ocop.registry.media.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.contract.ImageData;
import vn.ocop.platform.media.ImagePipeline;
import vn.ocop.platform.media.MediaKeys;
import vn.ocop.registry.media.MediaImage;
import vn.ocop.registry.media.OwnerImage;
import vn.ocop.registry.media.OwnerType;
import vn.ocop.registry.media.config.RegistryMediaConfig;
import vn.ocop.registry.media.repository.MediaImageRepository;
import vn.ocop.registry.media.repository.OwnerImageRepository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads which images owners show, in order, as {@link ImageData} with absolute variant URLs below
 * {@code ocop.media.public-base-url}. Used by the product views, product events and the partner catalog.
 */
@ApplicationScoped
public class ImageCatalog {

    private final OwnerImageRepository uses;
    private final MediaImageRepository images;
    private final String baseUrl;

    public ImageCatalog(OwnerImageRepository uses, MediaImageRepository images, RegistryMediaConfig config) {
        this.uses = uses;
        this.images = images;
        this.baseUrl = config.publicBaseUrl().orElse("http://localhost:8081");
    }

    /** The images of one owner, primary first. */
    @Transactional
    public List<ImageData> of(OwnerType type, UUID ownerId) {
        return of(type, List.of(ownerId)).getOrDefault(ownerId, List.of());
    }

    /** The images of several owners (two queries), primary first; owners without images are absent. */
    @Transactional
    public Map<UUID, List<ImageData>> of(OwnerType type, Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        List<OwnerImage> rows = uses.of(type, Set.copyOf(ownerIds));
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<String, MediaImage> bySha = images.list("sha256 in ?1",
                rows.stream().map(r -> r.sha256).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(i -> i.sha256, i -> i));
        return rows.stream().collect(Collectors.groupingBy(r -> r.ownerId, LinkedHashMap::new,
                Collectors.mapping(r -> data(r, bySha.get(r.sha256)), Collectors.toList())));
    }

    /** The image data of one use. */
    public ImageData data(OwnerImage use, MediaImage image) {
        return new ImageData(image.sha256, image.width, image.height, use.altVi, use.altEn,
                ImagePipeline.sizes(image.width, image.height).stream()
                        .map(s -> new ImageData.Variant(s.name(), s.width(), s.height(), "image/jpeg",
                                MediaKeys.url(baseUrl, image.sha256, s.name(), "jpg")))
                        .toList());
    }
}
