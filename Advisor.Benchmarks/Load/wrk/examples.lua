-- The example assessments in data/examples/ (EXAMPLES names the folder), for the scenarios that post them.
function load_examples()
  local bodies = {}
  local list = io.popen("ls " .. os.getenv("EXAMPLES") .. "/*.json")
  for path in list:lines() do
    local file = io.open(path)
    bodies[#bodies + 1] = file:read("*a")
    file:close()
  end
  list:close()
  return bodies
end
