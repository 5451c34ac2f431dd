package vn.ocop.systemtests;

import io.restassured.path.json.JsonPath;

import java.util.Map;

import static vn.ocop.systemtests.SystemUnderTest.registryAsAdmin;

/** What an administrator does in the registry, through its public API; each call asserts the documented status. */
final class RegistryActions {

    private RegistryActions() {
    }

    static String registerProducer(TestData.ProducerRequest producer) {
        return registryAsAdmin().body(producer.body).post("/producers")
                .then().statusCode(201).extract().path("id");
    }

    static JsonPath registerProduct(TestData.ProductRequest product) {
        return registryAsAdmin().body(product.body).post("/products")
                .then().statusCode(201).extract().jsonPath();
    }

    static JsonPath recordCertificate(TestData.CertificateRequest certificate) {
        return registryAsAdmin().body(certificate.body).post("/certificates")
                .then().statusCode(201).extract().jsonPath();
    }

    static JsonPath revokeCertificate(String certificateId, String reason) {
        return registryAsAdmin().body(Map.of("reason", reason)).post("/certificates/{id}/revoke", certificateId)
                .then().statusCode(200).extract().jsonPath();
    }
}
