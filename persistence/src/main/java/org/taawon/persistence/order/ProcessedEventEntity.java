package org.taawon.persistence.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.NaturalId;

/** A row of {@code taawon_processed_event}: an external event already applied, and what became of it. Never updated. */
@Immutable
@Entity
@Table(name = "taawon_processed_event")
class ProcessedEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taawon_processed_event_seq")
    @SequenceGenerator(name = "taawon_processed_event_seq", sequenceName = "taawon_processed_event_seq", allocationSize = 50)
    private Long id;

    @NaturalId
    @Column(name = "event_id", nullable = false, length = 255)
    private String eventId;

    @Column(name = "outcome", nullable = false)
    private String outcome;

    @Column(name = "processed_at", nullable = false)
    private Long processedAt;

    protected ProcessedEventEntity() {
    }

    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Long getProcessedAt() {
        return processedAt;
    }

    public void setProcessedAt(Long processedAt) {
        this.processedAt = processedAt;
    }
}
