package vn.ocop.registry.dossier.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.ocop.platform.media.MediaKeys;
import vn.ocop.platform.storage.BlobStore;
import vn.ocop.registry.dossier.repository.DossierAttachmentRepository;
import vn.ocop.registry.dossier.repository.DossierAttachmentRepository.Uncopied;
import vn.ocop.registry.platform.text.Digests;


/**
 * Moves attachment bytes written before attachments lived in the blob store (V21) out of PostgreSQL: a few rows at a
 * time, each batch in its own transaction (rows locked with SKIP LOCKED so several instances share the work), the
 * bytes checked against the stored SHA-256, stored under {@code documents/{sha256}}, then {@code storage_key} set and
 * {@code content} cleared. Stopping at any point loses nothing: the next run (or instance) goes on with the rows still
 * without a storage key. Runs every {@code ocop.dossiers.attachment-copy-every} (default 10 s).
 */
@ApplicationScoped
public class AttachmentStoreCopier {

    private static final Logger LOG = Logger.getLogger(AttachmentStoreCopier.class);
    private static final int BATCH = 10;

    private final DossierAttachmentRepository attachments;
    private final BlobStore store;
    private volatile boolean stopping;

    public AttachmentStoreCopier(DossierAttachmentRepository attachments, BlobStore store) {
        this.attachments = attachments;
        this.store = store;
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${ocop.dossiers.attachment-copy-every:10s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void copyPending() {
        int copied = 0;
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            int batch = QuarkusTransaction.requiringNew().call(this::copyBatch);
            copied += batch;
            if (batch < BATCH) {
                break;
            }
        }
        if (copied > 0) {
            LOG.infof("copied %d dossier attachments from the database to the blob store", copied);
        }
    }

    /** Copies up to {@link #BATCH} rows; the number copied. */
    int copyBatch() {
        int copied = 0;
        for (Uncopied row : attachments.lockUncopied(BATCH)) {
            if (!Digests.sha256Hex(row.content()).equals(row.sha256())) {
                LOG.errorf("attachment %s: its bytes do not match its SHA-256 %s; left in the database", row.id(),
                        row.sha256());
                continue;
            }
            String key = MediaKeys.document(row.sha256());
            store.put(key, row.content(), row.mediaType());
            attachments.markCopied(row.id(), key);
            copied++;
        }
        return copied;
    }
}
