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
import vn.ocop.registry.media.repository.OwnerImageRepository;
import vn.ocop.registry.media.repository.OwnerImageRepository.Shown;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads which images owners show, in order, as {@link ImageData} with absolute variant URLs below
 * {@code ocop.media.public-base-url}. Used by the product views, product events and the partner catalog.
 */
@ApplicationScoped
public class ImageCatalog {

    private final OwnerImageRepository uses;
    private final String baseUrl;

    public ImageCatalog(OwnerImageRepository uses, RegistryMediaConfig config) {
        this.uses = uses;
        this.baseUrl = config.publicBaseUrl().orElse("http://localhost:8081");
    }

    /** The images of one owner, primary first. */
    @Transactional
    public List<ImageData> of(OwnerType type, UUID ownerId) {
        return of(type, List.of(ownerId)).getOrDefault(ownerId, List.of());
    }

    /** The images of several owners (one query), primary first; owners without images are absent. */
    @Transactional
    public Map<UUID, List<ImageData>> of(OwnerType type, Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return uses.shown(type, ownerIds).stream().collect(Collectors.groupingBy(Shown::ownerId, LinkedHashMap::new,
                Collectors.mapping(s -> data(s.sha256(), s.width(), s.height(), s.altVi(), s.altEn()),
                        Collectors.toList())));
    }

    /** The image data of one use. */
    public ImageData data(OwnerImage use, MediaImage image) {
        return data(image.sha256, image.width, image.height, use.altVi, use.altEn);
    }

    private ImageData data(String sha256, int width, int height, String altVi, String altEn) {
        return new ImageData(sha256, width, height, altVi, altEn, ImagePipeline.sizes(width, height).stream()
                .map(s -> new ImageData.Variant(s.name(), s.width(), s.height(), "image/jpeg",
                        MediaKeys.url(baseUrl, sha256, s.name(), "jpg")))
                .toList());
    }
}
