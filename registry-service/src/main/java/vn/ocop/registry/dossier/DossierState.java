package vn.ocop.registry.dossier;

/**
 * States of a dossier: DRAFT → SUBMITTED → COMMUNE_REVIEW → COUNCIL_REVIEW → [MINISTRY_REVIEW when the provincial
 * score reaches 5★] → RANKED | REJECTED; returning for correction goes back to DRAFT.
 */
public enum DossierState {
    DRAFT, SUBMITTED, COMMUNE_REVIEW, COUNCIL_REVIEW, MINISTRY_REVIEW, RANKED, REJECTED;

    public boolean isFinal() {
        return this == RANKED || this == REJECTED;
    }
}
