package vn.ocop.registry.platform.clock;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import vn.ocop.registry.platform.config.RegistryConfig;
import vn.ocop.registry.platform.problem.DomainException;
import vn.ocop.registry.platform.security.CallerScope;
import vn.ocop.registry.platform.security.Roles;

import java.time.DateTimeException;

/**
 * Moves the registry's clock for tests and demos (e.g. {@code {"offset":"P3Y"}} to see certificates lapse). Admin
 * only, and absent (404, before any token check) unless {@code ocop.clock.adjustable=true}; left out of the published
 * API for that reason.
 */
@Path("/admin/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClockResource {

    private static final Logger LOG = Logger.getLogger(ClockResource.class);

    private final AdjustableClock clock;
    private final RegistryConfig config;
    private final CallerScope caller;

    public ClockResource(AdjustableClock clock, RegistryConfig config, CallerScope caller) {
        this.clock = clock;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @Operation(hidden = true)
    public ClockView read() {
        allow();
        return ClockView.of(clock);
    }

    @PUT
    @Operation(hidden = true)
    public ClockView move(ClockOffsetRequest request) {
        allow(); // before validating the body: a disabled clock answers 404 whatever is sent
        if (request == null || request.offset() == null || request.offset().isBlank()) {
            throw DomainException.invalid("offset", "must not be blank");
        }
        AdjustableClock.Offset offset;
        try {
            offset = AdjustableClock.Offset.parse(request.offset());
        } catch (DateTimeException e) {
            throw DomainException.invalid("offset", "must be an ISO-8601 period and/or duration, e.g. P3Y or PT6H");
        }
        clock.set(offset);
        LOG.warnf("%s moved the registry clock by %s", caller.actor(), offset);
        return ClockView.of(clock);
    }

    @DELETE
    @Operation(hidden = true)
    public ClockView reset() {
        allow();
        clock.reset();
        LOG.infof("%s reset the registry clock", caller.actor());
        return ClockView.of(clock);
    }

    private void allow() {
        if (!config.clock().adjustable()) {
            throw DomainException.notFound("Resource", "/admin/clock");
        }
        caller.requireRole(Roles.ADMIN);
    }
}
