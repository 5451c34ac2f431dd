package vn.ocop.registry.dossier.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import vn.ocop.platform.media.MediaKeys;
import vn.ocop.platform.storage.BlobStore;
import vn.ocop.registry.platform.text.Digests;

import java.util.List;
import java.util.UUID;

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

    private final EntityManager em;
    private final BlobStore store;
    private volatile boolean stopping;

    public AttachmentStoreCopier(EntityManager em, BlobStore store) {
        this.em = em;
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, sha256, media_type, content from dossier_attachment "
                + "where storage_key is null order by id limit " + BATCH + " for update skip locked").getResultList();
        int copied = 0;
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            String sha256 = (String) row[1];
            byte[] content = (byte[]) row[3];
            if (!Digests.sha256Hex(content).equals(sha256)) {
                LOG.errorf("attachment %s: its bytes do not match its SHA-256 %s; left in the database", id, sha256);
                continue;
            }
            String key = MediaKeys.document(sha256);
            store.put(key, content, (String) row[2]);
            em.createNativeQuery("update dossier_attachment set storage_key = ?1, content = null where id = ?2")
                    .setParameter(1, key).setParameter(2, id).executeUpdate();
            copied++;
        }
        return copied;
    }
}
