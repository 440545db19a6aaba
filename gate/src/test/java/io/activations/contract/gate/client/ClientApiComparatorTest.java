package io.activations.contract.gate.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientApiComparatorTest {

  @TempDir
  Path work;

  private static final String ACTIVATION = """
      package demo.model;
      public class Activation {
        public static final String JSON_PROPERTY_NAME = "name";
        public enum StatusEnum { ACTIVE, PAUSED }
        private String name;
        private Integer limit;
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getLimit() { return limit; }
        public void setLimit(Integer limit) { this.limit = limit; }
      }
      """;

  private static final String DESTINATION = """
      package demo.model;
      public class Destination {
        private String id;
        private String region;
        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getRegion() { return region; }
        public void setRegion(String region) { this.region = region; }
        public Destination region(String region) { this.region = region; return this; }
      }
      """;

  @Test
  void sameSources_noChange() throws IOException {
    Path old = compile("old", Map.of("Activation", ACTIVATION, "Destination", DESTINATION));
    Path same = compile("same", Map.of("Activation", ACTIVATION, "Destination", DESTINATION));

    assertThat(ClientApiComparator.forGeneratedClient().compare(old, same)).isEmpty();
  }

  @Test
  void additions_areCompatible() throws IOException {
    Path old = compile("old", Map.of("Activation", ACTIVATION));
    Path grown = compile("grown", Map.of("Activation", ACTIVATION.replace("public Integer getLimit()",
        "public String getNote() { return null; }\n  public Integer getLimit()"), "Destination", DESTINATION));

    assertThat(ClientApiComparator.forGeneratedClient().compare(old, grown)).isEmpty();
  }

  @Test
  void removedMethod_changedParameter_changedReturn_removedEnumConstant_areReported() throws IOException {
    Path old = compile("old", Map.of("Activation", ACTIVATION));
    String changed = ACTIVATION
        .replace("public String getName() { return name; }\n", "")
        .replace("public void setLimit(Integer limit) { this.limit = limit; }", "public void setLimit(Long limit) { }")
        .replace("public Integer getLimit() { return limit; }", "public Long getLimit() { return null; }")
        .replace("ACTIVE, PAUSED", "ACTIVE")
        .replace("public static final String JSON_PROPERTY_NAME = \"name\";", "");
    Path now = compile("new", Map.of("Activation", changed));

    List<ClientChange> changes = ClientApiComparator.forGeneratedClient().compare(old, now);

    assertThat(changes).extracting(ClientChange::kind, ClientChange::simpleClassName, ClientChange::before, ClientChange::after)
        .containsExactlyInAnyOrder(
            tuple(ClientChangeKind.METHOD_REMOVED, "Activation", "String getName()", ""),
            tuple(ClientChangeKind.METHOD_PARAMETER_TYPE_CHANGED, "Activation", "void setLimit(Integer)", "void setLimit(Long)"),
            tuple(ClientChangeKind.METHOD_RETURN_TYPE_CHANGED, "Activation", "Integer getLimit()", "Long getLimit()"),
            tuple(ClientChangeKind.FIELD_REMOVED, "Activation", "String JSON_PROPERTY_NAME", ""),
            tuple(ClientChangeKind.ENUM_CONSTANT_REMOVED, "Activation.StatusEnum", "Activation.StatusEnum PAUSED", ""));
    assertThat(changes).allSatisfy(change -> assertThat(change.binaryCompatible() && change.sourceCompatible()).isFalse());
  }

  @Test
  void renamedClass_isOneRename_notARemoval() throws IOException {
    Path old = compile("old", Map.of("Activation", ACTIVATION, "Destination", DESTINATION));
    Path renamed = compile("renamed", Map.of("Activation", ACTIVATION,
        "DestinationOutput", DESTINATION.replace("Destination", "DestinationOutput")));

    assertThat(ClientApiComparator.forGeneratedClient().compare(old, renamed))
        .extracting(ClientChange::kind, ClientChange::before, ClientChange::after)
        .containsExactly(tuple(ClientChangeKind.CLASS_RENAMED, "Destination", "DestinationOutput"));
  }

  @Test
  void removedClass_withAnUnrelatedNewOne_isARemoval() throws IOException {
    Path old = compile("old", Map.of("Activation", ACTIVATION, "Destination", DESTINATION));
    Path replaced = compile("replaced", Map.of("Destination", DESTINATION, "Audience", """
        package demo.model;
        public class Audience {
          public String getKey() { return null; }
          public void setKey(String key) { }
        }
        """));

    assertThat(ClientApiComparator.forGeneratedClient().compare(old, replaced))
        .extracting(ClientChange::kind, ClientChange::before)
        .containsExactly(tuple(ClientChangeKind.CLASS_REMOVED, "Activation"));
  }

  @Test
  void sourcesThatDoNotCompile_giveTheCompilerErrors() throws IOException {
    Path sources = write("broken", Map.of("Activation", ACTIVATION.replace("return name;", "return limit;")));

    CompiledClient client = JavaSourceCompiler.forGeneratedClient().compile(sources, work.resolve("broken-out"));

    assertThat(client.compiled()).isFalse();
    assertThat(client.errors()).singleElement().asString().startsWith("Activation.java:7: ").contains("incompatible types");
  }

  private Path compile(String name, Map<String, String> classes) throws IOException {
    CompiledClient client = JavaSourceCompiler.forGeneratedClient().compile(write(name, classes), work.resolve(name + "-out"));
    assertThat(client.errors()).isEmpty();
    assertThat(client.sourceFiles()).isEqualTo(classes.size());
    return client.jar();
  }

  private Path write(String name, Map<String, String> classes) throws IOException {
    Path dir = Files.createDirectories(work.resolve(name).resolve("demo/model"));
    for (Map.Entry<String, String> entry : classes.entrySet()) {
      Files.writeString(dir.resolve(entry.getKey() + ".java"), entry.getValue());
    }
    return work.resolve(name);
  }
}
