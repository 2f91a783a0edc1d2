package org.taawon.persistence.support;

import java.util.List;

/**
 * The entity classes of the module, for a host that builds its own {@code EntityManagerFactory}
 * (they are package-private, so they are listed by name).
 */
public final class TaawonEntities {

    private static final List<String> CLASS_NAMES = List.of(
            "org.taawon.persistence.catalogue.CooperativeEntity",
            "org.taawon.persistence.catalogue.ProductEntity",
            "org.taawon.persistence.cart.CartEntity",
            "org.taawon.persistence.cart.CartLineEntity",
            "org.taawon.persistence.order.OrderEntity",
            "org.taawon.persistence.order.SubOrderEntity",
            "org.taawon.persistence.order.OrderLineEntity",
            "org.taawon.persistence.order.RefundEntity",
            "org.taawon.persistence.order.RefundedLineEntity",
            "org.taawon.persistence.order.PaymentRecordEntity",
            "org.taawon.persistence.order.ProcessedEventEntity",
            "org.taawon.persistence.ledger.LedgerTransactionEntity",
            "org.taawon.persistence.ledger.LedgerEntryEntity",
            "org.taawon.persistence.payout.PayoutRunEntity",
            "org.taawon.persistence.payout.PayoutEntity");

    private TaawonEntities() {
    }

    public static List<String> classNames() {
        return CLASS_NAMES;
    }

    public static List<Class<?>> classes() {
        ClassLoader loader = TaawonEntities.class.getClassLoader();
        return CLASS_NAMES.stream().<Class<?>>map(name -> {
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("entity class " + name + " is missing", e);
            }
        }).toList();
    }
}
