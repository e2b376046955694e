package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Primary key of {@code accounts}: one account per player and currency. */
@Embeddable
record AccountPk(
    @Column(name = "player_id") String playerId, @Column(name = "currency") String currency)
    implements Serializable {}
