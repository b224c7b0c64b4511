import type { BuildOptions, Plugin } from 'esbuild';

/** Swaps a module for its `.browser.ts` sibling when there is one. */
export const browserSeams: Plugin;
/** What every browser bundle shares: the browser platform (no Node builtin resolves), minified, with the seams. */
export function browserOptions(version: string): BuildOptions;
/** Text made safe to stand inside a `<script>` or `<style>` element. */
export function inlineSafe(text: string): string;
/** All browser builds into `dist/web/`. */
export function buildWeb(version: string): Promise<void>;
/** zod's locales reduced to English in the browser bundles. */
export const englishZodOnly: Plugin;
