package vn.ocop.registry.producer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProducerData;
import vn.ocop.registry.adminunit.service.AdminUnitService;
import vn.ocop.registry.outbox.RegistryFact;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.producer.ProducerType;
import vn.ocop.registry.producer.repository.ProducerRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Owns producer registration and changes; each change publishes a producer event through the outbox. */
@ApplicationScoped
public class ProducerService {

    private final ProducerRepository producers;
    private final AdminUnitService adminUnits;
    private final Event<RegistryFact> facts;
    private final Clock clock;
    private final CallerProvider caller;

    public ProducerService(ProducerRepository producers, AdminUnitService adminUnits, Event<RegistryFact> facts,
                           Clock clock, CallerProvider caller) {
        this.producers = producers;
        this.adminUnits = adminUnits;
        this.facts = facts;
        this.clock = clock;
        this.caller = caller;
    }

    @Transactional
    public Producer register(ProducerCommand command) {
        Producer producer = new Producer();
        producer.id = UUID.randomUUID();
        producer.createdAt = OffsetDateTime.now(clock);
        apply(producer, command);
        producers.persist(producer);
        producers.flush();
        facts.fire(new RegistryFact(EventTypes.PRODUCER_REGISTERED, producer.id, data(producer)));
        return producer;
    }

    @Transactional
    public Producer update(UUID id, ProducerCommand command) {
        Producer producer = get(id);
        caller.current().requireLocation(producer.commune.code, producer.commune.province.code);
        apply(producer, command);
        producers.flush();
        facts.fire(new RegistryFact(EventTypes.PRODUCER_UPDATED, producer.id, data(producer)));
        return producer;
    }

    @Transactional
    public Producer get(UUID id) {
        return producers.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Producer", id));
    }

    @Transactional
    public Page<Producer> list(String q, String province, String commune, ProducerType type, int page, int size) {
        return Page.of(producers.search(q, province, commune, type), page, size);
    }

    /**
     * The event snapshot of a producer, also embedded in product events: what a consumer shows the public, so never the
     * tax code or contact details (the field stays in the contract, always null).
     */
    public static ProducerData data(Producer p) {
        return new ProducerData(p.id, p.name, p.type.name(), null, p.commune.code, p.commune.fullName,
                p.commune.province.code, p.commune.province.fullName, p.address, p.workers, p.version);
    }

    private void apply(Producer producer, ProducerCommand command) {
        String taxCode = command.taxCode() == null || command.taxCode().isBlank() ? null : command.taxCode().strip();
        if (taxCode != null) {
            producers.byTaxCode(taxCode).filter(other -> !other.id.equals(producer.id)).ifPresent(other -> {
                throw DomainException.conflict("duplicate-tax-code", "Another producer has this tax code",
                        new FieldError("taxCode", "is already registered to producer " + other.id));
            });
        }
        producer.name = TextSearch.clean(command.name());
        producer.searchName = TextSearch.key(producer.name);
        producer.type = command.type();
        producer.taxCode = taxCode;
        producer.commune = adminUnits.requireCommune(command.communeCode(), "communeCode");
        caller.current().requireLocation(producer.commune.code, producer.commune.province.code);
        producer.address = TextSearch.clean(command.address());
        producer.contactName = TextSearch.clean(command.contactName());
        producer.phone = command.phone();
        producer.email = command.email();
        producer.workers = command.workers();
        producer.updatedAt = OffsetDateTime.now(clock);
    }
}
