package com.acme.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** API tokens for partner integrations; only the hash of a token is stored. */
public final class TokenUtil {
    private static final Random RANDOM = new Random();

    private TokenUtil() {}

    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static String hash(String token) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md.digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    public static boolean matches(String presented, String storedHash) throws NoSuchAlgorithmException {
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.UTF_8),
                storedHash.getBytes(StandardCharsets.UTF_8));
    }
}
