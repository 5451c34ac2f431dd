package vn.ocop.traceability.epcis.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What recording one value-chain step of a lot takes; every field may be null, and the step service fills in what
 * the step needs (time, offset, quantity, place) or refuses what it lacks (a shipment's destination, a receipt's
 * source).
 */
public record StepCommand(String eventTime, String eventTimeZoneOffset, BigDecimal quantity, String uom,
                          LocalDate harvestDate, List<Input> inputs, String packageId, String source,
                          String destination, String communeCode, Boolean passed, String note) {

    /** A step with nothing given: every default applies. */
    public static final StepCommand DEFAULTS = new StepCommand(null, null, null, null, null, null, null, null, null,
            null, null, null);

    /** One input of a processing step: a lot of ours, or any EPC class URI, with its quantity. */
    public record Input(UUID lotId, String epcClass, BigDecimal quantity, String uom) {
    }
}
