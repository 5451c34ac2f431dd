package vn.ocop.traceability.serial.service;

import vn.ocop.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.lot.service.LotService;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.traceability.trace.Product;
import vn.ocop.traceability.trace.repository.ProductRepository;

import java.util.UUID;

/**
 * Finds the lot or product a serial request is about and refuses callers other than its producer and admins (the
 * shared {@code Caller.actsFor} rule): 404 for an unknown lot, 403 for another producer's lot. Anonymous callers never
 * get here: the endpoints require a producer or admin token.
 */
@ApplicationScoped
public class LotAccess {

    /** A lot with the product facts its serial URIs need. */
    public record LotOfProduct(UUID lotId, String lotCode, UUID productId, String productName, String gtin,
                               UUID producerId) {
    }

    private final CallerProvider caller;
    private final LotService lots;
    private final ProductRepository products;

    public LotAccess(CallerProvider caller, LotService lots, ProductRepository products) {
        this.caller = caller;
        this.lots = lots;
        this.products = products;
    }

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
                .orElseThrow(() -> DomainException.notFound("No product " + productId));
        if (!caller.current().actsFor(product.producerId)) {
            throw DomainException.forbidden("Only the product's producer or an admin may manage its serials");
        }
        return product;
    }

    /** The caller's name, recorded on what it creates. */
    public String actor() {
        return caller.current().subject();
    }
}
