package vn.ocop.registry.media;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.media.CraftedImages;
import vn.ocop.platform.media.ImagePipeline;
import vn.ocop.platform.media.LabelPicture;
import vn.ocop.registry.support.MediaTestResources;
import vn.ocop.registry.support.RegistryEvents;
import vn.ocop.registry.support.Tokens;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aGtin13;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/** Product images through the API: upload, variants, immutable serving, refusals, order, grace, catalog, events. */
@QuarkusTest
class ProductImageTest {

    @Test
    void shouldServeThreeImmutableVariantsOfTheExpectedSizes() throws Exception {
        UUID producer = aProducer().create();
        UUID product = aProduct(producer).named("Chè Tân Cương").create();
        byte[] png = CraftedImages.png(2000, 1000);

        JsonPath image = upload(product, png, "image/png", Tokens.producer(producer)).then().statusCode(201)
                .body("primary", equalTo(true)).body("altVi", equalTo("Gói chè Tân Cương"))
                .body("sha256", equalTo(ImagePipeline.sha256(png))).extract().jsonPath();

        assertThat(image.getList("variants.name", String.class)).containsExactly("160", "480", "1200");
        for (Map<String, Object> v : image.<Map<String, Object>>getList("variants")) {
            String url = (String) v.get("url");
            assertThat(url).startsWith(MediaTestResources.MEDIA_BASE + "/media/" + image.getString("sha256") + "/");
            String path = url.substring(MediaTestResources.MEDIA_BASE.length());
            Response served = given().get(path).then().statusCode(200).contentType("image/jpeg")
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .header("X-Content-Type-Options", "nosniff").extract().response();
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(served.asByteArray()));
            assertThat(decoded.getWidth()).isEqualTo(v.get("width")).isEqualTo(Integer.parseInt((String) v.get("name")));
            assertThat(decoded.getHeight()).isEqualTo(decoded.getWidth() / 2);
            String etag = served.header("ETag");
            assertThat(etag).startsWith("\"").doesNotStartWith("W/");
            given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
            given().head(path).then().statusCode(200).contentType("image/jpeg").header("ETag", etag)
                    .header("Content-Length", Integer.toString(served.asByteArray().length));
        }
        given().get("/products/" + product).then().statusCode(200).body("images", hasSize(1))
                .body("images[0].srcset", org.hamcrest.Matchers.containsString(" 480w"));
        given().get("/media/" + "0".repeat(64) + "/480.jpg").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/media/" + image.getString("sha256") + "/999.jpg").then().statusCode(404);
    }

    @Test
    void shouldDropExifAndGpsWhenReencoding() {
        UUID producer = aProducer().create();
        UUID product = aProduct(producer).create();
        byte[] withGps = CraftedImages.jpegWithGps(800, 600);
        assertThat(CraftedImages.hasApp1(withGps)).isTrue();

        String url = upload(product, withGps, "image/jpeg", Tokens.producer(producer)).then().statusCode(201)
                .extract().path("variants[2].url");

        byte[] served = given().get(url.substring(MediaTestResources.MEDIA_BASE.length())).then().statusCode(200)
                .extract().asByteArray();
        assertThat(CraftedImages.hasApp1(served)).isFalse();
        assertThat(new String(served, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    }

    @Test
    void shouldRefuseBadUploadsWithAProblemAndStoreNothing() {
        UUID producer = aProducer().create();
        UUID product = aProduct(producer).create();
        String token = Tokens.producer(producer);
        byte[] png = CraftedImages.png(400, 300);
        byte[] truncated = CraftedImages.truncated(CraftedImages.jpeg(900, 700), 0.5);
        byte[] bomb = CraftedImages.pngDeclaring(30_000, 30_000);
        byte[] oversized = Arrays.copyOf(CraftedImages.jpeg(64, 64), (int) MediaTestResources.MAX_IMAGE_BYTES + 1);

        upload(product, png, "image/jpeg", token).then().statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
        upload(product, truncated, "image/jpeg", token).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/undecodable-image"));
        upload(product, bomb, "image/png", token).then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/image-too-large"));
        upload(product, oversized, "image/jpeg", token).then().statusCode(413)
                .contentType("application/problem+json");
        upload(product, "%PDF-1.7 not an image".getBytes(), null, token).then().statusCode(415);

        given().get("/products/" + product + "/images").then().statusCode(200).body("$", hasSize(0));
        for (byte[] refused : List.of(png, truncated, bomb, oversized)) {
            given().head("/media/" + ImagePipeline.sha256(refused) + "/160.jpg").then().statusCode(404);
        }
    }

    @Test
    void shouldLetOnlyWhoeverMayEditTheProductUpload() {
        UUID producer = aProducer().create();
        UUID product = aProduct(producer).create();
        byte[] jpeg = CraftedImages.jpeg(320, 240);
        upload(product, jpeg, "image/jpeg", Tokens.producer(UUID.randomUUID())).then().statusCode(403);
        upload(product, jpeg, "image/jpeg", Tokens.officer("31825")).then().statusCode(403);
        given().contentType("image/jpeg").body(jpeg).post("/products/" + product + "/images?altVi=x")
                .then().statusCode(401);
        upload(product, jpeg, "image/jpeg", Tokens.officer("05908")).then().statusCode(201);
        given().auth().oauth2(Tokens.officer("05908")).contentType("image/jpeg").body(CraftedImages.png(50, 50))
                .post("/products/" + product + "/images").then().statusCode(400)
                .body("errors[0].field", equalTo("altVi"));
    }

    @Test
    void shouldReorderAndKeepARemovedImageServedForTheGracePeriod() {
        UUID producer = aProducer().create();
        UUID product = aProduct(producer).create();
        String token = Tokens.producer(producer);
        String first = upload(product, CraftedImages.jpeg(500, 500), "image/jpeg", token).then().statusCode(201)
                .extract().path("sha256");
        String second = upload(product, CraftedImages.png(600, 400), "image/png", token).then().statusCode(201)
                .body("position", equalTo(1)).extract().path("sha256");
        upload(product, CraftedImages.jpeg(500, 500), "image/jpeg", token).then().statusCode(200)
                .body("position", equalTo(0));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("order", List.of(second, first)))
                .put("/products/" + product + "/images/order").then().statusCode(200)
                .body("sha256", equalTo(List.of(second, first))).body("primary", equalTo(List.of(true, false)));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("order", List.of(second)))
                .put("/products/" + product + "/images/order").then().statusCode(400)
                .contentType("application/problem+json");

        given().auth().oauth2(token).delete("/products/" + product + "/images/" + first).then().statusCode(204);
        given().get("/products/" + product + "/images").then().body("sha256", equalTo(List.of(second)));
        given().get("/media/" + first + "/480.jpg").then().statusCode(200); // still served: partners cached it
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/media/" + first + "/480.jpg").then().statusCode(404));
        given().get("/media/" + second + "/480.jpg").then().statusCode(200);
    }

    @Test
    void shouldShowImagesInTheCatalogTheChangeFeedAndTheProductEvent() throws Exception {
        String key = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(new HashMap<>(Map.of("name", "Sàn ảnh " + UUID.randomUUID(), "contactEmail", "anh@ocop.test")))
                .post("/partners").then().statusCode(201).extract().path("apiKey");
        UUID producer = aProducer().create();
        UUID product = aProduct(producer).named("Mật ong bạc hà").withGtin(aGtin13()).create();
        aCertificate(product).stars(4).record();
        long since = given().header("X-API-Key", key).get("/catalog/products").then().statusCode(200).extract()
                .jsonPath().getLong("syncToken");

        try (RegistryEvents events = new RegistryEvents()) {
            byte[] label = LabelPicture.png("Mật ong bạc hà", 4, 0.12f, 900, 700);
            String url = upload(product, label, "image/png", Tokens.producer(producer)).then().statusCode(201)
                    .extract().path("variants[2].url");

            given().header("X-API-Key", key).get("/catalog/products/" + product).then().statusCode(200)
                    .body("images", equalTo(List.of(url)));
            JsonPath changes = given().header("X-API-Key", key).queryParam("since", since).get("/catalog/changes")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(changes.getList("items.kind", String.class)).contains("UPSERT");
            assertThat(changes.getString("items.find { it.productId == '" + product + "' }.product.images[0]"))
                    .isEqualTo(url);

            String ld = given().header("X-API-Key", key).accept("application/ld+json")
                    .get("/catalog/products/" + product).then().statusCode(200).extract().asString();
            Object document = com.github.jsonldjava.utils.JsonUtils.fromString(ld);
            @SuppressWarnings("unchecked")
            Map<String, Object> node = (Map<String, Object>) com.github.jsonldjava.core.JsonLdProcessor
                    .expand(document).get(0);
            assertThat(node.get("https://schema.org/image")).isEqualTo(List.of(Map.of("@id", url)));

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events.about(product,
                    Duration.ofMillis(200))).anySatisfy(seen -> {
                        assertThat(seen.type()).isEqualTo("vn.ocop.registry.product.updated.v1");
                        assertThat(seen.event().at("/data/images/0/variants/2/url").asText()).isEqualTo(url);
                        assertThat(seen.event().at("/data/images/0/altVi").asText()).isEqualTo("Gói chè Tân Cương");
                    }));
        }
    }

    @Test
    void shouldListEveryProductWithItsOwnImagesInOrderOnOneCatalogPage() {
        String key = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(new HashMap<>(Map.of("name", "Sàn trang ảnh " + UUID.randomUUID(), "contactEmail",
                        "trang@ocop.test"))).post("/partners").then().statusCode(201).extract().path("apiKey");
        UUID producer = aProducer().create();
        String token = Tokens.producer(producer);
        UUID first = aProduct(producer).named("Miến dong Bình Liêu").create();
        UUID second = aProduct(producer).named("Trà hoa vàng Ba Chẽ").create();
        UUID bare = aProduct(producer).named("Nấm hương Đình Lập").create();
        for (UUID product : List.of(first, second, bare)) {
            aCertificate(product).stars(3).record();
        }
        String first1 = largest(upload(first, CraftedImages.png(2000, 1000), "image/png", token));
        String first2 = largest(upload(first, CraftedImages.png(1900, 1000), "image/png", token));
        JsonPath second1 = upload(second, CraftedImages.png(1800, 1000), "image/png", token).then().statusCode(201)
                .extract().jsonPath();
        JsonPath second2 = upload(second, CraftedImages.png(1700, 1000), "image/png", token).then().statusCode(201)
                .extract().jsonPath();
        given().auth().oauth2(token).contentType(ContentType.JSON)   // the later upload becomes the primary one
                .body(Map.of("order", List.of(second2.getString("sha256"), second1.getString("sha256"))))
                .put("/products/" + second + "/images/order").then().statusCode(200);

        // other tests certify products too: read the whole catalog, 500 products a page
        Map<String, List<String>> listed = new HashMap<>();
        String cursor = null;
        do {
            var request = given().header("X-API-Key", key).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/catalog/products").then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                @SuppressWarnings("unchecked")
                List<String> images = (List<String>) item.get("images");
                listed.put((String) item.get("productId"), images);
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(listed.get(first.toString())).containsExactly(first1, first2);
        assertThat(listed.get(second.toString()))
                .containsExactly(second2.getString("variants[2].url"), second1.getString("variants[2].url"));
        assertThat(listed.get(bare.toString())).isNotNull().isEmpty();
    }

    /** The URL of the largest variant of an uploaded image: what the catalog lists. */
    private static String largest(Response uploaded) {
        return uploaded.then().statusCode(201).extract().path("variants[2].url");
    }

    private static Response upload(UUID product, byte[] body, String type, String token) {
        var request = given().auth().oauth2(token).queryParam("altVi", "Gói chè Tân Cương")
                .queryParam("altEn", "A pack of Tan Cuong tea").body(body);
        if (type != null) {
            request.contentType(type);
        } else {
            request.contentType("application/octet-stream");
        }
        return request.post("/products/" + product + "/images");
    }
}
