-- wrk script for bench/run.sh's lag baseline: the lag part's bursts without Prewarm. At each whole
-- second of SECONDS seconds from FIRST (epoch seconds), PER requests are sent as fast as wrk's
-- connections allow, the mix Prewarm's lag plans make: burst k asks for URLs 10k .. 10k+9 of the
-- list, PER/10 times each (10 plans per job share a cursor, and every job has the same list).
-- Request j of a burst goes to thread j mod THREADS. Arguments after --: the list file, THREADS,
-- FIRST, SECONDS, PER. A connection with nothing to send asks for /idle (204, not in the log).
local ffi = require("ffi")
ffi.cdef([[
  typedef struct { long tv_sec; long tv_nsec; } burst_timespec;
  int clock_gettime(int clock, burst_timespec *now);
]])
local clock = ffi.new("burst_timespec")
local CLOCK_REALTIME = 0

local function now_ms()
  ffi.C.clock_gettime(CLOCK_REALTIME, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line:match("^https?://[^/]+(/.*)$")
  end
  local count, per = tonumber(args[2]), tonumber(args[5])
  first, seconds = tonumber(args[3]) * 1000, tonumber(args[4])
  stride, share = count, math.ceil((per - id) / count) -- this thread's requests j = id, id + count, ...
  -- The burst being sent and how many of this thread's share it has sent; the first starts at FIRST.
  burst, taken, answered = -1, share, 0
end

local function next_slot()
  return first + 1000 * (burst + 1)
end

function request()
  if taken >= share and burst + 1 < seconds and now_ms() >= next_slot() then
    burst, taken = burst + 1, 0
  end
  if burst >= 0 and taken < share then
    local j = id + stride * taken
    taken = taken + 1
    return wrk.format("GET", paths[10 * burst + j % 10 + 1])
  end
  return wrk.format("GET", "/idle")
end

-- Called before each request after the first: none while the burst lasts, else until the next slot.
function delay()
  if taken < share then
    return 0
  end
  if burst + 1 >= seconds then
    return 1000
  end
  return math.max(0, math.ceil(next_slot() - now_ms()))
end

function response(status)
  if status ~= 204 then
    answered = answered + 1
    if answered >= share * seconds then
      wrk.thread:stop()
    end
  end
end
