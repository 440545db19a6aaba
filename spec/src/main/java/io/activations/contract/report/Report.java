package io.activations.contract.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** An immutable, mergeable list of findings, returned by every judge (lint, validator, suite). */
public final class Report {

  private static final Report EMPTY = new Report(List.of());

  private final List<Finding> findings;

  private Report(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  public static Report empty() {
    return EMPTY;
  }

  public static Report of(Finding... findings) {
    return findings.length == 0 ? EMPTY : new Report(Arrays.asList(findings));
  }

  public static Report of(List<Finding> findings) {
    return findings.isEmpty() ? EMPTY : new Report(findings);
  }

  public Report with(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    List<Finding> all = new ArrayList<>(findings.size() + 1);
    all.addAll(findings);
    all.add(finding);
    return new Report(all);
  }

  public Report merge(Report other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<Finding> all = new ArrayList<>(findings.size() + other.findings.size());
    all.addAll(findings);
    all.addAll(other.findings);
    return new Report(all);
  }

  public List<Finding> findings() {
    return findings;
  }

  public List<Finding> errors() {
    return filter(Finding::isError);
  }

  public List<Finding> warnings() {
    return filter(f -> f.level() == Level.WARNING);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /** The distinct keys in order of first appearance; handy for assertions. */
  public Set<String> keys() {
    return findings.stream().map(Finding::key).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  public boolean contains(String key) {
    return findings.stream().anyMatch(f -> f.key().equals(key));
  }

  private List<Finding> filter(Predicate<Finding> predicate) {
    return findings.stream().filter(predicate).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Report other && findings.equals(other.findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return new TextReportRenderer().render(this);
  }
}
