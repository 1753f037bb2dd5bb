import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** What src/core/ must not import: it is pure logic, and I/O lives in the adapters around it. */
const IO_MODULES = [
  'node:fs',
  'node:fs/promises',
  'node:http',
  'node:https',
  'node:net',
  'node:child_process',
  'node:os',
  'node:stream',
  'node:zlib'
]

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.engine/', '.bench-build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_MODULES.map(name => ({
            name,
            message:
              'src/core is pure: do the I/O in an adapter (engine, git, github, system).'
          })),
          patterns: [
            {
              group: ['@actions/*', '@octokit/*'],
              message: 'src/core is pure: GitHub is reached through src/github.'
            },
            {
              // The published report schema is data the core validates against, not an adapter.
              group: ['../*', '!../..', '../../*', '!../../report.schema.json'],
              message:
                'src/core imports only src/core: the adapters depend on it, not it on them.'
            }
          ]
        }
      ]
    }
  },
  {
    // Short functions, one concern each; tests and scripts may hold longer tables.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 40, skipBlankLines: true, skipComments: true }
      ]
    }
  }
)
