package io.activations.contract.report;

import java.util.Objects;

/**
 * One judgement about a spec, a request or a response.
 *
 * @param key stable dotted id that tests and CI match on (for example {@code request.body.required})
 * @param level how much it matters
 * @param message human-readable explanation; free to change, never asserted on
 * @param location where: a dotted field path ({@code personalization.profile}), a parameter or header
 *     name, or a spec location ({@code paths./spaces/{spaceId}/...post.responses.429}); empty when
 *     the finding is about the whole subject
 */
public record Finding(String key, Level level, String message, String location) {

  public Finding {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(level, "level");
    if (key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank");
    }
    message = message == null ? "" : message;
    location = location == null ? "" : location;
  }

  public static Finding error(String key, String location, String message) {
    return new Finding(key, Level.ERROR, message, location);
  }

  public static Finding warning(String key, String location, String message) {
    return new Finding(key, Level.WARNING, message, location);
  }

  public static Finding info(String key, String location, String message) {
    return new Finding(key, Level.INFO, message, location);
  }

  public boolean isError() {
    return level == Level.ERROR;
  }
}
