package vn.ocop.registry.council.service;

import java.util.UUID;

/** Declares that a council member is related to a producer (and so recuses from its dossiers). */
public record DeclareConflict(UUID memberId, UUID producerId, String reason) {
}
