package io.activations.contract.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Semantic versioning of {@code info.version}: it must not go down, a breaking change (an ERR
 * finding that no ignore entry accepted) needs a major bump (a minor one while the major is 0),
 * and any change should come with some bump.
 */
final class VersionRules {

  private static final Pattern SEMVER = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})(?:[-+].*)?");
  private static final String POINTER = "/info/version";

  private VersionRules() {}

  static List<Finding> check(JsonNode base, JsonNode revision, List<Finding> kept, boolean changed) {
    List<Finding> findings = new ArrayList<>();
    String was = base.path("info").path("version").asText("");
    String now = revision.path("info").path("version").asText("");
    if (was.equals(now)) {
      if (kept.stream().anyMatch(Finding::isBreaking)) {
        findings.add(finding(Rules.MAJOR_NOT_BUMPED, "info.version stays " + now + " although the revision breaks existing callers or clients"));
      } else if (changed) {
        findings.add(finding(Rules.VERSION_NOT_BUMPED, "info.version stays " + now + " although the document changed"));
      }
      return findings;
    }
    Matcher before = SEMVER.matcher(was);
    Matcher after = SEMVER.matcher(now);
    if (!before.matches() || !after.matches()) {
      findings.add(finding(Rules.VERSION_NOT_SEMANTIC, "info.version " + was + " -> " + now + " is not MAJOR.MINOR.PATCH; the bump cannot be judged"));
      return findings;
    }
    int[] old = parts(before);
    int[] current = parts(after);
    int order = compare(old, current);
    if (order > 0) {
      findings.add(finding(Rules.VERSION_DECREASED, "info.version went down from " + was + " to " + now));
      return findings;
    }
    boolean majorBumped = old[0] == 0 ? current[0] > 0 || current[1] > old[1] : current[0] > old[0];
    if (!majorBumped && kept.stream().anyMatch(Finding::isBreaking)) {
      findings.add(finding(Rules.MAJOR_NOT_BUMPED, "info.version goes from " + was + " to " + now
          + " but the revision breaks existing callers or clients: bump " + (old[0] == 0 ? "at least the minor" : "the major") + " version"));
    }
    return findings;
  }

  private static int[] parts(Matcher matcher) {
    return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))};
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  private static Finding finding(Rule rule, String message) {
    return new Finding(rule.id(), rule.level(), rule.side(), "", "", POINTER, POINTER, message);
  }
}
