import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import schema from '../../report.schema.json' with { type: 'json' }
import type { Report } from './report.js'

/** A value checked against report.schema.json: the report, or what is wrong with it. */
export type ReportCheck = { report: Report } | { problem: string }

let compiled: ValidateFunction<Report> | undefined

/** Compiled on first use: most runs read no report. */
function validator(): ValidateFunction<Report> {
  compiled ??= new Ajv2020({ allowUnionTypes: true, strict: true }).compile<Report>(
    schema
  )
  return compiled
}

/**
 * Checks a report read from a file (a fork may have written it) against the
 * published schema. The problem names the first bad field by its JSON
 * pointer: "/stages/0/head/uncompressedBytes must be an integer".
 */
export function checkReport(value: unknown): ReportCheck {
  const validate = validator()
  if (validate(value)) return { report: value }
  return { problem: describeErrors(validate.errors ?? []) }
}

/** The field a schema error is about: a missing property's own pointer, else the value's. */
function pointerOf(error: ErrorObject): string {
  const missing = error.keyword === 'required' ? error.params.missingProperty : null
  return missing ? `${error.instancePath}/${missing}` : error.instancePath
}

/**
 * The deepest field's problem: an alternative (null, or an object) fails at
 * the field itself, while the real fault lies further down, where the value
 * came closest to fitting. Type errors at one field are said together.
 */
function describeErrors(errors: readonly ErrorObject[]): string {
  const depth = (error: ErrorObject) => pointerOf(error).split('/').length
  const deepest = Math.max(...errors.map(depth))
  const here = errors.filter(
    error => depth(error) === deepest && error.keyword !== 'anyOf'
  )
  const first = here[0] ?? errors[0]
  const field = pointerOf(first) || 'the report'
  const types = here.filter(error => error.keyword === 'type')
  if (first.keyword === 'type')
    return `${field} must be ${types.map(error => article(error.params.type)).join(' or ')}`
  return `${field} ${sentence(first)}`
}

function sentence(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'is missing'
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`
    case 'const':
      return `must be ${JSON.stringify(error.params.allowedValue)}`
    default:
      return error.message ?? 'is not valid'
  }
}

/** "integer" → "an integer", "null" → "null". */
function article(type: string): string {
  if (type === 'null') return 'null'
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}
