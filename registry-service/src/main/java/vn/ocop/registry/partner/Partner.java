package vn.ocop.registry.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ocop.registry.platform.persistence.TrackedEntity;

import java.util.UUID;

/** An e-commerce platform that syncs the catalog of certified products: its contact, provinces and webhook. */
@Entity
public class Partner extends TrackedEntity {

    @Id
    public UUID id;

    public String name;

    @Column(name = "contact_email")
    public String contactEmail;

    /** Province codes it may read; null for all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "provinces", columnDefinition = "varchar(2)[]")
    public String[] provinces;

    @Column(name = "webhook_url")
    public String webhookUrl;

    /** Signs its webhooks: {@code whsec_} + base64 of 32 random bytes (kept in clear: the HMAC needs it). */
    @Column(name = "webhook_secret")
    public String webhookSecret;

    /** Request budget of each of its keys; null for {@code ocop.partners.requests-per-minute}. */
    @Column(name = "requests_per_minute")
    public Integer requestsPerMinute;
}
