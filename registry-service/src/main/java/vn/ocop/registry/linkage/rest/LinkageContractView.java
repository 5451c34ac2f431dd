package vn.ocop.registry.linkage.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.linkage.LinkageContract;
import vn.ocop.registry.linkage.LinkageRole;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A declared linkage contract of a product. */
@Schema(name = "LinkageContract")
public record LinkageContractView(UUID id, UUID productId, String partnerName, LinkageRole role, LocalDate validFrom,
                                  LocalDate validTo, long version, OffsetDateTime createdAt) {

    public static LinkageContractView of(LinkageContract c) {
        return new LinkageContractView(c.id, c.productId, c.partnerName, c.role, c.validFrom, c.validTo, c.version,
                c.createdAt);
    }
}
