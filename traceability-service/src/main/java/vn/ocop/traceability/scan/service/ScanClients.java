package vn.ocop.traceability.scan.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.scan.config.ScanClientsConfig;
import vn.ocop.traceability.serial.SerialVerifier.Client;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Tells scanning clients apart without keeping who they are: a client is a keyed hash (HMAC-SHA-256, 64 bits) of its
 * network prefix (/24 IPv4, /48 IPv6) and user agent, a network a keyed hash of the prefix alone; the raw address is
 * never stored. Also keeps each client's and each network's request budget (token buckets, bounded in number).
 */
@ApplicationScoped
public class ScanClients {

    private final ScanClientsConfig config;
    private final byte[] key;
    private final ThreadLocal<Mac> macs;
    private final Cache<Long, Bucket> clientBuckets;
    private final Cache<Long, Bucket> networkBuckets;

    public ScanClients(ScanClientsConfig config) {
        this.config = config;
        this.key = config.fingerprintKey().filter(k -> !k.isBlank())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).orElseGet(ScanClients::randomKey);
        this.macs = ThreadLocal.withInitial(this::mac);
        this.clientBuckets = buckets(config.burst(), config.requestsPerMinute());
        this.networkBuckets = buckets(config.networkBurst(), config.networkRequestsPerMinute());
    }

    /** The client behind a request from {@code address} (an IP literal) with {@code userAgent}. */
    public Client identify(String address, String userAgent) {
        byte[] prefix = prefix(address);
        Mac mac = macs.get();
        mac.update(prefix);
        long network = ByteBuffer.wrap(mac.doFinal()).getLong();
        mac.update(prefix);
        mac.update((byte) 0);
        if (userAgent != null) {
            mac.update(userAgent.getBytes(StandardCharsets.UTF_8));
        }
        long fingerprint = ByteBuffer.wrap(mac.doFinal()).getLong();
        return new Client(fingerprint == 0 ? 1 : fingerprint, network == 0 ? 1 : network);
    }

    /** Takes one request from the client's and its network's budgets; empty when allowed, else how long to wait. */
    public Optional<Duration> admit(Client client) {
        long now = System.nanoTime();
        long wait = Math.max(networkBuckets.get(client.network(), k -> new Bucket(config.networkBurst(),
                        config.networkRequestsPerMinute())).take(now),
                clientBuckets.get(client.fingerprint(), k -> new Bucket(config.burst(), config.requestsPerMinute()))
                        .take(now));
        return wait == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
    }

    /** The network prefix of an address: /24 of IPv4, /48 of IPv6; the whole value when it is not an IP literal. */
    static byte[] prefix(String address) {
        if (address == null || address.isEmpty()) {
            return new byte[0];
        }
        int dots = 0;
        int lastDot = -1;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '.') {
                dots++;
                lastDot = i;
            } else if (c < '0' || c > '9') {
                dots = -1;
                break;
            }
        }
        if (dots == 3) {
            return address.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII);
        }
        if (address.indexOf(':') >= 0) {
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 4) {   // an IPv4-mapped IPv6 address
                    return ((bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff))
                            .getBytes(StandardCharsets.US_ASCII);
                }
                return java.util.Arrays.copyOf(bytes, 6);
            } catch (UnknownHostException | SecurityException e) {
                // falls through: the value as given
            }
        }
        return address.getBytes(StandardCharsets.UTF_8);
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] randomKey() {
        Log.warn("ocop.scan-clients.fingerprint-key is not set: client fingerprints use a random key of this start");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private Cache<Long, Bucket> buckets(int burst, int perMinute) {
        long refill = Math.max(1, (long) Math.ceil(60.0 * burst / Math.max(1, perMinute)));
        return Caffeine.newBuilder().maximumSize(config.trackedClients())
                .expireAfterAccess(refill, TimeUnit.SECONDS).build();
    }

    /** A token bucket: {@code capacity} requests at once, refilled at {@code perMinute}. */
    static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long at;

        Bucket(int capacity, int perMinute) {
            this.capacity = capacity;
            this.perNano = perMinute / 60e9;
            this.tokens = capacity;
            this.at = System.nanoTime();
        }

        /** Takes a token: 0 when there was one, else the nanoseconds until there is. */
        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - at) * perNano);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }
    }
}
