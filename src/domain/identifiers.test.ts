import { describe, it, expect } from 'vitest';
import {
  formatNhsNumber,
  isTemporaryUpn,
  isUpnUnknownCode,
  isValidNhsNumber,
  isValidUpn,
  nhsNumberCheckDigit,
  normaliseNhsNumber,
  normaliseUpn,
  upnCheckLetter,
} from './identifiers.ts';

// Check letter values: A0 B1 C2 D3 E4 F5 G6 H7 J8 K9 L10 M11 N12 P13 Q14 R15 T16 U17 V18 W19 X20 Y21 Z22.

describe('upnCheckLetter', () => {
  it('B801200005001 (python-stdnum’s example)', () => {
    // 8×2 + 0×3 + 1×4 + 2×5 + 0×6 + 0×7 + 0×8 + 0×9 + 5×10 + 0×11 + 0×12 + 1×13
    // = 16 + 4 + 10 + 50 + 13 = 93; 93 = 4×23 + 1; 1 -> B.
    expect(upnCheckLetter('801200005001')).toBe('B');
  });

  it('R873200124123 (LA 873, school 2001, year 24, serial 123)', () => {
    // 8×2 + 7×3 + 3×4 + 2×5 + 0×6 + 0×7 + 1×8 + 2×9 + 4×10 + 1×11 + 2×12 + 3×13
    // = 16 + 21 + 12 + 10 + 0 + 0 + 8 + 18 + 40 + 11 + 24 + 39 = 199; 199 = 8×23 + 15; 15 -> R.
    expect(upnCheckLetter('873200124123')).toBe('R');
  });

  it('temporary UPNs ending in a letter count it by its value in the alphabet', () => {
    // Z87320012412A: the first eleven as above give 16+21+12+10+0+0+8+18+40+11+24 = 160; A = 0, 0×13 = 0;
    // 160 = 6×23 + 22; 22 -> Z.
    expect(upnCheckLetter('87320012412A')).toBe('Z');
    // K87320012412Z: 160 + 22×13 = 160 + 286 = 446 = 19×23 + 9; 9 -> K.
    expect(upnCheckLetter('87320012412Z')).toBe('K');
  });

  it('a remainder of 0 gives A', () => {
    expect(upnCheckLetter('000000000000')).toBe('A');
  });

  it('refuses malformed input', () => {
    expect(() => upnCheckLetter('87320012412')).toThrow(RangeError);
    expect(() => upnCheckLetter('8732001241234')).toThrow(RangeError);
    expect(() => upnCheckLetter('8732001A4123')).toThrow(RangeError);
    expect(() => upnCheckLetter('87320012412I')).toThrow(RangeError);
    expect(() => upnCheckLetter('87320012412a')).toThrow(RangeError);
  });
});

describe('isValidUpn and normaliseUpn', () => {
  it('accepts UPNs with the right check letter', () => {
    expect(isValidUpn('B801200005001')).toBe(true);
    expect(isValidUpn('R873200124123')).toBe(true);
    expect(isValidUpn('Z87320012412A')).toBe(true);
    expect(isValidUpn('K87320012412Z')).toBe(true);
  });

  it('rejects a wrong check letter', () => {
    expect(isValidUpn('A801200005001')).toBe(false);
    expect(isValidUpn('S873200124123')).toBe(false);
    expect(isValidUpn('A87320012412A')).toBe(false);
  });

  it('rejects the wrong shape', () => {
    expect(isValidUpn('R87320012412')).toBe(false); // 12 characters
    expect(isValidUpn('R8732001241234')).toBe(false); // 14 characters
    expect(isValidUpn('R87320012A123')).toBe(false); // letter in the middle
    expect(isValidUpn('R87320012412O')).toBe(false); // O cannot end a temporary UPN
    expect(isValidUpn('1873200124123')).toBe(false); // no check letter
    expect(isValidUpn('UN1')).toBe(false); // a reason code, not a UPN
    expect(isValidUpn('')).toBe(false);
  });

  it('normalises case and spaces', () => {
    expect(normaliseUpn(' r873200124123 ')).toBe('R873200124123');
    expect(normaliseUpn('R873 2001 24 123')).toBe('R873200124123');
    expect(normaliseUpn('z87320012412a')).toBe('Z87320012412A');
    expect(normaliseUpn('A873200124123')).toBeNull();
    expect(isValidUpn('r873200124123')).toBe(true);
  });

  it('tells temporary UPNs', () => {
    expect(isTemporaryUpn('Z87320012412A')).toBe(true);
    expect(isTemporaryUpn('R873200124123')).toBe(false);
    expect(isTemporaryUpn('A87320012412A')).toBe(false);
  });
});

describe('isUpnUnknownCode', () => {
  it('accepts UN1-UN7 for the CIN census', () => {
    for (const code of ['UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7'])
      expect(isUpnUnknownCode(code)).toBe(true);
    expect(isUpnUnknownCode('UN8')).toBe(false);
    expect(isUpnUnknownCode('UN0')).toBe(false);
    expect(isUpnUnknownCode('un1')).toBe(false);
    expect(isUpnUnknownCode('R873200124123')).toBe(false);
    expect(isUpnUnknownCode(1)).toBe(false);
  });

  it('accepts UN1-UN5 only for the SSDA903', () => {
    expect(isUpnUnknownCode('UN5', 'ssda903')).toBe(true);
    expect(isUpnUnknownCode('UN6', 'ssda903')).toBe(false);
    expect(isUpnUnknownCode('UN7', 'ssda903')).toBe(false);
  });
});

describe('NHS number', () => {
  it('computes the modulus 11 check digit', () => {
    // 9434765919: 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2
    // = 90 + 36 + 24 + 28 + 42 + 30 + 20 + 27 + 2 = 299; 299 = 27×11 + 2; 11 − 2 = 9.
    expect(nhsNumberCheckDigit('943476591')).toBe(9);
    // 4010232137: 40 + 0 + 8 + 0 + 12 + 15 + 8 + 3 + 6 = 92; 92 = 8×11 + 4; 11 − 4 = 7.
    expect(nhsNumberCheckDigit('401023213')).toBe(7);
    // 1000000001: 1×10 = 10; 11 − 10 = 1.
    expect(nhsNumberCheckDigit('100000000')).toBe(1);
    // 1000000060: 1×10 + 6×2 = 22; 22 = 2×11 + 0; 11 − 0 = 11, written 0.
    expect(nhsNumberCheckDigit('100000006')).toBe(0);
    // 100000001…: 1×10 + 1×2 = 12; 12 = 11 + 1; 11 − 1 = 10: no valid number starts with these digits.
    expect(nhsNumberCheckDigit('100000001')).toBeNull();
    expect(() => nhsNumberCheckDigit('94347659')).toThrow(RangeError);
  });

  it('accepts valid numbers, with or without spaces', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('4010232137')).toBe(true);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber(' 401 023 2137 ')).toBe(true);
    expect(isValidNhsNumber('1000000001')).toBe(true);
    expect(isValidNhsNumber('1000000060')).toBe(true);
  });

  it('rejects invalid numbers', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false); // wrong check digit
    expect(isValidNhsNumber('4010232138')).toBe(false);
    expect(isValidNhsNumber('1000000010')).toBe(false); // check digit would be 10
    expect(isValidNhsNumber('943476591')).toBe(false); // nine digits
    expect(isValidNhsNumber('94347659190')).toBe(false); // eleven digits
    expect(isValidNhsNumber('943-476-5919')).toBe(false);
    expect(isValidNhsNumber('94347659I9')).toBe(false);
    expect(isValidNhsNumber('')).toBe(false);
  });

  it('normalises and formats', () => {
    expect(normaliseNhsNumber('943 476 5919')).toBe('9434765919');
    expect(normaliseNhsNumber('943 476 5918')).toBeNull();
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
    expect(() => formatNhsNumber('9434765918')).toThrow(RangeError);
  });
});
