package vn.ocop.traceability.lot.service;

import vn.ocop.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.traceability.lot.Lot;
import vn.ocop.traceability.lot.PartyGrant;
import vn.ocop.traceability.lot.PartyGrant.ChainRole;
import vn.ocop.traceability.lot.repository.LotRepository;
import vn.ocop.traceability.lot.repository.PartyGrantRepository;
import vn.ocop.platform.security.Caller;
import vn.ocop.traceability.trace.service.ProductFactsService;
import vn.ocop.traceability.trace.service.ProductFactsService.ProducerFacts;
import vn.ocop.traceability.trace.service.ProductFactsService.ProductFacts;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Owns party grants: the producer of a lot (or an admin) grants another organisation the right to record value-chain
 * events on one lot or on every lot of a product, lists and revokes them. Officers whose scope covers the producer
 * may read them.
 */
@ApplicationScoped
public class PartyGrantService {

    /** A grant in force, as the other layers see it. */
    public record Grant(UUID id, UUID productId, UUID lotId, String organisationId, String organisationName,
                        ChainRole chainRole, OffsetDateTime grantedAt) {

        static Grant of(PartyGrant g) {
            return new Grant(g.id, g.productId, g.lotId, g.organisationId, g.organisationName, g.chainRole,
                    g.grantedAt);
        }
    }

    private final PartyGrantRepository grants;
    private final LotRepository lots;
    private final ProductFactsService facts;
    private final Clock clock;

    public PartyGrantService(PartyGrantRepository grants, LotRepository lots, ProductFactsService facts,
                             Clock clock) {
        this.grants = grants;
        this.lots = lots;
        this.facts = facts;
        this.clock = clock;
    }

    /** Grants {@code organisationId} on one lot ({@code lotId}) or on the product ({@code lotId} null). */
    @Transactional
    public Grant grant(UUID productId, UUID lotId, String organisationId, String organisationName,
                       ChainRole role, Caller caller) {
        ProductFacts product = manageable(productId, caller);
        String organisation = organisationId.strip();
        if (grants.existsInForce(product.id(), lotId, organisation)) {
            throw DomainException.conflictOn("duplicate-grant", "organisationId",
                    "the organisation already holds a grant in force here");
        }
        PartyGrant grant = new PartyGrant();
        grant.id = UUID.randomUUID();
        grant.productId = product.id();
        grant.lotId = lotId;
        grant.organisationId = organisation;
        grant.organisationName = Normalizer.normalize(organisationName.strip(), Normalizer.Form.NFC);
        grant.chainRole = role;
        grant.grantedBy = caller.subject();
        grant.grantedAt = OffsetDateTime.now(clock);
        grants.persist(grant);
        return Grant.of(grant);
    }

    /** Grants on a lot: {@code lotId}'s product and the lot, resolved; a 404 for an unknown lot. */
    @Transactional
    public Grant grantOnLot(UUID lotId, String organisationId, String organisationName, ChainRole role,
                            Caller caller) {
        return grant(lot(lotId).productId, lotId, organisationId, organisationName, role, caller);
    }

    /** Grants in force on the lot and on its product. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Grant> onLot(UUID lotId, Caller caller) {
        Lot lot = lot(lotId);
        readable(lot.productId, caller);
        return inForceOnLot(lot.id, lot.productId);
    }

    /** Grants in force on the whole product. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Grant> onProduct(UUID productId, Caller caller) {
        readable(productId, caller);
        return grants.inForceOnProduct(productId).stream().map(Grant::of).toList();
    }

    /** Revokes a grant in force of the lot (or, {@code lotId} null, of the product). */
    @Transactional
    public void revoke(UUID productId, UUID lotId, UUID grantId, Caller caller) {
        UUID product = productId != null ? productId : lot(lotId).productId;
        manageable(product, caller);
        PartyGrant grant = grants.findByIdOptional(grantId)
                .filter(g -> g.revokedAt == null && g.productId.equals(product)
                        && (lotId == null ? g.lotId == null : lotId.equals(g.lotId)))
                .orElseThrow(() -> DomainException.notFound("No grant in force " + grantId + " here"));
        grant.revokedAt = OffsetDateTime.now(clock);
        grant.revokedBy = caller.subject();
    }

    /** Grants in force on a lot, for the lot's public view (no caller check: the lot view is public). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Grant> inForceOnLot(UUID lotId, UUID productId) {
        return grants.inForceOnLot(lotId, productId).stream().map(Grant::of).toList();
    }

    /** The organisation's grant in force on the lot or its product. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Grant> inForceFor(UUID lotId, UUID productId, String organisationId) {
        return grants.inForceFor(lotId, productId, organisationId).map(Grant::of);
    }

    private Lot lot(UUID lotId) {
        return lots.findByIdOptional(lotId).orElseThrow(() -> DomainException.notFound("No lot " + lotId));
    }

    private ProductFacts manageable(UUID productId, Caller caller) {
        ProductFacts product = facts.product(productId).orElseThrow(() -> DomainException.notFound("No product " + productId));
        if (!caller.actsFor(product.producerId())) {
            throw DomainException.forbidden("Only the product's producer may grant or revoke value-chain rights on it");
        }
        return product;
    }

    private void readable(UUID productId, Caller caller) {
        ProductFacts product = facts.product(productId).orElseThrow(() -> DomainException.notFound("No product " + productId));
        if (caller.actsFor(product.producerId())) {
            return;
        }
        Optional<ProducerFacts> producer = facts.producer(product.producerId());
        if (producer.isEmpty() || !caller.officerCovers(producer.get().communeCode(),
                producer.get().provinceCode())) {
            throw DomainException.forbidden("Only the producer and officers whose scope covers it may list its grants");
        }
    }
}
