package vn.ocop.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.Topics;
import vn.ocop.infra.EmbeddedPostgresServer;
import vn.ocop.localstack.DemoData;
import vn.ocop.localstack.DemoValueChain;
import vn.ocop.localstack.DemoWorkflow;
import vn.ocop.localstack.LocalStack;
import vn.ocop.localstack.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

/**
 * Two instances of each packaged service on one PostgreSQL and one Kafka, with clients certifying products (recorded
 * paper certificates and whole council workflows) and scanning a serialized unit on both instances all the time, while
 * one fault at a time hits the system: SIGKILL of a registry instance mid-write, SIGKILL of a traceability instance,
 * SIGKILL of the Kafka broker for a while, a fast-shutdown restart of PostgreSQL, poison messages (then a replay of
 * the dead-letter topic). After each fault the clients pause, the system is awaited until quiet and the invariants are
 * checked and printed as one row of a table: every acknowledged certification is downstream once (events applied,
 * trace record, partner change feed, webhook), certificate numbers are consecutive, scans are counted, consumer lag is 0
 * and the dead-letter topic holds only poison. Then the expiry run on both instances at once and the partner rate
 * limit across instances. {@code -Dfaults=long}: three cycles of the faults and the full 20 s Kafka outage.
 */
class ScaleOutFaultTest {

    private static final boolean LONG = "long".equals(System.getProperty("faults"));
    private static final int CYCLES = LONG ? 3 : 1;
    private static final Duration KAFKA_OUTAGE = Duration.ofSeconds(LONG ? 20 : 12);
    private static final Duration POSTGRES_OUTAGE = Duration.ofSeconds(10);
    private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(240);
    private static final int API_CHECKS_PER_PHASE = 40;
    private static final String GROUP = "traceability-service";
    private static final String POISON_REASON_NOT_JSON = "not a CloudEvent JSON document";
    private static final String POISON_REASON_UNKNOWN_TYPE = "unknown event type";
    private static final String EXPIRED = "vn.ocop.registry.certificate.expired.v1";

    private LocalStack stack;
    private WebhookReceiver hooks;
    private String admin;
    private String partnerKey;
    private String producerId;
    private String serialPath;
    private String serial;
    private final List<String> rows = new ArrayList<>();
    /** Every invariant of every phase is checked and printed; the test fails at the end with all that did not hold. */
    private final SoftAssertions invariants = new SoftAssertions();

    // what the clients did, read by the checks
    private final ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> councilAcked = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unacked = new AtomicInteger();
    private final AtomicLong scansAcked = new AtomicLong();
    /** Scans whose answer was lost (timeout, reset): each may or may not have been counted. */
    private final AtomicLong scansFailed = new AtomicLong();
    private final ConcurrentLinkedQueue<long[]> scanTimes = new ConcurrentLinkedQueue<>(); // {nanoTime, instance}
    private long scansAllowedLost;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean paused = true;
    private volatile boolean stopped;
    private final AtomicLong names = new AtomicLong(System.currentTimeMillis() % 1_000_000);
    /** Products whose trace record a phase already read through the public API (later phases query the database). */
    private final Set<String> checkedThroughApi = new HashSet<>();

    @Test
    void shouldLoseNothingAndDoubleNothingWhileInstancesKafkaAndPostgresFail() throws Exception {
        long suiteStart = System.nanoTime();
        try (WebhookReceiver receiver = new WebhookReceiver();
             LocalStack started = LocalStack.builder().temporary().freePorts().replicas(2, false).stopOnExit()
                     .application(LocalStack.REGISTRY, LocalStack.TEST_CLOCK_APPLICATION)
                     .serviceEnvironment("OCOP_WEBHOOKS_INITIAL_BACKOFF", "1s")
                     .serviceEnvironment("OCOP_WEBHOOKS_MAX_INTERVAL", "2s")
                     .serviceEnvironment("OCOP_WEBHOOKS_TIMEOUT", "3s")
                     .serviceJvmOptions(List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
                             "-XX:TieredStopAtLevel=1"))
                     .start()) {
            hooks = receiver;
            stack = started;
            System.out.printf("fault suite: stack with 2 + 2 instances up after %.1f s%n", seconds(suiteStart));
            setUp();
            List<Thread> clients = List.of(thread("writer-1", this::writeRecordedCertificates),
                    thread("writer-2", this::writeRecordedCertificates), thread("council", this::certifyThroughCouncil),
                    thread("scanner", this::scan));
            try {
                for (int cycle = 1; cycle <= CYCLES; cycle++) {
                    String c = CYCLES > 1 ? " #" + cycle : "";
                    phase("registry-2 SIGKILL mid-write" + c, () -> restartKilled(stack.registries().get(1)));
                    phase("traceability-2 SIGKILL" + c, () -> restartKilledConsumer(stack.traceabilities().get(1)));
                    phase("Kafka SIGKILL " + KAFKA_OUTAGE.toSeconds() + " s" + c, this::killKafka);
                    phase("PostgreSQL restart " + POSTGRES_OUTAGE.toSeconds() + " s" + c,
                            () -> timed(() -> stack.postgres().restart(POSTGRES_OUTAGE)));
                }
                phase("poison + unknown type, DLQ replay", this::poisonAndReplay);
            } finally {
                stopped = true;
                paused = false;
                for (Thread t : clients) {
                    t.join(20_000);
                }
            }
            expiryOnBothInstances();
            rateLimitAcrossInstances();
            System.out.println();
            System.out.println("Fault suite (" + (LONG ? "long" : "ci") + "), " + Runtime.getRuntime()
                    .availableProcessors() + " cores, " + String.format("%.0f s", seconds(suiteStart)) + " in all:");
            System.out.println("| phase | fault / recovery | certified (acked) | unacked | events outbox / applied / "
                    + "missing | trace missing | feed missing / doubled | webhooks ids / missing / doubled / repeated | "
                    + "numbered: count / gaps | scans sent / counted | lag | DLQ |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            rows.forEach(System.out::println);
        }
        invariants.assertAll();
    }

    // ---------------------------------------------------------------------------------------------- set-up, clients

    private void setUp() throws Exception {
        long start = System.nanoTime();
        admin = stack.jwt().token("admin@ocop.local", "admin");
        DemoData.Summary demo = DemoData.load(stack.registryUrl(), admin, stack.resolverBaseUrl());
        DemoWorkflow.load(stack.registryUrl(), stack.jwt(), stack.repositoryRoot());
        String serialUri = DemoValueChain.load(stack.registryUrl(), stack.traceabilityUrl(), stack.resolverBaseUrl(),
                stack.jwt(), demo.truongNguyenProductId()).serialUri();
        serialPath = URI.create(serialUri).getRawPath();
        serial = serialPath.substring(serialPath.lastIndexOf('/') + 1);
        partnerKey = created(Clients.post(registry(0), "/partners", admin, Map.of("name", "Sàn thử lỗi",
                "contactEmail", "faults@ocop.local", "webhookUrl", hooks.url()))).get("apiKey").asText();
        producerId = created(Clients.post(registry(0), "/producers", admin, Map.of("name", "HTX thử lỗi "
                + names.incrementAndGet(), "type", "HTX", "communeCode", "05908", "address", "Dương Thành",
                "contactName", "Hoàng Văn Hoan", "workers", 5))).get("id").asText();
        System.out.printf("fault suite: demo data, value chain, partner and producer in %.1f s%n", seconds(start));
    }

    private void writeRecordedCertificates() {
        for (int i = 0; !stopped; i++) {
            if (!awaitTurn()) {
                continue;
            }
            try {
                Clients.Reply product = failingOver(i, base -> Clients.post(base, "/products", admin, Map.of(
                        "producerId", producerId, "name", "Cao ngựa bạch thử lỗi " + names.incrementAndGet(),
                        "groupCode", "HERBAL")));
                if (product.status() != 201) {
                    unacked.incrementAndGet();
                    continue;
                }
                String productId = product.body().get("id").asText();
                String number = "QĐ-TL-" + names.incrementAndGet();
                Clients.Reply certificate = failingOver(i + 1, base -> Clients.post(base, "/certificates", admin,
                        Map.of("productId", productId, "number", number, "stars", 3,
                                "issuingAuthority", "UBND tỉnh Thái Nguyên",
                                "decisionDate", LocalDate.now().minusDays(10).toString())));
                if (certificate.status() == 201) {
                    acked.add(productId);
                } else {
                    unacked.incrementAndGet();
                }
            } catch (IOException | RuntimeException e) {
                unacked.incrementAndGet();
            } finally {
                inFlight.decrementAndGet();
            }
            sleep(150);
        }
    }

    private void certifyThroughCouncil() {
        for (int i = 0; !stopped; i++) {
            if (!awaitTurn()) {
                continue;
            }
            try {
                councilAcked.add(DemoWorkflow.certifyNewProduct(registry(i), stack.jwt(),
                        "Gạo thử lỗi " + names.incrementAndGet()));
            } catch (RuntimeException e) {
                unacked.incrementAndGet();
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private void scan() {
        for (int i = 0; !stopped; i++) {
            if (!awaitTurn()) {
                continue;
            }
            try {
                int instance = i % 2;
                Clients.Reply reply;
                try {
                    reply = Clients.get(traceability(instance), serialPath, Map.of());
                } catch (java.net.ConnectException refused) {
                    instance = 1 - instance; // that instance is down and saw nothing: the other one counts it
                    reply = Clients.get(traceability(instance), serialPath, Map.of());
                }
                if (reply.status() == 200) {
                    scansAcked.incrementAndGet();
                    scanTimes.add(new long[] {System.nanoTime(), instance});
                }
            } catch (IOException | RuntimeException e) {
                scansFailed.incrementAndGet(); // an instance down, or an answer lost: not acknowledged
            } finally {
                inFlight.decrementAndGet();
            }
            sleep(100);
        }
    }

    private interface Call {
        Clients.Reply on(URI base) throws IOException;
    }

    /**
     * Sends to registry instance {@code i}; when that instance refuses the connection (it is down, so it did nothing)
     * sends to the other one, as a load balancer would. A timeout or reset is not retried: the write may have happened.
     */
    private Clients.Reply failingOver(int i, Call call) throws IOException {
        try {
            return call.on(registry(i));
        } catch (java.net.ConnectException refused) {
            return call.on(registry(i + 1));
        }
    }

    /** Waits while paused; true when the client may start one operation (counted in flight). */
    private boolean awaitTurn() {
        while (paused && !stopped) {
            sleep(50);
        }
        if (stopped) {
            return false;
        }
        inFlight.incrementAndGet();
        if (paused) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------- faults

    /** A fault: does it and returns what it measured (for the table). */
    private interface Fault {
        String inject() throws Exception;
    }

    private void phase(String name, Fault fault) throws Exception {
        paused = false;
        sleep(3000);
        long start = System.nanoTime();
        String measured = fault.inject();
        sleep(2000);
        paused = true;
        while (inFlight.get() > 0) {
            sleep(20);
        }
        double drained = seconds(start);
        long quiet = System.nanoTime();
        awaitQuiet();
        String result = measured + String.format("; quiet in %.1f s", seconds(quiet));
        long checks = System.nanoTime();
        rows.add(check(name, result));
        System.out.printf("fault suite: %s done in %.1f s (%s; clients drained after %.1f s, checks %.1f s)%n", name,
                seconds(start), result, drained, seconds(checks));
    }

    private String restartKilled(ServiceProcess instance) throws IOException {
        instance.kill();
        long killed = System.nanoTime();
        sleep(1000);
        instance.startAgain();
        return String.format("back in %.1f s", seconds(killed));
    }

    /** Kills a consumer instance, restarts it and measures until its static member owns partitions again. */
    private String restartKilledConsumer(ServiceProcess instance) throws Exception {
        long killTime = System.nanoTime();
        instance.kill();
        for (long[] scanAt : scanTimes) {
            if (scanAt[1] == 1 && killTime - scanAt[0] < TimeUnit.SECONDS.toNanos(2)) {
                scansAllowedLost++; // counted in the victim's memory, not yet written (≤ 1 s of its scans)
            }
        }
        sleep(1000);
        instance.startAgain();
        long ready = System.nanoTime();
        String member = "traceability-service-2-registry-events";
        try (Admin kafka = admin()) {
            await(Duration.ofSeconds(60), "the restarted instance owns partitions again", () -> {
                try {
                    return kafka.describeConsumerGroups(List.of(GROUP)).all().get(10, TimeUnit.SECONDS).get(GROUP)
                            .members().stream().filter(m -> member.equals(m.groupInstanceId().orElse(null)))
                            .map(MemberDescription::assignment).anyMatch(a -> !a.topicPartitions().isEmpty());
                } catch (Exception e) {
                    return false;
                }
            });
        }
        return String.format("ready in %.1f s, partitions back %.1f s after ready", (ready - killTime) / 1e9,
                seconds(ready));
    }

    private String killKafka() throws IOException {
        stack.kafka().kill();
        sleep(KAFKA_OUTAGE.toMillis());
        long restart = System.nanoTime();
        stack.startKafka();
        return String.format("broker back in %.1f s", seconds(restart));
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static String timed(IoAction action) throws IOException {
        long start = System.nanoTime();
        action.run();
        return String.format("down and up in %.1f s", seconds(start));
    }

    private String poisonAndReplay() throws Exception {
        String validEvent = UUID.randomUUID().toString();
        int before = deadLetters().size();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer());
             Connection registryDb = db(LocalStack.REGISTRY_DATABASE)) {
            producer.send(new ProducerRecord<>(Topics.REGISTRY_EVENTS, "poison", "{this is not JSON")).get();
            producer.send(new ProducerRecord<>(Topics.REGISTRY_EVENTS, UUID.randomUUID().toString(), """
                    {"specversion":"1.0","id":"%s","source":"/registry","type":"vn.ocop.registry.product-kind.unknown.v1",
                     "subject":"x","datacontenttype":"application/json","data":{"productType":"UNKNOWN"}}"""
                    .formatted(UUID.randomUUID()))).get();
            // a valid event dead-lettered before a fix (as a database outage did before this change): replay applies it
            String payload = single(registryDb, "select payload from outbox_event where type like '%product.registered%' "
                    + "order by seq desc limit 1");
            JsonNode event = Clients.JSON.readTree(payload);
            ((com.fasterxml.jackson.databind.node.ObjectNode) event).put("id", validEvent);
            ProducerRecord<String, String> dead = new ProducerRecord<>(Topics.REGISTRY_EVENTS_DLQ,
                    event.get("subject").asText(), Clients.JSON.writeValueAsString(event));
            dead.headers().add("dead-letter-reason", "event failed 3 times: database down (before the fix)"
                    .getBytes(StandardCharsets.UTF_8));
            producer.send(dead).get();
        }
        await(Duration.ofSeconds(60), "both poison messages dead-lettered", () -> deadLetters().size() == before + 3);
        JsonNode first = replay(0);
        await(Duration.ofSeconds(60), "the replayed valid event applied, the poison back in the DLQ", () ->
                processedIds().contains(validEvent) && deadLetters().size() == before + 5);
        JsonNode second = replay(1);
        await(Duration.ofSeconds(60), "the poison of the second replay back in the DLQ", () ->
                deadLetters().size() == before + 7);
        assertThat(first.get("replayed").asInt()).as("first replay").isEqualTo(3);
        assertThat(second.get("replayed").asInt()).as("second replay: only what came back since").isEqualTo(2);
        return "replayed " + first.get("replayed").asInt() + " then " + second.get("replayed").asInt()
                + " (the valid one applied once)";
    }

    private JsonNode replay(int instance) throws IOException {
        Clients.Reply reply = Clients.post(traceability(instance), "/admin/dead-letters/replay", admin, null);
        assertThat(reply.status()).as("replay: " + reply.raw().body()).isEqualTo(200);
        return reply.body();
    }

    // ---------------------------------------------------------------------------------------------- quiet, checks

    private void awaitQuiet() {
        await(QUIET_TIMEOUT, "outbox sent, webhooks done, consumer lag 0, every event applied", () -> {
            try (Connection registryDb = db(LocalStack.REGISTRY_DATABASE)) {
                return count(registryDb, "select count(*) from outbox_event where sent_at is null") == 0
                        && count(registryDb, "select count(*) from webhook_delivery where state = 'PENDING'") == 0
                        && lag() == 0 && missingEvents().isEmpty();
            } catch (Exception e) {
                return false;
            }
        });
    }

    private String check(String name, String measured) throws Exception {
        List<String> products = new ArrayList<>(acked);
        products.addAll(councilAcked);
        Set<String> outbox;
        long numbered;
        long gaps;
        try (Connection registryDb = db(LocalStack.REGISTRY_DATABASE)) {
            outbox = ids(registryDb, "select id::text from outbox_event");
            numbered = count(registryDb, "select count(*) from certificate where sequence is not null");
            // per province and year: sequences 1..n, n = the counter, none twice (unique index) and no gap
            gaps = count(registryDb, """
                    select coalesce(sum(abs(c.last_sequence - s.n) + abs(s.max_seq - s.n)), 0)
                    from certificate_number_counter c
                    join (select province_code, issue_year, count(*) n, max(sequence) max_seq from certificate
                          where sequence is not null group by 1, 2) s using (province_code, issue_year)""");
        }
        Set<String> applied = processedIds();
        long missing = outbox.stream().filter(id -> !applied.contains(id)).count();
        // every acknowledged certification has its trace record (one query); up to 40 of this phase's also through the
        // public API (all of them took ~10 s a phase on two cores)
        Set<String> certifiedDownstream;
        try (Connection traceDb = db(LocalStack.TRACEABILITY_DATABASE)) {
            certifiedDownstream = ids(traceDb, "select p.id::text from product p join certificate c on c.product_id = p.id");
        }
        int traceMissing = (int) products.stream().filter(p -> !certifiedDownstream.contains(p)).count();
        int n = 0;
        for (String productId : products) {
            if (n < API_CHECKS_PER_PHASE && checkedThroughApi.add(productId)) {
                Clients.Reply trace = Clients.get(traceability(n++), "/products/" + productId, Map.of());
                if (trace.status() != 200 || trace.body().path("stars").isMissingNode()
                        || trace.body().get("stars").isNull()) {
                    traceMissing++;
                }
            }
        }
        Map<String, Integer> upserts = feedUpserts();
        long feedMissing = products.stream().filter(p -> !upserts.containsKey(p)).count();
        long feedDoubled = products.stream().filter(p -> upserts.getOrDefault(p, 0) > 1).count();
        long hooksMissing = products.stream().filter(p -> hooks.idsFor(p, "product.certified") == 0).count();
        long hooksDoubled = products.stream().filter(p -> hooks.idsFor(p, "product.certified") > 1).count();
        long counted = awaitScanCount();
        long sent = scansAcked.get();
        List<String> dlq = deadLetters();
        long lag = lag();
        String row = String.join(" | ", "| " + name, measured, Integer.toString(products.size()),
                Integer.toString(unacked.get()), outbox.size() + " / " + applied.size() + " / " + missing,
                Integer.toString(traceMissing), feedMissing + " / " + feedDoubled,
                hooks.processed() + " / " + hooksMissing + " / " + hooksDoubled + " / " + hooks.repeatedDeliveries(),
                numbered + " / " + gaps, sent + " (+" + scansFailed.get() + " failed) / " + counted, Long.toString(lag), dlq.size() + " |");
        System.out.println(row);
        invariants.assertThat(missing).as(name + ": outbox events not applied downstream").isZero();
        invariants.assertThat(traceMissing).as(name + ": acknowledged certifications without trace record").isZero();
        invariants.assertThat(feedMissing).as(name + ": missing from the partner change feed").isZero();
        invariants.assertThat(feedDoubled).as(name + ": twice in the partner change feed").isZero();
        invariants.assertThat(hooksMissing).as(name + ": no product.certified webhook").isZero();
        invariants.assertThat(hooksDoubled).as(name + ": product.certified under two webhook ids").isZero();
        invariants.assertThat(gaps).as(name + ": certificate numbers not consecutive").isZero();
        invariants.assertThat(counted).as(name + ": scans counted").isBetween(sent - scansAllowedLost,
                sent + scansFailed.get());
        invariants.assertThat(lag).as(name + ": consumer lag").isZero();
        invariants.assertThat(dlq).as(name + ": dead letters").allMatch(reason -> reason.contains(POISON_REASON_NOT_JSON)
                || reason.contains(POISON_REASON_UNKNOWN_TYPE) || reason.contains("before the fix"));
        return row;
    }

    /**
     * The unit's stored scan count once the instances' counters were written (they add them every second): as soon as
     * it is within what the clients saw, else what it is after 10 s.
     */
    private long awaitScanCount() throws Exception {
        long sent = scansAcked.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long counted = -1;
        while (System.nanoTime() < deadline) {
            try (Connection traceDb = db(LocalStack.TRACEABILITY_DATABASE)) {
                counted = count(traceDb, "select coalesce(sum(scan_count), 0) from serial where serial = '"
                        + serial.replace("'", "''") + "'");
            }
            if (counted >= sent - scansAllowedLost && counted <= sent + scansFailed.get()) {
                return counted; // every acknowledged scan is in (a lost answer's scan may or may not be)
            }
            sleep(500);
        }
        return counted;
    }

    private void expiryOnBothInstances() throws Exception {
        List<String> expiring = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 6; i++) {
            String productId = created(Clients.post(registry(i), "/products", admin, Map.of("producerId", producerId,
                    "name", "Mật ong sắp hết hạn " + names.incrementAndGet(), "groupCode", "FOOD"))).get("id").asText();
            created(Clients.post(registry(i), "/certificates", admin, Map.of("productId", productId, "number",
                    "QĐ-HH-" + names.incrementAndGet(), "stars", 3, "issuingAuthority", "UBND tỉnh Thái Nguyên",
                    "decisionDate", today.minusMonths(36).plusDays(1).toString(),
                    "validUntil", today.plusDays(1).toString())));
            expiring.add(productId);
        }
        for (int i = 0; i < 2; i++) {
            invariants.assertThat(Clients.put(registry(i), "/admin/clock", admin, Map.of("offset", "P2D")).status()).isEqualTo(200);
        }
        AtomicInteger expired = new AtomicInteger();
        List<Thread> runs = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 4; i++) {
            int instance = i;
            runs.add(thread("expiry-" + i, () -> {
                try {
                    Clients.Reply run = Clients.post(registry(instance), "/certificates/expiry-runs", admin, null);
                    expired.addAndGet(run.body().get("expired").asInt());
                } catch (Exception e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread run : runs) {
            run.join(60_000);
        }
        for (int i = 0; i < 2; i++) {
            Clients.delete(registry(i), "/admin/clock", admin);
        }
        awaitQuiet();
        Map<String, Long> events = new HashMap<>();
        try (Connection registryDb = db(LocalStack.REGISTRY_DATABASE); Statement st = registryDb.createStatement();
             ResultSet rs = st.executeQuery("select aggregate_key, count(*) from outbox_event where type = '"
                     + EXPIRED + "' group by 1")) {
            while (rs.next()) {
                events.put(rs.getString(1), rs.getLong(2));
            }
        }
        long hooksOnce = expiring.stream().filter(p -> hooks.idsFor(p, "certificate.expired") == 1).count();
        long eventsTotal = events.values().stream().mapToLong(Long::longValue).sum();
        rows.add(String.join(" | ", "| expiry run ×4 on both instances at once", "runs expired " + expired.get()
                        + ", expired events " + eventsTotal + " (products twice: " + events.values().stream()
                        .filter(c -> c > 1).count() + "); ours " + expiring.stream()
                        .filter(p -> events.getOrDefault(p, 0L) == 1).count() + " of " + expiring.size()
                        + " once, webhooks once: " + hooksOnce, "", "", "", "", "", "", "", "", "", " |"));
        invariants.assertThat(failures).isEmpty();
        invariants.assertThat(expired.get()).as("certificates the four runs together expired").isEqualTo(eventsTotal);
        invariants.assertThat(events.values()).as("expired events per product").allMatch(c -> c == 1);
        invariants.assertThat(expiring).allMatch(p -> events.getOrDefault(p, 0L) == 1);
        invariants.assertThat(hooksOnce).isEqualTo(expiring.size());
    }

    private void rateLimitAcrossInstances() throws Exception {
        int perMinute = 30;
        String key = created(Clients.post(registry(0), "/partners", admin, Map.of("name", "Sàn giới hạn",
                "contactEmail", "limit@ocop.local", "requestsPerMinute", perMinute))).get("apiKey").asText();
        int ok = 0;
        int limited = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 2 * perMinute; i++) {
            int status = Clients.get(registry(i), "/catalog/products?limit=1", Map.of("X-API-Key", key)).status();
            if (status == 200) {
                ok++;
            } else if (status == 429) {
                limited++;
            }
        }
        double elapsed = seconds(start);
        long allowed = perMinute + (long) Math.ceil(elapsed * perMinute / 60.0);
        rows.add(String.join(" | ", "| partner rate limit " + perMinute + "/min over both instances",
                String.format("%d requests in %.1f s: %d × 200, %d × 429 (allowed ≤ %d)", 2 * perMinute, elapsed, ok,
                        limited, allowed), "", "", "", "", "", "", "", "", "", " |"));
        invariants.assertThat(ok).as("requests granted across both instances").isBetween(perMinute, (int) allowed);
        invariants.assertThat(ok + limited).isEqualTo(2 * perMinute);
    }

    // ---------------------------------------------------------------------------------------------- reads

    private Set<String> missingEvents() throws SQLException {
        Set<String> outbox;
        try (Connection registryDb = db(LocalStack.REGISTRY_DATABASE)) {
            outbox = ids(registryDb, "select id::text from outbox_event");
        }
        outbox.removeAll(processedIds());
        return outbox;
    }

    private Set<String> processedIds() throws SQLException {
        try (Connection traceDb = db(LocalStack.TRACEABILITY_DATABASE)) {
            return ids(traceDb, "select event_id from processed_event");
        }
    }

    private Map<String, Integer> feedUpserts() throws IOException {
        Map<String, Integer> upserts = new HashMap<>();
        long since = 0;
        for (boolean more = true; more; ) {
            Clients.Reply page = Clients.get(registry(0), "/catalog/changes?since=" + since + "&limit=1000",
                    Map.of("X-API-Key", partnerKey));
            assertThat(page.status()).as("change feed").isEqualTo(200);
            for (JsonNode change : page.body().get("items")) {
                if ("UPSERT".equals(change.get("kind").asText())) {
                    upserts.merge(change.get("productId").asText(), 1, Integer::sum);
                }
            }
            since = page.body().get("nextSince").asLong();
            more = page.body().get("more").asBoolean();
        }
        return upserts;
    }

    /** Sum over the registry topic's partitions of end offset minus the group's committed offset. */
    private long lag() throws Exception {
        try (Admin kafka = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < Topics.REGISTRY_EVENTS_PARTITIONS; p++) {
                latest.put(new TopicPartition(Topics.REGISTRY_EVENTS, p), OffsetSpec.latest());
            }
            long lag = 0;
            for (var end : kafka.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            return lag;
        }
    }

    /** The dead-letter reasons of every record in the registry's dead-letter topic. */
    private List<String> deadLetters() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> reasons = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REGISTRY_EVENTS_DLQ, Duration.ofSeconds(10))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    Header reason = record.headers().lastHeader("dead-letter-reason");
                    reasons.add(reason == null ? "(no reason)" : new String(reason.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return reasons;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private URI registry(int i) {
        return stack.registries().get(Math.floorMod(i, 2)).url();
    }

    private URI traceability(int i) {
        return stack.traceabilities().get(Math.floorMod(i, 2)).url();
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000));
    }

    private Connection db(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + stack.postgresPort() + "/" + database,
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Set<String> ids(Connection db, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static JsonNode created(Clients.Reply reply) {
        assertThat(reply.status()).as(String.valueOf(reply.raw().body())).isEqualTo(201);
        return reply.body();
    }

    private static void await(Duration timeout, String what, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!holds(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            sleep(250);
        }
    }

    private static boolean holds(Callable<Boolean> condition) {
        try {
            return condition.call();
        } catch (Exception e) {
            return false;
        }
    }

    private static Thread thread(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
