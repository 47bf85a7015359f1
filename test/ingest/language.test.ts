import { describe, expect, it } from 'vitest';
import { guessLanguage, languageDiagnostic } from '../../src/ingest/language.js';

describe('guessLanguage', () => {
  it.each([
    ['English news prose', 'Croatia said goodbye to its kuna at midnight and started paying in euros on Sunday, becoming the 20th country to use the single currency.', { english: true }],
    ['an English list of names', 'Austria, Belgium, Croatia, Cyprus, Estonia, Finland, France, Germany, Greece, Ireland, Italy, Latvia, Lithuania, Luxembourg, Malta and the Netherlands.', { english: true }],
    ['too short to tell', 'Hrvatska uvodi euro.', { english: true }],
    ['French', "La Croatie a dit adieu à sa kuna à minuit et a commencé à payer en euros dimanche, devenant le 20e pays à utiliser la monnaie unique.", { english: false, looksLike: 'French' }],
    ['Spanish', 'Croacia se despidió de su kuna a medianoche y comenzó a pagar en euros el domingo, convirtiéndose en el país número 20 que usa la moneda única.', { english: false, looksLike: 'Spanish' }],
    ['German', 'Kroatien hat sich um Mitternacht von der Kuna verabschiedet und zahlt seit Sonntag mit dem Euro, als 20. Land mit der gemeinsamen Währung.', { english: false, looksLike: 'German' }],
    ['Indonesian', 'Kereta cepat yang menghubungkan Jakarta dan Bandung diresmikan oleh Presiden pada hari Senin, dan akan mulai beroperasi untuk umum pada bulan depan.', { english: false, looksLike: 'Indonesian' }],
    ['Russian', 'Хорватия в воскресенье перешла на евро и стала двадцатой страной еврозоны.', { english: false, looksLike: 'Cyrillic script (e.g. Russian)' }],
    ['Chinese', '克罗地亚周日告别库纳，开始使用欧元，成为第20个使用单一货币的国家。', { english: false, looksLike: 'Han script' }],
    ['Japanese', 'クロアチアは日曜日にユーロを導入し、単一通貨を使う20番目の国となった。', { english: false, looksLike: 'Japanese' }],
  ])('%s', (_name, text, expected) => {
    expect(guessLanguage(text)).toEqual(expected);
  });
});

describe('languageDiagnostic', () => {
  it.each([
    ['en', undefined],
    ['en-GB', undefined],
    ['EN_us', undefined],
    ['fr', 'not English (its metadata says language "fr"); no facts extracted: the extractors read English only'],
    ['eng-ish', 'not English (its metadata says language "eng-ish"); no facts extracted: the extractors read English only'],
  ])('a declared language %s wins over the text', (declared, message) => {
    expect(languageDiagnostic('The euro zone now has 20 members.', declared)?.message).toBe(message);
  });
});
