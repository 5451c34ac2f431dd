package vn.ocop.registry.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProducerData;
import vn.ocop.contract.ProductData;
import vn.ocop.registry.catalog.CatalogChange;
import vn.ocop.registry.catalog.CatalogChange.Kind;
import vn.ocop.registry.catalog.CatalogChange.Reason;
import vn.ocop.registry.catalog.repository.CatalogChangeRepository;
import vn.ocop.registry.outbox.RegistryFact;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.repository.ProductRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Turns registry facts into catalog changes in the same transaction: certificate issued/renewed/upgraded → upsert;
 * revoked, expired, downgraded below 3★ → removal with the reason; product or producer updated → upsert of the
 * products concerned. A transaction's changes are written as it commits, in one statement under a transaction-scoped
 * advisory lock ({@link CatalogChangeRepository#append}), so sequence numbers commit in order and a sync cursor
 * never skips a change committed late.
 */
@ApplicationScoped
public class CatalogChangeWriter {

    private final CatalogChangeRepository changes;
    private final ProductRepository products;
    private final Clock clock;

    public CatalogChangeWriter(CatalogChangeRepository changes, ProductRepository products, Clock clock) {
        this.changes = changes;
        this.products = products;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onFact(@Observes RegistryFact fact) {
        if (fact.data() instanceof CertificateData c) {
            switch (fact.type()) {
                case EventTypes.CERTIFICATE_ISSUED, EventTypes.CERTIFICATE_RENEWED, EventTypes.CERTIFICATE_UPGRADED ->
                        write(List.of(c.productId()), Kind.UPSERT, null);
                case EventTypes.CERTIFICATE_DOWNGRADED -> write(List.of(c.productId()),
                        c.stars() >= 3 && "VALID".equals(c.status()) ? Kind.UPSERT : Kind.REMOVED,
                        c.stars() >= 3 && "VALID".equals(c.status()) ? null : Reason.DOWNGRADED);
                case EventTypes.CERTIFICATE_REVOKED -> write(List.of(c.productId()), Kind.REMOVED, Reason.REVOKED);
                case EventTypes.CERTIFICATE_EXPIRED -> write(List.of(c.productId()), Kind.REMOVED, Reason.EXPIRED);
                default -> {
                }
            }
        } else if (fact.data() instanceof ProductData p && EventTypes.PRODUCT_UPDATED.equals(fact.type())) {
            write(List.of(p.productId()), Kind.UPSERT, null);
        } else if (fact.data() instanceof ProducerData p && EventTypes.PRODUCER_UPDATED.equals(fact.type())) {
            write(products.idsOfProducer(p.producerId()), Kind.UPSERT, null);
        }
    }

    private void write(List<UUID> productIds, Kind kind, Reason reason) {
        if (productIds.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (UUID productId : productIds) {
            Product product = products.findById(productId);
            CatalogChange change = new CatalogChange();
            change.productId = productId;
            change.provinceCode = product.producer.commune.province.code;
            change.kind = kind;
            change.reason = reason;
            change.at = now;
            changes.append(change);
        }
    }
}
