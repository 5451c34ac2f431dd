package vn.ocop.registry.imports.service;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import vn.ocop.registry.audit.service.AuditTrail;
import vn.ocop.registry.certificate.service.CertificateCommand;
import vn.ocop.registry.certificate.service.CertificateService;
import vn.ocop.registry.imports.ImportIssue;
import vn.ocop.registry.imports.ImportJob;
import vn.ocop.registry.imports.ImportMode;
import vn.ocop.registry.imports.ImportStatus;
import vn.ocop.registry.imports.config.ImportConfig;
import vn.ocop.registry.imports.repository.ImportIssueRepository;
import vn.ocop.registry.imports.repository.ImportJobRepository;
import vn.ocop.registry.imports.service.ImportValidator.CertificatePlan;
import vn.ocop.registry.imports.service.ImportValidator.Plan;
import vn.ocop.registry.imports.service.ImportValidator.ProducerPlan;
import vn.ocop.registry.imports.service.ImportValidator.ProductPlan;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;
import vn.ocop.registry.producer.service.ProducerService;
import vn.ocop.registry.product.service.ProductCommand;
import vn.ocop.registry.product.service.ProductService;
import vn.ocop.registry.register.RegisterSheets;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Owns bulk imports of legacy registers. A job is recorded with its file, then runs in the background as its
 * submitter: every row is validated first; then rows are written through the producer, product and certificate
 * services (so imported facts publish the same outbox events as API-created ones) — all in one transaction
 * (ALL_OR_NOTHING, and only when no row is bad) or a transaction per chunk of valid rows (VALID_ROWS). Progress is
 * committed as it goes so it can be watched; jobs a stopped service leaves unfinished become INTERRUPTED at start.
 * Limits ({@link ImportConfig}): the workbook's bytes, inflated size and rows are checked before the job is recorded;
 * its content is deleted when the job ends, and finished jobs are purged after the retention period.
 */
@ApplicationScoped
public class ImportService {

    /** Rows written per transaction in VALID_ROWS mode (and between progress updates). */
    static final int CHUNK = 500;
    /** Rows written between two flushes that forget the persistence context's entities (see Writer.forgetWritten). */
    static final int FORGET_EVERY = 5;

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final ImportJobRepository jobs;
    private final ImportIssueRepository issues;
    private final RegisterWorkbook workbooks;
    private final ImportValidator validator;
    private final ProducerService producers;
    private final ProductService products;
    private final CertificateService certificates;
    private final CallerProvider caller;
    private final Clock clock;
    private final ImportConfig limits;
    private final AuditTrail audit;
    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(1)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();

    public ImportService(ImportJobRepository jobs, ImportIssueRepository issues, RegisterWorkbook workbooks,
                         ImportValidator validator, ProducerService producers, ProductService products,
                         CertificateService certificates, CallerProvider caller, Clock clock, ImportConfig limits,
                         AuditTrail audit) {
        this.limits = limits;
        this.jobs = jobs;
        this.issues = issues;
        this.workbooks = workbooks;
        this.validator = validator;
        this.producers = producers;
        this.products = products;
        this.certificates = certificates;
        this.caller = caller;
        this.clock = clock;
        this.audit = audit;
    }

    void interruptLeftovers(@Observes StartupEvent start) {
        int interrupted = QuarkusTransaction.requiringNew().call(() -> jobs.interruptUnfinished(now()));
        if (interrupted > 0) {
            LOG.warnf("%d import job(s) were interrupted by the last stop", interrupted);
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        executor.shutdownNow();
    }

    /** Records a job for the workbook and starts it in the background; returns the job (QUEUED). */
    public ImportJob submit(byte[] content, String fileName, ImportMode mode, SecurityIdentity identity) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("body", "must be an XLSX workbook");
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw DomainException.unsupportedType("The body is not an XLSX workbook (a ZIP package)");
        }
        WorkbookGuard.check(content, limits);
        long rows;
        try {
            rows = workbooks.countRows(content, limits.maxRows());
        } catch (RegisterWorkbook.Unreadable e) {
            throw DomainException.unsupportedType("The body is not a readable XLSX workbook",
                    new vn.ocop.platform.problem.FieldError("body", "must be an XLSX workbook"));
        }
        if (rows > limits.maxRows()) {
            throw DomainException.limitExceeded("import-too-large", "The workbook has more than " + limits.maxRows()
                    + " data rows", new vn.ocop.platform.problem.FieldError("body", "must have at most "
                    + limits.maxRows() + " data rows"));
        }
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.mode = mode;
        job.status = ImportStatus.QUEUED;
        job.actor = caller.current().actor();
        job.fileName = fileName;
        job.content = content;
        job.createdAt = now();
        if (!caller.current().has(Roles.ADMIN)) {
            job.provinceCode = Optional.ofNullable(caller.current().provinceCode())
                    .orElseThrow(() -> DomainException.refused("a province admin needs a province_code claim"));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            jobs.persist(job);
            audit.record(AuditTrail.IMPORT, job.id, "submitted", job.provinceCode, null, Map.of("fileName",
                    String.valueOf(fileName), "mode", mode, "bytes", content.length));
        });
        executor.runAsync(() -> runAs(identity, job.id));
        return job;
    }

    @Transactional
    public ImportJob get(UUID id) {
        ImportJob job = jobs.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Import", id));
        Caller who = caller.current();
        if (!who.has(Roles.ADMIN)
                && !Optional.ofNullable(who.provinceCode()).filter(p -> p.equals(job.provinceCode)).isPresent()) {
            throw DomainException.notFound("Import", id);
        }
        return job;
    }

    @Transactional
    public List<ImportIssue> issues(UUID id) {
        get(id);
        return issues.ofJob(id);
    }

    private void runAs(SecurityIdentity identity, UUID jobId) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(identity);
            run(jobId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "import %s failed", jobId);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            QuarkusTransaction.requiringNew().run(() -> finish(jobId, ImportStatus.FAILED, reason));
        } finally {
            request.terminate();
        }
    }

    private void run(UUID jobId) {
        Started loaded = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = jobs.findById(jobId);
            job.status = ImportStatus.VALIDATING;
            job.startedAt = now();
            return new Started(job.mode, job.provinceCode, job.content);
        });
        RegisterWorkbook.Content content;
        try {
            content = workbooks.read(loaded.content());
        } catch (RegisterWorkbook.Unreadable e) {
            QuarkusTransaction.requiringNew().run(() -> {
                issues.persist(ImportIssue.of(jobId, "workbook", 0, null, ImportIssue.ERROR, e.getMessage(), null));
                finish(jobId, ImportStatus.REJECTED, e.getMessage());
            });
            return;
        }
        int total = content.size();
        QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId).rowsTotal = total);
        Plan plan = validator.validate(jobId, content, loaded.provinceCode(), LocalDate.now(clock),
                done -> progress(jobId, done, null, null));
        QuarkusTransaction.requiringNew().run(() -> {
            issues.persist(plan.issues());
            ImportJob job = jobs.findById(jobId);
            job.rowsBad = plan.badRows();
            job.rowsValidated = total;
        });
        if (loaded.mode() == ImportMode.ALL_OR_NOTHING && plan.badRows() > 0) {
            QuarkusTransaction.requiringNew().run(() -> finish(jobId, ImportStatus.REJECTED, plan.badRows()
                    + " bad row(s): nothing written"));
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId).status = ImportStatus.WRITING);
        Writer writer = new Writer(jobId);
        if (loaded.mode() == ImportMode.ALL_OR_NOTHING) {
            try {
                QuarkusTransaction.requiringNew().timeout(3600).run(() -> writer.writeAll(plan, false));
            } catch (RuntimeException e) {
                QuarkusTransaction.requiringNew().run(() -> {
                    issues.persist(ImportIssue.of(jobId, writer.sheet, writer.row, null, ImportIssue.ERROR,
                            "writing failed, nothing written: " + reason(e), null));
                    finish(jobId, ImportStatus.FAILED, "writing failed at " + writer.sheet + " row " + writer.row
                            + ": " + reason(e));
                });
                return;
            }
            writer.written = plan.size();
        } else {
            writer.writeAll(plan, true);
        }
        int written = writer.written;
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = jobs.findById(jobId);
            job.rowsDone = job.rowsTotal;
            job.rowsWritten = written;
            job.rowsBad = job.rowsTotal - written;
            finish(jobId, ImportStatus.SUCCEEDED, null);
        });
    }

    private record Started(ImportMode mode, String provinceCode, byte[] content) {
    }

    /** Writes the planned rows in order (producers, products, certificates), remembering the ids of file refs. */
    private final class Writer {
        final UUID jobId;
        final Map<String, UUID> producerIds = new HashMap<>();
        final Map<String, UUID> productIds = new HashMap<>();
        String sheet = RegisterSheets.PRODUCERS;
        int row;
        int written;
        int done;

        Writer(UUID jobId) {
            this.jobId = jobId;
        }

        /**
         * Every {@value #FORGET_EVERY} rows of a transaction, flushes and forgets the entities written so far: nothing
         * is kept across rows but ids, and each query's automatic flush would otherwise check every entity of the
         * transaction (the cost of a row grew with its position in the chunk).
         */
        void forgetWritten(int step) {
            if ((step + 1) % FORGET_EVERY == 0) {
                jobs.flushAndForget();
            }
        }

        void writeAll(Plan plan, boolean chunked) {
            List<Runnable> steps = new ArrayList<>();
            List<String> sheets = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (ProducerPlan p : plan.producers()) {
                steps.add(() -> producerIds.put(p.ref(), producers.register(p.command()).id));
                sheets.add(RegisterSheets.PRODUCERS);
                rows.add(p.row());
            }
            for (ProductPlan p : plan.products()) {
                steps.add(() -> {
                    UUID producer = p.existingProducer() != null ? p.existingProducer() : producerIds.get(p.producerRef());
                    if (producer == null) {
                        throw DomainException.invalid("producerRef", "its producer row was not written");
                    }
                    productIds.put(p.ref(), products.register(new ProductCommand(producer, p.name(), p.groupCode(),
                            p.gtin(), p.description())).id);
                });
                sheets.add(RegisterSheets.PRODUCTS);
                rows.add(p.row());
            }
            for (CertificatePlan c : plan.certificates()) {
                steps.add(() -> {
                    UUID product = c.existingProduct() != null ? c.existingProduct() : productIds.get(c.productRef());
                    if (product == null) {
                        throw DomainException.invalid("productRef", "its product row was not written");
                    }
                    certificates.record(new CertificateCommand(product, c.number(), c.stars(), c.issuingAuthority(),
                            c.decisionDate(), c.validUntil()));
                });
                sheets.add(RegisterSheets.CERTIFICATES);
                rows.add(c.row());
            }
            if (!chunked) {
                for (int i = 0; i < steps.size(); i++) {
                    sheet = sheets.get(i);
                    row = rows.get(i);
                    steps.get(i).run();
                    forgetWritten(i);
                    if ((i + 1) % CHUNK == 0) {
                        int d = i + 1;
                        progress(jobId, null, d, null);
                    }
                }
                return;
            }
            for (int start = 0; start < steps.size(); start += CHUNK) {
                int end = Math.min(steps.size(), start + CHUNK);
                int from = start;
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        for (int i = from; i < end; i++) {
                            steps.get(i).run();
                            forgetWritten(i);
                        }
                    });
                    written += end - start;
                } catch (RuntimeException chunkFailure) {
                    // one bad row must not cost the chunk: retry its rows one transaction each
                    for (int i = from; i < end; i++) {
                        Runnable step = steps.get(i);
                        try {
                            QuarkusTransaction.requiringNew().run(step);
                            written++;
                        } catch (RuntimeException e) {
                            String s = sheets.get(i);
                            int r = rows.get(i);
                            LOG.warnf("import %s: %s row %d not written: %s", jobId, s, r, reason(e));
                            QuarkusTransaction.requiringNew().run(() -> issues.persist(ImportIssue.of(jobId, s,
                                    r, null, ImportIssue.ERROR, "not written: " + reason(e), null)));
                        }
                    }
                }
                done = end;
                progress(jobId, null, done, written);
            }
        }
    }

    private void progress(UUID jobId, Integer validated, Integer done, Integer written) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = jobs.findById(jobId);
            if (validated != null) {
                job.rowsValidated = validated;
            }
            if (done != null) {
                job.rowsDone = done;
            }
            if (written != null) {
                job.rowsWritten = written;
            }
        });
    }

    private void finish(UUID jobId, ImportStatus status, String error) {
        ImportJob job = jobs.findById(jobId);
        job.status = status;
        job.error = error;
        job.finishedAt = now();
        Map<String, Object> outcome = new java.util.LinkedHashMap<>();
        outcome.put("status", status);
        outcome.put("rowsTotal", job.rowsTotal);
        outcome.put("rowsWritten", job.rowsWritten);
        outcome.put("rowsBad", job.rowsBad);
        outcome.put("error", error);
        audit.record(AuditTrail.IMPORT, job.id, "finished", job.provinceCode, null, outcome);
        job.content = null; // the workbook is not kept once the job has ended
    }

    @Scheduled(identity = "import-purge", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        int purged = purgeFinished();
        if (purged > 0) {
            LOG.infof("%d finished import job(s) purged", purged);
        }
    }

    /** Deletes jobs (with their issues) that finished longer than {@code ocop.imports.retention} ago. */
    @Transactional
    public int purgeFinished() {
        return jobs.deleteFinishedBefore(now().minus(limits.retention()));
    }

    private static String reason(RuntimeException e) {
        if (e instanceof DomainException d && !d.errors().isEmpty()) {
            return d.errors().get(0).field() + " " + d.errors().get(0).message();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
