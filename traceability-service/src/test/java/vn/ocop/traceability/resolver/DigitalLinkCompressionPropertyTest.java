package vn.ocop.traceability.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.ocop.contract.DigitalLinkCompression;
import vn.ocop.contract.Gtin;
import vn.ocop.traceability.digitallink.DigitalLinkParser;
import vn.ocop.traceability.digitallink.DigitalLinkUri;
import vn.ocop.traceability.support.Checkers;

/**
 * Properties of GS1 Digital Link compression on random valid GTIN / lot / serial combinations (seeded, so a failure
 * repeats): decompressing what we compressed gives back the same URI, and our compressed form is the one GS1's
 * digital-link.js writes for the same URI.
 */
class DigitalLinkCompressionPropertyTest {

    /** GS1 AI encodable character set 82, the characters a lot or serial may have. */
    private static final String CSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final long SEED = 20261203L;

    private record Id(String gtin14, String lot, String serial) {
        String path() {
            return new DigitalLinkUri(gtin14, lot, serial).path();
        }
    }

    @Test
    void decompressingACompressedDigitalLinkGivesTheSameUri() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            Id id = randomId(random, 20);
            String compressed = DigitalLinkCompression.compress(id.gtin14(), id.lot(), id.serial());
            assertThat(DigitalLinkCompression.looksCompressed(compressed)).as("%s", id).isTrue();
            String uncompressed = DigitalLinkCompression.decompress(compressed).uncompressed();
            assertThat(uncompressed).as("%s → %s", id, compressed).isEqualTo(id.path());
            assertThat(DigitalLinkParser.parse(uncompressed))
                    .isEqualTo(new DigitalLinkUri(id.gtin14(), id.lot(), id.serial()));
        }
    }

    @Test
    void ourCompressedFormIsTheOneGs1sToolkitWrites() {
        Random random = new Random(SEED + 1);
        List<Id> ids = new ArrayList<>();
        // digital-link.js reads all-digit values through a double: exact up to 15 digits only
        for (int i = 0; i < 500; i++) {
            ids.add(randomId(random, 15));
        }
        String base = "https://id.example.vn";
        List<String> theirs = Checkers.compressDigitalLinks(ids.stream().map(id -> base + id.path()).toList());
        Map<Id, String> mismatches = new LinkedHashMap<>();
        int compared = 0;
        for (int i = 0; i < ids.size(); i++) {
            Id id = ids.get(i);
            if (theirs.get(i) == null) {
                continue;   // digital-link.js rejects some set-82 characters (: ; < = > ? " in lots and serials)
            }
            compared++;
            String ours = base + "/" + DigitalLinkCompression.compress(id.gtin14(), id.lot(), id.serial());
            if (!ours.equals(theirs.get(i))) {
                mismatches.put(id, ours + " ≠ " + theirs.get(i));
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(compared).as("URIs both compressed").isGreaterThan(ids.size() * 3 / 4);
    }

    /** A valid GTIN-14, a lot in three cases of four and a serial in one of two; all-digit values at most maxDigits. */
    private static Id randomId(Random random, int maxDigits) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            digits.append(random.nextInt(10));
        }
        String gtin = digits.toString() + Gtin.checkDigit(digits.toString());
        return new Id(gtin, random.nextInt(4) > 0 ? randomValue(random, maxDigits) : null,
                random.nextBoolean() ? randomValue(random, maxDigits) : null);
    }

    /** 1–20 characters: all digits, upper-case hex, URI-safe base64 or any of set 82 (percent-encoding needed). */
    private static String randomValue(Random random, int maxDigits) {
        String alphabet = switch (random.nextInt(4)) {
            case 0 -> "0123456789";
            case 1 -> "0123456789ABCDEF";
            case 2 -> "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            default -> CSET_82;
        };
        int length = 1 + random.nextInt(alphabet.length() == 10 ? maxDigits : 20);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < length; i++) {
            value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return value.toString();
    }
}
