package vn.ocop.systemtests;

import io.restassured.RestAssured;
import io.restassured.config.SSLConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.ocop.localstack.LocalStack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;


/**
 * Owns the one running system of the test JVM: both packaged services, real PostgreSQL and real Kafka, started through
 * {@link LocalStack} on free ports with fresh temporary data, and stopped when the JVM exits.
 */
final class SystemUnderTest {

    private static LocalStack stack;
    private static OtlpReceiver otlp;

    private SystemUnderTest() {
    }

    static synchronized LocalStack stack() {
        if (stack == null) {
            try {
                // TLS on as with ./run-local.sh --tls: Digital Links are https:// and redirects are followed there;
                // the registry as packaged for production plus its /admin/clock (its second build, see LocalStack)
                // spans of both services go to a collector in this JVM (the local stack turns tracing off otherwise)
                otlp = OtlpReceiver.start();
                stack = LocalStack.builder().temporary().freePorts().tls(true).stopOnExit()
                        .application(LocalStack.REGISTRY, LocalStack.TEST_CLOCK_APPLICATION)
                        .serviceEnvironment("QUARKUS_OTEL_SDK_DISABLED", "false")
                        .serviceEnvironment("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", otlp.endpoint())
                        .serviceEnvironment("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf")
                        .serviceEnvironment("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_COMPRESSION", "none")
                        .serviceEnvironment("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms")
                        .start();
                RestAssured.config = RestAssured.config().sslConfig(SSLConfig.sslConfig().trustStore(trustStore()));
                // clients that build their SSL context from the JVM defaults (redirects followed) trust it too
                System.setProperty("javax.net.ssl.trustStore", stack.tls().keyStore().toString());
                System.setProperty("javax.net.ssl.trustStorePassword", stack.tls().password());
                System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the system under test (are both services packaged, "
                        + "the registry also with its test clock? ./mvnw -B package -Dtest=none "
                        + "-Dsurefire.failIfNoSpecifiedTests=false; -DskipTests leaves the test-clock build out)", e);
            }
            RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        }
        return stack;
    }

    /** The collector the services export their spans to. */
    static synchronized OtlpReceiver otlp() {
        stack();
        return otlp;
    }

    /** The stack's self-signed resolver certificate as a trust store. */
    static KeyStore trustStore() {
        try (InputStream in = Files.newInputStream(stack.tls().keyStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, stack.tls().password().toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the local stack's TLS key store", e);
        }
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
