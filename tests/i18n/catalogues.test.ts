// @vitest-environment node
/**
 * Every language has every message, and each translation keeps what the code fills in: the same
 * {placeholders}, the same <0>tags</0>, and a plural form for every category its language needs
 * (Arabic has six). A missing or broken translation fails here, not on a reader's screen.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { LANGUAGES } from '../../src/i18n/locales';
import { readCatalogues } from './catalogue';
import type { Catalogue } from './catalogue';

interface Shape {
  placeholders: string[];
  tags: string[];
  plurals: Record<string, string[]>;
}

/** What a message needs from the code and what it offers the reader, from its compiled form. */
function shapeOf(message: string): Shape {
  const shape: Shape = { placeholders: [], tags: [], plurals: {} };
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const m of node.matchAll(/<\/?(\d+)\/?>/g)) shape.tags.push(m[0]);
      return;
    }
    if (!Array.isArray(node)) return;
    for (const token of node) {
      if (typeof token === 'string') walk(token);
      else if (Array.isArray(token)) {
        const [name, kind, branches] = token as [string, string?, Record<string, unknown>?];
        shape.placeholders.push(name);
        if ((kind === 'plural' || kind === 'selectordinal') && branches) {
          // Exact-value branches (`=0 {…}`, compiled as "0") are optional in any language: only categories count.
          shape.plurals[name] = Object.keys(branches).filter((k) => !/^=?\d+$/.test(k) && k !== 'offset');
          Object.values(branches).forEach(walk);
        } else if (branches && typeof branches === 'object') Object.values(branches).forEach(walk);
      }
    }
  };
  walk(compileMessage(message));
  shape.placeholders = [...new Set(shape.placeholders)].sort();
  shape.tags.sort();
  return shape;
}

/**
 * Messages a translator kept as the English on purpose: Spanish writes "error" too, and Spanish
 * courses name the LSTM by its English expansion.
 */
const SAME_ON_PURPOSE: Record<string, string[]> = {
  // A symbol with its share ("b_hh 12%") reads the same in every language.
  all: ['inspector.split.bias'],
  // "min" is the minute's symbol in Spanish and Portuguese too.
  es: ['term.LSTM.name', 'error.label', 'guide.minutes'],
  'pt-BR': ['guide.minutes'],
};

let catalogues: Record<string, Catalogue>;
beforeAll(async () => {
  catalogues = await readCatalogues();
});

describe('the message catalogues', () => {
  it('English has a message for the page', () => {
    expect(Object.keys(catalogues.en).length).toBeGreaterThan(30);
    for (const [id, text] of Object.entries(catalogues.en)) expect(text.trim(), id).not.toBe('');
  });

  for (const locale of LANGUAGES.filter((l) => l !== 'en')) {
    describe(locale, () => {
      it('has every English message and no others', () => {
        const ids = Object.keys(catalogues[locale]);
        expect(ids.sort()).toEqual(Object.keys(catalogues.en).sort());
        for (const id of ids) expect(catalogues[locale][id].trim(), `${locale} ${id}`).not.toBe('');
      });

      it('keeps each message’s placeholders and tags, with its language’s plural forms', () => {
        const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        for (const [id, english] of Object.entries(catalogues.en)) {
          const source = shapeOf(english);
          const translated = shapeOf(catalogues[locale][id] ?? '');
          expect(translated.placeholders, `${locale} ${id}`).toEqual(source.placeholders);
          expect(translated.tags, `${locale} ${id}`).toEqual(source.tags);
          for (const name of Object.keys(source.plurals))
            expect(translated.plurals[name]?.sort(), `${locale} ${id} {${name}}`).toEqual([...needed].sort());
        }
      });

      it('is not English left untranslated', () => {
        // Names and symbols are the same in every language ("GRU"); a longer message equal to the
        // English is a copy, unless it is listed here as the same on purpose.
        const same = Object.keys(catalogues.en).filter(
          (id) =>
            catalogues[locale][id] === catalogues.en[id] &&
            catalogues.en[id].length > 12 &&
            !SAME_ON_PURPOSE[locale]?.includes(id) &&
            !SAME_ON_PURPOSE.all.includes(id),
        );
        expect(same, locale).toEqual([]);
      });
    });
  }
});
