/** The names a configuration file may have, in the order they are looked for in one folder. */
export const CONFIG_FILE_NAMES = ['.govlint.yaml', '.govlint.yml', '.govlint.json'] as const;
