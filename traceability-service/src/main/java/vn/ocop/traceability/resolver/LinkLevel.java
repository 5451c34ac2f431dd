package vn.ocop.traceability.resolver;

import java.util.List;
import java.util.Optional;

/** The links of one identified item (product, lot or serialized unit): the context of one linkset entry. */
public record LinkLevel(String anchor, String itemDescription, List<ResolvedLink> links) {

    /** The first link of {@code linkType} (a full GS1 vocabulary URI). */
    public Optional<ResolvedLink> first(String linkType) {
        return links.stream().filter(l -> l.linkType().equals(linkType)).findFirst();
    }

    /** Every link of {@code linkType}, in the order the linkset lists them. */
    public List<ResolvedLink> all(String linkType) {
        return links.stream().filter(l -> l.linkType().equals(linkType)).toList();
    }
}
