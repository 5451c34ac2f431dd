package vn.ocop.traceability.epcis.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.platform.security.Caller;
import vn.ocop.contract.Roles;
import vn.ocop.traceability.trace.service.ProductFactsService;

/** The display name recorded with an event ({@code ocop:partyName}): the producer's name, else the token's name. */
@ApplicationScoped
public class PartyNames {

    private final ProductFactsService facts;

    public PartyNames(ProductFactsService facts) {
        this.facts = facts;
    }

    public String of(Caller caller) {
        if (caller.has(Roles.PRODUCER) && caller.producerId() != null) {
            var producer = facts.producer(caller.producerId());
            if (producer.isPresent()) {
                return producer.get().name();
            }
        }
        return caller.name() != null ? caller.name() : caller.subject();
    }
}
