package vn.ocop.traceability.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Set;

/** A Quarkus profile with {@link FakeSerialVerifier} deployed, for tests of serialized-unit scans. */
public class SerialVerifierProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FakeSerialVerifier.class);
    }
}
