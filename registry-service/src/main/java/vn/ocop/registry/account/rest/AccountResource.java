package vn.ocop.registry.account.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import vn.ocop.registry.account.Account;
import vn.ocop.registry.account.service.AccountService;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageRequest;
import vn.ocop.contract.Roles;

import java.util.UUID;

/** HTTP API of accounts: appointments and their end, value-chain organisations signing up, the scoped list. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Accounts of the identity provider provisioned by the registry (no passwords)")
public class AccountResource {

    private final AccountService service;

    public AccountResource(AccountService service) {
        this.service = service;
    }

    @POST
    @Path("/appointments")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Appoint an account", description = "An admin appoints province admins and the ministry; a "
            + "province admin appoints commune officers of its communes and council members and secretaries of its "
            + "province. The account is created in the identity provider with the role and scope attributes of the "
            + "appointment and must set its password at first sign-in.")
    @APIResponse(responseCode = "201", description = "Appointed; Location names the account")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json lists them)")
    @APIResponse(responseCode = "403", description = "The role or place is outside what the caller may appoint")
    @APIResponse(responseCode = "409", description = "account-exists")
    @APIResponse(responseCode = "503", description = "The identity provider is not configured or not reachable")
    public Response appoint(@NotNull @Valid AppointmentBody body, @Context UriInfo uri) {
        Account account = service.appoint(body.toRequest());
        return Response.created(uri.getBaseUriBuilder().path("accounts").path(account.id.toString()).build())
                .entity(AccountView.of(account)).build();
    }

    @POST
    @Path("/{id}/end-appointment")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "End an appointment", description = "Disables the account and ends its sessions; by whoever "
            + "could appoint it.")
    @APIResponse(responseCode = "200", description = "Ended; the account as it now stands")
    @APIResponse(responseCode = "403", description = "Outside the caller's area")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountView endAppointment(@PathParam("id") UUID id) {
        return AccountView.of(service.endAppointment(id));
    }

    @GET
    @Authenticated
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "List the accounts the caller may see", description = "Admin and ministry all; a province "
            + "admin its province's; a commune officer its commune's (with producers' accounts there); a producer "
            + "its producer's.")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    @APIResponse(responseCode = "403", description = "No account list for this role")
    public Page<AccountView> list(@QueryParam("role") @Pattern(regexp = "[a-z-]{2,32}",
            message = "must be a role name") String role, @Valid @BeanParam PageRequest paging) {
        return service.list(role, paging.page, paging.size).map(AccountView::of);
    }

    @POST
    @Path("/organisations")
    @Authenticated
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Register a value-chain organisation", description = "A signed-up account without a role "
            + "registers its organisation as processor, distributor or retailer: the account gets the role and a new "
            + "organisation_id (sign in again to carry them). Producers then grant it lots or products.")
    @APIResponse(responseCode = "201", description = "Registered; the account with its organisation")
    @APIResponse(responseCode = "409", description = "account-has-role")
    public Response registerOrganisation(@NotNull @Valid OrganisationBody body, @Context UriInfo uri) {
        Account account = service.registerOrganisation(body.name(), body.role());
        return Response.created(uri.getBaseUriBuilder().path("accounts").path(account.id.toString()).build())
                .entity(AccountView.of(account)).build();
    }
}
