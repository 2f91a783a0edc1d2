package org.taawon.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A host application's own entity, living beside Taawon's in the host's persistence unit. */
@Entity
@Table(name = "host_note")
public class HostNote {

    @Id
    private long id;

    private String text;

    protected HostNote() {
    }

    public HostNote(long id, String text) {
        this.id = id;
        this.text = text;
    }

    public String text() {
        return text;
    }
}
