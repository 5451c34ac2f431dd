package vn.ocop.registry.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import vn.ocop.registry.platform.persistence.TrackedEntity;

import java.util.UUID;

/**
 * An account the registry provisioned in the identity provider: its role and the scope attributes it was given
 * (what its tokens carry), whether it is enabled, and who provisioned it. Credentials never live here.
 */
@Entity
public class Account extends TrackedEntity {

    /** The identity provider's user id, the {@code sub} of the account's tokens. */
    @Id
    public UUID id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    public String role;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "producer_id")
    public UUID producerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "producer_role")
    public ProducerRole producerRole;

    @Column(name = "organisation_id")
    public String organisationId;

    @Column(name = "organisation_name")
    public String organisationName;

    public boolean enabled;

    @Column(name = "provisioned_by")
    public String provisionedBy;
}
