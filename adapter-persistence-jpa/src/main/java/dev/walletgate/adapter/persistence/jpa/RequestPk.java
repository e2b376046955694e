package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Primary key of {@code request_records}: a provider request id within its integration (I1). */
@Embeddable
record RequestPk(
    @Column(name = "integration") String integration, @Column(name = "request_id") String requestId)
    implements Serializable {}
