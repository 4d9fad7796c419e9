import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf, pluralCategoriesOf } from '../../src/core/format';

const CHANGES = '{count, plural, one {# unsaved change} other {# unsaved changes}}';

describe('formatMessage', () => {
  it('picks the English form by count and writes the count in the locale', () => {
    expect(formatMessage('en', CHANGES, { count: 1 })).toBe('1 unsaved change');
    expect(formatMessage('en', CHANGES, { count: 0 })).toBe('0 unsaved changes');
    expect(formatMessage('en-US', CHANGES, { count: 10000 })).toBe('10,000 unsaved changes');
  });
  it("follows each locale's own rules: French 0 is singular, Arabic has six forms", () => {
    const fr = '{count, plural, one {# modification} other {# modifications}}';
    expect(formatMessage('fr', fr, { count: 0 })).toBe('0 modification');
    expect(formatMessage('fr', fr, { count: 2 })).toBe('2 modifications');
    const ar = '{count, plural, zero {z} one {o} two {t} few {f} many {m} other {x}}';
    expect([0, 1, 2, 3, 11, 100].map((count) => formatMessage('ar', ar, { count }))).toEqual([
      'z',
      'o',
      't',
      'f',
      'm',
      'x',
    ]);
  });
  it('fills plain placeholders inside and outside the plural', () => {
    const t = '{name}: {count, plural, one {# role changed} other {# roles changed}}';
    expect(formatMessage('en', t, { name: 'Ada', count: 3 })).toBe('Ada: 3 roles changed');
  });
  it('leaves plain templates to the plain filler, unknown placeholders visible', () => {
    expect(formatMessage('en', 'Remove {name} {missing}', { name: 'Ada' })).toBe('Remove Ada {missing}');
  });
  it('does not throw on a missing count or a broken override', () => {
    expect(formatMessage('en', CHANGES, {})).toBe(CHANGES);
    expect(formatMessage('en', '{count, plural, one {x}', { count: 1 })).toBe('{count, plural, one {x}');
  });
  it('treats "<" as text', () => {
    expect(formatMessage('en', '{count, plural, one {< # min} other {< # min}}', { count: 5 })).toBe('< 5 min');
  });
});

describe('placeholdersOf and pluralCategoriesOf', () => {
  it('name every argument, also inside plural branches', () => {
    expect(placeholdersOf('{name}: {count, plural, one {# by {who}} other {#}}')).toEqual(['count', 'name', 'who']);
    expect(placeholdersOf('Remove {name}')).toEqual(['name']);
  });
  it('list the categories a plural names, without exact matches', () => {
    expect(pluralCategoriesOf('{count, plural, =0 {none} one {#} other {#}}')).toEqual({ count: ['one', 'other'] });
    expect(pluralCategoriesOf('Plain {name}')).toEqual({});
  });
});
