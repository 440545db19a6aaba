package io.activations.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.report.Report;
import io.activations.contract.spec.PathMatch;
import io.activations.contract.spec.Spec;
import io.activations.contract.testing.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentValidationTest {

  @Test
  void oneValidator_sharedByThreads_givesEachRequestItsOwnReport() throws Exception {
    Spec spec = Spec.bundled();
    ContractValidator validator = new ContractValidator(spec);
    String path = "/spaces/spa_1/audiences/aud_1/destination-connections/ii_1/activations";
    PathMatch match = spec.match("POST", path).orElseThrow();
    ApiRequest valid = ApiRequest.post(path, "application/json", Resources.text("requests/add-activation-valid.json"));
    ApiRequest invalid = ApiRequest.post(path, "application/json",
        Resources.text("requests/add-activation-missing-required-activationName.json"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int task = 0; task < 8; task++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 500; i++) {
            Report good = validator.validateRequest(match, valid);
            Report bad = validator.validateRequest(match, invalid);
            if (!good.isEmpty() || !bad.keys().equals(Set.of("request.body.required"))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
