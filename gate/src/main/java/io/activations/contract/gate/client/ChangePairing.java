package io.activations.contract.gate.client;

import japicmp.model.JApiClass;
import japicmp.model.JApiMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts back together what japicmp reports in halves. A method whose parameter type changed is a
 * removed method plus an added one of the same name and arity in the same class; a renamed class is
 * a removed class plus an added one in the same package with mostly the same members. Members that
 * many classes share (equals, toString, an enum's values) count little in that likeness, so two
 * unrelated models are not taken for one renamed class. Nested classes of a removed or renamed class
 * go with it rather than being reported once more.
 */
final class ChangePairing {

  /** How much alike (weighted share of common members) a removed and an added class must be to be one renamed class. */
  static final double RENAME_LIKENESS = 0.6;

  private final Map<String, List<JApiMethod>> removedMethods = new LinkedHashMap<>();
  private final Map<String, List<JApiMethod>> addedMethods = new HashMap<>();
  private final List<JApiClass> removedClasses = new ArrayList<>();
  private final List<JApiClass> addedClasses = new ArrayList<>();

  void methodRemoved(String className, JApiMethod method) {
    removedMethods.computeIfAbsent(className, k -> new ArrayList<>()).add(method);
  }

  void methodAdded(String className, JApiMethod method) {
    addedMethods.computeIfAbsent(className, k -> new ArrayList<>()).add(method);
  }

  void classRemoved(JApiClass type) {
    removedClasses.add(type);
  }

  void classAdded(JApiClass type) {
    addedClasses.add(type);
  }

  /** Removed methods (or their changed parameter types), and removed or renamed classes. */
  List<ClientChange> pairedChanges() {
    List<ClientChange> changes = new ArrayList<>();
    removedMethods.forEach((className, removed) -> changes.addAll(methods(className, removed)));
    changes.addAll(classes());
    return changes;
  }

  private List<ClientChange> methods(String className, List<JApiMethod> removed) {
    List<JApiMethod> candidates = new ArrayList<>(addedMethods.getOrDefault(className, List.of()));
    List<ClientChange> changes = new ArrayList<>();
    for (JApiMethod old : removed) {
      JApiMethod replacement = candidates.stream()
          .filter(m -> m.getName().equals(old.getName()) && m.getParameters().size() == old.getParameters().size())
          .findFirst().orElse(null);
      String types = ClientApiComparator.typesOf(ClientApiComparator.incompatible(old.getCompatibilityChanges()));
      if (replacement == null) {
        changes.add(new ClientChange(ClientChangeKind.METHOD_REMOVED, className, old.getName(),
            Signatures.method(old, false), "", false, false, types));
      } else {
        candidates.remove(replacement);
        changes.add(new ClientChange(ClientChangeKind.METHOD_PARAMETER_TYPE_CHANGED, className, old.getName(),
            Signatures.method(old, false), Signatures.method(replacement, true), false, false, types));
      }
    }
    return changes;
  }

  private List<ClientChange> classes() {
    Map<String, Integer> holders = memberFrequencies();
    Set<String> gone = new HashSet<>();
    for (JApiClass type : removedClasses) {
      gone.add(type.getFullyQualifiedName());
    }
    List<JApiClass> unmatched = new ArrayList<>(addedClasses);
    List<ClientChange> changes = new ArrayList<>();
    for (JApiClass old : removedClasses) {
      String name = old.getFullyQualifiedName();
      if (isNestedIn(name, gone)) {
        continue;
      }
      JApiClass renamed = mostAlike(old, unmatched, holders);
      if (renamed == null) {
        changes.add(new ClientChange(ClientChangeKind.CLASS_REMOVED, name, "", ClientChange.simpleName(name), "",
            false, false, "CLASS_REMOVED"));
      } else {
        unmatched.remove(renamed);
        changes.add(new ClientChange(ClientChangeKind.CLASS_RENAMED, name, "", ClientChange.simpleName(name),
            ClientChange.simpleName(renamed.getFullyQualifiedName()), false, false, "CLASS_REMOVED"));
      }
    }
    return changes;
  }

  private static boolean isNestedIn(String name, Set<String> classes) {
    int dollar = name.lastIndexOf('$');
    while (dollar > 0) {
      if (classes.contains(name.substring(0, dollar))) {
        return true;
      }
      dollar = name.lastIndexOf('$', dollar - 1);
    }
    return false;
  }

  private JApiClass mostAlike(JApiClass old, List<JApiClass> candidates, Map<String, Integer> holders) {
    Set<String> oldMembers = members(old);
    JApiClass best = null;
    double bestLikeness = RENAME_LIKENESS;
    for (JApiClass candidate : candidates) {
      if (!packageOf(candidate.getFullyQualifiedName()).equals(packageOf(old.getFullyQualifiedName()))
          || nesting(candidate.getFullyQualifiedName()) != nesting(old.getFullyQualifiedName())) {
        continue;
      }
      double likeness = likeness(oldMembers, members(candidate), holders);
      if (likeness >= bestLikeness) {
        best = candidate;
        bestLikeness = likeness;
      }
    }
    return best;
  }

  /** Weighted Jaccard index: a member held by n classes weighs 1/n. */
  private static double likeness(Set<String> a, Set<String> b, Map<String, Integer> holders) {
    double shared = 0;
    double all = 0;
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    for (String member : union) {
      double weight = 1.0 / holders.getOrDefault(member, 1);
      all += weight;
      if (a.contains(member) && b.contains(member)) {
        shared += weight;
      }
    }
    return all == 0 ? 0 : shared / all;
  }

  private Map<String, Integer> memberFrequencies() {
    Map<String, Integer> holders = new HashMap<>();
    List<JApiClass> all = new ArrayList<>(removedClasses);
    all.addAll(addedClasses);
    for (JApiClass type : all) {
      members(type).forEach(m -> holders.merge(m, 1, Integer::sum));
    }
    return holders;
  }

  /** Method names with their arity, and field names: what a caller's code refers to. */
  private static Set<String> members(JApiClass type) {
    Set<String> members = new HashSet<>();
    type.getMethods().forEach(m -> members.add(m.getName() + "/" + m.getParameters().size()));
    type.getFields().forEach(f -> members.add(f.getName()));
    return members;
  }

  private static String packageOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  private static long nesting(String name) {
    return name.chars().filter(c -> c == '$').count();
  }
}
