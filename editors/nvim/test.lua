-- Headless check of editors/nvim/strata.lua against the real server (run by test.sh): opens the
-- Prisma sample's migration, waits for the customer_id error, hovers "onboarding_states",
-- applies the first quick fix with a WorkspaceEdit and waits for the error to clear.
-- Prints JSON lines; exit 0 ok, 3 server did not start, 4 no customer_id diagnostic,
-- 5 hover/code action failed, 6 internal error.
local env = vim.env
local T0 = vim.loop.hrtime()
local function ms() return math.floor((vim.loop.hrtime() - T0) / 1e6) end
local function out(t) io.stdout:write(vim.json.encode(t) .. '\n'); io.stdout:flush() end
local function finish(code, msg)
  if msg then out({ type = 'error', exit = code, message = msg }) end
  out({ type = 'done', exit = code, total_ms = ms() })
  for _, c in pairs(vim.lsp.get_active_clients()) do pcall(c.stop) end
  if code == 0 then vim.cmd('qa!') else vim.cmd('cquit ' .. code) end
end
local TIMEOUT = tonumber(env.STRATA_NVIM_TIMEOUT_MS or '60000')

local function customer_id(bufnr)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.message:find('customer_id', 1, true) then return d end
  end
end

local function main()
  dofile(env.STRATA_NVIM_INIT) -- the user's init.lua from docs/editors.md (test.sh extracts it)
  vim.cmd('edit! ' .. vim.fn.fnameescape(env.STRATA_NVIM_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].swapfile = false
  if vim.bo[bufnr].filetype ~= 'sql' then vim.bo[bufnr].filetype = 'sql' end

  local client, seen = nil, false
  vim.wait(TIMEOUT, function()
    client = vim.lsp.get_active_clients()[1]
    seen = seen or client ~= nil
    return (client ~= nil and client.initialized) or (seen and client == nil) -- started, or started and died
  end, 20)
  if not (client and client.initialized) then return finish(3, 'the strata client did not initialize') end
  out({ type = 'timing', phase = 'initialized', ms = ms(), root = client.config.root_dir })

  local d
  vim.wait(TIMEOUT, function() d = customer_id(bufnr); return d ~= nil end, 20)
  if not d then return finish(4, 'no customer_id diagnostic within ' .. TIMEOUT .. ' ms') end
  out({ type = 'diagnostic', line = d.lnum + 1, col = d.col + 1, severity = d.severity, code = d.code, message = d.message, ms = ms() })
  if d.lnum ~= 220 or d.severity ~= vim.diagnostic.severity.ERROR then
    return finish(4, 'customer_id must be an error on line 221')
  end

  local line = vim.fn.search('^UPDATE "onboarding_states" os', 'nw')
  local text = vim.api.nvim_buf_get_lines(bufnr, line - 1, line, false)[1]
  local pos = { line = line - 1, character = text:find('onboarding_states', 1, true) + 2 }
  local uri = vim.uri_from_bufnr(bufnr)
  local hover = client.request_sync('textDocument/hover', { textDocument = { uri = uri }, position = pos }, TIMEOUT, bufnr)
  local contents = hover and hover.result and hover.result.contents
  local hover_text = type(contents) == 'table' and (contents.value or vim.inspect(contents)) or tostring(contents)
  out({ type = 'hover', text = hover_text:sub(1, 300) })
  if not hover_text:find('onboarding_states', 1, true) then return finish(5, 'hover does not name onboarding_states') end

  -- the diagnostic as the server sent it (Neovim 0.7 keeps only code/data/... in user_data.lsp)
  local lsp_diag = vim.tbl_extend('force', (d.user_data and d.user_data.lsp) or {}, {
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    message = d.message, severity = d.severity, code = d.code, source = d.source,
  })
  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri }, range = lsp_diag.range, context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
  }, TIMEOUT, bufnr)
  local fix
  for _, a in ipairs((actions and actions.result) or {}) do
    out({ type = 'code_action', title = a.title, kind = a.kind, hasEdit = a.edit ~= nil })
    if a.edit and not fix then fix = a end
  end
  if not fix then return finish(5, 'no quick fix with a WorkspaceEdit') end
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding or 'utf-16')
  out({ type = 'applied', title = fix.title, line_221 = vim.api.nvim_buf_get_lines(bufnr, 220, 221, false)[1] })
  if not vim.wait(TIMEOUT, function() return customer_id(bufnr) == nil end, 20) then
    return finish(5, 'the customer_id diagnostic is still there after the quick fix')
  end
  out({ type = 'cleared', ms = ms() })
  return finish(0)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then finish(6, tostring(err)) end
