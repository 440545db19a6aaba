package io.activations.contract.suite;

import io.activations.contract.suite.internal.fault.Fault;
import io.activations.contract.suite.internal.fault.FaultInjectingTarget;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/** The TCK against a server whose reads fail with 500: run by {@link DynamicTestsTest} through the JUnit launcher. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenServerContractFixture {

  private FaultInjectingTarget target;

  @TestFactory
  Stream<DynamicNode> activationsContract() {
    target = FaultInjectingTarget.start(Fault.SERVER_ERROR);
    return ContractSuite.forTarget(target).withOptions(SuiteOptions.defaults().withBurst(false)).dynamicTests();
  }

  @AfterAll
  void stop() {
    target.close();
  }
}
