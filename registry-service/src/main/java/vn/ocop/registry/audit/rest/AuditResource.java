package vn.ocop.registry.audit.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.audit.service.AuditTrail;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageRequest;
import vn.ocop.contract.Roles;

import java.util.UUID;

/** HTTP API of the audit trail (read-only). */
@Path("/audit-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Append-only log of dossier, scoring, council and certificate changes, "
        + "producer and product edits, partner keys and webhook secrets, imports, exports and clock moves")
public class AuditResource {

    private static final String TYPES = "dossier|scoring-round|council|certificate|producer|product|partner|import"
            + "|export|clock|account|producer-claim";

    private final AuditTrail trail;
    private final ObjectMapper mapper;

    public AuditResource(AuditTrail trail, ObjectMapper mapper) {
        this.trail = trail;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Read the audit trail, oldest first", description = "Each entry names the actor (token "
            + "subject), the time, the action and the record before and after. A province admin reads the entries of "
            + "its own province only.")
    public Page<AuditEntryView> list(
            @QueryParam("entityType") @Pattern(regexp = TYPES, message = "must be one of " + TYPES)
            @Parameter(description = TYPES) String entityType,
            @QueryParam("entityId") @Parameter(description = "The id of one record") UUID entityId,
            @Valid @BeanParam PageRequest paging) {
        return trail.search(entityType, entityId, paging.page, paging.size).map(e -> AuditEntryView.of(e, mapper));
    }
}
