package vn.ocop.registry.audit.service;

import vn.ocop.platform.problem.DomainException;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProducerData;
import vn.ocop.contract.ProductData;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.producer.service.ProducerService;
import vn.ocop.registry.certificate.repository.CertificateRepository;
import vn.ocop.registry.outbox.RegistryFact;
import jakarta.transaction.Transactional;
import vn.ocop.registry.audit.AuditEntry;
import vn.ocop.registry.audit.repository.AuditEntryRepository;
import vn.ocop.registry.platform.json.JsonText;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Owns the audit trail: services append an entry inside the transaction of the change it describes (so a change and
 * its entry commit together), and admins and province admins read it. Certificate, producer and product changes are
 * recorded from the facts they fire; exports, imports, partner keys, webhook secrets and clock moves by their services.
 */
@ApplicationScoped
public class AuditTrail {

    /** Entity types named in the trail. */
    public static final String DOSSIER = "dossier";
    public static final String SCORING_ROUND = "scoring-round";
    public static final String COUNCIL = "council";
    public static final String CERTIFICATE = "certificate";
    public static final String PRODUCER = "producer";
    public static final String PRODUCT = "product";
    public static final String PARTNER = "partner";
    public static final String IMPORT = "import";
    public static final String EXPORT = "export";
    public static final String CLOCK = "clock";

    /** The entity id of entries about the registry's clock (there is one clock). */
    public static final UUID CLOCK_ID = new UUID(0L, 0L);

    private final AuditEntryRepository entries;
    private final JsonText json;
    private final CallerProvider caller;
    private final Clock clock;
    private final CertificateRepository certificates;
    private final ProducerService producers;

    public AuditTrail(AuditEntryRepository entries, JsonText json, CallerProvider caller, Clock clock,
                      CertificateRepository certificates, ProducerService producers) {
        this.entries = entries;
        this.producers = producers;
        this.certificates = certificates;
        this.json = json;
        this.caller = caller;
        this.clock = clock;
    }

    /** Appends an entry in the caller's transaction; {@code before} and {@code after} are written as JSON. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, UUID entityId, String action, String provinceCode, Object before,
                       Object after) {
        AuditEntry entry = entry(entityType, entityId, action, provinceCode, after);
        entry.before = json.write(before);
        entries.append(entry);
    }

    /**
     * Records every certificate fact (issued, renewed, upgraded, downgraded, revoked, expiring, expired) with the
     * certificate as it stands after it, in the transaction that fired it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void certificateFact(@Observes RegistryFact fact) {
        if (fact.data() instanceof CertificateData data) {
            String action = fact.type().replace("vn.ocop.registry.certificate.", "").replace(".v1", "");
            String province = certificates.findByIdOptional(data.certificateId()).map(c -> c.provinceCode)
                    .orElse(null);
            record(CERTIFICATE, data.certificateId(), action, province, null, data);
        }
    }

    /**
     * Records every registration and edit of a producer or product, in the transaction that fired its fact: the record
     * after the change, and before it as the previous entry about it had it (none for records older than the trail).
     * A producer's entry carries its contact details, which its event does not.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordFact(@Observes RegistryFact fact) {
        String action = switch (fact.type()) {
            case EventTypes.PRODUCER_REGISTERED, EventTypes.PRODUCT_REGISTERED -> "registered";
            case EventTypes.PRODUCER_UPDATED, EventTypes.PRODUCT_UPDATED -> "updated";
            default -> null;
        };
        if (action == null) {
            return;
        }
        if (fact.data() instanceof ProducerData data) {
            Producer producer = producers.get(data.producerId());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("name", producer.name);
            after.put("type", producer.type);
            after.put("taxCode", producer.taxCode);
            after.put("communeCode", data.communeCode());
            after.put("address", producer.address);
            after.put("contactName", producer.contactName);
            after.put("phone", producer.phone);
            after.put("email", producer.email);
            after.put("workers", producer.workers);
            after.put("version", producer.version);
            recordChange(PRODUCER, producer.id, action, data.provinceCode(), after);
        } else if (fact.data() instanceof ProductData data) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("name", data.name());
            after.put("groupCode", data.groupCode());
            after.put("gtin", data.gtin());
            after.put("description", data.description());
            after.put("producerId", data.producer().producerId());
            after.put("version", data.version());
            recordChange(PRODUCT, data.productId(), action, data.producer().provinceCode(), after);
        }
    }

    private void recordChange(String entityType, UUID entityId, String action, String provinceCode, Object after) {
        // a registration is the first entry about its record: there is no earlier one to read
        String before = "registered".equals(action) ? null
                : entries.latest(entityType, entityId).map(e -> e.after).orElse(null);
        AuditEntry entry = entry(entityType, entityId, action, provinceCode, after);
        entry.before = before;
        entries.append(entry);
    }

    /**
     * Records a download of registry data ({@code name}, the format, the rows), in a transaction of its own when the
     * caller has none; the caller's province (if any) scopes who reads the entry.
     */
    @Transactional
    public void exported(String name, String format, int rows) {
        String province = Arc.container().requestContext().isActive() ? caller.current().provinceCode()
                : null;
        entries.append(entry(EXPORT, UUID.randomUUID(), "exported", province,
                Map.of("file", name, "format", format, "rows", rows)));
    }

    private AuditEntry entry(String entityType, UUID entityId, String action, String provinceCode, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.actor = actor();
        entry.provinceCode = provinceCode;
        entry.at = OffsetDateTime.now(clock);
        entry.after = json.write(after);
        return entry;
    }

    /** The token subject of the request, or "system" for scheduled work outside a request. */
    private String actor() {
        return Arc.container().requestContext().isActive() ? caller.current().actor() : "system";
    }

    /** Entries matching the filters, oldest first; a province admin sees only its province's entries. */
    @Transactional
    public Page<AuditEntry> search(String entityType, UUID entityId, int page, int size) {
        String province = null;
        if (!caller.current().has(Roles.ADMIN)) {
            province = Optional.ofNullable(caller.current().provinceCode())
                    .orElseThrow(() -> DomainException.refused("no province"));
        }
        return Page.of(entries.search(entityType, entityId, province), page, size);
    }
}
