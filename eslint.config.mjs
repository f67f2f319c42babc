// Lint: typescript-eslint's recommended rules, plus the architecture rule that
// keeps the core free of VS Code so it runs (and is tested) in plain Node.
import tseslint from 'typescript-eslint';

const CORE_IMPORTS = {
  paths: [{ name: 'vscode', message: 'src/core must not depend on VS Code: put VS Code code under src/vscode/.' }],
  patterns: [
    { group: ['**/vscode/**', '../vscode', '../vscode/*'], message: 'src/core must not import the VS Code layer.' },
    { group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process', 'crypto', 'util', 'buffer'], message: 'src/core must also run in a browser: no Node built-ins (put Node code under src/node/).' },
    { group: ['**/cli/**', '**/node/**', '../cli', '../node'], message: 'src/core must not import the CLI or the Node layer.' },
  ],
};

/** The core's import rules, plus `extra` patterns for a part of it (a later config replaces the rule, so each repeats the base). */
function coreRules(files, extra) {
  return [
    {
      files: [files],
      rules: {
        'no-restricted-imports': ['error', { paths: CORE_IMPORTS.paths, patterns: [...CORE_IMPORTS.patterns, ...extra] }],
        'no-restricted-globals': ['error', { name: 'Buffer', message: 'src/core must also run in a browser: use Uint8Array and TextEncoder/TextDecoder.' }, { name: 'process', message: 'src/core is a pure function of its input: take settings and dates as arguments.' }],
      },
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // The core is pure TypeScript that runs anywhere (Node, the extension host,
  // a browser): no VS Code, no Node built-ins, no Buffer, nothing from the
  // layers above it. Within it, reading a note never depends on scoring.
  ...coreRules('src/core/**/*.ts', []),
  ...coreRules('src/core/read/**/*.ts', [{ group: ['**/score/**', '../score', '../score/*'], message: 'read/ must not depend on score/: reading a note comes before scoring it.' }]),
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
