import { expect } from '@open-wc/testing';
import { candidacyEn } from '../../src/elements/cit-candidacy-check/messages/en.js';
import { timelineEn } from '../../src/elements/cit-recovery-timeline/messages/en.js';
import { plannerEn } from '../../src/elements/cit-session-planner/messages/en.js';
import { KIT_LANGUAGES } from '../../src/i18n/localize.js';
import { en } from '../../src/i18n/messages/en.js';
import { PLURAL_CATEGORIES, type Messages, type PluralForms } from '../../src/i18n/types.js';

type Files = Record<string, () => Promise<{ default: Messages }>>;

/** Each catalog's English, and every language file beside it. */
const CATALOGS: [string, Messages, Files][] = [
  ['shared', en, import.meta.glob<{ default: Messages }>(['../../src/i18n/messages/*.ts', '!../../src/i18n/messages/en.ts'])],
  ['cit-candidacy-check', candidacyEn, import.meta.glob<{ default: Messages }>(['../../src/elements/cit-candidacy-check/messages/*.ts', '!../../src/elements/cit-candidacy-check/messages/en.ts'])],
  ['cit-recovery-timeline', timelineEn, import.meta.glob<{ default: Messages }>(['../../src/elements/cit-recovery-timeline/messages/*.ts', '!../../src/elements/cit-recovery-timeline/messages/en.ts'])],
  ['cit-session-planner', plannerEn, import.meta.glob<{ default: Messages }>(['../../src/elements/cit-session-planner/messages/*.ts', '!../../src/elements/cit-session-planner/messages/en.ts'])],
];

const placeholders = (text: string) => [...new Set(Array.from(text.matchAll(/\{(\w+)\}/g), (m) => m[1]))].sort();
const codeOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.ts'.length);

describe('the catalogs', () => {
  it('every element has a file for every kit language, and no other', () => {
    for (const [name, , files] of CATALOGS) expect(Object.keys(files).map(codeOf).sort(), name).to.deep.equal(KIT_LANGUAGES.filter((code) => code !== 'en').sort());
  });

  for (const code of KIT_LANGUAGES.filter((language) => language !== 'en')) {
    it(`${code}: every message, every placeholder kept and none added, every plural form this browser's Intl asks for, nothing empty`, async () => {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const [name, english, files] of CATALOGS) {
        const load = Object.entries(files).find(([path]) => codeOf(path) === code)?.[1];
        const translation = (await (load as Files[string])()).default;
        expect(Object.keys(translation).sort(), `${code} ${name}: keys`).to.deep.equal(Object.keys(english).sort());
        for (const [key, source] of Object.entries(english)) {
          const given = translation[key];
          if (typeof source === 'string') {
            expect(given, `${code} ${name} ${key}`).to.be.a('string');
            expect((given as string).trim(), `${code} ${name} ${key}`).not.to.equal('');
            expect(placeholders(given as string), `${code} ${name} ${key}: placeholders`).to.deep.equal(placeholders(source));
          } else {
            const forms = given as PluralForms;
            expect(forms, `${code} ${name} ${key}`).to.be.an('object');
            for (const category of categories) expect(forms[category as keyof PluralForms], `${code} ${name} ${key}: plural “${category}”`).to.be.a('string').and.not.equal('');
            for (const form of Object.keys(forms)) expect(PLURAL_CATEGORIES as readonly string[], `${code} ${name} ${key}`).to.include(form);
            expect(placeholders(forms.other), `${code} ${name} ${key}: “other” keeps {n}`).to.deep.equal(['n']);
          }
        }
      }
    });
  }
});
