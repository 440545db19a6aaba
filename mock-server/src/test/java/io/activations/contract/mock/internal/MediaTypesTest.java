package io.activations.contract.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypesTest {

  @ParameterizedTest
  @ValueSource(strings = {"application/vnd.segment.v1alpha+json", "application/json", "APPLICATION/JSON",
      "application/json;charset=utf-8", "application/vnd.segment.v1alpha+json; charset=\"UTF-8\"",
      "application/json; boundary=ignored"})
  void accepted(String contentType) {
    assertThat(MediaTypes.isAcceptedRequestType(contentType)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/xml", "application/json-patch+json", "application/json; charset=latin1",
      "", "application", ";;;", ";", " ; charset=utf-8"})
  void refused(String contentType) {
    assertThat(MediaTypes.isAcceptedRequestType(contentType)).isFalse();
  }
}
