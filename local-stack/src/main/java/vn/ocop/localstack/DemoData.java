package vn.ocop.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import vn.ocop.contract.DigitalLinks;
import vn.ocop.contract.Gtin;
import vn.ocop.platform.media.LabelPicture;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Owns the demo data of Phú Bình (Thái Nguyên), after seed 000: Hoàng Văn Hoan's "Cao ngựa bạch Hoan Hoa" (3★), the
 * district's one 4★ product "Cao ngựa bạch Trường Nguyên", and five more plausible 3★ products, all in commune 05908.
 * Loaded through the registry's public API, once: a second load finds Hoan Hoa and does nothing.
 */
public final class DemoData {

    public static final String PHU_BINH = "05908";
    public static final String THAI_NGUYEN = "19";
    public static final String ISSUER = "UBND tỉnh Thái Nguyên";
    public static final String HOAN_HOA_PRODUCT = "Cao ngựa bạch Hoan Hoa";
    public static final String TRUONG_NGUYEN_PRODUCT = "Cao ngựa bạch Trường Nguyên";
    /** GS1 Vietnam prefix 893 + a demo company prefix; check digits computed, never typed. */
    public static final String TRUONG_NGUYEN_GTIN = gtin13("893500000001");
    public static final String HOAN_HOA_GTIN = gtin13("893500000002");

    /** What the launcher prints after loading. */
    public record Summary(boolean loadedNow, UUID hoanHoaProducerId, UUID truongNguyenProductId, String scanUrl,
                          int products) {
    }

    private record Demo(Map<String, Object> producer, String product, String group, String gtin, String description,
                        int stars, String certificateNumber, int monthsAgo) {
    }

    private DemoData() {
    }

    /** Loads the demo data unless {@code GET /products?q=Hoan Hoa} finds it; {@code adminToken} signs the writes. */
    public static Summary load(URI registryUrl, String adminToken, String resolverBaseUrl) {
        RegistryClient registry = new RegistryClient(registryUrl, adminToken);
        boolean loadedNow = false;
        if (find(registry, "Hoan Hoa") == null) {
            LocalDate today = LocalDate.now();
            for (Demo demo : demos()) {
                JsonNode producer = registry.create("/producers", demo.producer());
                Map<String, Object> product = new LinkedHashMap<>();
                product.put("producerId", producer.get("id").asText());
                product.put("name", demo.product());
                product.put("groupCode", demo.group());
                if (demo.gtin() != null) {
                    product.put("gtin", demo.gtin());
                }
                product.put("description", demo.description());
                JsonNode created = registry.create("/products", product);
                registry.create("/certificates", Map.of(
                        "productId", created.get("id").asText(),
                        "number", demo.certificateNumber(),
                        "stars", demo.stars(),
                        "issuingAuthority", ISSUER,
                        "decisionDate", today.minusMonths(demo.monthsAgo()).toString()));
            }
            loadedNow = true;
        }
        addPictures(registry);
        JsonNode hoanHoa = find(registry, "Hoan Hoa");
        JsonNode truongNguyen = find(registry, "Truong Nguyen");
        if (hoanHoa == null || truongNguyen == null) {
            throw new IllegalStateException("demo products not found after loading: is the registry's search (q) "
                    + "diacritics-insensitive?");
        }
        UUID truongNguyenId = UUID.fromString(truongNguyen.get("id").asText());
        return new Summary(loadedNow, UUID.fromString(hoanHoa.get("producerId").asText()), truongNguyenId,
                new DigitalLinks(resolverBaseUrl).product(truongNguyenId, TRUONG_NGUYEN_GTIN), demos().size());
    }

    /**
     * Gives every demo product without an image a label picture drawn with Java2D (no committed binaries), uploaded
     * through the API like a producer would, with alt texts in Vietnamese and English.
     */
    private static void addPictures(RegistryClient registry) {
        List<Demo> demos = demos();
        for (int i = 0; i < demos.size(); i++) {
            Demo demo = demos.get(i);
            JsonNode product = find(registry, RegistryClient.fold(demo.product()));
            if (product == null || product.path("images").size() > 0) {
                continue;
            }
            byte[] picture = LabelPicture.png(demo.product(), demo.stars(), i / (float) demos.size(), 1200, 900);
            registry.upload("/products/" + product.get("id").asText() + "/images?altVi="
                    + RegistryClient.query("Hộp " + demo.product() + " với nhãn OCOP " + demo.stars() + " sao")
                    + "&altEn=" + RegistryClient.query("Package of " + RegistryClient.fold(demo.product())
                    + " with its " + demo.stars() + "-star OCOP label"), picture, "image/png");
        }
    }

    private static JsonNode find(RegistryClient registry, String words) {
        JsonNode page = registry.get("/products?size=100&q=" + RegistryClient.query(words) + "&commune=" + PHU_BINH);
        for (JsonNode item : page.path("items")) {
            if (RegistryClient.fold(item.path("name").asText()).contains(RegistryClient.fold(words))) {
                return item;
            }
        }
        return null;
    }

    private static List<Demo> demos() {
        return List.of(
                new Demo(producer("Cơ sở chế biến cao ngựa bạch Hoan Hoa", "HKD", null, "Xóm Phẩm 1, Dương Thành",
                        "Hoàng Văn Hoan", 6),
                        HOAN_HOA_PRODUCT, "HERBAL", HOAN_HOA_GTIN,
                        "Cao ngựa bạch nấu thủ công từ xương ngựa bạch nuôi tại Phú Bình, hộp 100 g.",
                        3, "2316/QĐ-UBND", 11),
                new Demo(producer("Cơ sở sản xuất cao ngựa bạch Trường Nguyên", "HKD", null,
                        "Xóm Đồng Quang, Bảo Lý", "Nguyễn Văn Trường", 9),
                        TRUONG_NGUYEN_PRODUCT, "HERBAL", TRUONG_NGUYEN_GTIN,
                        "Cao ngựa bạch nguyên chất, quy trình nấu 72 giờ, hộp 100 g và 200 g.",
                        4, "2317/QĐ-UBND", 11),
                new Demo(producer("Hợp tác xã Nông nghiệp Úc Kỳ", "HTX", "4601582937", "Xóm Trại, Úc Kỳ",
                        "Dương Văn Thắng", 25),
                        "Gạo nếp vải Úc Kỳ", "FOOD", gtin13("893500000003"),
                        "Gạo nếp vải hạt tròn, dẻo thơm, túi 2 kg.", 3, "1048/QĐ-UBND", 20),
                new Demo(producer("Tổ hợp tác chè Tân Hòa", "THT", null, "Xóm Cầu Đá, Tân Hòa", "Lê Thị Hằng", 12),
                        "Chè xanh Tân Hòa", "BEVERAGE", gtin13("893500000004"),
                        "Chè búp sao tay, gói 200 g.", 3, "1049/QĐ-UBND", 20),
                new Demo(producer("Công ty TNHH Ong mật Phú Bình", "DN", "4601736520", "Tổ dân phố Ga, Hương Sơn",
                        "Trần Văn Phong", 18),
                        "Mật ong hoa vải Phú Bình", "FOOD", null,
                        "Mật ong hoa vải vụ xuân, chai 500 ml.", 3, "3121/QĐ-UBND", 5),
                new Demo(producer("Cơ sở sản xuất bún khô Kha Sơn", "HKD", null, "Xóm Kha Sơn 2, Kha Sơn",
                        "Ngô Thị Lan", 7),
                        "Bún khô Kha Sơn", "FOOD", gtin13("893500000005"),
                        "Bún khô làm từ gạo Bao thai, gói 500 g.", 3, "3122/QĐ-UBND", 5),
                new Demo(producer("Hợp tác xã Dịch vụ nông nghiệp Tân Đức", "HTX", "4601694418",
                        "Xóm Kê, Tân Đức", "Đặng Văn Quý", 30),
                        "Bưởi Diễn Tân Đức", "FOOD", gtin13("893500000006"),
                        "Bưởi Diễn trồng theo VietGAP, quả 1–1,5 kg.", 3, "1050/QĐ-UBND", 20));
    }

    private static Map<String, Object> producer(String name, String type, String taxCode, String address,
                                                String contactName, int workers) {
        Map<String, Object> producer = new LinkedHashMap<>();
        producer.put("name", name);
        producer.put("type", type);
        if (taxCode != null) {
            producer.put("taxCode", taxCode);
        }
        producer.put("communeCode", PHU_BINH);
        producer.put("address", address);
        producer.put("contactName", contactName);
        producer.put("workers", workers);
        return producer;
    }

    /** A GTIN-13 from its first 12 digits (GS1 mod-10 check digit). */
    public static String gtin13(String first12) {
        return first12 + Gtin.checkDigit(first12);
    }
}
