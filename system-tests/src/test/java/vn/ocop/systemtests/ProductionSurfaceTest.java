package vn.ocop.systemtests;

import org.junit.jupiter.api.Test;

import static vn.ocop.systemtests.SystemUnderTest.registry;
import static vn.ocop.systemtests.SystemUnderTest.traceability;

/** The packaged services as production configures them: no Swagger UI unless enabled, the OpenAPI document kept. */
class ProductionSurfaceTest {

    @Test
    void shouldServeNoSwaggerUiButTheOpenApiDocument() {
        registry().get("/q/swagger-ui/").then().statusCode(404);
        traceability().get("/q/swagger-ui/").then().statusCode(404);
        registry().get("/q/openapi").then().statusCode(200);
        traceability().get("/q/openapi").then().statusCode(200);
    }
}
