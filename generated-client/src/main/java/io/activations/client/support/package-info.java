/**
 * Hand-written help for users of the generated Activations client: what every caller of the API
 * would otherwise write again.
 *
 * <ul>
 *   <li>{@link io.activations.client.support.ActivationsClients}: an {@code ApiClient} for a base
 *       URI that sends the bearer token the API requires (the generated native client has no
 *       authentication of its own).</li>
 *   <li>{@link io.activations.client.support.RateLimitStatus}: the {@code X-RateLimit-*} and
 *       {@code Retry-After} headers of a response or of an {@code ApiException}, as a value.</li>
 *   <li>{@link io.activations.client.support.RateLimitRetry}: repeats a call answered 429 after
 *       waiting {@code Retry-After}, within a bounded number of attempts and a bounded total wait.</li>
 *   <li>{@link io.activations.client.support.AudiencePages}: every item of the two paginated list
 *       operations, following {@code pagination.next} page by page.</li>
 * </ul>
 *
 * <p>The generated code lives under {@code target/generated-sources} and is never edited; this
 * package only builds on its public API.
 */
package io.activations.client.support;
