package vn.ocop.traceability.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.ProductData;
import vn.ocop.infra.SharedInfra;
import vn.ocop.traceability.support.EpcisDocuments;
import vn.ocop.traceability.support.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.EpcisDocuments.aDocument;
import static vn.ocop.traceability.support.ValueChain.aCertifiedProduct;
import static vn.ocop.traceability.support.ValueChain.aLot;
import static vn.ocop.traceability.support.ValueChain.aLotCode;
import static vn.ocop.traceability.support.ValueChain.anArea;
import static vn.ocop.traceability.support.ValueChain.grantOnLot;
import static vn.ocop.traceability.support.ValueChain.openLot;
import static vn.ocop.traceability.support.ValueChain.registerArea;

/**
 * The traceability authorization matrix: every write of the service against every caller — role × scope (in or out of
 * the lot's commune and province) × lot ownership (own or another producer's) × grant (granted organisation or not) —
 * with the status each must get. The table is the specification; one run checks all of it.
 */
@QuarkusTest
class TraceabilityAuthorizationMatrixTest {

    private static final AtomicInteger MINUTE = new AtomicInteger();

    /** The callers of the matrix, in column order. */
    private static final List<String> CALLERS = List.of("own-producer", "other-producer", "admin", "ministry",
            "commune-in", "commune-out", "province-in", "province-out", "granted-party", "granted-partner",
            "ungranted-party", "council-member", "anonymous");

    private record Write(String name, BiFunction<RequestSpecification, Ctx, Response> call, Set<String> allowed,
                         int success) {
    }

    private record Ctx(ProductData product, String lotId, String link, String areaId, String caller) {
    }

    @Test
    void shouldGiveEveryCallerExactlyTheWriteRightsOfTheMatrix() {
        ProductData product = aCertifiedProduct("Cao ngựa bạch Trường Nguyên", 4);
        JsonPath lot = openLot(product, aLot(aLotCode()));
        String lotId = lot.getString("id");
        grantOnLot(product, lotId, "granted-org", "PROCESSOR");
        String areaId = registerArea(product, anArea()).getString("id");
        Map<String, String> tokens = tokens(product);
        Set<String> owner = Set.of("own-producer", "admin");
        Set<String> chain = Set.of("own-producer", "admin", "granted-party", "granted-partner");
        Set<String> inspectors = Set.of("ministry", "commune-in", "province-in");

        List<Write> writes = List.of(
                new Write("POST /products/{id}/lots", (r, c) -> r.contentType(ContentType.JSON)
                        .body(aLot(aLotCode())).post("/products/{id}/lots", c.product().productId()), owner, 201),
                new Write("POST /lots/{id}/events/harvest", (r, c) -> step(r, c, "harvest"), owner, 201),
                new Write("POST /lots/{id}/events/receiving", (r, c) -> step(r, c, "receiving"), chain, 201),
                new Write("POST /lots/{id}/events/inspection", (r, c) -> step(r, c, "inspection"), inspectors, 201),
                new Write("POST /capture (observation)", (r, c) -> capture(r, c, false), chain, 202),
                new Write("POST /capture (inspecting)", (r, c) -> capture(r, c, true), inspectors, 202),
                new Write("POST /lots/{id}/grants", (r, c) -> r.contentType(ContentType.JSON)
                        .body(grant(c)).post("/lots/{id}/grants", c.lotId()), owner, 201),
                new Write("POST /products/{id}/grants", (r, c) -> r.contentType(ContentType.JSON)
                        .body(grant(c)).post("/products/{id}/grants", c.product().productId()), owner, 201),
                new Write("POST /lots/{id}/serials", (r, c) -> r.contentType(ContentType.JSON)
                        .body(Map.of("count", 2)).post("/lots/{id}/serials", c.lotId()), owner, 201),
                new Write("PUT /growing-areas/{id}", (r, c) -> r.contentType(ContentType.JSON)
                        .body(areaAtCurrentVersion(c.areaId())).put("/growing-areas/{id}", c.areaId()), owner, 200));

        List<String> mismatches = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-34s", "write \\ caller"));
        CALLERS.forEach(c -> table.append(String.format("%17s", c)));
        for (Write write : writes) {
            table.append(String.format("%n%-34s", write.name()));
            for (String caller : CALLERS) {
                RequestSpecification request = given();
                if (tokens.get(caller) != null) {
                    request.auth().oauth2(tokens.get(caller));
                }
                Response response = write.call().apply(request,
                        new Ctx(product, lotId, lot.getString("digitalLink"), areaId, caller));
                int expected = write.allowed().contains(caller) ? write.success()
                        : "anonymous".equals(caller) ? 401 : 403;
                table.append(String.format("%17d", response.statusCode()));
                if (response.statusCode() != expected) {
                    mismatches.add(write.name() + " by " + caller + ": " + response.statusCode() + " instead of "
                            + expected + " " + response.asString());
                }
                if (response.statusCode() >= 400) {
                    assertThat(response.contentType()).as(write.name() + " by " + caller)
                            .startsWith("application/problem+json");
                }
            }
        }
        System.out.println(table);
        assertThat(mismatches).isEmpty();
    }

    private static Map<String, String> tokens(ProductData product) {
        String commune = product.producer().communeCode();
        String province = product.producer().provinceCode();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("own-producer", Tokens.producer(product.producer().producerId()));
        tokens.put("other-producer", Tokens.producer(UUID.randomUUID()));
        tokens.put("admin", Tokens.admin());
        tokens.put("ministry", Tokens.ministry());
        tokens.put("commune-in", Tokens.communeOfficer(commune));
        tokens.put("commune-out", Tokens.communeOfficer("00001"));
        tokens.put("province-in", Tokens.provinceAdmin(province));
        tokens.put("province-out", Tokens.provinceAdmin("01".equals(province) ? "02" : "01"));
        tokens.put("granted-party", Tokens.party("processor", "granted-org"));
        tokens.put("granted-partner", Tokens.party("partner", "granted-org"));
        tokens.put("ungranted-party", Tokens.party("processor", "other-org"));
        tokens.put("council-member", SharedInfra.jwt().token("council-1", Set.of("council-member"),
                Map.of("province_code", province), Duration.ofHours(1)));
        tokens.put("anonymous", null);
        return tokens;
    }

    private static Response step(RequestSpecification request, Ctx ctx, String step) {
        return request.contentType(ContentType.JSON)
                .body(Map.of("source", "HTX Trường Nguyên", "passed", true, "note", "by " + ctx.caller()))
                .post("/lots/{id}/events/{step}", ctx.lotId(), step);
    }

    private static Response capture(RequestSpecification request, Ctx ctx, boolean inspecting) {
        ObjectNode event = EpcisDocuments.anObservation(ctx.link(), MINUTE.incrementAndGet() % 50);
        event.put("ocop:note", "by " + ctx.caller() + " " + MINUTE.get());
        if (inspecting) {
            event.put("bizStep", "inspecting");
        }
        return request.contentType("application/json").body(aDocument().with(event).json()).post("/capture");
    }

    private static Map<String, Object> areaAtCurrentVersion(String areaId) {
        Map<String, Object> area = new LinkedHashMap<>(anArea());
        area.put("version", given().auth().oauth2(Tokens.admin()).get("/growing-areas/{id}", areaId)
                .then().statusCode(200).extract().path("version"));
        return area;
    }

    private static Map<String, Object> grant(Ctx ctx) {
        return Map.of("organisationId", "org-of-" + ctx.caller(), "organisationName", "Tổ chức " + ctx.caller(),
                "chainRole", "RETAILER");
    }
}
