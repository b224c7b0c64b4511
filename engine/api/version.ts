// Replaced at bundle time by esbuild's `define`; the fallback serves tests run from source.
declare const __GOVLINT_VERSION__: string | undefined;

export const GOVLINT_VERSION: string = typeof __GOVLINT_VERSION__ === 'string' ? __GOVLINT_VERSION__ : '0.0.0-dev';
