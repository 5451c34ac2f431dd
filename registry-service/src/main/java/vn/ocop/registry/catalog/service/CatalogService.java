package vn.ocop.registry.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.contract.DigitalLinks;
import vn.ocop.contract.ImageData;
import vn.ocop.registry.catalog.CatalogChange;
import vn.ocop.registry.catalog.repository.CatalogRepository;
import vn.ocop.registry.catalog.repository.CatalogRepository.Filter;
import vn.ocop.registry.catalog.repository.CatalogRepository.Listed;
import vn.ocop.registry.media.OwnerType;
import vn.ocop.registry.media.read.ImageCatalog;
import vn.ocop.registry.partner.Partner;
import vn.ocop.registry.platform.config.RegistryConfig;
import vn.ocop.platform.problem.DomainException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Owns the partner catalog: only products whose certificate is valid today (≥ 3★), limited to the partner's
 * provinces, with stable keyset paging by product id and an incremental change feed with tombstones.
 */
@ApplicationScoped
public class CatalogService {

    private final CatalogRepository catalog;
    private final DigitalLinks links;
    private final RegistryConfig config;
    private final Clock clock;
    private final ImageCatalog images;

    public CatalogService(CatalogRepository catalog, DigitalLinks links, RegistryConfig config, Clock clock,
                          ImageCatalog images) {
        this.catalog = catalog;
        this.links = links;
        this.config = config;
        this.clock = clock;
        this.images = images;
    }

    @Transactional
    public CatalogListing list(Partner partner, Filter filter, String cursor, int limit) {
        long syncToken = catalog.head();
        List<Listed> page = catalog.certified(scoped(partner, filter), decode(cursor), null, limit,
                LocalDate.now(clock));
        String next = page.size() < limit ? null : encode(page.get(page.size() - 1).productId());
        return new CatalogListing(items(page), next, syncToken);
    }

    /**
     * What the partner's view of the catalog depends on: every change to a listed product, its producer or its
     * certificate writes a catalog change (so the head sequence moves), and validity moves with the date. Equal
     * versions mean equal answers, so it validates a cached page without running the query. One read, so no
     * transaction of its own (an If-None-Match poll costs one round trip to the database here, not three).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String version(Partner partner) {
        return partner.id + ":" + LocalDate.now(clock) + ":" + catalog.head();
    }

    @Transactional
    public CatalogItem get(Partner partner, UUID productId) {
        return items(catalog.certified(scoped(partner, empty()), null, List.of(productId), 1, LocalDate.now(clock)))
                .stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("Certified product", productId));
    }

    /** Changes after {@code since}; an upsert of a product no longer in the catalog is left out (its removal follows). */
    @Transactional
    public CatalogFeed changes(Partner partner, long since, int limit) {
        List<String> provinces = provinces(partner);
        List<CatalogChange> rows = catalog.changes(since, provinces, limit);
        List<UUID> upserted = rows.stream().filter(r -> r.kind == CatalogChange.Kind.UPSERT).map(r -> r.productId)
                .distinct().toList();
        Map<UUID, CatalogItem> current = upserted.isEmpty() ? Map.of()
                : items(catalog.certified(scoped(partner, empty()), null, upserted, upserted.size(),
                LocalDate.now(clock))).stream().collect(Collectors.toMap(CatalogItem::productId, Function.identity()));
        List<CatalogFeed.Entry> items = rows.stream()
                .filter(r -> r.kind == CatalogChange.Kind.REMOVED || current.containsKey(r.productId))
                .map(r -> new CatalogFeed.Entry(r.seq, r.kind.name(), r.productId,
                        r.reason == null ? null : r.reason.name(),
                        r.kind == CatalogChange.Kind.REMOVED ? null : current.get(r.productId), r.at))
                .toList();
        long next = rows.isEmpty() ? since : rows.get(rows.size() - 1).seq;
        return new CatalogFeed(items, next, rows.size() == limit);
    }

    /** The catalog items of listed products, with their images (largest variant, primary first). */
    private List<CatalogItem> items(List<Listed> listed) {
        Map<UUID, List<ImageData>> shown = images.of(OwnerType.PRODUCT, listed.stream().map(Listed::productId).toList());
        String resolver = config.resolver().baseUrl().replaceAll("/+$", "");
        return listed.stream().map(l -> item(l, shown.getOrDefault(l.productId(), List.of()).stream()
                .map(i -> i.variants().get(i.variants().size() - 1).url()).toList(), resolver)).toList();
    }

    private CatalogItem item(Listed l, List<String> imageUrls, String resolver) {
        return new CatalogItem(l.productId(), l.name(), l.description(), l.gtin(),
                new CatalogItem.Code(l.groupCode(), l.groupName()),
                new CatalogItem.Producer(l.producerId(), l.producerName(), l.producerType()),
                new CatalogItem.Code(l.communeCode(), l.communeName()),
                new CatalogItem.Code(l.provinceCode(), l.provinceName()), l.stars(),
                new CatalogItem.Certificate(l.number(), l.stars(), l.issuingAuthority(), l.decisionDate(),
                        l.validUntil()),
                imageUrls, links.product(l.productId(), l.gtin()),
                resolver + "/products/" + l.productId() + "/qr?format=png",
                l.updatedAt());
    }

    private static Filter empty() {
        return new Filter(null, null, null, null, null, null);
    }

    private static Filter scoped(Partner partner, Filter f) {
        return new Filter(provinces(partner), f.province(), f.commune(), f.group(), f.stars(), f.updatedSince());
    }

    private static List<String> provinces(Partner partner) {
        return partner.provinces == null ? null : List.of(partner.provinces);
    }

    private static String encode(UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static UUID decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("cursor", "is not a cursor this API returned");
        }
    }
}
