package vn.ocop.registry.linkage.service;

import vn.ocop.registry.linkage.LinkageRole;

import java.time.LocalDate;

/** A linkage contract of a product with a partner, to declare ({@code validTo} null: open-ended). */
public record LinkageContractCommand(String partnerName, LinkageRole role, LocalDate validFrom, LocalDate validTo) {
}
