package vn.ocop.registry.dossier.service;

import vn.ocop.registry.dossier.DossierState;
import vn.ocop.registry.dossier.DossierTransition;

import java.time.OffsetDateTime;

/** One step of a dossier's history: from and to which state, who moved it, why and when. */
public record StateChange(DossierState from, DossierState to, String actor, String reason, OffsetDateTime at) {

    static StateChange of(DossierTransition t) {
        return new StateChange(t.fromState, t.toState, t.actor, t.reason, t.at);
    }
}
