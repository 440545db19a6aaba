package io.activations.client.testing;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of one path segment or query component as RFC 3986 defines it. */
public final class Percent {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private Percent() {
    }

    /** Every byte of the UTF-8 form outside the unreserved set becomes {@code %XX}. */
    public static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
