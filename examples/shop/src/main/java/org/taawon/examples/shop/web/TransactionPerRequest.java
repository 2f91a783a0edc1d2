package org.taawon.examples.shop.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.taawon.persistence.support.TransactionRunner;

/**
 * Each request is one transaction of Taawon's store: a checkout (order, stock, ledger) or a refund
 * commits whole or not at all. Payout runs run on their own thread, outside any request, so they
 * commit cooperative by cooperative.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class TransactionPerRequest extends OncePerRequestFilter {

    private final TransactionRunner transactions;

    public TransactionPerRequest(TransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            transactions.inTransaction(() -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new RequestFailed(e);
                }
                return null;
            });
        } catch (RequestFailed failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failed.getCause();
        }
    }

    /** Carries a servlet's checked exception out of the transaction, which it rolls back. */
    private static final class RequestFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RequestFailed(Exception cause) {
            super(cause);
        }
    }
}
