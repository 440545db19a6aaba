package io.activations.contract.gate.client;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiCompatibilityChangeType;
import japicmp.model.JApiConstructor;
import japicmp.model.JApiField;
import japicmp.model.JApiMethod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares two compiled clients with japicmp 0.27.0 and keeps what breaks code written against the
 * old one: every change that japicmp marks source- or binary-incompatible, restated as a
 * {@link ClientChange}. Additions and annotation changes are compatible and left out. japicmp sees a
 * changed parameter type as one method removed and another added, and a renamed class as one class
 * removed and another added; {@link ChangePairing} puts those back together.
 */
public final class ClientApiComparator {

  private final List<Path> classpath;

  /** Resolves supertypes and signatures against the given jars (the client's dependencies). */
  public ClientApiComparator(List<Path> classpath) {
    this.classpath = List.copyOf(classpath);
  }

  public static ClientApiComparator forGeneratedClient() {
    return new ClientApiComparator(ClientRuntimeClasspath.entries());
  }

  /** The incompatibilities of {@code newJar} for code built against {@code oldJar}, in a stable order. */
  public List<ClientChange> compare(Path oldJar, Path newJar) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.setAccessModifier(AccessModifier.PUBLIC);
    options.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.ONE_COMMON_CLASSPATH);
    classpath.forEach(entry -> options.getClassPathEntries().add(entry.toString()));
    List<JApiClass> classes = new JarArchiveComparator(options)
        .compare(new JApiCmpArchive(oldJar.toFile(), "old"), new JApiCmpArchive(newJar.toFile(), "new"));
    ChangePairing pairing = new ChangePairing();
    List<ClientChange> changes = new ArrayList<>();
    for (JApiClass type : classes) {
      switch (type.getChangeStatus()) {
        case REMOVED -> pairing.classRemoved(type);
        case NEW -> pairing.classAdded(type);
        default -> changes.addAll(changesInside(type, pairing));
      }
    }
    changes.addAll(pairing.pairedChanges());
    changes.sort(Comparator.comparing(ClientChange::className).thenComparing(c -> c.kind().ordinal())
        .thenComparing(ClientChange::member).thenComparing(ClientChange::before));
    return List.copyOf(changes);
  }

  /** The incompatible changes of a class present in both clients. */
  private static List<ClientChange> changesInside(JApiClass type, ChangePairing pairing) {
    List<ClientChange> changes = new ArrayList<>();
    String name = type.getFullyQualifiedName();
    List<JApiCompatibilityChange> ofClass = incompatible(type.getCompatibilityChanges());
    if (!ofClass.isEmpty()) {
      changes.add(new ClientChange(ClientChangeKind.OTHER_INCOMPATIBILITY, name, "", "", "",
          type.isBinaryCompatible(), type.isSourceCompatible(), typesOf(ofClass)));
    }
    for (JApiMethod method : type.getMethods()) {
      if (method.getChangeStatus() == JApiChangeStatus.NEW) {
        pairing.methodAdded(name, method);
      } else if (has(method, JApiCompatibilityChangeType.METHOD_REMOVED)) {
        pairing.methodRemoved(name, method);
      } else if (has(method, JApiCompatibilityChangeType.METHOD_RETURN_TYPE_CHANGED)) {
        changes.add(new ClientChange(ClientChangeKind.METHOD_RETURN_TYPE_CHANGED, name, method.getName(),
            Signatures.method(method, false), Signatures.method(method, true),
            method.isBinaryCompatible(), method.isSourceCompatible(), typesOf(incompatible(method.getCompatibilityChanges()))));
      } else {
        other(name, method.getName(), Signatures.method(method, false), method).ifPresent(changes::add);
      }
    }
    for (JApiConstructor constructor : type.getConstructors()) {
      ClientChangeKind kind = has(constructor, JApiCompatibilityChangeType.CONSTRUCTOR_REMOVED)
          ? ClientChangeKind.CONSTRUCTOR_REMOVED : ClientChangeKind.OTHER_INCOMPATIBILITY;
      behaviour(name, constructor, kind).ifPresent(changes::add);
    }
    boolean isEnum = type.getOldClass().map(c -> c.isEnum()).orElse(false);
    for (JApiField field : type.getFields()) {
      List<JApiCompatibilityChange> incompatible = incompatible(field.getCompatibilityChanges());
      if (incompatible.isEmpty()) {
        continue;
      }
      ClientChangeKind kind = has(field, JApiCompatibilityChangeType.FIELD_REMOVED)
          ? (isEnum ? ClientChangeKind.ENUM_CONSTANT_REMOVED : ClientChangeKind.FIELD_REMOVED)
          : has(field, JApiCompatibilityChangeType.FIELD_TYPE_CHANGED) ? ClientChangeKind.FIELD_TYPE_CHANGED
          : ClientChangeKind.OTHER_INCOMPATIBILITY;
      String before = field.getType().getOldTypeOptional().map(Signatures::simpleType).orElse("") + " " + field.getName();
      String after = field.getType().getNewTypeOptional().map(t -> Signatures.simpleType(t) + " " + field.getName()).orElse("");
      changes.add(new ClientChange(kind, name, field.getName(), before.strip(), after,
          field.isBinaryCompatible(), field.isSourceCompatible(), typesOf(incompatible)));
    }
    return changes;
  }

  private static java.util.Optional<ClientChange> behaviour(String className, JApiBehavior behaviour, ClientChangeKind kind) {
    List<JApiCompatibilityChange> incompatible = incompatible(behaviour.getCompatibilityChanges());
    if (incompatible.isEmpty()) {
      return java.util.Optional.empty();
    }
    String signature = Signatures.behaviour(behaviour);
    return java.util.Optional.of(new ClientChange(kind, className, behaviour.getName(), signature,
        kind == ClientChangeKind.CONSTRUCTOR_REMOVED ? "" : signature,
        behaviour.isBinaryCompatible(), behaviour.isSourceCompatible(), typesOf(incompatible)));
  }

  private static java.util.Optional<ClientChange> other(String className, String member, String signature, JApiBehavior behaviour) {
    List<JApiCompatibilityChange> incompatible = incompatible(behaviour.getCompatibilityChanges());
    if (incompatible.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new ClientChange(ClientChangeKind.OTHER_INCOMPATIBILITY, className, member, signature, signature,
        behaviour.isBinaryCompatible(), behaviour.isSourceCompatible(), typesOf(incompatible)));
  }

  static List<JApiCompatibilityChange> incompatible(List<JApiCompatibilityChange> changes) {
    return changes.stream().filter(c -> !c.isBinaryCompatible() || !c.isSourceCompatible()).toList();
  }

  static boolean has(JApiCompatibility element, JApiCompatibilityChangeType type) {
    return element.getCompatibilityChanges().stream().anyMatch(c -> c.getType() == type);
  }

  static String typesOf(List<JApiCompatibilityChange> changes) {
    return changes.stream().map(c -> c.getType().name()).distinct().collect(Collectors.joining(","));
  }
}
