-- GET one activation of the default fixtures (getActivationFromAudience)
wrk.method = "GET"
wrk.path = "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS/activations/act_987654321"
wrk.headers["Authorization"] = "Bearer mock-token-workspace-a"
wrk.headers["Accept"] = "application/vnd.segment.v1alpha+json"

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
