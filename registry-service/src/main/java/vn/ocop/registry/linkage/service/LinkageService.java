package vn.ocop.registry.linkage.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.contract.CloudEvent;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ValueChainLinkData;
import vn.ocop.platform.messaging.CloudEventReader;
import vn.ocop.platform.messaging.InvalidEvent;
import vn.ocop.registry.linkage.LinkageContract;
import vn.ocop.registry.linkage.repository.LinkageContractRepository;
import vn.ocop.registry.linkage.repository.ValueChainLinkRepository;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.service.ProductService;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Owns the value-chain linkage of products: contracts declared through the API, and lots the traceability service
 * reports as linked ({@code value-chain.linked} events), each event applied exactly once.
 */
@ApplicationScoped
public class LinkageService {

    /** Outcome of applying one traceability event. */
    public enum Outcome { APPLIED, DUPLICATE }

    private final LinkageContractRepository contracts;
    private final ValueChainLinkRepository links;
    private final ProductService products;
    private final CallerProvider caller;
    private final ObjectMapper mapper;
    private final Clock clock;

    public LinkageService(LinkageContractRepository contracts, ValueChainLinkRepository links, ProductService products,
                          CallerProvider caller, ObjectMapper mapper, Clock clock) {
        this.contracts = contracts;
        this.links = links;
        this.products = products;
        this.caller = caller;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public LinkageContract declare(UUID productId, LinkageContractCommand command) {
        Product product = authorized(productId);
        if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
            throw DomainException.invalid("validTo", "must not be before validFrom");
        }
        LinkageContract contract = new LinkageContract();
        contract.id = UUID.randomUUID();
        contract.productId = product.id;
        contract.partnerName = TextSearch.clean(command.partnerName());
        contract.role = command.role();
        contract.validFrom = command.validFrom();
        contract.validTo = command.validTo();
        contract.createdAt = OffsetDateTime.now(clock);
        contract.updatedAt = contract.createdAt;
        contracts.persist(contract);
        contracts.flush();
        return contract;
    }

    @Transactional
    public Page<LinkageContract> contracts(UUID productId, int page, int size) {
        authorized(productId);
        return Page.of(contracts.ofProduct(productId), page, size);
    }

    /** Lots of the product reported as linked by the traceability service. */
    @Transactional
    public long linkedLots(UUID productId) {
        products.get(productId);
        return links.linkedLots(productId);
    }

    /** Parses a structured-mode CloudEvent of the traceability topic; {@link InvalidEvent} says why it is unusable. */
    public ParsedEvent parse(String payload) {
        CloudEvent event = CloudEventReader.envelope(mapper, payload);
        if (!EventTypes.VALUE_CHAIN_LINKED.equals(event.type())) {
            throw new InvalidEvent("unknown event type " + event.type());
        }
        ValueChainLinkData data = CloudEventReader.data(mapper, event, ValueChainLinkData.class);
        if (data.productId() == null || data.lotId() == null || data.linkedAt() == null) {
            throw new InvalidEvent("event " + event.id() + ": productId, lotId and linkedAt are required");
        }
        if (data.parties() == null || data.parties().stream().distinct().count() < 2) {
            throw new InvalidEvent("event " + event.id() + ": a linked chain has at least two distinct parties");
        }
        return new ParsedEvent(event.id(), event.type(), data);
    }

    /** A usable traceability event. */
    public record ParsedEvent(String id, String type, ValueChainLinkData data) {
    }

    /** Records the linked lot and logs the event id in one transaction; an id seen before changes nothing. */
    @Transactional
    public Outcome apply(ParsedEvent event) {
        if (!links.markProcessed(event.id(), event.type(), OffsetDateTime.now(clock))) {
            return Outcome.DUPLICATE;
        }
        ValueChainLinkData d = event.data();
        if (!links.productExists(d.productId())) {
            throw new InvalidEvent("event " + event.id() + ": product " + d.productId() + " is not in the registry");
        }
        links.link(d.productId(), d.lotId(), d.lotCode(), String.join(", ", d.parties().stream().distinct().toList()),
                d.linkedAt(), event.id());
        return Outcome.APPLIED;
    }

    private Product authorized(UUID productId) {
        Product product = products.get(productId);
        if (!caller.current().isNational()) {
            caller.current().requireProducer(product.producer.id, product.producer.commune.code,
                    product.producer.commune.province.code);
        }
        return product;
    }
}
