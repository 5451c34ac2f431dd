package vn.ocop.traceability.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.ocop.infra.test.InfraTestResource;

/**
 * The one place the tests' infrastructure is declared: real PostgreSQL (database {@code traceability}) and real Kafka
 * from the shared embedded infra, plus the resolver base URL. Applies to every test, so Quarkus boots once.
 */
@QuarkusTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "traceability"))
@QuarkusTestResource(ResolverTestResource.class)
public final class TestInfra {

    private TestInfra() {
    }
}
