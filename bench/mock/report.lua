-- One machine-readable line per run. wrk counts every answer with a status above 399 in
-- errors.status, and the mock sends no 3xx, so 2xx = requests - errors.status.
done = function(summary, latency, requests)
  local ok = summary.requests - summary.errors.status
  io.write(string.format("RESULT ok=%d total=%d non2xx=%d socket_errors=%d duration_us=%d p50_us=%d p99_us=%d\n",
    ok, summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration, latency:percentile(50), latency:percentile(99)))
end
