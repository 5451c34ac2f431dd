package vn.ocop.registry.notification.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTML part of a message, made from its plain text: escaped paragraphs, links clickable. */
final class Html {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private Html() {
    }

    static String of(String subject, String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject)).append("</title></head><body>");
        for (String paragraph : text.strip().split("\n\\s*\n")) {
            html.append("<p>").append(links(escape(paragraph.strip())).replace("\n", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String links(String escaped) {
        Matcher m = URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
        }
        return m.appendTail(out).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
