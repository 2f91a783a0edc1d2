/**
 * What the feature packages share: the money and payout-destination embeddables, the MapStruct
 * configuration and common conversions, how adapters reach an {@code EntityManager}
 * ({@link org.taawon.persistence.support.EntityManagerAccess}), the
 * {@link org.taawon.persistence.support.TransactionRunner}, the schema's migrations
 * ({@link org.taawon.persistence.support.TaawonSchema}) and the reading of database errors.
 */
package org.taawon.persistence.support;
