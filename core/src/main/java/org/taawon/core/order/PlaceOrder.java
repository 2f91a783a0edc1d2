package org.taawon.core.order;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.CatalogueException;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.money.AmountOverflowException;
import org.taawon.core.money.Money;

/**
 * Use case: checkout. Turns requested lines into an order with one sub-order per cooperative
 * (SETTLEMENT.md §3), at catalogue prices, and takes the stock all or nothing. Every rule of §6 is
 * checked, in its order, before anything is applied; a refused checkout changes nothing.
 *
 * <p>The order is placed awaiting its payment, with its figures fixed: it holds its stock and posts
 * nothing anyone can be paid from until {@link PayOrder} or {@link ConfirmPayment} records the
 * payment (SETTLEMENT.md §3a). {@link ExpireUnpaidOrders} gives its stock back when no payment comes.
 */
public final class PlaceOrder {

    /**
     * Orders above this total are refused as {@link OrderRejection#AMOUNT_OVERFLOW}: it keeps every
     * later computation on the order (fees, allocations, ledger sums) inside exact long arithmetic.
     */
    public static final long MAX_TOTAL_MINOR = Long.MAX_VALUE / 4;

    private final Products products;
    private final Orders orders;
    private final OrderEvents events;
    private final Currency currency;
    // One zero for every sub-order without shipping: orders that are split often stay smaller in memory.
    private final Money noShipping;

    public PlaceOrder(Products products, Orders orders, OrderEvents events, Currency currency) {
        this.products = Objects.requireNonNull(products, "products");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.events = Objects.requireNonNull(events, "events");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.noShipping = Money.zero(currency);
    }

    public Order place(CheckoutRequest request) {
        if (orders.exists(request.orderId())) {
            throw reject(OrderRejection.DUPLICATE_ORDER, "order " + request.orderId() + " already exists");
        }
        if (request.lines().isEmpty()) {
            throw reject(OrderRejection.EMPTY_ORDER, "order " + request.orderId() + " has no lines");
        }
        List<Product> lineProducts = lookUpLines(request.lines());
        for (Product product : lineProducts) {
            if (!product.price().currency().equals(currency)) {
                throw reject(OrderRejection.CURRENCY_MISMATCH, product.sku() + " is priced in "
                        + product.price().currency().getCurrencyCode() + ", the order in " + currency.getCurrencyCode());
            }
        }
        Map<Sku, Long> units = unitsBySku(request.lines());
        for (Map.Entry<Sku, Long> e : units.entrySet()) {
            if (!products.get(e.getKey()).hasInStock(e.getValue())) {
                throw reject(OrderRejection.INSUFFICIENT_STOCK, "not enough " + e.getKey() + " in stock for " + e.getValue() + " units");
            }
        }
        Order order = build(request, lineProducts);
        try {
            products.takeStock(units);
        } catch (CatalogueException e) {
            // Another checkout took the stock between our check and our take.
            throw reject(CatalogueException.UNKNOWN_PRODUCT.equals(e.reason())
                    ? OrderRejection.UNKNOWN_PRODUCT : OrderRejection.INSUFFICIENT_STOCK, e.getMessage());
        }
        orders.add(order);
        events.orderPlaced(new OrderPlaced(order));
        return order;
    }

    private List<Product> lookUpLines(List<CartLine> lines) {
        List<Product> found = new ArrayList<>(lines.size());
        for (CartLine line : lines) {
            Optional<Product> product = products.find(line.sku());
            if (product.isEmpty()) {
                throw reject(OrderRejection.UNKNOWN_PRODUCT, "no product " + line.sku());
            }
            if (!line.hasValidQuantity()) {
                throw reject(OrderRejection.INVALID_QUANTITY, "quantity of " + line.sku() + " must be "
                        + CartLine.MIN_QUANTITY + ".." + CartLine.MAX_QUANTITY + ", not " + line.quantity());
            }
            found.add(product.get());
        }
        return found;
    }

    private static Map<Sku, Long> unitsBySku(List<CartLine> lines) {
        Map<Sku, Long> units = new LinkedHashMap<>();
        for (CartLine line : lines) {
            units.merge(line.sku(), line.quantity(), Long::sum);
        }
        return units;
    }

    private Order build(CheckoutRequest request, List<Product> lineProducts) {
        try {
            return allocate(request, lineProducts);
        } catch (AmountOverflowException e) {
            throw reject(OrderRejection.AMOUNT_OVERFLOW, "amounts of order " + request.orderId() + " are out of range");
        }
    }

    private Order allocate(CheckoutRequest request, List<Product> lineProducts) {
        List<Money> gross = new ArrayList<>(lineProducts.size());
        Money merchandise = Money.zero(currency);
        for (int i = 0; i < lineProducts.size(); i++) {
            Money lineGross = lineProducts.get(i).price().times(request.lines().get(i).quantity());
            gross.add(lineGross);
            merchandise = merchandise.plus(lineGross);
        }
        Money discount = request.discount();
        requireOrderCurrency(discount, "discount");
        if (discount.isNegative() || discount.isGreaterThan(merchandise)) {
            throw reject(OrderRejection.INVALID_DISCOUNT, "discount " + discount + " must be 0.." + merchandise);
        }
        List<OrderLine> lines = lines(request, lineProducts, discount.allocate(gross));
        Map<CooperativeId, Money> subtotals = new LinkedHashMap<>();
        lines.forEach(line -> subtotals.merge(line.cooperative(), line.net(), Money::plus));
        checkShipping(request.shipping(), subtotals);
        List<SubOrder> subOrders = new ArrayList<>(subtotals.size());
        Money total = Money.zero(currency);
        for (Map.Entry<CooperativeId, Money> e : subtotals.entrySet()) {
            Money shipping = request.shipping().getOrDefault(e.getKey(), noShipping);
            subOrders.add(SubOrder.awaitingShipment(e.getKey(), e.getValue(), shipping));
            total = total.plus(e.getValue()).plus(shipping);
        }
        if (total.minor() > MAX_TOTAL_MINOR) {
            throw reject(OrderRejection.AMOUNT_OVERFLOW, "total of order " + request.orderId() + " is out of range");
        }
        return new Order(request.orderId(), currency, request.at(), discount, PaymentMethod.CARD, lines, subOrders, List.of(),
                OrderStatus.PENDING_PAYMENT, Optional.empty(), request.at());
    }

    private static List<OrderLine> lines(CheckoutRequest request, List<Product> lineProducts, List<Money> lineDiscounts) {
        List<OrderLine> lines = new ArrayList<>(lineProducts.size());
        for (int i = 0; i < lineProducts.size(); i++) {
            Product product = lineProducts.get(i);
            lines.add(new OrderLine(i, product.sku(), product.cooperative(), product.price(),
                    request.lines().get(i).quantity(), lineDiscounts.get(i), 0));
        }
        return lines;
    }

    /** §6: shipping is never negative and only for a cooperative with lines in the order. */
    private void checkShipping(Map<CooperativeId, Money> shipping, Map<CooperativeId, Money> subtotals) {
        for (Map.Entry<CooperativeId, Money> e : shipping.entrySet()) {
            requireOrderCurrency(e.getValue(), "shipping");
            if (e.getValue().isNegative() || !subtotals.containsKey(e.getKey())) {
                throw reject(OrderRejection.INVALID_SHIPPING, "shipping " + e.getValue() + " for " + e.getKey()
                        + " is negative or for a cooperative without lines in the order");
            }
        }
    }

    private void requireOrderCurrency(Money amount, String what) {
        if (!amount.currency().equals(currency)) {
            throw reject(OrderRejection.CURRENCY_MISMATCH, what + " in " + amount.currency() + ", order in " + currency);
        }
    }

    private static OrderRejectedException reject(OrderRejection rejection, String message) {
        return new OrderRejectedException(rejection, message);
    }
}
