package org.taawon.payments.stripe;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.core.catalogue.Ids;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutDispatch;
import org.taawon.core.payout.PayoutId;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.Payouts;

import com.stripe.model.StripeObject;
import com.stripe.model.Transfer;

/**
 * Transfer and payout events. {@code transfer.created} settles a payout still marked SENDING (its
 * answer was lost in a crash); {@code transfer.reversed} fails the payout and returns its money to
 * the cooperative's balance through {@link PayoutDispatch}. The connected accounts' own payouts to
 * their banks ({@code payout.paid}, {@code payout.failed}) move no money of the platform's and are
 * only logged.
 */
public final class TransferEvents implements StripeEventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TransferEvents.class);

    public static final String REVERSED = "TRANSFER_REVERSED";

    private static final Set<String> TYPES = Set.of("transfer.created", "transfer.reversed", "payout.paid", "payout.failed");

    private final Payouts payouts;
    private final PayoutDispatch dispatch;

    public TransferEvents(Payouts payouts, PayoutDispatch dispatch) {
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void apply(String type, StripeObject object, Instant createdAt) {
        switch (type) {
            case "transfer.created" -> created(transfer(object, type));
            case "transfer.reversed" -> reversed(transfer(object, type));
            default -> LOG.info("connected account payout event {}: {}", type, object);
        }
    }

    private static Transfer transfer(StripeObject object, String type) {
        Transfer transfer = StripeWebhooks.expect(object, Transfer.class, type);
        StripeWebhooks.required(transfer.getId(), "id");
        StripeWebhooks.required(transfer.getAmount(), "amount");
        return transfer;
    }

    private void created(Transfer transfer) {
        payoutOf(transfer).filter(p -> p.state() == PayoutState.SENDING)
                .ifPresent(p -> dispatch.record(p.id(), PayoutRail.Outcome.paid(transfer.getId())));
    }

    private void reversed(Transfer transfer) {
        Optional<Payout> payout = payoutOf(transfer);
        if (payout.isEmpty()) {
            return;
        }
        long reversed = transfer.getAmountReversed() == null ? 0 : transfer.getAmountReversed();
        if (!Boolean.TRUE.equals(transfer.getReversed()) && reversed < transfer.getAmount()) {
            LOG.error("transfer {} of payout {} partly reversed ({} of {}): settle it by hand", transfer.getId(),
                    payout.get().id(), reversed, transfer.getAmount());
            return;
        }
        dispatch.reverse(payout.get().id(), REVERSED);
    }

    private Optional<Payout> payoutOf(Transfer transfer) {
        String id = transfer.getMetadata() == null ? null : transfer.getMetadata().get("payout_id");
        if (id == null) {
            id = transfer.getTransferGroup();
        }
        Optional<Payout> payout = Optional.empty();
        if (id != null) {
            try {
                payout = payouts.find(new PayoutId(id));
            } catch (Ids.InvalidIdException e) {
                throw new InvalidWebhookException("transfer " + transfer.getId() + " names an invalid payout id", e);
            }
        }
        if (payout.isEmpty()) {
            LOG.warn("transfer {} belongs to no known payout", transfer.getId());
        }
        return payout;
    }
}
