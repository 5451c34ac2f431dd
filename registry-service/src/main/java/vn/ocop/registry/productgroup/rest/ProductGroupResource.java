package vn.ocop.registry.productgroup.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.productgroup.repository.ProductGroupRepository;

import java.util.List;

/** Read-only API of the product group tree of Decision 148/QĐ-TTg. */
@Path("/product-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Product groups", description = "The 148/QĐ-TTg product tree")
public class ProductGroupResource {

    private final ProductGroupRepository groups;

    public ProductGroupResource(ProductGroupRepository groups) {
        this.groups = groups;
    }

    /** A product group as the API shows it. */
    public record ProductGroupView(String code, String parentCode, String name, String nameEn) {
    }

    @GET
    @Transactional
    @Operation(summary = "List the product groups")
    public List<ProductGroupView> list() {
        return groups.ordered().stream().map(g -> new ProductGroupView(g.code, g.parentCode, g.name, g.nameEn)).toList();
    }
}
