package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the suite's shape from drifting: its packages depend on each other in one direction only
 * (read from the compiled classes by {@code jdeps}), the public types of the API package are the
 * TCK's API and nothing else, every other package is internal and says so, and a public type
 * appears in an internal package only on purpose.
 */
class PackageStructureTest {

  private static final String API = "io.activations.contract.suite";
  private static final String INTERNAL = API + ".internal";

  /** The TCK API: the suite, its options and result, the targets, the fixtures file, the assertions. */
  private static final Set<String> API_TYPES = Set.of(
      "AbstractExchangeAssert", "CaseResult", "CaseStatus", "ContractAssertions", "ContractSoftAssertions",
      "ContractSuite", "Coverage", "Coverage$OperationCoverage", "EmbeddedMockTarget", "Exchange", "ExchangeAssert",
      "FixturesFile", "RemoteTarget", "Secret", "SuiteListener", "SuiteOptions", "SuiteResult", "SuiteSetupException",
      "Target", "TargetFixtures", "TargetFixtures$ForeignWorkspace", "Transcript");

  /** Public only because another package of the suite, or the project's command line, uses them. */
  private static final Set<String> INTERNAL_PUBLIC_TYPES = Set.of(
      "check.FindingKey", "check.Json", "check.Provenance", "check.RateLimitHeaders", "check.SpecValidator",
      "check.Tally",
      "http.HttpTransport", "http.HttpTransport$TransportException",
      "fault.Fault", "fault.FaultInjectingTarget", "fault.RewritingProxy", "fault.RewritingProxy$Rewrite",
      "report.ConsoleRenderer", "report.SuiteRenderer", "report.SuiteReports");

  /** What jdeps printed for this module before the engine moved into the API package. */
  private static final String GRAPH_WITH_CYCLES = String.join("\n",
      "   io.activations.contract.suite          -> io.activations.contract.suite.check    classes",
      "   io.activations.contract.suite          -> io.activations.contract.suite.engine   classes",
      "   io.activations.contract.suite.check    -> io.activations.contract.suite          classes",
      "   io.activations.contract.suite.engine   -> io.activations.contract.suite          classes",
      "   io.activations.contract.suite.engine   -> io.activations.contract.suite.check    classes",
      "   io.activations.contract.suite.report   -> io.activations.contract.suite          classes",
      "   io.activations.contract.suite.report   -> io.activations.contract.mock           not found");

  @Test
  void packagesOfTheSuiteFormNoCycle() throws Exception {
    Map<String, Set<String>> graph = PackageGraph.parse(jdeps("-verbose:package", "-filter:none", classes().toString()));

    assertThat(graph).as("jdeps saw the suite's packages").containsKeys(API, INTERNAL + ".check", INTERNAL + ".report");
    assertThat(PackageGraph.cycles(graph)).as("package cycles in %s", graph).isEmpty();
    assertThat(graph.get(INTERNAL + ".check")).as("the lowest layer depends on no other package of the suite").isEmpty();
  }

  @Test
  void cycleFinderReportsTheCyclesTheSuiteOnceHad() {
    Map<String, Set<String>> graph = PackageGraph.parse(GRAPH_WITH_CYCLES);

    assertThat(graph.get("io.activations.contract.suite.report")).containsExactly(API);
    assertThat(PackageGraph.cycles(graph)).containsExactly(
        Set.of(API, API + ".check", API + ".engine"));
  }

  @Test
  void cycleFinderStaysQuietOnALayeredGraph() {
    Map<String, Set<String>> graph = new TreeMap<>(Map.of(
        "a", Set.of("b", "c"), "b", Set.of("c"), "c", Set.of(), "d", Set.of("a", "c")));

    assertThat(PackageGraph.cycles(graph)).isEmpty();
  }

  @Test
  void theApiPackageExposesTheTckApiOnly() throws IOException {
    Set<String> api = publicTypes().stream().filter(name -> packageOf(name).equals(API))
        .map(name -> name.substring(API.length() + 1)).collect(Collectors.toCollection(TreeSet::new));

    assertThat(api).as("public types of %s (the engine stays package-private)", API)
        .containsExactlyInAnyOrderElementsOf(API_TYPES);
  }

  @Test
  void everyOtherPackageIsInternalAndPublicOnlyOnPurpose() throws IOException {
    Set<String> others = publicTypes().stream().filter(name -> !packageOf(name).equals(API))
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(others).as("public types outside the API package").allMatch(name -> name.startsWith(INTERNAL + "."));
    assertThat(others.stream().map(name -> name.substring(INTERNAL.length() + 1)))
        .as("public types of the internal packages").containsExactlyInAnyOrderElementsOf(INTERNAL_PUBLIC_TYPES);
  }

  @Test
  void everyPackageSaysWhetherItIsApiOrInternal() throws IOException {
    Path sources = Path.of("src/main/java");
    Map<String, String> docs = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path dir : files.filter(Files::isDirectory).filter(PackageStructureTest::holdsJava).toList()) {
        Path info = dir.resolve("package-info.java");
        String pkg = sources.relativize(dir).toString().replace('/', '.').replace('\\', '.');
        docs.put(pkg, Files.exists(info) ? Files.readString(info) : "");
      }
    }

    assertThat(docs).containsKey(API);
    assertThat(docs.get(API)).contains("TCK API").contains(INTERNAL).contains("is internal");
    docs.forEach((pkg, doc) -> {
      if (!pkg.equals(API)) {
        assertThat(pkg).as("only internal packages beside the API package").startsWith(INTERNAL + ".");
        assertThat(doc).as("package-info.java of %s", pkg).contains("Internal").contains("not TCK API");
      }
    });
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(file -> file.toString().endsWith(".java") && !file.endsWith("package-info.java"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String packageOf(String className) {
    return className.substring(0, className.lastIndexOf('.'));
  }

  /** Binary names of the types a user of the jar can name: public, and public all the way out. */
  private static Set<String> publicTypes() throws IOException {
    Path classes = classes();
    try (Stream<Path> files = Files.walk(classes)) {
      List<String> names = files.map(classes::relativize).map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .toList();
      Set<String> exposed = new TreeSet<>();
      for (String name : names) {
        if (exposed(load(name))) {
          exposed.add(name);
        }
      }
      return exposed;
    }
  }

  private static boolean exposed(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PackageStructureTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The main classes of this module (target/classes), where ContractSuite was loaded from. */
  private static Path classes() {
    try {
      return Path.of(ContractSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String jdeps(String... args) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps")
        .orElseThrow(() -> new IllegalStateException("jdeps is missing: run the build on a JDK, not a JRE"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(exit).as("jdeps failed: %s", err).isZero();
    return out.toString();
  }

  /** The dependencies among the suite's own packages, and the cycles in them. */
  static final class PackageGraph {

    private PackageGraph() {}

    /** Reads jdeps' {@code -verbose:package} lines ({@code from -> to  where}); keeps edges inside the suite. */
    static Map<String, Set<String>> parse(String jdepsOutput) {
      Map<String, Set<String>> graph = new TreeMap<>();
      for (String line : jdepsOutput.split("\n")) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length < 3 || !parts[1].equals("->") || !inSuite(parts[0])) {
          continue;
        }
        Set<String> targets = graph.computeIfAbsent(parts[0], key -> new TreeSet<>());
        if (inSuite(parts[2]) && !parts[2].equals(parts[0])) {
          targets.add(parts[2]);
        }
      }
      return graph;
    }

    private static boolean inSuite(String pkg) {
      return pkg.equals(API) || pkg.startsWith(API + ".");
    }

    /** Every group of packages that reach each other (strongly connected, more than one package). */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
      return graph.keySet().stream()
          .map(pkg -> graph.keySet().stream()
              .filter(other -> reaches(graph, pkg, other) && reaches(graph, other, pkg))
              .collect(Collectors.toCollection(TreeSet::new)))
          .filter(group -> group.size() > 1)
          .distinct()
          .map(group -> (Set<String>) group)
          .toList();
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String to) {
      if (from.equals(to)) {
        return true;
      }
      Set<String> seen = new TreeSet<>();
      List<String> frontier = new ArrayList<>(List.of(from));
      while (!frontier.isEmpty()) {
        String next = frontier.remove(frontier.size() - 1);
        for (String target : graph.getOrDefault(next, Set.of())) {
          if (target.equals(to)) {
            return true;
          }
          if (seen.add(target)) {
            frontier.add(target);
          }
        }
      }
      return false;
    }
  }
}
