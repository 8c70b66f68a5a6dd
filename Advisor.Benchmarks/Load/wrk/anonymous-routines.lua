-- POST /api/routines without a token, cycling through the example assessments; each wrk thread
-- starts at a different one.
dofile("Advisor.Benchmarks/Load/wrk/examples.lua")
local bodies = {}
local next_body = 0

function init(args)
  bodies = load_examples()
  next_body = math.random(#bodies)
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", "/api/routines", { ["Content-Type"] = "application/json" }, bodies[next_body])
end
