import { z } from 'zod';
import { STATUS_ALIASES } from '../../../engine/parse/aliases.ts';
import { DOCUMENT_ID_PATTERN } from '../../../engine/model/ids.ts';
import { parseIsoDate } from '../../../engine/text/dates.ts';
import { hasOwnKey } from '../../../engine/own-value.ts';

// The shape of each front-matter value (SPEC §1), one schema per canonical key, so a bad value is
// reported at its own key. Types are checked against the configured hierarchy separately.

const text = z.string().trim().min(1);
const isoDate = z.string().refine((value) => parseIsoDate(value) !== undefined);

export const frontmatterValueSchemas: Record<string, z.ZodType> = {
  id: z.string().regex(DOCUMENT_ID_PATTERN),
  type: text,
  title: text,
  owner: text,
  parent: z.string().regex(DOCUMENT_ID_PATTERN),
  implements: z.union([text, z.array(text)]),
  adopted: isoDate,
  'adopted-by': text,
  review: isoDate,
  status: z.string().refine((value) => hasOwnKey(STATUS_ALIASES, value.toLowerCase())),
  lang: z.enum(['da', 'en']),
};

/** Keys every governance document needs in front matter (owner and parent have rules of their own). */
export const REQUIRED_FRONTMATTER_KEYS = ['id', 'type', 'review'] as const;
