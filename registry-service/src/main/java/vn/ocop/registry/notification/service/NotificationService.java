package vn.ocop.registry.notification.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.registry.notification.Notification;
import vn.ocop.registry.notification.NotificationKind;
import vn.ocop.registry.notification.config.NotificationConfig;
import vn.ocop.registry.notification.repository.NotificationRepository;
import vn.ocop.registry.notification.repository.NotificationRepository.Preference;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.security.Caller;
import vn.ocop.contract.Roles;
import vn.ocop.registry.producer.repository.ProducerRepository;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes e-mail notifications in the caller's transaction (so a message exists exactly when the fact it tells about
 * committed): one row per recipient and event, rendered from the Qute template of its kind in the recipient's language
 * (Vietnamese unless the address prefers English), skipped when the address turned that non-essential kind off. A
 * second write of the same event for the same recipient is ignored.
 */
@ApplicationScoped
public class NotificationService {

    /** What a message is about, for scoping the notification log. */
    public record About(UUID producerId, String provinceCode, String communeCode, UUID partnerId) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final NotificationRepository repository;
    private final Engine qute;
    private final NotificationConfig config;
    private final Clock clock;
    private final ProducerRepository producers;

    public NotificationService(NotificationRepository repository, Engine qute, NotificationConfig config,
                               Clock clock, ProducerRepository producers) {
        this.producers = producers;
        this.repository = repository;
        this.qute = qute;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Queues one message of {@code kind} about the event {@code eventKey} to each address; returns how many were new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int notify(NotificationKind kind, String eventKey, Collection<String> recipients, Map<String, Object> data,
                      About about) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int written = 0;
        for (String recipient : addresses(recipients)) {
            Preference preference = repository.preference(recipient).orElse(null);
            String language = preference == null ? "vi" : preference.language();
            Map<String, Object> model = new HashMap<>(data);
            model.put("linkBase", config.linkBase());
            model.put("recipient", recipient);
            String text = render(kind, language, model);
            int newline = text.indexOf('\n');
            Notification n = new Notification();
            n.id = UUID.randomUUID();
            n.kind = kind;
            n.eventKey = eventKey;
            n.recipient = recipient;
            n.language = language;
            n.subject = text.substring(0, newline).strip();
            n.bodyText = text.substring(newline + 1).strip() + "\n";
            n.bodyHtml = Html.of(n.subject, n.bodyText);
            n.producerId = about.producerId();
            n.provinceCode = about.provinceCode();
            n.communeCode = about.communeCode();
            n.partnerId = about.partnerId();
            boolean optedOut = !kind.essential() && preference != null && preference.optedOut().contains(kind.name());
            n.status = optedOut ? Notification.Status.SKIPPED : Notification.Status.PENDING;
            n.nextAttemptAt = optedOut ? null : now;
            n.createdAt = now;
            if (repository.insertIfAbsent(n)) {
                written++;
            }
        }
        return written;
    }

    /**
     * The notification log as the caller may see it, newest first: everything for national roles, the caller's
     * province or commune for officers, the caller's own producer for a producer; 403 for anyone else.
     */
    @Transactional
    public Page<Notification> log(Caller caller, int page, int size) {
        PanacheQuery<Notification> query;
        if (caller.isNational()) {
            query = repository.log(null, null, null, null);
        } else if (caller.has(Roles.PROVINCE_ADMIN)) {
            query = repository.log(null, required(caller.provinceCode(), "province_code"), null, null);
        } else if (caller.has(Roles.COMMUNE_OFFICER)) {
            query = repository.log(null, null, required(caller.communeCode(), "commune_code"), null);
        } else if (caller.has(Roles.PRODUCER)) {
            query = repository.log(required(caller.producerId(), "producer_id"), null, null, null);
        } else {
            throw DomainException.refused("the caller's role does not see notifications");
        }
        return Page.of(query, page, size);
    }

    /** Whether the caller may read and change the preference of {@code email}: an admin, or its own producer. */
    @Transactional
    public void requireMayManage(Caller caller, String email) {
        if (caller.has(Roles.ADMIN)) {
            return;
        }
        if (caller.has(Roles.PRODUCER)) {
            String own = Optional.ofNullable(caller.producerId()).map(producers::findById)
                    .map(p -> p.email).map(NotificationService::normalise).orElse(null);
            if (normalise(email).equals(own)) {
                return;
            }
        }
        caller.requireRole(Roles.ADMIN);
    }

    private static <T> T required(T scope, String claim) {
        return Optional.ofNullable(scope)
                .orElseThrow(() -> DomainException.refused("the token has no " + claim));
    }

    /** An address's language and opted-out kinds (Vietnamese and nothing turned off by default). */
    @Transactional
    public Preference preference(String email) {
        String address = normalise(email);
        return repository.preference(address).orElse(new Preference(address, "vi", List.of()));
    }

    @Transactional
    public Preference savePreference(Preference preference) {
        for (String kind : preference.optedOut()) {
            if (NotificationKind.valueOf(kind).essential()) {
                throw DomainException.invalid("optedOut", kind + " is essential and cannot be turned off");
            }
        }
        Preference normalised = new Preference(normalise(preference.email()), preference.language(),
                List.copyOf(new LinkedHashSet<>(preference.optedOut())));
        repository.savePreference(normalised, OffsetDateTime.now(clock));
        return normalised;
    }

    private String render(NotificationKind kind, String language, Map<String, Object> model) {
        String name = "notification/" + kind.template() + "." + language + ".txt";
        Template template = qute.getTemplate(name);
        if (template == null) {
            throw new IllegalStateException("no notification template " + name);
        }
        return Normalizer.normalize(template.render(model), Normalizer.Form.NFC);
    }

    private static Set<String> addresses(Collection<String> recipients) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String recipient : recipients) {
            if (recipient != null && EMAIL.matcher(recipient.strip()).matches()) {
                addresses.add(normalise(recipient));
            }
        }
        return addresses;
    }

    /** Addresses are compared in lower case, NFC. */
    public static String normalise(String email) {
        return Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
