package vn.ocop.systemtests;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.ocop.localstack.LocalStack;


/**
 * Owns the one running system of the test JVM: both packaged services, real PostgreSQL and real Kafka, started through
 * {@link LocalStack} on free ports with fresh temporary data, and stopped when the JVM exits.
 */
final class SystemUnderTest {

    /** Where registry-service/pom.xml puts the registry built with its test clock. */
    static final String TEST_CLOCK_APPLICATION = "test-clock";

    private static LocalStack stack;

    private SystemUnderTest() {
    }

    static synchronized LocalStack stack() {
        if (stack == null) {
            try {
                // the registry as packaged for production plus its /admin/clock (a second build of the registry
                // with ocop.clock.endpoint=true, made whenever tests run: see registry-service/pom.xml)
                stack = LocalStack.builder().temporary().freePorts().stopOnExit()
                        .application(LocalStack.REGISTRY, TEST_CLOCK_APPLICATION).start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the system under test (are both services packaged, "
                        + "the registry also with its test clock? ./mvnw -B package -Dtest=none "
                        + "-Dsurefire.failIfNoSpecifiedTests=false; -DskipTests leaves the test-clock build out)", e);
            }
            RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        }
        return stack;
    }

    static String adminToken() {
        return stack().jwt().token("admin@ocop.local", "admin");
    }

    /** A request to the registry service signed as an administrator. */
    static RequestSpecification registryAsAdmin() {
        return RestAssured.given().baseUri(stack().registryUrl().toString())
                .auth().oauth2(adminToken())
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** An anonymous request to the registry service (reads are public). */
    static RequestSpecification registry() {
        return RestAssured.given().baseUri(stack().registryUrl().toString()).accept(ContentType.JSON);
    }

    /** An anonymous request to the traceability service, as a scanning phone or a partner would make. */
    static RequestSpecification traceability() {
        return RestAssured.given().baseUri(stack().traceabilityUrl().toString());
    }
}
