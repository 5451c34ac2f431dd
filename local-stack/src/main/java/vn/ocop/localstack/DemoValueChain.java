package vn.ocop.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import vn.ocop.contract.Gtin;
import vn.ocop.infra.JwtKeys;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The demo value chain of "Cao ngựa bạch Trường Nguyên" in the traceability service: its herd's growing area, lot
 * {@value #LOT}, harvest → processing → packing → shipping by the producer and receiving by a retailer (two parties:
 * the lot counts as linked in the registry's indicators), and 20 serialized units. Loaded once: an existing lot is
 * kept.
 */
public final class DemoValueChain {

    public static final String LOT = "TN-2026-11";
    public static final String RETAILER = "cua-hang-ocop.thainguyen@ocop.local";

    private DemoValueChain() {
    }

    /** What the launcher prints: the Digital Link of one serialized unit and whether the chain was loaded now. */
    public record Summary(boolean loadedNow, String serialUri) {
    }

    public static Summary load(URI registryUrl, URI traceabilityUrl, String resolverBaseUrl, JwtKeys keys,
                               UUID productId) {
        String producerId = new RegistryClient(registryUrl, "").get("/products/" + productId).get("producerId")
                .asText();
        RegistryClient producer = new RegistryClient(traceabilityUrl, keys.token("producer-" + producerId,
                Set.of("producer"), Map.of("producer_id", producerId), Duration.ofHours(1)));
        String gtin14 = Gtin.toGtin14(DemoData.TRUONG_NGUYEN_GTIN).orElseThrow();

        JsonNode existing = producer.get("/products/" + productId + "/lots?size=100");
        for (JsonNode lot : existing.path("items")) {
            if (LOT.equals(lot.path("lotCode").asText())) {
                return new Summary(false, serialUri(producer, resolverBaseUrl, gtin14, lot.get("id").asText()));
            }
        }
        JsonNode area = producer.create("/growing-areas", Map.of("producerId", producerId,
                "name", "Trại ngựa bạch Trường Nguyên", "communeCode", DemoData.PHU_BINH,
                "latitude", 21.4925, "longitude", 105.9667, "areaHectares", 3.5,
                "subject", "Ngựa bạch", "subjectKind", "ANIMAL"));
        String lotId = openLot(producer, productId, area.get("id").asText()).get("id").asText();
        LocalDate today = LocalDate.now();
        step(producer, lotId, "harvest", Map.of("harvestDate", today.minusDays(40).toString(), "quantity", 180,
                "uom", "KGM", "eventTime", today.minusDays(40) + "T07:30:00+07:00"));
        step(producer, lotId, "processing", Map.of("quantity", 600, "note", "Nấu cao 72 giờ theo bài thuốc gia truyền",
                "eventTime", today.minusDays(35) + "T08:00:00+07:00"));
        step(producer, lotId, "packing", Map.of("quantity", 600, "eventTime", today.minusDays(20) + "T14:00:00+07:00"));
        step(producer, lotId, "shipping", Map.of("destination", "Cửa hàng OCOP Thái Nguyên",
                "eventTime", today.minusDays(10) + "T09:15:00+07:00"));
        // the retailer records on the lot only once the producer granted it (organisation id = its token subject)
        producer.create("/lots/" + lotId + "/grants", Map.of("organisationId", RETAILER,
                "organisationName", "Cửa hàng OCOP Thái Nguyên", "chainRole", "RETAILER"));
        RegistryClient retailer = producer.as(keys.token(RETAILER, Set.of("retailer"),
                Map.of("name", "Cửa hàng OCOP Thái Nguyên", "organisation_id", RETAILER), Duration.ofHours(1)));
        step(retailer, lotId, "receiving", Map.of("source", "HTX Trường Nguyên", "communeCode", DemoData.PHU_BINH,
                "eventTime", today.minusDays(9) + "T16:40:00+07:00"));
        producer.create("/lots/" + lotId + "/serials", Map.of("count", 20));
        return new Summary(true, serialUri(producer, resolverBaseUrl, gtin14, lotId));
    }

    /** Opens the lot once the product's certificate has reached the traceability service through Kafka. */
    private static JsonNode openLot(RegistryClient producer, UUID productId, String areaId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return producer.create("/products/" + productId + "/lots", Map.of("lotCode", LOT,
                        "productionDate", LocalDate.now().minusDays(35).toString(),
                        "expiryDate", LocalDate.now().plusYears(2).toString(),
                        "quantity", 600, "unit", "hộp 100 g", "growingAreaId", areaId));
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                sleep();
            }
        }
    }

    private static void step(RegistryClient client, String lotId, String step, Map<String, ?> form) {
        client.create("/lots/" + lotId + "/events/" + step, form);
    }

    private static String serialUri(RegistryClient producer, String resolverBaseUrl, String gtin14, String lotId) {
        JsonNode serials = producer.getAuthorized("/lots/" + lotId + "/serials?size=1");
        return resolverBaseUrl + "/01/" + gtin14 + "/10/" + LOT + "/21/" + serials.path("items").get(0)
                .get("serial").asText();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
