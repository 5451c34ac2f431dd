package vn.ocop.traceability.serial.service;

import com.google.common.math.LongMath;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * Signed serials: a random part followed by {@value #SIGNATURE_LENGTH} characters of a keyed MAC (HMAC-SHA256) of the
 * product, the lot code and the random part, over {@link SerialCodes#ALPHABET}. Only the holder of the key can make a
 * serial that verifies, so a scan can tell an issued unit of the named lot from a made-up code without reading the
 * database, and guessing codes is useless: about 49 bits of the signature must match by chance. The key lives in the
 * service's database ({@code serial_signing_key}), the same for every instance. Serials issued before signing (of
 * another length) never verify and are read from the database as before.
 */
public final class SerialSignatures {

    /** Characters of the signature: 31^10 is about 2^49.5. */
    public static final int SIGNATURE_LENGTH = 10;
    /** Most characters of a serial: GS1 AI 21 allows 20. */
    public static final int MAX_LENGTH = 20;

    private static final String ALGORITHM = "HmacSHA256";
    private static final long SIGNATURE_VALUES = LongMath.checkedPow(SerialCodes.ALPHABET.length(), SIGNATURE_LENGTH);

    private final SecretKeySpec key;
    private final int randomLength;
    private final ThreadLocal<Mac> macs;

    /**
     * @param key          the secret, at least 32 bytes
     * @param randomLength characters of the random part; with the signature at most {@value #MAX_LENGTH}
     */
    public SerialSignatures(byte[] key, int randomLength) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("a serial signing key needs at least 32 bytes");
        }
        if (randomLength < 1 || randomLength + SIGNATURE_LENGTH > MAX_LENGTH) {
            throw new IllegalArgumentException("ocop.serials.length must be between 1 and "
                    + (MAX_LENGTH - SIGNATURE_LENGTH) + ": a signature of " + SIGNATURE_LENGTH
                    + " characters follows and GS1 AI 21 allows " + MAX_LENGTH);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.randomLength = randomLength;
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The serial of {@code random} for a unit of the product's lot: the random part, then its signature. */
    public String sign(UUID productId, String lotCode, String random) {
        if (random.length() != randomLength) {
            throw new IllegalArgumentException("the random part has " + randomLength + " characters");
        }
        return random + signature(productId, lotCode, random);
    }

    /** Whether {@code serial} has a signed serial's length (so that it either verifies or was never issued). */
    public boolean hasSignedShape(String serial) {
        return serial != null && serial.length() == randomLength + SIGNATURE_LENGTH;
    }

    /** Whether {@code serial} is a signed serial issued for the product's lot {@code lotCode}. */
    public boolean verifies(UUID productId, String lotCode, String serial) {
        if (!hasSignedShape(serial) || lotCode == null) {
            return false;
        }
        String random = serial.substring(0, randomLength);
        String expected = signature(productId, lotCode, random);
        // constant time: the comparison must not tell how many leading characters matched
        return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                serial.substring(randomLength).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(UUID productId, String lotCode, String random) {
        Mac mac = macs.get();
        byte[] lot = lotCode.getBytes(StandardCharsets.UTF_8);
        ByteBuffer message = ByteBuffer.allocate(16 + 4 + lot.length + random.length());
        message.putLong(productId.getMostSignificantBits()).putLong(productId.getLeastSignificantBits())
                .putInt(lot.length).put(lot).put(random.getBytes(StandardCharsets.US_ASCII));
        long value = Long.remainderUnsigned(ByteBuffer.wrap(mac.doFinal(message.array())).getLong(), SIGNATURE_VALUES);
        char[] chars = new char[SIGNATURE_LENGTH];
        for (int i = SIGNATURE_LENGTH - 1; i >= 0; i--) {
            chars[i] = SerialCodes.ALPHABET.charAt((int) (value % SerialCodes.ALPHABET.length()));
            value /= SerialCodes.ALPHABET.length();
        }
        return new String(chars);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
