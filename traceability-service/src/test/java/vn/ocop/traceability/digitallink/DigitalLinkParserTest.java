package vn.ocop.traceability.digitallink;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.platform.problem.DomainException;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Digital Link path rules without a booted service: round trips on random identifiers, and each way to fail. */
class DigitalLinkParserTest {

    /** GS1 AI encodable character set 82, written out here independently of the parser's table. */
    private static final String CSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    @Test
    void shouldParseBackEveryPathItWritesForRandomGtinsLotsAndSerials() {
        Random random = new Random(20261204);
        for (int i = 0; i < 5_000; i++) {
            String gtin14 = withCheckDigit(digits(random, 13));
            String lot = random.nextInt(3) == 0 ? null : value(random);
            String serial = random.nextBoolean() ? value(random) : null;
            DigitalLinkUri uri = new DigitalLinkUri(gtin14, lot, serial);

            assertThat(DigitalLinkParser.parse(uri.path())).as(uri.path()).isEqualTo(uri);
            assertThat(DigitalLinkParser.parse(uri.path() + "/")).as("one trailing slash").isEqualTo(uri);
        }
    }

    @Test
    void shouldRefuseEveryGtinWhoseCheckDigitIsWrong() {
        Random random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            String valid = withCheckDigit(digits(random, 13));
            int check = valid.charAt(13) - '0';
            String wrong = valid.substring(0, 13) + (char) ('0' + (check + 1 + random.nextInt(9)) % 10);

            assertThatThrownBy(() -> DigitalLinkParser.parse("/01/" + wrong)).as(wrong)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("invalid-gtin"));
        }
    }

    @Test
    void shouldTakeGtin8And12And13AsTheirGtin14() {
        String gtin13 = withCheckDigit(digits(new Random(3), 12));

        assertThat(DigitalLinkParser.parse("/01/" + gtin13).gtin14()).isEqualTo("0" + gtin13);
        assertThat(DigitalLinkParser.parse("/01/96385074").gtin14()).isEqualTo("00000096385074");
        assertThat(DigitalLinkParser.parse("/01/614141000036").gtin14()).isEqualTo("00614141000036");
    }

    @Test
    void shouldDecodePercentEscapesAndKeepAPlus() {
        assertThat(DigitalLinkParser.parse("/01/09506000134352/10/L%2F1+2/21/A%25B"))
                .isEqualTo(new DigitalLinkUri("09506000134352", "L/1+2", "A%B"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/02/09506000134352 | path",
            "/01 | path",
            "/01/09506000134352/10 | path",
            "/01/09506000134352/22/X | path",
            "/01/09506000134352/10/A/10/B | path",
            "/01/09506000134352/21/S/10/L | path",
            "/01/09506000134352/10//21/S | lot",
            "/01/09506000134352/10/ABCDEFGHIJKLMNOPQRSTU | lot",
            "/01/09506000134352/21/caf%C3%A9 | serial",
            "/01/09506000134352/21/a%2 | serial",
            "/01/09506000134352/21/%C3%28 | serial",
            "/01/09506000134352/21/a#b | serial"})
    void shouldSayWhichPartOfAPathIsWrong(String path, String field) {
        assertThatThrownBy(() -> DigitalLinkParser.parse(path)).as(path)
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo(field));
                });
    }

    private static String value(Random random) {
        StringBuilder value = new StringBuilder();
        int length = 1 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            value.append(CSET_82.charAt(random.nextInt(CSET_82.length())));
        }
        return value.toString();
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** The GS1 mod-10 check digit appended: weights 3 and 1 from the right of the data digits. */
    private static String withCheckDigit(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int digit = data.charAt(data.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * digit : digit;
        }
        return data + (10 - sum % 10) % 10;
    }
}
