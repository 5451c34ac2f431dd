package vn.ocop.registry.dossier.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.dossier.DossierState;
import vn.ocop.registry.dossier.service.StateChange;

import java.time.OffsetDateTime;

/** One step of a dossier's history. */
@Schema(name = "DossierTransition")
public record TransitionView(DossierState from, DossierState to, String actor, String reason, OffsetDateTime at) {

    public static TransitionView of(StateChange c) {
        return new TransitionView(c.from(), c.to(), c.actor(), c.reason(), c.at());
    }
}
