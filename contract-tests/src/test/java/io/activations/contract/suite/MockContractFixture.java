package io.activations.contract.suite;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/** The suite used as a TCK, exactly as a user's build would: run by {@link DynamicTestsTest} through the JUnit launcher. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MockContractFixture {

  private EmbeddedMockTarget target;

  @TestFactory
  Stream<DynamicNode> activationsContract() {
    target = EmbeddedMockTarget.start();
    return ContractSuite.forTarget(target).withOptions(SuiteOptions.defaults().withBurst(false)).dynamicTests();
  }

  @AfterAll
  void stop() {
    target.close();
  }
}
