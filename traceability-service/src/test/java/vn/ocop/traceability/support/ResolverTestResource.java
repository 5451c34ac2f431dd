package vn.ocop.traceability.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Gives the test application its public resolver base URL. */
public class ResolverTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String BASE_URL = "https://id.ocop.test";

    @Override
    public Map<String, String> start() {
        return Map.of("ocop.resolver.base-url", BASE_URL);
    }

    @Override
    public void stop() {
        // nothing to stop
    }
}
