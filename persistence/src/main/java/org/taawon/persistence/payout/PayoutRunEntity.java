package org.taawon.persistence.payout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.NaturalId;

/** A row of {@code taawon_payout_run}: a payout run and the instant it pays. */
@Entity
@Table(name = "taawon_payout_run")
class PayoutRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taawon_payout_run_seq")
    @SequenceGenerator(name = "taawon_payout_run_seq", sequenceName = "taawon_payout_run_seq", allocationSize = 50)
    private Long id;

    @NaturalId
    @Column(name = "run_id", nullable = false, length = 128)
    private String runId;

    @Column(name = "run_at", nullable = false)
    private Long at;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PayoutRunEntity() {
    }

    public Long getId() {
        return id;
    }

    public String getRunId() {
        return runId;
    }

    public void setRunId(String runId) {
        this.runId = runId;
    }

    public Long getAt() {
        return at;
    }

    public void setAt(Long at) {
        this.at = at;
    }

    public long getVersion() {
        return version;
    }
}
