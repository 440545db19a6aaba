package io.activations.contract.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ReportRenderersTest {

  private final Report report = Report.of(
      Finding.error("lint.retryAfter.missing", "components.responses.TooManyRequests", "no Retry-After"),
      Finding.warning("response.body.undeclaredField", "data.extra", "not declared"));

  @Test
  void text_printsOneLinePerFindingThenASummary() {
    String text = new TextReportRenderer().render(report);

    assertThat(text.lines()).containsExactly(
        "ERROR lint.retryAfter.missing components.responses.TooManyRequests: no Retry-After",
        "WARNING response.body.undeclaredField data.extra: not declared",
        "1 error, 1 warning");
  }

  @Test
  void text_emptyReport_isOnlyTheSummary() {
    assertThat(new TextReportRenderer().render(Report.empty())).isEqualTo("0 errors, 0 warnings\n");
  }

  @Test
  void json_holdsCountsAndEveryField() throws Exception {
    JsonNode json = new ObjectMapper().readTree(new JsonReportRenderer().render(report));

    assertThat(json.path("errors").asInt()).isEqualTo(1);
    assertThat(json.path("warnings").asInt()).isEqualTo(1);
    assertThat(json.path("findings")).hasSize(2);
    JsonNode first = json.path("findings").get(0);
    assertThat(first.path("key").asText()).isEqualTo("lint.retryAfter.missing");
    assertThat(first.path("level").asText()).isEqualTo("ERROR");
    assertThat(first.path("location").asText()).isEqualTo("components.responses.TooManyRequests");
    assertThat(first.path("message").asText()).isEqualTo("no Retry-After");
  }
}
