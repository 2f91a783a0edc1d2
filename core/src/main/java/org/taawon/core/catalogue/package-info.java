/**
 * What is for sale and who makes it: {@link org.taawon.core.catalogue.Cooperative}s (women's, youth
 * and other cooperatives, their region, commission rate, payout minimum and payout destination) and
 * their {@link org.taawon.core.catalogue.Product}s with price and stock, plus the repository ports
 * {@link org.taawon.core.catalogue.Cooperatives} and {@link org.taawon.core.catalogue.Products}.
 */
package org.taawon.core.catalogue;
