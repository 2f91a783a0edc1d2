package org.taawon.payments.stripe;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRail;
import org.taawon.payments.support.Backoff;
import org.taawon.payments.support.RateLimiter;
import org.taawon.payments.support.Sleeper;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import com.stripe.model.Transfer;
import com.stripe.net.RequestOptions;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferListParams;

/**
 * Pays a cooperative's payout as one Stripe Transfer to its connected account (separate charges and
 * transfers: the platform's balance funds it), with {@code transfer_group} = the payout's id.
 *
 * <p>Exactly once, through failures: the Idempotency-Key is derived from the saved payout row and
 * its attempt number. A 429, a dropped connection or a timeout is retried with the same key (after a
 * dropped answer, the transfer group is listed first, in case Stripe has forgotten the key). A 5xx is
 * stored by Stripe under its key, so it is resolved by listing the transfer group before a new
 * attempt under the next key, at once for a payout's first failure (only a second failure in a row
 * backs off). A 4xx (an invalid account, say) fails the payout and its money goes back to the
 * cooperative's balance. Calls are spaced by a client-side rate limit.
 */
public final class StripeTransferRail implements PayoutRail {

    private static final Logger LOG = LoggerFactory.getLogger(StripeTransferRail.class);

    private final StripeClient client;
    private final StripeCalls calls;

    public StripeTransferRail(StripeClient client, RateLimiter limiter, Backoff backoff, Sleeper sleeper) {
        this.client = Objects.requireNonNull(client, "client");
        this.calls = new StripeCalls(limiter, backoff, sleeper);
    }

    /** The rail with the default rate limit (25 requests/s) and backoff. */
    public static StripeTransferRail of(StripeConnection connection) {
        return new StripeTransferRail(connection.client(), RateLimiter.standard(), Backoff.standard(), Sleeper.SYSTEM);
    }

    /** The key of one request: the payout, its attempt, and how many stored 5xx this attempt has moved past. */
    public static String idempotencyKey(Payout payout, int serverErrors) {
        String key = "taawon-payout-" + payout.id().value() + "-attempt-" + payout.attempts();
        return serverErrors == 0 ? key : key + "." + serverErrors;
    }

    @Override
    public Outcome send(Payout payout) {
        if (!(payout.destination() instanceof PayoutDestination.StripeAccount account)) {
            return Outcome.failed("NO_STRIPE_ACCOUNT");
        }
        TransferCreateParams params = params(payout, account.accountId());
        int serverErrors = 0;
        for (int retry = 0; ; retry++) {
            String key = idempotencyKey(payout, serverErrors);
            try {
                Transfer transfer = calls.once(() -> client.v1().transfers().create(params,
                        RequestOptions.builder().setIdempotencyKey(key).build()));
                LOG.info("payout {} sent as transfer {} (key {})", payout.id(), transfer.getId(), key);
                return Outcome.paid(transfer.getId());
            } catch (StripeException e) {
                if (!StripeCalls.isTransient(e)) {
                    return refused(payout, e);
                }
                if (retry >= calls.backoff().maxRetries()) {
                    throw StripeCalls.translate("transfer for payout " + payout.id(), e);
                }
                LOG.warn("payout {}: {} under key {} (retry {})", payout.id(), describe(e), key, retry + 1);
                if (retry > 0 || !StripeCalls.isServerError(e)) {
                    // A first 5xx is Stripe's settled answer to its key, not a sign of load: the look-up
                    // below follows at once (under the rate limit); a second failure in a row backs off.
                    calls.pause(retry);
                }
                if (e instanceof ApiConnectionException || StripeCalls.isServerError(e)) {
                    // The transfer may have been made: look before asking again.
                    Optional<Outcome> found = lookUp(payout);
                    if (found.isPresent()) {
                        return found.get();
                    }
                    if (StripeCalls.isServerError(e)) {
                        serverErrors++;
                    }
                }
            }
        }
    }

    /**
     * What Stripe holds for this payout: a transfer in its transfer group (paid, or failed when it was
     * reversed), or empty when there is none, so sending again is safe.
     */
    @Override
    public Optional<Outcome> lookUp(Payout payout) {
        TransferListParams list = TransferListParams.builder().setTransferGroup(payout.id().value()).setLimit(10L).build();
        List<Transfer> transfers = calls.withRetries("transfer look-up for payout " + payout.id(), true,
                () -> client.v1().transfers().list(list)).getData();
        List<Transfer> ours = transfers.stream()
                .filter(t -> t.getMetadata() == null || t.getMetadata().get("payout_id") == null
                        || payout.id().value().equals(t.getMetadata().get("payout_id")))
                .toList();
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        if (ours.size() > 1) {
            LOG.error("payout {} has {} transfers in its group: {}", payout.id(), ours.size(),
                    ours.stream().map(Transfer::getId).toList());
        }
        Transfer transfer = ours.get(ours.size() - 1);
        return Optional.of(Boolean.TRUE.equals(transfer.getReversed())
                ? Outcome.failed("TRANSFER_REVERSED") : Outcome.paid(transfer.getId()));
    }

    static TransferCreateParams params(Payout payout, String destination) {
        return TransferCreateParams.builder()
                .setAmount(payout.amount().minor())
                .setCurrency(payout.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                .setDestination(destination)
                .setTransferGroup(payout.id().value())
                .setDescription("Taawon payout " + payout.id().value())
                .putMetadata("payout_id", payout.id().value())
                .putMetadata("run_id", payout.run().value())
                .putMetadata("cooperative_id", payout.cooperative().value())
                .build();
    }

    private static Outcome refused(Payout payout, StripeException e) {
        StripeCallException translated = StripeCalls.translate("transfer for payout " + payout.id(), e);
        if (!StripeCallException.REJECTED.equals(translated.reason())) {
            throw translated;
        }
        String code = e.getCode() == null ? "status_" + e.getStatusCode() : e.getCode();
        LOG.warn("payout {} refused by Stripe: {} ({})", payout.id(), code, e.getMessage());
        return Outcome.failed("STRIPE_" + code.toUpperCase(Locale.ROOT));
    }

    private static String describe(StripeException e) {
        return e.getStatusCode() == null ? e.getClass().getSimpleName() : "HTTP " + e.getStatusCode();
    }
}
