package vn.ocop.platform.outbox;

/**
 * Where a service's outbox goes: the topic its relay publishes to and that topic's dead-letter topic (both created by
 * the relay if missing). Each service produces one, naming constants of {@code vn.ocop.contract.Topics}.
 */
public record OutboxTopic(String name, String deadLetter) {
}
