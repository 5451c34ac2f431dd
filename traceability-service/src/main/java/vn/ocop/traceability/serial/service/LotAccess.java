package vn.ocop.traceability.serial.service;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ocop.traceability.lot.service.LotService;
import vn.ocop.traceability.platform.problem.NotFound;
import vn.ocop.traceability.trace.Product;
import vn.ocop.traceability.trace.repository.ProductRepository;

import java.util.UUID;

/**
 * Finds the lot or product a serial request is about and refuses callers other than its producer (role
 * {@code producer} with a matching {@code producer_id} claim) and admins: 404 for an unknown lot, 403 for another
 * producer's lot.
 */
@ApplicationScoped
public class LotAccess {

    public static final String ADMIN = "admin";
    public static final String PRODUCER = "producer";

    /** A lot with the product facts its serial URIs need. */
    public record LotOfProduct(UUID lotId, String lotCode, UUID productId, String productName, String gtin,
                               UUID producerId) {
    }

    @Inject
    SecurityIdentity identity;
    @Inject
    LotService lots;
    @Inject
    ProductRepository products;

    /** The lot, if it exists and the caller may manage it. Must run inside a transaction. */
    public LotOfProduct lotOfCaller(UUID lotId) {
        LotService.LotContext context = lots.context(lotId);
        Product product = productOfCaller(context.lot().productId);
        return new LotOfProduct(context.lot().id, context.lot().lotCode, product.id, product.name, product.gtin,
                product.producerId);
    }

    /** The product, if it exists and the caller may see its serials. */
    public Product productOfCaller(UUID productId) {
        Product product = products.findByIdOptional(productId)
                .orElseThrow(() -> new NotFound("No product " + productId));
        requireProducerOrAdmin(product.producerId);
        return product;
    }

    /** The caller's name, recorded on what it creates. */
    public String actor() {
        return identity.getPrincipal().getName();
    }

    private void requireProducerOrAdmin(UUID producerId) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (identity.hasRole(ADMIN)) {
            return;
        }
        if (identity.hasRole(PRODUCER) && identity.getPrincipal() instanceof JsonWebToken jwt
                && producerId.toString().equals(claim(jwt, "producer_id"))) {
            return;
        }
        throw new ForbiddenException("only the product's producer or an admin");
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
