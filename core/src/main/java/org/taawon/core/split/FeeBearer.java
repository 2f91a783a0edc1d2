package org.taawon.core.split;

/** Who pays the payment processor's fee on an order. */
public enum FeeBearer {
    /** The platform bears the whole fee. */
    PLATFORM,
    /** The fee is shared by the order's cooperatives, by largest remainder over what they sold. */
    COOPERATIVES
}
