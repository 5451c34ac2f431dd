package vn.ocop.traceability.lot.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.lot.service.LotService;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;

import java.net.URI;
import java.util.UUID;

/** The lots of one certified product: opened by its producer, listed for anyone (lots are printed on packages). */
@Path("/products/{productId}/lots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lots")
public class ProductLotResource {

    private final LotService lots;
    private final CallerProvider caller;

    public ProductLotResource(LotService lots, CallerProvider caller) {
        this.lots = lots;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Open a lot of a certified product (422 product-not-certified otherwise)")
    public Response create(@PathParam("productId") UUID productId, @Valid @NotNull LotRequest request) {
        LotView view = LotView.of(lots.create(productId, request.toCommand(), caller.current()));
        return Response.created(URI.create("/lots/" + view.id())).entity(view).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Lots of a product, newest first")
    public Page<LotView> list(@PathParam("productId") UUID productId,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                  @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1)
                                  @Max(Page.MAX_SIZE) int size) {
        return lots.list(productId, page, size).map(LotView::of);
    }
}
