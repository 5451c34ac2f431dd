package vn.ocop.traceability.resolver.service;

import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.platform.config.ResolverConfig;
import vn.ocop.traceability.digitallink.DigitalLinkUri;
import vn.ocop.traceability.resolver.LinkLevel;
import vn.ocop.traceability.resolver.LinkNegotiation;
import vn.ocop.traceability.resolver.LinkTypes;
import vn.ocop.traceability.resolver.ResolvedLink;
import vn.ocop.traceability.scan.service.ScanService;
import vn.ocop.traceability.trace.ProductTrace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Owns the links of identified items: for a Digital Link URI, the links of its own level and of each level above it
 * up to the GTIN (serial → lot → product), the default link of each (the scan page), the choice of a requested link
 * type (negotiated among several links of that type) and the RFC 9264 linkset. An unknown GTIN is a 404;
 * an unknown lot is walked up from (the URI answered without it); serials are judged on the scan page.
 */
@ApplicationScoped
public class ResolverService {

    /** JSON-LD context of GS1 linksets, announced in a Link header and embedded for JSON-LD clients. */
    public static final String LINKSET_CONTEXT = "https://ref.gs1.org/standards/resolver/linkset-context";

    private static final List<String> BOTH_LANGUAGES = List.of("vi", "en");
    private static final String HTML = "text/html";

    private final ScanService scans;
    private final ResolverConfig config;

    public ResolverService(ScanService scans, ResolverConfig config) {
        this.scans = scans;
        this.config = config;
    }

    /**
     * The URI whose links answer {@code requested}: itself, or without its lot when no such lot of the GTIN was ever
     * opened (GS1 walk-up to the less specific identifier). a 404 for an unknown GTIN.
     */
    public DigitalLinkUri answering(DigitalLinkUri requested) {
        scans.product(requested.gtin14());
        if (requested.lot() != null && scans.findLot(requested.gtin14(), requested.lot()).isEmpty()) {
            return new DigitalLinkUri(requested.gtin14(), null, requested.serial());
        }
        return requested;
    }

    /** The links of {@code uri} and of every level above it, most specific first. */
    public List<LinkLevel> links(DigitalLinkUri uri) {
        ProductTrace product = scans.product(uri.gtin14());
        ScanService.LotRef lot = uri.lot() == null ? null : scans.lot(uri.gtin14(), uri.lot());
        return levels(uri, product, lot);
    }

    /**
     * The links {@link #links} gives when the product and the lot the URI names are in memory and that lot exists (so
     * that {@link #answering} is the URI itself); empty when something would have to be read. Never reads: fit for an
     * I/O thread.
     */
    public Optional<List<LinkLevel>> linksInMemory(DigitalLinkUri uri) {
        ProductTrace product = scans.productInMemory(uri.gtin14());
        Optional<ScanService.LotRef> lot = uri.lot() == null ? Optional.empty()
                : scans.lotInMemory(uri.gtin14(), uri.lot());
        if (product == null || uri.lot() != null && lot.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(levels(uri, product, lot.orElse(null)));
    }

    private List<LinkLevel> levels(DigitalLinkUri uri, ProductTrace product, ScanService.LotRef lot) {
        List<LinkLevel> levels = new ArrayList<>();
        for (DigitalLinkUri level : uri.upToGtin()) {
            levels.add(switch (level.level()) {
                case SERIAL -> serialLevel(level, product);
                case LOT -> lotLevel(level, product, lot);
                case PRODUCT -> productLevel(level, product);
            });
        }
        return levels;
    }

    /** The link a request without preference goes to: the default link of the requested item itself. */
    public ResolvedLink defaultLink(List<LinkLevel> levels) {
        return levels.get(0).first(LinkTypes.DEFAULT_LINK).orElseThrow();
    }

    /**
     * The link of the requested type, looking from the item itself up to the product (a serial's certificate is its
     * product's) and choosing among that level's links of the type by the client's {@code Accept} and
     * {@code Accept-Language} ({@link LinkNegotiation}), or a 404 listing the link types that are available.
     */
    public ResolvedLink link(List<LinkLevel> levels, String requestedLinkType, String accept, String acceptLanguage) {
        return LinkTypes.canonical(requestedLinkType)
                .flatMap(type -> levels.stream().map(l -> l.all(type)).filter(links -> !links.isEmpty()).findFirst())
                .map(links -> LinkNegotiation.choose(links, accept, acceptLanguage))
                .orElseThrow(() -> {
                    String available = String.join(", ", available(levels));
                    return DomainException.notFound("No link of type " + requestedLinkType + " for this item; available: "
                            + available + " (or linkType=linkset for all of them)",
                            List.of(new FieldError("linkType", "available: " + available + ", linkset")));
                });
    }

    /** The RFC 9264 linkset ({@code application/linkset+json}) of the levels, the requested item first. */
    public Map<String, Object> linkset(List<LinkLevel> levels) {
        List<Map<String, Object>> contexts = new ArrayList<>();
        for (LinkLevel level : levels) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("anchor", level.anchor());
            context.put("itemDescription", level.itemDescription());
            for (ResolvedLink link : level.links()) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> targets = (List<Map<String, Object>>) context.computeIfAbsent(
                        link.linkType(), k -> new ArrayList<Map<String, Object>>());
                Map<String, Object> target = new LinkedHashMap<>();
                target.put("href", link.href());
                target.put("title", link.title());
                if (link.type() != null) {
                    target.put("type", link.type());
                }
                if (link.hreflang() != null && !link.hreflang().isEmpty()) {
                    target.put("hreflang", link.hreflang());
                }
                targets.add(target);
            }
            contexts.add(context);
        }
        Map<String, Object> linkset = new LinkedHashMap<>();
        linkset.put("linkset", contexts);
        return linkset;
    }

    /** The public URI of {@code uri}: the resolver base and the canonical path. */
    public String publicUri(DigitalLinkUri uri) {
        return base() + uri.path();
    }

    /** The {@code Link} header value pointing to the linkset of {@code publicUri} and to the JSON-LD context. */
    public static String linkHeader(String publicUri) {
        return "<" + publicUri + "?linkType=" + LinkTypes.LINKSET + ">; rel=\"linkset\"; type=\"application/linkset+json\", "
                + "<" + LINKSET_CONTEXT + ">; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"";
    }

    /** The base under which this resolver answers. */
    public String base() {
        String base = config.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private LinkLevel productLevel(DigitalLinkUri uri, ProductTrace product) {
        String page = base() + "/scan" + uri.path();
        List<ResolvedLink> links = new ArrayList<>();
        links.add(new ResolvedLink(LinkTypes.DEFAULT_LINK, page, "Thông tin sản phẩm OCOP — Product information",
                HTML, BOTH_LANGUAGES));
        links.add(new ResolvedLink(LinkTypes.PIP, page, "Thông tin sản phẩm OCOP — Product information", HTML,
                BOTH_LANGUAGES));
        ProductTrace.CertificateSummary certificate = product.certificate();
        if (certificate != null) {
            String registry = trimmed(config.registryUrl()) + "/certificates/" + certificate.id();
            links.add(new ResolvedLink(LinkTypes.CERTIFICATION_INFO, registry + "/pdf",
                    "Giấy chứng nhận OCOP số " + certificate.number() + " — OCOP certificate", "application/pdf",
                    List.of("vi")));
            links.add(new ResolvedLink(LinkTypes.CERTIFICATION_INFO, registry,
                    "Giấy chứng nhận OCOP số " + certificate.number() + " (dữ liệu) — OCOP certificate data",
                    "application/json", null));
        }
        return new LinkLevel(publicUri(uri), product.name(), links);
    }

    private LinkLevel lotLevel(DigitalLinkUri uri, ProductTrace product, ScanService.LotRef lot) {
        String page = base() + "/scan" + uri.path();
        String lots = base() + "/lots/" + lot.id();
        return new LinkLevel(publicUri(uri), product.name() + " — lô " + lot.lotCode(), List.of(
                new ResolvedLink(LinkTypes.DEFAULT_LINK, page, "Truy xuất lô sản xuất — Lot traceability", HTML,
                        BOTH_LANGUAGES),
                new ResolvedLink(LinkTypes.PIP, page, "Truy xuất lô sản xuất — Lot traceability", HTML,
                        BOTH_LANGUAGES),
                new ResolvedLink(LinkTypes.TRACEABILITY, lots + "/epcis",
                        "Chuỗi giá trị của lô (EPCIS 2.0) — Lot value chain (EPCIS 2.0)", "application/ld+json", null),
                new ResolvedLink(LinkTypes.EPCIS, lots + "/events",
                        "Sự kiện EPCIS của lô — EPCIS events of the lot", "application/json", null)));
    }

    private LinkLevel serialLevel(DigitalLinkUri uri, ProductTrace product) {
        String page = base() + "/scan" + uri.path();
        return new LinkLevel(publicUri(uri), product.name() + " — số sê-ri " + uri.serial(), List.of(
                new ResolvedLink(LinkTypes.DEFAULT_LINK, page, "Kiểm tra mã sản phẩm — Check this item", HTML,
                        BOTH_LANGUAGES),
                new ResolvedLink(LinkTypes.PIP, page, "Kiểm tra mã sản phẩm — Check this item", HTML,
                        BOTH_LANGUAGES),
                new ResolvedLink(LinkTypes.VERIFICATION_SERVICE, page,
                        "Xác thực mã (JSON) — Authenticity check (JSON)", "application/json", null)));
    }

    private static Set<String> available(List<LinkLevel> levels) {
        Set<String> types = new LinkedHashSet<>();
        levels.forEach(l -> l.links().forEach(link -> types.add(LinkTypes.compact(link.linkType()))));
        return types;
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
