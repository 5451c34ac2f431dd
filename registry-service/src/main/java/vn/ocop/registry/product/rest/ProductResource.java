package vn.ocop.registry.product.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.certificate.rest.CertificateView;
import vn.ocop.registry.certificate.service.CertificateService;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageRequest;
import vn.ocop.contract.Roles;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.service.ProductService;

import java.util.List;
import java.util.UUID;

/** HTTP API of products: register, read, search (by place, group, stars, name) and update. */
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Products in the 148/QĐ-TTg group tree with their current stars")
public class ProductResource {

    private final ProductService service;
    private final CertificateService certificates;
    private final ProductViewMapper mapper;

    public ProductResource(ProductService service, CertificateService certificates, ProductViewMapper mapper) {
        this.service = service;
        this.certificates = certificates;
        this.mapper = mapper;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COMMUNE_OFFICER, Roles.PRODUCER})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Register a product", description = "A producer registers its own products; a commune "
            + "officer those of producers in its commune.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new product")
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a wrong GTIN check digit")
    @APIResponse(responseCode = "409", description = "GTIN already used")
    public Response register(@NotNull @Valid ProductRequest request, @Context UriInfo uri) {
        Product product = service.register(request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(product.id.toString()).build())
                .entity(mapper.view(product)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a product with its current certificate")
    @APIResponse(responseCode = "404", description = "No such product")
    public ProductView get(@PathParam("id") UUID id) {
        return mapper.view(service.get(id));
    }

    @GET
    @Path("/{id}/certificates")
    @Operation(summary = "List a product's certificates, newest first")
    public List<CertificateView> certificates(@PathParam("id") UUID id) {
        return certificates.ofProduct(id).stream().map(c -> CertificateView.of(c, certificates.today())).toList();
    }

    @GET
    @Operation(summary = "Search products", description = "Filters combine; q matches the name without regard to "
            + "diacritics (\"cao ngua bach\" finds \"Cao ngựa bạch\"); stars matches a certificate valid today.")
    public Page<ProductView> list(@QueryParam("q") @Parameter(description = "Name contains (diacritics-insensitive)") String q,
                                  @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
                                  @QueryParam("commune") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String commune,
                                  @QueryParam("group") String group,
                                  @QueryParam("stars") @Min(value = 1, message = "must be between 1 and 5")
                                  @Max(value = 5, message = "must be between 1 and 5") Integer stars,
                                  @Valid @BeanParam PageRequest paging) {
        return mapper.views(service.list(q, province, commune, group, stars, paging.page, paging.size));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMMUNE_OFFICER, Roles.PRODUCER})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Update a product", description = "While the product holds a valid certificate, the facts "
            + "the certificate vouches for (name, GTIN, group, producer) cannot change (409 certified-product-locked "
            + "naming the certificate); the description may. A renamed or regrouped product needs a new dossier "
            + "(register it as a new product), or the certificate must be revoked first.")
    @APIResponse(responseCode = "404", description = "No such product")
    @APIResponse(responseCode = "409", description = "Concurrent change, GTIN already used, or a certified fact "
            + "changed while the certificate is valid (certified-product-locked)")
    public ProductView update(@PathParam("id") UUID id, @NotNull @Valid ProductRequest request) {
        return mapper.view(service.update(id, request.toCommand()));
    }
}
