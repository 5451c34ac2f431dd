package vn.ocop.traceability.serial.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.serial.config.SerialConfig;
import vn.ocop.traceability.serial.repository.SerialScanRepository;

/** The {@link SerialSignatures} of this service: the key read from the database once, when first needed. */
@ApplicationScoped
public class SerialSigningKey {

    private final SerialScanRepository repository;
    private final SerialConfig config;
    private volatile SerialSignatures signatures;

    public SerialSigningKey(SerialScanRepository repository, SerialConfig config) {
        this.repository = repository;
        this.config = config;
    }

    /** The signatures if the key was read already, else null (never reads: fit for an I/O thread). */
    public SerialSignatures ifLoaded() {
        return signatures;
    }

    /** Signs and verifies serials; reads the key on the first call (a failure is thrown, and read again next time). */
    public SerialSignatures signatures() {
        SerialSignatures loaded = signatures;
        if (loaded == null) {
            synchronized (this) {
                loaded = signatures;
                if (loaded == null) {
                    loaded = new SerialSignatures(repository.signingKey(), config.length());
                    signatures = loaded;
                }
            }
        }
        return loaded;
    }
}
