import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ACTION_INPUTS } from '../../src/action/inputs.js'
import { ACTION_OUTPUTS } from '../../src/action/outputs.js'
import { CLI_OPTIONS } from '../../src/cli/arguments.js'
import { HELP } from '../../src/cli/help.js'
import { rowsOf } from '../../src/core/options/table.js'
import { ROOT } from '../helpers/action.js'

const actionYml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')

/** The keys of a top-level block of action.yml (`inputs:` or `outputs:`). */
function declared(block: 'inputs' | 'outputs'): string[] {
  const body = actionYml.split(new RegExp(`^${block}:\\n`, 'm'))[1].split(/^\S/m)[0]
  return [...body.matchAll(/^ {2}([a-z-]+):$/gm)].map(match => match[1])
}

/** The first column of the README's table under `### <heading>`. */
function documented(heading: string): string[] {
  const section = readme.split(`\n### ${heading}\n`)[1].split(/\n#{2,3} /)[0]
  return [...section.matchAll(/^\| `([a-z-]+)` +\|/gm)].map(match => match[1])
}

const sorted = (names: readonly string[]) => [...names].sort()

/** action.yml's inputs as written: each one's description and default, quotes taken off. */
function inputsAsWritten(): Record<string, { description: string; default: string }> {
  const body = actionYml.split(/^inputs:\n/m)[1].split(/^\S/m)[0]
  // YAML's quoted scalars, as prettier writes them: '…' ('' for ') or "…" when the text holds a '.
  const unquote = (value: string) =>
    /^"(.*)"$/.test(value)
      ? value.slice(1, -1)
      : value.replace(/^'(.*)'$/, '$1').replace(/''/g, "'")
  return Object.fromEntries(
    body
      .split(/^ {2}(?=[a-z-]+:$)/m)
      .filter(Boolean)
      .map(entry => {
        const name = entry.slice(0, entry.indexOf(':'))
        const field = (key: string) =>
          unquote(entry.match(new RegExp(`^ {4}${key}: (.*)$`, 'm'))?.[1] ?? '')
        return [name, { description: field('description'), default: field('default') }]
      })
  )
}

describe('one source of option names', () => {
  it('action.yml declares exactly the inputs the code reads', () => {
    expect(sorted(declared('inputs'))).toEqual(sorted(ACTION_INPUTS))
  })

  it('action.yml describes each input and gives its default as the option table does', () => {
    const written = inputsAsWritten()
    for (const [, row] of rowsOf('input')) {
      expect({ input: row.input, ...written[row.input as string] }).toEqual({
        input: row.input,
        description: row.description,
        default: row.actionDefault ?? row.default ?? ''
      })
    }
  })

  it('action.yml declares exactly the outputs the code sets', () => {
    expect(sorted(declared('outputs'))).toEqual(sorted(ACTION_OUTPUTS))
  })

  it("the README's tables list exactly those inputs and outputs", () => {
    expect(sorted(documented('Inputs'))).toEqual(sorted(ACTION_INPUTS))
    expect(sorted(documented('Outputs'))).toEqual(sorted(ACTION_OUTPUTS))
  })

  it('--help describes exactly the flags the CLI takes', () => {
    const described = [...HELP.matchAll(/^ +(?:-\w, )?--([a-z-]+)/gm)].map(m => m[1])
    expect(sorted(described)).toEqual(sorted(Object.keys(CLI_OPTIONS)))
  })
})
