package vn.ocop.registry.certificate.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.jboss.logging.Logger;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.certificate.Certificate;
import vn.ocop.registry.certificate.ExpiryRunFinished;
import vn.ocop.registry.certificate.config.CertificateConfig;
import vn.ocop.registry.certificate.repository.CertificateRepository;
import vn.ocop.registry.outbox.RegistryFact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The daily expiry run, as of the registry clock's day: reminds the producers of valid certificates that lapse within
 * {@code ocop.certificates.reminder-days} (certificate.expiring, once per certificate) and records certificates past
 * their last valid day as expired (certificate.expired). It works through batches of certificates locked with
 * {@code for update skip locked}, each batch one transaction with its outbox events, so registry instances running it
 * at the same time share the work and never remind or expire a certificate twice.
 */
@ApplicationScoped
public class CertificateExpiryService {

    private static final Logger LOG = Logger.getLogger(CertificateExpiryService.class);

    private final CertificateRepository certificates;
    private final CertificateService service;
    private final Event<RegistryFact> facts;
    private final Clock clock;
    private final CertificateConfig config;
    private final Event<ExpiryRunFinished> finished;

    public CertificateExpiryService(CertificateRepository certificates, CertificateService service,
                                    Event<RegistryFact> facts, Clock clock, CertificateConfig config,
                                    Event<ExpiryRunFinished> finished) {
        this.finished = finished;
        this.certificates = certificates;
        this.service = service;
        this.facts = facts;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(identity = "certificate-expiry", cron = "${ocop.certificates.expiry-cron:"
            + CertificateConfig.DEFAULT_EXPIRY_CRON + "}", timeZone = "${ocop.time-zone:Asia/Ho_Chi_Minh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        ExpiryRun run = run();
        LOG.infof("certificate expiry run as of %s: %d reminded, %d expired", run.asOf(), run.reminded(),
                run.expired());
    }

    /** Runs now: reminders first, then expiries. */
    public ExpiryRun run() {
        LocalDate today = LocalDate.now(clock);
        int reminded = inBatches(() -> remind(today));
        int expired = inBatches(() -> expire(today));
        finished.fire(new ExpiryRunFinished(today));
        return new ExpiryRun(reminded, expired, today);
    }

    private int inBatches(Supplier<Integer> batch) {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(batch::get);
            total += done;
        } while (done == config.expiryBatchSize());
        return total;
    }

    private int remind(LocalDate today) {
        return mark(certificates.lockDueForReminder(today, today.plusDays(config.reminderDays()),
                config.expiryBatchSize()), (c, now) -> c.reminderSentAt = now, EventTypes.CERTIFICATE_EXPIRING);
    }

    private int expire(LocalDate today) {
        return mark(certificates.lockLapsed(today, config.expiryBatchSize()), (c, now) -> c.expiredAt = now,
                EventTypes.CERTIFICATE_EXPIRED);
    }

    /** Applies {@code change} to the locked certificates, flushes, then publishes one {@code type} event each. */
    private int mark(List<Certificate> locked, BiConsumer<Certificate, OffsetDateTime> change, String type) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Certificate certificate : locked) {
            change.accept(certificate, now);
            certificate.updatedAt = now;
        }
        certificates.flush();
        for (Certificate certificate : locked) {
            facts.fire(new RegistryFact(type, certificate.product.id, service.data(certificate)));
        }
        return locked.size();
    }
}
