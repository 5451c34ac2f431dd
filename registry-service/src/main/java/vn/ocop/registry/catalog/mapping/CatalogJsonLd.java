package vn.ocop.registry.catalog.mapping;

import vn.ocop.registry.catalog.service.CatalogItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes catalog products as schema.org JSON-LD: a {@code Product} with {@code gtin14}, brand and manufacturer, the
 * country of origin and {@code hasCertification} — a {@code Certification} carrying the OCOP star rating, issuer,
 * validity and number, and {@code image} (absolute URLs, primary first). The context is inline ({@code @vocab} schema.org), so a processor expands it offline.
 */
public final class CatalogJsonLd {

    public static final String MEDIA_TYPE = "application/ld+json";
    private static final Map<String, Object> CONTEXT = Map.of("@vocab", "https://schema.org/");

    private CatalogJsonLd() {
    }

    public static Map<String, Object> product(CatalogItem p) {
        Map<String, Object> product = node(p);
        product.put("@context", CONTEXT);
        return reorder(product);
    }

    /** A page as a schema.org {@code ItemList} of products, with the cursor of the next page. */
    public static Map<String, Object> list(List<CatalogItem> items, String nextCursor) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@context", CONTEXT);
        list.put("@type", "ItemList");
        list.put("numberOfItems", items.size());
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            elements.add(Map.of("@type", "ListItem", "position", i + 1, "item", node(items.get(i))));
        }
        list.put("itemListElement", elements);
        if (nextCursor != null) {
            list.put("nextCursor", Map.of("@value", nextCursor));
        }
        return list;
    }

    private static Map<String, Object> node(CatalogItem p) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("@type", "Product");
        product.put("@id", p.digitalLink());
        product.put("productID", p.productId().toString());
        product.put("name", p.name());
        if (p.description() != null) {
            product.put("description", p.description());
        }
        if (p.gtin() != null) {
            product.put("gtin14", p.gtin());
        }
        product.put("url", p.digitalLink());
        if (p.images() != null && !p.images().isEmpty()) {
            product.put("image", p.images().stream().map(url -> Map.of("@id", url)).toList());
        }
        product.put("category", p.group().name());
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("addressLocality", p.commune().name());
        address.put("addressRegion", p.province().name());
        address.put("addressCountry", "VN");
        Map<String, Object> maker = new LinkedHashMap<>();
        maker.put("@type", "Organization");
        maker.put("name", p.producer().name());
        maker.put("address", address);
        product.put("brand", Map.of("@type", "Brand", "name", p.producer().name()));
        product.put("manufacturer", maker);
        product.put("countryOfOrigin", Map.of("@type", "Country", "name", "Việt Nam", "identifier", "VN"));
        CatalogItem.Certificate c = p.certificate();
        Map<String, Object> certification = new LinkedHashMap<>();
        certification.put("@type", "Certification");
        certification.put("name", "OCOP " + c.stars() + " sao");
        certification.put("certificationIdentification", c.number());
        certification.put("certificationStatus", Map.of("@id", "https://schema.org/CertificationActive"));
        certification.put("certificationRating", Map.of("@type", "Rating", "ratingValue", c.stars(),
                "bestRating", 5, "worstRating", 1));
        certification.put("issuedBy", Map.of("@type", "Organization", "name", c.issuingAuthority()));
        certification.put("validFrom", c.decisionDate().toString());
        certification.put("expires", c.validUntil().toString());
        product.put("hasCertification", certification);
        return product;
    }

    private static Map<String, Object> reorder(Map<String, Object> product) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("@context", product.remove("@context"));
        ordered.putAll(product);
        return ordered;
    }
}
