package vn.ocop.registry.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.notification.service.NotificationTriggers;
import vn.ocop.registry.outbox.RegistryFact;
import vn.ocop.registry.support.Mailbox;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workflow;
import vn.ocop.registry.webhook.WebhookReceiver;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.registry.support.Fixtures.PHU_BINH;
import static vn.ocop.registry.support.Fixtures.THAI_NGUYEN;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;
import static vn.ocop.registry.support.Workflow.move;

/**
 * E-mails through a real SMTP server (GreenMail in this JVM): each user-facing event makes exactly one message per
 * recipient, even when told twice, in the recipient's language, with a plain-text part and the right links; an SMTP
 * outage delays messages and loses none.
 */
@QuarkusTest
class NotificationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String TUYEN_QUANG = "08";
    private static final String TUYEN_QUANG_COMMUNE = "00691";

    @Inject
    NotificationTriggers triggers;

    @Test
    void shouldTellTheProducerOnceInVietnameseWhenItsCertificateIsRevokedEvenIfTheEventComesTwice() {
        String email = address("thu.hoi");
        UUID producer = aProducer().with("email", email).with("contactName", "Hoàng Văn Hoan").create();
        UUID product = aProduct(producer).named("Cao ngựa bạch Hoan Hoa").create();
        UUID certificate = aCertificate(product).stars(3).record();
        JsonPath revoked = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Vi phạm tiêu chí bắt buộc về an toàn thực phẩm"))
                .post("/certificates/{id}/revoke", certificate).then().statusCode(200).extract().jsonPath();

        MimeMessage message = awaitOneMessage(email);
        assertThat(subject(message)).isEqualTo("Giấy chứng nhận OCOP " + revoked.getString("number")
                + " đã bị thu hồi");
        String text = Mailbox.part(message, "text/plain");
        assertThat(text).contains("Kính gửi Hoàng Văn Hoan", "\"Cao ngựa bạch Hoan Hoa\" (3 sao) đã bị thu hồi",
                "Lý do: Vi phạm tiêu chí bắt buộc về an toàn thực phẩm", "/certificates/" + certificate);
        assertThat(Mailbox.part(message, "text/html")).contains("<a href=\"http://localhost:8081/certificates/"
                + certificate + "\">");

        // the same event told again (a redelivery): no second message
        QuarkusTransaction.requiringNew().run(() -> triggers.onFact(new RegistryFact(EventTypes.CERTIFICATE_REVOKED,
                product, new CertificateData(certificate, product, revoked.getString("number"), 3, null, null, null,
                "REVOKED", null, "lại", null))));
        assertStillOneMessage(email);
        List<Map<String, Object>> log = given().auth().oauth2(Tokens.producer(producer)).get("/notifications")
                .then().statusCode(200).extract().path("items");
        assertThat(log).extracting(m -> m.get("kind") + " " + m.get("status") + " " + m.get("language"))
                .containsExactly("CERTIFICATE_REVOKED SENT vi");
    }

    @Test
    void shouldRemindInEnglishAt60DaysOnceWhateverHowOftenTheExpiryRunRuns() {
        String email = address("expiring");
        UUID producer = aProducer().with("email", email).with("contactName", "Ms Lan").create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("language", "en")).put("/notification-preferences/{email}", email)
                .then().statusCode(200);
        UUID product = aProduct(producer).named("Chè Tân Cương").create();
        // valid 36 months: decided 36 months minus 45 days ago, so 45 days remain
        LocalDate decided = LocalDate.now().minusMonths(36).plusDays(45);
        UUID certificate = aCertificate(product).stars(4).decidedOn(decided).record();

        runExpiry();
        runExpiry();

        MimeMessage message = awaitOneMessage(email);
        assertThat(subject(message)).matches("OCOP certificate .+ expires in 4\\d days");
        assertThat(Mailbox.part(message, "text/plain")).contains("Dear Ms Lan", "\"Chè Tân Cương\" (4 stars)",
                "/certificates/" + certificate);
        assertStillOneMessage(email);
    }

    @Test
    void shouldNotSendANonEssentialKindTheAddressTurnedOffButStillLogIt() {
        String email = address("opted.out");
        UUID producer = aProducer().with("email", email).create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("language", "vi", "optedOut", List.of("CERTIFICATE_EXPIRING_60")))
                .put("/notification-preferences/{email}", email).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("language", "vi", "optedOut", List.of("CERTIFICATE_REVOKED")))
                .put("/notification-preferences/{email}", email).then().statusCode(400);
        aCertificate(aProduct(producer).create()).decidedOn(LocalDate.now().minusMonths(36).plusDays(50)).record();

        runExpiry();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(given().auth()
                .oauth2(Tokens.producer(producer)).get("/notifications").then().extract()
                .<List<String>>path("items.status")).containsExactly("SKIPPED"));
        assertThat(Mailbox.to(email)).isEmpty();
    }

    @Test
    void shouldTellTheReasonOfAReturnEachMemberOfTheRoundAndTheStarsAndCertificateOfTheRanking() {
        String email = address("ho.so");
        UUID producer = aProducer().inCommune(PHU_BINH).with("email", email).create();
        Workflow.ensureCriteriaSet("HERBAL");
        UUID product = aProduct(producer).named("Mật ong Phú Bình").inGroup("HERBAL").create();
        UUID dossier = Workflow.completeDraft(product, producer, 60);
        move(dossier, "SUBMITTED", null, Tokens.producer(producer)).statusCode(200);
        move(dossier, "DRAFT", "Thiếu giấy chứng nhận an toàn thực phẩm", Tokens.officer(PHU_BINH)).statusCode(200);

        MimeMessage returned = awaitOneMessage(email);
        assertThat(subject(returned)).isEqualTo("Hồ sơ OCOP \"Mật ong Phú Bình\" được trả lại để bổ sung, sửa đổi");
        assertThat(Mailbox.part(returned, "text/plain")).contains("Lý do: Thiếu giấy chứng nhận an toàn thực phẩm",
                "http://localhost:8081/dossiers/" + dossier);

        move(dossier, "SUBMITTED", null, Tokens.producer(producer)).statusCode(200);
        move(dossier, "COMMUNE_REVIEW", null, Tokens.officer(PHU_BINH)).statusCode(200);
        move(dossier, "COUNCIL_REVIEW", null, Tokens.officer(PHU_BINH)).statusCode(200);
        Workflow.Council council = Workflow.council(THAI_NGUYEN, 2);
        Workflow.scoreRound(dossier, council, Set.of(), 75, 77);
        String certificate = Workflow.dossier(dossier).getString("certificateId");
        for (String member : council.subjects()) {
            MimeMessage invitation = awaitOneMessage(member);
            assertThat(subject(invitation)).isEqualTo("Mời chấm điểm sản phẩm OCOP \"Mật ong Phú Bình\" (vòng 1)");
            assertThat(Mailbox.part(invitation, "text/plain")).contains("http://localhost:8081/scoring-rounds/");
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> Mailbox.to(email).size() == 2);
        MimeMessage decided = Mailbox.to(email).get(1);
        assertThat(subject(decided)).isEqualTo("Sản phẩm \"Mật ong Phú Bình\" đạt OCOP 4 sao");
        assertThat(Mailbox.part(decided, "text/plain")).contains("đạt 4 sao (điểm trung bình 76",
                "Giấy chứng nhận: http://localhost:8081/certificates/" + certificate + "/pdf");
    }

    @Test
    void shouldDelayMessagesWhileTheSmtpServerIsDownAndLoseNone() {
        List<String> emails = List.of(address("outage.1"), address("outage.2"), address("outage.3"));
        Mailbox.stopServer();
        try {
            for (String email : emails) {
                UUID certificate = aCertificate(aProduct(aProducer().with("email", email).create()).create()).record();
                given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("reason", "Hết hạn"))
                        .post("/certificates/{id}/revoke", certificate).then().statusCode(200);
            }
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(given().auth()
                    .oauth2(Tokens.admin()).queryParam("size", 100).get("/notifications").then().extract()
                    .<List<Map<String, Object>>>path("items"))
                    .filteredOn(m -> emails.contains(m.get("recipient")))
                    .hasSize(3).anyMatch(m -> (Integer) m.get("attempts") >= 2 && m.get("lastError") != null)
                    .allMatch(m -> "PENDING".equals(m.get("status"))));
        } finally {
            Mailbox.restart();
        }
        for (String email : emails) {
            awaitOneMessage(email);
        }
        assertStillOneMessage(emails.get(0));
    }

    @Test
    void shouldTellThePartnersContactOnceWhenItsWebhooksHaveBeenFailingForTheConfiguredHour() {
        String email = address("san.tmdt");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.failing(true);
            String partnerId = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("name", "Sàn thương mại điện tử Tuyên Quang", "contactEmail", email,
                            "provinces", List.of(TUYEN_QUANG), "webhookUrl", receiver.url()))
                    .post("/partners").then().statusCode(201).extract().path("partner.id");
            aCertificate(aProduct(aProducer().inCommune(TUYEN_QUANG_COMMUNE).create()).create()).record();

            // "an hour" is 2 s in tests (ocop.notifications.webhook-failing-after)
            MimeMessage message = awaitOneMessage(email);
            assertThat(subject(message)).startsWith("Webhook OCOP gửi tới Sàn thương mại điện tử Tuyên Quang thất bại");
            assertThat(Mailbox.part(message, "text/plain")).contains("503",
                    "http://localhost:8081/partners/" + partnerId + "/webhook-deliveries");
            assertStillOneMessage(email);
            receiver.failing(false);
            await().atMost(Duration.ofSeconds(15)).until(() -> given().auth().oauth2(Tokens.admin())
                    .queryParam("state", "PENDING").get("/partners/{id}/webhook-deliveries", partnerId)
                    .then().extract().<Integer>path("total") == 0);
        }
    }

    private static void runExpiry() {
        given().auth().oauth2(Tokens.admin()).post("/certificates/expiry-runs").then().statusCode(200);
    }

    private static String address(String who) {
        return who + "." + SEQUENCE.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.vn";
    }

    /** Up to 40 s: one send on a connection the relay dropped may wait out the mailer's 15 s timeout before its retry. */
    private static MimeMessage awaitOneMessage(String email) {
        await().atMost(Duration.ofSeconds(40)).until(() -> !Mailbox.to(email).isEmpty());
        List<MimeMessage> messages = Mailbox.to(email);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static void assertStillOneMessage(String email) {
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(Mailbox.to(email)).hasSize(1));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
