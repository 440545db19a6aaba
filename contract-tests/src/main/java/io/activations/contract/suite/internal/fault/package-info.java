/**
 * Internal, not TCK API: the deliberately broken targets behind {@code ./contract verify
 * --inject-fault}, which prove the suite catches what it claims to. Depends on the API package,
 * never the other way round.
 */
package io.activations.contract.suite.internal.fault;
