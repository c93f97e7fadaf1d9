-- Strata language server for Neovim 0.7+ (vim.lsp.start on 0.8+, start_client on 0.7).
--
-- Install: save this file as ~/.config/nvim/lua/strata.lua, then in init.lua:
--   require('strata').setup({ jar = vim.fn.expand('~/.local/share/strata/strata.jar') })
-- Options (all optional except jar):
--   java          java executable (default: $JAVA_HOME/bin/java, else "java")
--   filetypes     default { 'sql' }
--   root_markers  nearest folder holding one of these is the project root
--   settings      the `strata` settings: migrationRoots, tool, postgresVersion, rules, debounceMillis
-- Quick fixes: :lua vim.lsp.buf.code_action()   Hover: K (or :lua vim.lsp.buf.hover())
local M = {}

local defaults = {
  java = nil,
  jar = nil,
  filetypes = { 'sql' },
  root_markers = { 'strata.toml', 'package.json', 'go.mod', 'pom.xml', 'build.gradle', 'Cargo.toml', '.git' },
  settings = {},
}

local function java_executable(java)
  if java then return java end
  local home = vim.env.JAVA_HOME
  if home and home ~= '' then return home .. '/bin/java' end
  return 'java'
end

-- The nearest ancestor of `path` that holds one of `markers`, else the file's folder.
local function find_root(path, markers)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  while true do
    for _, m in ipairs(markers) do
      if vim.loop.fs_stat(dir .. '/' .. m) then return dir end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then return vim.fn.fnamemodify(path, ':p:h') end
    dir = parent
  end
end

local clients = {} -- root -> client id (Neovim 0.7 only; vim.lsp.start reuses clients itself)

local function start(opts, bufnr)
  local file = vim.api.nvim_buf_get_name(bufnr)
  if file == '' then return end
  local root = find_root(file, opts.root_markers)
  local config = {
    name = 'strata',
    cmd = { java_executable(opts.java), '-jar', opts.jar, 'lsp' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    init_options = opts.settings,
    settings = { strata = opts.settings },
  }
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients[root]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client(config)
    clients[root] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
  return id
end

--- Starts (or reuses) the Strata server for every buffer of `opts.filetypes`.
function M.setup(user)
  local opts = vim.tbl_deep_extend('force', defaults, user or {})
  assert(opts.jar, "strata: setup({ jar = '/path/to/strata.jar' }) is required")
  local group = vim.api.nvim_create_augroup('strata_lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = opts.filetypes,
    callback = function(args) start(opts, args.buf) end,
  })
end

return M
