package vn.ocop.registry.platform.clock;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.quarkus.arc.properties.IfBuildProperty;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;

import java.time.DateTimeException;

/**
 * Moves the registry's clock for tests and demos (e.g. {@code {"offset":"P3Y"}} to see certificates lapse), admin
 * only, within {@code ocop.clock.max-offset}. Built only with {@code ocop.clock.endpoint=true} (a build-time property:
 * the dev and test profiles, and the jar the system tests run); a production build has no such endpoint (404) and no
 * configuration can add it. Left out of the published API for that reason.
 */
@IfBuildProperty(name = "ocop.clock.endpoint", stringValue = "true")
@Path("/admin/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClockResource {

    private final AdjustableClock clock;
    private final ClockService service;
    private final CallerProvider caller;

    public ClockResource(AdjustableClock clock, ClockService service, CallerProvider caller) {
        this.clock = clock;
        this.service = service;
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
        allow();
        if (request == null || request.offset() == null || request.offset().isBlank()) {
            throw DomainException.invalid("offset", "must not be blank");
        }
        AdjustableClock.Offset offset;
        try {
            offset = AdjustableClock.Offset.parse(request.offset());
        } catch (DateTimeException e) {
            throw DomainException.invalid("offset", "must be an ISO-8601 period and/or duration, e.g. P3Y or PT6H");
        }
        return service.move(offset);
    }

    @DELETE
    @Operation(hidden = true)
    public ClockView reset() {
        allow();
        return service.reset();
    }

    private void allow() {
        caller.current().requireRole(Roles.ADMIN);
    }
}
