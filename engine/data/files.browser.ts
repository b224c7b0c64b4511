// The browser build's `data/` (see files.ts): the same files, bundled into the script at build
// time, because a page or a web worker has no package folder to read. The browser bundles take
// this module wherever the engine imports `files.ts` (a `.browser.ts` file beside a module
// replaces it there: esbuild.config.mjs).
import da from '../../data/lexicons/da.json' with { type: 'json' };
import en from '../../data/lexicons/en.json' with { type: 'json' };
import legalReferences from '../../data/legal-references.json' with { type: 'json' };
import specificity from '../../data/models/specificity.json' with { type: 'json' };
import statutoryLimits from '../../data/statutory-limits.json' with { type: 'json' };
import type * as NodeData from './files.ts';

const bundled: Readonly<Record<string, unknown>> = {
  'lexicons/da.json': da,
  'lexicons/en.json': en,
  'legal-references.json': legalReferences,
  'statutory-limits.json': statutoryLimits,
  'models/specificity.json': specificity,
};

const cache = new Map<string, string>();

/** A file under `data/` as text, as the Node build reads it (its callers parse it and check it with its schema). */
export const readDataFile: typeof NodeData.readDataFile = (relativePath) => {
  let text = cache.get(relativePath);
  if (text === undefined) {
    if (!Object.hasOwn(bundled, relativePath)) throw new Error(`govlint: data/${relativePath} is not bundled`);
    text = JSON.stringify(bundled[relativePath]);
    cache.set(relativePath, text);
  }
  return text;
};
