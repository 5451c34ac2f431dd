package vn.ocop.registry.account.rest;

import jakarta.validation.constraints.Size;

/** A rejection's reason (required to reject). */
public record DecisionBody(@Size(max = 1000) String reason) {
}
