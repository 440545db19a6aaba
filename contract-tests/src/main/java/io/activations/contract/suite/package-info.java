/**
 * The TCK API of the Activations API contract suite: the only package of {@code contract-tests}
 * that teams running the suite from their own JUnit 5 builds should use.
 *
 * <ul>
 *   <li>the suite: {@link io.activations.contract.suite.ContractSuite}, its options
 *       {@link io.activations.contract.suite.SuiteOptions}, its result
 *       {@link io.activations.contract.suite.SuiteResult} (with {@link io.activations.contract.suite.CaseResult},
 *       {@link io.activations.contract.suite.CaseStatus}, {@link io.activations.contract.suite.Coverage}),
 *       progress through {@link io.activations.contract.suite.SuiteListener} and setup failures as
 *       {@link io.activations.contract.suite.SuiteSetupException};</li>
 *   <li>the targets: {@link io.activations.contract.suite.Target},
 *       {@link io.activations.contract.suite.RemoteTarget}, {@link io.activations.contract.suite.EmbeddedMockTarget},
 *       the token as {@link io.activations.contract.suite.Secret};</li>
 *   <li>the fixtures file: {@link io.activations.contract.suite.FixturesFile} read into
 *       {@link io.activations.contract.suite.TargetFixtures};</li>
 *   <li>the assertions for hand-written tests: {@link io.activations.contract.suite.ContractAssertions},
 *       {@link io.activations.contract.suite.ContractSoftAssertions} and the
 *       {@link io.activations.contract.suite.ExchangeAssert} they return on an
 *       {@link io.activations.contract.suite.Exchange}; {@link io.activations.contract.suite.Transcript} is
 *       the text of a failing case or exchange.</li>
 * </ul>
 *
 * <p>The engine that plans and runs the cases lives here too, package-private, so it can use the
 * API's value types without a package cycle and without becoming API itself. Everything under
 * {@code io.activations.contract.suite.internal} is internal: public only where the project's own
 * command line needs it, with no compatibility promise. {@code PackageStructureTest} keeps this
 * list, and the absence of package cycles, from drifting.
 */
package io.activations.contract.suite;
