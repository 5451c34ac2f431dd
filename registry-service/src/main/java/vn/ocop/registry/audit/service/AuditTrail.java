package vn.ocop.registry.audit.service;

import io.quarkus.security.ForbiddenException;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.ocop.contract.CertificateData;
import vn.ocop.registry.certificate.repository.CertificateRepository;
import vn.ocop.registry.outbox.RegistryFact;
import jakarta.transaction.Transactional;
import vn.ocop.registry.audit.AuditEntry;
import vn.ocop.registry.audit.repository.AuditEntryRepository;
import vn.ocop.registry.platform.json.JsonText;
import vn.ocop.registry.platform.paging.Page;
import vn.ocop.registry.platform.security.CallerScope;
import vn.ocop.registry.platform.security.Roles;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Owns the audit trail: services append an entry inside the transaction of the change it describes (so a change and
 * its entry commit together), and admins and province admins read it.
 */
@ApplicationScoped
public class AuditTrail {

    /** Entity types named in the trail. */
    public static final String DOSSIER = "dossier";
    public static final String SCORING_ROUND = "scoring-round";
    public static final String COUNCIL = "council";
    public static final String CERTIFICATE = "certificate";

    private final AuditEntryRepository entries;
    private final JsonText json;
    private final CallerScope caller;
    private final Clock clock;
    private final CertificateRepository certificates;

    public AuditTrail(AuditEntryRepository entries, JsonText json, CallerScope caller, Clock clock,
                      CertificateRepository certificates) {
        this.entries = entries;
        this.certificates = certificates;
        this.json = json;
        this.caller = caller;
        this.clock = clock;
    }

    /** Appends an entry in the caller's transaction; {@code before} and {@code after} are written as JSON. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, UUID entityId, String action, String provinceCode, Object before,
                       Object after) {
        AuditEntry entry = new AuditEntry();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.actor = actor();
        entry.provinceCode = provinceCode;
        entry.at = OffsetDateTime.now(clock);
        entry.before = json.write(before);
        entry.after = json.write(after);
        entries.persist(entry);
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

    /** The token subject of the request, or "system" for scheduled work outside a request. */
    private String actor() {
        return Arc.container().requestContext().isActive() ? caller.actor() : "system";
    }

    /** Entries matching the filters, oldest first; a province admin sees only its province's entries. */
    @Transactional
    public Page<AuditEntry> search(String entityType, UUID entityId, int page, int size) {
        String province = null;
        if (!caller.has(Roles.ADMIN)) {
            province = caller.claim("province_code").orElseThrow(() -> new ForbiddenException("no province"));
        }
        return Page.of(entries.search(entityType, entityId, province), page, size);
    }
}
