package vn.ocop.traceability.lot.rest;

import vn.ocop.traceability.lot.service.PartyGrantService.Grant;

/** Maps grants to their API view. */
public final class GrantViews {

    private GrantViews() {
    }

    public static GrantView of(Grant grant) {
        return new GrantView(grant.id(), grant.productId(), grant.lotId(), grant.organisationId(),
                grant.organisationName(), grant.chainRole().name(), grant.grantedAt());
    }
}
