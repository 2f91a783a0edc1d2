package org.taawon.core.catalogue;

/** Who a cooperative is made of; impact reports group revenue by it. */
public enum CooperativeKind {
    WOMEN,
    YOUTH,
    MIXED,
    OTHER
}
