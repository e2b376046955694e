package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.Operation;
import java.time.Instant;

/**
 * A cancel or refund that was refused (C5, C6): a bet the provider wanted undone and the operator
 * kept, which someone should look at.
 *
 * @param betKey the key the call named, or null for records made before keys were kept
 */
public record RefusedCancel(
    Integration integration,
    RequestId requestId,
    Operation operation,
    String betKey,
    Refusal refusal,
    Instant at) {}
