package vn.ocop.registry.webhook.service;

import vn.ocop.registry.partner.service.PartnerService;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The Standard Webhooks signature: {@code v1,} + base64 of HMAC-SHA256 over {@code "{id}.{timestamp}.{body}"}, keyed
 * with the base64-decoded part of the secret after {@code whsec_}.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    public static String sign(String secret, String id, long timestamp, String body) {
        String encoded = secret.startsWith(PartnerService.WEBHOOK_SECRET_PREFIX)
                ? secret.substring(PartnerService.WEBHOOK_SECRET_PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
