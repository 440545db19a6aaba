package io.activations.contract.suite;

import io.activations.contract.spec.SpecOperation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which declared statuses of which operation the run actually saw: the matrix a reviewer reads to
 * know what the suite proved, and what it did not.
 *
 * @param operations one row per operation of the spec, in document order
 */
public record Coverage(List<OperationCoverage> operations) {

  public Coverage {
    operations = List.copyOf(operations);
  }

  /** Builds the matrix from every exchange of the run. */
  public static Coverage of(Collection<SpecOperation> specOperations, Collection<CaseResult> results) {
    Map<String, SortedSet<Integer>> seen = new LinkedHashMap<>();
    for (CaseResult result : results) {
      for (Exchange exchange : result.exchanges()) {
        seen.computeIfAbsent(exchange.operation().operationId(), id -> new TreeSet<>()).add(exchange.status());
      }
    }
    List<OperationCoverage> rows = new ArrayList<>();
    for (SpecOperation operation : specOperations) {
      rows.add(new OperationCoverage(operation.operationId(), new TreeSet<>(operation.declaredStatuses()),
          seen.getOrDefault(operation.operationId(), new TreeSet<>())));
    }
    return new Coverage(rows);
  }

  /** Every status declared by any operation, ascending: the matrix's columns. */
  public SortedSet<Integer> columns() {
    SortedSet<Integer> all = new TreeSet<>();
    operations.forEach(row -> all.addAll(row.declared()));
    return all;
  }

  /** How many (operation, declared status) pairs were never seen. */
  public int missing() {
    return operations.stream().mapToInt(row -> row.missing().size()).sum();
  }

  /** How many (operation, declared status) pairs exist. */
  public int declared() {
    return operations.stream().mapToInt(row -> row.declared().size()).sum();
  }

  /**
   * One row of the matrix.
   *
   * @param operationId the operation
   * @param declared the statuses the spec declares for it
   * @param seen the statuses its responses had during the run
   */
  public record OperationCoverage(String operationId, SortedSet<Integer> declared, SortedSet<Integer> seen) {

    public OperationCoverage {
      declared = new TreeSet<>(declared);
      seen = new TreeSet<>(seen);
    }

    public boolean exercised(int status) {
      return seen.contains(status);
    }

    public SortedSet<Integer> missing() {
      SortedSet<Integer> missing = new TreeSet<>(declared);
      missing.removeAll(seen);
      return missing;
    }

    /** Statuses the target answered that the spec does not declare for the operation. */
    public SortedSet<Integer> undeclaredSeen() {
      SortedSet<Integer> extra = new TreeSet<>(seen);
      extra.removeAll(declared);
      return extra;
    }
  }
}
