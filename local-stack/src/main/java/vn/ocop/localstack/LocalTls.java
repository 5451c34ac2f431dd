package vn.ocop.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local stack's self-signed TLS certificate for the resolver (CN and SAN localhost / 127.0.0.1), generated once
 * with the JDK's keytool into {@code .local-stack/tls/}: a PKCS#12 key store for the traceability service (Quarkus
 * serves HTTPS from it), the same certificate and key as PEM for the Compose gateway, and a random store password.
 * Clients trust it by loading {@link #keyStore()} as a trust store or by comparing {@link #sha256Fingerprint()}.
 */
public final class LocalTls {

    static final String ALIAS = "resolver";
    private static final String STORE = "resolver.p12";
    private static final String PASSWORD = "keystore-password";
    private static final String CERT_PEM = "resolver-cert.pem";
    private static final String KEY_PEM = "resolver-key.pem";

    private final Path directory;
    private final String password;
    private final X509Certificate certificate;

    private LocalTls(Path directory, String password, X509Certificate certificate) {
        this.directory = directory;
        this.password = password;
        this.certificate = certificate;
    }

    /** The certificate in {@code directory}, generated there first when there is none. */
    public static LocalTls in(Path directory) throws IOException {
        Files.createDirectories(directory);
        if (!Files.exists(directory.resolve(STORE)) || !Files.exists(directory.resolve(PASSWORD))) {
            generate(directory);
        }
        String password = Files.readString(directory.resolve(PASSWORD)).strip();
        try (InputStream in = Files.newInputStream(directory.resolve(STORE))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            X509Certificate certificate = (X509Certificate) store.getCertificate(ALIAS);
            LocalTls tls = new LocalTls(directory, password, certificate);
            tls.writePem(store.getKey(ALIAS, password.toCharArray()));
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read " + directory.resolve(STORE), e);
        }
    }

    private static void generate(Path directory) throws IOException {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.deleteIfExists(directory.resolve(STORE));
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS,
                "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                "-dname", "CN=localhost, O=OCOP local stack", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "825", "-storetype", "PKCS12", "-keystore", directory.resolve(STORE).toString(),
                "-storepass", password, "-keypass", password))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating the TLS certificate", e);
        }
        Files.writeString(directory.resolve(PASSWORD), password + "\n");
    }

    private void writePem(Key key) throws IOException, GeneralSecurityException {
        Files.writeString(directory.resolve(CERT_PEM), pem("CERTIFICATE", certificate.getEncoded()));
        Files.writeString(directory.resolve(KEY_PEM), pem("PRIVATE KEY", key.getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** The PKCS#12 key store (alias {@code resolver}), also usable as a trust store. */
    public Path keyStore() {
        return directory.resolve(STORE);
    }

    public String password() {
        return password;
    }

    /** The certificate (PEM), for the Compose gateway's {@code gateway-tls-cert} secret. */
    public Path certificatePem() {
        return directory.resolve(CERT_PEM);
    }

    /** The private key (PKCS#8 PEM), for the Compose gateway's {@code gateway-tls-key} secret. */
    public Path keyPem() {
        return directory.resolve(KEY_PEM);
    }

    /** SHA-256 fingerprint of the certificate, as browsers show it (colon-separated upper-case hex). */
    public String sha256Fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
