package io.activations.contract.gate;

import io.activations.contract.spec.Spec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.openapitools.openapidiff.core.OpenApiCompare;

/**
 * Times the gate (load both documents, judge) against openapi-diff-core 2.1.7 alone
 * ({@code OpenApiCompare.fromContents}) on the same pairs in the same JVM, median of 5 after 3
 * warm-up runs, the two tools alternating. The last column is the gate's judgement alone on
 * documents already loaded (the rest of its time is loading: YAML tree plus swagger-parser).
 * Run by bench/diff/run.sh; not a test.
 */
public final class DiffBenchmark {

  private static final int WARMUP = 3;
  private static final int RUNS = 5;

  private DiffBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: DiffBenchmark VENDOR_HISTORY_DIR SPEC_FILE");
      System.exit(2);
    }
    Path vendor = Path.of(args[0]);
    Path spec = Path.of(args[1]);
    System.out.printf("%-54s %9s %16s %7s %13s%n", "pair", "gate ms", "openapi-diff ms", "ratio", "gate judge ms");
    measure("vendor 32.0.2-857bfd4 -> 32.0.2-20a7543 (1.2 MB each)",
        read(vendor.resolve("public-api-32.0.2-857bfd4.yaml")), read(vendor.resolve("public-api-32.0.2-20a7543.yaml")));
    measure("vendor 32.0.5-5d65300 -> 32.0.4-fb80a09 (breaking)",
        read(vendor.resolve("public-api-32.0.5-5d65300.yaml")), read(vendor.resolve("public-api-32.0.4-fb80a09.yaml")));
    String own = read(spec);
    measure("spec/activations.yaml -> itself", own, own);
  }

  private static void measure(String name, String base, String revision) throws Exception {
    Callable<Object> gate = () -> ApiDiff.compare(Spec.parse(base, "base"), Spec.parse(revision, "revision"));
    Callable<Object> openApiDiff = () -> OpenApiCompare.fromContents(base, revision).isChanged();
    for (int i = 0; i < WARMUP; i++) {
      gate.call();
      openApiDiff.call();
    }
    Spec loadedBase = Spec.parse(base, "base");
    Spec loadedRevision = Spec.parse(revision, "revision");
    Callable<Object> judgeOnly = () -> ApiDiff.compare(loadedBase, loadedRevision);
    List<Double> ours = new ArrayList<>();
    List<Double> theirs = new ArrayList<>();
    List<Double> judge = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      ours.add(time(gate));
      theirs.add(time(openApiDiff));
      judge.add(time(judgeOnly));
    }
    double a = median(ours);
    double b = median(theirs);
    System.out.printf("%-54s %9.1f %16.1f %6.2fx %13.1f%n", name, a, b, a / b, median(judge));
  }

  private static double time(Callable<Object> task) throws Exception {
    long start = System.nanoTime();
    task.call();
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
