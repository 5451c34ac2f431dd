package vn.ocop.localstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import vn.ocop.contract.Topics;
import vn.ocop.localstack.LocalStack;
import vn.ocop.localstack.ServiceProcess;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static vn.ocop.localstack.bench.BenchSupport.database;
import static vn.ocop.localstack.bench.BenchSupport.option;
import static vn.ocop.localstack.bench.BenchSupport.percentile;

/**
 * Times consumer recovery: on a stack with two instances of each service, a client certifies products without pause
 * (a product and its certificate through the registry API, so events reach every partition). Each round kills
 * traceability instance 2 with SIGKILL and starts its replacement at once, as an orchestrator would. Recovery is the
 * time from the kill until an event on one of the killed member's partitions is applied again (a row in the
 * traceability database's {@code processed_event} whose registry outbox key hashes to such a partition), whoever
 * applies it: the replacement, rejoining under the same static {@code group.instance.id}, or the survivor once the
 * dead member's session has timed out.
 */
public final class ConsumerRecovery {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GROUP = "traceability-service";
    private static final String VICTIM = "traceability-service-2-registry-events";
    private static final long TARGET_MS = 10_000;
    private static final long GIVE_UP_MS = 120_000;

    private ConsumerRecovery() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(option(args, "--rounds", "3"));
        System.out.println("Starting a local stack (two instances of each service) on free ports with fresh "
                + "temporary data ...");
        LocalStack stack = LocalStack.builder().temporary().freePorts().replicas(2, false).stopOnExit().start();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong certified = new AtomicLong();
        try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafka().bootstrapServers(), AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000));
             Connection registryDb = database(stack, LocalStack.REGISTRY_DATABASE);
             Connection traceDb = database(stack, LocalStack.TRACEABILITY_DATABASE)) {
            String admin = stack.jwt().token("admin@ocop.local", "admin");
            URI registry = stack.registries().get(0).url();
            String producer = created(registry, "/producers", admin, Map.of("name", "HTX đo phục hồi",
                    "type", "HTX", "communeCode", "05908", "address", "Dương Thành", "contactName", "Hoàng Văn Hoan",
                    "workers", 5));
            Thread stream = new Thread(() -> certify(registry, admin, producer, stop, certified), "certifier");
            stream.start();
            Thread.sleep(10_000);
            System.out.printf("certification stream: %.1f certified products/s (each a product and a certificate "
                    + "event)%n", certified.get() / 10.0);

            ServiceProcess victim = stack.traceabilities().get(1);
            List<Long> recoveries = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Set<Integer> partitions = await(() -> partitionsOf(kafka), "the victim owns partitions");
                long killed = System.currentTimeMillis();
                victim.kill();
                long down = System.currentTimeMillis();   // after SIGKILL took effect: it applies nothing more
                long[] ready = {0};
                Thread replacement = new Thread(() -> {
                    try {
                        victim.startAgain();
                        ready[0] = System.currentTimeMillis();
                    } catch (Exception e) {
                        throw new IllegalStateException("the replacement did not start", e);
                    }
                }, "replacement");
                replacement.start();
                long applied = firstAppliedOn(partitions, down, registryDb, traceDb);
                replacement.join(TimeUnit.SECONDS.toMillis(120));
                long recovery = applied - killed;
                recoveries.add(recovery);
                System.out.printf("round %d of %d: killed the member of partitions %s; replacement ready after "
                        + "%d ms; first event on those partitions applied %d ms after the kill%n", round, rounds,
                        partitions, ready[0] - killed, recovery);
                Thread.sleep(10_000);   // settle: the replacement owns its partitions again before the next kill
            }
            stop.set(true);
            stream.join();
            Collections.sort(recoveries);
            System.out.println();
            System.out.printf("consumer recovery after SIGKILL (%d rounds, %d certified products streamed): "
                    + "median %d ms, best %d ms, worst %d ms; target <= %d ms: %s%n", rounds, certified.get(),
                    percentile(recoveries, 50), recoveries.get(0), recoveries.get(recoveries.size() - 1), TARGET_MS,
                    percentile(recoveries, 50) <= TARGET_MS ? "met" : "missed");
            System.out.println("nproc: " + Runtime.getRuntime().availableProcessors());
        } finally {
            stop.set(true);
            System.out.println("Stopping the stack ...");
            stack.close();
        }
    }

    /** Certifies products one after the other until stopped (a failed request is retried by the next turn). */
    private static void certify(URI registry, String admin, String producer, AtomicBoolean stop, AtomicLong count) {
        for (int i = 1; !stop.get(); i++) {
            try {
                String product = created(registry, "/products", admin, Map.of("producerId", producer,
                        "name", "Miến dong đo phục hồi " + i, "groupCode", "FOOD"));
                created(registry, "/certificates", admin, Map.of("productId", product, "number", "QĐ-PH-" + i,
                        "stars", 3, "issuingAuthority", "UBND tỉnh Thái Nguyên",
                        "decisionDate", LocalDate.now().minusDays(10).toString()));
                count.incrementAndGet();
            } catch (Exception e) {
                System.out.println("certification failed (the stream goes on): " + e.getMessage());
            }
        }
    }

    private static String created(URI base, String path, String token, Map<String, ?> body) throws Exception {
        return BenchSupport.created(base.resolve(path), token, JSON.writeValueAsString(body)).get("id").asText();
    }

    /** The partitions of the registry events the victim's static member owns now (empty when it owns none). */
    private static Set<Integer> partitionsOf(Admin kafka) throws Exception {
        return kafka.describeConsumerGroups(List.of(GROUP)).all().get(10, TimeUnit.SECONDS).get(GROUP).members()
                .stream().filter(m -> VICTIM.equals(m.groupInstanceId().orElse(null)))
                .map(MemberDescription::assignment).flatMap(a -> a.topicPartitions().stream())
                .filter(p -> p.topic().equals(Topics.REGISTRY_EVENTS)).map(TopicPartition::partition)
                .collect(Collectors.toSet());
    }

    /**
     * The time (epoch ms) the first event on one of {@code partitions} was applied after {@code since}, polled every
     * 50 ms: traceability's processed events joined with the registry outbox's keys, each placed as Kafka's
     * producer places a keyed record.
     */
    private static long firstAppliedOn(Set<Integer> partitions, long since, Connection registryDb,
                                       Connection traceDb) throws Exception {
        long deadline = System.currentTimeMillis() + GIVE_UP_MS;
        Map<String, Integer> partitionOf = new HashMap<>();
        while (System.currentTimeMillis() < deadline) {
            Map<String, Long> applied = new HashMap<>();
            try (PreparedStatement sql = traceDb.prepareStatement(
                    "select event_id, processed_at from processed_event where processed_at > ?")) {
                sql.setTimestamp(1, new Timestamp(since));
                try (ResultSet rows = sql.executeQuery()) {
                    while (rows.next()) {
                        applied.put(rows.getString(1), rows.getTimestamp(2).getTime());
                    }
                }
            }
            List<String> unknown = applied.keySet().stream().filter(id -> !partitionOf.containsKey(id)).toList();
            if (!unknown.isEmpty()) {
                try (PreparedStatement sql = registryDb.prepareStatement(
                        "select id::text, aggregate_key from outbox_event where id::text = any(?)")) {
                    sql.setArray(1, registryDb.createArrayOf("text", unknown.toArray()));
                    try (ResultSet rows = sql.executeQuery()) {
                        while (rows.next()) {
                            partitionOf.put(rows.getString(1), partition(rows.getString(2)));
                        }
                    }
                }
            }
            long first = applied.entrySet().stream()
                    .filter(e -> partitions.contains(partitionOf.getOrDefault(e.getKey(), -1)))
                    .mapToLong(Map.Entry::getValue).min().orElse(Long.MAX_VALUE);
            if (first != Long.MAX_VALUE) {
                return first;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no event on partitions " + partitions + " applied within "
                + GIVE_UP_MS / 1000 + " s of the kill");
    }

    /** The partition Kafka's producer gives a record with this (UTF-8 string) key, by its own partitioner. */
    static int partition(String key) {
        return BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8),
                Topics.REGISTRY_EVENTS_PARTITIONS);
    }

    private interface Probe<T> {
        T get() throws Exception;
    }

    /** Polls until the probe gives a non-empty set (30 s at most). */
    private static <T extends Set<?>> T await(Probe<T> probe, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            T value = probe.get();
            if (!value.isEmpty()) {
                return value;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("timed out waiting until " + what);
    }
}
