// Workspaces of other shapes than the project corpus (`generateWorkspace` in generate.mjs, where
// nearly every document has a table and goal statements repeat), so the benchmark measures what
// real archives look like too:
//
//   goal-heavy    policies, service levels and guidelines with 5–40 goals each and no tables;
//                 the statements vary (targets, procedure steps with an actor and a time limit,
//                 vague aims, hedged promises), so no two goals read alike;
//   prose-heavy   long sections of running Danish text, as in reports and policies, two goals each;
//   small-files   many short guidelines of about 20 lines, one goal each.
//
// Every shape keeps the policy → service level → guideline chain, so the workspace rules run.
// The same shape, count and seed always give the same files, byte for byte.
//
//   node bench/shapes.mjs <shape> <count> [dir] [seed]
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AREAS, OWNERS, POLICY_ID, frontMatter, generateWorkspace, pad, policy, rng, writeWorkspace } from './generate.mjs';

export const SHAPES = ['project', 'goal-heavy', 'prose-heavy', 'small-files'];

const ACTORS = [
  'Rådgiveren',
  'Teamlederen',
  'Afdelingslederen',
  'Sagsbehandleren',
  'Myndighedsteamet',
  'Underretningsenheden',
  'Familiebehandleren',
  'Sundhedsplejersken',
  'Skolelederen',
  'PPR-psykologen',
  'Ungekoordinatoren',
  'Visitationsudvalget',
];
const ACTIONS = [
  'vurderer underretningen',
  'holder en samtale med barnet',
  'sender en kvittering til underretteren',
  'indkalder forældrene til et møde',
  'opdaterer barnets plan',
  'journaliserer afgørelsen',
  'gennemgår sagen med lederen',
  'orienterer skolen om beslutningen',
  'afholder et netværksmøde',
  'udarbejder en statusudtalelse',
  'indhenter oplysninger fra sundhedsplejen',
  'træffer afgørelse om foranstaltningen',
];
const LIMITS = [
  'inden for 24 timer',
  'inden for 6 hverdage',
  'senest 14 dage efter henvendelsen',
  'samme dag',
  'inden for 4 måneder',
  'hver 3. måned',
  'inden for 10 arbejdsdage',
  'senest dagen efter',
];
const MEASURES = ['Andelen af', 'Antallet af', 'Fraværet blandt', 'Ventetiden for', 'Tilfredsheden blandt'];
const GROUPS = [
  'anbragte børn',
  'unge i efterværn',
  'børn med handicap',
  'familier i forebyggende forløb',
  'elever i specialklasser',
  'børn i netværkspleje',
  'unge med bekymrende fravær',
  'forældre i sagsforløb',
  'børn i dagpleje',
  'unge i SSP-forløb',
];
const AIMS = ['trivsel', 'læring', 'tryghed', 'sammenhæng', 'inddragelse', 'fællesskab', 'sundhed', 'tidlig indsats', 'samarbejde med forældrene', 'overgangen til voksenlivet'];
const VAGUE_VERBS = ['styrke', 'understøtte', 'fremme', 'udvikle', 'sætte fokus på', 'arbejde for'];
const HEDGES = ['så vidt muligt', 'som udgangspunkt', 'efter behov', 'i videst muligt omfang'];

/** One goal with a statement that varies in shape and words, and fields most of the time. */
function goal(r, { level, id, implementsRef, years }) {
  const year = r.int(years[0], years[1]);
  const group = r.pick(GROUPS);
  const kind = r.next();
  let statement;
  if (kind < 0.35) {
    const from = r.int(10, 70);
    statement = `${r.pick(MEASURES)} ${group} ${r.chance(0.5) ? 'stiger' : 'falder'} fra ${from} % i 2024 til ${Math.min(98, from + r.int(3, 25))} % senest 31. december ${year}.`;
  } else if (kind < 0.65) {
    statement = `${r.pick(ACTORS)} ${r.pick(ACTIONS)} ${r.pick(LIMITS)}${r.chance(0.3) ? `, når sagen vedrører ${group}` : ''}.`;
  } else if (kind < 0.85) {
    statement = `Vi vil ${r.pick(VAGUE_VERBS)} ${r.pick(AIMS)} for ${group}${r.chance(0.4) ? ` og ${r.pick(AIMS)}` : ''}.`;
  } else {
    statement = `${r.pick(ACTORS)} ${r.pick(ACTIONS)} ${r.pick(HEDGES)}, og ${group} inddrages ${r.pick(LIMITS)}.`;
  }
  const lines = [`${'#'.repeat(level)} ${id} ${r.pick(AIMS).replace(/^./, (c) => c.toUpperCase())} for ${group}`, '', statement, ''];
  if (r.chance(0.8)) lines.push(`- Ansvarlig: ${r.pick(OWNERS)}`);
  if (r.chance(0.75)) lines.push(`- Frist: ${year}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`);
  if (kind < 0.35 && r.chance(0.7)) lines.push(`- Indikator: ${statement.split(' stiger')[0].split(' falder')[0]} (fagsystemet)`);
  if (implementsRef) lines.push(`- Udmønter: ${implementsRef}`);
  lines.push('');
  return lines.join('\n');
}

const OPENERS = [
  'I praksis betyder det, at',
  'Erfaringerne fra de seneste år viser, at',
  'Det er afgørende, at',
  'Kommunalbestyrelsen har besluttet, at',
  'Undersøgelser peger på, at',
  'For familierne betyder det, at',
  'Samtidig gælder det, at',
  'Det forudsætter, at',
];
const SUBJECTS = [
  'barnets perspektiv',
  'forældrenes ressourcer',
  'netværket omkring familien',
  'skolens lærere',
  'dagtilbuddets pædagoger',
  'sundhedsplejen',
  'familieafdelingens rådgivere',
  'det tværfaglige team',
  'de frivillige foreninger',
  'ungdomsskolen',
  'lederne på området',
  'de unge selv',
];
const VERBS = [
  'inddrages tidligt i',
  'bidrager aktivt til',
  'har en central rolle i',
  'tager ansvar for',
  'følger op på',
  'dokumenterer',
  'drøfter løbende',
  'prioriterer',
  'deler viden om',
  'evaluerer',
];
const OBJECTS = [
  'den samlede indsats',
  'overgangen mellem dagtilbud og skole',
  'arbejdet med underretninger',
  'forebyggelsen af skolefravær',
  'samarbejdet med forældrene',
  'de børnefaglige undersøgelser',
  'opfølgningen på handleplanerne',
  'indsatsen for anbragte børn',
  'den tidlige opsporing',
  'brugen af netværksmøder',
  'arbejdet med ungdomskriminalitet',
  'den faglige kvalitet i sagsbehandlingen',
];
const TAILS = [
  '',
  '',
  ' i hele kommunen',
  ' på tværs af forvaltningerne',
  ' i tæt dialog med familien',
  ', jf. Barnets Lov § 20',
  ' i overensstemmelse med serviceniveauet',
  ' i de kommende år',
  ` med udgangspunkt i målingen fra ${2019 + 3}`,
  ' og resultaterne drøftes i udvalget',
];

/** A paragraph of 3–6 sentences of running text; the combinations make repeated sentences rare. */
function paragraph(r) {
  const sentences = [];
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const opener = r.chance(0.5) ? `${r.pick(OPENERS)} ` : '';
    const subject = r.pick(SUBJECTS);
    const text = `${opener}${opener ? subject : subject.replace(/^./, (c) => c.toUpperCase())} ${r.pick(VERBS)} ${r.pick(OBJECTS)}${r.pick(TAILS)}.`;
    sentences.push(text);
  }
  return sentences.join(' ');
}

function proseSection(r, title, paragraphs) {
  const out = [`## ${title}`, ''];
  for (let i = 0; i < paragraphs; i++) out.push(paragraph(r), '');
  return out.join('\n') + '\n';
}

const SECTION_TITLES = ['Baggrund', 'Formål', 'Målgruppe', 'Børne- og familiesyn', 'Organisering', 'Samarbejde', 'Indsatser', 'Dokumentation', 'Opfølgning', 'Evaluering', 'Økonomi', 'Kompetencer'];

function meta(r, id, type, title, parent, n) {
  const month = pad(r.int(1, 12));
  return frontMatter([
    ['id', id],
    ['type', type],
    ['titel', title],
    ['ansvarlig', r.pick(OWNERS)],
    ['overordnet', parent],
    ['vedtaget', `2025-${month}-${pad(r.int(1, 28))}`],
    ['revision', n % 25 === 4 ? `2025-${month}-01` : `2027-${month}-01`],
    ['status', 'vedtaget'],
  ]);
}

/**
 * Builds the documents below one policy. `body(r, n, type, title, id, parent, parentGoals, prefix, parentPrefix)`
 * returns a document's `text` and its number of `goals`; `prefix` starts its goal IDs, `parentPrefix` its parent's.
 */
function chained(r, count, { policyGoals, levelShare, body }) {
  const files = [['politik/boernepolitik.md', policy(r, policyGoals)]];
  const levels = [];
  const slCount = Math.max(2, Math.round(count * levelShare));
  for (let n = 1; n <= slCount && files.length < count; n++) {
    const [area, slug] = AREAS[n % AREAS.length];
    const id = `sn-${slug}-${n}`;
    const { text, goals } = body(r, n, 'serviceniveau', `Serviceniveau for ${area}`, id, POLICY_ID, policyGoals, 'SN', 'M');
    levels.push({ id, goals });
    files.push([`serviceniveauer/${id}.md`, text]);
  }
  for (let n = 1; files.length < count; n++) {
    const parent = levels[(n - 1) % levels.length];
    const id = `rl-${parent.id.slice(3)}-${n}`;
    const { text } = body(r, n, 'retningslinje', `Retningslinje ${n}`, id, parent.id, parent.goals, 'R', 'SN');
    files.push([`retningslinjer/${String(Math.floor((n - 1) / 100)).padStart(3, '0')}/${id}.md`, text]);
  }
  return files;
}

function goalHeavy(count, seed) {
  const r = rng(seed + count);
  return chained(r, count, {
    policyGoals: 40,
    levelShare: 0.08,
    body: (r, n, type, title, id, parent, parentGoals, prefix, parentPrefix) => {
      const goals = r.int(5, 40);
      const parts = [meta(r, id, type, title, parent, n), `# ${title}\n`, proseSection(r, 'Formål', 1), '## Mål\n'];
      for (let i = 1; i <= goals; i++)
        parts.push(goal(r, { level: 3, id: `${prefix}${i}`, implementsRef: r.chance(0.85) ? `${parentPrefix}${r.int(1, parentGoals)}` : undefined, years: [2027, 2028] }));
      return { text: parts.join('\n'), goals };
    },
  });
}

function proseHeavy(count, seed) {
  const r = rng(seed + count);
  return chained(r, count, {
    policyGoals: 20,
    levelShare: 0.1,
    body: (r, n, type, title, id, parent, parentGoals, prefix, parentPrefix) => {
      const parts = [meta(r, id, type, title, parent, n), `# ${title}\n`];
      const sections = r.int(6, 10);
      for (let s = 0; s < sections; s++) parts.push(proseSection(r, SECTION_TITLES[(s + n) % SECTION_TITLES.length], r.int(4, 8)));
      parts.push('## Mål\n');
      for (let i = 1; i <= 2; i++) parts.push(goal(r, { level: 3, id: `${prefix}${i}`, implementsRef: `${parentPrefix}${r.int(1, parentGoals)}`, years: [2027, 2028] }));
      parts.push(proseSection(r, 'Opfølgning', r.int(1, 3)));
      return { text: parts.join('\n'), goals: 2 };
    },
  });
}

function smallFiles(count, seed) {
  const r = rng(seed + count);
  return chained(r, count, {
    policyGoals: 20,
    levelShare: 0.02,
    body: (r, n, type, title, id, parent, parentGoals, prefix, parentPrefix) => {
      const goals = type === 'serviceniveau' ? 6 : 1;
      const parts = [meta(r, id, type, title, parent, n), `# ${title}\n`, '## Formål\n', `${paragraph(r)}\n`, '## Mål\n'];
      for (let i = 1; i <= goals; i++) parts.push(goal(r, { level: 3, id: `${prefix}${i}`, implementsRef: `${parentPrefix}${r.int(1, parentGoals)}`, years: [2027, 2028] }));
      return { text: parts.join('\n'), goals };
    },
  });
}

/** [relativePath, text] pairs for a workspace of the given shape and size. */
export function generateCorpus(shape, count, seed = 20261123) {
  switch (shape) {
    case 'project':
      return generateWorkspace(count, seed);
    case 'goal-heavy':
      return goalHeavy(count, seed);
    case 'prose-heavy':
      return proseHeavy(count, seed);
    case 'small-files':
      return smallFiles(count, seed);
    default:
      throw new Error(`unknown corpus shape "${shape}" (one of ${SHAPES.join(', ')})`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [shape = 'goal-heavy', countArg = '1000', dirArg, seedArg] = process.argv.slice(2);
  const count = Number(countArg);
  const dir = dirArg ?? join(tmpdir(), 'govlint-bench', `${shape}-${count}`);
  const files = generateCorpus(shape, count, seedArg === undefined ? undefined : Number(seedArg));
  writeWorkspace(dir, files);
  const bytes = files.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
  console.log(`${files.length} documents, ${(bytes / 1e6).toFixed(1)} MB in ${dir}`);
}
