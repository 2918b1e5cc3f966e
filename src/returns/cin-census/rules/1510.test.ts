import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { upnCheckLetter } from '../../../domain/identifiers.ts';
import { rule1510 } from './1510.ts';

describe('1510', () => {
  it('fails a UPN whose first letter is not its check letter', () => {
    const rest = '201234567890';
    const good = upnCheckLetter(rest) + rest;
    const wrong = (good[0] === 'A' ? 'B' : 'A') + rest;
    const temporary = (good[0] === 'A' ? 'B' : 'A') + '20123456789A';
    const ChildIdentifiers = [{ UPN: good }, { UPN: wrong }, { UPN: '' }, { UPN: 'A12' }, { UPN: temporary }];
    expect(rule1510.validate(censusD({ ChildIdentifiers }))).toEqual({ ChildIdentifiers: [1] });
  });
});
