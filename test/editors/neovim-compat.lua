-- For a Neovim older than the setups in docs/editors.md (Debian 12 ships 0.7): defines what they
-- call and this Neovim lacks — vim.fs.root (0.10), vim.lsp.start (0.8), vim.lsp.config and
-- vim.lsp.enable (0.11) — on top of the 0.7 client (start_client, buf_attach_client), with the
-- behaviour Neovim's documentation gives them. A Neovim that has them keeps its own.
-- Records in GOVLINT_COMPAT_USED which ones it had to define.
local used = {}

if not (vim.fs and vim.fs.root) then
  vim.fs = vim.fs or {}
  -- The nearest folder, from the buffer's folder upwards, holding one of the markers.
  vim.fs.root = function(source, markers)
    local path = type(source) == 'number' and vim.api.nvim_buf_get_name(source) or source
    local dir = vim.fn.fnamemodify(path, ':p:h')
    while true do
      for _, marker in ipairs(markers) do
        if vim.loop.fs_stat(dir .. '/' .. marker) then return dir end
      end
      local parent = vim.fn.fnamemodify(dir, ':h')
      if parent == dir then return nil end
      dir = parent
    end
  end
  table.insert(used, 'vim.fs.root')
end

if not vim.lsp.start then
  -- Starts a client, or reuses the one with the same name and root_dir, and attaches it to the current buffer.
  vim.lsp.start = function(config)
    local bufnr = vim.api.nvim_get_current_buf()
    for _, client in pairs(vim.lsp.get_active_clients()) do
      if client.name == config.name and client.config.root_dir == config.root_dir then
        vim.lsp.buf_attach_client(bufnr, client.id)
        return client.id
      end
    end
    local client_id = vim.lsp.start_client(config)
    if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
    return client_id
  end
  table.insert(used, 'vim.lsp.start')
end

if not vim.lsp.config then
  local configs = {}
  -- vim.lsp.config(name, cfg) merges cfg into the named configuration.
  vim.lsp.config = function(name, config)
    configs[name] = vim.tbl_deep_extend('force', configs[name] or {}, config)
  end
  -- vim.lsp.enable(name) starts the configuration for buffers of its filetypes, in the project its root_markers find.
  vim.lsp.enable = function(name)
    local config = configs[name]
    assert(config, 'no configuration named ' .. name)
    vim.api.nvim_create_autocmd('FileType', {
      pattern = config.filetypes,
      callback = function(args)
        local start = vim.tbl_deep_extend('force', { name = name }, config)
        start.filetypes, start.root_markers = nil, nil
        start.root_dir = config.root_markers and vim.fs.root(args.buf, config.root_markers) or nil
        vim.lsp.start(start)
      end,
    })
  end
  table.insert(used, 'vim.lsp.config')
  table.insert(used, 'vim.lsp.enable')
end

GOVLINT_COMPAT_USED = used
