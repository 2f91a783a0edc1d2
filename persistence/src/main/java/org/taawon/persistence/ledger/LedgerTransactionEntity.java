package org.taawon.persistence.ledger;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.NaturalId;

/** A row of {@code taawon_ledger_transaction}: a balanced set of entries. Never updated: the ledger only appends. */
@Immutable
@Entity
@Table(name = "taawon_ledger_transaction")
class LedgerTransactionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taawon_ledger_transaction_seq")
    @SequenceGenerator(name = "taawon_ledger_transaction_seq", sequenceName = "taawon_ledger_transaction_seq", allocationSize = 50)
    private Long id;

    @NaturalId
    @Column(name = "transaction_id", nullable = false, length = 128)
    private String transactionId;

    @Column(name = "recorded_at", nullable = false)
    private Long recordedAt;

    @Column(name = "currency", nullable = false, length = 3, columnDefinition = "CHAR(3)")
    private String currency;

    @OneToMany(mappedBy = "transaction", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<LedgerEntryEntity> entries = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LedgerTransactionEntity() {
    }

    public Long getId() {
        return id;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    public Long getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Long recordedAt) {
        this.recordedAt = recordedAt;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public List<LedgerEntryEntity> getEntries() {
        return entries;
    }

    public long getVersion() {
        return version;
    }
}
