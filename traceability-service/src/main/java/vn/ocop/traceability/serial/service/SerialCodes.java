package vn.ocop.traceability.serial.service;

import java.security.SecureRandom;

/**
 * Draws serial values: uniformly random strings (SecureRandom, never a counter) over an alphabet that leaves out the
 * look-alikes 0/O, 1/I/L, so a code read aloud or typed from a label cannot be mistaken. Every character is in the
 * GS1 AI encodable character set 82 and needs no percent-encoding in a Digital Link path.
 */
public final class SerialCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /** Random bytes fetched at once: one SecureRandom call per few thousand characters, not one per character. */
    private static final int POOL_SIZE = 8192;

    private final SecureRandom random = new SecureRandom();
    private final byte[] pool = new byte[POOL_SIZE];
    private final int length;
    private int next = POOL_SIZE;

    public SerialCodes(int length) {
        this.length = length;
    }

    /** A new value; not thread-safe (one instance per generation). */
    public String next() {
        char[] code = new char[length];
        int i = 0;
        while (i < length) {
            // five random bits give 0..31; 31 is dropped so that each of the 31 characters is equally likely
            int value = nextByte() & 0x1F;
            if (value < ALPHABET.length()) {
                code[i++] = ALPHABET.charAt(value);
            }
        }
        return new String(code);
    }

    private int nextByte() {
        if (next == POOL_SIZE) {
            random.nextBytes(pool);
            next = 0;
        }
        return pool[next++];
    }
}
