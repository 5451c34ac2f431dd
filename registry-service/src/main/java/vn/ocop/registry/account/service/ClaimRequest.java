package vn.ocop.registry.account.service;

import vn.ocop.registry.account.ProducerRole;

/** A claim on a producer record: as owner or staff, with evidence (tax code and/or registration number, a note). */
public record ClaimRequest(ProducerRole producerRole, String taxCode, String registrationNumber, String note) {
}
