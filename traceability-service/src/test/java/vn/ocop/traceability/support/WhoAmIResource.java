package vn.ocop.traceability.support;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that proves bearer tokens are verified with the configured key and issuer. */
@Path("/test-support/whoami")
public class WhoAmIResource {

    @Inject
    SecurityIdentity identity;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String whoAmI() {
        return identity.getPrincipal().getName() + " " + identity.getRoles();
    }
}
