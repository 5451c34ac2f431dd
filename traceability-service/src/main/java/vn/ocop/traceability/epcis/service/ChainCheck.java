package vn.ocop.traceability.epcis.service;

import java.util.UUID;

/**
 * The outcome of recomputing a lot's hash chain: intact, or the first event whose content, eventID or link no longer
 * matches ({@code firstBrokenSeq}, its {@code eventId}) and why; {@code checkedFromSeq} is the first event recomputed.
 */
public record ChainCheck(UUID lotId, boolean intact, int events, String headHash, Integer firstBrokenSeq,
                         String eventId, String reason, Integer checkedFromSeq) {
}
