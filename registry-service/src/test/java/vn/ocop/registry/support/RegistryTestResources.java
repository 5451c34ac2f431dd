package vn.ocop.registry.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.ResourceArg;
import vn.ocop.infra.test.InfraTestResource;

import java.util.Map;

/**
 * Test resources of the whole registry test JVM (declared once, so Quarkus boots once): the shared real PostgreSQL
 * (database {@code registry}), the shared real Kafka, the test token key, the public resolver base, webhook retries
 * in milliseconds rather than seconds ({@link FastWebhooks}) and a real SMTP server receiving notifications
 * ({@link Mailbox}). The adjustable clock ({@code /admin/clock}) is built in the test profile
 * ({@code %test.ocop.clock.endpoint}).
 */
@QuarkusTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
@QuarkusTestResource(RegistryTestResources.ResolverBase.class)
@QuarkusTestResource(RegistryTestResources.FastWebhooks.class)
@QuarkusTestResource(Mailbox.class)
@QuarkusTestResource(RegistryTestResources.WebOrigin.class)
public final class RegistryTestResources {

    public static final String RESOLVER_BASE = "https://id.ocop.test";

    private RegistryTestResources() {
    }

    /** The public base of Digital Link URIs in tests. */
    public static class ResolverBase implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("ocop.resolver.base-url", RESOLVER_BASE);
        }

        @Override
        public void stop() {
        }
    }

    /** The one front-end origin browsers may call the API from in tests. */
    public static class WebOrigin implements QuarkusTestResourceLifecycleManager {
        public static final String ORIGIN = "https://web.ocop.test";

        @Override
        public Map<String, String> start() {
            return Map.of("quarkus.http.cors.origins", ORIGIN);
        }

        @Override
        public void stop() {
        }
    }

    /** Webhook retries fast enough for a test to watch a few of them. */
    public static class FastWebhooks implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("ocop.webhooks.poll-interval", "100ms",
                    "ocop.webhooks.initial-backoff", "200ms",
                    "ocop.webhooks.max-interval", "1s",
                    "ocop.webhooks.timeout", "3s");
        }

        @Override
        public void stop() {
        }
    }
}
