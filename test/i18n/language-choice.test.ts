import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { chooseLanguage, directionOf, type LanguageRequest } from '../../src/i18n/language-choice.js';
import { KIT_LANGUAGES } from '../../src/i18n/localize.js';

const KIT = ['en', 'es', 'fr', 'de', 'it', 'pt-BR', 'ar', 'he', 'zh-Hans', 'ko'];
const asked = (...tags: string[]): LanguageRequest[] => tags.map((tag) => ({ tag, setting: true }));
/** Language and script, as BCP 47 lookup compares them. */
const core = (tag: string): string | undefined => {
  try {
    const max = new Intl.Locale(tag).maximize();
    return `${max.language}-${max.script}`;
  } catch {
    return undefined;
  }
};

/** Language tags of many shapes: kit languages with any region or script, other languages, private and odd tags. */
const anyTag = fc.oneof(
  fc.tuple(fc.constantFrom(...KIT, 'pt', 'zh', 'sr', 'fa', 'ja', 'ur', 'yi', 'nl', 'iw'), fc.option(fc.constantFrom('-PT', '-BR', '-TW', '-HK', '-CN', '-SG', '-Hant', '-Hans', '-Latn', '-Cyrl', '-MX', '-419', '-GB', '-US', '-IL', '-EG', '-CH', '-KR'), { nil: '' })).map(([a, b]) => a + b),
  fc.constantFrom('x-private', 'i-klingon', 'en-u-nu-arab', 'ar-u-nu-latn'),
);

describe('choosing a language (BCP 47 lookup)', () => {
  it('the kit offers what the test expects', () => {
    expect([...KIT_LANGUAGES].sort()).to.deep.equal([...KIT].sort());
  });

  it('serves Portuguese of Portugal with Brazilian text in Portuguese formats, never Simplified Chinese to Taiwan', () => {
    expect(chooseLanguage(asked('pt-PT'), KIT)).to.include({ code: 'pt-BR', locale: 'pt-PT' });
    expect(chooseLanguage(asked('zh-TW', 'ko'), KIT)).to.include({ code: 'ko', locale: 'ko' });
    expect(chooseLanguage(asked('zh-Hant'), KIT).code).to.equal('en');
    expect(chooseLanguage(asked('zh-CN'), KIT)).to.include({ code: 'zh-Hans', locale: 'zh-CN' });
    expect(chooseLanguage(asked('zh'), KIT).code).to.equal('zh-Hans');
    expect(chooseLanguage(asked('iw'), KIT).code).to.equal('he');
    expect(chooseLanguage(asked('en-GB'), KIT)).to.include({ code: 'en', locale: 'en-GB' });
    expect(chooseLanguage(asked('es-419'), KIT)).to.include({ code: 'es', locale: 'es-419' });
  });

  it('takes the first request some language serves, names the settings none serves, and falls back to US English', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyTag, fc.boolean()), { maxLength: 5 }), (pairs) => {
        const requests = pairs.map(([tag, setting]) => ({ tag, setting }));
        const choice = chooseLanguage(requests, KIT);
        const firstServed = requests.findIndex((r) => core(r.tag) !== undefined && KIT.some((code) => core(code) === core(r.tag)));
        if (firstServed < 0) {
          expect(choice).to.include({ code: 'en', locale: 'en-US' });
        } else {
          const wanted = requests[firstServed]?.tag as string;
          expect(core(choice.code)).to.equal(core(wanted));
          expect(choice.locale).to.equal(Intl.getCanonicalLocales(wanted)[0]);
        }
        const before = firstServed < 0 ? requests : requests.slice(0, firstServed);
        expect(choice.unmatched).to.deep.equal([...new Set(before.filter((r) => r.setting && core(r.tag) !== undefined).map((r) => r.tag))]);
      }),
      { numRuns: 300 },
    );
  });

  it('skips requests that are no language tag', () => {
    expect(chooseLanguage([{ tag: undefined, setting: true }, { tag: '', setting: true }, { tag: 'not a tag!', setting: true }, { tag: 'fr-CA', setting: false }], KIT)).to.include({ code: 'fr', locale: 'fr-CA' });
  });

  it('writes Arabic, Hebrew and the other right-to-left scripts from the right, and the rest from the left', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'dv', 'sd']) expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'es', 'fr', 'de', 'it', 'pt-BR', 'zh-Hans', 'ko', 'ja', 'ru', 'az-Latn', 'tr']) expect(directionOf(tag), tag).to.equal('ltr');
  });
});
