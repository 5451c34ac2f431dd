package vn.ocop.traceability.epcis.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain's canonical form and hashes. Expected values were computed independently (Python's json.dumps with
 * sorted keys and hashlib), so a change of the rules shows here before it breaks every stored chain.
 */
class EventHashesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENT = """
            {"eventID":"ni:///sha-256;old","recordTime":"2026-11-01T09:00:00Z","type":"ObjectEvent",
             "eventTime":"2026-11-01T08:00:00+07:00","bizStep":"harvesting","quantity":10.50,"weight":1E+3,
             "note":"Chè Tân Cương \\"ngon\\"","tags":["b","a"],"ok":true,"none":null,
             "nested":{"z":1,"a":{"eventID":"keep"}}}""";
    private static final String CANONICAL = "{\"bizStep\":\"harvesting\",\"eventTime\":\"2026-11-01T08:00:00+07:00\","
            + "\"nested\":{\"a\":{\"eventID\":\"keep\"},\"z\":1},\"none\":null,\"note\":\"Chè Tân Cương \\\"ngon\\\"\","
            + "\"ok\":true,\"quantity\":10.5,\"tags\":[\"b\",\"a\"],\"type\":\"ObjectEvent\",\"weight\":1000}";
    private static final String HASH = "22119541296b7cc53c5417e11743d0537ee8da0740d1bd301c5940384e705ae1";

    @Test
    void shouldSortKeysDropRepositoryFieldsOnTopAndWriteNumbersPlainly() throws Exception {
        assertThat(EventHashes.canonical(JSON.readTree(EVENT))).isEqualTo(CANONICAL);
    }

    @Test
    void shouldGiveTheSameFormAfterAReorderingRoundTrip() throws Exception {
        JsonNode reordered = JSON.readTree("{\"weight\":1000.000,\"tags\":[\"b\",\"a\"],\"ok\":true,\"none\":null,"
                + "\"nested\":{\"a\":{\"eventID\":\"keep\"},\"z\":1.0},\"note\":\"Chè Tân Cương \\\"ngon\\\"\","
                + "\"quantity\":10.5,\"bizStep\":\"harvesting\",\"type\":\"ObjectEvent\","
                + "\"eventTime\":\"2026-11-01T08:00:00+07:00\"}");
        assertThat(EventHashes.canonical(reordered)).isEqualTo(CANONICAL);
    }

    @Test
    void shouldHashAndChainLikeTheIndependentComputation() {
        assertThat(EventHashes.eventHash(CANONICAL)).isEqualTo(HASH);
        assertThat(EventHashes.eventId(HASH)).isEqualTo("ni:///sha-256;" + HASH + "?ver=CBV2.0");
        String first = EventHashes.chainHash(CANONICAL, null);
        assertThat(first).isEqualTo(HASH).isEqualTo(EventHashes.chainHash(CANONICAL, ""));
        assertThat(EventHashes.chainHash(CANONICAL, first))
                .isEqualTo("c3dcd2d250154f2e63f2b1e1216ff6686fe87126acb8a56410a66dc8297a5d5b");
    }

    @Test
    void shouldNormaliseDecomposedVietnameseToNfcInPlace() throws Exception {
        String decomposed = Normalizer.normalize("Chè Tân Cương", Normalizer.Form.NFD);
        ObjectNode event = (ObjectNode) JSON.readTree("{\"note\":\"" + decomposed + "\",\"list\":[\"" + decomposed
                + "\",{\"x\":\"" + decomposed + "\"}]}");
        assertThat(decomposed).isNotEqualTo("Chè Tân Cương");
        EventHashes.normalizeText(event);
        assertThat(event.get("note").textValue()).isEqualTo("Chè Tân Cương");
        assertThat(event.get("list").get(0).textValue()).isEqualTo("Chè Tân Cương");
        assertThat(event.get("list").get(1).get("x").textValue()).isEqualTo("Chè Tân Cương");
    }
}
