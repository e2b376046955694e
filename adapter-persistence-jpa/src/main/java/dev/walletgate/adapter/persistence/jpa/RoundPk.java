package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Primary key of {@code rounds}. */
@Embeddable
record RoundPk(
    @Column(name = "integration") String integration, @Column(name = "round_id") String roundId)
    implements Serializable {}
