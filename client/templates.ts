// The "new document from template" command's skeletons come from the engine's shared renderer,
// the same one `govlint init` uses; this module adds the names the command shows.
import { renderSkeleton, SKELETON_KINDS, slugify, type SkeletonKind } from '../engine/templates/skeleton.ts';

export { slugify };

export type TemplateKind = SkeletonKind;
export type TemplateLang = 'da' | 'en';

export interface TemplateInput {
  kind: TemplateKind;
  lang: TemplateLang;
  title: string;
  /** Id of the parent document (service levels and guidelines). */
  parent?: string;
  /** ISO date of today; the review date and the goal's deadline are counted from it. */
  today: string;
}

export const TEMPLATE_KINDS: readonly TemplateKind[] = SKELETON_KINDS;

export const KIND_LABELS: Record<TemplateKind, Record<TemplateLang, string>> = {
  policy: { da: 'Politik', en: 'Policy' },
  'service-level': { da: 'Serviceniveau', en: 'Service level' },
  guideline: { da: 'Retningslinje', en: 'Guideline' },
};

/** The file name the command proposes, e.g. `serviceniveau-forebyggelse.md`. */
export function templateFileName(input: Pick<TemplateInput, 'title'>): string {
  return `${slugify(input.title) || 'dokument'}.md`;
}

export function renderTemplate(input: TemplateInput): string {
  return renderSkeleton({ kind: input.kind, lang: input.lang, title: input.title, today: input.today, ...(input.parent ? { parent: input.parent } : {}) });
}
