package vn.ocop.traceability.scan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.contract.ImageData;
import vn.ocop.traceability.trace.LotTrace;
import vn.ocop.traceability.trace.ProductTrace;
import vn.ocop.traceability.trace.ScanAnswer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders the scan page a shopper sees after scanning a QR code, in Vietnamese or English, with the certificate
 * validity worded so that a lapsed or revoked star can never be mistaken for a valid one (a red banner), the lot's
 * value-chain timeline and the serial's authenticity verdict.
 */
@ApplicationScoped
public class ScanPageRenderer {

    /** The languages of the page; the first is the default. */
    public static final List<String> LANGUAGES = List.of("vi", "en");

    @CheckedTemplate(basePath = "scan")
    static class Templates {
        static native TemplateInstance page(ScanView view);
    }

    /** The HTML page of {@code answer} in {@code lang} ({@code vi} or {@code en}). */
    public String render(ScanAnswer answer, String lang) {
        String language = LANGUAGES.contains(lang) ? lang : LANGUAGES.get(0);
        ScanMessages messages = MessageBundles.get(ScanMessages.class, Localized.Literal.of(language));
        return Templates.page(ScanView.of(answer, language, messages))
                .setLocale(Locale.forLanguageTag(language)).render();
    }

    /** What the page shows, every text already in the page language. */
    public record ScanView(String lang, String otherLang, String otherLangLabel, String name, String groupName,
                           String initial, String description, String producerName, String producerAddress,
                           String place, Integer stars, String starGlyphs, String starLabel, boolean certified,
                           String certificateNumber, String issuingAuthority, String statusText, String statusClass,
                           boolean invalid, String revocationReason, SerialSection serial, LotSection lot,
                           String digitalLink, ImageSection image) {

        static ScanView of(ScanAnswer answer, String lang, ScanMessages m) {
            DateTimeFormatter dates = DateTimeFormatter.ofPattern(m.datePattern(), Locale.forLanguageTag(lang));
            ProductTrace r = answer.product();
            ProductTrace.CertificateSummary c = r.certificate();
            String place = r.location() == null ? null : join(r.location().communeName(), r.location().provinceName());
            boolean invalid = c != null && !c.status().showsStars();
            return new ScanView(lang, m.otherLanguageCode(), m.otherLanguage(), r.name(), r.groupName(),
                    r.name() == null || r.name().isBlank() ? "?" : r.name().substring(0, 1),
                    r.description(),
                    r.producer() == null ? null : r.producer().name(),
                    r.producer() == null ? null : r.producer().address(), place,
                    r.stars(), r.stars() == null ? null : "★".repeat(r.stars()),
                    r.stars() == null ? null : m.starCount(r.stars()),
                    c != null, c == null ? null : c.number(), c == null ? null : c.issuingAuthority(),
                    statusText(c, m, dates), c == null ? "none" : c.status().name().toLowerCase().replace('_', '-'),
                    invalid, c == null ? null : c.revocationReason(),
                    answer.serial() == null ? null : SerialSection.of(answer.serial(), m),
                    answer.lot() == null ? null : LotSection.of(answer.lot(), m, dates, lang), answer.uri(),
                    r.images() == null || r.images().isEmpty() ? null
                            : ImageSection.of(r.images().get(0), lang, r.name()));
        }

        private static String statusText(ProductTrace.CertificateSummary c, ScanMessages m, DateTimeFormatter dates) {
            if (c == null) {
                return m.notCertified();
            }
            String until = c.validUntil().format(dates);
            return switch (c.status()) {
                case VALID -> m.valid(until);
                case EXPIRING_SOON -> m.expiringSoon(until);
                case EXPIRED -> m.expired(until);
                case REVOKED -> m.revoked();
            };
        }
    }

    /** The serialized unit and the verdict on this scan; no verdict when no verification was made. */
    public record SerialSection(String serial, String verdictText, String verdictClass) {

        static SerialSection of(ScanAnswer.SerialCheck s, ScanMessages m) {
            if (s.verdict() == null) {
                return new SerialSection(s.serial(), null, null);
            }
            return switch (s.verdict()) {
                case "AUTHENTIC" -> new SerialSection(s.serial(), m.verdictAuthentic(), "ok");
                case "SCANNED_MANY_TIMES" -> new SerialSection(s.serial(),
                        m.verdictScannedManyTimes(s.scanCount() == null ? 0 : s.scanCount()), "warn");
                case "SUSPICIOUS" -> new SerialSection(s.serial(), m.verdictSuspicious(), "danger");
                default -> new SerialSection(s.serial(), m.verdictUnknown(), "danger");
            };
        }
    }

    /** The lot, its growing area and its timeline. */
    public record LotSection(String lotCode, String productionDate, String expiryDate, String quantity,
                             AreaSection area, List<StepRow> steps, String moreEvents, String epcis) {

        static LotSection of(LotTrace l, ScanMessages m, DateTimeFormatter dates, String lang) {
            List<StepRow> steps = l.timeline().stream().map(t -> StepRow.of(t, m, dates)).toList();
            long more = l.eventCount() - steps.size();
            return new LotSection(l.lotCode(), format(l.productionDate(), dates), format(l.expiryDate(), dates),
                    l.quantity() == null ? null : plain(l.quantity()) + " " + l.unit(),
                    l.growingArea() == null ? null : AreaSection.of(l.growingArea(), lang), steps,
                    more > 0 ? m.moreEvents(more) : null, l.epcis());
        }
    }

    /** Where the lot's raw material comes from. */
    public record AreaSection(String name, String place, String subject, String size, ImageSection photo) {

        static AreaSection of(LotTrace.GrowingAreaSummary a, String lang) {
            return new AreaSection(a.name(), join(a.communeName(), a.provinceName()), a.subject(),
                    a.areaHectares() == null ? null : plain(a.areaHectares()) + " ha",
                    a.photo() == null ? null : ImageSection.of(a.photo(), lang, a.name()));
        }
    }

    /**
     * An image as {@code <img>} attributes: the 480 px variant as {@code src} with its width and height (no layout
     * shift), every variant in {@code srcset}, and the alt text in the page language (the other language's, then
     * {@code fallback}, when missing).
     */
    public record ImageSection(String src, String srcset, int width, int height, String alt) {

        static ImageSection of(ImageData image, String lang, String fallback) {
            ImageData.Variant main = image.variants().stream().filter(v -> "480".equals(v.name())).findFirst()
                    .orElse(image.variants().get(0));
            String srcset = image.variants().stream().map(v -> v.url() + " " + v.width() + "w").distinct()
                    .collect(java.util.stream.Collectors.joining(", "));
            String alt = "en".equals(lang) ? firstOf(image.altEn(), image.altVi(), fallback)
                    : firstOf(image.altVi(), image.altEn(), fallback);
            return new ImageSection(main.url(), srcset, main.width(), main.height(), alt);
        }

        private static String firstOf(String... texts) {
            for (String t : texts) {
                if (t != null && !t.isBlank()) {
                    return t;
                }
            }
            return "";
        }
    }

    /** One step of the timeline: when (in the event's own offset), what, where, who. */
    public record StepRow(String time, String step, String where, String who) {

        static StepRow of(LotTrace.TimelineEntry t, ScanMessages m, DateTimeFormatter dates) {
            OffsetDateTime at = OffsetDateTime.parse(t.eventTime());
            String time = at.format(dates) + " " + at.format(DateTimeFormatter.ofPattern("HH:mm"))
                    + " (UTC" + at.getOffset().getId().replace("Z", "+00:00") + ")";
            return new StepRow(time, stepName(t.eventType(), t.bizStep(), m), t.where(), t.who());
        }

        private static String stepName(String eventType, String bizStep, ScanMessages m) {
            // CBV 2.0 has no "transforming" step: processing is a TransformationEvent, usually with commissioning
            if ("TransformationEvent".equals(eventType)) {
                return m.stepTransforming();
            }
            if (bizStep == null) {
                return m.stepOther();
            }
            return switch (bizStep) {
                case "commissioning" -> m.stepCommissioning();
                case "transforming" -> m.stepTransforming();
                case "packing" -> m.stepPacking();
                case "shipping", "departing" -> m.stepShipping();
                case "receiving", "arriving", "accepting" -> m.stepReceiving();
                case "inspecting" -> m.stepInspecting();
                case "storing" -> m.stepStoring();
                default -> m.stepOther() + " (" + bizStep + ")";
            };
        }
    }

    private static String format(LocalDate date, DateTimeFormatter dates) {
        return date == null ? null : date.format(dates);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + ", " + second;
    }
}
