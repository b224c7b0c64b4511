-- Drives govlint's language server from Neovim's built-in LSP client, started by a setup block of
-- docs/editors.md exactly as a user's init.lua would run it. Run as:
-- nvim --headless -u NONE -i NONE -n -c "luafile neovim-client.lua".
-- Inputs (environment): GOVLINT_SETUP (the block, as a Lua file), GOVLINT_COMPAT (neovim-compat.lua:
-- what an older Neovim lacks), GOVLINT_ROOT (workspace folder), GOVLINT_FILE (document to open,
-- relative to the root), GOVLINT_OUT (JSON result file), GOVLINT_WRONG_ID / GOVLINT_RIGHT_ID (the
-- unknown parent id and the suggested one). `govlint` must be on the PATH.
-- Every step waits explicitly (vim.wait) and records what it saw; the test asserts on the JSON.
local env = function(name)
  local value = os.getenv(name)
  assert(value and value ~= '', 'missing environment variable ' .. name)
  return value
end
local setup, compat = env('GOVLINT_SETUP'), env('GOVLINT_COMPAT')
local root, file, out = env('GOVLINT_ROOT'), env('GOVLINT_FILE'), env('GOVLINT_OUT')
local wrong_id, right_id = env('GOVLINT_WRONG_ID'), env('GOVLINT_RIGHT_ID')
local timeout = tonumber(os.getenv('GOVLINT_TIMEOUT_MS') or '20000')

local result = { steps = {}, log = {} }
local clock = function() return vim.loop.hrtime() / 1e6 end
local started = clock()
local function step(name, data)
  data.ms = math.floor(clock() - started)
  result.steps[name] = data
end

local function finish()
  local handle = io.open(out, 'w')
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd('qall!')
end

local function summarize(diagnostics)
  local list = {}
  for _, d in ipairs(diagnostics) do
    table.insert(list, {
      code = d.code,
      source = d.source,
      message = d.message,
      lnum = d.lnum,
      col = d.col,
      severity = d.severity,
      related = d.user_data and d.user_data.lsp and d.user_data.lsp.relatedInformation and #d.user_data.lsp.relatedInformation or 0,
      href = d.user_data and d.user_data.lsp and d.user_data.lsp.codeDescription and d.user_data.lsp.codeDescription.href or vim.NIL,
    })
  end
  return list
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return true end
  end
  return false
end

-- The govlint client attached to a buffer (vim.lsp.get_clients from 0.10, buf_get_clients before).
local function govlint_client(bufnr)
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr }) or vim.lsp.buf_get_clients(bufnr)
  for _, client in pairs(clients) do
    if client.name == 'govlint' then return client end
  end
  return nil
end

local ok, err = pcall(function()
  -- What an init.lua with the page's block does: the block, then filetype detection, then a file.
  dofile(compat)
  result.compat = GOVLINT_COMPAT_USED
  dofile(setup)
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. file))
  local bufnr = vim.api.nvim_get_current_buf()

  local attached = vim.wait(timeout, function() return govlint_client(bufnr) ~= nil end, 50)
  local client = govlint_client(bufnr)
  step('attach', { ok = attached, filetype = vim.bo[bufnr].filetype, cmd = client and client.config.cmd or vim.NIL, root_dir = client and client.config.root_dir or vim.NIL })
  assert(client, 'the setup started no govlint client for ' .. file)
  local client_id = client.id

  -- 1. Diagnostics for the opened document, including the cross-file parent-unknown.
  local got = vim.wait(timeout, function() return has_code(bufnr, 'parent-unknown') end, 50)
  step('diagnostics', { ok = got, diagnostics = summarize(vim.diagnostic.get(bufnr)) })
  if not got then return end

  local caps = client.server_capabilities or {}
  result.capabilities = { codeAction = caps.codeActionProvider ~= nil and caps.codeActionProvider ~= false, hover = caps.hoverProvider ~= nil and caps.hoverProvider ~= false }

  -- 2. Quick fix through the client: cursor on the unknown parent, vim.lsp.buf.code_action(),
  -- the choice made the way a user makes it (vim.ui.select), the edit applied by Neovim.
  local line_nr
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line:find(wrong_id, 1, true) then line_nr = i; break end
  end
  assert(line_nr, 'no line holds ' .. wrong_id)
  local col = vim.api.nvim_buf_get_lines(bufnr, line_nr - 1, line_nr, false)[1]:find(wrong_id, 1, true) - 1
  vim.api.nvim_win_set_cursor(0, { line_nr, col })
  local offered = {}
  local chosen
  vim.ui.select = function(items, opts, on_choice)
    for _, item in ipairs(items) do
      local title = opts.format_item and opts.format_item(item) or item[2].title
      table.insert(offered, title)
      if not chosen and title:find(right_id, 1, true) then chosen = item end
    end
    on_choice(chosen)
  end
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.lsp.buf.code_action()
  local applied = vim.wait(timeout, function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick end, 50)
  local fixed_line = vim.api.nvim_buf_get_lines(bufnr, line_nr - 1, line_nr, false)[1]
  local cleared = applied and vim.wait(timeout, function() return not has_code(bufnr, 'parent-unknown') end, 50)
  step('codeAction', { ok = applied and cleared, offered = offered, chosen = chosen and chosen[2].title or vim.NIL, line = fixed_line, cleared = cleared })

  -- 3. Hover on the (now correct) parent id: the target's title.
  local hover_col = fixed_line:find(right_id, 1, true)
  local hover_text = vim.NIL
  if hover_col then
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = { line = line_nr - 1, character = hover_col + 1 },
    }, timeout)
    for _, response in pairs(responses or {}) do
      if response.result and response.result.contents then
        local lines = vim.lsp.util.convert_input_to_markdown_lines(response.result.contents)
        hover_text = table.concat(lines, '\n')
      end
    end
  end
  step('hover', { ok = hover_text ~= vim.NIL and hover_text ~= '', text = hover_text })

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end)
if not ok then result.error = tostring(err) end
finish()
