import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf, pluralCategoriesOf } from '../../src/core/format';
import {
  AR_STRINGS,
  DE_STRINGS,
  EN_STRINGS,
  FR_STRINGS,
  mergeStrings,
  stringsForLocale,
  type RoomsKitStrings,
} from '../../src/strings';

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
const LOCALES: ReadonlyArray<readonly [string, RoomsKitStrings]> = [
  ['en', EN_STRINGS],
  ['de', DE_STRINGS],
  ['fr', FR_STRINGS],
  ['ar', AR_STRINGS],
];
const TRANSLATIONS = LOCALES.filter(([locale]) => locale !== 'en');

describe('shipped locales', () => {
  it.each(TRANSLATIONS)('%s has exactly the same keys as English', (_locale, strings) => {
    expect([...leaves(strings).keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(50);
  });
  it.each(LOCALES)('%s has no empty string', (_locale, strings) => {
    for (const [key, text] of leaves(strings)) expect(text.trim(), key).not.toBe('');
  });
  it.each(TRANSLATIONS)('%s uses the same placeholders as English in each string', (_locale, strings) => {
    const texts = leaves(strings);
    for (const [key, text] of en) expect(placeholdersOf(texts.get(key) ?? ''), key).toEqual(placeholdersOf(text));
  });
  it.each(TRANSLATIONS)('%s is really translated (differs from English for most keys)', (_locale, strings) => {
    const texts = leaves(strings);
    const same = [...en].filter(([k, v]) => texts.get(k) === v).map(([k]) => k);
    expect(same.length / en.size).toBeLessThan(0.1);
  });
  it.each(LOCALES)('%s names every plural category of the language in each plural', (locale, strings) => {
    const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
    for (const [key, text] of leaves(strings))
      for (const [argument, named] of Object.entries(pluralCategoriesOf(text)))
        expect(named, `${key}: ${argument}`).toEqual(categories);
  });
  it.each(TRANSLATIONS)('%s counts with a plural wherever English does', (_locale, strings) => {
    const texts = leaves(strings);
    for (const [key, text] of en) {
      const translated = Object.keys(pluralCategoriesOf(texts.get(key) ?? ''));
      for (const argument of Object.keys(pluralCategoriesOf(text))) expect(translated, key).toContain(argument);
    }
  });
  it.each(LOCALES)(
    '%s names each button so that its visible word is part of its accessible name',
    (locale, strings) => {
      // WCAG 2.5.3 (axe's label-content-name-mismatch): a speech user says what they see.
      const pairs: ReadonlyArray<readonly [string, string]> = [
        [strings.roomCall.moderation.actionsButton, strings.roomCall.moderation.actionsLabel],
      ];
      for (const [visible, label] of pairs)
        expect(formatMessage(locale, label, { name: 'Ahmed Hassan' })).toContain(visible);
    },
  );
});

describe('Arabic plurals', () => {
  const counts = [0, 1, 2, 3, 11, 100] as const;
  const forms = (template: string): string[] => counts.map((count) => formatMessage('ar', template, { count }));

  it('words unsaved changes in all six forms', () => {
    expect(forms(AR_STRINGS.rosterEditor.unsavedChanges)).toEqual([
      'لا توجد تغييرات غير محفوظة',
      'تغيير واحد غير محفوظ',
      'تغييران غير محفوظين',
      '3 تغييرات غير محفوظة',
      '11 تغييرًا غير محفوظ',
      '100 تغيير غير محفوظ',
    ]);
  });
  it('words people asking to join in all six forms', () => {
    expect(forms(AR_STRINGS.lobby.joinRequestList.announce.arrivedMany)).toEqual([
      'لا أحد يطلب الانضمام',
      'شخص واحد يطلب الانضمام',
      'شخصان يطلبان الانضمام',
      '3 أشخاص يطلبون الانضمام',
      '11 شخصًا يطلبون الانضمام',
      '100 شخص يطلبون الانضمام',
    ]);
  });
  it('words a plural inside a sentence, keeping the other placeholders', () => {
    const template = AR_STRINGS.roomList.summary;
    expect(counts.map((total) => formatMessage('ar', template, { shown: 1, total }))).toEqual([
      '1 من 0 غرفة',
      '1 من غرفة واحدة',
      '1 من غرفتين',
      '1 من 3 غرف',
      '1 من 11 غرفة',
      '1 من 100 غرفة',
    ]);
  });
});

describe('stringsForLocale', () => {
  it('picks the shipped language of any regional locale, English otherwise', () => {
    expect(stringsForLocale('de-AT')).toBe(DE_STRINGS);
    expect(stringsForLocale('DE')).toBe(DE_STRINGS);
    expect(stringsForLocale('fr-FR')).toBe(FR_STRINGS);
    expect(stringsForLocale('fr-CA')).toBe(FR_STRINGS);
    expect(stringsForLocale('ar-EG')).toBe(AR_STRINGS);
    expect(stringsForLocale('ar')).toBe(AR_STRINGS);
    expect(stringsForLocale('ja')).toBe(EN_STRINGS);
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
