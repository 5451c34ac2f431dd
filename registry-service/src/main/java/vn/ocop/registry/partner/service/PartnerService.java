package vn.ocop.registry.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.ocop.registry.audit.service.AuditTrail;
import vn.ocop.registry.partner.Partner;
import vn.ocop.registry.partner.PartnerKey;
import vn.ocop.registry.partner.config.PartnerConfig;
import vn.ocop.registry.partner.repository.PartnerKeyRepository;
import vn.ocop.registry.partner.repository.PartnerRepository;
import vn.ocop.registry.platform.http.OutboundAddresses;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.registry.platform.text.Digests;
import vn.ocop.registry.platform.text.TextSearch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Owns partner accounts and their API keys: issue (shown once, stored as SHA-256), rotate (older keys keep working
 * for {@code ocop.partners.rotation-grace}), revoke (at once), and authenticate a request's key; and their webhook
 * endpoint: the URL, the signing secret (shown once, rotatable) and which partners want a province's events.
 */
@ApplicationScoped
public class PartnerService {

    /** Keys look like {@code ocop_<8 hex prefix>_<43 base64url characters>}. */
    public static final String KEY_PREFIX = "ocop_";

    /** Webhook secrets look like {@code whsec_<base64 of 32 random bytes>} (Standard Webhooks). */
    public static final String WEBHOOK_SECRET_PREFIX = "whsec_";

    /** Where a partner's webhooks go and the secret that signs them. */
    public record WebhookEndpoint(String url, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PartnerRepository partners;
    private final PartnerKeyRepository keys;
    private final PartnerConfig config;
    private final Clock clock;
    private final OutboundAddresses outbound;
    private final AuditTrail audit;
    private final TransactionSynchronizationRegistry transactions;

    /** The webhook subscribers read in the current transaction, by province, as its resource under this key. */
    private static final Object SUBSCRIBERS = new Object();

    public PartnerService(PartnerRepository partners, PartnerKeyRepository keys, PartnerConfig config, Clock clock,
                          OutboundAddresses outbound, AuditTrail audit, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.outbound = outbound;
        this.partners = partners;
        this.keys = keys;
        this.config = config;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public IssuedKey create(CreatePartner command) {
        subscribersRead().clear();
        if (command.webhookUrl() != null) {
            outbound.refusal(command.webhookUrl()).ifPresent(reason -> {
                throw DomainException.invalid("webhookUrl", reason);
            });
        }
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.name = TextSearch.clean(command.name());
        partner.contactEmail = command.contactEmail().trim();
        partner.provinces = command.provinces() == null || command.provinces().isEmpty() ? null
                : command.provinces().stream().distinct().sorted().toArray(String[]::new);
        partner.webhookUrl = command.webhookUrl();
        partner.requestsPerMinute = command.requestsPerMinute();
        partner.webhookSecret = newWebhookSecret();
        partner.createdAt = OffsetDateTime.now(clock);
        partner.updatedAt = partner.createdAt;
        partners.persist(partner);
        IssuedKey issued = issue(partner);
        audit.record(AuditTrail.PARTNER, partner.id, "created", null, null, Map.of("name", partner.name,
                "webhookUrl", String.valueOf(partner.webhookUrl), "keyPrefix", prefixOf(issued.apiKey())));
        return new IssuedKey(issued.apiKey(), issued.partner(), partner.webhookSecret);
    }

    /** A new webhook secret, effective at once (pending deliveries are signed with it too). */
    @Transactional
    public WebhookSecret rotateWebhookSecret(UUID id) {
        Partner partner = partner(id);
        partner.webhookSecret = newWebhookSecret();
        partner.updatedAt = OffsetDateTime.now(clock);
        audit.record(AuditTrail.PARTNER, partner.id, "webhook-secret-rotated", null, null, Map.of());
        return new WebhookSecret(partner.id, partner.webhookSecret);
    }

    /**
     * Partners with a webhook URL whose provinces (none listed: all) include {@code provinceCode}; read once per
     * transaction and province (an import chunk records hundreds of certificates), again after a partner is created.
     */
    @Transactional
    public List<UUID> webhookSubscribers(String provinceCode) {
        return subscribersRead().computeIfAbsent(provinceCode, partners::webhookSubscribers);
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<UUID>> subscribersRead() {
        Map<String, List<UUID>> read = (Map<String, List<UUID>>) transactions.getResource(SUBSCRIBERS);
        if (read == null) {
            read = new HashMap<>();
            transactions.putResource(SUBSCRIBERS, read);
        }
        return read;
    }

    /** The partner's webhook endpoint as it is now; empty when it has no webhook URL (any more). */
    @Transactional
    public Optional<WebhookEndpoint> webhookEndpoint(UUID id) {
        return partners.findByIdOptional(id).filter(p -> p.webhookUrl != null)
                .map(p -> new WebhookEndpoint(p.webhookUrl, p.webhookSecret));
    }

    /** 404 unless the partner exists. */
    @Transactional
    public void requireExists(UUID id) {
        partner(id);
    }

    @Transactional
    public PartnerDetails get(UUID id) {
        Partner partner = partner(id);
        return PartnerDetails.of(partner, keys.of(id), OffsetDateTime.now(clock));
    }

    @Transactional
    public List<PartnerDetails> list() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return partners.listAll().stream().map(p -> PartnerDetails.of(p, keys.of(p.id), now)).toList();
    }

    /** A new key; the partner's other active keys expire after the grace period (sooner if they already would). */
    @Transactional
    public IssuedKey rotate(UUID id) {
        Partner partner = partner(id);
        OffsetDateTime graceEnd = OffsetDateTime.now(clock).plus(config.rotationGrace());
        for (PartnerKey key : keys.of(id)) {
            if (key.revokedAt == null && (key.expiresAt == null || key.expiresAt.isAfter(graceEnd))) {
                key.expiresAt = graceEnd;
            }
        }
        IssuedKey issued = issue(partner);
        audit.record(AuditTrail.PARTNER, partner.id, "key-rotated", null, null,
                Map.of("keyPrefix", prefixOf(issued.apiKey()), "oldKeysExpireAt", graceEnd.toString()));
        return issued;
    }

    @Transactional
    public PartnerDetails revoke(UUID partnerId, UUID keyId) {
        PartnerKey key = keys.findByIdOptional(keyId).filter(k -> k.partner.id.equals(partnerId))
                .orElseThrow(() -> DomainException.notFound("Key", keyId));
        if (key.revokedAt == null) {
            key.revokedAt = OffsetDateTime.now(clock);
            audit.record(AuditTrail.PARTNER, partnerId, "key-revoked", null, null,
                    Map.of("keyId", key.id.toString(), "keyPrefix", key.prefix));
        }
        return PartnerDetails.of(key.partner, keys.of(partnerId), OffsetDateTime.now(clock));
    }

    /** The active key behind a request's {@code X-API-Key} header; 401 when missing, unknown, expired or revoked. */
    @Transactional
    public PartnerKey authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw DomainException.unauthorized("Send the partner API key in the X-API-Key header");
        }
        String[] parts = apiKey.trim().split("_", 3);
        PartnerKey key = parts.length == 3 && apiKey.startsWith(KEY_PREFIX)
                ? keys.byPrefix(parts[1]).orElse(null) : null;
        if (key == null || !MessageDigest.isEqual(key.hash.getBytes(StandardCharsets.US_ASCII),
                Digests.sha256Hex(apiKey.trim()).getBytes(StandardCharsets.US_ASCII))) {
            throw DomainException.unauthorized("The API key is not valid");
        }
        if (!key.activeAt(OffsetDateTime.now(clock))) {
            throw DomainException.unauthorized("The API key was " + (key.revokedAt != null ? "revoked" : "rotated and "
                    + "its grace period is over"));
        }
        return key;
    }

    private IssuedKey issue(Partner partner) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        byte[] prefixBytes = new byte[4];
        RANDOM.nextBytes(prefixBytes);
        String prefix = HexFormat.of().formatHex(prefixBytes);
        String apiKey = KEY_PREFIX + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        PartnerKey key = new PartnerKey();
        key.id = UUID.randomUUID();
        key.partner = partner;
        key.prefix = prefix;
        key.hash = Digests.sha256Hex(apiKey);
        key.createdAt = OffsetDateTime.now(clock);
        keys.persist(key);
        keys.flush();
        return new IssuedKey(apiKey, PartnerDetails.of(partner, keys.of(partner.id), key.createdAt), null);
    }

    /** The public part of a key ({@code ocop_<prefix>_<secret>}): what the audit trail names, never the secret. */
    private static String prefixOf(String apiKey) {
        return apiKey.split("_", 3)[1];
    }

    private static String newWebhookSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return WEBHOOK_SECRET_PREFIX + Base64.getEncoder().encodeToString(secret);
    }

    private Partner partner(UUID id) {
        return partners.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Partner", id));
    }

}
