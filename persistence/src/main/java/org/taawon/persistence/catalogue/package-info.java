/**
 * Cooperatives and products in the database: their entities and mappers, and the adapters
 * {@link org.taawon.persistence.catalogue.JpaCooperatives} and
 * {@link org.taawon.persistence.catalogue.JpaProducts}, whose conditional stock updates make
 * overselling impossible under any number of concurrent checkouts.
 */
package org.taawon.persistence.catalogue;
