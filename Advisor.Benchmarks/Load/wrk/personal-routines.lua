-- POST /api/routines with a token: each request the next person's token (PEOPLE names a file of
-- tokens, one a line, each person with a logged history) and the next example assessment.
-- THINK_MS, when set, is how long each connection waits between its requests, so that a run asks
-- for a rate below what the host can serve rather than as much as it can.
dofile("Advisor.Benchmarks/Load/wrk/examples.lua")
local bodies, tokens = {}, {}
local next_body, next_token = 0, 0

function init(args)
  bodies = load_examples()
  for line in io.lines(os.getenv("PEOPLE")) do tokens[#tokens + 1] = line end
  next_body = math.random(#bodies)
  next_token = math.random(#tokens)
end

function request()
  next_body = next_body % #bodies + 1
  next_token = next_token % #tokens + 1
  return wrk.format("POST", "/api/routines",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[next_token] }, bodies[next_body])
end

local think = tonumber(os.getenv("THINK_MS") or "")
if think then
  function delay() return think end
end
