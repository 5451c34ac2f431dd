package vn.ocop.platform.media;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImagePipelineTest {

    private final ImagePipeline pipeline = new ImagePipeline(new ImagePipeline.Limits(2_000_000, 40_000_000, 12_000), 2);

    @Test
    void shouldReencodeIntoThreeWidthsKeepingTheAspectRatio() throws IOException {
        ProcessedImage image = pipeline.process(CraftedImages.png(2000, 1000), "image/png");

        assertThat(image.source()).isEqualTo(ImageFormat.PNG);
        assertThat(image.variants()).extracting(ProcessedImage.Variant::name).containsExactly("160", "480", "1200");
        for (ProcessedImage.Variant v : image.variants()) {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(v.bytes()));
            assertThat(decoded.getWidth()).isEqualTo(v.width()).isEqualTo(Integer.parseInt(v.name()));
            assertThat(decoded.getHeight()).isEqualTo(v.height()).isEqualTo(Integer.parseInt(v.name()) / 2);
            assertThat(v.mediaType()).isEqualTo("image/jpeg");
        }
    }

    @Test
    void shouldNotEnlargeASmallImage() {
        ProcessedImage image = pipeline.process(CraftedImages.jpeg(300, 200), null);
        assertThat(image.variants()).extracting(ProcessedImage.Variant::width).containsExactly(160, 300, 300);
    }

    @Test
    void shouldStripExifWithGps() {
        byte[] upload = CraftedImages.jpegWithGps(640, 480);
        assertThat(CraftedImages.hasApp1(upload)).as("the upload carries EXIF").isTrue();

        ProcessedImage image = pipeline.process(upload, "image/jpeg");

        assertThat(image.variants()).allSatisfy(v -> {
            assertThat(CraftedImages.hasApp1(v.bytes())).as("variant %s has no APP1", v.name()).isFalse();
            assertThat(new String(v.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        });
    }

    @Test
    void shouldRefuseAPngDeclaredAsJpeg() {
        assertThatThrownBy(() -> pipeline.process(CraftedImages.png(100, 100), "image/jpeg"))
                .isInstanceOfSatisfying(ImageRejected.class, e -> {
                    assertThat(e.status()).isEqualTo(415);
                    assertThat(e.field()).isEqualTo("Content-Type");
                });
    }

    @Test
    void shouldRefuseATruncatedFile() {
        assertThatThrownBy(() -> pipeline.process(CraftedImages.truncated(CraftedImages.jpeg(800, 600), 0.6), null))
                .isInstanceOfSatisfying(ImageRejected.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThatThrownBy(() -> pipeline.process(CraftedImages.truncated(CraftedImages.png(800, 600), 0.6), null))
                .isInstanceOfSatisfying(ImageRejected.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void shouldRefuseABombByItsHeaderBeforeDecoding() {
        byte[] bomb = CraftedImages.pngDeclaring(30_000, 30_000);
        assertThat(bomb.length).isLessThan(200);
        assertThatThrownBy(() -> pipeline.process(bomb, "image/png"))
                .isInstanceOfSatisfying(ImageRejected.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("image-too-large");
                });
    }

    @Test
    void shouldRefuseAnOversizedBodyAndNonImages() {
        assertThatThrownBy(() -> pipeline.process(new byte[2_000_001], null))
                .isInstanceOfSatisfying(ImageRejected.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> pipeline.process("%PDF-1.7".getBytes(), null))
                .isInstanceOfSatisfying(ImageRejected.class, e -> assertThat(e.status()).isEqualTo(415));
    }

    @Test
    void shouldDrawALabelPictureThatGoesThroughThePipeline() {
        byte[] label = LabelPicture.png("Cao ngựa bạch Trường Nguyên", 4, 0.08f, 800, 600);
        assertThat(pipeline.process(label, "image/png").variants()).hasSize(3);
    }
}
