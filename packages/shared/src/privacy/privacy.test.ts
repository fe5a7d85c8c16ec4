import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, idNumberFacts, isValidIdNumber } from './id-number';
import { maskIdNumber, maskPhone } from './mask';

describe('resident ID numbers', () => {
  it('computes the GB 11643 check character of a known number', () => {
    // 11010519491231002X is the standard's worked example.
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });

  it('rejects a wrong check character, an impossible date and a short number', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    const feb30 = '37040319900230123';
    expect(isValidIdNumber(feb30 + idNumberCheckChar(feb30))).toBe(false);
    expect(isValidIdNumber('3704031990')).toBe(false);
  });

  it('reads birth date and gender from the number', () => {
    expect(idNumberFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'female' });
  });
});

describe('masking', () => {
  it('keeps the first 3 and last 4 digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('keeps the region and last 4 characters of an ID number', () => {
    expect(maskIdNumber('370403199001011234')).toBe('370403********1234');
  });
});
