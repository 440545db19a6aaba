package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A place inside a JSON body: names and array indexes from the root. Printed the way the
 * validator names fields ({@code personalization.profile.properties[0]}).
 */
record FieldPath(List<Object> steps) {

  static final FieldPath ROOT = new FieldPath(List.of());

  FieldPath {
    steps = List.copyOf(steps);
  }

  FieldPath child(String name) {
    return with(name);
  }

  FieldPath child(int index) {
    return with(index);
  }

  boolean isRoot() {
    return steps.isEmpty();
  }

  Object last() {
    return steps.get(steps.size() - 1);
  }

  /** Sets (or, with {@code null}, removes) the value at this path in {@code root}, which it changes. */
  void apply(JsonNode root, JsonNode value) {
    JsonNode parent = root;
    for (Object step : steps.subList(0, steps.size() - 1)) {
      parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
    }
    Object last = last();
    if (last instanceof Integer index) {
      ArrayNode array = (ArrayNode) parent;
      if (value == null) {
        array.remove(index);
      } else {
        array.set(index, value);
      }
    } else {
      ObjectNode object = (ObjectNode) parent;
      if (value == null) {
        object.remove((String) last);
      } else {
        object.set((String) last, value);
      }
    }
  }

  private FieldPath with(Object step) {
    List<Object> more = new ArrayList<>(steps);
    more.add(step);
    return new FieldPath(more);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Object step : steps) {
      if (step instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(step);
      }
    }
    return text.toString();
  }
}
