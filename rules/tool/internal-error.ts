import type { Rule } from '../../engine/rule.ts';

// The runner also reports this rule when another rule throws on a file (see engine/lint/runner.ts).
export const internalError: Rule = {
  meta: {
    id: 'internal-error',
    family: 'tool',
    defaultSeverity: 'error',
    description: {
      da: 'En regel fejlede på filen, eller filen kunne ikke læses (binær, forkert tegnsæt, for stor). Resten af arbejdsområdet tjekkes stadig.',
      en: 'A rule failed on this file, or the file could not be read (binary, wrong encoding, too large). The rest of the workspace is still linted.',
    },
    fixable: false,
    hasSuggestions: false,
    runsOnBareFiles: true,
    messages: {
      'too-large': {
        da: 'Filen er for stor til at blive tjekket ({detail}); grænsen sættes med limits.maxFileBytes.',
        en: 'The file is too large to lint ({detail}); the limit is set by limits.maxFileBytes.',
      },
      binary: { da: 'Filen er ikke tekst ({detail}) og tjekkes ikke.', en: 'The file is not text ({detail}) and is not linted.' },
      utf16: {
        da: 'Filen er gemt som {detail}; gem den som UTF-8 for at få den tjekket.',
        en: 'The file is saved as {detail}; save it as UTF-8 to have it linted.',
      },
      encoding: { da: 'Filen er ikke gyldig UTF-8 og tjekkes ikke.', en: 'The file is not valid UTF-8 and is not linted.' },
      unreadable: { da: 'Filen kunne ikke læses: {detail}', en: 'The file could not be read: {detail}' },
      'not-docx': { da: 'Filen er ikke et Word-dokument ({detail}) og tjekkes ikke.', en: 'The file is not a Word document ({detail}) and is not linted.' },
      encrypted: {
        da: 'Word-dokumentet er beskyttet med adgangskode og kan ikke læses; gem en kopi uden adgangskode for at få den tjekket.',
        en: 'The Word document is password-protected and cannot be read; save a copy without a password to have it linted.',
      },
      'legacy-doc': {
        da: 'Filen er et gammelt Word-dokument (.doc, Word 97-2003); gem den som .docx for at få den tjekket.',
        en: 'The file is an old Word document (.doc, Word 97-2003); save it as .docx to have it linted.',
      },
      corrupt: { da: 'Word-dokumentet er beskadiget og kan ikke læses ({detail}).', en: 'The Word document is damaged and cannot be read ({detail}).' },
      markdown: {
        da: 'Markdown kunne ikke læses helt ({detail}); dele af filen er ikke tjekket.',
        en: 'The Markdown could not be read completely ({detail}); parts of the file are not linted.',
      },
    },
  },
  check(context) {
    for (const problem of context.document.parseProblems) {
      if (problem.kind === 'frontmatter') continue;
      const [reason, ...rest] = problem.message.split(':');
      const messageId = problem.kind === 'markdown' ? 'markdown' : (reason ?? 'unreadable');
      const known = messageId in internalError.meta.messages;
      context.report({
        messageId: known ? messageId : 'unreadable',
        data: { detail: problem.kind === 'markdown' ? problem.message : known ? rest.join(':').trim() : problem.message },
        range: problem.range,
      });
    }
  },
};
