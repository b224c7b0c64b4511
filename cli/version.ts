// The version lives with the engine's API (the cache's key reads it); the CLI and the browser engine print it.
export { GOVLINT_VERSION } from '../engine/api/version.ts';
