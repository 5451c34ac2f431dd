package vn.ocop.traceability.trace;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The validity boundaries, as of a fixed day (what the injectable Clock gives the service). */
class CertificateStatusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void shouldStayValidOnItsLastDayButFlagItAsExpiringSoon() {
        assertThat(CertificateStatus.of(TODAY, null, TODAY)).isEqualTo(CertificateStatus.EXPIRING_SOON);
        assertThat(CertificateStatus.of(TODAY.plusDays(30), null, TODAY)).isEqualTo(CertificateStatus.EXPIRING_SOON);
        assertThat(CertificateStatus.of(TODAY.plusDays(31), null, TODAY)).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void shouldExpireTheDayAfterValidUntil() {
        assertThat(CertificateStatus.of(TODAY.minusDays(1), null, TODAY)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(CertificateStatus.EXPIRED.showsStars()).isFalse();
    }

    @Test
    void shouldTreatRevocationAsFinalWhateverTheDates() {
        assertThat(CertificateStatus.of(TODAY.plusYears(2), OffsetDateTime.now(), TODAY))
                .isEqualTo(CertificateStatus.REVOKED);
        assertThat(CertificateStatus.REVOKED.showsStars()).isFalse();
    }

    @Test
    void shouldTakeTheRegistrysExpiryAsFinalBeforeValidUntil() {
        assertThat(CertificateStatus.of(TODAY.plusDays(20), null, "EXPIRED", TODAY)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(CertificateStatus.of(TODAY.plusDays(20), null, "VALID", TODAY))
                .isEqualTo(CertificateStatus.EXPIRING_SOON);
        assertThat(CertificateStatus.of(TODAY.plusDays(20), OffsetDateTime.now(), "EXPIRED", TODAY))
                .isEqualTo(CertificateStatus.REVOKED);
    }
}
