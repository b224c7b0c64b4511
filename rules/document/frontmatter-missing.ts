import picomatch from 'picomatch';
import { z } from 'zod';
import { ruleOptions, type DocumentRule } from '../../engine/rule.ts';
import { lineRange } from '../../engine/text/positions.ts';
import type { GovDocument } from '../../engine/model/document.ts';
import type { ResolvedConfig } from '../../engine/config/schema.ts';

function hasGoalSection(document: GovDocument): boolean {
  return document.goals.length > 0;
}

interface FrontmatterMissingOptions {
  /** Whether a path is in a governance folder: `governanceFolders` entries are globs, a plain folder name means everything below it. */
  inGovernanceFolder?: (path: string) => boolean;
}

const options = ruleOptions(
  {
    governanceFolders: z.array(z.string().min(1)).optional().describe('Globs of folders whose Markdown files must be governance documents, with front matter.'),
  },
  (values): FrontmatterMissingOptions => {
    const folders = values.governanceFolders ?? [];
    if (folders.length === 0) return {};
    const matcher = picomatch(
      folders.map((glob) => (glob.includes('*') ? glob : `${glob.replace(/\/$/, '')}/**`)),
      { dot: true },
    );
    return { inGovernanceFolder: (path) => matcher(path) };
  },
);

function guessType(document: GovDocument, config: ResolvedConfig): string {
  const path = document.path.toLowerCase();
  for (const level of config.levels) {
    if ([level.type, ...level.aliases].some((name) => path.includes(name.toLowerCase()))) return level.type;
  }
  return config.levels[config.levels.length - 1]?.type ?? 'guideline';
}

export const frontmatterMissing: DocumentRule<FrontmatterMissingOptions> = {
  meta: {
    id: 'frontmatter-missing',
    family: 'document',
    defaultSeverity: 'error',
    description: {
      da: 'En fil, der ligner et styringsdokument (mål-afsnit eller i en styringsmappe), mangler front matter.',
      en: 'A file that looks like a governance document (a goal section, or in a governance folder) has no front matter.',
    },
    fixable: false,
    hasSuggestions: true,
    runsOnBareFiles: true,
    messages: {
      goals: {
        da: 'Filen har mål, men ingen front matter (id, type, ansvarlig, revision): den kan ikke indgå i hierarkiet.',
        en: 'The file has goals but no front matter (id, type, owner, review): it cannot take part in the hierarchy.',
      },
      folder: {
        da: 'Filen ligger i en styringsmappe, men har ingen front matter (id, type, ansvarlig, revision).',
        en: 'The file is in a governance folder but has no front matter (id, type, owner, review).',
      },
    },
    options,
  },
  check(context) {
    const { document, config } = context;
    if (document.frontmatter) return;
    if (document.parseProblems.some((problem) => problem.kind === 'read')) return;
    const byGoals = hasGoalSection(document);
    if (!byGoals && !context.options.inGovernanceFolder?.(document.path)) return;
    const slug = document.path
      .replace(/^.*\//, '')
      .replace(/\.md$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9æøå-]+/g, '-');
    const title = document.meta.title ?? '[titel]';
    const eol = document.eol;
    const skeleton = [
      '---',
      `id: ${slug}`,
      `type: ${guessType(document, config)}`,
      `title: ${title}`,
      context.lang === 'da' ? 'owner: [ansvarlig enhed]' : 'owner: [responsible unit]',
      'parent: [overordnet-id]',
      'review: [YYYY-MM-DD]',
      'status: draft',
      `lang: ${context.lang}`,
      '---',
      '',
    ].join(eol);
    context.report({
      messageId: byGoals ? 'goals' : 'folder',
      range: lineRange(document.text, document.lineStarts, 1),
      suggestions: [
        {
          title: { da: 'Tilføj front matter', en: 'Add front matter' },
          edits: [{ start: 0, end: 0, newText: skeleton }],
          safe: false,
          placeholders: true,
        },
      ],
    });
  },
};
