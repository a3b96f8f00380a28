-- wrk script for measurement 4.
--   BENCH_POOL=<file of bodies separated by RS (0x1e)>  POST them in turn, each
--              thread its own share (so every request carries a different
--              MessageId); unset: plain GET (the themed page).
--   BENCH_THREADS=<wrk -t>  BENCH_TOPIC=<TopicArn for the x-amz-sns headers>
-- done() prints one JSON line starting with "BENCH_JSON " (latencies in µs);
-- "wraps" > 0 means the pool ran out and bodies were resent (duplicates).
local threads = {}
local count = 0

function setup(thread)
	count = count + 1
	thread:set("tid", count)
	table.insert(threads, thread)
end

local bodies = {}
local pos = 0
wraps = 0
local headers = nil

function init(args)
	local path = os.getenv("BENCH_POOL")
	if path == nil or path == "" then
		return
	end
	local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
	local f = assert(io.open(path, "rb"))
	local data = f:read("*a")
	f:close()
	local i = 0
	for body in string.gmatch(data, "[^\30]+") do
		if i % nthreads == tid - 1 then
			bodies[#bodies + 1] = body
		end
		i = i + 1
	end
	headers = {
		["Content-Type"] = "text/plain; charset=UTF-8",
		["User-Agent"] = "Amazon Simple Notification Service Agent",
		["x-amz-sns-message-type"] = "Notification",
		["x-amz-sns-topic-arn"] = os.getenv("BENCH_TOPIC") or "",
	}
end

function request()
	if headers == nil then
		return wrk.format("GET")
	end
	pos = pos + 1
	if pos > #bodies then
		pos = 1
		wraps = wraps + 1
	end
	return wrk.format("POST", nil, headers, bodies[pos])
end

function done(summary, latency, requests)
	local w = 0
	for _, t in ipairs(threads) do
		w = w + (t:get("wraps") or 0)
	end
	local e = summary.errors
	io.write(string.format(
		'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "connect_errors": %d, "read_errors": %d, "write_errors": %d, "status_errors": %d, "timeouts": %d, "lat_mean_us": %.1f, "lat_max_us": %d, "p50_us": %d, "p75_us": %d, "p90_us": %d, "p99_us": %d, "p999_us": %d, "wraps": %d}\n',
		summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
		latency.mean, latency.max, latency:percentile(50), latency:percentile(75), latency:percentile(90),
		latency:percentile(99), latency:percentile(99.9), w))
end
