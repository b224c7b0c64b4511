// Who acts in a goal statement: a unit or role that is the subject of a main clause
// ("Myndighedsteamet vurderer …", "Inden for 24 timer vurderer teamlederen …", "The duty manager
// screens …") or the agent of a passive ("… godkendes af afdelingslederen", "checked by the team
// manager"). Such an actor answers for the goal (SPEC §3 missing-owner). "Kommunen", "vi", "we",
// "the council", a passive with no agent, and a unit in a subordinate clause that only receives
// ("Når teamet modtager …") name no one.
//
// This is a shallow reading, not a parser: role and unit nouns are recognised by their endings
// (Danish compounds: afdelingsleder, døgnvagten) and a word list, clauses by punctuation and
// subordinating words, and the subject by its place in the clause (first, or right after the
// finite verb when an adverbial opens the clause, as Danish word order has it).
import type { Lang } from '../types.ts';
import { EndingSet } from './endings.ts';
import { lexiconData, wordsOf } from './lexicon.ts';

export interface ActorSpan {
  /** The words naming the actor ("afdelingslederen", "the duty manager"). */
  text: string;
  start: number;
  end: number;
  /** How it acts: as the subject of a main clause, or as the agent of a passive. */
  role: 'subject' | 'agent';
  /** A group that acts but names no one who answers for it ("Agencies must share …", "practitioners"). */
  generic?: true;
  /** A pronoun ("They will visit you …"): someone acts, named before the statement, not in it. */
  pronoun?: true;
}

interface Word {
  word: string;
  start: number;
  end: number;
  /** Index of the clause the word belongs to. */
  clause: number;
}

interface CompiledActors {
  endings: EndingSet;
  words: Set<string>;
  /** Danish: an acronym inflected after an apostrophe ("SFO'en") is read as its acronym. */
  acronymInflections: boolean;
  notActors: Set<string>;
  generic: Set<string>;
  determiners: Set<string>;
  modifiers: Set<string>;
  prepositions: Set<string>;
  subordinators: Set<string>;
  openers: Set<string>;
  adverbs: Set<string>;
  modals: Set<string>;
  agents: Set<string>;
  receive: Set<string>;
  responsibility: Set<string>;
  /** English verbs that open an instruction ("Support …", "Ensure …"): the lexicon's vague and procedure verbs. */
  verbs: Set<string>;
  relative: Set<string>;
  self: Set<string>;
  notAgentAfter: string[][];
  compound: Set<string>;
  extra: string[][];
}

const compiledCache = new Map<string, CompiledActors>();

function compile(lang: Lang, owners: readonly string[]): CompiledActors {
  const key = `${lang}\u0000${owners.join('\u0001')}`;
  let found = compiledCache.get(key);
  if (found) return found;
  const lexicon = lexiconData(lang);
  const data = lexicon.actors;
  found = {
    endings: new EndingSet(data.roleEndings, data.inflections),
    words: new Set(data.roleWords),
    notActors: new Set(data.notActors),
    generic: new Set(data.genericActors),
    determiners: new Set(data.determiners),
    modifiers: new Set(data.modifiers),
    prepositions: new Set(data.prepositions),
    subordinators: new Set(data.subordinators),
    openers: new Set(data.adverbialOpeners),
    adverbs: new Set(data.midAdverbs),
    modals: new Set(data.modals),
    agents: new Set(data.agentMarkers),
    receive: new Set(data.receiveVerbs),
    responsibility: new Set(data.responsibility),
    // The first words of the verb phrases in the lexicon, less the few that are no verbs ("the best", "vi vil", "at sikre").
    verbs: new Set(
      [...lexicon.vague, ...lexicon.procedureVerbs, ...lexicon.deliverableVerbs]
        .map((phrase) => phrase.split(' ')[0]!.replace(/^=/, '').toLowerCase())
        .filter((word) => ![data.determiners, data.notActors, data.prepositions, data.subordinators, data.selfMarkers].some((list) => list.includes(word))),
    ),
    relative: new Set(data.relativeMarkers),
    self: new Set(data.selfMarkers),
    notAgentAfter: data.notAgentAfter.map((phrase) => phrase.split(' ')),
    compound: new Set(data.compoundRoles),
    acronymInflections: lang === 'da',
    // The workspace's configured owners, as word sequences ("Familieafdelingen", "Team Vest").
    extra: owners.map((owner) => wordsOf(owner, lang).map((w) => w.word)).filter((words) => words.length > 0),
  };
  if (compiledCache.size > 16) compiledCache.clear();
  compiledCache.set(key, found);
  return found;
}

/** A clause ends at a sentence end, a semicolon, a colon, a comma, a dash or a line break. */
const CLAUSE_BREAK = /[.!?;:,()–—\n]/u;

function clauseWords(text: string, lang: Lang): Word[] {
  const words = wordsOf(text, lang);
  const result: Word[] = [];
  let clause = 0;
  let previousEnd = 0;
  for (const w of words) {
    if (CLAUSE_BREAK.test(text.slice(previousEnd, w.start))) clause++;
    result.push({ ...w, clause });
    previousEnd = w.end;
  }
  return result;
}

/** Danish inflects an acronym after an apostrophe ("SFO'en", "SFO’er", "PPR's"): read it as the plain inflected word. */
const ACRONYM_INFLECTION = /^(\p{L}{2,6})['’](en|et|er|erne|ens|s)$/u;

function isRoleNoun(word: string, c: CompiledActors): boolean {
  if (c.notActors.has(word)) return false;
  if (c.words.has(word)) return true;
  const acronym = ACRONYM_INFLECTION.exec(word);
  if (acronym && c.acronymInflections && (c.words.has(acronym[1]!) || c.endings.matches(acronym[1]!))) return true;
  // An ending must leave room for a compound's first part or be the whole word: "leder" and "afdelingsleder", not "kalender".
  return c.endings.matches(word);
}

/** Where a configured owner's words start at `i` (and how many words it has), else 0. */
function configuredAt(words: readonly Word[], i: number, c: CompiledActors): number {
  for (const owner of c.extra) {
    if (i + owner.length > words.length) continue;
    if (owner.every((word, k) => words[i + k]!.word === word && words[i + k]!.clause === words[i]!.clause)) return owner.length;
  }
  return 0;
}

/** Small counts before a role: "to rådgivere", "two social workers". */
const NUMBER_WORDS: Record<Lang, ReadonlySet<string>> = { da: new Set(['to', 'tre', 'fire', 'fem', 'seks', 'begge']), en: new Set(['two', 'three', 'four', 'five', 'six', 'both']) };

/** The first word of the noun phrase whose head is at `head`: determiners and modifiers before it, in the same clause. */
function phraseStart(words: readonly Word[], head: number, c: CompiledActors, text: string, lang: Lang): number {
  let start = head;
  while (start > 0) {
    const previous = words[start - 1]!;
    if (previous.clause !== words[head]!.clause) break;
    const joinedByHyphen = /^-?\s*$/.test(text.slice(previous.end, words[start]!.start)) && text.slice(previous.end, words[start]!.start).includes('-');
    // "Børne- og Ungeudvalget", "the child's social worker", "den sagsansvarlige rådgiver".
    const properName = lang === 'en' && isCapitalised(text, previous) && isCapitalised(text, words[start]!);
    // "the Children with Disabilities Team", "Children and Young People's Services": a small word inside a name in capitals.
    if (lang === 'en' && NAME_LINKS.has(previous.word) && isCapitalised(text, words[start]!) && start >= 2 && words[start - 2]!.clause === previous.clause && isCapitalised(text, words[start - 2]!)) {
      start -= 2;
      continue;
    }
    // "Børn og Unges vagt": "og" inside a Danish name in capitals, in the genitive.
    if (
      lang === 'da' &&
      previous.word === 'og' &&
      start < head &&
      /.s$/u.test(words[start]!.word) &&
      isCapitalised(text, words[start]!) &&
      start >= 2 &&
      words[start - 2]!.clause === previous.clause &&
      isCapitalised(text, words[start - 2]!)
    ) {
      start -= 2;
      continue;
    }
    // "IFD staff", "MASH duty workers": a unit's acronym before the role.
    // ("the Looked After Children (LAC) nurse": the acronym in its brackets, then the role.)
    const acronym = lang === 'en' && /^\p{Lu}{2,6}$/u.test(text.slice(previous.start, previous.end)) && /^\)?\s+$/.test(text.slice(previous.end, words[start]!.start));
    // "Head of Service" is one name; "the responsibility of the team manager" is not.
    if (previous.word === 'of' && !(start >= 2 && ofInName(text, words[start - 2]!, words[start]!, c))) break;
    // "that another team manager": "another" opens its phrase, no determiner goes before it. Nor does "that" before a determiner
    // after a word that takes a clause ("It is important that the social worker visits you", "ensure that a social worker phones").
    if (words[start]!.word === 'another' || (previous.word === 'that' && c.determiners.has(words[start]!.word) && CONTENT_GOVERNORS.has(words[start - 2]?.word ?? ''))) break;
    if (
      c.determiners.has(previous.word) ||
      c.modifiers.has(previous.word) ||
      // "ledes af 2 familiekonsulenter", "led by two family workers": how many of the role (not "Up until age 18 your social worker").
      ((/^\d{1,2}$/u.test(previous.word) || NUMBER_WORDS[lang].has(previous.word)) && !c.determiners.has(words[start]!.word)) ||
      properName ||
      acronym ||
      joinedByHyphen ||
      /['’]s$/.test(previous.word) ||
      (previous.word === 'og' && start - 2 >= 0 && text.slice(words[start - 2]!.end, previous.start).includes('-')) ||
      // "Skolens sundhedsplejerske", "Familieafdelingens rådgivere": whose role it is.
      (lang === 'da' && /.{3}(?:ens|ets|ernes)$/u.test(previous.word) && !c.notActors.has(previous.word)) ||
      // "Randers kommunes Myndighedscenter", "Børn og Unges vagt": a name in the genitive, and the name's words before it.
      (lang === 'da' && /.s$/u.test(previous.word) && (isCapitalised(text, previous) || previous.word === 'kommunes') && !c.notActors.has(previous.word) && !nameBreak(previous.word, c)) ||
      (lang === 'da' && start < head && /.s$/u.test(words[start]!.word) && isCapitalised(text, previous) && !c.notActors.has(previous.word) && !nameBreak(previous.word, c)) ||
      // "Børne- og Ungdomspsykiatrisk Center", "Regionalt Videnscenter": an adjective in capitals inside a unit's name.
      (lang === 'da' &&
        isCapitalised(text, previous) &&
        isCapitalised(text, words[start]!) &&
        /\p{L}{3,}(?:isk|iske|ale?|t)$/u.test(previous.word) &&
        !c.notActors.has(previous.word) &&
        !nameBreak(previous.word, c)) ||
      // "af en fast personalegruppe", "af de pædagogiske konsulenter": one adjective after a determiner.
      (lang === 'da' &&
        start - 2 >= 0 &&
        words[start - 2]!.clause === previous.clause &&
        c.determiners.has(words[start - 2]!.word) &&
        !c.notActors.has(previous.word) &&
        !c.prepositions.has(previous.word) &&
        !c.modals.has(previous.word) &&
        !STATES.has(previous.word))
    ) {
      start--;
      continue;
    }
    break;
  }
  // English names a role with words of its own before it ("the first line manager", "a SEND key worker"):
  // back to a determiner that opens the clause, over at most three plain words.
  if (lang === 'en') {
    const clause = words[head]!.clause;
    for (let k = start - 1; k >= Math.max(0, start - 5); k--) {
      const word = words[k]!;
      if (word.clause !== clause || c.prepositions.has(word.word) || c.modals.has(word.word) || c.subordinators.has(word.word) || c.receive.has(word.word)) break;
      // "that our services …": "that" opens the clause, the determiner after it the phrase.
      if (c.determiners.has(word.word) && (k === 0 || words[k - 1]!.clause !== clause)) return word.word === 'that' && c.determiners.has(words[k + 1]?.word ?? '') ? k + 1 : k;
      // "… by a social work qualified MASH officer", "… that the supervising social worker will …": a determiner right after "by" or a subordinator.
      if (c.determiners.has(word.word) && (c.agents.has(words[k - 1]?.word ?? '') || c.subordinators.has(words[k - 1]?.word ?? ''))) return k;
    }
    // "Personal advisers should …", "Children and Young People's Services must …": a name in capitals that opens the clause
    // (but not a verb in the imperative: "Support practitioners to …").
    const first = firstOfClause(words, start);
    const opener = words[first]!.word;
    // (", and the social worker records …": a conjunction that opens the clause is not part of the name.)
    if (first < start && !CONJUNCTIONS.has(opener) && !c.verbs.has(opener) && !c.subordinators.has(opener) && !c.prepositions.has(opener) && !c.openers.has(opener) && !c.notActors.has(opener)) {
      let named = true;
      for (let k = first; k < start && named; k++) named = isCapitalised(text, words[k]!) || ['and', 'of', '&'].includes(words[k]!.word);
      if (named) return first;
    }
  }
  // "udføres af pædagogisk uddannede PPR-medarbejdere": adjectives between a passive's "af" and its role ("Antallet af frivillige mentorer" counts them).
  if (lang === 'da') {
    let k = start - 1;
    while (k > 0 && start - k <= 3 && words[k]!.clause === words[head]!.clause && DANISH_ADJECTIVE.test(words[k]!.word) && !c.notActors.has(words[k]!.word) && !c.modals.has(words[k]!.word)) k--;
    if (k < start - 1 && k > 0 && c.agents.has(words[k]!.word) && words[k]!.clause === words[head]!.clause && passiveBefore(words, k)) return k + 1;
    // "Pædagogiske konsulenter udfører …", "Nye plejefamilier deltager …": adjectives that open the sentence before its role.
    if (
      start > 0 &&
      start <= 2 &&
      words.slice(0, start).every((w) => w.clause === words[head]!.clause && DANISH_ADJECTIVE.test(w.word) && !c.notActors.has(w.word) && !c.modals.has(w.word) && !c.determiners.has(w.word)) &&
      isCapitalised(text, words[0]!) &&
      /^\s*$/u.test(text.slice(0, words[0]!.start))
    )
      return 0;
  }
  return start;
}

/**
 * A unit that receives and then acts on it, in one clause: "Sundhedsplejersken får besked om fødslen
 * og tager derefter kontakt med familien", "The team receives the referral and contacts the family".
 */
function actsAfterReceiving(words: readonly Word[], receive: number, lang: Lang, c: CompiledActors): boolean {
  for (let k = receive + 1; k + 1 < words.length && words[k]!.clause === words[receive]!.clause; k++) {
    if (words[k]!.word !== (lang === 'da' ? 'og' : 'and')) continue;
    const at = afterAdverbs(words, k + 1, lang, c);
    const verb = words[at];
    if (verb === undefined || verb.clause !== words[receive]!.clause || c.receive.has(verb.word)) return false;
    const finite = lang === 'da' ? looksFinite(verb.word) || c.modals.has(verb.word) : /^\p{Ll}{3,}[^s']s$/u.test(verb.word) || modalActs(verb.word, words[at + 1]?.word);
    return finite && !passiveAfter(words, k, lang, c);
  }
  return false;
}

/** Danish nouns of a visit or of taking part, whose "af" names who does it (not "vurdering af barnet", whose "af" names what). */
const DOERS_AFTER = /^(?:hjemme)?besøg(?:et)?$|^deltagelse(?:n)?$|^medvirken$/u;

/** English words after which "that" opens a clause of content, not a phrase: "ensure that", "it is important that". */
const CONTENT_GOVERNORS = new Set(['ensure', 'ensures', 'ensuring', 'sure', 'important', 'essential', 'vital', 'crucial', 'expected', 'required', 'agreed', 'confirm', 'confirms']);
/** Verbs of knowing: a role that only knows something takes no step ("that all social workers understand legislation"). */
const KNOWING = new Set(['understand', 'understands', 'know', 'knows', 'recognise', 'recognises', 'recognize', 'recognizes']);

/** A word that opens a clause or a phrase, not part of a name before it: "Hvis", "Ved", "Derfor", "skal". */
function nameBreak(word: string, c: CompiledActors): boolean {
  return c.subordinators.has(word) || c.openers.has(word) || c.prepositions.has(word) || c.modals.has(word) || c.determiners.has(word);
}

/** A Danish passive right before `at`: "udføres", "er udarbejdet" (not a definite noun in -et: "Antallet af …"). */
function passiveBefore(words: readonly Word[], at: number): boolean {
  const verb = words[at - 1]?.word ?? '';
  if (/^\p{L}{3,}es$/u.test(verb)) return true;
  return /^\p{L}{3,}(?:et|t)$/u.test(verb) && ['er', 'bliver', 'blive', 'blevet', 'var', 'blev'].includes(words[at - 2]?.word ?? '');
}

/** Shapes of Danish adjectives and adverbs before a noun: "uddannede", "pædagogisk", "faglige". */
const DANISH_ADJECTIVE = /^\p{L}{3,}(?:ede|isk|iske|ige|lige|ne|te|e)$/u;

/** An acronym the text defines for a role ("an Assessment and Reviewing Officer (ARO)") is a role word in that text. */
/** "Head of Service", "a senior member of staff", "the Out of Hours Service": "of" inside one name. */
function ofInName(text: string, before: Word, after: Word, c: CompiledActors): boolean {
  return isRoleNoun(before.word, c) || before.word === 'member' || before.word === 'members' || (isCapitalised(text, before) && isCapitalised(text, after));
}

function withDefinedAcronyms(c: CompiledActors, text: string): CompiledActors {
  if (!text.includes('(')) return c;
  const defined: string[] = [];
  for (const m of text.matchAll(/([\p{L}-]+)\s*\((\p{Lu}{2,6})s?\)/gu)) {
    if (isRoleNoun(m[1]!.toLowerCase(), c)) defined.push(m[2]!.toLowerCase());
  }
  return defined.length === 0 ? c : { ...c, words: new Set([...c.words, ...defined]) };
}

/** Modals after which an English subject acts ("will", "must"); not "is" or "has", which may only describe it. */
const ACTING_MODALS = new Set(['will', 'must', 'shall', 'should', 'can', 'may', 'would']);
/** An acting modal followed by the verb it governs: "will obtain", not "will be" (a passive or a state) nor "will not". */
function modalActs(modal: string, after: string | undefined): boolean {
  return ACTING_MODALS.has(modal) && after !== undefined && after !== 'be' && after !== 'not';
}
/** An acronym of a unit ("ChAD", "NYAS"), written with two capitals or more. */
function isAcronym(text: string, word: Word): boolean {
  const written = text.slice(word.start, word.end);
  // ("the BSO's will respond": a plural written with an apostrophe.)
  return /^\p{Lu}[\p{L}]{1,6}(?:['’]s)?$/u.test(written) && (written.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/**
 * Danish word order after an opening adverbial puts a unit's acronym right after the finite verb:
 * "Ved udskrivning ajourfører BUC …", "Derfor formidler KL …", "… så hjælper SBU gerne".
 */
function acronymAfterVerb(text: string, words: readonly Word[], lang: Lang, c: CompiledActors): { from: number; to: number } | undefined {
  if (lang !== 'da') return undefined;
  for (let at = 2; at < words.length; at++) {
    const verb = words[at - 1]!;
    if (verb.clause !== words[at]!.clause || !unitAcronym(text, words[at]!, lang, c)) continue;
    if (!(c.modals.has(verb.word) || looksFinite(verb.word)) || COPULAS.has(verb.word) || c.receive.has(verb.word) || c.prepositions.has(verb.word)) continue;
    const first = firstOfClause(words, at - 1);
    if (first === at - 1 || !c.openers.has(words[first]!.word) || c.subordinators.has(words[first]!.word) || passiveAfter(words, at, lang, c)) continue;
    // (Nothing that could be the subject between the opener and the verb: "Ved mødet deltager PPR" is fine, "Når vi kontakter PPR" is not.)
    if (words.slice(first + 1, at - 1).some((w) => c.notActors.has(w.word) || c.modals.has(w.word))) continue;
    return { from: at, to: at };
  }
  return undefined;
}

/** An acronym that can name a unit: not one that names no one ("LA", "SEL") nor a thing of case work ("the PEP"). */
function unitAcronym(text: string, word: Word, lang: Lang, c: CompiledActors): boolean {
  return isAcronym(text, word) && !c.notActors.has(word.word) && findCaseObject(word.word, lang)?.word !== word.word;
}

/**
 * A unit's acronym that opens a clause, or follows "the" inside it, before an acting modal or the
 * verb of a duty ("The ChAD will obtain …", "Through this contact the ARO will …", "The DT is
 * responsible for …", "NYAS are commissioned to …", "PPL udarbejder nye procedurer"); not the
 * local authority ("the LA") nor a plan ("the PEP will").
 */
function acronymBeforeModal(text: string, words: readonly Word[], lang: Lang, c: CompiledActors): { from: number; to: number } | undefined {
  const opensAt = (k: number): boolean => k === 0 || words[k - 1]!.clause !== words[k]!.clause;
  for (let at = 0; at < words.length; at++) {
    // (After a conjunction that opens the clause: ", og PPL udarbejder …", "and NYAS will …".)
    const opens = opensAt(at) || (at >= 1 && ['og', 'men', 'and', 'but'].includes(words[at - 1]!.word) && opensAt(at - 1));
    const the = !opens && words[at - 1]!.word === 'the';
    if (!opens && !the) continue;
    // ("… to the IRO", "by the SCA": after a preposition the acronym is no subject.)
    if (the && at >= 2 && words[at - 2]!.clause === words[at]!.clause && (c.prepositions.has(words[at - 2]!.word) || c.agents.has(words[at - 2]!.word))) continue;
    if (!unitAcronym(text, words[at]!, lang, c)) continue;
    // "The LADO and the DSM should consider …": two units that act together.
    let end = at;
    const second = words[at + 2]?.word === 'the' ? at + 3 : at + 2;
    if (['and', 'og'].includes(words[at + 1]?.word ?? '') && words[second] && words[second].clause === words[at]!.clause && isAcronym(text, words[second]) && !c.notActors.has(words[second].word))
      end = second;
    const verbAt = afterAdverbs(words, end + 1, lang, c);
    const verb = words[verbAt];
    if (!verb || verb.clause !== words[at]!.clause) continue;
    const after = words[verbAt + 1]?.word;
    if (lang === 'en') {
      const dutyAt = afterAdverbs(words, verbAt + 1, lang, c);
      const dutyWord = words[dutyAt]?.word ?? '';
      const duty = (verb.word === 'is' || verb.word === 'are') && (dutyWord === 'responsible' || ((DUTY_PARTICIPLES.has(dutyWord) || dutyWord === 'commissioned') && words[dutyAt + 1]?.word === 'to'));
      // ("the ARO": the article belongs to the name.)
      const from = the ? at - 1 : at;
      // ("The EHH has four main functions: …": what the unit is there to do.)
      const tasks = (verb.word === 'has' || verb.word === 'have') && words.slice(verbAt + 1, verbAt + 5).some((w) => w.clause === verb.clause && isTaskNoun(w.word));
      if (duty || tasks) return { from, to: end };
      if (!modalActs(verb.word, after)) continue;
      return { from, to: end };
    }
    // Danish: a modal or a finite verb, active, that is not receiving ("PPR modtager …").
    if (!(c.modals.has(verb.word) || (looksFinite(verb.word) && !COPULAS.has(verb.word))) || c.receive.has(verb.word) || passiveAfter(words, end, lang, c)) continue;
    return { from: at, to: end };
  }
  return undefined;
}

/** A unit's acronym as the agent of a passive: "to be clearly recorded by the SCA", "godkendes af VISO". */
function acronymAsAgent(text: string, words: readonly Word[], lang: Lang, c: CompiledActors): { from: number; to: number } | undefined {
  for (let at = 1; at < words.length; at++) {
    const the = lang === 'en' && words[at - 1]!.word === 'the';
    const marker = words[at - (the ? 2 : 1)];
    if (!marker || marker.clause !== words[at]!.clause || !c.agents.has(marker.word) || notAgent(words, at - (the ? 2 : 1), c)) continue;
    if (!unitAcronym(text, words[at]!, lang, c)) continue;
    // ("by the SEND Panel": the acronym opens a longer name, which the role nouns read.)
    const next = words[at + 1];
    if (next && next.clause === words[at]!.clause && /^\s+$/u.test(text.slice(words[at]!.end, next.start)) && (isCapitalised(text, next) || isRoleNoun(next.word, c))) continue;
    const verb = words[at - (the ? 3 : 2)];
    if (!verb || verb.clause !== marker.clause || !isPassiveForm(verb.word, lang)) continue;
    return { from: the ? at - 1 : at, to: at };
  }
  return undefined;
}

/** The word is written with a capital letter where it stands in `text` ("SEND", "Panel"). */
function isCapitalised(text: string, word: Word): boolean {
  const first = text[word.start] ?? '';
  return first !== first.toLowerCase();
}

/** The last word of a coordinated role ("og en teamleder", "and a manager") starting at the conjunction `at`, else `at - 1`. */
function coordinatedEnd(words: readonly Word[], at: number, c: CompiledActors): number {
  for (let k = at + 1; k < Math.min(words.length, at + 5); k++) {
    if (words[k]!.clause !== words[at]!.clause) break;
    if (isRoleNoun(words[k]!.word, c)) return k;
    if (!c.determiners.has(words[k]!.word) && !c.modifiers.has(words[k]!.word)) break;
  }
  return at - 1;
}

/** "take place", "finder sted": the subject is an event, not someone who acts. */
function eventVerb(words: readonly Word[], at: number): boolean {
  const first = words[at]?.word;
  let k = at;
  if (first && ['should', 'will', 'must', 'shall', 'skal', 'vil', 'bør'].includes(first)) k++;
  const verb = words[k]?.word;
  const next = words[k + 1]?.word;
  return (verb === 'take' || verb === 'takes' || verb === 'finder' || verb === 'finde') && (next === 'place' || next === 'sted');
}

/**
 * A main clause about who answers for something, with the role before the word that says so
 * ("Forældrene har ansvaret for …", "Teamlederen er forpligtet til …") or named right after it
 * ("It is the responsibility of the team manager to …").
 */
function responsibleIn(words: readonly Word[], start: number, head: number, c: CompiledActors): boolean {
  const clause = words[head]!.clause;
  for (let i = head + 1; i < Math.min(words.length, head + 6) && words[i]!.clause === clause; i++) if (c.responsibility.has(words[i]!.word)) return true;
  // ("The primary role of the Hub is to provide …": the role's task, named before it.)
  if (start < 2 || words[start - 1]!.word !== 'of') return false;
  return c.responsibility.has(words[start - 2]!.word) || (isTaskNoun(words[start - 2]!.word) && COPULAS.has(words[head + 1]?.clause === clause ? words[head + 1]!.word : ''));
}

/** A word that can be the finite verb after a subject. */
function isVerb(word: string, lang: Lang, c: CompiledActors): boolean {
  if (c.modals.has(word)) return true;
  if (lang === 'da') return looksFinite(word) || /es$/.test(word);
  return !c.prepositions.has(word) && !c.determiners.has(word) && !['and', 'or', 'but', 'nor', 'of'].includes(word) && !/ly$/.test(word);
}

/** "ligeledes", "also", "actively": an adverb that may stand between a subject and its verb, or after a modal. */
function isMidAdverb(word: string, lang: Lang, c: CompiledActors): boolean {
  return c.adverbs.has(word) || (lang === 'en' && /.{3}ly$/u.test(word) && !c.notActors.has(word) && !NOT_ADVERBS.has(word));
}

/** English words in -ly that are no adverbs. */
const NOT_ADVERBS = new Set(['family', 'supply', 'assembly', 'apply', 'reply', 'rely', 'comply', 'multiply', 'anomaly', 'monopoly']);

/** The first word at or after `from`, in the clause of `from`, that is not such an adverb. */
function afterAdverbs(words: readonly Word[], from: number, lang: Lang, c: CompiledActors): number {
  let k = from;
  while (k + 1 < words.length && words[k + 1]!.clause === words[from]!.clause && isMidAdverb(words[k]!.word, lang, c)) k++;
  return k;
}

/** "på tværs af", "across": the words before the agent marker at `marker` make it no passive. */
function notAgent(words: readonly Word[], marker: number, c: CompiledActors): boolean {
  return c.notAgentAfter.some((phrase) => phrase.every((word, k) => words[marker - phrase.length + k]?.word === word));
}

/** The clause's first word is a subordinator ("når", "hvis", "when", "that"): the clause is not a main clause. */
function isSubordinate(words: readonly Word[], index: number, c: CompiledActors): boolean {
  const first = firstOfClause(words, index);
  // ("…, så kontakter klasseteamet hjemmet": "så" before a finite verb is "then", and the clause is the main clause.)
  if (words[first]!.word === 'så' && first > 0 && first + 1 < index && (c.modals.has(words[first + 1]!.word) || looksFinite(words[first + 1]!.word))) return false;
  return c.subordinators.has(words[first]!.word) && first < index;
}

/** What a unit works through, after its name and a hyphen: "SSP-samarbejdet", "PPR-organisationen", "SSP-netværket". */
const UNIT_BODIES = /^(?:samarbejde|samarbejdet|organisation|organisationen|netværk|netværket|partnerskab|partnerskabet)$/u;

/** English object pronouns: after a word in -ing, they make it a verb ("setting them up"). */
const OBJECT_PRONOUNS = new Set(['them', 'you', 'him', 'her', 'it', 'us', 'me']);

/** Danish subordinators of condition and time, whose clause may end with no comma before the main clause. */
const CONDITION_OPENERS = new Set(['når', 'hvis', 'såfremt', 'dersom', 'mens', 'idet', 'hvor']);

/**
 * "Når dit barn er 8-10 dage kommer sundhedsplejersken på besøg": a Danish subordinate clause that
 * ends with no comma, then the main clause's finite verb right before the role. The subordinate
 * clause has a subject and a finite verb of its own before that verb, so the role after it is the
 * main clause's subject.
 */
function mainAfterUnmarkedSubordinate(words: readonly Word[], start: number, head: number, c: CompiledActors): boolean {
  const first = firstOfClause(words, start);
  const verb = words[start - 1];
  if (!CONDITION_OPENERS.has(words[first]!.word)) return false;
  // ("… at kontakte sundhedsplejersken", "… og støtte forældre": an infinitive, or a verb joined to the one before, is no main clause's verb.)
  if (verb === undefined || start - 1 <= first + 2 || ['at', 'og', 'eller'].includes(words[start - 2]!.word) || !(c.modals.has(verb.word) || looksFinite(verb.word))) return false;
  if (passiveAfter(words, start - 1, 'da', c) || passiveAfter(words, head, 'da', c) || c.receive.has(verb.word)) return false;
  // The subordinate clause's own finite verb, after its subject.
  for (let k = first + 2; k < start - 1; k++) {
    const word = words[k]!.word;
    if (c.modals.has(word) || COPULAS.has(word) || (looksFinite(word) && !isRoleNoun(word, c))) return true;
  }
  return false;
}

/** The clause of `index` opens its sentence with a finite verb: a condition ("Er der brug for …, indkalder …"). */
function opensWithVerb(text: string, words: readonly Word[], index: number, c: CompiledActors): boolean {
  const first = firstOfClause(words, index);
  const opener = words[first]!;
  if (!/(?:^|[.!?:\n])\s*$/u.test(text.slice(0, opener.start))) return false;
  if (c.modals.has(opener.word) || ['er', 'har', 'bliver', 'får'].includes(opener.word)) return true;
  // "Agter den påvirkede forælder at køre, …", "Vurderer personalet, at …": any finite verb, when who does it follows.
  return v1Condition(words, first, c);
}

/** A Danish clause that opens with a finite verb and its subject after it: a condition ("Vurderer personalet, at …" = if the staff judge). */
function v1Condition(words: readonly Word[], first: number, c: CompiledActors): boolean {
  const next = words[first + 1];
  return (
    looksFinite(words[first]!.word) &&
    !isRoleNoun(words[first]!.word, c) &&
    !c.prepositions.has(words[first]!.word) &&
    next !== undefined &&
    next.clause === words[first]!.clause &&
    (c.determiners.has(next.word) || c.notActors.has(next.word) || isRoleNoun(next.word, c))
  );
}

function firstOfClause(words: readonly Word[], index: number): number {
  const clause = words[index]!.clause;
  let first = index;
  while (first > 0 && words[first - 1]!.clause === clause) first--;
  return first;
}

/**
 * The unit or role acting in `text`, if any: the agent of a passive ("af …", "by …") first, then
 * the subject of a main clause. `owners` are the workspace's configured owners, recognised by
 * their words whatever their form.
 */
/** A role or unit noun of the profession ("lederen", "AKT-leder", "PPR"), not the family. */
export function isProfessionalRole(word: string, lang: Lang): boolean {
  return !FAMILY.has(word) && isRoleNoun(word, compile(lang, []));
}

export function findActor(text: string, lang: Lang, owners: readonly string[] = []): ActorSpan | undefined {
  const c = withDefinedAcronyms(compile(lang, owners), text);
  // An acronym in brackets after its name ("Officer (ARO) will …") is part of the name, not a break in the clause;
  // a short aside in brackets ("I § 7-sager (familieretlig udredning) skal Familieretshuset …") is read as if it were not there.
  const words = clauseWords(
    text
      // "The Integrated Front Door (IFD, formerly MASH) aims …", "Access (C-SPA) will assess": the acronym, the rest of the aside left out.
      .replace(/\((\p{Lu}[\p{Lu}-]{1,7}s?)((?:,[^()\n]{0,60})?)\)/gu, (aside, acronym: string) => ` ${acronym}${' '.repeat(aside.length - acronym.length - 1)}`)
      .replace(/\((?=[\p{Ll}§\d])[^()\n]{1,80}\)/gu, (aside) => ' '.repeat(aside.length))
      // "Children's Social Care Services (Medway) should …": a place in brackets after a name.
      .replace(/(?<=\p{L}\s?)\(\p{Lu}\p{Ll}+\)/gu, (aside) => ' '.repeat(aside.length))
      // "Som hovedregel tager Familieafdelingen kontakt …", "Som led i vurderingen skal socialtilsynet …": an adverbial like "typisk",
      // not "som" opening a relative clause.
      .replace(/(?<![\p{L}])som\s+(?:hovedregel|regel|udgangspunkt|oftest|led\s+i|forberedelse\s+til|opfølgning\s+på)(?![\p{L}])/giu, (adverbial) => `typisk${' '.repeat(adverbial.length - 6)}`),
    lang,
  );
  const span = (from: number, to: number, role: ActorSpan['role']): ActorSpan => {
    const start = words[from]!.start;
    // "Officer (ARO": take the closing bracket too.
    const end = words[to]!.end + (text[words[to]!.end] === ')' && text.lastIndexOf('(', words[to]!.end) >= start ? 1 : 0);
    // A group only when nothing else in the phrase names a role: "Lead Practitioners" and "Case Coordinators/Practitioners" name one.
    // Nor when a name in capitals goes on after it: "a Multi-Agency Safeguarding Hub Officer".
    const after = words[to + 1];
    const nameGoesOn = after !== undefined && after.clause === words[to]!.clause && /^\s+$/u.test(text.slice(words[to]!.end, after.start)) && isCapitalised(text, after);
    const generic = c.generic.has(words[to]!.word) && !nameGoesOn && !words.slice(from, to).some((w) => isRoleNoun(w.word, c) && !c.generic.has(w.word));
    return { text: text.slice(start, end), start, end, role, ...(generic ? { generic: true as const } : {}) };
  };

  // Heads of role noun phrases: the last role word of a run ("the team manager": "manager").
  const heads: Array<{ head: number; from: number }> = [];
  for (let i = 0; i < words.length; i++) {
    const configured = configuredAt(words, i, c);
    if (configured > 0) {
      heads.push({ head: i + configured - 1, from: i });
      i += configured - 1;
      continue;
    }
    const pair = i + 1 < words.length ? `${words[i]!.word} ${words[i + 1]!.word}` : '';
    if (c.compound.has(pair)) {
      heads.push({ head: i + 1, from: i });
      i++;
      continue;
    }
    if (!isRoleNoun(words[i]!.word, c) || verbBeforeRole(text, words, i, lang, c)) continue;
    // "setting them up for a successful future": a word in -ing before an object pronoun is a verb, not the role noun it spells.
    if (lang === 'en' && words[i]!.word.endsWith('ing') && OBJECT_PRONOUNS.has(words[i + 1]?.word ?? '')) continue;
    // English compounds are separate words: take the last role word of the run as the head.
    let head = i;
    // ("SSP-skolegrupperne/distriktsgrupperne mødes …": two units joined by a slash are one subject.)
    // (Not after a preposition: "lederen af dagtilbud/skole" is one leader.)
    const slash = i === 0 || words[i - 1]!.clause !== words[i]!.clause || !c.prepositions.has(words[i - 1]!.word) ? /^(?:\s+|-|\/)$/ : /^(?:\s+|-)$/;
    for (;;) {
      while (
        head + 1 < words.length &&
        words[head + 1]!.clause === words[i]!.clause &&
        isRoleNoun(words[head + 1]!.word, c) &&
        !roleVerbAfter(words, head, lang, c) &&
        slash.test(text.slice(words[head]!.end, words[head + 1]!.start)) &&
        // (Danish writes a compound as one word: after a definite noun, a role word across a space is the object, "kontakter klasseteamet hjemmet".)
        !(lang === 'da' && looksDefinite(words[head]!.word) && looksDefinite(words[head + 1]!.word) && /^\s+$/u.test(text.slice(words[head]!.end, words[head + 1]!.start)))
      )
        head++;
      // "The designated safeguarding lead": a modifier between two role words of one English name.
      const modifier = words[head + 1];
      const role = words[head + 2];
      if (
        lang === 'en' &&
        modifier &&
        role &&
        role.clause === words[i]!.clause &&
        modifier.clause === role.clause &&
        c.modifiers.has(modifier.word) &&
        isRoleNoun(role.word, c) &&
        !roleVerbAfter(words, head + 2, lang, c)
      ) {
        head += 2;
        continue;
      }
      break;
    }
    // "SSP-samarbejdet", "SSP-organisationen": a unit's collaboration or organisation, joined to it by a hyphen, is that unit at work.
    if (lang === 'da' && head + 1 < words.length && text.slice(words[head]!.end, words[head + 1]!.start) === '-' && UNIT_BODIES.test(words[head + 1]!.word)) head++;
    // A unit's name in capitals after its head noun: "Borgercenter Børn og Unge vurderer …", "Familiecenter Aabenraa Kommune skal …";
    // a person's name after a role: "AKT-leder Hans Jensen, som tager kontakt …".
    if (lang === 'da') {
      const sameClauseAt = (k: number): boolean => k < words.length && words[k]!.clause === words[i]!.clause;
      const unitName = isCapitalised(text, words[head]!);
      const namePart = (w: Word): boolean => isCapitalised(text, w) && (!c.notActors.has(w.word) || (unitName && w.word === 'kommune'));
      while (sameClauseAt(head + 1) && namePart(words[head + 1]!) && /^\s+$/u.test(text.slice(words[head]!.end, words[head + 1]!.start))) head++;
      // "Udvalget for Børn beslutter …", "Center for Familie og Rådgivning tager kontakt …": a name after "for", in capitals.
      const named = unitName && sameClauseAt(head + 2) && words[head + 1]!.word === 'for' && isCapitalised(text, words[head + 2]!) && !c.notActors.has(words[head + 2]!.word);
      if (named) head += 2;
      while ((unitName || named) && sameClauseAt(head + 2) && words[head + 1]!.word === 'og' && isCapitalised(text, words[head + 2]!)) head += 2;
    }
    // "the MASH contact", "MASH Enquiries": a role before a thing of case work names the thing, not who acts
    // (but "Social workers visit the family", "Managers audit each plan": the word is a verb before its object).
    if (
      lang === 'en' &&
      words[head + 1]?.clause === words[head]!.clause &&
      /^\s+$/.test(text.slice(words[head]!.end, words[head + 1]!.start)) &&
      findCaseObject(words[head + 1]!.word, lang)?.word === words[head + 1]!.word &&
      !c.modals.has(words[head + 1]!.word) &&
      !(words[head + 2]?.clause === words[head]!.clause && (c.determiners.has(words[head + 2]!.word) || OBJECT_PRONOUNS.has(words[head + 2]!.word))) &&
      // ("Health visitors contact families": a plural role and a bare word after it agree as subject and verb.)
      !(/[^s']s$/u.test(words[head]!.word) && !/s$/u.test(words[head + 1]!.word) && words[head + 2]?.clause === words[head]!.clause)
    ) {
      i = head;
      continue;
    }
    // "Teamets", "the team's": a possessive is not the head.
    if (apostropheAfterS(text, words[head]!)) {
      i = head;
      continue;
    }
    heads.push({ head, from: i });
    i = head;
  }

  // "The ChAD will obtain …", "NYAS will undertake …", "PPL udarbejder …": a unit's acronym before its modal or verb acts.
  const named = acronymBeforeModal(text, words, lang, c) ?? acronymAfterVerb(text, words, lang, c);
  if (named) return span(named.from, named.to, 'subject');
  const agent = acronymAsAgent(text, words, lang, c);
  if (agent) return span(agent.from, agent.to, 'agent');

  // "Sundhedsplejen: 10-12 årlige møder": a statement that opens with a unit's name and a colon is that unit's.
  for (const { head, from } of heads) {
    if (!/(?:^|\n)\s*$/.test(text.slice(0, words[from]!.start)) || !words[head + 1] || !/^\s*[:–—]/.test(text.slice(words[head]!.end, words[head + 1]!.start))) continue;
    return span(from, head, 'subject');
  }

  // "Familieplejekonsulentens primære opgave er at …", "the Chair's responsibility": a role whose task or duty the statement names answers for it.
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.word;
    const base = word.replace(/['’]s$|s['’]$/u, '');
    const genitive = base !== word ? base : lang === 'da' && word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : undefined;
    if (genitive === undefined || !isRoleNoun(genitive, c)) continue;
    for (let k = i + 1; k < Math.min(words.length, i + 4) && words[k]!.clause === words[i]!.clause; k++) {
      if (isTaskNoun(words[k]!.word)) return span(phraseStart(words, i, c, text, lang), i, 'subject');
    }
  }

  // "SSP-konsulenterne er aktive …, og deres arbejdsopgaver er at …": the task of the role that opens the sentence.
  const opening = heads.find(({ from }) => /(?:^|[.!?:\n])\s*$/u.test(text.slice(0, words[phraseStart(words, from, c, text, lang)]!.start)));
  if (opening) {
    for (let i = opening.head + 1; i + 1 < words.length; i++) {
      if (POSSESSIVES.has(words[i]!.word) && (isTaskNoun(words[i + 1]!.word) || (words[i + 2] !== undefined && isTaskNoun(words[i + 2]!.word))))
        return span(phraseStart(words, opening.from, c, text, lang), opening.head, 'subject');
    }
  }

  for (const { head, from } of heads) {
    const start = phraseStart(words, from, c, text, lang);
    const before = words[start - 1];
    // A cleft sentence: "Det er rådgiveren fra Myndighedscentret, der visiterer barnet", "It is the duty manager who decides".
    // ("Det er som udgangspunkt klasseteamets pædagoger, der …": an adverb before the focus.)
    const focusAt = before && isMidAdverb(before.word, lang, c) && before.clause === words[head]!.clause ? start - 1 : start;
    const be = words[focusAt - 1];
    const cleft = words[focusAt - 2];
    if (be && cleft && be.clause === words[head]!.clause && ((cleft.word === 'det' && be.word === 'er') || (cleft.word === 'it' && (be.word === 'is' || be.word === 'was')))) {
      // ("Det er socialrådgiverne fra Børn og Unge i Varde Kommune, der vurderer …": the focus may name where the role sits.)
      // ("… der er ansvarlige for …", "… who is responsible for …": the focus answers for the step.)
      for (let k = head + 1; k < Math.min(words.length, head + 12) && !/[.!?;:]/u.test(text.slice(words[k - 1]!.end, words[k]!.start)); k++) {
        const verb = words[k + 1];
        if (!CLEFT_MARKERS.has(words[k]!.word) || !verb) continue;
        if (isVerb(verb.word, lang, c) || (COPULAS.has(verb.word) && c.responsibility.has(words[k + 2]?.word ?? ''))) return span(start, head, 'subject');
      }
    }
    // "The social worker, when conducting a Section 47 Enquiry, must assess …", "the duty worker, in consultation with their manager, should …":
    // a clause or phrase set off by commas between the subject and its modal.
    if (
      lang === 'en' &&
      words[head + 1] &&
      words[head + 1]!.clause !== words[head]!.clause &&
      (c.subordinators.has(words[head + 1]!.word) || c.prepositions.has(words[head + 1]!.word) || ASIDE_OPENERS.has(words[head + 1]!.word)) &&
      (start === 0 || words[start - 1]!.clause !== words[head]!.clause)
    ) {
      for (let k = head + 2; k < Math.min(words.length, head + 16); k++) {
        // ("The social worker, with help from you, your family and other agencies, will gather …": a list inside the aside.)
        if (/,/.test(text.slice(words[k - 1]!.end, words[k]!.start))) {
          if (c.modals.has(words[k]!.word) && !COPULAS.has(words[k]!.word) && !passiveAfter(words, k - 1, lang, c)) return span(start, head, 'subject');
          if (c.modals.has(words[k]!.word) || /[.;:!?]/u.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
        }
      }
    }
    // "Det er op til Familieafdelingen at afgøre …", "It is up to the team manager to decide …": the one it is left to acts.
    if (
      start >= 3 &&
      words[start - 3]!.clause === words[head]!.clause &&
      ((words[start - 3]!.word === 'er' && words[start - 2]!.word === 'op' && words[start - 1]!.word === 'til') ||
        (words[start - 3]!.word === 'is' && words[start - 2]!.word === 'up' && words[start - 1]!.word === 'to'))
    )
      return span(start, head, 'subject');
    if (lang === 'en') {
      // "Foster Carers are there to support you", "your CRO is there to make sure …": what the role is for.
      const be = words[head + 1];
      if (be && be.clause === words[head]!.clause && (be.word === 'is' || be.word === 'are') && words[head + 2]?.word === 'there' && words[head + 3]?.word === 'to')
        return span(start, head, 'subject');
      // "A Social Worker will be allocated to complete a Kinship Assessment", "NYAS are commissioned to undertake …":
      // the role put on the step does it (not "the case is allocated to a worker", where the role only receives).
      if (be && be.clause === words[head]!.clause && appointedTo(words, head + 1, lang, c)) return span(start, head, 'subject');
      // "Our SEND Service is committed to: providing …", "The specialist team are dedicated to supporting …": the unit binds itself to the step.
      if (
        be &&
        be.clause === words[head]!.clause &&
        (be.word === 'is' || be.word === 'are') &&
        (words[head + 2]?.word === 'committed' || words[head + 2]?.word === 'dedicated') &&
        words[head + 3]?.word === 'to' &&
        !c.generic.has(words[head]!.word)
      )
        return span(start, head, 'subject');
      // "The investigation requires the allocated Social Worker to talk to …", "we will send a social worker from our team to visit …":
      // the role named as the one who is to do the step.
      // (The phrase found so far may run back over the verb: "The investigation requires the social worker".)
      let controller = -1;
      for (let k = from - 1; k >= Math.max(0, start - 2) && words[k]!.clause === words[head]!.clause; k--) {
        // (In lower case: "the SEND Panel" names a service, it does not send anyone.)
        if (CONTROL_VERBS.has(words[k]!.word) && /^\p{Ll}/u.test(text.slice(words[k]!.start, words[k]!.end))) {
          controller = k;
          break;
        }
      }
      if (controller >= 0) {
        for (let k = head + 1; k < Math.min(words.length - 1, head + 7) && words[k]!.clause === words[head]!.clause; k++) {
          if (words[k]!.word === 'to' && isVerb(words[k + 1]!.word, lang, c) && !c.determiners.has(words[k + 1]!.word)) return span(controller + 1, head, 'subject');
        }
      }
    }
    const sameClause = before !== undefined && before.clause === words[head]!.clause;
    const next = words[head + 1];
    const nextInClause = next !== undefined && next.clause === words[head]!.clause ? next : undefined;
    // "Indsatsen er forankret i SSP", "Opgaven er placeret hos Familieafdelingen": where the work is placed answers for it.
    if (lang === 'da' && sameClause && (before.word === 'i' || before.word === 'hos') && PLACED.has(words[start - 2]?.word ?? '') && words[start - 2]!.clause === before.clause)
      return span(start, head, 'agent');
    // "Henvisning foregår gennem familierådgiveren", "Alle ansøgninger skal gå igennem handicapteamet": the role the work passes through handles it.
    if (lang === 'da' && sameClause && (before.word === 'gennem' || before.word === 'igennem') && ROUTED.has(words[start - 2]?.word ?? '') && words[start - 2]!.clause === before.clause)
      return span(start, head, 'agent');
    // 1. The agent of a passive: "godkendes af afdelingslederen", "checked by the team manager".
    if (sameClause && c.agents.has(before.word)) {
      const verb = words[start - 2];
      // English names an agent after a noun of action too: "The RAG rating by the MASH Team Manager", "approval by the Head of Service".
      // Danish names the one who visits or takes part after its noun: "Første besøg af en sundhedsplejerske", "deltagelse af den skolesocialrådgiver".
      const nominal = verb !== undefined && (lang === 'en' ? /(?:ing|ion|al)$/.test(verb.word) : DOERS_AFTER.test(verb.word));
      // "an initial visit to the child and the carers by the Assessment Team": "by the" and a role further from its verb or noun of action.
      const farAgent =
        (lang === 'en' &&
          c.determiners.has(words[start]!.word) &&
          words.slice(0, start - 1).some((w) => w.clause === before.clause && (isPassiveForm(w.word, lang) || findCaseObject(w.word, lang) !== undefined))) ||
        // "Tilsyn … foretages ved besøg i plejefamilien af en Tilsynskonsulent", "varetages sædvanligvis af Familietilbuddet".
        (lang === 'da' && words.slice(Math.max(0, start - 9), start - 1).some((w) => w.clause === before.clause && /.{3}es$/u.test(w.word) && !c.notActors.has(w.word)));
      if (verb && verb.clause === before.clause && (isPassiveForm(verb.word, lang) || nominal || farAgent) && !notAgent(words, start - 1, c)) return span(start, head, 'agent');
      // "hjemmebesøg af sundhedsplejerske, der inddrager og henviser …": no passive, but the role acts in its relative clause.
      if (!actsInRelative(words, head, lang, c)) continue;
      return span(start, head, 'subject');
    }
    // 2. "du som fagperson", "you as the allocated worker", "dit ansvar som sagsbehandler": the role is who acts.
    if (sameClause && (before.word === 'som' || before.word === 'as') && words[start - 2] && (c.self.has(words[start - 2]!.word) || isTaskNoun(words[start - 2]!.word))) {
      // "I som forældre", "you as parents": the family is who the work is for, not who answers for it.
      if (FAMILY.has(words[head]!.word)) continue;
      return span(start, head, 'subject');
    }
    // "hvilken socialrådgiver, der …", "which worker": a role asked about is no one named.
    if (sameClause && QUESTION_WORDS.has(before.word)) continue;
    // 3. A relative clause: "Modtagelsen, som vurderer underretningen", "a social worker, who visits you".
    // (Not a passive: "forældre, der må antages at have særligt behov" are who the work is for.)
    if (actsInRelative(words, head, lang, c)) return span(start, head, 'subject');
    if (nextInClause && c.receive.has(nextInClause.word) && !actsAfterReceiving(words, head + 1, lang, c)) continue;
    // "Som underretter vil du …", "as a referrer": a role named as what someone is, not as who acts.
    if (sameClause ? before.word === 'som' || before.word === 'as' : false) continue;
    if (!sameClause && (words[start - 1]?.word === 'som' || words[start - 1]?.word === 'as')) continue;
    // A role acting in a subordinate clause acts too ("Hvis teamlederen vurderer, at …", "If the Service
    // Manager decides to …", "Where practitioners make a report …"), unless it only receives.
    const afterSubordinator = sameClause && c.subordinators.has(before.word);
    if (isSubordinate(words, start, c) || afterSubordinator) {
      if ((afterSubordinator || firstOfClause(words, start) === start - 1) && actsInSubordinate(text, words, start, head, lang, c)) return span(start, head, 'subject');
      if (lang === 'da' && mainAfterUnmarkedSubordinate(words, start, head, c)) return span(start, head, 'subject');
      // "If the allegation is not false the LADO will make a referral": English marks no end to a condition without a comma;
      // a role with its determiner, far from the subordinator and before a modal, is the main clause's subject.
      if (
        lang === 'en' &&
        nextInClause !== undefined &&
        c.modals.has(nextInClause.word) &&
        !COPULAS.has(nextInClause.word) &&
        c.determiners.has(words[start]!.word) &&
        start - firstOfClause(words, start) >= 4 &&
        !passiveAfter(words, head, lang, c)
      )
        return span(start, head, 'subject');
      continue;
    }
    // 4. A main clause about who answers for it: "Forældrene har ansvaret for …", "It is the Chair's responsibility to …".
    if (responsibleIn(words, start, head, c)) return span(start, head, 'subject');
    // 5. The subject at the start of a clause, followed by its verb (active: "Teamet orienteres" is told, not telling).
    //    In a subordinate clause too ("Hvis teamlederen vurderer, at …"), unless the unit only receives.
    // (", og rådgiveren vurderer …", ", and the social worker records …": a clause joined by a conjunction starts after it.)
    const joinedClause = sameClause && JOINING.has(before.word) && firstOfClause(words, start) === start - 1 && start > 1;
    if (!sameClause || joinedClause) {
      if (!nextInClause || (isRoleNoun(nextInClause.word, c) && !roleVerbAfter(words, head, lang, c))) continue;
      if (c.prepositions.has(nextInClause.word)) {
        // (", og de relevante faggrupper fra PPR deltager": after a conjunction, a place may end a list of subjects in a subordinate clause.)
        if (joinedClause) continue;
        // "Head of Service will sign off …": an English role named with "of", then its verb.
        // ("The Director of Children's Safeguarding and Family Support will then write …": a name in capitals after "of", however long.)
        if (lang === 'en' && nextInClause.word === 'of' && verbAfter(words, head + 2, c, 4 + nameAfterOf(text, words, head + 2)) && !passiveAfter(words, head + 1, lang, c)) {
          let end = head + 2;
          while (end + 1 < words.length && !c.modals.has(words[end + 1]!.word)) end++;
          return span(start, end, 'subject');
        }
        // "Frontteamet i Familieafdelingen skal vurdere …", "Staff from every agency then gather …": where the role sits, then its verb.
        if (verbAfterPlace(text, words, head, lang, c)) return span(start, head, 'subject');
        continue;
      }
      // "Social workers and a manager assess …": a coordinated subject, then the verb.
      const verbAt = ['and', 'og', 'or', 'eller'].includes(nextInClause.word) ? coordinatedEnd(words, head + 1, c) : head;
      // ("The fostering team actively contributes …": an adverb between the subject and its verb.)
      const verb = words[afterAdverbs(words, verbAt + 1, lang, c)];
      if (verb && verb.clause === words[head]!.clause && isVerb(verb.word, lang, c) && !eventVerb(words, verbAt + 1) && !passiveAfter(words, verbAt, lang, c)) return span(start, verbAt, 'subject');
      // "SSP Koordinatoren er mødeindkalder, afholder møder og skriver referater": what the role is, then what it does.
      if (
        lang === 'da' &&
        verb &&
        verb.clause === words[head]!.clause &&
        COPULAS.has(verb.word) &&
        /^\s+$/u.test(text.slice(words[verbAt]!.end, verb.start)) &&
        actsAfterBeing(text, words, verbAt + 2, c)
      )
        return span(start, verbAt, 'subject');
      continue;
    }
    // 6. English word order puts the subject before its modal, whatever opens the clause
    //    ("In addition the child's social worker should visit …"), but not inside a prepositional phrase.
    // ("In particular the service aims to …": a verb in -s before "to" or its object acts like a modal here.)
    const presentVerb =
      nextInClause !== undefined &&
      /^\p{Ll}{2,}[^s']s$/u.test(text.slice(nextInClause.start, nextInClause.end)) &&
      // (Not a plural noun: "its partner organisations to understand …".)
      !/(?:tion|sion|ment|ness|ity|ship|ance|ence|ers|ors|ants|ents)s?$/u.test(nextInClause.word) &&
      !c.prepositions.has(nextInClause.word) &&
      !STATES.has(nextInClause.word) &&
      (words[head + 2]?.word === 'to' || c.determiners.has(words[head + 2]?.word ?? ''));
    if (
      lang === 'en' &&
      nextInClause &&
      (c.modals.has(nextInClause.word) || presentVerb) &&
      !COPULAS.has(nextInClause.word) &&
      (c.determiners.has(words[start]!.word) || /['’]s$/.test(words[start]!.word)) &&
      !c.prepositions.has(before.word) &&
      !c.agents.has(before.word) &&
      !c.subordinators.has(before.word) &&
      !passiveAfter(words, head, lang, c) &&
      !eventVerb(words, head + 1)
    ) {
      return span(start, head, 'subject');
    }
    // 7. Danish word order: an adverbial opens the clause, the finite verb comes second, then the subject
    //    ("Inden for 24 timer vurderer teamlederen …", "Herefter skal rådgiveren …").
    if (lang === 'da' && (c.modals.has(before.word) || looksFinite(before.word)) && !passiveAfter(words, start - 1, lang, c) && !passiveAfter(words, head, lang, c)) {
      const first = firstOfClause(words, start);
      const opener = words[first]!;
      // "inden vi orienterer forældrene": a subject before the verb makes it no inversion.
      let subjectFirst = false;
      // ("I de fleste tilfælde holder sagsbehandleren …": "de" before an adjective is a determiner, not a subject.)
      // ("I den mellemliggende periode skal skolelederen …": before a modal, "den" before an adjective in -e and its noun.)
      const determines = (k: number): boolean =>
        DETERMINER_PRONOUNS.has(words[k]!.word) &&
        (DETERMINED_WORDS.has(words[k + 1]!.word) || (c.modals.has(before.word) && /.{3}e$/u.test(words[k + 1]!.word) && !c.modals.has(words[k + 1]!.word) && k + 2 < start - 1));
      // (After "og"/"men" the adverbial's first word is no subject either: ", og i perioden skal …".)
      const joinedOpener = words[first + 1]?.word ?? '';
      const adverbialAt = (words[first]!.word === 'og' || words[first]!.word === 'men') && c.openers.has(joinedOpener) && !c.subordinators.has(joinedOpener) ? first + 2 : first + 1;
      for (let k = adverbialAt; k < start - 1; k++) if (c.notActors.has(words[k]!.word) && !determines(k)) subjectFirst = true;
      if (subjectFirst) continue;
      // (", og i den mellemliggende periode skal skolelederen …": a clause joined by "og" or "men" before its adverbial.)
      const joined = (opener.word === 'og' || opener.word === 'men') && first + 1 < start - 1 ? words[first + 1]!.word : undefined;
      // ("Er fraværet langvarigt, så kontakter klasseteamet hjemmet": "så" is an opener, and isSubordinate reads it as "then" here.)
      if (first < start - 1 && (c.openers.has(opener.word) || /^\d/.test(opener.word) || (joined !== undefined && !c.subordinators.has(joined) && c.openers.has(joined))))
        return span(start, head, 'subject');
      // "Vurderer personalet, at …": the role acts in a condition that opens with its verb.
      // (Not the family: "Agter forælderen at køre, skal personalet …" is about the parent; the staff answer for it.)
      if (first === start - 1 && !FAMILY.has(words[head]!.word) && /(?:^|[.!?:\n])\s*$/u.test(text.slice(0, opener.start)) && v1Condition(words, first, c)) return span(start, head, 'subject');
      // An opening adverbial with a list in it: "Ved mistanke om vold, seksuelle overgreb og groft omsorgssvigt skal lægen …".
      // (Not a clause joined by "og": "Senest i 2027 har alle skoler en vejleder, og 95 % af eleverne kender vejlederen".)
      const listed = !['og', 'eller', 'men'].includes(words[first]!.word) && words.slice(first + 1, start - 1).some((w) => w.word === 'og' || w.word === 'eller');
      if (first < start - 1 && first > 0 && listed) {
        const listStart = firstOfClause(words, first - 1);
        if (c.openers.has(words[listStart]!.word) && /(?:^|[.!?:\n])\s*$/u.test(text.slice(0, words[listStart]!.start))) return span(start, head, 'subject');
      }
      // After a subordinate clause the main clause starts with its verb: "Når sagen er oplyst, træffer teamlederen afgørelse".
      // Also after a clause opened by "inden", "før" or an adverbial ("Inden støtteforløbet afsluttes, har sagsbehandleren …",
      // "I forbindelse med opfølgningen, vil din sagsbehandler vurdere …").
      const opensBefore = first > 0 ? words[firstOfClause(words, first - 1)]!.word : '';
      if (
        first === start - 1 &&
        first > 0 &&
        (isSubordinate(words, first - 1, c) || opensWithVerb(text, words, first - 1, c) || ((TIME_SUBORDINATORS.has(opensBefore) || c.openers.has(opensBefore)) && !FAMILY.has(words[head]!.word)))
      )
        return span(start, head, 'subject');
    }
  }
  const owned = roleBeforeItsWork(text, words, c, lang) ?? nameBeforeVerb(text, words, lang, c);
  if (owned) return span(owned.from, owned.to, 'subject');
  const pronoun = workerServingReader(text, words, c, lang);
  // ("They'll": the pronoun without its modal.)
  if (pronoun !== undefined) return { ...span(pronoun, pronoun, 'subject'), end: words[pronoun]!.start + 4, text: text.slice(words[pronoun]!.start, words[pronoun]!.start + 4), pronoun: true };
  const defined = definedPerson(text, words, lang, c) ?? jointWork(words, lang, c);
  if (defined) return span(defined.from, defined.to, 'subject');
  const helper = helpGiver(words, heads, lang, c);
  return helper ? span(helper.from, helper.to, 'agent') : undefined;
}

/** What a worker promises the reader: "you", "your", "yourself". */
const READER = /^(?:you|your|yours|yourself|you['’](?:re|ll|ve|d))$/u;
/** Verbs after which "they" are the ones acted on or described, not the ones who act: "They will be informed …", "They will depend on …". */
const NOT_DOING = new Set(['be', 'been', 'get', 'become', 'depend', 'need', 'have', 'feel', 'know']);

/**
 * "They will visit you at least every 4 weeks", "If you are under 21, they will visit …": a promise to the reader whose
 * main clause opens with "they" and a modal names the worker or service of the sentence before, who acts for the reader
 * (the reader cannot be "they"). English only: Danish "de" opens as many statements about the children themselves.
 */
function workerServingReader(text: string, words: readonly Word[], c: CompiledActors, lang: Lang): number | undefined {
  if (lang !== 'en' || !words.some((w) => READER.test(w.word))) return undefined;
  const sentenceStart = (k: number): boolean => /(?:^|[.!?:\n])\s*$/u.test(text.slice(0, words[k]!.start));
  for (let k = 0; k < words.length; k++) {
    if (!sentenceStart(k)) continue;
    // The main clause: the sentence's start, or the word after an opening condition ("If you are under 21, …").
    let at = k;
    if (c.subordinators.has(words[k]!.word)) {
      at = words.findIndex((w, i) => i > k && w.clause !== words[k]!.clause);
      if (at < 0 || !/^\s*,\s*$/u.test(text.slice(words[at - 1]!.end, words[at]!.start))) continue;
    }
    const pronoun = words[at]!;
    let verb: number;
    if (/^they['’]ll$/u.test(pronoun.word)) verb = at + 1;
    else if (pronoun.word === 'they' && ACTING_MODALS.has(words[at + 1]?.word ?? '')) verb = at + 2;
    else continue;
    while (words[verb] && c.adverbs.has(words[verb]!.word)) verb++;
    const next = words[verb];
    // ("They will: work with you …": a list of what they do after a colon.)
    if (!next || (next.clause !== pronoun.clause && !/^\s*:\s*$/u.test(text.slice(words[verb - 1]!.end, next.start)))) continue;
    if (NOT_DOING.has(next.word) || c.notActors.has(next.word)) continue;
    return at;
  }
  return undefined;
}

/** Words that name a person only by what they do in the step: "the person arranging the review", "those who carry out …". */
const PERSON_WORDS = new Set(['person', 'individual', 'someone', 'those', 'den']);
/** Modals that put the step on the one before them. */
const DUTY_AHEAD: Record<Lang, ReadonlySet<string>> = { da: new Set(['skal', 'vil', 'må']), en: new Set(['will', 'must', 'should', 'shall']) };

/**
 * A person named by their part in the process, acting in the main clause: "The person arranging the review will
 * prepare a report", "Those who are carrying out the assessment must listen …", "someone from the fostering team
 * will visit you", "Den der får mistanke, skal tage direkte kontakt til lederen". Not a person the step is for
 * ("help to those who need it": no modal after the phrase in its own clause).
 */
function definedPerson(text: string, words: readonly Word[], lang: Lang, c: CompiledActors): { from: number; to: number } | undefined {
  for (let at = 0; at < words.length - 3; at++) {
    const word = words[at]!.word;
    if (!PERSON_WORDS.has(word)) continue;
    // The phrase opens its sentence, or follows only an opening adverbial ("Within ten working days the person …").
    let from = at;
    if (lang === 'en' && (word === 'person' || word === 'individual')) {
      from = at - 1;
      if (words[from]?.word === 'first') from--;
      if (from < 0 || !['the', 'a', 'any'].includes(words[from]!.word)) continue;
    }
    const opening = firstOfClause(words, from);
    // (Or a main clause after an opening one: "To complete the report, someone from the team will visit you".)
    const sentenceOpens = /(?:^|[.!?:\n])\s*$/u.test(text.slice(0, words[opening]!.start));
    if (!sentenceOpens && !(from === opening && /,\s*$/u.test(text.slice(0, words[opening]!.start)))) continue;
    if (from > opening && !(lang === 'en' && c.openers.has(words[opening]!.word) && words.slice(opening, from).every((w) => !c.modals.has(w.word) && !c.notActors.has(w.word)))) continue;
    // What marks the person by their part: a participle or "who"/"der" after them, or "from" a unit.
    const next = words[at + 1]!.word;
    const marked =
      lang === 'da'
        ? word === 'den' && (next === 'der' || next === 'som')
        : (word === 'those' && next === 'who') ||
          (word === 'someone' && next === 'from') ||
          (word !== 'those' && word !== 'someone' && (/^\p{Ll}{3,}ing$/u.test(next) || next === 'who' || next === 'to'));
    if (!marked) continue;
    // Then, in the same sentence, the duty: a modal and its verb ("will prepare"), or "has the responsibility".
    for (let k = at + 2; k < Math.min(words.length - 1, at + 14); k++) {
      if (/[.!?;:\n]/u.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
      const duty = DUTY_AHEAD[lang].has(words[k]!.word) && !c.subordinators.has(words[k - 1]!.word);
      const responsible = lang === 'en' && words[k]!.word === 'has' && words[k + 1]?.word === 'the' && c.responsibility.has(words[k + 2]?.word ?? '');
      if (!duty && !responsible) continue;
      if (duty && (words[k + 1]!.word === 'be' || words[k + 1]!.word === 'have' || passiveAfter(words, k - 1, lang, c))) break;
      return { from, to: k - 1 };
    }
  }
  return undefined;
}

/** Work the reader does together with a professional: "meet", "write", "aftale", "en samtale". */
const JOINT_WORK: Record<Lang, RegExp> = {
  da: /^(?:aftal|mødes|drøft|tal|udarbejd|lav|planlæg|beslut)|samtale|møde/u,
  en: /^(?:meet|write|complete|agree|plan|discuss|talk|decid|review)/u,
};
const READER_POSSESSIVES: Record<Lang, ReadonlySet<string>> = { da: new Set(['din', 'dit', 'jeres']), en: new Set(['your', 'a']) };

/**
 * A professional the reader works with on the step: "You will meet with your PA every two months", "Before you
 * leave care you will write your pathway plan with your social worker", "Du og din dagplejer aftaler …", "en
 * samtale sammen med din dagplejer". Not a person the reader only stays or lives with.
 */
function jointWork(words: readonly Word[], lang: Lang, c: CompiledActors): { from: number; to: number } | undefined {
  const reader = lang === 'da' ? new Set(['du', 'i']) : new Set(['you']);
  for (let head = 3; head < words.length; head++) {
    if (!PERSON_ROLE[lang].test(words[head]!.word) || !isRoleNoun(words[head]!.word, c)) continue;
    let owner = head - 1;
    while (owner > 1 && head - owner < 3 && !READER_POSSESSIVES[lang].has(words[owner]!.word) && /^\p{Ll}+$/u.test(words[owner]!.word)) owner--;
    if (!READER_POSSESSIVES[lang].has(words[owner]!.word) || words[owner]!.clause !== words[head]!.clause) continue;
    const link = words[owner - 1]!;
    const clause = words.filter((w) => w.clause === words[head]!.clause && w.start < link.start);
    if (link.clause !== words[head]!.clause || !clause.some((w) => reader.has(w.word))) continue;
    // "Du og din dagplejer aftaler …": the reader and the professional as one subject, then the joint verb.
    const together = (link.word === 'og' || link.word === 'and') && reader.has(words[owner - 2]?.word ?? '') && JOINT_WORK[lang].test(words[head + 1]?.word ?? '');
    const alongside = (lang === 'da' ? link.word === 'med' : link.word === 'with') && clause.some((w) => JOINT_WORK[lang].test(w.word));
    if (together || alongside) return { from: owner, to: head };
  }
  return undefined;
}

/**
 * The person who gives the help the statement offers: "You can receive support from your personal adviser",
 * "vejledning fra en familieplejekonsulent". Only a person with a determiner of their own: not "support from the
 * Leaving Care service" (a unit), "support from another professional" nor "vejledning fra barnets læge".
 */
function helpGiver(words: readonly Word[], heads: ReadonlyArray<{ head: number }>, lang: Lang, c: CompiledActors): { from: number; to: number } | undefined {
  for (const { head } of heads) {
    // (A help noun, "from" and a determiner come first.)
    if (head < 3 || !PERSON_ROLE[lang].test(words[head]!.word)) continue;
    let determiner = head - 1;
    while (
      determiner > 2 &&
      head - determiner < 4 &&
      words[determiner]!.clause === words[head]!.clause &&
      !HELPER_DETERMINERS[lang].has(words[determiner]!.word) &&
      /^\p{Ll}+$/u.test(words[determiner]!.word) &&
      !c.prepositions.has(words[determiner]!.word)
    )
      determiner--;
    const marker = words[determiner - 1];
    const help = words[determiner - 2];
    if (!HELPER_DETERMINERS[lang].has(words[determiner]!.word) || !marker || !help || marker.clause !== words[head]!.clause || help.clause !== marker.clause) continue;
    if ((lang === 'da' ? marker.word !== 'fra' : marker.word !== 'from') || !HELP_NOUNS[lang].has(help.word)) continue;
    return { from: determiner, to: head };
  }
  return undefined;
}

/** Help that a person gives: "support from your PA", "rådgivning fra en sundhedsplejerske". */
const HELP_NOUNS: Record<Lang, ReadonlySet<string>> = {
  da: new Set(['støtte', 'støtten', 'hjælp', 'hjælpen', 'rådgivning', 'vejledning', 'sparring', 'besøg', 'opfølgning']),
  en: new Set(['support', 'help', 'advice', 'guidance', 'visit', 'visits', 'contact']),
};
const HELPER_DETERMINERS: Record<Lang, ReadonlySet<string>> = { da: new Set(['en', 'din', 'dit', 'jeres', 'den']), en: new Set(['your', 'a', 'the', 'their']) };
/** Roles that are people, not units: help "from the Leaving Care service" names no one who gives it. */
const PERSON_ROLE: Record<Lang, RegExp> = {
  da: /(?:rådgiver|konsulent|plejerske|medarbejder|pædagog|psykolog|leder|mentor|kontaktperson|vejleder|behandler|lærer|læge|dagplejer)(?:en|e|ne|erne|er|s)?$/u,
  en: /(?:adviser|advisor|pa|worker|officer|professional|mentor|coach|nurse|visitor|manager|coordinator|practitioner)s?$/u,
};

/** The last word of a name that names a document, a law or a programme, not who acts ("the Early Help Strategy", "Barnets Lov"). */
const DOCUMENT_NAMES = new Set([
  'plan',
  'plans',
  'strategy',
  'policy',
  'protocol',
  'procedure',
  'procedures',
  'framework',
  'offer',
  'pledge',
  'charter',
  'standard',
  'standards',
  'guidance',
  'act',
  'programme',
  'model',
]);
/** Danish compounds of a document, a law or a programme: "Børnepolitikken", "Barnets Lov", "Gentoftemodellen". */
const DANISH_DOCUMENT_ENDING = /(?:lov|loven|reform|reformen|politik|politikken|strategi|strategien|plan|planen|model|modellen|program|programmet|region|regionen|projekt|projektet)$/u;

function isDocumentName(word: string): boolean {
  return DOCUMENT_NAMES.has(word) || DANISH_DOCUMENT_ENDING.test(word);
}

/** Conjunctions, which may end like a Danish finite verb ("eller"). */
const CONJUNCTIONS = new Set(['og', 'eller', 'men', 'samt', 'and', 'or', 'but']);

/** Conjunctions that join a main clause to the one before: ", og …", ", and …". */
const JOINING = new Set(['og', 'men', 'and', 'but']);

/** Words of a place's name, not a unit's: "South Ayrshire", "North Tyneside". */
const PLACE_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'greater', 'upper', 'lower', 'nord', 'syd', 'øst', 'vest']);
/** Words that join the parts of one proper name: "Unge og Familie", "Viden & Strategi", "Head of Service". */
const NAME_JOINS = new Set(['og', 'for', 'i', 'and', 'of', 'the']);

/**
 * A unit's proper name in capitals that opens a clause before its verb: "EHC Plan Writers will
 * complete …", "Unge og Familie vil derefter indkalde …", "\"Børn, Unge og Familier\" tager stilling …".
 * Danish writes nouns in lower case, so a capital inside the sentence marks a name; English needs two
 * words in capitals. Not a document, a law, the municipality or a region ("Barnets Lov", "Aarhus Kommune").
 */
function nameBeforeVerb(text: string, words: readonly Word[], lang: Lang, c: CompiledActors): { from: number; to: number } | undefined {
  for (let at = 0; at < words.length; at++) {
    if (at > 0 && words[at - 1]!.clause === words[at]!.clause) continue;
    const from = lang === 'en' && words[at]!.word === 'the' ? at + 1 : at;
    if (!words[from] || !isCapitalised(text, words[from])) continue;
    // A name in quotation marks may hold commas: "\"Børn, Unge og Familier\" tager …".
    const quote = /["“”«»]/u.test(text[words[from].start - 1] ?? '');
    let end = from;
    let capitals = 1;
    let inside = 0;
    for (let k = from + 1; k < words.length; k++) {
      const gap = text.slice(words[k - 1]!.end, words[k]!.start);
      if (gap.includes('\n') || (quote ? /["“”«»]/u.test(gap) : !/^(?:[^\S\n]+|[^\S\n]*&[^\S\n]*|-)$/u.test(gap))) break;
      if (isCapitalised(text, words[k]!)) {
        end = k;
        capitals++;
        // ("Høje-Taastrup": a hyphenated name is one word.)
        if (gap !== '-') inside++;
      } else if (!NAME_JOINS.has(words[k]!.word) || !words[k + 1] || !isCapitalised(text, words[k + 1]!)) break;
    }
    // Danish: a capital after the sentence's first word; English: two words in capitals.
    const sentenceStart = /(?:^|[.!?:\n"“”«»]\s*)$/u.test(text.slice(0, words[from].start));
    if (lang === 'da' ? inside === 0 && sentenceStart : capitals < 2) continue;
    const name = words.slice(from, end + 1);
    // ("Ved Anke har kommunen …", "Hvis Familieretshuset har …", "Køge Kommunes …", "South Ayrshire will …": no unit's name.)
    const notName = (word: string): boolean => [word, word.replace(/s$/u, '')].some((form) => c.notActors.has(form) || nameBreak(form, c)) || PLACE_WORDS.has(word);
    if (name.some((w) => notName(w.word)) || isDocumentName(words[end]!.word) || findCaseObject(words[end]!.word, lang)?.word === words[end]!.word) continue;
    const verbAt = afterAdverbs(words, end + 1, lang, c);
    const verb = words[verbAt];
    if (!verb || (!quote && verb.clause !== words[end]!.clause)) continue;
    const after = words[verbAt + 1]?.word;
    if (lang === 'en') {
      if (modalActs(verb.word, after)) return { from, to: end };
      continue;
    }
    const finite = c.modals.has(verb.word) || (looksFinite(verb.word) && !COPULAS.has(verb.word) && !CONJUNCTIONS.has(verb.word) && !c.prepositions.has(verb.word) && !c.subordinators.has(verb.word));
    if (finite && !c.receive.has(verb.word) && !passiveAfter(words, verbAt - 1, lang, c)) return { from, to: end };
  }
  return undefined;
}

/** A word in -s with an apostrophe right after it: "the workers'", "the team's" where the tokenizer splits the apostrophe off. */
function apostropheAfterS(text: string, word: Word): boolean {
  return word.word.endsWith('s') && /['’]/u.test(text.slice(word.end, word.end + 1));
}

/** The role a possessive names, if it is one (not the family): "Sundhedsplejerskens" (Danish), "the nurse's", "the workers'". */
function possessedRole(text: string, word: Word, c: CompiledActors, lang: Lang): boolean {
  const bare = lang === 'da' ? word.word.slice(0, -1) : word.word.replace(/['’]s$/u, '');
  const marked = lang === 'da' ? word.word.endsWith('s') && bare.length > 2 : bare !== word.word || apostropheAfterS(text, word);
  return marked && !FAMILY.has(bare) && isRoleNoun(bare, c);
}

/**
 * When no one acts otherwise, a role whose work is named: its action as the subject that opens a clause
 * ("Sundhedsplejerskens indskolingsundersøgelse foregår i 0. klasse", "The social worker's assessment is sent to …"),
 * or its task ("Dernæst er det Familieplejen Københavns opgave at sikre …").
 */
function roleBeforeItsWork(text: string, words: readonly Word[], c: CompiledActors, lang: Lang): { from: number; to: number } | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1]!;
    if (next.clause !== word.clause) continue;
    // "Familieplejen Københavns opgave": a place's name in the genitive after the unit.
    const named = lang === 'da' && i > 0 && words[i - 1]!.clause === word.clause && isCapitalised(text, word) && /s$/u.test(word.word) && isRoleNoun(words[i - 1]!.word, c);
    if (!named && !possessedRole(text, word, c, lang)) continue;
    let from = named ? i - 1 : i;
    while (from > 0 && words[from - 1]!.clause === word.clause && (c.determiners.has(words[from - 1]!.word) || c.modifiers.has(words[from - 1]!.word))) from--;
    // ("er det Familieplejens opgave": "det" is the cleft's, not the unit's.)
    if (from < i && DETERMINER_PRONOUNS.has(words[from]!.word) && COPULAS.has(words[from - 1]?.word ?? '')) from++;
    if (isTaskNoun(next.word)) return { from, to: i };
    const opensClause = from === 0 || words[from - 1]!.clause !== word.clause;
    // (The action is the subject of a verb: not one item of a list, "…, sundhedsplejens tilbud, dit barns behov, …".)
    const verb = words[i + 2];
    if (opensClause && findCaseObject(next.word, lang)?.word === next.word && verb !== undefined && verb.clause === word.clause && isVerb(verb.word, lang, c)) return { from, to: i };
  }
  return undefined;
}

/** Pronouns that are also determiners ("de fleste", "den enkelte"). */
const DETERMINER_PRONOUNS = new Set(['de', 'den', 'det']);
const DETERMINED_WORDS = new Set(['fleste', 'enkelte', 'øvrige', 'andre', 'anden', 'andet', 'nye', 'mange', 'første', 'sidste', 'samme', 'konkrete', 'akutte', 'tilfælde']);
/** Danish words that open a subordinate clause of time: "Inden støtteforløbet afsluttes, …". */
const TIME_SUBORDINATORS = new Set(['inden', 'før', 'indtil', 'efter', 'mens']);

/** Nouns of a task or duty: a role's one of them makes the statement that role's. */
const TASK_NOUNS = new Set([
  'opgave',
  'opgaven',
  'opgaver',
  'opgaverne',
  'ansvar',
  'ansvaret',
  'funktion',
  'funktioner',
  'rolle',
  'rollen',
  'task',
  'tasks',
  'role',
  'responsibility',
  'responsibilities',
  'duty',
  'duties',
  'job',
  'formål',
  'formålet',
  'purpose',
  'mål',
  'målet',
  'ydelse',
  'ydelser',
  'function',
  'functions',
  'aim',
  'aims',
]);
/** A noun of a task or duty, compounds too ("kerneopgaver", "arbejdsopgaver", "hovedansvar"). */
function isTaskNoun(word: string): boolean {
  return TASK_NOUNS.has(word) || /.{3}(?:opgave|opgaven|opgaver|opgaverne|ansvar|ansvaret)$/u.test(word);
}

/** A finite verb coordinated after what a Danish subject is, in the same sentence: "… er mødeindkalder, afholder møder …". */
function actsAfterBeing(text: string, words: readonly Word[], from: number, c: CompiledActors): boolean {
  for (let k = from + 1; k < Math.min(words.length, from + 8); k++) {
    const gap = text.slice(words[k - 1]!.end, words[k]!.start);
    if (/[.!?;:\n]/u.test(gap)) return false;
    const coordinated = gap.includes(',') || words[k - 1]!.word === 'og';
    if (coordinated && looksFinite(words[k]!.word) && !STATES.has(words[k]!.word) && !/es$/u.test(words[k]!.word) && !isRoleNoun(words[k]!.word, c)) return true;
  }
  return false;
}

/** Possessive pronouns that carry the sentence's subject on: "SSP-konsulenterne …, og deres arbejdsopgaver er at …". */
const POSSESSIVES = new Set(['deres', 'dens', 'dets', 'hans', 'hendes', 'their', 'its', 'his', 'her']);

/** Verbs of work passing through someone: "foregår gennem", "går igennem". */
const ROUTED = new Set(['foregår', 'foregå', 'sker', 'ske', 'går', 'gå']);
/** Danish participles of placing work with a unit: "forankret i SSP", "placeret hos Familieafdelingen". */
const PLACED = new Set(['forankret', 'forankres', 'placeret', 'placeres', 'organiseret', 'organiseres']);
/** English verbs whose object is the one to do what follows "to": "requires the social worker to visit", "send a social worker to assess". */
const CONTROL_VERBS = new Set(['requires', 'require', 'required', 'expects', 'expect', 'asks', 'ask', 'send', 'sends', 'appoint', 'appoints', 'allocate', 'allocates', 'instruct', 'instructs']);
/** Words that open an aside after an English subject: "the duty worker, together with the manager, …". */
const ASIDE_OPENERS = new Set(['together', 'alongside', 'following', 'having', 'jointly', 'where', 'if']);

/** The relative word after the focus of a cleft sentence. */
const CLEFT_MARKERS = new Set(['der', 'som', 'who', 'that']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'er', 'var', 'være']);
const FAMILY = new Set(['forældre', 'forældrene', 'hjemmet', 'parents', 'parent', 'carers', 'families', 'family']);
const QUESTION_WORDS = new Set(['hvilken', 'hvilket', 'hvilke', 'which', 'what', 'whichever']);

/** Verbs of being or having: a subject of one of them does nothing. */
const STATES = new Set([...COPULAS, 'has', 'have', 'had', 'har', 'havde']);
/** Pronouns that carry a role from a condition into the main clause ("we" and "vi" are the municipality, not the role). */
const PRONOUNS: Record<Lang, ReadonlySet<string>> = {
  da: new Set(['de', 'han', 'hun', 'vedkommende']),
  en: new Set(['they', 'he', 'she']),
};

/**
 * The role at `start`…`head`, the subject of a subordinate clause, answers for the step when it
 * does something there ("Det er vigtigt, at rådgiveren holder samtalen", "If the Service Manager
 * decides to convene …", "hvor sagsbehandleren tager stilling til …"), not when it only receives.
 */
function actsInSubordinate(text: string, words: readonly Word[], start: number, head: number, lang: Lang, c: CompiledActors): boolean {
  const next = words[head + 1];
  if (!next || next.clause !== words[head]!.clause || !isVerb(next.word, lang, c) || isRoleNoun(next.word, c)) return false;
  if (eventVerb(words, head + 1) || passiveAfter(words, head, lang, c) || KNOWING.has(next.word)) return false;
  // "the services commissioned for children …": a participle and its preposition describe the noun, which is acted on.
  if (lang === 'en' && /.{3}ed$/u.test(next.word) && c.prepositions.has(words[head + 2]?.word ?? '')) return false;
  for (let k = head + 1; k < Math.min(words.length, head + 4) && words[k]!.clause === next.clause; k++) if (c.receive.has(words[k]!.word)) return false;
  if (!STATES.has(next.word)) return true;
  // Only being or having something ("If the worker is unable to …", "hvis teamet har en bekymring"):
  // the role answers for the step only when a pronoun carries it on as the subject of what follows,
  // before its modal ("he/she must record"), or right after the finite verb in Danish inversion.
  const pronouns = PRONOUNS[lang];
  for (let k = head + 2; k < words.length; k++) {
    if (/[.!?]/u.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
    if (!pronouns.has(words[k]!.word)) continue;
    const after = words[k + 1]?.word ?? '';
    const previous = words[k - 1]!.word;
    if (c.modals.has(after) || pronouns.has(after) || (lang === 'da' && (c.modals.has(previous) || looksFinite(previous)))) return true;
  }
  return false;
}

const PLACE_PREPOSITIONS = new Set(['i', 'fra', 'hos', 'på', 'ved', 'af', 'in', 'from', 'at', 'within']);
/** Small words inside an English name in capitals: "the Children with Disabilities Team". */
const NAME_LINKS = new Set(['with', 'for', 'in', 'and', '&']);

/**
 * After the role at `head`: a short phrase of place ending in a unit ("i Familieafdelingen", "from
 * every agency"), perhaps an adverb, then an active verb.
 */
function verbAfterPlace(text: string, words: readonly Word[], head: number, lang: Lang, c: CompiledActors): boolean {
  const clause = words[head]!.clause;
  if (!PLACE_PREPOSITIONS.has(words[head + 1]?.word ?? '')) return false;
  for (let end = head + 2; end < Math.min(words.length, head + 5) && words[end]!.clause === clause; end++) {
    const word = words[end]!;
    // ("Medarbejdere på stedet gennemfører …": a Danish place in the definite form, right after the preposition.)
    const definitePlace = lang === 'da' && end === head + 2 && looksDefinite(word.word) && !c.notActors.has(word.word);
    if (!isRoleNoun(word.word, c) && !isCapitalised(text, word) && !definitePlace) continue;
    // The place's whole name: "within the Integrated Front Door", "i Børn og Unge", "within the Help and Advice Team".
    const namePart = (k: number): boolean =>
      k < words.length && words[k]!.clause === clause && (isCapitalised(text, words[k]!) || isRoleNoun(words[k]!.word, c) || words[k]!.word === 'kommune') && !c.modals.has(words[k]!.word);
    for (;;) {
      if (namePart(end + 1)) end++;
      else if ((words[end + 1]?.word === 'og' || words[end + 1]?.word === 'and') && isCapitalised(text, words[end]!) && namePart(end + 2) && isCapitalised(text, words[end + 2]!)) end += 2;
      else break;
    }
    let verb = end + 1;
    while (verb < words.length && words[verb]!.clause === clause && isMidAdverb(words[verb]!.word, lang, c)) verb++;
    const found = words[verb];
    if (!found || found.clause !== clause || isRoleNoun(found.word, c) || isCapitalised(text, found)) return false;
    // "Sundhedsplejerskerne i Middelfart Kommune er konsulenter i dagtilbud og yder råd": what the role is, then what it does.
    if (lang === 'da' && COPULAS.has(found.word)) return actsAfterBeing(text, words, verb + 1, c);
    if (lang === 'da' ? !(c.modals.has(found.word) || looksFinite(found.word)) : !isVerb(found.word, lang, c)) return false;
    return !c.receive.has(found.word) && !passiveAfter(words, verb - 1, lang, c);
  }
  return false;
}

/** Participles of putting someone on a task: "appointed", "allocated to complete". */
const APPOINTED = new Set(['appointed', 'allocated', 'assigned', 'commissioned', 'nominated', 'designated', 'tasked']);

/** From `at`: "is", "are", "will be" or "has been", a participle of APPOINTED, "to" and a verb. */
function appointedTo(words: readonly Word[], at: number, lang: Lang, c: CompiledActors): boolean {
  let k = at;
  if (['will', 'shall', 'must', 'should'].includes(words[k]?.word ?? '') && words[k + 1]?.word === 'be') k += 2;
  else if (['has', 'have'].includes(words[k]?.word ?? '') && words[k + 1]?.word === 'been') k += 2;
  else if (['is', 'are'].includes(words[k]?.word ?? '')) k += 1;
  else return false;
  const verb = words[k + 2];
  return APPOINTED.has(words[k]?.word ?? '') && words[k + 1]?.word === 'to' && verb !== undefined && verb.clause === words[at]!.clause && isVerb(verb.word, lang, c) && !c.determiners.has(verb.word);
}

/** The role at `head` opens a relative clause in which it acts: "Modtagelsen, som vurderer underretningen", "a social worker, who visits you". */
function actsInRelative(words: readonly Word[], head: number, lang: Lang, c: CompiledActors): boolean {
  const next = words[head + 1];
  if (next === undefined || !c.relative.has(next.word) || head + 2 >= words.length || passiveAfter(words, head + 1, lang, c)) return false;
  // ("the decision maker who formally makes the decision": an adverb before the verb.)
  return [words[head + 2]!, words[afterAdverbs(words, head + 2, lang, c)]!].some((verb) => isVerb(verb.word, lang, c) && !c.receive.has(verb.word));
}

/** How many words of a name in capitals start at `from` ("Children's Safeguarding and Family Support"; "and", "&" inside it). */
function nameAfterOf(text: string, words: readonly Word[], from: number): number {
  let end = from;
  while (end < words.length && words[end]!.clause === words[from]!.clause && (isCapitalised(text, words[end]!) || (['and', '&'].includes(words[end]!.word) && end > from))) end++;
  return end - from;
}

/** A modal or auxiliary within `reach` words from `from`, in the same clause. */
function verbAfter(words: readonly Word[], from: number, c: CompiledActors, reach: number): boolean {
  const clause = words[from - 1]?.clause;
  for (let i = from; i < Math.min(words.length, from + reach); i++) {
    if (words[i]!.clause !== clause) return false;
    if (c.modals.has(words[i]!.word)) return true;
  }
  return false;
}

/** The verb after the subject at `head` is passive: "orienteres", "will be offered", "skal godkendes", "bliver kontaktet". */
function passiveAfter(words: readonly Word[], head: number, lang: Lang, c: CompiledActors): boolean {
  const clause = words[head]!.clause;
  const next: string[] = [];
  for (let i = head + 1; i < words.length && next.length < 5 && words[i]!.clause === clause; i++) {
    if (lang === 'en' && words[i]!.word === 'of' && next.length === 0) {
      // Skip the "of …" part of the name.
      while (i + 1 < words.length && words[i + 1]!.clause === clause && !c.modals.has(words[i + 1]!.word)) i++;
      continue;
    }
    next.push(words[i]!.word);
  }
  if (lang === 'da') {
    let k = 0;
    while (k < next.length && (c.modals.has(next[k]!) || isMidAdverb(next[k]!, lang, c))) k++;
    const verb = next[k];
    if (verb === undefined) return false;
    if (['bliver', 'blive', 'blev', 'er', 'være'].includes(verb) && next[k + 1] !== undefined && /(?:et|t|s)$/.test(next[k + 1]!) && !['ansvarlig', 'ansvarlige'].includes(next[k + 1]!))
      return verb !== 'er' || /et$/.test(next[k + 1]!);
    return /es$/.test(verb) && !['mødes', 'lykkes', 'synes', 'findes', 'samarbejdes'].includes(verb);
  }
  let k = 0;
  while (k < next.length && (c.modals.has(next[k]!) || isMidAdverb(next[k]!, lang, c))) k++;
  const be = next[k - 1] === 'be' || next[k - 1] === 'been' || ['is', 'are', 'was', 'were', 'be', 'been'].includes(next[k - 1] ?? '');
  const participle = next[k] ?? '';
  if (next[k] === 'be' || next[k] === 'been')
    return /(?:ed|en|wn|ne|ht|lt|nt|pt|de|ld)$/.test(next[k + 1] ?? '') && next[k + 1] !== 'responsible' && !(DUTY_PARTICIPLES.has(next[k + 1] ?? '') && next[k + 2] === 'to');
  // "are expected to use", "is required to notify": a duty put on the subject, who acts.
  if (next[k + 1] === 'to' && DUTY_PARTICIPLES.has(participle)) return false;
  return be && /(?:ed|en|wn|ne|ht|lt|nt|pt|ld)$/.test(participle) && participle !== 'responsible';
}

/** Participles that put a duty on the subject before "to": "Managers are expected to …". */
const DUTY_PARTICIPLES = new Set(['expected', 'required', 'asked', 'obliged', 'supposed', 'encouraged', 'authorised', 'authorized', 'mandated']);

function isPassiveForm(word: string, lang: Lang): boolean {
  if (lang === 'da') return /(?:es|s|et|t|d|de)$/.test(word) && word.length > 3;
  return /(?:ed|en|wn|ne|un|ht|ld|de|ke|le|ve)$/.test(word) || ['done', 'made', 'held', 'led', 'set', 'run', 'met', 'kept', 'sent', 'read', 'put', 'seen', 'signed'].includes(word);
}

/** Danish role nouns that are also the verb of what the role does: "Sundhedsplejersken vejleder …", "Den lokale leder leder indsatsen". */
const ROLE_VERBS = new Set(['vejleder', 'leder', 'rådgiver', 'underretter', 'behandler', 'lærer']);
/** English role words that are also the verb of what the role does: "The IRO chairs the review". */
const EN_ROLE_VERBS = new Set(['chairs', 'leads', 'heads', 'staffs']);

/** A Danish role noun that spells a verb, before a definite role: the verb of an inverted clause ("Ved mistanke underretter teamlederen …"). */
function verbBeforeRole(text: string, words: readonly Word[], i: number, lang: Lang, c: CompiledActors): boolean {
  const next = words[i + 1];
  return (
    lang === 'da' &&
    ROLE_VERBS.has(words[i]!.word) &&
    next !== undefined &&
    next.clause === words[i]!.clause &&
    /^\s+$/u.test(text.slice(words[i]!.end, next.start)) &&
    looksDefinite(next.word) &&
    isRoleNoun(next.word, c)
  );
}

/** The word after the role at `head` is the verb it spells, not a second role: the role is definite ("lederen") or has a determiner ("den lokale leder"). */
function roleVerbAfter(words: readonly Word[], head: number, lang: Lang, c: CompiledActors): boolean {
  // "The IRO chairs the review", "A senior manager leads the panel": a role word that is the verb, before its object.
  if (lang === 'en') {
    const after = words[head + 2];
    return EN_ROLE_VERBS.has(words[head + 1]?.word ?? '') && after !== undefined && after.clause === words[head]!.clause && (c.determiners.has(after.word) || OBJECT_PRONOUNS.has(after.word));
  }
  if (!ROLE_VERBS.has(words[head + 1]?.word ?? '')) return false;
  const role = words[head]!;
  return looksDefinite(role.word) || [words[head - 1], words[head - 2]].some((w) => w !== undefined && w.clause === role.clause && c.determiners.has(w.word));
}

/** A Danish word in the definite form of a noun: "lederen", "teamet", "sundhedsplejerskerne". */
function looksDefinite(word: string): boolean {
  return /.{3}(?:en|et|ne)$/u.test(word);
}

/** A Danish finite verb form: present (-er, -r) or past (-ede, -te). */
function looksFinite(word: string): boolean {
  return /(?:er|ar|ør|år|ede|te)$/.test(word) && word.length > 2;
}

const objectEndings = new Map<Lang, EndingSet>();

/**
 * The first defined object or event of case work named in `text` (underretningen, en
 * handleplan, netværksmødet; the referral, a strategy discussion), matched by word endings so
 * that compounds count. A statement about one of them is about something that can be checked.
 */
export function findCaseObject(text: string, lang: Lang): { word: string; start: number; end: number } | undefined {
  let endings = objectEndings.get(lang);
  if (!endings) {
    const data = lexiconData(lang);
    endings = new EndingSet(data.caseObjects.endings, data.actors.inflections);
    objectEndings.set(lang, endings);
  }
  const words = wordsOf(text, lang);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "læring for alle børn i dagtilbud og skoler": a service named as the place of something is not what is acted on.
    // ("mødes" is the verb "meet": "at alle børn mødes af voksne, der viser omsorg".)
    if (w.word === 'mødes') continue;
    if (endings.matches(w.word) && !(PLACE_BEFORE_OBJECT.has(words[i - 1]?.word ?? '') && SERVICE_PLACES.has(w.word))) return w;
  }
  return undefined;
}

/** Prepositions of place, and services that name a place after them ("i dagtilbud", "in schools"). */
const PLACE_BEFORE_OBJECT = new Set(['i', 'på', 'in', 'at']);
const SERVICE_PLACES = new Set([
  'dagtilbud',
  'dagtilbuddet',
  'dagtilbuddene',
  'skole',
  'skolen',
  'skoler',
  'skolerne',
  'institution',
  'institutionen',
  'institutioner',
  'school',
  'schools',
  'setting',
  'settings',
  'placement',
  'placements',
]);
