import { describe, expect, it } from 'vitest';
import { classifyFurniture, lengthWithoutEndMarker, publisherFromSourceLine } from '../../src/ingest/furniture.js';

describe('classifyFurniture', () => {
  it.each([
    ['I Agree', 'consent-button'],
    ['Our Privacy Statement & Cookie Policy', 'policy-link'],
    ['By continuing to browse our site you agree to our use of cookies, revised Privacy Policy and Terms of Use. You can change your cookie settings through your browser.', 'cookie-consent'],
    ['An important disclaimer is at the bottom of this article.', 'disclaimer-pointer'],
    ['Please note: This information is raw content obtained directly from the source of the information. It is an accurate report of what the source claims and does not necessarily reflect the position of MIL-OSI or its clients.', 'raw-content-disclaimer'],
    ['渝ICP备20009753号-2 互联网新闻信息服务许可证号:50120220004', 'licence-registration'],
    ['Internet illegal and undesirable information can be reported by calling this telephone number:+86-23-67158993', 'illegal-content-report'],
    ['For any inquiries, please email service@example.info', 'contact-inquiries'],
    ['About UsContact Us', 'navigation'],
    ['Leaving a message', 'navigation'],
    ['Home | Sitemap | RSS', 'navigation'],
    ['Translation. Region: Russian Federal', 'translation-region'],
    ['omniture', 'lone-lowercase-word'],
    ['collection', 'lone-lowercase-word'],
    ['iChongqing Title', 'site-title-placeholder'],
    ['.', 'no-letters'],
    ['1895', 'no-letters'],
    ['Editor: Li Wei', 'editor-credit'],
    ['Copyright 2022 Example Times. All rights reserved.', 'copyright'],
  ])('drops %s', (line, rule) => {
    expect(classifyFurniture(line)).toEqual({ kind: 'drop', rule });
  });

  it.each([
    ["Source: People's Daily", "People's Daily"],
    ["Source: People's Republic of China – State Council News", "People's Republic of China – State Council News"],
  ])('keeps the name of %s as a publisher hint', (line, name) => {
    expect(classifyFurniture(line)).toEqual({ kind: 'source', name });
  });

  it.each([
    ['It has 10 member states, two observer states and 14 dialogue partners.'],
    ['Take drug trafficking.'],
    ['SHARED HOME OF PEACE'],
    ['Modern Silk Road'],
    ['The EU rules on cookies changed in 2021 after lawmakers agreed on a new text, the commission said in a long statement about online privacy.'],
    ['"A just cause finds great support, and a journey with many companions gets far."'],
    ['The railway project was first proposed in the 1990s.'],
    ['Privacy policy changes anger users'],
    ['The minister said the report does not necessarily reflect the views of the government.'],
    ['Platforms must report illegal content within 24 hours, the law says.'],
    ['Copyright disputes rose 10 percent last year.'],
    ['The disclaimer was added at the end of the contract.'],
    ['Users who agree to cookies can opt out later, regulators said, adding that complaints rose sharply over the past year across all member states of the union and beyond its borders, and that fines totalled 1.2 billion euros in the period under review, the highest ever recorded since the rules took effect in 2018.'],
  ])('keeps %s', (line) => {
    expect(classifyFurniture(line)).toEqual({ kind: 'keep' });
  });
});

describe('end markers and source lines', () => {
  it.each([
    ['“The SCO certainly plays a pioneering role in this.” –0–', '“The SCO certainly plays a pioneering role in this.”'],
    ['The talks ended. (END)', 'The talks ended.'],
    ['The talks ended.', 'The talks ended.'],
  ])('cuts a wire end marker from %s', (paragraph, kept) => {
    expect(paragraph.slice(0, lengthWithoutEndMarker(paragraph))).toBe(kept);
  });

  it.each([
    ["People's Republic of China in Russian – People's Republic of China in Russian –", "People's Republic of China in Russian"],
    ["People's Daily", "People's Daily"],
  ])('publisherFromSourceLine(%s)', (name, publisher) => {
    expect(publisherFromSourceLine(name)).toBe(publisher);
  });
});
