-- The Beian access gate (备案阻断) inside nginx: each request is decided from the base map of filed domains, a hash
-- lookup in C ($beian_base, beian-gate-native.conf), and the overlay of changes since that map was written, which
-- Beian.Gateway pushes to the loopback control server. Every worker keeps its own copy of the overlay, refreshed
-- from the shared dictionary ten times a second, so a request costs one table lookup per label of its host and
-- nothing at all while the overlay is empty. The overlay holds every domain changed since the map was written, with its
-- current decision (GateOverlay in Beian.Core, which says why this decides as the platform does).
local M = {}

local byte, find, sub = string.byte, string.find, string.sub
local dict = ngx.shared.beian_gate

local overlay, empty, seen = {}, true, nil
local last_warning = 0
-- The key the gateway presents on a push (control.key in the folder, readable by root and the gateway only): the
-- control server listens on loopback, and a local user must not change the gate's decisions.
local control_key

-- Meta keys start with '#', which no domain does.
local VERSION, SYNCED, LOADED = "#version", "#synced", "#loaded"

-- The one argument is "$beian_gated$beian_base": "1" when the local address is gated, then the base map's answer —
-- the most specific filed domain's number of labels in two digits and its decision ("102allowed" for www.example.cn
-- under example.cn, "100no-filing" when no domain matched). One argument, and the host read only when the overlay
-- has something: each argument of set_by_lua costs a Lua string and a table slot on every request. The overlay is
-- looked at from the host up to the base's domain and no higher: nothing more specific than the first level found
-- there has changed.
function M.decide(value)
  if byte(value, 1) == 48 then
    return "allowed"
  end
  if empty then
    return sub(value, 4)
  end
  local matched = tonumber(sub(value, 2, 3))
  local host = ngx.var.host
  local depth, dot = 1, find(host, ".", 1, true)
  while dot do
    depth = depth + 1
    dot = find(host, ".", dot + 1, true)
  end
  local level = host
  while depth >= matched do
    local reason = overlay[level]
    if reason then
      return reason
    end
    dot = find(level, ".", 1, true)
    if not dot then
      break
    end
    level = sub(level, dot + 1)
    depth = depth - 1
  end
  return sub(value, 4)
end

-- Applies "domain TAB reason" lines (an empty reason takes the domain out of the overlay) and "#synced TAB seconds".
-- A replacement sets the new entries before it deletes the others, so a worker copying meanwhile never misses a domain
-- that stays.
local function apply(lines, replace)
  local changed, kept = replace, {}
  for line in lines do
    local tab = find(line, "\t", 1, true)
    if tab then
      local key, value = sub(line, 1, tab - 1), sub(line, tab + 1)
      if key == SYNCED then
        dict:set(SYNCED, tonumber(value))
      elseif value == "" then
        dict:delete(key)
        changed = true
      else
        local ok, err = dict:set(key, value)
        if not ok then
          return err
        end
        kept[key] = true
        changed = true
      end
    end
  end
  if replace then
    for _, key in ipairs(dict:get_keys(0)) do
      if byte(key, 1) ~= 35 and not kept[key] then
        dict:delete(key)
      end
    end
  end
  -- A heartbeat alone changes no decision: the workers need not copy the overlay again.
  if changed then
    dict:incr(VERSION, 1, 0)
  end
  return nil
end

-- In the master at start and at each reload: the control key. At start also the overlay the gateway last wrote, so
-- that a restarted nginx decides as before even while the gateway and the platform are down; on a reload the shared
-- dictionary is kept and is newer than the file.
function M.init(folder)
  local key_file = io.open(folder .. "/control.key", "r")
  if key_file then
    control_key = key_file:read("*l")
    key_file:close()
  end
  if dict:get(LOADED) then
    return
  end
  local file = io.open(folder .. "/overlay.tsv", "r")
  if file then
    apply(file:lines(), true)
    file:close()
  end
  dict:set(LOADED, true)
end

local function refresh()
  local version = dict:get(VERSION)
  if version == seen then
    return
  end
  local copy, any = {}, false
  for _, key in ipairs(dict:get_keys(0)) do
    if byte(key, 1) ~= 35 then
      copy[key] = dict:get(key)
      any = true
    end
  end
  overlay, empty, seen = copy, not any, version
  dict:set("#seen" .. ngx.worker.id(), version or 0)
end

local function warn_when_stale(now)
  local synced = dict:get(SYNCED)
  if synced and now - synced > 60 and now - last_warning > 60 then
    last_warning = now
    ngx.log(ngx.WARN, "beian gate: no word from the gateway for ", math.floor(now - synced),
      " s; deciding on the data it last sent")
  end
end

function M.start()
  refresh()
  ngx.timer.every(0.1, function(premature)
    if premature then
      return
    end
    refresh()
    if ngx.worker.id() == 0 then
      warn_when_stale(ngx.now())
    end
  end)
end

-- POST /beian/overlay from the gateway: "replace" or "update" on the first line, then the lines to apply.
function M.receive()
  if ngx.req.get_method() ~= "POST" then
    return ngx.exit(405)
  end
  if not control_key or ngx.req.get_headers()["X-Beian-Gate-Key"] ~= control_key then
    return ngx.exit(403)
  end
  ngx.req.read_body()
  local body = ngx.req.get_body_data()
  if not body then
    local path = ngx.req.get_body_file()
    if path then
      local file = io.open(path, "r")
      body = file:read("*a")
      file:close()
    end
  end
  body = body or ""
  local first = find(body, "\n", 1, true) or (#body + 1)
  local mode = sub(body, 1, first - 1)
  if mode ~= "replace" and mode ~= "update" then
    ngx.status = 400
    return ngx.say("the first line must be replace or update")
  end
  local err = apply(string.gmatch(sub(body, first + 1), "[^\n]+"), mode == "replace")
  if err then
    -- The dictionary is full: the gateway rebuilds the base map instead.
    ngx.status = 507
    return ngx.say(err)
  end
  return ngx.exit(204)
end

-- GET /beian/status: the base map's generation, the overlay, how many workers have not copied its last version yet,
-- and how long ago the gateway last heard from the platform.
function M.status()
  local count = 0
  for _ in pairs(overlay) do
    count = count + 1
  end
  local version = dict:get(VERSION) or 0
  local behind = 0
  for id = 0, ngx.worker.count() - 1 do
    if dict:get("#seen" .. id) ~= version then
      behind = behind + 1
    end
  end
  local synced = dict:get(SYNCED)
  ngx.header.content_type = "application/json"
  ngx.say(string.format('{"generation":"%s","overlay":%d,"version":%d,"workersBehind":%d,"synced":%s,"ageSeconds":%s}',
    ngx.var.beian_generation, count, version, behind, synced and string.format("%.3f", synced) or "null",
    synced and string.format("%.1f", ngx.now() - synced) or "null"))
end

return M
