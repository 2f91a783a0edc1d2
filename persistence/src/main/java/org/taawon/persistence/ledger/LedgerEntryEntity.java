package org.taawon.persistence.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.taawon.core.ledger.AccountType;
import org.taawon.core.ledger.EntryKind;
import org.taawon.persistence.support.MoneyEmbeddable;

/** A row of {@code taawon_ledger_entry}: one side of a movement. Never updated or deleted. */
@Immutable
@Entity
@Table(name = "taawon_ledger_entry")
class LedgerEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taawon_ledger_entry_seq")
    @SequenceGenerator(name = "taawon_ledger_entry_seq", sequenceName = "taawon_ledger_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "transaction_pk", nullable = false)
    private LedgerTransactionEntity transaction;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 32)
    private AccountType accountType;

    @Column(name = "account_owner", nullable = false)
    private String accountOwner;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private EntryKind kind;

    @Embedded
    private MoneyEmbeddable amount;

    @Column(name = "effective_at", nullable = false)
    private Long effectiveAt;

    protected LedgerEntryEntity() {
    }

    public Long getId() {
        return id;
    }

    public LedgerTransactionEntity getTransaction() {
        return transaction;
    }

    public void setTransaction(LedgerTransactionEntity transaction) {
        this.transaction = transaction;
    }

    public AccountType getAccountType() {
        return accountType;
    }

    public void setAccountType(AccountType accountType) {
        this.accountType = accountType;
    }

    public String getAccountOwner() {
        return accountOwner;
    }

    public void setAccountOwner(String accountOwner) {
        this.accountOwner = accountOwner;
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public MoneyEmbeddable getAmount() {
        return amount;
    }

    public void setAmount(MoneyEmbeddable amount) {
        this.amount = amount;
    }

    public Long getEffectiveAt() {
        return effectiveAt;
    }

    public void setEffectiveAt(Long effectiveAt) {
        this.effectiveAt = effectiveAt;
    }
}
