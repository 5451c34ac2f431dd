package vn.ocop.traceability.lot.service;

import vn.ocop.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.lot.service.LotService.LotContext;
import vn.ocop.platform.security.Caller;
import vn.ocop.traceability.trace.service.ProductFactsService;
import vn.ocop.traceability.trace.service.ProductFactsService.ProducerFacts;

import java.util.Optional;

/**
 * Who may record what on a lot. A lot belongs to its producer: the producer's token (or an admin) records its steps;
 * another organisation (processor, distributor, retailer, partner) records value-chain steps only while the producer's
 * grant on the lot or its product is in force; inspections come only from the commune officer of the lot's commune,
 * the province admin of its province, or the ministry. The answer also says which value-chain party the write counts
 * for in the lot's linkage (the producer, also when an admin acts for it, or a granted organisation; nobody for officers).
 */
@ApplicationScoped
public class LotWriteRights {

    /** What a write is. */
    public enum Kind {
        /** A step only the producer records (harvest: commissioning of the lot). */
        PRODUCER_STEP,
        /** A value-chain step the producer or a granted party records. */
        CHAIN_STEP,
        /** An inspection by an officer whose scope covers the lot. */
        INSPECTION
    }

    /** The party a permitted write counts for in the lot's linkage; null when it counts for no party. */
    public record Permit(String linkParty) {
    }

    private final PartyGrantService grants;
    private final ProductFactsService facts;

    public LotWriteRights(PartyGrantService grants, ProductFactsService facts) {
        this.grants = grants;
        this.facts = facts;
    }

    /** The permit of {@code caller} for a {@code kind} write on {@code lot}; empty when refused. */
    public Optional<Permit> permit(Caller caller, LotContext lot, Kind kind) {
        if (kind == Kind.INSPECTION) {
            Optional<ProducerFacts> producer = facts.producer(lot.product().producerId());
            boolean covers = producer.isPresent()
                    && caller.officerCovers(producer.get().communeCode(), producer.get().provinceCode());
            return covers ? Optional.of(new Permit(null)) : Optional.empty();
        }
        if (caller.actsFor(lot.product().producerId())) {
            return Optional.of(new Permit(producerParty(lot)));   // an admin acts for the producer
        }
        if (kind == Kind.CHAIN_STEP && caller.isParty()
                && grants.inForceFor(lot.lot().id, lot.product().id(), caller.organisationId()).isPresent()) {
            return Optional.of(new Permit("organisation:" + caller.organisationId()));
        }
        return Optional.empty();
    }

    /** Like {@link #permit} but refusing with 403 and the rule that applies. */
    public Permit require(Caller caller, LotContext lot, Kind kind) {
        return permit(caller, lot, kind).orElseThrow(() -> DomainException.forbidden(refusal(kind)));
    }

    /** Why a {@code kind} write is refused. */
    public static String refusal(Kind kind) {
        return switch (kind) {
            case INSPECTION -> "Inspections are recorded only by the commune officer of the lot's commune, the "
                    + "province admin of its province or the ministry";
            case PRODUCER_STEP -> "Only the lot's producer records this step";
            case CHAIN_STEP -> "Only the lot's producer, or an organisation it granted on the lot or its product, "
                    + "records events on this lot";
        };
    }

    private static String producerParty(LotContext lot) {
        return "producer:" + lot.product().producerId();
    }
}
