package vn.ocop.registry.dossier.service;

import vn.ocop.registry.dossier.DossierState;

import java.time.LocalDate;

/**
 * A requested move of a dossier to another workflow state, made on the dossier {@code version} read; {@code reason}
 * for returns and rejections, {@code samplesReceivedOn} when going to the council review.
 */
public record MoveDossier(DossierState to, long version, String reason, LocalDate samplesReceivedOn) {
}
