-- wrk script for bench/run.sh: walks a URL list once, split between wrk's threads (URL i goes
-- to thread i mod THREADS); a thread stops once every URL of its share has been answered.
-- Arguments after --: the list file (absolute URLs, one a line) and the number of threads.
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  local count, i = tonumber(args[2]), 0
  paths = {}
  for line in io.lines(args[1]) do
    if i % count == id then
      paths[#paths + 1] = line:match("^https?://[^/]+(/.*)$")
    end
    i = i + 1
  end
  -- wrk calls request() once on thread 0 before the run to check it: that call gets /idle.
  sent, answered = (id == 0) and -1 or 0, 0
end

-- A connection that asks after the share is all sent gets /idle (204, not logged by the cache).
function request()
  sent = sent + 1
  if sent >= 1 and sent <= #paths then
    return wrk.format("GET", paths[sent])
  end
  return wrk.format("GET", "/idle")
end

function response(status)
  if status ~= 204 then
    answered = answered + 1
    if answered >= #paths then
      wrk.thread:stop()
    end
  end
end
