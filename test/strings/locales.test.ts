import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../src/core/format';
import { DE_STRINGS, EN_STRINGS, mergeStrings, stringsForLocale } from '../../src/strings';

function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value))
      for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  }
  return out;
}

const en = leaves(EN_STRINGS);
const de = leaves(DE_STRINGS);

describe('shipped locales', () => {
  it('have exactly the same keys', () => {
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(50);
  });
  it('have no empty string', () => {
    for (const [key, text] of [...en, ...de]) expect(text.trim(), key).not.toBe('');
  });
  it('use the same placeholders in each string', () => {
    for (const [key, text] of en) expect(placeholdersOf(de.get(key) ?? ''), key).toEqual(placeholdersOf(text));
  });
  it('are really translated (German differs from English for most keys)', () => {
    const same = [...en].filter(([k, v]) => de.get(k) === v).map(([k]) => k);
    expect(same.length / en.size).toBeLessThan(0.1);
  });
});

describe('stringsForLocale', () => {
  it('picks German for any German locale, English otherwise', () => {
    expect(stringsForLocale('de-AT')).toBe(DE_STRINGS);
    expect(stringsForLocale('DE')).toBe(DE_STRINGS);
    expect(stringsForLocale('fr-FR')).toBe(EN_STRINGS);
    expect(stringsForLocale('en-GB')).toBe(EN_STRINGS);
  });
});

describe('mergeStrings', () => {
  it('replaces only what the host gives, leaving the rest and the base untouched', () => {
    const merged = mergeStrings(EN_STRINGS, {
      common: { save: 'Keep' },
      organisers: { roles: { Consumer: { name: 'Viewer' } } },
    });
    expect(merged.common.save).toBe('Keep');
    expect(merged.common.cancel).toBe('Cancel');
    expect(merged.organisers.roles.Consumer).toEqual({ ...EN_STRINGS.organisers.roles.Consumer, name: 'Viewer' });
    expect(EN_STRINGS.common.save).toBe('Save');
  });
  it('ignores keys the kit does not have and values of the wrong shape', () => {
    const merged = mergeStrings(EN_STRINGS, { common: { nope: 'x' }, roles: 'flat' } as never);
    expect(merged).toEqual(EN_STRINGS);
  });
});
