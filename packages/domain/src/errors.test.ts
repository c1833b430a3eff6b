import { describe, expect, it } from 'vitest'
import { DOMAIN_ERROR_CODES, DomainError, isDomainError } from './errors.ts'

describe('DomainError', () => {
  it('carries its code, message, details and name', () => {
    const error = new DomainError('CONFLICT', 'Agreement 12 is at version 4, not 3.', {
      agreementId: 12,
      currentVersion: 4,
    })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('DomainError')
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toBe('Agreement 12 is at version 4, not 3.')
    expect(error.details).toEqual({ agreementId: 12, currentVersion: 4 })
  })

  it('leaves details undefined when none are given', () => {
    expect(new DomainError('NOT_FOUND', 'Region GM0193 does not exist.').details).toBeUndefined()
  })

  it('has six distinct codes', () => {
    expect(new Set(DOMAIN_ERROR_CODES).size).toBe(6)
  })
})

describe('isDomainError', () => {
  it('recognises domain errors, optionally by code', () => {
    const error = new DomainError('FORBIDDEN', 'User 7 may not edit region GM0193.')
    expect(isDomainError(error)).toBe(true)
    expect(isDomainError(error, 'FORBIDDEN')).toBe(true)
    expect(isDomainError(error, 'NOT_FOUND')).toBe(false)
  })

  it('refuses plain errors and other values', () => {
    expect(isDomainError(new Error('FORBIDDEN'))).toBe(false)
    expect(isDomainError({ code: 'FORBIDDEN', name: 'DomainError' })).toBe(false)
    expect(isDomainError(undefined)).toBe(false)
  })
})
