package vn.ocop.registry.media.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.contract.ImageData;
import vn.ocop.platform.media.ImagePipeline;
import vn.ocop.platform.media.MediaKeys;
import vn.ocop.platform.media.ProcessedImage;
import vn.ocop.platform.storage.BlobStore;
import vn.ocop.registry.media.MediaImage;
import vn.ocop.registry.media.OwnerImage;
import vn.ocop.registry.media.OwnerType;
import vn.ocop.registry.media.config.RegistryMediaConfig;
import vn.ocop.registry.media.read.ImageCatalog;
import vn.ocop.registry.media.repository.MediaImageRepository;
import vn.ocop.registry.media.repository.OwnerImageRepository;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.producer.service.ProducerService;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.service.ProductService;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Owns the images of products and producers: uploads (by whoever may edit the owner) go through the image pipeline,
 * their variants into the blob store, and the owner's ordered list changes in one transaction that also publishes
 * the product again (events, partner catalog). An image removed from its last owner is marked unused, and
 * {@link vn.ocop.platform.media.UnusedImageCleaner} deletes it after the grace period, so cached URLs keep working meanwhile.
 */
@ApplicationScoped
public class ImageService {

    private static final int MAX_ALT = 300;

    private final ImagePipeline pipeline;
    private final BlobStore store;
    private final MediaImageRepository images;
    private final OwnerImageRepository uses;
    private final ImageCatalog catalog;
    private final ProductService products;
    private final ProducerService producers;
    private final CallerProvider caller;
    private final RegistryMediaConfig config;
    private final Clock clock;

    public ImageService(ImagePipeline pipeline, BlobStore store, MediaImageRepository images,
                        OwnerImageRepository uses, ImageCatalog catalog, ProductService products,
                        ProducerService producers, CallerProvider caller, RegistryMediaConfig config, Clock clock) {
        this.pipeline = pipeline;
        this.store = store;
        this.images = images;
        this.uses = uses;
        this.catalog = catalog;
        this.products = products;
        this.producers = producers;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    /** An image shown by an owner, at its position. */
    public record Shown(int position, ImageData image, boolean created) {
    }

    /**
     * Adds an image at the end of the owner's list (an image already shown there is returned as it is). Nothing is
     * stored when the body is refused.
     */
    public Shown upload(OwnerType type, UUID ownerId, byte[] body, String contentType, String altVi, String altEn) {
        String vi = alt("altVi", altVi, true);
        String en = alt("altEn", altEn, false);
        QuarkusTransaction.requiringNew().run(() -> editable(type, ownerId));
        ProcessedImage processed = pipeline.process(body, contentType);
        String actor = caller.current().actor();
        // the row first, marked unused: should the attach below fail, the cleaner removes the stored variants
        QuarkusTransaction.requiringNew().run(() -> register(processed, actor));
        for (ProcessedImage.Variant v : processed.variants()) {
            store.put(MediaKeys.variant(processed.sha256(), v.name(), v.extension()), v.bytes(), v.mediaType());
        }
        return QuarkusTransaction.requiringNew().call(() -> attach(type, ownerId, processed.sha256(), vi, en, actor));
    }

    /** The owner's images, primary first. */
    @Transactional
    public List<Shown> list(OwnerType type, UUID ownerId) {
        owner(type, ownerId);
        List<ImageData> data = catalog.of(type, ownerId);
        return java.util.stream.IntStream.range(0, data.size()).mapToObj(i -> new Shown(i, data.get(i), false))
                .toList();
    }

    /** Takes an image off the owner's list; its URLs stay served for the grace period. */
    @Transactional
    public void remove(OwnerType type, UUID ownerId, String sha256) {
        Object owner = editable(type, ownerId);
        List<OwnerImage> shown = uses.of(type, ownerId);
        OwnerImage use = shown.stream().filter(u -> u.sha256.equals(sha256)).findFirst()
                .orElseThrow(() -> DomainException.notFound("Image", sha256));
        uses.delete(use);
        uses.flush();
        int position = 0;
        for (OwnerImage u : shown) {
            if (u != use) {
                u.position = position++;
            }
        }
        if (!uses.used(sha256)) {
            images.findByIdOptional(sha256).ifPresent(i -> i.unusedSince = OffsetDateTime.now(clock));
        }
        changed(owner);
    }

    /** Puts the owner's images in the order given (every image exactly once; the first becomes the primary). */
    @Transactional
    public List<Shown> reorder(OwnerType type, UUID ownerId, List<String> order) {
        Object owner = editable(type, ownerId);
        List<OwnerImage> shown = uses.of(type, ownerId);
        if (order.size() != shown.size() || !new HashSet<>(order).equals(new HashSet<>(shown.stream()
                .map(u -> u.sha256).toList()))) {
            throw DomainException.invalid("order", "must list each of the " + shown.size()
                    + " images shown exactly once");
        }
        for (OwnerImage u : shown) {
            u.position = order.indexOf(u.sha256);
        }
        uses.flush();
        changed(owner);
        return list(type, ownerId);
    }

    private void register(ProcessedImage processed, String actor) {
        if (images.findByIdOptional(processed.sha256()).isPresent()) {
            return;
        }
        MediaImage image = new MediaImage();
        image.sha256 = processed.sha256();
        image.sourceType = processed.source().name();
        image.width = processed.width();
        image.height = processed.height();
        image.uploadedBy = actor;
        image.createdAt = OffsetDateTime.now(clock);
        image.unusedSince = image.createdAt;
        images.persist(image);
    }

    private Shown attach(OwnerType type, UUID ownerId, String sha256, String altVi, String altEn, String actor) {
        Object owner = editable(type, ownerId);
        List<OwnerImage> shown = uses.of(type, ownerId);
        for (OwnerImage u : shown) {
            if (u.sha256.equals(sha256)) {
                return new Shown(u.position, catalog.data(u, images.findById(sha256)), false);
            }
        }
        int max = config.maxImagesPerOwner();
        if (shown.size() >= max) {
            throw DomainException.conflict("too-many-images", "At most " + max + " images are shown per "
                    + type.name().toLowerCase() + "; remove one first", new FieldError("body", "exceeds the limit of "
                    + max + " images"));
        }
        MediaImage image = images.findById(sha256);
        image.unusedSince = null;
        OwnerImage use = new OwnerImage();
        use.id = UUID.randomUUID();
        use.ownerType = type;
        use.ownerId = ownerId;
        use.position = shown.size();
        use.sha256 = sha256;
        use.altVi = altVi;
        use.altEn = altEn;
        use.addedBy = actor;
        use.addedAt = OffsetDateTime.now(clock);
        uses.persist(use);
        uses.flush();
        changed(owner);
        return new Shown(use.position, catalog.data(use, image), true);
    }

    private void changed(Object owner) {
        if (owner instanceof Product product) {
            products.imagesChanged(product);
        }
    }

    /** The owner, after checking that the caller may edit it (404 when there is none, 403 outside the scope). */
    private Object editable(OwnerType type, UUID ownerId) {
        Object owner = owner(type, ownerId);
        Producer producer = owner instanceof Product p ? p.producer : (Producer) owner;
        caller.current().requireProducer(producer.id, producer.commune.code, producer.commune.province.code);
        return owner;
    }

    private Object owner(OwnerType type, UUID ownerId) {
        return type == OwnerType.PRODUCT ? products.get(ownerId) : producers.get(ownerId);
    }

    private static String alt(String field, String text, boolean required) {
        String clean = TextSearch.clean(text);
        if (clean == null || clean.isEmpty()) {
            if (required) {
                throw DomainException.invalid(field, "is required: describe what the image shows");
            }
            return null;
        }
        if (clean.length() > MAX_ALT) {
            throw DomainException.invalid(field, "must be at most " + MAX_ALT + " characters");
        }
        return clean;
    }
}
