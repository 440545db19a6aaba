package io.activations.contract.suite;

import io.activations.contract.http.ApiResponse;
import io.activations.contract.report.Finding;
import io.activations.contract.spec.Spec;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.SpecValidator;
import io.activations.contract.suite.internal.http.HttpTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The state of one run: the target, the judges, the pacer and what the run created. */
final class SuiteSession {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final Spec spec;
  private final SpecDocument document;
  private final Target target;
  private final SuiteOptions options;
  private final SpecValidator validator;
  private final ResponseChecks checks;
  private final RateLimitLedger ledger = new RateLimitLedger();
  private final HttpTransport transport;
  private final Pacer pacer;
  private final Provisioner provisioner = new Provisioner();
  private final FixtureBindings bindings;
  private final Drafts drafts;
  private final ResourceCatalog catalog;
  private final RuleEnforcement enforcement;

  SuiteSession(Spec spec, Target target, SuiteOptions options, SpecValidator validator) {
    this.spec = spec;
    this.document = new SpecDocument(spec);
    this.target = target;
    this.options = options;
    this.validator = validator;
    this.checks = new ResponseChecks(validator);
    this.transport = new HttpTransport(target.baseUri(), REQUEST_TIMEOUT);
    this.pacer = new Pacer(target);
    this.bindings = new FixtureBindings(target.fixtures());
    this.drafts = new Drafts(document, bindings);
    this.catalog = new ResourceCatalog(spec);
    this.enforcement = new RuleEnforcement(target.isProjectMock() || options.strict());
  }

  CaseResult run(ContractCase contractCase) {
    long started = System.nanoTime();
    String skip = skipReason(contractCase);
    if (skip != null) {
      return new CaseResult(contractCase.group(), contractCase.name(), CaseStatus.SKIPPED, List.of(), List.of(), 0, Duration.ZERO, skip);
    }
    CaseRun run = new CaseRun(this);
    String note = "";
    boolean skipped = false;
    try {
      contractCase.body().run(run);
    } catch (CaseRun.Aborted e) {
      note = "stopped early: " + e.getMessage();
    } catch (CaseRun.Skipped e) {
      skipped = true;
      note = e.getMessage();
    } catch (HttpTransport.TransportException e) {
      run.expect(false, FindingKey.TRANSPORT_FAILED, "", e.getMessage());
    } catch (RuntimeException e) {
      run.expect(false, FindingKey.CASE_ERROR, "", "the case itself failed: " + e);
    }
    List<Finding> findings = enforcement.apply(run.tally().findings());
    boolean failed = findings.stream().anyMatch(f -> switch (f.level()) {
      case ERROR -> true;
      case WARNING -> options.strict();
      case INFO -> false;
    });
    CaseStatus status = failed ? CaseStatus.FAILED : skipped ? CaseStatus.SKIPPED : CaseStatus.PASSED;
    return new CaseResult(contractCase.group(), contractCase.name(), status, findings, run.exchanges(),
        run.tally().checks(), Duration.ofNanos(System.nanoTime() - started), note);
  }

  private String skipReason(ContractCase contractCase) {
    for (ContractCase.Need need : contractCase.needs()) {
      String reason = switch (need) {
        case WRITES -> options.readOnly() ? "writes are off (--read-only)" : null;
        case BURST -> options.burst() ? null : "bursts are off (--no-burst)";
        case OTHER_WORKSPACE -> target.fixtures().otherWorkspace().isPresent() ? null : "the fixtures name no other workspace";
        case ACTION -> target.fixtures().actionId().isPresent() ? null : "the fixtures name no action id";
        case LINKED_AUDIENCE -> target.fixtures().linkedAudienceId().isPresent() ? null : "the fixtures name no linked audience";
      };
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  /** Masks the token wherever a server echoed it, before the response is stored anywhere. */
  ApiResponse mask(ApiResponse response) {
    String token = target.token().reveal();
    String body = new String(response.body(), StandardCharsets.UTF_8);
    boolean inHeaders = response.headers().values().stream().flatMap(List::stream).anyMatch(v -> v.contains(token));
    if (!body.contains(token) && !inHeaders) {
      return response;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response.headers().forEach((name, values) -> {
      List<String> masked = new ArrayList<>();
      values.forEach(v -> masked.add(target.token().maskIn(v)));
      headers.put(name, masked);
    });
    return new ApiResponse(response.status(), headers, target.token().maskIn(body).getBytes(StandardCharsets.UTF_8));
  }

  Spec spec() {
    return spec;
  }

  SpecDocument document() {
    return document;
  }

  Target target() {
    return target;
  }

  SuiteOptions options() {
    return options;
  }

  SpecValidator validator() {
    return validator;
  }

  ResponseChecks checks() {
    return checks;
  }

  RateLimitLedger ledger() {
    return ledger;
  }

  HttpTransport transport() {
    return transport;
  }

  Pacer pacer() {
    return pacer;
  }

  Provisioner provisioner() {
    return provisioner;
  }

  FixtureBindings bindings() {
    return bindings;
  }

  Drafts drafts() {
    return drafts;
  }

  ResourceCatalog catalog() {
    return catalog;
  }
}
