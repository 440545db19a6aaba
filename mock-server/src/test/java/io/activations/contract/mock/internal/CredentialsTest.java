package io.activations.contract.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {

  @Test
  void bearerToken_isTheTokenAndTheBucket() {
    Credentials credentials = Credentials.of("Bearer abc");

    assertThat(credentials.token()).isEqualTo("abc");
    assertThat(credentials.bucketKey()).isEqualTo("abc");
  }

  @Test
  void otherSchemes_authenticateNobodyButGetTheirOwnBucket() {
    Credentials basic = Credentials.of("Basic abc");

    assertThat(basic.token()).isNull();
    assertThat(basic.bucketKey()).isNotEqualTo(Credentials.of(null).bucketKey()).isNotEqualTo("abc");
  }

  @Test
  void noHeader_isAnonymous() {
    assertThat(Credentials.of(null).token()).isNull();
    assertThat(Credentials.of("  ").bucketKey()).isEqualTo(Credentials.of(null).bucketKey());
    assertThat(Credentials.of("Bearer ").token()).isNull();
  }
}
