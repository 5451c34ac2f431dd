package vn.ocop.traceability.lot.service;

import vn.ocop.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.ocop.contract.DigitalLinks;
import vn.ocop.contract.Gtin;
import vn.ocop.traceability.lot.Lot;
import vn.ocop.traceability.lot.repository.LotRepository;
import vn.ocop.traceability.platform.config.ResolverConfig;
import vn.ocop.traceability.platform.events.RecordsChanged;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.security.Caller;
import vn.ocop.traceability.trace.CertificateStatus;
import vn.ocop.traceability.trace.service.ProductFactsService;
import vn.ocop.traceability.trace.service.ProductFactsService.ProductFacts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Owns lots: only the producer of a certified product (or an admin) opens one; a lot's code is unique per product.
 * Also hands the EPCIS feature the lot row it appends events to, locked.
 */
@ApplicationScoped
public class LotService {

    /** A lot with the product facts its events need. */
    public record LotContext(Lot lot, ProductFacts product, String digitalLink) {
    }

    private final LotRepository lots;
    private final Event<RecordsChanged> changed;
    private final ProductFactsService facts;
    private final GrowingAreaService areas;
    private final ResolverConfig resolver;
    private final Clock clock;
    private final PartyGrantService grants;

    public LotService(LotRepository lots, Event<RecordsChanged> changed, ProductFactsService facts,
                      GrowingAreaService areas, ResolverConfig resolver, Clock clock, PartyGrantService grants) {
        this.lots = lots;
        this.changed = changed;
        this.facts = facts;
        this.areas = areas;
        this.resolver = resolver;
        this.clock = clock;
        this.grants = grants;
    }

    @Transactional
    public LotDetails create(UUID productId, LotCommand command, Caller caller) {
        ProductFacts product = facts.product(productId).orElseThrow(() -> DomainException.notFound("No product " + productId));
        if (!caller.actsFor(product.producerId())) {
            throw DomainException.forbidden("Only the product's producer may open lots of it");
        }
        CertificateStatus status = facts.newestCertificate(productId).map(c -> c.status()).orElse(null);
        if (status == null || !status.showsStars()) {
            throw DomainException.unprocessable("product-not-certified", "Lots can only be opened for a product whose newest "
                    + "OCOP certificate is valid today; it is " + (status == null ? "not certified" : status));
        }
        if (product.gtin() == null || Gtin.toGtin14(product.gtin()).isEmpty()) {
            throw DomainException.unprocessable("product-without-gtin",
                    "The product has no GTIN: its lots could not carry a GS1 Digital Link");
        }
        if (command.expiryDate() != null && command.expiryDate().isBefore(command.productionDate())) {
            throw DomainException.ruleViolationOn("validation", "expiryDate", "must not be before the production date");
        }
        if (command.growingAreaId() != null) {
            areas.ofProducer(command.growingAreaId(), product.producerId());
        }
        if (lots.existsByCode(productId, command.lotCode())) {
            throw DomainException.conflictOn("duplicate-lot", "lotCode",
                    "the product already has a lot " + command.lotCode());
        }
        Lot lot = new Lot();
        lot.id = UUID.randomUUID();
        lot.productId = productId;
        lot.lotCode = command.lotCode();
        lot.productionDate = command.productionDate();
        lot.expiryDate = command.expiryDate();
        lot.quantity = command.quantity();
        lot.unit = java.text.Normalizer.normalize(command.unit().strip(), java.text.Normalizer.Form.NFC);
        lot.growingAreaId = command.growingAreaId();
        lot.createdBy = caller.subject();
        lot.createdAt = OffsetDateTime.now(clock);
        lots.persist(lot);
        lots.flush();
        changed.fire(new RecordsChanged("lot " + lot.id));   // a scan may have found no such lot a moment ago
        return details(lot, product);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LotDetails get(UUID lotId) {
        Lot lot = lots.findByIdOptional(lotId).orElseThrow(() -> DomainException.notFound("No lot " + lotId));
        return details(lot, facts.product(lot.productId).orElseThrow());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LotDetails> list(UUID productId, int page, int size) {
        ProductFacts product = facts.product(productId).orElseThrow(() -> DomainException.notFound("No product " + productId));
        var query = lots.byProduct(productId).page(page, size);
        return new Page<>(query.list().stream().map(l -> details(l, product)).toList(), page, size, query.count());
    }

    /** The lot and its product, without locking; a 404 if unknown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LotContext context(UUID lotId) {
        Lot lot = lots.findByIdOptional(lotId).orElseThrow(() -> DomainException.notFound("No lot " + lotId));
        return context(lot);
    }

    /** The lot row, if any (readers such as the scan page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Lot> find(UUID lotId) {
        return lots.findByIdOptional(lotId);
    }

    /** The lot row of {@code productId} with this code, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Lot> find(UUID productId, String lotCode) {
        return lots.findByCode(productId, lotCode);
    }

    /** The lot of {@code productId} with this code, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LotContext> byCode(ProductFacts product, String lotCode) {
        return lots.findByCode(product.id(), lotCode).map(l -> new LotContext(l, product, link(product, l)));
    }

    /** The lot row locked for the rest of the transaction, so appends to its chain serialise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Lot lockForAppend(UUID lotId) {
        return lots.lockById(lotId).orElseThrow(() -> DomainException.notFound("No lot " + lotId));
    }

    private LotContext context(Lot lot) {
        ProductFacts product = facts.product(lot.productId).orElseThrow();
        return new LotContext(lot, product, link(product, lot));
    }

    private String link(ProductFacts product, Lot lot) {
        return new DigitalLinks(resolver.baseUrl()).lot(product.gtin(), lot.lotCode);
    }

    private LotDetails details(Lot lot, ProductFacts product) {
        return new LotDetails(lot.id, lot.productId, product.name(), Gtin.toGtin14(product.gtin()).orElse(null),
                lot.lotCode, lot.productionDate, lot.expiryDate, lot.quantity, lot.unit, lot.growingAreaId,
                link(product, lot), lot.eventCount, lot.createdBy, lot.createdAt,
                grants.inForceOnLot(lot.id, lot.productId));
    }
}
