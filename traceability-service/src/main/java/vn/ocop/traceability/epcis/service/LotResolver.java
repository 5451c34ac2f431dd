package vn.ocop.traceability.epcis.service;

import com.fasterxml.jackson.databind.JsonNode;
import vn.ocop.traceability.epcis.Epcis;
import vn.ocop.traceability.epcis.mapping.LotEpcs;
import vn.ocop.traceability.lot.service.LotService;
import vn.ocop.traceability.lot.service.LotService.LotContext;
import vn.ocop.traceability.trace.service.ProductFactsService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The lot keys an event names, in the order they are tried: EPCs (outputs, epcList, children, parent, inputs),
     * then EPC classes of the quantity lists. Pure: safe to compute for many events in parallel.
     */
    static List<LotEpcs.LotKey> candidates(JsonNode event) {
        List<LotEpcs.LotKey> keys = new ArrayList<>(2);
        for (String field : Epcis.EPC_LIST_FIELDS) {
            for (JsonNode epc : event.path(field)) {
                LotEpcs.parse(epc.asText(null)).ifPresent(keys::add);
            }
            if ("childEPCs".equals(field)) {
                LotEpcs.parse(event.path("parentID").asText(null)).ifPresent(keys::add);
            }
        }
        for (String field : Epcis.QUANTITY_LIST_FIELDS) {
            for (JsonNode element : event.path(field)) {
                LotEpcs.parse(element.path("epcClass").asText(null)).ifPresent(keys::add);
            }
        }
        return keys;
    }

    /** The first of {@code candidates} that is a lot recorded here. */
    Optional<LotContext> owner(List<LotEpcs.LotKey> candidates) {
        for (LotEpcs.LotKey key : candidates) {
            Optional<LotContext> lot = lot(key);
            if (lot.isPresent()) {
                return lot;
            }
        }
        return Optional.empty();
    }

    /** The recorded lot an EPC or EPC class names. */
    Optional<LotContext> lot(String epc) {
        return LotEpcs.parse(epc).flatMap(this::lot);
    }

    private Optional<LotContext> lot(LotEpcs.LotKey key) {
        return known.computeIfAbsent(key, k -> facts.productByGtin(k.gtin14())
                .flatMap(product -> lots.byCode(product, k.lotCode())));
    }
}
