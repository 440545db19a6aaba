-- POST a destination connection (addDestinationToAudience); the body passes the spec's validation
wrk.method = "POST"
wrk.path = "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS/destination-connections"
wrk.headers["Authorization"] = "Bearer mock-token-workspace-a"
wrk.headers["Content-Type"] = "application/vnd.segment.v1alpha+json"
wrk.headers["Accept"] = "application/vnd.segment.v1alpha+json"
wrk.body = '{"destination":{"id":"dst_2yJ8pF4nQ6rT0vX3zB5cD7","type":"destination"},'
  .. '"idSyncConfiguration":[{"externalId":"email","strategy":"last"},{"externalId":"user_id","strategy":"last"}],'
  .. '"connectionSettings":{"listName":"Bench audience"}}'

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
