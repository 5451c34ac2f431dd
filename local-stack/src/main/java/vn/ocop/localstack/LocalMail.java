package vn.ocop.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The local stack's mail server: GreenMail receives every e-mail the registry sends over SMTP (any address, nothing
 * leaves the machine), and a small page lists them, newest first, with their plain-text part.
 */
public final class LocalMail implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer page;
    private final int smtpPort;

    private LocalMail(GreenMail smtp, int smtpPort, HttpServer page) {
        this.smtp = smtp;
        this.smtpPort = smtpPort;
        this.page = page;
    }

    /** Starts SMTP on {@code smtpPort} and the page on {@code pagePort} (each a free port when that one is taken). */
    public static LocalMail start(int smtpPort, int pagePort) throws IOException {
        int smtp = available(smtpPort);
        GreenMail server = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", available(pagePort)), 0);
        LocalMail mail = new LocalMail(server, smtp, http);
        http.createContext("/", exchange -> {
            byte[] body = mail.render().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        return mail;
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The page listing the received messages. */
    public URI pageUrl() {
        return URI.create("http://localhost:" + page.getAddress().getPort() + "/");
    }

    /** Every message received so far, oldest first. */
    public List<MimeMessage> messages() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    private String render() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>OCOP local mail</title><meta http-equiv=\"refresh\" content=\"10\"></head><body>"
                + "<h1>Thư đã gửi (" + messages().size() + ")</h1>");
        List<MimeMessage> newestFirst = new java.util.ArrayList<>(messages());
        java.util.Collections.reverse(newestFirst);
        for (MimeMessage message : newestFirst) {
            try {
                html.append("<hr><p><b>").append(escape(message.getSubject())).append("</b><br>To: ")
                        .append(escape(Arrays.toString(message.getRecipients(Message.RecipientType.TO))))
                        .append("<br>Sent: ").append(message.getSentDate()).append("</p><pre>")
                        .append(escape(plainText(message))).append("</pre>");
            } catch (Exception e) {
                html.append("<hr><p>unreadable message: ").append(escape(e.getMessage())).append("</p>");
            }
        }
        return html.append("</body></html>").toString();
    }

    /** The decoded plain-text part of a message (the first text/plain part of a multipart one). */
    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int available(int preferred) throws IOException {
        try (ServerSocket socket = new ServerSocket(preferred)) {
            return socket.getLocalPort();
        } catch (IOException taken) {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }

    @Override
    public void close() {
        page.stop(0);
        smtp.stop();
    }
}
