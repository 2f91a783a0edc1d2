package org.taawon.core.ledger;

/** Why an entry moved money; statements and reports group by it. */
public enum EntryKind {
    /** A customer's charge for an order (customer clearing). */
    CHARGE,
    /** Gross merchandise credited to a cooperative. */
    SALE,
    /** A cooperative's share of an order discount. */
    DISCOUNT,
    /** Shipping credited to its recipient. */
    SHIPPING,
    /** Commission taken from a cooperative and credited to the platform. */
    COMMISSION,
    /** Processor fee: borne by a cooperative or the platform, kept by the processor. */
    FEE,
    /** Money returned to a customer, taken from the cooperative whose lines it was. */
    REFUND,
    /** Commission given back to a cooperative on a refund, taken from the platform. */
    COMMISSION_REVERSAL,
    /** A payout planned: from a cooperative's payable to payouts in flight. */
    PAYOUT,
    /** A payout reached the cooperative: from in flight to paid. */
    PAYOUT_SETTLED,
    /** A payout failed: back from in flight to the cooperative's payable. */
    PAYOUT_RETURNED,
    /** A disputed amount held from a cooperative while the dispute runs. */
    DISPUTE_HOLD,
    /** A held amount released after a won dispute. */
    DISPUTE_RELEASE,
    /** A lost dispute: the amount goes back to the customer, a debt of the cooperative. */
    DISPUTE_LOSS
}
