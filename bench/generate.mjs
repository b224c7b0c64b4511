// Deterministic generator of realistic governance workspaces for the benchmark.
//
// One policy (20–40 goals), service levels that carry out its goals, and guidelines that carry
// out the service levels' goals, in Danish Markdown with front matter (SPEC §1–§2), including the
// usual mistakes: vague goals, missing owners and deadlines, a broken parent, an overdue review,
// an unknown goal reference, an outdated legal reference.
//
//   node bench/generate.mjs <count> [dir] [seed]      (dir defaults to <tmpdir>/govlint-bench/<count>)
//
// The same count and seed always give the same files, byte for byte.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: a small seeded PRNG, good enough for varied text. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

export const AREAS = [
  ['anbragte børn', 'anbringelse'],
  ['børn med handicap', 'handicap'],
  ['unge i overgangen til voksenlivet', 'efterværn'],
  ['familier med underretninger', 'underretninger'],
  ['børn i dagtilbud', 'dagtilbud'],
  ['skolefravær', 'fravaer'],
  ['forebyggende indsatser', 'forebyggelse'],
  ['plejefamilier', 'plejefamilier'],
  ['ungdomskriminalitet', 'ungdomskriminalitet'],
  ['børn i udsatte boligområder', 'boligomraader'],
  ['sundhedspleje', 'sundhedspleje'],
  ['PPR og specialundervisning', 'ppr'],
];

const OWNERS_POLICY = ['Børne- og Ungeudvalget', 'Familie- og Socialudvalget'];
export const OWNERS = [
  'Børne- og Ungedirektøren',
  'Familieafdelingen',
  'Myndighedsafsnittet',
  'Afdelingsleder for Familierådgivningen',
  'Leder af PPR',
  'Dagtilbudschefen',
  'Skolechefen',
  'Sundhedsplejen',
  'Teamleder, Børnehandicap',
  'Ungeenheden',
  'Teamleder, Underretningsenheden',
  'SSP-koordinatoren',
];

const INDICATORS = [
  'Andel anbragte børn med 9.-klasseprøve (Danmarks Statistik)',
  'Andel børnefaglige undersøgelser afsluttet inden for 4 måneder (fagsystemet)',
  'Antal underretninger vurderet inden for 24 timer (fagsystemet)',
  'Trivselsmåling i 4.–9. klasse (Undervisningsministeriet)',
  'Andel unge i uddannelse eller job 12 måneder efter efterværn',
  'Fraværsprocent i folkeskolen (skolernes fraværsregistrering)',
  'Antal børn i netværkspleje (Danmarks Statistik)',
  'Andel handleplaner opdateret inden for 6 måneder',
];

const SUBJECTS = [
  'Andelen af anbragte børn, der aflægger 9.-klasseprøve,',
  'Andelen af børnefaglige undersøgelser, der afsluttes inden for fristen,',
  'Andelen af underretninger, der vurderes inden for 24 timer,',
  'Andelen af unge, der er i uddannelse eller job efter efterværn,',
  'Andelen af børn med bekymrende skolefravær',
  'Antallet af børn anbragt i netværkspleje',
  'Andelen af handleplaner, der er opdateret rettidigt,',
  'Andelen af forældre, der oplever at blive inddraget,',
];

const VAGUE = [
  'Vi vil styrke trivslen blandt børn og unge i kommunen.',
  'Der skal være fokus på et godt samarbejde med forældrene.',
  'Vi arbejder for at understøtte de unges overgang til voksenlivet.',
  'Vi vil sikre en god kvalitet i sagsbehandlingen.',
  'Vi vil øge kvaliteten i indsatsen for de mest udsatte familier.',
  'Indsatsen skal så vidt muligt styrkes i samarbejde med skolerne.',
];

const TITLES = [
  'Flere gennemfører folkeskolen',
  'Rettidige børnefaglige undersøgelser',
  'Hurtig vurdering af underretninger',
  'Flere unge i uddannelse',
  'Mindre skolefravær',
  'Flere børn i netværkspleje',
  'Opdaterede handleplaner',
  'Inddragelse af forældre',
  'Tidlig opsporing',
  'Sammenhængende overgange',
  'Trivsel i dagtilbud',
  'Stabile anbringelser',
];

const PROSE = [
  'Kommunen arbejder ud fra et helhedssyn, hvor barnets perspektiv, familiens ressourcer og netværket inddrages fra første henvendelse.',
  'Sagsbehandlingen følger Barnets Lov, og rådgiveren sikrer, at barnet bliver hørt, inden der træffes afgørelse.',
  'Indsatsen tilrettelægges, så den mindst indgribende foranstaltning vælges først, og virkningen følges op løbende.',
  'Tværfagligt samarbejde mellem skole, dagtilbud, sundhedspleje og familieafdeling er en forudsætning for tidlig opsporing.',
  'Lederen fører ledelsestilsyn med et udsnit af sagerne hvert kvartal og dokumenterer tilsynet i fagsystemet.',
  'Forældre og børn orienteres skriftligt om afgørelsen, klagemuligheder og den videre plan.',
  'Oplysninger om barnets skolegang, sundhed og trivsel indhentes med samtykke, medmindre loven giver adgang uden.',
  'Hvis der er tvivl om, hvorvidt der skal iværksættes en undersøgelse, drøftes sagen på teammødet samme uge.',
];

const LEGAL = ['jf. Barnets Lov § 20, stk. 3', 'jf. Barnets Lov § 136', 'jf. Barnets Lov § 95, stk. 2', 'jf. serviceloven § 50', 'jf. SEL § 52'];

export const pad = (n) => String(n).padStart(2, '0');
function date(r, fromYear, toYear) {
  return `${r.int(fromYear, toYear)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
}

export function goalBlock(r, { level, id, mistakes, implementsRef, lineNoiseParas = 0, years = [2026, 2029] }) {
  const lines = [];
  const vague = mistakes && r.chance(0.15);
  const title = r.pick(TITLES);
  lines.push(`${'#'.repeat(level)} ${id} ${title}`);
  if (vague) {
    lines.push(r.pick(VAGUE));
  } else {
    const from = r.int(20, 70);
    const to = Math.min(98, from + r.int(5, 25));
    const year = r.int(years[0], years[1]);
    lines.push(`${r.pick(SUBJECTS)} stiger fra ${from} % i 2024 til ${to} % senest 31. december ${year}.`);
  }
  for (let p = 0; p < lineNoiseParas; p++) lines.push('', r.pick(PROSE));
  lines.push('');
  if (!(mistakes && r.chance(0.06))) lines.push(`- Ansvarlig: ${r.pick(OWNERS)}`);
  if (!(mistakes && r.chance(0.1))) lines.push(`- Frist: ${date(r, years[0], years[1])}`);
  if (!vague) lines.push(`- Indikator: ${r.pick(INDICATORS)}`);
  if (!vague && r.chance(0.7)) lines.push(`- Udgangspunkt: ${r.int(20, 70)} % (2024)`);
  if (implementsRef) lines.push(`- Udmønter: ${implementsRef}`);
  if (r.chance(0.4)) lines.push(`- Opfølgning: ${r.pick(['halvårligt', 'kvartalsvis', 'årligt'])} til ${r.pick(OWNERS_POLICY)}`);
  lines.push('');
  return lines.join('\n');
}

export function frontMatter(fields) {
  const lines = ['---'];
  for (const [key, value] of fields) if (value !== undefined) lines.push(`${key}: ${value}`);
  lines.push('---', '');
  return lines.join('\n');
}

function section(r, title, paragraphs) {
  const out = [`## ${title}`, ''];
  for (let i = 0; i < paragraphs; i++) out.push(r.pick(PROSE), '');
  return out.join('\n') + '\n';
}

export const POLICY_ID = 'boernepolitik-2025';

export function policy(r, goalCount) {
  const goals = [];
  for (let i = 1; i <= goalCount; i++) goals.push(goalBlock(r, { level: 3, id: `M${i}`, mistakes: true, years: [2029, 2030] }));
  const text =
    frontMatter([
      ['id', POLICY_ID],
      ['type', 'politik'],
      ['titel', 'Sammenhængende børne- og ungepolitik 2025–2028'],
      ['ansvarlig', 'Børne- og Ungeudvalget'],
      ['vedtaget', '2025-03-12'],
      ['vedtaget-af', 'Kommunalbestyrelsen'],
      ['revision', '2028-03-01'],
      ['status', 'vedtaget'],
      ['sprog', 'da'],
    ]) +
    '# Sammenhængende børne- og ungepolitik 2025–2028\n\n' +
    section(r, 'Børne- og familiesyn', 3) +
    section(r, 'Målgrupper', 2) +
    '## Mål\n\n' +
    goals.join('\n') +
    '\n' +
    section(r, 'Opfølgning', 2);
  return text;
}

// Overdue reviews and broken parents at fixed places (5 % and 1 %), so even a small workspace has them.
function serviceLevel(r, n, policyGoals) {
  const [area, slug] = AREAS[n % AREAS.length];
  const id = `sn-${slug}-${n}`;
  const goalCount = r.int(3, 8);
  const overdue = n % 20 === 3;
  const goals = [];
  for (let i = 1; i <= goalCount; i++) {
    let ref = `M${r.int(1, policyGoals)}`;
    if (r.chance(0.02)) ref = `M${policyGoals + r.int(1, 9)}`; // unknown goal of the parent
    goals.push(goalBlock(r, { level: 3, id: `SN${i}`, mistakes: true, implementsRef: ref, years: r.chance(0.95) ? [2028, 2028] : [2030, 2031] }));
  }
  const month = pad(r.int(4, 8));
  const adopted = overdue ? `2024-${month}-${pad(r.int(1, 28))}` : `2025-${month}-${pad(r.int(1, 28))}`;
  const review = overdue ? `2025-${month}-01` : `2027-${month}-01`;
  const text =
    frontMatter([
      ['id', id],
      ['type', 'serviceniveau'],
      ['titel', `Serviceniveau for ${area}`],
      ['ansvarlig', r.chance(0.02) ? undefined : r.pick(OWNERS)],
      ['overordnet', POLICY_ID],
      ['vedtaget', adopted],
      ['revision', review],
      ['status', 'vedtaget'],
    ]) +
    `# Serviceniveau for ${area}\n\n` +
    section(r, 'Målgruppe', 1) +
    section(r, 'Indsatser', 2) +
    '## Sagsbehandlingsfrister\n\n' +
    `Den børnefaglige undersøgelse afsluttes senest 4 måneder efter, at kommunen er blevet opmærksom på behovet, ${r.pick(LEGAL)}.\n\n` +
    '## Mål\n\n' +
    goals.join('\n') +
    '\n' +
    section(r, 'Opfølgning', 1);
  return { id, goalCount, text };
}

function guideline(r, n, parent, { brokenParent }) {
  const id = `rl-${parent.id.slice(3)}-${n}`;
  const goalCount = r.int(2, 6);
  const overdue = n % 20 === 11;
  const goals = [];
  for (let i = 1; i <= goalCount; i++) {
    const ref = r.chance(0.85) ? `SN${r.int(1, parent.goalCount)}` : undefined;
    goals.push(goalBlock(r, { level: 3, id: `R${i}`, mistakes: true, implementsRef: ref, lineNoiseParas: r.int(0, 2), years: r.chance(0.95) ? [2027, 2027] : [2029, 2030] }));
  }
  const steps = [];
  for (let i = 1, count = r.int(3, 8); i <= count; i++) steps.push(`${i}. ${r.pick(PROSE)}`);
  const month = pad(r.int(9, 12));
  const adopted = overdue ? `2024-${month}-${pad(r.int(1, 28))}` : `2025-${month}-${pad(r.int(1, 28))}`;
  const review = overdue ? `2025-${month}-01` : `2027-${month}-01`;
  const text =
    frontMatter([
      ['id', id],
      ['type', 'retningslinje'],
      ['titel', `Retningslinje ${n} – ${r.pick(TITLES).toLowerCase()}`],
      ['ansvarlig', r.chance(0.02) ? undefined : r.pick(OWNERS)],
      ['overordnet', brokenParent ? `${parent.id}-gammel` : parent.id],
      ['vedtaget', adopted],
      ['revision', review],
      ['status', r.chance(0.9) ? 'vedtaget' : 'udkast'],
    ]) +
    `# Retningslinje ${n}\n\n` +
    section(r, 'Formål', 1) +
    section(r, 'Ansvar', 1) +
    '## Fremgangsmåde\n\n' +
    steps.join('\n') +
    '\n\n' +
    '## Frister\n\n' +
    `| Trin | Frist | Hjemmel |\n|---|---|---|\n| Vurdering af underretning | 24 timer | Barnets Lov § 136 |\n| Børnefaglig undersøgelse | 4 måneder | ${r.pick(LEGAL).slice(4)} |\n\n` +
    '## Mål\n\n' +
    goals.join('\n') +
    '\n' +
    section(r, 'Dokumentation', 1);
  return { id, text };
}

/** Returns [relativePath, text] pairs for a workspace of `count` documents. */
export function generateWorkspace(count, seed = 20261123) {
  const r = rng(seed + count);
  const files = [];
  const policyGoals = r.int(20, 40);
  files.push(['politik/boernepolitik.md', policy(r, policyGoals)]);
  const slCount = Math.max(3, Math.round(count * 0.06));
  const levels = [];
  for (let n = 1; n <= slCount && files.length < count; n++) {
    const sl = serviceLevel(r, n, policyGoals);
    levels.push(sl);
    files.push([`serviceniveauer/${sl.id}.md`, sl.text]);
  }
  let n = 1;
  while (files.length < count) {
    const parent = levels[(n - 1) % levels.length];
    const brokenParent = n % 100 === 7;
    const rl = guideline(r, n, parent, { brokenParent });
    // Spread guidelines over folders of at most 100 files, as a real archive would.
    files.push([`retningslinjer/${String(Math.floor((n - 1) / 100)).padStart(3, '0')}/${rl.id}.md`, rl.text]);
    n++;
  }
  return files;
}

/** A single long guideline of about `lines` lines (for editor latency). */
export function longDocument(lines, seed = 1500) {
  const r = rng(seed);
  const parts = [
    frontMatter([
      ['id', 'rl-lang'],
      ['type', 'retningslinje'],
      ['titel', 'Samlet retningslinje for myndighedsområdet'],
      ['ansvarlig', 'Familieafdelingen'],
      ['overordnet', 'sn-anbringelse-1'],
      ['vedtaget', '2025-01-15'],
      ['revision', '2026-12-31'],
    ]),
    '# Samlet retningslinje for myndighedsområdet\n',
    section(r, 'Formål', 2),
    section(r, 'Ansvar', 2),
    section(r, 'Fremgangsmåde', 4),
    section(r, 'Frister', 1),
    '## Mål\n',
  ];
  let text = parts.join('\n');
  let i = 1;
  while (text.split('\n').length < lines - 6) {
    text += '\n' + goalBlock(r, { level: 3, id: `R${i}`, mistakes: true, implementsRef: `SN${r.int(1, 3)}`, lineNoiseParas: 1 });
    i++;
  }
  text += '\n' + section(r, 'Dokumentation', 1);
  return text;
}

/** A policy with exactly `goals` goals (for editor latency). */
export function policyDocument(goals, seed = 40) {
  return policy(rng(seed), goals);
}

export function writeWorkspace(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 1000);
  // Outside the repository: a gitignored folder would be skipped by govlint's discovery.
  const dir = process.argv[3] ?? join(tmpdir(), 'govlint-bench', String(count));
  const seed = Number(process.argv[4] ?? 20261123);
  const files = generateWorkspace(count, seed);
  writeWorkspace(dir, files);
  const bytes = files.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
  console.log(`${files.length} documents, ${(bytes / 1e6).toFixed(1)} MB in ${dir}`);
}
