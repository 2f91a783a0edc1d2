package org.taawon.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.InMemoryProducts;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.InMemoryOrders;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderEvents;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PlaceOrder;

/** Named values and small builders the persistence tests share. */
public final class Fixtures {

    public static final Currency MAD = Currency.getInstance("MAD");
    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");
    public static final CooperativeId ARGAN = CooperativeId.of("coop-argan");
    public static final CooperativeId RUGS = CooperativeId.of("coop-rugs");

    private Fixtures() {
    }

    public static Money mad(long minor) {
        return Money.of(minor, MAD);
    }

    public static Cooperative argan() {
        return new Cooperative(ARGAN, "Coopérative Tighanimine", CooperativeKind.WOMEN, "Souss-Massa",
                java.util.Optional.of(BasisPoints.of(800)), mad(5000), new PayoutDestination.StripeAccount("acct_1Argan"));
    }

    public static Cooperative rugs() {
        return new Cooperative(RUGS, "Tissage Aït Ouaouzguite", CooperativeKind.YOUTH, "Drâa-Tafilalet",
                java.util.Optional.empty(), mad(0), new PayoutDestination.BankAccount("MA64011519000001205000534921", "Aït Ouaouzguite"));
    }

    public static Product product(String sku, CooperativeId cooperative, long price, long stock) {
        return new Product(Sku.of(sku), cooperative, "Product " + sku, "crafts", mad(price), stock);
    }

    /**
     * A placed order of three lines over two cooperatives, with a discount and shipping, built by
     * core's own checkout so that it is consistent.
     */
    public static Order order(String id, Instant at) {
        InMemoryProducts catalogue = new InMemoryProducts();
        catalogue.save(product("ARGAN-250", ARGAN, 12000, 100));
        catalogue.save(product("AMLOU-500", ARGAN, 6550, 100));
        catalogue.save(product("RUG-S", RUGS, 99900, 100));
        PlaceOrder place = new PlaceOrder(catalogue, new InMemoryOrders(), OrderEvents.NONE, MAD);
        return place.place(new CheckoutRequest(OrderId.of(id),
                List.of(CartLine.of("ARGAN-250", 2), CartLine.of("RUG-S", 1), CartLine.of("AMLOU-500", 3)),
                mad(1001), Map.of(ARGAN, mad(3000), RUGS, mad(4500)), at));
    }

    /** A sale of {@code amount}: the customer pays, the cooperative earns after a week. */
    public static LedgerTransaction sale(String id, CooperativeId cooperative, long amount, Instant at) {
        return LedgerTransaction.builder(TransactionId.of(id), at)
                .add(Account.CUSTOMERS, EntryKind.CHARGE, mad(-amount), at)
                .add(Account.payable(cooperative), EntryKind.SALE, mad(amount - amount / 10), at.plus(Duration.ofDays(7)))
                .add(Account.PLATFORM, EntryKind.COMMISSION, mad(amount / 10), at)
                .build();
    }
}
