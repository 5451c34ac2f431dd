package vn.ocop.traceability.scan;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The scan page in English ({@code Accept-Language: en} or {@code ?lang=en}). */
@Localized("en")
public interface ScanMessagesEn extends ScanMessages {

    @Override
    @Message("OCOP product traceability")
    String pageTitle();

    @Override
    @Message("Traceability")
    String tracing();

    @Override
    @Message("Tiếng Việt")
    String otherLanguage();

    @Override
    @Message("vi")
    String otherLanguageCode();

    @Override
    @Message("No product photo yet")
    String noImage();

    @Override
    @Message("{count} stars")
    String starCount(int count);

    @Override
    @Message("Producer")
    String producer();

    @Override
    @Message("Address")
    String address();

    @Override
    @Message("Commune, province")
    String place();

    @Override
    @Message("Certificate number")
    String certificateNumber();

    @Override
    @Message("Issued by")
    String issuingAuthority();

    @Override
    @Message("Reason for revocation")
    String revocationReason();

    @Override
    @Message("Not OCOP certified")
    String notCertified();

    @Override
    @Message("Valid until {until}")
    String valid(String until);

    @Override
    @Message("Expiring soon: valid until {until}")
    String expiringSoon(String until);

    @Override
    @Message("EXPIRED (was valid until {until})")
    String expired(String until);

    @Override
    @Message("REVOKED")
    String revoked();

    @Override
    @Message("This product's OCOP certificate is no longer valid. The product is not a recognised starred OCOP "
            + "product.")
    String notValidWarning();

    @Override
    @Message("Production lot")
    String lot();

    @Override
    @Message("Lot code")
    String lotCode();

    @Override
    @Message("Production date")
    String productionDate();

    @Override
    @Message("Best before")
    String expiryDate();

    @Override
    @Message("Quantity")
    String quantity();

    @Override
    @Message("Growing area")
    String growingArea();

    @Override
    @Message("Crop or animal")
    String subject();

    @Override
    @Message("Area")
    String areaSize();

    @Override
    @Message("Product journey")
    String timeline();

    @Override
    @Message("No event has been recorded for this lot yet.")
    String noEvents();

    @Override
    @Message("Recorded by")
    String recordedBy();

    @Override
    @Message("… and {count} more events")
    String moreEvents(long count);

    @Override
    @Message("Full EPCIS data of the lot")
    String epcisExport();

    @Override
    @Message("Serial number")
    String serial();

    @Override
    @Message("Genuine code: issued by the producer.")
    String verdictAuthentic();

    @Override
    @Message("Warning: this code has been scanned {count} times. Copies of it may be circulating.")
    String verdictScannedManyTimes(long count);

    @Override
    @Message("Warning: this code was just scanned in places implausibly far apart. It may be counterfeit.")
    String verdictSuspicious();

    @Override
    @Message("NOT AN ISSUED CODE: the producer never issued this code. The product may be counterfeit.")
    String verdictUnknown();

    @Override
    @Message("Harvest, lot created")
    String stepCommissioning();

    @Override
    @Message("Processing")
    String stepTransforming();

    @Override
    @Message("Packing")
    String stepPacking();

    @Override
    @Message("Shipping")
    String stepShipping();

    @Override
    @Message("Receiving")
    String stepReceiving();

    @Override
    @Message("Quality inspection")
    String stepInspecting();

    @Override
    @Message("Storage")
    String stepStoring();

    @Override
    @Message("Event")
    String stepOther();

    @Override
    @Message("Traceability code")
    String digitalLink();

    @Override
    @Message("d MMM yyyy")
    String datePattern();
}
