package vn.ocop.traceability.scan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.trace.rest.TraceRecord;

import java.time.format.DateTimeFormatter;

/**
 * Renders the Vietnamese scan page a shopper sees after scanning a product's QR code, with the certificate validity
 * worded so that a lapsed or revoked star can never be mistaken for a valid one.
 */
@ApplicationScoped
public class ScanPageRenderer {

    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @CheckedTemplate(basePath = "scan")
    static class Templates {
        static native TemplateInstance page(ScanView view);
    }

    /** The HTML page for a trace record. */
    public String render(TraceRecord record) {
        return Templates.page(ScanView.of(record)).render();
    }

    /** What the page shows, with dates and statuses already in Vietnamese. */
    public record ScanView(String name, String groupName, String description, String producerName,
                           String producerAddress, String place, Integer stars, String starGlyphs,
                           boolean certified, String certificateNumber, String issuingAuthority, String statusText,
                           String statusClass, String revocationReason, String digitalLink) {

        static ScanView of(TraceRecord r) {
            TraceRecord.CertificateSummary c = r.certificate();
            String place = r.location() == null ? null : join(r.location().communeName(), r.location().provinceName());
            return new ScanView(r.name(), r.groupName(), r.description(),
                    r.producer() == null ? null : r.producer().name(),
                    r.producer() == null ? null : r.producer().address(), place,
                    r.stars(), r.stars() == null ? null : "★".repeat(r.stars()),
                    c != null, c == null ? null : c.number(), c == null ? null : c.issuingAuthority(),
                    statusText(c), c == null ? "none" : c.status().name().toLowerCase().replace('_', '-'),
                    c == null ? null : c.revocationReason(), r.digitalLink());
        }

        private static String statusText(TraceRecord.CertificateSummary c) {
            if (c == null) {
                return "Chưa được chứng nhận OCOP";
            }
            String until = c.validUntil().format(VIETNAMESE_DATE);
            return switch (c.status()) {
                case VALID -> "Còn hiệu lực đến " + until;
                case EXPIRING_SOON -> "Sắp hết hạn: còn hiệu lực đến " + until;
                case EXPIRED -> "ĐÃ HẾT HẠN (hiệu lực đến " + until + ")";
                case REVOKED -> "ĐÃ BỊ THU HỒI";
            };
        }

        private static String join(String commune, String province) {
            if (commune == null) {
                return province;
            }
            return province == null ? commune : commune + ", " + province;
        }
    }
}
