// The extension's own logic, without the vscode module: settings, activation, tree data,
// status bar, templates. (The extension in a real VS Code: test/editors/vscode.test.ts.)
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../test/support/lint-files.ts';
import type { HierarchyNode, HierarchyProject, HierarchyTree } from '../engine/workspace/hierarchy-tree.ts';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGovDocument } from '../engine/parse/document.ts';
import { DEFAULT_LEVELS } from '../engine/config/levels.ts';
import { anyGovernanceFile, decideStart, isGovernanceFile, isGovernanceText, levelsFor } from './activation.ts';
import { childrenOf, countDiagnostics, iconFor, parentOf, projectTreeItem, statusText, statusTooltip, topLevel, toTreeItem } from './hierarchy-view.ts';
import { DEFAULT_CLIENT_SETTINGS, reactionToChange, readSettings, uiLang } from './settings.ts';
import { renderTemplate, slugify, templateFileName, TEMPLATE_KINDS } from './templates.ts';
import pkg from '../package.json' with { type: 'json' };

describe('settings', () => {
  it('reads every contributed setting, with defaults for missing or malformed values', () => {
    const values: Record<string, unknown> = { enable: false, lang: 'da', run: 'onSave', workspaceDiagnostics: false, 'trace.server': 'verbose' };
    expect(readSettings((key) => values[key])).toEqual({ enable: false, lang: 'da', run: 'onSave', workspaceDiagnostics: false, trace: 'verbose' });
    expect(readSettings(() => undefined)).toEqual(DEFAULT_CLIENT_SETTINGS);
    const bad: Record<string, unknown> = { enable: 'yes', lang: 'de', run: 'always', workspaceDiagnostics: 1, 'trace.server': true };
    expect(readSettings((key) => bad[key])).toEqual(DEFAULT_CLIENT_SETTINGS);
  });

  it('defaults match the contributed defaults in package.json', () => {
    const properties = (pkg as unknown as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } }).contributes.configuration.properties;
    expect(readSettings((key) => properties[`govlint.${key}`]?.default)).toEqual(DEFAULT_CLIENT_SETTINGS);
  });

  it('starts or stops the server only when enable flips', () => {
    const on = DEFAULT_CLIENT_SETTINGS;
    expect(reactionToChange(on, { ...on, enable: false })).toBe('stop');
    expect(reactionToChange({ ...on, enable: false }, on)).toBe('start');
    expect(reactionToChange(on, { ...on, run: 'onSave', lang: 'en' })).toBe('none');
  });

  it('picks the UI language from the setting, else from the display language', () => {
    expect(uiLang('en', 'da')).toBe('en');
    expect(uiLang('auto', 'da')).toBe('da');
    expect(uiLang('auto', 'en-US')).toBe('en');
  });
});

describe('activation', () => {
  it('recognises governance documents by the type in their front matter, in Danish and English', () => {
    expect(isGovernanceText('---\nid: x\ntype: politik\n---\n# X\n')).toBe(true);
    expect(isGovernanceText('\uFEFF---\r\ntype: "service-level"\r\n---\r\n')).toBe(true);
    expect(isGovernanceText('---\ntype: blogpost\n---\n')).toBe(false);
    expect(isGovernanceText('# README\n\ntype: policy\n')).toBe(false);
    expect(isGovernanceText('---\ntitle: x\n---\ntype: policy\n')).toBe(false);
  });

  const root = join(import.meta.dirname, '..');

  it("recognises every sample document as the engine types it, and the README's example document", () => {
    const files = readdirSync(join(root, 'samples'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(17);
    let governance = 0;
    for (const file of files) {
      const bytes = readFileSync(join(root, 'samples', file));
      const text = bytes.toString('utf8');
      const typed = parseGovDocument(file, text, { levels: DEFAULT_LEVELS, maxYamlAliases: 100, maxNestingDepth: 200 }).meta.type;
      const expected = typed !== undefined && DEFAULT_LEVELS.some((level) => level.type === typed);
      expect(isGovernanceText(text), file).toBe(expected);
      expect(isGovernanceFile(bytes), file).toBe(expected);
      if (expected) governance++;
    }
    expect(governance).toBe(files.length - 1); // all but samples/README.md
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = /```markdown\n(---\n[\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(example).toMatch(/^type: politik +# /m); // the trailing comment the old check stumbled on
    expect(isGovernanceText(example)).toBe(true);
  });

  it('reads the front matter as YAML: comments, quotes, flow style, aliases of the type, any case', () => {
    expect(isGovernanceText('---\ntype: politik   # policy · service-level · guideline\n---\n')).toBe(true);
    expect(isGovernanceText("---\ntype: 'Kvalitetsstandard'\n---\n")).toBe(true);
    expect(isGovernanceText('---\n{ id: x, type: retningslinjer }\n---\n')).toBe(true);
    expect(isGovernanceText('---\nid: x\ntype: >-\n  serviceniveau\n---\n')).toBe(true);
    expect(isGovernanceText('---\n"\\x74ype": politik\n---\n')).toBe(true); // an escaped key, as YAML reads it
    expect(isGovernanceText('---\ntitle: Notes\ntags: [a, b]\n---\n')).toBe(false);
    expect(isGovernanceText('---\ntype: politik\ntype: [broken\n---\n')).toBe(false); // YAML the engine refuses
    expect(isGovernanceText('---\ntype: politik\n')).toBe(false); // unclosed: the engine reads no keys
  });

  it('knows a configured chain: custom types and aliases name documents, types outside it do not', () => {
    const levels = [{ type: 'procedure', aliases: ['arbejdsgang'], label: { da: 'procedure', en: 'procedure' } }];
    expect(isGovernanceText('---\ntype: Arbejdsgang # ISO\n---\n', levels)).toBe(true);
    expect(isGovernanceText('---\ntype: procedure\n---\n')).toBe(false);
    expect(isGovernanceText('---\ntype: politik\n---\n', levels)).toBe(false);
    // The configuration the server would use for a folder: the nearest one up to the git root.
    const repo = mkdtempSync(join(tmpdir(), 'govlint-activation-'));
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'docs', 'iso'), { recursive: true });
    writeFileSync(join(repo, '.govlint.yaml'), 'hierarchy:\n  levels:\n    - { type: policy }\n    - { type: procedure, aliases: [arbejdsgang] }\n');
    expect(levelsFor(join(repo, 'docs', 'iso')).map((level) => level.type)).toEqual(['policy', 'procedure']);
    expect(isGovernanceText('---\ntype: arbejdsgang\n---\n', levelsFor(join(repo, 'docs', 'iso')))).toBe(true);
    writeFileSync(join(repo, '.govlint.yaml'), 'lang: en\n');
    expect(levelsFor(join(repo, 'docs'))).toBe(DEFAULT_LEVELS);
  });

  it('looks at every Markdown file, not just the first few hundred, and stops at the first document', async () => {
    const notes = Array.from({ length: 1000 }, (_, i) => `---\ntitle: Note ${i}\n---\n`);
    let read = 0;
    const reader = async (text: string): Promise<Uint8Array> => (read++, new TextEncoder().encode(text));
    expect(await anyGovernanceFile([...notes, '---\ntype: guideline\n---\n', ...notes], reader)).toBe(true);
    expect(read).toBeLessThanOrEqual(1000 + 32);
    expect(await anyGovernanceFile(notes, reader)).toBe(false);
    expect(await anyGovernanceFile(['x'], () => Promise.reject(new Error('EACCES')))).toBe(false);
    expect(isGovernanceFile(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0, 0x0a]))).toBe(false);
  });

  it('starts where govlint has work, never when disabled', () => {
    expect(decideStart({ enable: true }, { hasConfigFile: true, hasGovernanceDocument: false })).toEqual({ start: true, reason: 'config' });
    expect(decideStart({ enable: true }, { hasConfigFile: false, hasGovernanceDocument: true })).toEqual({ start: true, reason: 'document' });
    expect(decideStart({ enable: true }, { hasConfigFile: false, hasGovernanceDocument: false })).toEqual({ start: false, reason: 'no-governance' });
    expect(decideStart({ enable: false }, { hasConfigFile: true, hasGovernanceDocument: true })).toEqual({ start: false, reason: 'disabled' });
  });

  it('package.json activates on Markdown and on a configuration file', () => {
    expect(pkg.activationEvents).toEqual(expect.arrayContaining(['onLanguage:markdown', 'workspaceContains:**/.govlint.yaml', 'workspaceContains:**/.govlint.json']));
  });
});

const node = (over: Partial<HierarchyNode>): HierarchyNode => ({
  path: 'serviceniveauer/a.md',
  uri: 'file:///ws/serviceniveauer/a.md',
  id: 'sn-a',
  type: 'service-level',
  title: 'Serviceniveau A',
  owner: 'Familieafdelingen',
  counts: { error: 1, warning: 2, info: 0 },
  worst: 'error',
  children: [],
  ...over,
});

describe('hierarchy view', () => {
  it('turns a node into a tree item: title, id and type, worst finding as icon, opens the document', () => {
    expect(toTreeItem(node({ children: [node({ path: 'g.md' })] }), 'da')).toEqual({
      id: 'file:///ws/serviceniveauer/a.md',
      label: 'Serviceniveau A',
      description: 'sn-a · serviceniveau',
      tooltip: 'Serviceniveau A\nserviceniveau `sn-a`\nAnsvarlig: Familieafdelingen\n1 fejl, 2 advarsler, 0 info\nserviceniveauer/a.md',
      icon: { id: 'error', color: 'problemsErrorIcon.foreground' },
      collapsible: true,
      uri: 'file:///ws/serviceniveauer/a.md',
      contextValue: 'govlint.document.service-level',
    });
    const orphan = toTreeItem(node({ problem: 'parent-unknown', worst: undefined, counts: { error: 0, warning: 0, info: 0 }, owner: undefined }), 'en');
    expect(orphan).toMatchObject({ description: 'sn-a · service level · unknown parent', icon: { id: 'pass' }, collapsible: false });
    expect(orphan.tooltip).toBe('Serviceniveau A\nservice level `sn-a`\n0 errors, 0 warnings, 0 info\n⚠ unknown parent\nserviceniveauer/a.md');
  });

  it('shows one item per project in a multi-root workspace, the documents below it; a single project shows its documents at the top', () => {
    const child = node({ path: 'retningslinjer/g.md', uri: 'file:///b/retningslinjer/g.md', id: 'g' });
    const a: HierarchyProject = { uri: 'file:///a', name: 'a', roots: [node({})], totals: { error: 1, warning: 2, info: 0, documents: 1 } };
    const b: HierarchyProject = {
      uri: 'file:///b',
      name: 'b',
      lang: 'en',
      roots: [node({ uri: 'file:///b/serviceniveauer/a.md', children: [child] })],
      totals: { error: 0, warning: 1, info: 0, documents: 1 },
    };
    const two: HierarchyTree = { roots: [...a.roots, ...b.roots], totals: { error: 1, warning: 3, info: 0, documents: 2 }, projects: [a, b] };
    expect(topLevel(two)).toEqual([a, b]);
    expect(childrenOf(b)).toBe(b.roots);
    expect(parentOf(two, child)).toBe(b.roots[0]);
    expect(parentOf(two, b.roots[0]!)).toBe(b);
    expect(parentOf(two, b)).toBeUndefined();
    expect(projectTreeItem(b, 'en')).toEqual({
      id: 'file:///b',
      label: 'b',
      description: '2 documents',
      tooltip: 'b\n2 documents\n0 errors, 1 warning, 0 info',
      collapsible: true,
      uri: 'file:///b',
      contextValue: 'govlint.project',
    });
    const one: HierarchyTree = { roots: a.roots, totals: a.totals, projects: [a] };
    expect(topLevel(one)).toBe(a.roots);
    // Documents with the same path in two folders are two items.
    expect(toTreeItem(a.roots[0]!, 'da').id).not.toBe(toTreeItem(b.roots[0]!, 'da').id);
  });

  it('maps each severity to its codicon', () => {
    expect(iconFor('warning')).toEqual({ id: 'warning', color: 'problemsWarningIcon.foreground' });
    expect(iconFor('info')).toEqual({ id: 'info', color: 'problemsInfoIcon.foreground' });
  });

  it('counts only govlint diagnostics for the status bar', () => {
    const counts = countDiagnostics([
      [
        'a',
        [
          { source: 'govlint', severity: 0 },
          { source: 'govlint', severity: 1 },
          { source: 'markdownlint', severity: 0 },
        ],
      ],
      [
        'b',
        [
          { source: 'govlint', severity: 2 },
          { source: 'govlint', severity: 3 },
        ],
      ],
      ['c', [{ source: 'other', severity: 1 }]],
    ]);
    expect(counts).toEqual({ error: 1, warning: 1, info: 2, documents: 2 });
    expect(statusText(counts, 'running')).toBe('$(error) 1 $(warning) 1 $(info) 2');
    expect(statusText({ error: 0, warning: 0, info: 0 }, 'running')).toBe('$(check) govlint');
    expect(statusText(counts, 'stopped')).toBe('$(circle-slash) govlint');
    expect(statusTooltip(counts, counts.documents, 'da')).toBe('govlint: 1 fejl, 1 advarsel, 2 info (2 dokumenter med fund)');
  });
});

describe('templates', () => {
  it('makes ids and file names from titles, Danish letters spelled out', () => {
    expect(slugify('Serviceniveau for forebyggende indsatser — 2026')).toBe('serviceniveau-for-forebyggende-indsatser-2026');
    expect(slugify('Børne- og ungepolitik på Ærø')).toBe('boerne-og-ungepolitik-paa-aeroe');
    expect(templateFileName({ title: '' })).toBe('dokument.md');
  });

  it('renders the Danish policy skeleton', () => {
    expect(renderTemplate({ kind: 'policy', lang: 'da', title: 'Børnepolitik', today: '2026-11-25' })).toBe(
      [
        '---',
        'id: boernepolitik',
        'type: politik',
        'titel: Børnepolitik',
        'ansvarlig: "[Udvalget, der ejer politikken]"',
        'revision: 2030-11-25',
        'status: udkast',
        'sprog: da',
        '---',
        '',
        '# Børnepolitik',
        '',
        '<!-- Skabelon fra govlint. Erstat teksten i [klammer]. -->',
        '',
        '## Børne- og familiesyn',
        '',
        '[Hvilket syn på børn og familier bygger politikken på?]',
        '',
        '## Målgrupper',
        '',
        '[Hvem gælder politikken for?]',
        '',
        '## Mål',
        '',
        '### M1 [Målets overskrift]',
        '',
        'Andelen af [målgruppe], der [opnår noget målbart], stiger fra [udgangspunkt] % til [mål] % senest 2028-11-25.',
        '',
        '- Ansvarlig: [Enhed eller rolle]',
        '- Frist: 2028-11-25',
        '- Indikator: [Hvad måles]',
        '- Udgangspunkt: [Tal og år]',
        '',
        '## Opfølgning',
        '',
        '[Hvornår og hvordan følges der op, og til hvem?]',
        '',
      ].join('\n'),
    );
  });

  for (const lang of ['da', 'en'] as const) {
    it(`renders ${lang} skeletons that the linter accepts structurally (front matter, required sections, parent)`, () => {
      const policy = renderTemplate({ kind: 'policy', lang, title: 'Top', today: '2026-11-25' });
      const files: Record<string, string> = { 'top.md': policy };
      for (const kind of TEMPLATE_KINDS.filter((k) => k !== 'policy')) {
        files[`${kind}.md`] = renderTemplate({ kind, lang, title: kind === 'guideline' ? 'Guide' : 'Level', parent: kind === 'guideline' ? 'level' : 'top', today: '2026-11-25' });
      }
      // The skeleton's owners are placeholders to fill in: missing-owner reports them (as warnings), so it is not among the structural rules.
      const structural = ['frontmatter-invalid', 'frontmatter-missing', 'required-section', 'parent-missing', 'parent-unknown', 'hierarchy-order', 'id-duplicate'];
      expect(lintFiles(files, { only: structural, today: '2026-11-25' })).toEqual([]);
    });
  }
});

describe('package.json contributions', () => {
  const manifest = JSON.stringify(pkg);
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!);

  it('has an English and a Danish text for every %key% in the manifest, and no unused ones', async () => {
    const en = (await import('../package.nls.json', { with: { type: 'json' } })).default as Record<string, string>;
    const da = (await import('../package.nls.da.json', { with: { type: 'json' } })).default as Record<string, string>;
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(en[key], key).toBeTruthy();
      expect(da[key], key).toBeTruthy();
    }
    expect(Object.keys(en).sort()).toEqual([...new Set(keys)].sort());
    expect(Object.keys(da).sort()).toEqual(Object.keys(en).sort());
    // What govlint.run onType promises is what the server does (no debounce: server/diagnostics.ts)
    // and what docs/language-server.md says.
    const serverDoc = readFileSync(join(import.meta.dirname, '..', 'docs', 'language-server.md'), 'utf8');
    const server = readFileSync(join(import.meta.dirname, '..', 'server', 'diagnostics.ts'), 'utf8');
    expect(server).toMatch(/^const DEBOUNCE_MS = 0;$/m);
    expect(serverDoc).toContain('no fixed delay');
    expect(en['config.run.onType']).toContain('no fixed delay');
    expect(da['config.run.onType']).toContain('ingen fast forsinkelse');
    expect(`${en['config.run.onType']} ${da['config.run.onType']}`).not.toMatch(/debounc|kort forsinkelse/i);
  });

  it('registers a handler for every contributed command', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('./extension.ts', import.meta.url), 'utf8');
    const commands = (pkg as unknown as { contributes: { commands: Array<{ command: string }> } }).contributes.commands.map((c) => c.command);
    expect(commands).toEqual(['govlint.fixAll', 'govlint.restartServer', 'govlint.newDocument', 'govlint.showHierarchy', 'govlint.refreshHierarchy']);
    for (const command of commands) expect(source).toContain(`registerCommand('${command}'`);
  });

  it('declares untrusted and virtual workspace support (the web extension), the schema for both config formats, and engines.vscode ^1.100.0', () => {
    const p = pkg as unknown as {
      engines: { vscode: string };
      capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: { supported: boolean } };
      contributes: { jsonValidation: Array<{ fileMatch: string; url: string }>; yamlValidation: Array<{ fileMatch: string[]; url: string }> };
    };
    expect(p.engines.vscode).toBe('^1.100.0');
    expect(p.capabilities.untrustedWorkspaces.supported).toBe(true);
    // vscode.dev and github.dev: the web extension (package.json `browser`) reads the workspace through VS Code's file system API.
    expect(p.capabilities.virtualWorkspaces.supported).toBe(true);
    expect(p.contributes.jsonValidation).toEqual([{ fileMatch: '.govlint.json', url: './schema/govlint.schema.json' }]);
    expect(p.contributes.yamlValidation).toEqual([{ fileMatch: ['.govlint.yaml', '.govlint.yml'], url: './schema/govlint.schema.json' }]);
  });
});
