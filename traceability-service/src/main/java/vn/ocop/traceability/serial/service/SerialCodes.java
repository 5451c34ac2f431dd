package vn.ocop.traceability.serial.service;

import java.security.SecureRandom;

/**
 * Draws serial values: uniformly random strings (SecureRandom, never a counter) over an alphabet that leaves out the
 * look-alikes 0/O, 1/I/L, so a code read aloud or typed from a label cannot be mistaken. Every character is in the
 * GS1 AI encodable character set 82 and needs no percent-encoding in a Digital Link path.
 */
public final class SerialCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final SecureRandom random = new SecureRandom();
    private final int length;

    public SerialCodes(int length) {
        this.length = length;
    }

    public String next() {
        char[] code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }
}
