package vn.ocop.traceability.epcis.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.ocop.traceability.epcis.service.ChainCheck;

import java.util.UUID;

/**
 * The outcome of recomputing a lot's hash chain: intact, or the first event whose content, eventID or link no longer
 * matches ({@code firstBrokenSeq}, its {@code eventId}) and why. {@code checkedFromSeq} is the first event recomputed:
 * the events up to the last checkpoint (a link found intact before) are not recomputed again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(UUID lotId, boolean intact, int events, String headHash, Integer firstBrokenSeq,
                                String eventId, String reason, Integer checkedFromSeq) {

    public static ChainVerification of(ChainCheck c) {
        return new ChainVerification(c.lotId(), c.intact(), c.events(), c.headHash(), c.firstBrokenSeq(), c.eventId(),
                c.reason(), c.checkedFromSeq());
    }
}
