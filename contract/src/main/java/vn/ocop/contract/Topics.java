package vn.ocop.contract;

/** The Kafka topics the services share: the only thing they share. */
public final class Topics {

    /** Every registry fact as a CloudEvent; key = product id (producer id for producer events). */
    public static final String REGISTRY_EVENTS = "ocop.registry.events";
    /** Registry events the traceability service could not process, with the reason in headers. */
    public static final String REGISTRY_EVENTS_DLQ = "ocop.registry.events.dlq";
    /** Facts of the traceability service the registry uses (value-chain linkage); key = product id. */
    public static final String TRACEABILITY_EVENTS = "ocop.traceability.events";
    /** Traceability events the registry could not process, with the reason in headers. */
    public static final String TRACEABILITY_EVENTS_DLQ = "ocop.traceability.events.dlq";
    /** Partitions of the registry topic: the unit of horizontal scaling of consumers. */
    public static final int REGISTRY_EVENTS_PARTITIONS = 6;
    /** Partitions of the traceability topic (the brokers' default, as when it was created on first use). */
    public static final int TRACEABILITY_EVENTS_PARTITIONS = 6;

    /** The partitions a shared topic is created with (a dead-letter topic has those of its topic). */
    public static int partitions(String topic) {
        return topic.startsWith(TRACEABILITY_EVENTS) ? TRACEABILITY_EVENTS_PARTITIONS : REGISTRY_EVENTS_PARTITIONS;
    }

    private Topics() {
    }
}
