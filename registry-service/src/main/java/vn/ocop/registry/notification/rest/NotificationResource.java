package vn.ocop.registry.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.notification.NotificationKind;
import vn.ocop.registry.notification.repository.NotificationRepository.Preference;
import vn.ocop.registry.notification.service.NotificationService;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageRequest;
import vn.ocop.platform.security.CallerProvider;

import java.util.Set;
import java.util.TreeSet;

/** HTTP API of e-mail notifications: the log with each message's status, and per-address preferences. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = "Notifications", description = "E-mails to producers and partners (Vietnamese, or English when the "
        + "address prefers it), written with the fact they tell about and sent through the SMTP relay until it takes "
        + "them")
public class NotificationResource {

    private final NotificationService service;
    private final CallerProvider caller;

    public NotificationResource(NotificationService service, CallerProvider caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("notifications")
    @Operation(summary = "The notification log, newest first", description = "Each message with its kind, recipient, "
            + "language, subject and status (PENDING until the SMTP relay takes it, SENT, or SKIPPED when the address "
            + "turned that kind off), attempts and last error. National roles see every message, a province admin or "
            + "commune officer those about producers of their area, a producer its own.")
    @APIResponse(responseCode = "200", description = "A page of messages")
    @APIResponse(responseCode = "403", description = "The caller's role sees no notifications, or its scope claim "
            + "is missing")
    public Page<NotificationView> log(@Valid @BeanParam PageRequest paging) {
        return service.log(caller.current(), paging.page, paging.size).map(NotificationView::of);
    }

    @GET
    @Path("notification-preferences/{email}")
    @Operation(summary = "An address's notification preference", description = "Admins, or the producer whose "
            + "contact address it is.")
    @APIResponse(responseCode = "200", description = "The preference (Vietnamese, nothing turned off by default)")
    public PreferenceView preference(@PathParam("email") String email) {
        service.requireMayManage(caller.current(), email);
        return view(service.preference(email));
    }

    @PUT
    @Path("notification-preferences/{email}")
    @Operation(summary = "Set an address's language and the non-essential kinds it does not want", description =
            "Essential kinds (dossier returned or decided, certificate revoked or expired) cannot be turned off.")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "An unknown language or an essential kind")
    public PreferenceView setPreference(@PathParam("email") String email,
                                        @NotNull @Valid PreferenceRequest request) {
        service.requireMayManage(caller.current(), email);
        Set<String> kinds = new TreeSet<>();
        if (request.optedOut() != null) {
            request.optedOut().stream().map(NotificationKind::name).forEach(kinds::add);
        }
        return view(service.savePreference(new Preference(email, request.language(), kinds.stream().toList())));
    }

    private static PreferenceView view(Preference p) {
        return new PreferenceView(p.email(), p.language(), p.optedOut());
    }
}
