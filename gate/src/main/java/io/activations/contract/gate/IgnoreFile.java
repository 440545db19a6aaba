package io.activations.contract.gate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accepted findings, read from a YAML list:
 *
 * <pre>
 * - rule: response-property-became-optional
 *   operation: GET /spaces/{spaceId}/audiences/{audienceId}/destination-connections
 *   location: /components/schemas/ActivationOutput/properties/destinationMapping
 *   reason: every consumer was told on 2026-10-01 and none reads the field
 *   expires: 2027-01-31
 * </pre>
 *
 * {@code rule}, {@code operation}, {@code location} and {@code reason} are mandatory; {@code expires}
 * (an ISO date) is optional. An unknown rule id or key is an error, so a typo cannot silently ignore nothing.
 */
public final class IgnoreFile {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> KEYS = Set.of("rule", "operation", "location", "reason", "expires");
  private static final IgnoreFile NONE = new IgnoreFile("(none)", List.of());

  private final String source;
  private final List<IgnoreEntry> entries;

  private IgnoreFile(String source, List<IgnoreEntry> entries) {
    this.source = source;
    this.entries = List.copyOf(entries);
  }

  public static IgnoreFile none() {
    return NONE;
  }

  public static IgnoreFile of(List<IgnoreEntry> entries) {
    return new IgnoreFile("(entries)", entries);
  }

  public static IgnoreFile load(Path file) throws IgnoreFileException {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw new IgnoreFileException(file + ": no such file");
    } catch (IOException e) {
      throw new IgnoreFileException(file + ": cannot read: " + e.getMessage());
    }
  }

  public static IgnoreFile parse(String text, String source) throws IgnoreFileException {
    if (text.isBlank()) {
      return new IgnoreFile(source, List.of());
    }
    List<JsonNode> items = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (JsonParser parser = YAML.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new IgnoreFileException(source + ": expected a list of entries (each starting with '- rule: ...')");
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        lines.add(parser.currentLocation().getLineNr());
        items.add(YAML.readTree(parser));
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        throw new IgnoreFileException(source + ": line " + parser.currentLocation().getLineNr() + ": each entry must be a mapping");
      }
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String at = where == null ? "" : "line " + where.getLineNr() + ": ";
      throw new IgnoreFileException(source + ": " + at + e.getOriginalMessage().strip().replaceAll("\\s*\\R\\s*", " "));
    } catch (IOException e) {
      throw new IgnoreFileException(source + ": cannot read: " + e.getMessage());
    }
    List<IgnoreEntry> entries = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      entries.add(entry(items.get(i), lines.get(i), source));
    }
    return new IgnoreFile(source, entries);
  }

  private static IgnoreEntry entry(JsonNode item, int line, String source) throws IgnoreFileException {
    String where = source + ": entry at line " + line + ": ";
    for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw new IgnoreFileException(where + "unknown key '" + name + "' (expected rule, operation, location, reason, expires)");
      }
    }
    String rule = text(item, "rule", where);
    if (Rules.find(rule).isEmpty()) {
      throw new IgnoreFileException(where + "unknown rule '" + rule + "'");
    }
    String operation = text(item, "operation", where);
    String location = text(item, "location", where);
    if (!location.startsWith("/")) {
      throw new IgnoreFileException(where + "location must be a JSON pointer starting with '/', got '" + location + "'");
    }
    String reason = text(item, "reason", where);
    Optional<LocalDate> expires = Optional.empty();
    if (item.hasNonNull("expires")) {
      try {
        expires = Optional.of(LocalDate.parse(item.get("expires").asText()));
      } catch (DateTimeParseException e) {
        throw new IgnoreFileException(where + "expires must be a date like 2027-01-31, got '" + item.get("expires").asText() + "'");
      }
    }
    return new IgnoreEntry(rule, operation, location, reason, expires, line);
  }

  private static String text(JsonNode item, String key, String where) throws IgnoreFileException {
    JsonNode value = item.get(key);
    if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
      throw new IgnoreFileException(where + "'" + key + "' is mandatory");
    }
    return value.asText().strip();
  }

  public String source() {
    return source;
  }

  public List<IgnoreEntry> entries() {
    return entries;
  }
}
