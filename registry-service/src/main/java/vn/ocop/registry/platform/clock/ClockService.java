package vn.ocop.registry.platform.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.ocop.registry.audit.service.AuditTrail;
import vn.ocop.registry.platform.config.RegistryConfig;

import java.util.Map;

/** Moves and resets the registry's clock within its bound, each move an entry of the audit trail. */
@ApplicationScoped
public class ClockService {

    private static final Logger LOG = Logger.getLogger(ClockService.class);

    private final AdjustableClock clock;
    private final RegistryConfig config;
    private final AuditTrail audit;

    public ClockService(AdjustableClock clock, RegistryConfig config, AuditTrail audit) {
        this.clock = clock;
        this.config = config;
        this.audit = audit;
    }

    /** Moves the clock by {@code offset} from the system time; 422 beyond {@code ocop.clock.max-offset}. */
    @Transactional
    public ClockView move(AdjustableClock.Offset offset) {
        if (!clock.isWithin(offset, config.clock().maxOffset())) {
            throw new ClockOffsetOutOfRange(offset, config.clock().maxOffset());
        }
        AdjustableClock.Offset before = clock.offset();
        clock.set(offset);
        audit.record(AuditTrail.CLOCK, AuditTrail.CLOCK_ID, "moved", null, Map.of("offset", before.toString()),
                Map.of("offset", offset.toString()));
        LOG.warnf("the registry clock was moved by %s", offset);
        return ClockView.of(clock);
    }

    /** Back to the system time. */
    @Transactional
    public ClockView reset() {
        AdjustableClock.Offset before = clock.offset();
        clock.reset();
        audit.record(AuditTrail.CLOCK, AuditTrail.CLOCK_ID, "reset", null, Map.of("offset", before.toString()),
                Map.of("offset", clock.offset().toString()));
        LOG.info("the registry clock was reset");
        return ClockView.of(clock);
    }
}
