package vn.ocop.traceability.media.service;

import vn.ocop.platform.problem.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.contract.ImageData;
import vn.ocop.platform.media.ImagePipeline;
import vn.ocop.platform.media.MediaKeys;
import vn.ocop.platform.media.ProcessedImage;
import vn.ocop.platform.storage.BlobStore;
import vn.ocop.traceability.media.MediaImage;
import vn.ocop.traceability.media.config.TraceabilityMediaConfig;
import vn.ocop.traceability.media.repository.MediaImageRepository;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Owns the images this service stores (growing-area photos): runs an upload through the image pipeline, stores the
 * variants, registers the image (first as unused, so a failed attach is cleaned up) and marks images unused when
 * replaced. Variant URLs are absolute below {@code ocop.media.public-base-url} (paths when it is unset).
 */
@ApplicationScoped
public class MediaService {

    private static final int MAX_ALT = 300;

    private final ImagePipeline pipeline;
    private final BlobStore store;
    private final MediaImageRepository images;
    private final String baseUrl;
    private final Clock clock;

    public MediaService(ImagePipeline pipeline, BlobStore store, MediaImageRepository images,
                        TraceabilityMediaConfig config, Clock clock) {
        this.pipeline = pipeline;
        this.store = store;
        this.images = images;
        this.baseUrl = config.publicBaseUrl().orElse(""); // unset: same-origin paths
        this.clock = clock;
    }

    /** Validates and stores an upload; the image data to attach (in the caller's transaction, with {@link #used}). */
    public ImageData store(byte[] body, String contentType, String altVi, String altEn) {
        String vi = alt("altVi", altVi, true);
        String en = alt("altEn", altEn, false);
        ProcessedImage processed = pipeline.process(body, contentType);
        QuarkusTransaction.requiringNew().run(() -> {
            if (images.findByIdOptional(processed.sha256()).isEmpty()) {
                MediaImage image = new MediaImage();
                image.sha256 = processed.sha256();
                image.width = processed.width();
                image.height = processed.height();
                image.createdAt = OffsetDateTime.now(clock);
                image.unusedSince = image.createdAt;
                images.persist(image);
            }
        });
        for (ProcessedImage.Variant v : processed.variants()) {
            store.put(MediaKeys.variant(processed.sha256(), v.name(), v.extension()), v.bytes(), v.mediaType());
        }
        return new ImageData(processed.sha256(), processed.width(), processed.height(), vi, en,
                processed.variants().stream().map(v -> new ImageData.Variant(v.name(), v.width(), v.height(),
                        v.mediaType(), MediaKeys.url(baseUrl, processed.sha256(), v.name(), v.extension()))).toList());
    }

    /** Marks {@code sha256} in use (null: nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void used(String sha256) {
        if (sha256 != null) {
            images.findByIdOptional(sha256).ifPresent(i -> i.unusedSince = null);
        }
    }

    /** Marks {@code sha256} unused from now (null: nothing); it stays served for the grace period. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unused(String sha256) {
        if (sha256 != null) {
            images.findByIdOptional(sha256).ifPresent(i -> i.unusedSince = OffsetDateTime.now(clock));
        }
    }

    private static String alt(String field, String text, boolean required) {
        String clean = text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ");
        if (clean == null || clean.isEmpty()) {
            if (required) {
                throw DomainException.ruleViolationOn("validation", field, "is required: describe what the image shows");
            }
            return null;
        }
        if (clean.length() > MAX_ALT) {
            throw DomainException.ruleViolationOn("validation", field, "must be at most " + MAX_ALT + " characters");
        }
        return clean;
    }
}
