package vn.ocop.traceability.platform;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One keep-alive connection gets an answer to every request, as a gateway's pooled upstream connection or a load
 * generator needs. (With {@code ::1} among Quarkus' trusted proxies, taken for a host name, the service stopped answering
 * a connection after a few dozen requests: the scan benchmark measured 12 requests/s, a gateway would have seen
 * timeouts.)
 */
@QuarkusTest
class KeepAliveTest {

    private static final int REQUESTS = 300;

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldAnswerEveryRequestOfOneKeepAliveConnection() throws Exception {
        int answered = 0;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            for (int i = 0; i < REQUESTS; i++) {
                out.write(("GET /.well-known/gs1resolver HTTP/1.1\r\nHost: " + base.getHost()
                        + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String status = in.readLine();
                assertThat(status).as("status line of request %d", i + 1).startsWith("HTTP/1.1 200");
                int length = -1;
                for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring("content-length:".length()).trim());
                    }
                }
                assertThat(length).as("content-length of request %d", i + 1).isPositive();
                for (int read = 0; read < length; read++) {
                    assertThat(in.read()).isNotNegative();
                }
                answered++;
            }
        }
        assertThat(answered).isEqualTo(REQUESTS);
    }
}
