package vn.ocop.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import vn.ocop.infra.JwtKeys;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Owns the certification demo: publishes the six shipped criteria sets through the admin API, sets up the Thái
 * Nguyên council (chaired by the printed council-member token's subject) and walks demo dossiers into several states:
 * a renewal DRAFT, a SUBMITTED dossier, one under COUNCIL_REVIEW with an open round waiting for the chair's scores,
 * and one RANKED 3★ through the whole workflow. Idempotent: nothing is done once the council exists.
 */
public final class DemoWorkflow {

    /** Token subjects of the demo council; the first chairs and is the launcher's council-member token. */
    public static final List<String> COUNCIL = List.of(DemoTokens.COUNCIL_MEMBER, "uy-vien.2@ocop.local",
            "uy-vien.3@ocop.local");
    private static final byte[] FORM = ("%PDF-1.4\n% Phiếu đăng ký sản phẩm OCOP (bản mẫu)\n1 0 obj<</Type/Catalog"
            + ">>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);

    /** What was loaded, for the launcher's printout. */
    public record Summary(boolean loadedNow, int criteriaSets, Map<String, String> dossiers) {
    }

    private DemoWorkflow() {
    }

    public static Summary load(URI registryUrl, JwtKeys keys, Path repositoryRoot) {
        Map<String, String> tokens = DemoTokens.forEveryRole(keys, null);
        RegistryClient admin = new RegistryClient(registryUrl, tokens.get("admin"));
        int sets = publishCriteriaSets(admin, repositoryRoot.resolve("registry-service/src/main/resources/criteria-sets"));
        RegistryClient province = admin.as(tokens.get("province-admin"));
        Map<String, String> dossiers = new LinkedHashMap<>();
        if (province.getAuthorized("/councils").size() > 0) {
            return new Summary(false, sets, dossiers);
        }
        JsonNode council = province.create("/councils", Map.of("level", "PROVINCIAL",
                "provinceCode", DemoData.THAI_NGUYEN,
                "name", "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thái Nguyên",
                "members", List.of(member(0, "Nguyễn Thị Minh", true), member(1, "Trần Quốc Bảo", false),
                        member(2, "Lý Thu Hà", false))));
        RegistryClient officer = admin.as(tokens.get("commune-officer"));
        RegistryClient secretary = admin.as(tokens.get("council-secretary"));

        String ranked = intake(admin, officer, product(admin, officer, "Nông nghiệp Úc Kỳ", "Gạo bao thai Úc Kỳ",
                "FOOD"), true);
        toCouncil(officer, ranked);
        String round = open(secretary, council, ranked);
        for (int i = 0; i < COUNCIL.size(); i++) {
            score(admin, keys, round, i, ranked, 60 + 2 * i);
        }
        dossiers.put("RANKED 3★ (Gạo bao thai Úc Kỳ)", ranked);

        String review = intake(admin, officer, product(admin, officer, "bún khô Kha Sơn", "Nem chua Kha Sơn",
                "FOOD"), true);
        toCouncil(officer, review);
        String openRound = open(secretary, council, review);
        score(admin, keys, openRound, 1, review, 74);
        score(admin, keys, openRound, 2, review, 76);
        dossiers.put("COUNCIL_REVIEW, round " + openRound + " waits for the chair (council-member token)", review);

        String submitted = intake(admin, officer, product(admin, officer, "chè Tân Hòa", "Trà hoa vàng Tân Hòa",
                "BEVERAGE"), true);
        dossiers.put("SUBMITTED (Trà hoa vàng Tân Hòa)", submitted);

        String renewal = intake(admin, officer, existing(admin, "Mat ong hoa vai"), false);
        dossiers.put("DRAFT renewal (Mật ong hoa vải Phú Bình)", renewal);
        return new Summary(true, sets, dossiers);
    }

    /**
     * Certifies one new product of a Phú Bình demo producer through the whole workflow on {@code registryUrl}: dossier,
     * commune review, the demo council's round (every member scores 60–64), ranked 3★ with a system-numbered
     * certificate. Needs {@link #load} to have run. Returns the product id (load and fault tests).
     */
    public static String certifyNewProduct(URI registryUrl, JwtKeys keys, String productName) {
        Map<String, String> tokens = DemoTokens.forEveryRole(keys, null);
        RegistryClient admin = new RegistryClient(registryUrl, tokens.get("admin"));
        JsonNode councils = admin.as(tokens.get("province-admin")).getAuthorized("/councils");
        JsonNode council = councils.isArray() ? councils.get(0) : councils.path("items").get(0);
        RegistryClient officer = admin.as(tokens.get("commune-officer"));
        String productId = product(admin, officer, "Nông nghiệp Úc Kỳ", productName, "FOOD");
        String dossier = intake(admin, officer, productId, true);
        toCouncil(officer, dossier);
        String round = open(admin.as(tokens.get("council-secretary")), council, dossier);
        for (int i = 0; i < COUNCIL.size(); i++) {
            score(admin, keys, round, i, dossier, 60 + 2 * i);
        }
        return productId;
    }

    /** Publishes the shipped criteria sets not yet published, with an admin token; how many were published. */
    public static int publishCriteriaSets(URI registryUrl, String adminToken, Path repositoryRoot) {
        return publishCriteriaSets(new RegistryClient(registryUrl, adminToken),
                repositoryRoot.resolve("registry-service/src/main/resources/criteria-sets"));
    }

    private static int publishCriteriaSets(RegistryClient admin, Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int published = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode set = RegistryClient.JSON.readTree(file.toFile());
                String group = set.get("groupCode").asText();
                if (admin.getResponse("/criteria-sets/" + group + "/current").statusCode() == 404) {
                    admin.create("/criteria-sets", RegistryClient.JSON.convertValue(set, Map.class));
                    published++;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the criteria sets in " + folder, e);
        }
        return published;
    }

    private static Map<String, Object> member(int index, String name, boolean chair) {
        return Map.of("subject", COUNCIL.get(index), "fullName", name, "chair", chair);
    }

    /** Registers a new product for the demo producer whose product name contains {@code producerWords}. */
    private static String product(RegistryClient admin, RegistryClient officer, String producerWords, String name,
                                  String group) {
        JsonNode producer = admin.get("/producers?size=100&commune=" + DemoData.PHU_BINH + "&q="
                + RegistryClient.query(producerWords)).path("items").get(0);
        return officer.create("/products", Map.of("producerId", producer.get("id").asText(), "name", name,
                "groupCode", group)).get("id").asText();
    }

    private static String existing(RegistryClient admin, String words) {
        return admin.get("/products?size=10&q=" + RegistryClient.query(words)).path("items").get(0).get("id")
                .asText();
    }

    /** The commune officer opens a dossier on the producer's behalf, attaches the form, self-assesses; submits. */
    private static String intake(RegistryClient admin, RegistryClient officer, String productId, boolean submit) {
        JsonNode dossier = officer.create("/dossiers", Map.of("productId", productId));
        String id = dossier.get("id").asText();
        officer.upload("/dossiers/" + id + "/attachments?kind=REGISTRATION_FORM&fileName=phieu-dang-ky.pdf&version="
                + dossier.get("version").asLong(), FORM, "application/pdf");
        JsonNode set = admin.get("/criteria-sets/" + dossier.get("criteriaGroup").asText() + "/current");
        Map<String, String> picks = selections(set, 65);
        if (!submit) {
            picks = Map.of(picks.keySet().iterator().next(), picks.values().iterator().next());
        }
        JsonNode assessed = officer.put("/dossiers/" + id + "/self-assessment", Map.of("version",
                version(admin, id), "selections", picks));
        if (submit) {
            officer.act("/dossiers/" + id + "/transitions", Map.of("to", "SUBMITTED", "version",
                    assessed.get("version").asLong()));
        }
        return id;
    }

    private static void toCouncil(RegistryClient officer, String id) {
        JsonNode reviewed = officer.act("/dossiers/" + id + "/transitions", Map.of("to", "COMMUNE_REVIEW",
                "version", version(officer, id)));
        officer.act("/dossiers/" + id + "/transitions", Map.of("to", "COUNCIL_REVIEW", "version",
                reviewed.get("version").asLong(), "samplesReceivedOn", LocalDate.now().minusDays(3).toString()));
    }

    private static String open(RegistryClient secretary, JsonNode council, String dossierId) {
        List<String> present = new ArrayList<>();
        council.get("members").forEach(m -> present.add(m.get("id").asText()));
        return secretary.create("/scoring-rounds", Map.of("dossierId", dossierId, "councilId",
                council.get("id").asText(), "presentMemberIds", present)).get("id").asText();
    }

    private static void score(RegistryClient admin, JwtKeys keys, String round, int member, String dossierId,
                              int total) {
        JsonNode dossier = admin.getAuthorized("/dossiers/" + dossierId);
        JsonNode set = admin.get("/criteria-sets/" + dossier.get("criteriaGroup").asText() + "/versions/"
                + dossier.get("criteriaVersion").asInt());
        String token = keys.token(COUNCIL.get(member), Set.of("council-member"),
                Map.of("province_code", DemoData.THAI_NGUYEN), DemoTokens.LIFETIME);
        admin.as(token).act("/scoring-rounds/" + round + "/scores", Map.of("selections", selections(set, total)));
    }

    private static long version(RegistryClient client, String dossierId) {
        return client.getAuthorized("/dossiers/" + dossierId).get("version").asLong();
    }

    /** One passing option per criterion, adding up to {@code total}: start at the lowest, raise greedily. */
    public static Map<String, String> selections(JsonNode set, int total) {
        Map<String, String> picks = new LinkedHashMap<>();
        int sum = 0;
        List<JsonNode> criteria = new ArrayList<>();
        set.get("parts").forEach(p -> p.get("sections").forEach(s -> s.get("criteria").forEach(criteria::add)));
        Map<String, Integer> points = new LinkedHashMap<>();
        for (JsonNode c : criteria) {
            JsonNode low = null;
            for (JsonNode o : c.get("options")) {
                if (!o.path("failsMandatory").asBoolean(false)
                        && (low == null || o.get("points").asInt() < low.get("points").asInt())) {
                    low = o;
                }
            }
            picks.put(c.get("code").asText(), low.get("code").asText());
            points.put(c.get("code").asText(), low.get("points").asInt());
            sum += low.get("points").asInt();
        }
        for (JsonNode c : criteria) {
            String code = c.get("code").asText();
            for (JsonNode o : c.get("options")) {
                int gain = o.get("points").asInt() - points.get(code);
                if (gain > 0 && sum + gain <= total && !o.path("failsMandatory").asBoolean(false)) {
                    sum += gain;
                    points.put(code, o.get("points").asInt());
                    picks.put(code, o.get("code").asText());
                }
            }
        }
        return picks;
    }
}
