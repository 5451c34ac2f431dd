package vn.ocop.registry.product.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.Gtin;
import vn.ocop.contract.ImageData;
import vn.ocop.contract.ProductData;
import vn.ocop.registry.media.OwnerType;
import vn.ocop.registry.media.read.ImageCatalog;
import vn.ocop.registry.outbox.RegistryFact;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.producer.service.ProducerService;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.repository.ProductRepository;
import vn.ocop.registry.productgroup.ProductGroup;
import vn.ocop.registry.productgroup.repository.ProductGroupRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Owns product registration and changes; each change publishes a product event through the outbox. */
@ApplicationScoped
public class ProductService {

    private final ProductRepository products;
    private final ProductGroupRepository groups;
    private final ProducerService producers;
    private final CallerProvider caller;
    private final Event<RegistryFact> facts;
    private final Clock clock;
    private final CertifiedFacts certified;
    private final ImageCatalog images;

    public ProductService(ProductRepository products, ProductGroupRepository groups, ProducerService producers,
                          CallerProvider caller, Event<RegistryFact> facts, Clock clock, CertifiedFacts certified,
                          ImageCatalog images) {
        this.certified = certified;
        this.products = products;
        this.groups = groups;
        this.producers = producers;
        this.caller = caller;
        this.facts = facts;
        this.clock = clock;
        this.images = images;
    }

    @Transactional
    public Product register(ProductCommand command) {
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.createdAt = OffsetDateTime.now(clock);
        apply(product, command);
        products.persist(product);
        products.flush();
        // a product just registered has no images yet: its payload needs no image read
        facts.fire(new RegistryFact(EventTypes.PRODUCT_REGISTERED, product.id, data(product, List.of())));
        return product;
    }

    @Transactional
    public Product update(UUID id, ProductCommand command) {
        Product product = get(id);
        authorize(product.producer);
        String gtinBefore = product.gtin;
        String nameBefore = product.name;
        String groupBefore = product.group.code;
        UUID producerBefore = product.producer.id;
        apply(product, command);
        List<FieldError> frozen = new ArrayList<>();
        if (!Objects.equals(nameBefore, product.name)) {
            frozen.add(new FieldError("name", "is certified and cannot change"));
        }
        if (!Objects.equals(gtinBefore, product.gtin)) {
            frozen.add(new FieldError("gtin", "is certified and cannot change"));
        }
        if (!Objects.equals(groupBefore, product.group.code)) {
            frozen.add(new FieldError("groupCode", "is certified and cannot change"));
        }
        if (!Objects.equals(producerBefore, product.producer.id)) {
            frozen.add(new FieldError("producerId", "is certified and cannot change"));
        }
        if (!frozen.isEmpty()) {
            certified.validCertificateOf(product.id).ifPresent(c -> {
                throw DomainException.conflict("certified-product-locked", "Certificate " + c.number() + " ("
                        + c.certificateId() + ") vouches for this product's name, GTIN, group and producer; they "
                        + "cannot change while it is valid. A new product goes through a new dossier, or the "
                        + "certificate is revoked first", frozen.toArray(FieldError[]::new));
            });
        }
        products.flush();
        facts.fire(new RegistryFact(EventTypes.PRODUCT_UPDATED, product.id, data(product)));
        return product;
    }

    @Transactional
    public Product get(UUID id) {
        return products.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Product", id));
    }

    @Transactional
    public Page<Product> list(String q, String province, String commune, String group, Integer stars, int page,
                              int size) {
        return Page.of(products.search(q, province, commune, group, stars, LocalDate.now(clock)), page, size);
    }

    /** Publishes the product again after its images changed (its version goes up; catalog and scan page follow). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void imagesChanged(Product product) {
        product.updatedAt = OffsetDateTime.now(clock);
        products.flush();
        facts.fire(new RegistryFact(EventTypes.PRODUCT_UPDATED, product.id, data(product)));
    }

    /** The event payload of a product, with its images in display order. */
    public ProductData data(Product p) {
        return data(p, images.of(OwnerType.PRODUCT, p.id));
    }

    private static ProductData data(Product p, List<ImageData> images) {
        return new ProductData(p.id, p.name, p.group.code, p.group.name, p.gtin, p.description, p.version,
                ProducerService.data(p.producer), images);
    }

    private void apply(Product product, ProductCommand command) {
        Producer producer;
        try {
            producer = producers.get(command.producerId());
        } catch (DomainException e) {
            throw DomainException.invalid("producerId", "is not a registered producer");
        }
        authorize(producer);
        ProductGroup group = groups.findByIdOptional(command.groupCode())
                .orElseThrow(() -> DomainException.invalid("groupCode", "is not a product group code"));
        String gtin = null;
        if (command.gtin() != null && !command.gtin().isBlank()) {
            gtin = Gtin.toGtin14(command.gtin())
                    .orElseThrow(() -> DomainException.invalid("gtin", "has a wrong check digit"));
            String normalised = gtin;
            products.byGtin(gtin).filter(other -> !other.id.equals(product.id)).ifPresent(other -> {
                throw DomainException.conflict("duplicate-gtin", "Another product has this GTIN",
                        new FieldError("gtin", normalised + " is already used by product " + other.id));
            });
        }
        product.producer = producer;
        product.name = TextSearch.clean(command.name());
        product.searchName = TextSearch.key(product.name);
        product.group = group;
        product.gtin = gtin;
        product.description = TextSearch.clean(command.description());
        product.updatedAt = OffsetDateTime.now(clock);
    }

    private void authorize(Producer producer) {
        caller.current().requireProducer(producer.id, producer.commune.code, producer.commune.province.code);
    }
}
