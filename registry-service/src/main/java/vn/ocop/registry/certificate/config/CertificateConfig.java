package vn.ocop.registry.certificate.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the daily expiry run starts, how early producers are reminded, and how many certificates a run locks at once. */
@ConfigMapping(prefix = "ocop.certificates")
public interface CertificateConfig {

    /** Quartz-style cron of the daily expiry run, in {@code ocop.time-zone}; {@code off} disables it. */
    @WithDefault(DEFAULT_EXPIRY_CRON)
    String expiryCron();

    /** Days before {@code validUntil} from which the producer is reminded (docs/DOMAIN.md §1: at least 30). */
    @WithDefault("30")
    int reminderDays();

    /** Certificates locked and changed per transaction of an expiry run. */
    @WithDefault("200")
    int expiryBatchSize();

    /** 01:30 every day, Vietnam time (before office hours, after the day has turned). */
    String DEFAULT_EXPIRY_CRON = "0 30 1 * * ?";
}
