import { expect } from '@open-wc/testing';
import { countryName, displayText, documentLocale, localeFromTag, pickText } from '../../../src/core/i18n/locale.js';

describe('localeFromTag', () => {
  const cases: [string | null | undefined, string][] = [
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn', 'nb'],
    ['nn-NO', 'nb'],
    ['NO', 'nb'],
    ['sv-SE', 'sv'],
    ['sv_FI', 'sv'],
    ['da-DK', 'da'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, locale] of cases) {
    it(`reads ${JSON.stringify(tag)} as ${locale}`, () => {
      expect(localeFromTag(tag)).to.equal(locale);
    });
  }

  it('follows <html lang>', () => {
    const original = document.documentElement.lang;
    try {
      document.documentElement.lang = 'da-DK';
      expect(documentLocale()).to.equal('da');
    } finally {
      document.documentElement.lang = original;
    }
  });
});

describe('pickText', () => {
  it('gives a plain string in every locale, with no language of its own', () => {
    expect(pickText('Fafo', 'sv')).to.deep.equal({ value: 'Fafo', lang: undefined });
  });

  it('picks the locale, then en, then nb, then the first value present', () => {
    const all = { nb: 'Arrangementer', en: 'Events', sv: 'Evenemang', da: 'Arrangementer (da)' };
    expect(pickText(all, 'sv')).to.deep.equal({ value: 'Evenemang', lang: 'sv' });
    expect(pickText({ nb: 'Arrangementer', en: 'Events' }, 'da')).to.deep.equal({ value: 'Events', lang: 'en' });
    expect(pickText({ sv: 'Evenemang', nb: 'Arrangementer' }, 'da')).to.deep.equal({
      value: 'Arrangementer',
      lang: 'nb',
    });
    expect(pickText({ de: 'Veranstaltungen', fi: 'Tapahtumat' }, 'en')).to.deep.equal({
      value: 'Veranstaltungen',
      lang: 'de',
    });
  });

  it('reads no and nn as nb, an exact nb key winning', () => {
    expect(pickText({ no: 'Hei', en: 'Hi' }, 'nb')).to.deep.equal({ value: 'Hei', lang: 'nb' });
    expect(pickText({ nn: 'Hei (nn)', nb: 'Hei (nb)' }, 'nb')).to.deep.equal({ value: 'Hei (nb)', lang: 'nb' });
    expect(pickText({ nb: 'Hei (nb)', nn: 'Hei (nn)' }, 'nb')).to.deep.equal({ value: 'Hei (nb)', lang: 'nb' });
  });
});

describe('displayText', () => {
  it('leaves lang unset where the string is in the element’s own language, and names it where not', () => {
    expect(displayText({ nb: 'Hei', en: 'Hi' }, 'nb')).to.deep.equal({ value: 'Hei', lang: undefined });
    expect(displayText({ en: 'Hi' }, 'sv')).to.deep.equal({ value: 'Hi', lang: 'en' });
    expect(displayText('Fafo', 'da')).to.deep.equal({ value: 'Fafo', lang: undefined });
  });
});

describe('countryName', () => {
  it('names a country in the locale’s words, and keeps a code it does not know', () => {
    expect(countryName('NO', 'nb')).to.equal('Norge');
    expect(countryName('NO', 'en')).to.equal('Norway');
    expect(countryName('SE', 'da')).to.equal('Sverige');
    expect(countryName('DK', 'sv')).to.equal('Danmark');
    expect(countryName('QQ', 'en')).to.equal('QQ');
  });
});
