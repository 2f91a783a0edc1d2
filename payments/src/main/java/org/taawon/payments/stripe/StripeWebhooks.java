package org.taawon.payments.stripe;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.core.order.ProcessedEvents;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;

/**
 * Receives Stripe's webhook deliveries, framework-free: a host passes the raw body, exactly as
 * received, and the {@code Stripe-Signature} header to {@link #handle(byte[], String)}.
 *
 * <p>A delivery is trusted only when its signature matches the endpoint secret (or, while a secret
 * is being rotated, the previous one) and its timestamp lies within the tolerance of the clock, both
 * ways: stripe-java refuses stale timestamps, and this class also refuses those from the future.
 * Every bad delivery ends in {@link InvalidWebhookException} (HTTP 400), and only that.
 *
 * <p>A trusted event is applied once: its id is looked up in {@link ProcessedEvents} and marked after
 * the handlers ran. The handlers are idempotent and independent of delivery order, so a crash
 * between applying and marking, or two deliveries at once, do no harm.
 */
public final class StripeWebhooks {

    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhooks.class);

    /** Stripe's own default: five minutes. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(Webhook.DEFAULT_TOLERANCE);

    private final List<String> secrets;
    private final Duration tolerance;
    private final Clock clock;
    private final ProcessedEvents processed;
    private final List<StripeEventHandler> handlers;

    private StripeWebhooks(Builder builder) {
        List<String> all = new ArrayList<>();
        all.add(Objects.requireNonNull(builder.secret, "endpoint secret"));
        builder.previousSecret.ifPresent(all::add);
        this.secrets = List.copyOf(all);
        this.tolerance = builder.tolerance;
        this.clock = Objects.requireNonNull(builder.clock, "clock");
        this.processed = Objects.requireNonNull(builder.processed, "processed events");
        this.handlers = List.copyOf(builder.handlers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Handles a delivery whose body is given as the exact bytes received. */
    public WebhookOutcome handle(byte[] rawBody, String signatureHeader) {
        if (rawBody == null) {
            throw new InvalidWebhookException("no body");
        }
        return handle(new String(rawBody, StandardCharsets.UTF_8), signatureHeader);
    }

    /** Handles a delivery whose body is given as the exact text received. */
    public WebhookOutcome handle(String rawBody, String signatureHeader) {
        Event event = verify(rawBody, signatureHeader);
        if (processed.contains(event.getId())) {
            return new WebhookOutcome(event.getId(), event.getType(), WebhookOutcome.Status.DUPLICATE);
        }
        List<StripeEventHandler> concerned = handlers.stream().filter(h -> h.handles(event.getType())).toList();
        boolean applied = !concerned.isEmpty();
        if (applied) {
            // Only events someone handles are read further: an unknown type needs no known shape.
            StripeObject object = objectOf(event);
            Instant createdAt = Instant.ofEpochSecond(event.getCreated());
            for (StripeEventHandler handler : concerned) {
                handler.apply(event.getType(), object, createdAt);
            }
        }
        processed.add(event.getId(), clock.instant());
        if (!applied) {
            LOG.debug("event {} of type {} ignored", event.getId(), event.getType());
        }
        return new WebhookOutcome(event.getId(), event.getType(),
                applied ? WebhookOutcome.Status.APPLIED : WebhookOutcome.Status.IGNORED);
    }

    /** Checks the delivery and reads its event; every failure is an {@link InvalidWebhookException}. */
    Event verify(String payload, String header) {
        if (payload == null || header == null || header.isBlank()) {
            throw new InvalidWebhookException("no body or no Stripe-Signature header");
        }
        long timestamp = timestampOf(header);
        long now = clock.instant().getEpochSecond();
        if (timestamp > now + tolerance.toSeconds()) {
            throw new InvalidWebhookException("timestamp " + timestamp + " is in the future (now " + now + ")");
        }
        InvalidWebhookException failure = null;
        for (String secret : secrets) {
            try {
                Event event = Webhook.constructEvent(payload, header, secret, tolerance.toSeconds(), clock);
                requireEvent(event);
                return event;
            } catch (SignatureVerificationException e) {
                failure = new InvalidWebhookException("signature refused: " + e.getMessage(), e);
            } catch (InvalidWebhookException e) {
                throw e;
            } catch (RuntimeException e) {
                // The signature held but the body is not an event (bad JSON, wrong shapes).
                throw new InvalidWebhookException("body is not a Stripe event: " + e.getMessage(), e);
            }
        }
        throw failure;
    }

    private static long timestampOf(String header) {
        Long timestamp = null;
        for (String part : header.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new InvalidWebhookException("malformed Stripe-Signature header");
            }
            if (part.substring(0, eq).trim().equals("t")) {
                try {
                    timestamp = Long.parseLong(part.substring(eq + 1).trim());
                } catch (NumberFormatException e) {
                    throw new InvalidWebhookException("malformed timestamp in Stripe-Signature header", e);
                }
            }
        }
        if (timestamp == null) {
            throw new InvalidWebhookException("no timestamp in Stripe-Signature header");
        }
        return timestamp;
    }

    private static void requireEvent(Event event) {
        if (event == null || event.getId() == null || event.getType() == null || event.getCreated() == null
                || event.getData() == null) {
            throw new InvalidWebhookException("body is not a Stripe event (no id, type, created or data)");
        }
    }

    /**
     * The event's object. An event written for another API version than stripe-java's gives an empty
     * {@code getObject()}; its fields are still read, leniently, by {@code deserializeUnsafe()}.
     */
    private static StripeObject objectOf(Event event) {
        EventDataObjectDeserializer data = event.getDataObjectDeserializer();
        try {
            Optional<StripeObject> object = data.getObject();
            if (object.isPresent()) {
                return object.get();
            }
            return data.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException | RuntimeException e) {
            throw new InvalidWebhookException("event " + event.getId() + " has an unreadable object", e);
        }
    }

    /**
     * A field a handler needs from a verified event; its absence makes the delivery malformed. Stripe
     * always sends these, so only a body signed with the secret but not written by Stripe lacks one.
     */
    static <T> T required(T value, String what) {
        if (value == null) {
            throw new InvalidWebhookException("event object has no " + what);
        }
        return value;
    }

    /** The event's object as the class its type promises, or a malformed delivery. */
    static <T> T expect(Object object, Class<T> type, String eventType) {
        if (!type.isInstance(object)) {
            throw new InvalidWebhookException(eventType + " carries a " + object.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(object);
    }

    /** Collects the secrets, tolerance, clock, event store and handlers. */
    public static final class Builder {
        private String secret;
        private Optional<String> previousSecret = Optional.empty();
        private Duration tolerance = DEFAULT_TOLERANCE;
        private Clock clock = Clock.systemUTC();
        private ProcessedEvents processed;
        private final List<StripeEventHandler> handlers = new ArrayList<>();

        private Builder() {
        }

        /** The endpoint's signing secret ({@code whsec_...}). */
        public Builder endpointSecret(String endpointSecret) {
            this.secret = Objects.requireNonNull(endpointSecret, "endpointSecret");
            return this;
        }

        /** The secret being rotated out: deliveries signed with it are still accepted. */
        public Builder previousSecret(String previous) {
            this.previousSecret = Optional.of(previous);
            return this;
        }

        public Builder tolerance(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the tolerance must be positive");
            }
            this.tolerance = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder processedEvents(ProcessedEvents value) {
            this.processed = Objects.requireNonNull(value, "processedEvents");
            return this;
        }

        public Builder handler(StripeEventHandler handler) {
            handlers.add(Objects.requireNonNull(handler, "handler"));
            return this;
        }

        public StripeWebhooks build() {
            return new StripeWebhooks(this);
        }
    }
}
