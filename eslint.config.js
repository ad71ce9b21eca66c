// One linter (ESLint + typescript-eslint) and one formatter (Prettier, checked by `npm run lint`).
// The import-direction rules below enforce the layering written down in DESIGN.md:
// index.ts → agent/ → skills/ → partner-center/; intents/ is pure; sandbox/ is a separate program.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/*`, `**/${dir}`], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.data/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Errors come from a catalog (src/shared/errors.ts, PartnerCenterError), never ad-hoc text.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ThrowStatement > NewExpression[callee.name='Error']",
          message: 'Throw a catalogued error (AppError / PartnerCenterError), not new Error(...).',
        },
      ],
    },
  },
  {
    // config.ts is the only reader of process.env.
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through src/config.ts.',
        },
      ],
    },
  },
  layer(
    ['src/partner-center/**/*.ts'],
    ['agent', 'skills', 'cards', 'intents', 'state', 'security', 'sandbox', 'cli'],
    'partner-center/ knows nothing of chat, cards or turns.',
  ),
  layer(
    ['src/intents/**/*.ts'],
    ['agent', 'skills', 'cards', 'partner-center', 'state', 'security', 'sandbox', 'cli'],
    'intents/ is pure: text in, intent out.',
  ),
  layer(
    ['src/sandbox/**/*.ts'],
    ['agent', 'skills', 'cards', 'intents', 'partner-center', 'state', 'security', 'cli'],
    'sandbox/ is a separate program that speaks the Partner Center wire protocol.',
  ),
  layer(
    ['src/skills/**/*.ts'],
    ['agent', 'sandbox', 'cli'],
    'skills/ never touch the agent, Express or the sandbox.',
  ),
  layer(
    ['src/agent/**/*.ts'],
    ['sandbox', 'cli'],
    'agent/ never imports the sandbox; index.ts wires it.',
  ),
  layer(
    ['src/cards/**/*.ts', 'src/state/**/*.ts', 'src/security/**/*.ts'],
    ['agent', 'skills', 'sandbox', 'cli'],
    'cards/, state/ and security/ are below skills/ and agent/.',
  ),
  layer(
    ['src/shared/**/*.ts'],
    [
      'agent',
      'skills',
      'cards',
      'intents',
      'partner-center',
      'state',
      'security',
      'sandbox',
      'cli',
    ],
    'shared/ is the bottom layer.',
  ),
);
