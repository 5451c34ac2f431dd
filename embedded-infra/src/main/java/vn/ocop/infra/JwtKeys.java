package vn.ocop.infra;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Owns the RSA key pair that signs local and test tokens. It is generated on first use into a git-ignored folder,
 * never committed; the services only ever see the public key.
 */
public final class JwtKeys {

    public static final String ISSUER = "https://auth.ocop.local";
    /** The audience every OCOP API token carries (the services refuse tokens without it). */
    public static final String AUDIENCE = "ocop-api";

    private final Path publicKey;
    private final PrivateKey privateKey;

    private JwtKeys(Path publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** Loads the key pair from {@code directory}, generating it there first if absent. */
    public static synchronized JwtKeys in(Path directory) throws IOException {
        Path pub = directory.resolve("jwt-public.pem");
        Path priv = directory.resolve("jwt-private.pem");
        try {
            if (!Files.exists(pub) || !Files.exists(priv)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            String body = Files.readString(priv, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            return new JwtKeys(pub, key);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot create JWT keys in " + directory, e);
        }
    }

    public Path publicKeyLocation() {
        return publicKey;
    }

    /** The configuration a service needs to verify tokens signed by this key. */
    public Map<String, String> verifierConfig() {
        return Map.of("mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER);
    }

    /**
     * A signed token for {@code subject} with {@code roles} and extra scope claims (for example {@code producer_id},
     * {@code commune_code}, {@code province_code}).
     */
    public String token(String subject, Set<String> roles, Map<String, Object> claims, Duration lifetime) {
        var builder = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(roles)
                .expiresIn(lifetime);
        claims.forEach(builder::claim);
        return builder.jws().sign(privateKey);
    }

    public String token(String subject, String role) {
        return token(subject, Set.of(role), Map.of(), Duration.ofHours(12));
    }

    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }
}
