-- Neovim's built-in LSP client driving `./seloste lsp`, headless, as a user's configuration would:
-- start_client + buf_attach_client (Neovim 0.7 has no vim.lsp.start; both still exist in newer versions).
-- NeovimClientTest runs it as
--   nvim --headless --clean -u NONE -c "lua ... dofile(os.getenv('SELOSTE_NVIM_SCRIPT')) ..."
-- with SELOSTE_HOME (the repository, holding ./seloste), SELOSTE_WORKSPACE (a copy of
-- examples/organisation plus broken/puuttuu.seloste) and SELOSTE_NVIM_RESULT (the JSON file written here).
-- Steps: initialize; diagnostics of the example and of the broken notice; the broken notice's quick fix
-- asked for and applied; completion; hover; go to definition; rename applied to the buffers; diagnostics
-- after the rename; shutdown. The script only gathers what Neovim received; the Java test judges it. It
-- rewrites the result file after every step, so a step that hangs still leaves the earlier ones behind,
-- and on a Lua error it writes the error and exits non-zero (3).

local home = assert(os.getenv('SELOSTE_HOME'), 'SELOSTE_HOME is not set')
local workspace = assert(os.getenv('SELOSTE_WORKSPACE'), 'SELOSTE_WORKSPACE is not set')
local result_file = assert(os.getenv('SELOSTE_NVIM_RESULT'), 'SELOSTE_NVIM_RESULT is not set')
local step_timeout = tonumber(os.getenv('SELOSTE_NVIM_STEP_TIMEOUT') or '30000')

local version = vim.version()
local results = {
  nvim = string.format('%d.%d.%d', version.major, version.minor, version.patch),
  log = vim.lsp.get_log_path(),
  steps = {},
}

local function save()
  local file = assert(io.open(result_file, 'w'))
  file:write(vim.fn.json_encode(results))
  file:close()
end

local function step(name, value)
  results.steps[#results.steps + 1] = name
  results[name] = value
  save()
end

local function elapsed_since(start)
  return math.floor((vim.loop.hrtime() - start) / 1e6)
end

-- every publishDiagnostics, kept per file (by path, so URI spellings do not matter), then handed to
-- Neovim's own handler, which turns them into vim.diagnostic entries
local published = {}
local sequence = 0
local function on_publish_diagnostics(err, result, ctx, config)
  sequence = sequence + 1
  published[vim.uri_to_fname(result.uri)] = { sequence = sequence, diagnostics = result.diagnostics }
  return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
end

-- Neovim 0.11 made the client's functions methods (client:stop()); before, they are fields (client.stop())
local methods = vim.fn.has('nvim-0.11') == 1
local function call(client, name, ...)
  if methods then
    return client[name](client, ...)
  end
  return client[name](...)
end

local function run()
  vim.o.hidden = true
  local started = vim.loop.hrtime()
  local client_id = vim.lsp.start_client({
    name = 'seloste',
    cmd = { home .. '/seloste', 'lsp' },
    root_dir = workspace,
    init_options = { messageLanguage = 'auto' },
    handlers = { ['textDocument/publishDiagnostics'] = on_publish_diagnostics },
    on_exit = function(code, signal)
      results.server_exit = { code = code, signal = signal }
    end,
  })
  assert(client_id, 'vim.lsp.start_client returned nothing')
  local client = vim.lsp.get_client_by_id(client_id)
  local initialized = vim.wait(step_timeout, function()
    return client.initialized == true or call(client, 'is_stopped')
  end, 20)
  step('initialize', { initialized = initialized and client.initialized == true, millis = elapsed_since(started),
    offset_encoding = client.offset_encoding, server_pid = client.rpc and client.rpc.pid or vim.NIL })
  if not client.initialized then
    error('the server did not finish initialize within ' .. step_timeout .. ' ms')
  end

  local function path_of(name)
    return workspace .. '/' .. name
  end

  local function open(name)
    vim.cmd('edit ' .. vim.fn.fnameescape(path_of(name)))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.bo[bufnr].filetype = 'seloste'
    assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed for ' .. name)
    return bufnr
  end

  local function uri_of(bufnr)
    return vim.uri_from_bufnr(bufnr)
  end

  -- the LSP position of `text` (first occurrence) in the buffer, plus `prefix_bytes` bytes, in the
  -- client's offset encoding (UTF-16 unless the server chose otherwise)
  local function position_of(bufnr, text, prefix_bytes)
    for index, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      local start = line:find(text, 1, true)
      if start then
        local byte = start - 1 + prefix_bytes
        local character = byte
        if client.offset_encoding ~= 'utf-8' then
          local _, utf16 = vim.str_utfindex(line, byte)
          character = utf16
        end
        return { line = index - 1, character = character }
      end
    end
    error('"' .. text .. '" is not in buffer ' .. vim.api.nvim_buf_get_name(bufnr))
  end

  local function request(method, params, bufnr)
    local response, err = call(client, 'request_sync', method, params, step_timeout, bufnr)
    if not response then
      return { error = 'no response to ' .. method .. ': ' .. tostring(err) }
    end
    if response.err then
      return { error = method .. ' failed: ' .. vim.inspect(response.err) }
    end
    return { result = response.result }
  end

  -- what Neovim made of a file's diagnostics (vim.diagnostic), beside what the server published
  local function diagnostics_of(bufnr, path, wanted)
    local start = vim.loop.hrtime()
    local arrived = vim.wait(step_timeout, function()
      local entry = published[path]
      return entry ~= nil and wanted(entry.diagnostics)
    end, 20)
    local entry = published[path]
    local lsp_diagnostics = {}
    for _, diagnostic in ipairs(entry and entry.diagnostics or {}) do
      lsp_diagnostics[#lsp_diagnostics + 1] = {
        code = diagnostic.code or vim.NIL,
        severity = diagnostic.severity or vim.NIL,
        message = diagnostic.message,
        line = diagnostic.range.start.line,
        href = diagnostic.codeDescription and diagnostic.codeDescription.href or vim.NIL,
      }
    end
    local shown = {}
    for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
      local code = diagnostic.code
      if code == nil and diagnostic.user_data and diagnostic.user_data.lsp then
        code = diagnostic.user_data.lsp.code
      end
      shown[#shown + 1] = { code = code or vim.NIL, severity = diagnostic.severity, lnum = diagnostic.lnum,
        message = diagnostic.message }
    end
    return { arrived = arrived, millis = elapsed_since(start), published = lsp_diagnostics, shown = shown,
      sequence = entry and entry.sequence or 0 }
  end

  local function anything()
    return true
  end

  local function has_code(code)
    return function(diagnostics)
      for _, diagnostic in ipairs(diagnostics) do
        if diagnostic.code == code then
          return true
        end
      end
      return false
    end
  end

  local function without_errors(diagnostics)
    for _, diagnostic in ipairs(diagnostics) do
      if diagnostic.severity == 1 then
        return false
      end
    end
    return true
  end

  -- (1) diagnostics: the example as it is, then a notice without a controller
  local customers = open('asiakasrekisteri.seloste')
  local customers_path = vim.api.nvim_buf_get_name(customers)
  local clean = diagnostics_of(customers, customers_path, anything)
  clean.since_start_millis = elapsed_since(started)
  step('diagnostics_example', clean)

  local broken = open('broken/puuttuu.seloste')
  step('diagnostics_broken', diagnostics_of(broken, vim.api.nvim_buf_get_name(broken),
    has_code('fi.seloste.controllerMissing')))

  -- (1b) the quick fixes of the missing controller, asked as vim.lsp.buf.code_action asks: with the line's
  -- diagnostics converted back from vim.diagnostic (the server needs their code and data back)
  local broken_line
  for _, diagnostic in ipairs(vim.diagnostic.get(broken)) do
    if diagnostic.code == 'fi.seloste.controllerMissing' then
      broken_line = diagnostic.lnum
    end
  end
  if broken_line then
    local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(broken, broken_line)
    local actions = request('textDocument/codeAction', {
      textDocument = { uri = uri_of(broken) },
      range = { start = { line = broken_line, character = 0 }, ['end'] = { line = broken_line, character = 0 } },
      context = { diagnostics = line_diagnostics },
    }, broken)
    if actions.result then
      local offered = {}
      for _, action in ipairs(actions.result) do
        local codes = {}
        for _, diagnostic in ipairs(action.diagnostics or {}) do
          codes[#codes + 1] = diagnostic.code
        end
        offered[#offered + 1] = { title = action.title, kind = action.kind or vim.NIL,
          preferred = action.isPreferred or false, has_edit = action.edit ~= nil, codes = codes }
      end
      actions.offered = offered
      local chosen
      for _, action in ipairs(actions.result) do
        for _, diagnostic in ipairs(action.diagnostics or {}) do
          if diagnostic.code == 'fi.seloste.controllerMissing' and action.edit and not chosen then
            chosen = action
          end
        end
      end
      actions.result = nil
      step('code_actions', actions)
      -- apply it as Neovim applies a chosen code action, and wait until the server checked the new text
      if chosen then
        local before = sequence
        local broken_path = vim.api.nvim_buf_get_name(broken)
        vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
        local fixed = diagnostics_of(broken, broken_path, function(diagnostics)
          return published[broken_path].sequence > before and not has_code('fi.seloste.controllerMissing')(diagnostics)
        end)
        fixed.title = chosen.title
        fixed.text = table.concat(vim.api.nvim_buf_get_lines(broken, 0, -1, false), '\n')
        step('quick_fix', fixed)
      end
    else
      step('code_actions', actions)
    end
  end

  -- (2) completion at the start of a line inside the register block
  vim.cmd('buffer ' .. customers)
  local completion = request('textDocument/completion', {
    textDocument = { uri = uri_of(customers) },
    position = position_of(customers, '\t\tkäytä Kuura.Yhteystiedot', 0),
  }, customers)
  if completion.result then
    local items = completion.result.items or completion.result
    local labels = {}
    for _, item in ipairs(items) do
      labels[#labels + 1] = item.label
    end
    completion.labels = labels
    -- what Neovim's completion menu (omnifunc) would list, where Neovim still has this function
    local to_complete_items = vim.lsp.util.text_document_completion_list_to_complete_items
    if to_complete_items then
      local words = {}
      for _, item in ipairs(to_complete_items(completion.result, '')) do
        words[#words + 1] = item.word
      end
      completion.words = words
    end
    completion.result = nil
  end
  step('completion', completion)

  -- (3) hover on a legal basis, rendered as Neovim's hover window renders it
  local hover = request('textDocument/hover', {
    textDocument = { uri = uri_of(customers) },
    position = position_of(customers, 'peruste oikeutettu-etu', #'peruste oik'),
  }, customers)
  if hover.result then
    hover.kind = type(hover.result.contents) == 'table' and hover.result.contents.kind or vim.NIL
    local lines = vim.lsp.util.convert_input_to_markdown_lines(hover.result.contents)
    hover.text = table.concat(lines, '\n')
    hover.result = nil
  end
  step('hover', hover)

  -- (3b) go to definition of a reference to the organisation file, jumping as Neovim jumps
  local definition = request('textDocument/definition', {
    textDocument = { uri = uri_of(customers) },
    position = position_of(customers, 'käytä Kuura.Yhteystiedot', #'käytä Kuura.Yh'),
  }, customers)
  if definition.result then
    local location = definition.result[1] or definition.result
    definition.count = vim.tbl_islist(definition.result) and #definition.result or 1
    vim.lsp.util.jump_to_location(location, client.offset_encoding)
    definition.file = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ':t')
    definition.line = vim.api.nvim_get_current_line()
    definition.result = nil
  end
  step('definition', definition)

  -- (4) rename the data category Yhteystiedot at its declaration, apply the edit to the buffers
  local organisation = open('organisation.seloste')
  step('diagnostics_organisation', diagnostics_of(organisation, vim.api.nvim_buf_get_name(organisation), anything))
  local declaration = position_of(organisation, 'tietoryhmä Yhteystiedot', #'tietoryhmä Yh')
  local renamed_sequence = sequence
  local rename = request('textDocument/rename', {
    textDocument = { uri = uri_of(organisation) },
    position = declaration,
    newName = 'Yhteydet',
  }, organisation)
  if rename.result then
    local files = {}
    local described_edits = {}
    local function record(uri, edits)
      local name = vim.fn.fnamemodify(vim.uri_to_fname(uri), ':t')
      files[#files + 1] = name
      for _, edit in ipairs(edits) do
        described_edits[#described_edits + 1] = string.format('%s:%d:%d-%d:%d %q', name, edit.range.start.line,
          edit.range.start.character, edit.range['end'].line, edit.range['end'].character, edit.newText)
      end
    end
    for uri, edits in pairs(rename.result.changes or {}) do
      record(uri, edits)
    end
    for _, change in ipairs(rename.result.documentChanges or {}) do
      if change.textDocument then
        record(change.textDocument.uri, change.edits)
      end
    end
    table.sort(described_edits)
    rename.edits = described_edits
    table.sort(files)
    rename.files = files
    -- 0.7 takes (edit, offset_encoding) and warns without the encoding; older versions ignore it
    vim.lsp.util.apply_workspace_edit(rename.result, client.offset_encoding)
    rename.result = nil
    local texts = {}
    for _, name in ipairs({ 'organisation.seloste', 'asiakasrekisteri.seloste', 'rekrytointirekisteri.seloste' }) do
      for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
        if vim.api.nvim_buf_get_name(bufnr) == vim.fn.fnamemodify(path_of(name), ':p') then
          texts[name] = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
        end
      end
    end
    rename.texts = texts
  end
  step('rename', rename)

  -- after the rename the server sees the edited buffers (the ones the edit loaded are attached now):
  -- the notice's references resolve again, so its diagnostics come back without errors
  if rename.texts then
    for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(bufnr) and vim.api.nvim_buf_get_name(bufnr):match('%.seloste$')
          and not vim.lsp.buf_is_attached(bufnr, client_id) then
        vim.bo[bufnr].filetype = 'seloste'
        vim.lsp.buf_attach_client(bufnr, client_id)
      end
    end
    step('diagnostics_after_rename', diagnostics_of(customers, customers_path, function(diagnostics)
      return published[customers_path].sequence > renamed_sequence and without_errors(diagnostics)
    end))
  end

  local stopping = vim.loop.hrtime()
  call(client, 'stop')
  local stopped = vim.wait(10000, function()
    return call(client, 'is_stopped')
  end, 20)
  step('shutdown', { stopped = stopped, millis = elapsed_since(stopping) })
end

local ok, err = xpcall(run, debug.traceback)
if ok then
  results.finished = true
  save()
  vim.cmd('qall!')
else
  results.error = tostring(err)
  save()
  io.stderr:write('client.lua: ' .. tostring(err) .. '\n')
  vim.cmd('cquit 3')
end
