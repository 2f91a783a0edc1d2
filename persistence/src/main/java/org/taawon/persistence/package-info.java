/**
 * Taawon's store on a relational database: {@link org.taawon.persistence.TaawonStore} migrates the
 * schema, starts Hibernate on a connection pool and hands out JPA implementations of every repository
 * port of the core, with the transaction runner that makes a checkout, a refund or each cooperative's
 * payout commit all or nothing. H2 (the embedded default), PostgreSQL and MariaDB are supported.
 */
package org.taawon.persistence;
