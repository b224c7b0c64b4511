import type { WorkspaceRule } from '../../engine/rule.ts';
import { compareDates, parseIsoDate } from '../../engine/text/dates.ts';

// Policy → implementation → follow-up → revision is a loop (seed 001_b847c38d64ce1cb9.txt): when
// the parent is adopted anew, the documents below were written for the old version and may no
// longer match it. An info, not a fault: the child may well still fit, but someone should look.
// Only `adopted` is compared; govlint has no "last revised" key (`review` is the date a revision
// is due, not one that happened).
export const staleChild: WorkspaceRule = {
  scope: 'workspace',
  meta: {
    id: 'stale-child',
    family: 'hierarchy',
    defaultSeverity: 'info',
    description: {
      da: 'Det overordnede dokument er vedtaget efter dette dokument: dokumentet passer måske ikke længere til det.',
      en: 'The parent was adopted after this document: this document may no longer match it.',
    },
    fixable: false,
    hasSuggestions: false,
    messages: {
      stale: {
        da: 'Det overordnede dokument "{parent}" blev vedtaget {parentAdopted}, efter dette dokument ({adopted}). Gennemgå, om dokumentet stadig udmønter det.',
        en: 'The parent "{parent}" was adopted on {parentAdopted}, after this document ({adopted}). Check that this document still carries it out.',
      },
    },
  },
  check(context) {
    const { document, workspace } = context;
    if (document.meta.status === 'retired' || !document.meta.adopted) return;
    const entry = document.frontmatter?.entries.get('adopted');
    const parent = workspace.parentOf(document);
    if (!entry || !parent?.meta.adopted || parent.path === document.path) return;
    const own = parseIsoDate(document.meta.adopted);
    const theirs = parseIsoDate(parent.meta.adopted);
    if (!own || !theirs || compareDates(theirs, own) <= 0) return;
    const parentRange = parent.frontmatter?.entries.get('adopted')?.valueRange;
    context.report({
      messageId: 'stale',
      data: { parent: document.meta.parent!, parentAdopted: parent.meta.adopted, adopted: document.meta.adopted },
      range: entry.valueRange,
      ...(parentRange
        ? {
            related: [
              {
                file: parent.path,
                range: parentRange,
                message: { da: `"${document.meta.parent}" vedtaget ${parent.meta.adopted}`, en: `"${document.meta.parent}" adopted ${parent.meta.adopted}` },
              },
            ],
          }
        : {}),
    });
  },
};
