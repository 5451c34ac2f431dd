package vn.ocop.traceability.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import vn.ocop.contract.openapi.OpenApiConventions;

/**
 * Applies the shared OpenAPI conventions to this service's document when it starts (a filter class of the
 * application's own, implementing OASFilter itself, is what Quarkus discovers).
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class TraceabilityOpenApi implements OASFilter {

    private final OASFilter conventions = new OpenApiConventions();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        conventions.filterOpenAPI(api);
    }
}
