import { formatGithub } from './github.ts';
import { formatGitlab } from './gitlab.ts';
import { formatJson, jsonChunks } from './json.ts';
import { formatJunit } from './junit.ts';
import { formatSarif } from './sarif.ts';
import { formatStylish } from './stylish.ts';
import type { ChunkedFormatter, Formatter } from './types.ts';

/** Output formats by `--format` name. */
export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  gitlab: formatGitlab,
};

/** Formats that can also be written piece by piece (same text as `formatters`). */
export const chunkedFormatters: Partial<Record<string, ChunkedFormatter>> = {
  json: jsonChunks,
};
