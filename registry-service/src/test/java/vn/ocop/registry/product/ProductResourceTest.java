package vn.ocop.registry.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Fixtures;
import vn.ocop.registry.support.RegistryTestResources;
import vn.ocop.registry.support.Tokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

@QuarkusTest
class ProductResourceTest {

    @Test
    void shouldRegisterProductWithGtinNormalisedTo14DigitsAndItsDigitalLink() {
        UUID producer = aProducer().create();
        String gtin13 = Fixtures.aGtin13();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(aProduct(producer).named("Cao ngựa bạch Trường Nguyên").inGroup("HERBAL").withGtin(gtin13).body)
                .post("/products")
                .then().statusCode(201)
                .body("gtin", equalTo("0" + gtin13))
                .body("groupName", equalTo("Dược liệu và sản phẩm từ dược liệu"))
                .body("digitalLink", equalTo(RegistryTestResources.RESOLVER_BASE + "/01/0" + gtin13))
                .body("communeCode", equalTo("05908"))
                .body("stars", nullValue());
    }

    @Test
    void shouldGiveProductsWithoutGtinAStableInternalLink() {
        UUID id = aProduct(aProducer().create()).create();
        given().get("/products/" + id).then().statusCode(200)
                .body("digitalLink", equalTo(RegistryTestResources.RESOLVER_BASE + "/p/" + id));
    }

    @Test
    void shouldRejectWrongGtinCheckDigitAndWriteNothing() {
        UUID producer = aProducer().create();
        String gtin = Fixtures.aGtin13();
        String wrong = gtin.substring(0, 12) + ((gtin.charAt(12) - '0' + 1) % 10);
        String name = "Sai mã " + UUID.randomUUID();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(aProduct(producer).named(name).withGtin(wrong).body).post("/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("gtin"));
        given().queryParam("q", name).get("/products").then().body("total", is(0));
    }

    @Test
    void shouldRejectUnknownGroupAndProducer() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(aProduct(UUID.randomUUID()).body).post("/products")
                .then().statusCode(400).body("errors[0].field", equalTo("producerId"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(aProduct(aProducer().create()).inGroup("JEWELS").body).post("/products")
                .then().statusCode(400).body("errors[0].field", equalTo("groupCode"));
    }

    @Test
    void shouldRefuseDuplicateGtin() {
        UUID producer = aProducer().create();
        String gtin = Fixtures.aGtin13();
        aProduct(producer).withGtin(gtin).create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(aProduct(producer).withGtin(gtin).body).post("/products")
                .then().statusCode(409).body("errors[0].field", equalTo("gtin"));
    }

    @Test
    void shouldFindCaoNguaBachWithoutDiacritics() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID id = aProduct(aProducer().create()).named("Cao ngựa bạch Hoan Hoa " + marker).create();
        given().queryParam("q", "cao ngua bach hoan hoa " + marker).get("/products")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id.toString()));
        given().queryParam("q", "CAO NGỰA BẠCH").queryParam("size", 100).get("/products")
                .then().body("items.id", hasItem(id.toString()));
    }

    @Test
    void shouldFilterByProvinceCommuneGroupAndCurrentStars() {
        String marker = "Lọc " + UUID.randomUUID();
        UUID herbal4 = aProduct(aProducer().create()).named(marker + " A").inGroup("HERBAL").create();
        aCertificate(herbal4).stars(4).record();
        UUID food3 = aProduct(aProducer().create()).named(marker + " B").inGroup("FOOD").create();
        aCertificate(food3).stars(3).record();
        UUID hanoi = aProduct(aProducer().inCommune("00004").create()).named(marker + " C").inGroup("FOOD").create();

        given().queryParam("q", marker).queryParam("province", "19").get("/products")
                .then().body("total", is(2)).body("items.id", not(hasItem(hanoi.toString())));
        given().queryParam("q", marker).queryParam("commune", "00004").get("/products")
                .then().body("total", is(1)).body("items[0].id", equalTo(hanoi.toString()));
        given().queryParam("q", marker).queryParam("group", "HERBAL").get("/products")
                .then().body("total", is(1)).body("items[0].id", equalTo(herbal4.toString()));
        given().queryParam("q", marker).queryParam("stars", 4).get("/products")
                .then().body("total", is(1)).body("items[0].stars", is(4));
        given().queryParam("q", marker).queryParam("stars", 3).get("/products")
                .then().body("total", is(1)).body("items[0].id", equalTo(food3.toString()));
    }

    @Test
    void shouldPageThroughResults() {
        String marker = "Trang " + UUID.randomUUID();
        UUID producer = aProducer().create();
        for (int i = 0; i < 5; i++) {
            aProduct(producer).named(marker + " " + i).create();
        }
        given().queryParam("q", marker).queryParam("size", 2).queryParam("page", 2).get("/products")
                .then().body("total", is(5)).body("page", is(2)).body("size", is(2)).body("items", hasSize(1))
                .body("items[0].name", equalTo(marker + " 4"));
        given().queryParam("stars", 9).get("/products").then().statusCode(400)
                .body("errors[0].field", equalTo("stars"));
    }

    @Test
    void shouldLetProducerRegisterOnlyItsOwnProducts() {
        UUID own = aProducer().create();
        UUID other = aProducer().create();
        given().auth().oauth2(Tokens.producer(own)).contentType(ContentType.JSON).body(aProduct(own).body)
                .post("/products").then().statusCode(201);
        given().auth().oauth2(Tokens.producer(own)).contentType(ContentType.JSON).body(aProduct(other).body)
                .post("/products").then().statusCode(403);
    }

    @Test
    void shouldListAllSixProductGroups() {
        given().get("/product-groups").then().statusCode(200).body("code", hasSize(6))
                .body("code", everyItem(not(nullValue())))
                .body("code", hasItem("TOURISM"));
    }
}
