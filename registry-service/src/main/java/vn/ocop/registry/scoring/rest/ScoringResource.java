package vn.ocop.registry.scoring.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.contract.Roles;
import vn.ocop.registry.scoring.service.ScoringService;

import java.util.List;
import java.util.UUID;

/** HTTP API of council scoring rounds. */
@Path("/scoring-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "Council scoring", description = "Scoring rounds: quorum, recusal, members' scores, the 10-point "
        + "spread rule, mandatory-criteria caps and star bands (5★ 90-100 ministry only, 4★ 70-89, 3★ 50-69, "
        + "2★ 30-49, 1★ below 30; certified from 3★)")
public class ScoringResource {

    private final ScoringService service;

    public ScoringResource(ScoringService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.PROVINCE_ADMIN, Roles.MINISTRY, Roles.ADMIN})
    @Operation(summary = "Open a scoring round", description = "On a dossier in COUNCIL_REVIEW (the province's "
            + "council; council secretary or province admin) or MINISTRY_REVIEW (the national council; ministry). "
            + "Members with a declared conflict with the producer are recused. Quorum: at least 75% of the council's "
            + "members (rounded up) present and not recused, the chair among them.")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "400", description = "quorum-not-met, or a council that does not fit the dossier")
    @APIResponse(responseCode = "409", description = "not-under-review, or round-open")
    public Response open(@NotNull @Valid OpenRoundRequest request, @Context UriInfo uri) {
        RoundView round = RoundView.of(service.open(request.dossierId(), request.councilId(),
                request.presentMemberIds()));
        return Response.created(uri.getAbsolutePathBuilder().path(round.id().toString()).build()).entity(round)
                .build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List the scoring rounds of a dossier")
    @APIResponse(responseCode = "404", description = "No such dossier, or not visible to the caller")
    public List<RoundView> list(@QueryParam("dossierId") @NotNull UUID dossierId) {
        return service.ofDossier(dossierId).stream().map(RoundView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Read a scoring round", description = "Members' totals show once the round is closed.")
    @APIResponse(responseCode = "404", description = "No such round, or its dossier is not visible to the caller")
    public RoundView get(@PathParam("id") UUID id) {
        return RoundView.of(service.get(id));
    }

    @POST
    @Path("/{id}/scores")
    @RolesAllowed(Roles.COUNCIL_MEMBER)
    @Operation(summary = "Score the dossier as the calling council member", description = "One option for every "
            + "criterion of the criteria set version pinned on the dossier. When the last seated member has scored, "
            + "the round closes: REJECTED if two totals differ by more than 10 points (open a new round), otherwise "
            + "ACCEPTED with the mean (2 decimals) and stars; a mandatory criterion failed by more than half the "
            + "members caps the stars below its level. A provincial 5★ result sends the dossier to MINISTRY_REVIEW; "
            + "otherwise it is RANKED, with a certificate from 3★.")
    @APIResponse(responseCode = "200", description = "Scored; the round (closed if this was the last score)")
    @APIResponse(responseCode = "400", description = "Missing or unknown criteria or options")
    @APIResponse(responseCode = "403", description = "Not a member of this council, absent, or recused")
    @APIResponse(responseCode = "409", description = "already-scored, or round-closed")
    public RoundView score(@PathParam("id") UUID id, @NotNull @Valid ScoreRequest request) {
        return RoundView.of(service.score(id, request.selections()));
    }
}
