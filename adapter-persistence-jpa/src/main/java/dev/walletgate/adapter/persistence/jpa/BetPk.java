package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Primary key of {@code bets}: the key a bet and the void of it both claim (C3, C7). */
@Embeddable
record BetPk(
    @Column(name = "integration") String integration, @Column(name = "bet_key") String betKey)
    implements Serializable {}
