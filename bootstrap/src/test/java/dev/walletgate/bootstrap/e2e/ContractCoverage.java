package dev.walletgate.bootstrap.e2e;

import dev.walletgate.bootstrap.e2e.OpenApiDocument.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which statuses of which documented operations the calls have produced so far. */
final class ContractCoverage {
  private final Map<Operation, Set<Integer>> produced = new TreeMap<>();

  void record(Operation operation, int status) {
    produced.computeIfAbsent(operation, o -> new TreeSet<>()).add(status);
  }

  Set<Operation> operations() {
    return produced.keySet();
  }

  /**
   * Each documented status of each operation that no call has produced, but for those a test cannot
   * cause from outside the service.
   */
  List<String> missing(OpenApiDocument contract, Set<Integer> notProducible) {
    List<String> missing = new ArrayList<>();
    for (Operation operation : contract.operations()) {
      Set<Integer> statuses = new TreeSet<>(contract.statuses(operation));
      statuses.removeAll(notProducible);
      statuses.removeAll(produced.getOrDefault(operation, Set.of()));
      statuses.forEach(status -> missing.add(operation + " " + status));
    }
    return missing;
  }
}
