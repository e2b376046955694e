package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Primary key of {@code wins}. */
@Embeddable
record WinPk(
    @Column(name = "integration") String integration, @Column(name = "win_key") String winKey)
    implements Serializable {}
