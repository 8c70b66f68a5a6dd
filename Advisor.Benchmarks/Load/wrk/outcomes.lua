-- POST /api/routines/{id}/outcomes: each request a new outcome (its own Idempotency-Key) for the
-- next of the people's routines. ROUTINES names a file of "token routine-id exercise-id region" lines.
local routines = {}
local next_routine, sent, thread_id = 0, 0, 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

function init(args)
  for line in io.lines(os.getenv("ROUTINES")) do
    local token, routine, exercise, region = line:match("(%S+) (%S+) (%S+) (%S+)")
    routines[#routines + 1] = { token = token, routine = routine, exercise = exercise, region = region }
  end
  next_routine = math.random(#routines)
end

function request()
  next_routine = next_routine % #routines + 1
  sent = sent + 1
  local r = routines[next_routine]
  local before = 3 + sent % 5
  local body = string.format(
    '{"completed":["%s"],"painBefore":{"%s":%d},"painAfter":{"%s":%d},"ratings":{"%s":"right"}}',
    r.exercise, r.region, before, r.region, before - 1, r.exercise)
  return wrk.format("POST", "/api/routines/" .. r.routine .. "/outcomes", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. r.token,
    ["Idempotency-Key"] = string.format("wrk-%d-%d-%d", id, sent, math.random(1000000000)),
  }, body)
end
