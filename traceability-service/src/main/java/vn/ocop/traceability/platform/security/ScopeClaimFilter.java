package vn.ocop.traceability.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Fail closed on every role-protected endpoint: before the resource runs, the caller's token is read once, which
 * refuses a scoped role without its scope claim (403, see {@link CallerProvider}). Public endpoints are left alone.
 */
public class ScopeClaimFilter {

    private final CallerProvider caller;

    @Inject
    public ScopeClaimFilter(CallerProvider caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    public void requireScopeClaims(ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return;
        }
        if (resource.getResourceMethod().isAnnotationPresent(RolesAllowed.class)
                || resource.getResourceClass().isAnnotationPresent(RolesAllowed.class)) {
            caller.current();
        }
    }
}
