import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogue, hasCatalogue } from './messages.ts';
import { LOCALES, type Locale } from './locale.ts';
import { translate } from './translate.ts';

/** The plural categories each language has (CLDR); `=n` exact matches are allowed in both. */
const PLURAL_CATEGORIES: Record<Locale, readonly string[]> = {
  en: ['one', 'other'],
  cy: ['zero', 'one', 'two', 'few', 'many', 'other'],
};

/** A message's shape: each argument with its kind, and the options a select must offer. */
function shape(elements: MessageFormatElement[], out = new Map<string, string>(), problems: string[] = [], locale: Locale = 'en') {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument: case TYPE.number: case TYPE.date: case TYPE.time:
        out.set(el.value, TYPE[el.type]);
        break;
      case TYPE.select:
        out.set(el.value, `select(${Object.keys(el.options).sort().join(',')})`);
        if (!('other' in el.options)) problems.push(`select {${el.value}} has no "other"`);
        for (const o of Object.values(el.options)) shape(o.value, out, problems, locale);
        break;
      case TYPE.plural:
        out.set(el.value, el.pluralType === 'ordinal' ? 'selectordinal' : 'plural');
        if (!('other' in el.options)) problems.push(`plural {${el.value}} has no "other"`);
        for (const key of Object.keys(el.options)) {
          if (!key.startsWith('=') && !PLURAL_CATEGORIES[locale].includes(key)) problems.push(`plural {${el.value}} has "${key}", which ${locale} does not use`);
        }
        for (const o of Object.values(el.options)) shape(o.value, out, problems, locale);
        break;
      case TYPE.tag:
        out.set(`<${el.value}>`, 'tag');
        shape(el.children, out, problems, locale);
        break;
      default:
        break;
    }
  }
  return { args: Object.fromEntries([...out].sort()), problems };
}

describe('catalogues', () => {
  const en = catalogue('en');

  it('every catalogue is present outside the browser, where the server and tests translate', () => {
    for (const locale of LOCALES) expect(hasCatalogue(locale), locale).toBe(true);
  });

  it('every message is in both languages, and nothing else', () => {
    for (const locale of LOCALES) expect(Object.keys(catalogue(locale)).sort()).toEqual(Object.keys(en).sort());
  });

  it('keys are sorted, so parallel additions merge cleanly', () => {
    for (const locale of LOCALES) {
      const keys = Object.keys(catalogue(locale));
      expect(keys, locale).toEqual([...keys].sort());
    }
  });

  it('keys are namespaced by area: lower camel case segments joined by dots', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9_-]+)+$/);
  });

  it('no message is empty', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(catalogue(locale))) expect(text.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('every message is valid ICU, with the same arguments, selects and tags in both languages', () => {
    const problems: string[] = [];
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const shapes = LOCALES.map((locale) => {
        try {
          const s = shape(parse(catalogue(locale)[key]), undefined, undefined, locale);
          problems.push(...s.problems.map((p) => `${locale} ${key}: ${p}`));
          return s.args;
        } catch (e) {
          problems.push(`${locale} ${key}: ${(e as Error).message}`);
          return null;
        }
      });
      if (shapes[0] && shapes[1] && JSON.stringify(shapes[0]) !== JSON.stringify(shapes[1])) {
        problems.push(`${key}: en has ${JSON.stringify(shapes[0])}, cy has ${JSON.stringify(shapes[1])}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('Welsh plurals pick the right form for each number', () => {
    expect(translate('cy', { id: 'welcome.purpose', values: { children: 1 } })).toContain('diogelwch y plentyn');
    expect(translate('cy', { id: 'welcome.purpose', values: { children: 2 } })).toContain('diogelwch y plant');
    expect(translate('en', { id: 'welcome.purpose', values: { children: 3 } })).toContain("the children's safety");
  });
});
