package vn.ocop.registry.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test JVM that receives every notification the registry sends; tests read what
 * arrived for an address, and can stop and restart it to play an SMTP outage.
 */
public class Mailbox implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        port = freePort();
        startServer();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.mock", "false",
                "ocop.notifications.poll-interval", "200ms",
                "ocop.notifications.retry-backoff", "300ms,600ms,1s",
                "ocop.notifications.check-interval", "500ms",
                "ocop.notifications.webhook-failing-after", "2s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Stops the SMTP server (an outage): the registry's attempts fail until {@link #restart()}. */
    public static synchronized void stopServer() {
        server.stop();
    }

    /** Starts the SMTP server again on the same port, with an empty mailbox. */
    public static synchronized void restart() {
        startServer();
    }

    /** The messages received for {@code address}, oldest first. */
    public static synchronized List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The content of the first part of {@code message} with the given MIME type ("text/plain", "text/html"). */
    public static String part(MimeMessage message, String mimeType) {
        try {
            return find(message, mimeType);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Part part, String mimeType) throws Exception {
        if (part.isMimeType(mimeType)) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void startServer() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
