import io.activations.contract.mock.MockServer;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the mock for the benchmark: default fixtures, rate limits lifted, request validation on
 * (it always is). Prints the base URI on the first line of stdout, then serves until killed.
 * Run with the single-file source launcher: java -cp <mock-server classpath> BenchMockMain.java [port]
 */
public final class BenchMockMain {
  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    MockServer mock = MockServer.builder().port(port).rateLimitsLifted(true).build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(mock::close, "mock-shutdown"));
    System.out.println(mock.baseUri());
    System.out.println(mock.rateLimitAdjustment().orElse("rate limits as in the spec"));
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
