package vn.ocop.traceability.serial.service;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SerialSignaturesTest {

    private static final byte[] KEY = "a key of thirty-two bytes or more".getBytes(StandardCharsets.US_ASCII);
    private static final UUID TEA = UUID.fromString("7c1e4f0a-1111-4a4a-9c9c-000000000001");
    private static final UUID HONEY = UUID.fromString("7c1e4f0a-1111-4a4a-9c9c-000000000002");

    private final SerialSignatures signatures = new SerialSignatures(KEY, 10);

    @Test
    void shouldFollowTheRandomPartWithTenSignatureCharactersOfTheAlphabet() {
        String serial = signatures.sign(TEA, "LO-2026-01", "ABCDEFGH23");

        assertThat(serial).hasSize(20).startsWith("ABCDEFGH23").matches("[" + SerialCodes.ALPHABET + "]{20}");
        assertThat(signatures.sign(TEA, "LO-2026-01", "ABCDEFGH23")).isEqualTo(serial);
        assertThat(signatures.verifies(TEA, "LO-2026-01", serial)).isTrue();
    }

    @Test
    void shouldVerifyOnlyForTheProductAndLotItWasSignedFor() {
        String serial = signatures.sign(TEA, "LÔ-01", "ABCDEFGH23");

        assertThat(signatures.verifies(TEA, "LÔ-02", serial)).isFalse();
        assertThat(signatures.verifies(TEA, "LO-01", serial)).as("diacritics are part of the lot code").isFalse();
        assertThat(signatures.verifies(HONEY, "LÔ-01", serial)).isFalse();
        assertThat(signatures.verifies(TEA, null, serial)).isFalse();
        assertThat(new SerialSignatures("another key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII), 10)
                .verifies(TEA, "LÔ-01", serial)).as("another key").isFalse();
    }

    @Test
    void shouldRejectEveryCodeOneCharacterAwayFromASignedOne() {
        String serial = signatures.sign(TEA, "LO-1", "ABCDEFGH23");

        for (int at = 0; at < serial.length(); at++) {
            for (char c : SerialCodes.ALPHABET.toCharArray()) {
                if (c != serial.charAt(at)) {
                    String changed = serial.substring(0, at) + c + serial.substring(at + 1);
                    assertThat(signatures.verifies(TEA, "LO-1", changed)).as(changed).isFalse();
                }
            }
        }
    }

    @Test
    void shouldTellTheSignedShapeFromSerialsIssuedBeforeSigning() {
        assertThat(signatures.hasSignedShape("ABCDEFGH23")).isFalse();
        assertThat(signatures.verifies(TEA, "LO-1", "ABCDEFGH23")).isFalse();
        assertThat(signatures.hasSignedShape("ABCDEFGH23ABCDEFGH23")).isTrue();
        assertThat(signatures.hasSignedShape(null)).isFalse();
    }

    @Test
    void shouldSpreadSignaturesOverTheWholeAlphabet() {
        SerialCodes codes = new SerialCodes(10);
        Set<String> signaturesSeen = new HashSet<>();
        Set<Character> characters = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String signature = signatures.sign(TEA, "LO-1", codes.next()).substring(10);
            signaturesSeen.add(signature);
            signature.chars().forEach(c -> characters.add((char) c));
        }
        assertThat(signaturesSeen).hasSize(2000);
        assertThat(characters).hasSize(SerialCodes.ALPHABET.length());
    }

    @Test
    void shouldRefuseAShortKeyAndSerialsLongerThanGs1Allows() {
        assertThatThrownBy(() -> new SerialSignatures(new byte[16], 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SerialSignatures(KEY, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ocop.serials.length");
    }
}
