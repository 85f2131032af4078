import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { profileIdForCompanyName } from '../../src/core/companies/profileIdForCompanyName';
import { loadProfiles } from '../../src/core/companies/loadProfiles';

const appRoot = path.resolve(import.meta.dirname, '../..');
const { profiles } = loadProfiles(appRoot);

describe('profileIdForCompanyName', () => {
  it.each([
    ['jpmorgan', 'jpmorgan'],
    ['jpmorgan-chase', 'jpmorgan'],
    ['JPMorgan Chase', 'jpmorgan'],
    ['JP Morgan', 'jpmorgan'],
    ['Chase', 'jpmorgan'],
    ['wells-fargo', 'wells-fargo'],
    ['WellsFargo', 'wells-fargo'],
    ['Wells', 'wells-fargo'],
    ['WF', 'wells-fargo'],
    ['amex', 'american-express'],
    ['American Express', 'american-express'],
    ['Stripe', 'fintech'],
    ['plaid', 'fintech'],
    ['Revolut', 'fintech'],
    ['JPMorgan Chase & Co.', 'jpmorgan'],
    ['Wells Fargo & Company', 'wells-fargo'],
    ['Wells Fargo Bank, N.A.', 'wells-fargo'],
    ['American Express Company', 'american-express'],
    ['Stripe, Inc.', 'fintech'],
    ['Revolut Ltd', 'fintech'],
  ])('%s -> %s', (name, id) => {
    expect(profileIdForCompanyName(name, profiles)).toBe(id);
  });

  it.each(['Goldman Sachs', 'citi', '', '   ', 'fargo-wells', 'express', 'American', 'Goldman Sachs & Co.', 'Inc.', '& Co.', 'Bank'])('%j matches no profile', (name) => {
    expect(profileIdForCompanyName(name, profiles)).toBeNull();
  });

  it('never returns a short name whose profile is not loaded', () => {
    expect(profileIdForCompanyName('amex', profiles.filter((p) => p.id !== 'american-express'))).toBeNull();
  });
});
