package vn.ocop.platform.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Turns an uploaded image into its served variants. In order: the size limit, the format by content (JPEG, PNG,
 * WebP; a declared type that disagrees is refused), the pixel dimensions read from the header <em>before</em> any
 * decoding (a decompression bomb is refused without allocating its pixels), a full decode that fails on any
 * truncation or corruption warning, then a re-encode of each width as baseline JPEG. Only pixels are carried over, so
 * EXIF (GPS included), XMP and ICC data are gone. Decodes run at most {@code parallelism} at a time to bound memory.
 */
public final class ImagePipeline {

    /** The variants made of every image: name and target width (narrower sources are not enlarged). */
    public static final List<VariantSpec> VARIANTS = List.of(new VariantSpec("160", 160), new VariantSpec("480", 480),
            new VariantSpec("1200", 1200));

    /** A variant's name and target width. */
    public record VariantSpec(String name, int width) {
    }

    /** The size of one variant of an image. */
    public record VariantSize(String name, int width, int height) {
    }

    /** The variants an image of {@code width}×{@code height} gets (the same the pipeline makes). */
    public static List<VariantSize> sizes(int width, int height) {
        return VARIANTS.stream().map(spec -> {
            int w = Math.min(spec.width(), width);
            int h = Math.max(1, (int) Math.round((double) height * w / width));
            return new VariantSize(spec.name(), w, h);
        }).toList();
    }

    /** Limits of an upload: body bytes, total pixels, longest side. */
    public record Limits(long maxBytes, long maxPixels, int maxSide) {
    }

    private static final float JPEG_QUALITY = 0.85f;

    private final Limits limits;
    private final Semaphore decoding;

    public ImagePipeline(Limits limits, int parallelism) {
        this.limits = limits;
        this.decoding = new Semaphore(Math.max(1, parallelism));
    }

    public Limits limits() {
        return limits;
    }

    /** Refuses a body larger than the limit (callers check this before reading further where they can). */
    public void checkSize(long bytes) {
        if (bytes > limits.maxBytes()) {
            throw new ImageRejected(413, "body-too-large", "The image is " + bytes + " bytes; at most "
                    + limits.maxBytes() + " are accepted", "body", "must be at most " + limits.maxBytes() + " bytes");
        }
    }

    /** Validates, decodes and re-encodes {@code content}; {@code declaredType} is the request's Content-Type. */
    public ProcessedImage process(byte[] content, String declaredType) {
        if (content == null || content.length == 0) {
            throw new ImageRejected(400, "validation", "The request is not valid", "body",
                    "is empty; send the image's bytes as the request body");
        }
        checkSize(content.length);
        ImageFormat format = ImageFormat.sniff(content).orElseThrow(() -> new ImageRejected(415,
                "unsupported-media-type", "The content is not a JPEG, PNG or WebP image", "body",
                "must be a JPEG, PNG or WebP image (recognised by its content)"));
        ImageFormat.ofMediaType(declaredType).filter(declared -> declared != format).ifPresent(declared -> {
            throw new ImageRejected(415, "unsupported-media-type", "The content is " + format.mediaType()
                    + " but was sent as " + declared.mediaType(), "Content-Type",
                    "does not match the content (" + format.mediaType() + ")");
        });
        BufferedImage image;
        int width;
        int height;
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        try {
            ImageReader reader = reader(format);
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
                checkDimensions(width, height);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw undecodable(String.join("; ", warnings));
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof ImageRejected rejected) {
                    throw rejected;
                }
                throw undecodable(e.getMessage());
            } finally {
                reader.dispose();
            }
        } finally {
            decoding.release();
        }
        List<ProcessedImage.Variant> variants = new ArrayList<>();
        BufferedImage rgb = flatten(image);
        for (VariantSize size : sizes(width, height)) {
            byte[] jpeg = jpeg(scale(rgb, size.width(), size.height()));
            variants.add(new ProcessedImage.Variant(size.name(), size.width(), size.height(), "image/jpeg", "jpg",
                    jpeg));
        }
        return new ProcessedImage(sha256(content), format, width, height, List.copyOf(variants));
    }

    private void checkDimensions(int width, int height) {
        if (width <= 0 || height <= 0 || width > limits.maxSide() || height > limits.maxSide()
                || (long) width * height > limits.maxPixels()) {
            throw new ImageRejected(422, "image-too-large", "The image declares " + width + "×" + height
                    + " pixels; at most " + limits.maxSide() + " per side and " + limits.maxPixels()
                    + " in total are accepted", "body", "must be at most " + limits.maxSide() + " pixels per side and "
                    + limits.maxPixels() + " pixels in total");
        }
    }

    private static ImageRejected undecodable(String why) {
        return new ImageRejected(422, "undecodable-image", "The image cannot be decoded (truncated or corrupt)"
                + (why == null ? "" : ": " + why), "body", "must be a complete, valid image");
    }

    private static ImageReader reader(ImageFormat format) {
        return switch (format) {
            case JPEG -> ImageIO.getImageReadersByFormatName("jpeg").next();
            case PNG -> ImageIO.getImageReadersByFormatName("png").next();
            case WEBP -> new WebPImageReaderSpi().createReaderInstance(null);
        };
    }

    /** Drops alpha onto white and any palette or grey model: a plain 8-bit RGB image. */
    private static BufferedImage flatten(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Halves with bilinear filtering while more than twice too large, then one last bilinear step (crisp, fast). */
    private static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        if (current.getWidth() == width && current.getHeight() == height) {
            return current;
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4 + 1024);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Lower-case hex SHA-256 of {@code content}. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
