package vn.ocop.localstack;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The local stack's mail server takes an e-mail over SMTP and its page shows it. */
class LocalMailTest {

    @Test
    void shouldListAMessageReceivedOverSmtpOnItsPage() throws Exception {
        try (LocalMail mail = LocalMail.start(0, 0)) {
            GreenMailUtil.sendTextEmail("san.xuat@example.vn", "no-reply@ocop.local",
                    "Giấy chứng nhận OCOP đã bị thu hồi", "Kính gửi Hoàng Văn Hoan",
                    new ServerSetup(mail.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

            String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(mail.pageUrl()).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(mail.messages()).hasSize(1);
            assertThat(page).contains("Thư đã gửi (1)", "Giấy chứng nhận OCOP đã bị thu hồi", "san.xuat@example.vn",
                    "Kính gửi Hoàng Văn Hoan");
        }
    }
}
