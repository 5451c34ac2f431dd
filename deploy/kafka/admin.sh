#!/bin/sh
# Runs a Kafka command-line tool as the broker's admin (SASL PLAIN, the super user; only the broker's own containers
# know its password): sh admin.sh kafka-topics.sh --bootstrap-server kafka:9092 --list
set -eu
props=$(mktemp)
cat > "$props" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$OCOP_KAFKA_ADMIN_PASSWORD";
PROPERTIES
tool=$1
shift
exec "/opt/kafka/bin/$tool" --command-config "$props" "$@"
