package vn.ocop.traceability.epcis.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.ocop.traceability.epcis.service.StepCommand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A simple form for one value-chain step of a lot; the service turns it into an EPCIS 2.0 event. Every field is
 * optional unless the step needs it: {@code eventTime} (RFC 3339 with offset) defaults to now, {@code eventTimeZoneOffset} to
 * the offset of {@code eventTime} (else +07:00), {@code quantity} to the lot's quantity, the place to the growing area (harvest) or
 * {@code communeCode} or the producer's commune. {@code source}/{@code destination} are party names or URIs
 * (shipping needs a destination, receiving a source); {@code inputs} are the processed inputs (default: the lot
 * itself); {@code packageId} the URI of the package (default a fresh urn:uuid); {@code passed} the inspection result.
 */
public record StepRequest(
        @Size(max = 40) String eventTime,
        @Pattern(regexp = OFFSET, message = "must be ±hh:mm between -13:59 and +14:00") String eventTimeZoneOffset,
        @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
        @Pattern(regexp = UOM, message = "must be a UN/ECE rec. 20 code such as KGM or LTR") String uom,
        LocalDate harvestDate,
        @Size(max = 50) List<@Valid Input> inputs,
        @Size(max = 300) String packageId,
        @Size(max = 300) String source,
        @Size(max = 300) String destination,
        @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode,
        Boolean passed,
        @Size(max = 2000) String note) {

    public static final String OFFSET = "^([+]|[-])((0[0-9]|1[0-3]):([0-5][0-9])|14:00)$";
    public static final String UOM = "^[A-Z0-9]{2,3}$";

    public StepCommand toCommand() {
        List<StepCommand.Input> commandInputs = inputs == null ? null
                : inputs.stream().map(i -> i == null ? null : i.toCommand()).toList();
        return new StepCommand(eventTime, eventTimeZoneOffset, quantity, uom, harvestDate, commandInputs, packageId,
                source, destination, communeCode, passed, note);
    }

    /** One input of a processing step: a lot of ours, or any EPC class URI, with its quantity. */
    public record Input(UUID lotId, @Size(max = 300) String epcClass,
                        @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
                        @Pattern(regexp = UOM, message = "must be a UN/ECE rec. 20 code such as KGM or LTR")
                        String uom) {

        StepCommand.Input toCommand() {
            return new StepCommand.Input(lotId, epcClass, quantity, uom);
        }
    }
}
