package vn.ocop.platform.persistence;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV that COPY reads: what is NULL, what is quoted, how timestamps and decimals are written. */
class CsvCopyTest {

    @Test
    void shouldQuoteEveryValueAndLeaveOnlyNullEmpty() {
        String csv = CsvCopy.csv(List.of(new Object[] {"a", null, "", 7}, new Object[] {null, "b"}));

        assertThat(csv).isEqualTo("\"a\",,\"\",\"7\"\n,\"b\"\n");
    }

    @Test
    void shouldDoubleQuotesAndKeepSeparatorsInsideAValue() {
        String csv = CsvCopy.csv(List.<Object[]>of(new Object[] {"{\"k\": \"v,w\"}\nnext"}));

        assertThat(csv).isEqualTo("\"{\"\"k\"\": \"\"v,w\"\"}\nnext\"\n");
    }

    @Test
    void shouldWriteTimestampsWithMicrosecondsAndOffsetAndDecimalsPlain() {
        OffsetDateTime time = OffsetDateTime.of(2024, 3, 5, 7, 8, 9, 123_456_789, ZoneOffset.ofHours(7));
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");

        String csv = CsvCopy.csv(List.<Object[]>of(new Object[] {time, new BigDecimal("1E+3"), id}));

        assertThat(csv).isEqualTo("\"2024-03-05 07:08:09.123456+07:00\",\"1000\","
                + "\"00000000-0000-0000-0000-000000000001\"\n");
    }
}
