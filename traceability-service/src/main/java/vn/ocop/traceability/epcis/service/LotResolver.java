package vn.ocop.traceability.epcis.service;

import com.fasterxml.jackson.databind.JsonNode;
import vn.ocop.traceability.epcis.Epcis;
import vn.ocop.traceability.epcis.mapping.LotEpcs;
import vn.ocop.traceability.lot.service.LotService;
import vn.ocop.traceability.lot.service.LotService.LotContext;
import vn.ocop.traceability.trace.service.ProductFactsService;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the lot of ours an event is about: the first EPC or EPC class (outputs, epcList, children, parent, inputs, in
 * that order) that names a recorded lot. Remembers lookups, so a 1,000-event document about one lot costs one query.
 */
final class LotResolver {

    private final LotService lots;
    private final ProductFactsService facts;
    private final Map<LotEpcs.LotKey, Optional<LotContext>> known = new HashMap<>();

    LotResolver(LotService lots, ProductFactsService facts) {
        this.lots = lots;
        this.facts = facts;
    }

    Optional<LotContext> owner(JsonNode event) {
        for (String field : Epcis.EPC_LIST_FIELDS) {
            for (JsonNode epc : event.path(field)) {
                Optional<LotContext> lot = lot(epc.asText(null));
                if (lot.isPresent()) {
                    return lot;
                }
            }
            if ("childEPCs".equals(field)) {
                Optional<LotContext> parent = lot(event.path("parentID").asText(null));
                if (parent.isPresent()) {
                    return parent;
                }
            }
        }
        for (String field : Epcis.QUANTITY_LIST_FIELDS) {
            for (JsonNode element : event.path(field)) {
                Optional<LotContext> lot = lot(element.path("epcClass").asText(null));
                if (lot.isPresent()) {
                    return lot;
                }
            }
        }
        return Optional.empty();
    }

    /** The recorded lot an EPC or EPC class names. */
    Optional<LotContext> lot(String epc) {
        return LotEpcs.parse(epc).flatMap(key -> known.computeIfAbsent(key, k -> facts.productByGtin(k.gtin14())
                .flatMap(product -> lots.byCode(product, k.lotCode()))));
    }
}
