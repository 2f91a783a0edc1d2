package org.taawon.core.split;

/** Who is credited the shipping a customer pays. */
public enum ShippingRecipient {
    /** Each cooperative gets the shipping of its own parcel. */
    COOPERATIVE,
    /** The platform gets all shipping (it ships, or subsidises shipping). */
    PLATFORM
}
