package vn.ocop.registry.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import vn.ocop.contract.openapi.OpenApiConventions;

/** Applies the shared OpenAPI conventions to this service's document when it starts. */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class RegistryOpenApi extends OpenApiConventions {
}
