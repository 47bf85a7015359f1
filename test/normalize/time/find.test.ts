import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../../src/normalize/time/index.js';

const texts = (sentence: string): string[] => findTimeExpressions(sentence).map((m) => m.text);

describe('findTimeExpressions on seed sentences', () => {
  it.each([
    ['The blue glass of the futuristic facade of the Palace of Independence shone in the sunlight when SCO leaders arrived in Astana in July last year for their annual gathering.', ['in July last year']],
    ['The SCO was born more than two decades ago when the acute security challenges of terrorism, separatism and extremism -- the "three evil forces" -- were posing menacing threats in Central Asia and neighboring areas.', ['more than two decades ago']],
    ['Since its founding in 2001, the group has maintained safeguarding regional security as a mainstay of collaboration.', ['in 2001']],
    ['In its most recent development, SCO members carried out an anti-drug operation dubbed "Web" earlier this month, with China chairing the coordination headquarters.', ['earlier this month']],
    ['The operation seized nearly 10 tons of narcotic drugs and identified 1,151 crimes related to illicit narco trafficking.', []],
    ['BEIJING, Aug. 29 (Xinhua) \u2014 Chinese President Xi Jinping met with the heads of foreign affairs agencies at the majestic Fujian Hall of the Great Hall of the People in central Beijing on July 15.', ['Aug. 29', 'on July 15']],
    ['As the Chinese leader noted during his June visit to the Kazakh capital Astana, Beijing\'s policy toward neighboring countries is based on a firm belief.', ['June']],
    ['In the coming days, Xi will host an SCO summit in the northern Chinese port city of Tianjin.', ['In the coming days']],
    ['In the following years, the Chinese leader proposed an Action Plan for 2018-2022 to implement the provisions of the Treaty and achieved its adoption at the landmark Qingdao Summit in 2018, the first SCO summit hosted by Xi Jinping in China.', ['2018-2022', 'in 2018']],
    ['Belarus officially became the 10th member of the SCO at last year\'s summit in Astana.', ["last year's"]],
    ['Since 2023, he has met with them dozens of times.', ['Since 2023']],
    ['At the 2014 Conference on Interaction and Confidence-Building Measures in Asia (CICA) summit in Shanghai, Xi Jinping proposed a vision of common, comprehensive, cooperative and sustainable security.', ['2014']],
    ['At the 2022 Boao Forum for Asia, he unveiled the Global Security Initiative.', ['2022']],
    ['At the organization\u2019s 2014 Dushanbe summit, he proposed negotiating and signing an SCO Convention on Countering Extremism, which was signed by member states in Astana in 2017.', ['2014', 'in 2017']],
    ['The China-Kyrgyzstan-Uzbekistan railway project, officially launched in Kyrgyzstan late last year, is the epitome of high-quality Belt and Road cooperation.', ['late last year']],
    ["According to official data, China's trade with SCO member states reached a record US$890 billion in 2024, accounting for about 14.4 percent of China's total foreign trade turnover.", ['in 2024']],
    ['By Xinhua|Jul 01,2024', ['Jul 01,2024']],
    ['Chinese President Xi Jinping poses for a group photo in Samarkand, Uzbekistan, Sept. 16, 2022. (Photo/Li Tao, Xinhua)', ['Sept. 16, 2022']],
    ['Beijing/Astana - On June 15, 2001, then heads of state of China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan gathered in Shanghai.', ['On June 15, 2001']],
    ['Over the past decade, Chinese President Xi Jinping has attended every SCO head-of-state summit.', ['Over the past decade']],
    ['From 2013 to 2017, SCO member states foiled more than 600 terrorist crimes, captured some 2,000 terrorists and destroyed over 500 terrorist boot camps.', ['From 2013 to 2017']],
    ['During a state visit to Kazakhstan in September 2013, Xi proposed the Silk Road Economic Belt, an essential component of the BRI.', ['in September 2013']],
    ['The railway project was first proposed in the 1990s.', ['in the 1990s']],
    ['Leaving a messageThursday, 29 July, 2021', ['29 July, 2021']],
    ['People visit the 2021 SCO International Investment and Trade Expo in Qingdao, east China\'s Shandong Province, April 26, 2021.', ['2021', 'April 26, 2021']],
    ['In June 2019, Xi called for efforts to make the SCO an example of solidarity and mutual trust.', ['In June 2019']],
    ['Since its founding 20 years ago, the SCO has continuously developed and expanded.', ['20 years ago']],
    ['2023-07-04 14:17 1895', ['2023-07-04']],
    ['BEIJING, July 4, 2023 /PRNewswire/ -- Chinese President Xi Jinping will attend the 23rd meeting via video conference from Beijing on July 4 and deliver important remarks.', ['July 4, 2023', 'on July 4']],
    ['In the past more than 20 years since the organization was established, the SCO member states have always followed the SCO Charter.', ['In the past more than 20 years']],
    ['This year marks the 10th anniversary of the Belt and Road Initiative (BRI).', ['This year']],
    ['This month, the SCO countries carried out an anti-drug operation codenamed \u201cSpider Web.\u201d', ['This month']],
    ['In April this year, speaking at the central meeting on work with neighboring countries, Xi Jinping called for the creation of a community.', ['In April this year']],
  ])('%s', (sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });
});

describe('findTimeExpressions leaves non-dates alone', () => {
  it.each([
    ['Internet illegal and undesirable information can be reported by calling this telephone number:+86-23-67158993'],
    ['It has trained more than 2,000 agricultural officials and technicians from SCO countries.'],
    ['The operation seized nearly 10 tons of narcotic drugs.'],
    ['It could reach up to 2000 people.'],
    ['Prices may fall, he said.'],
    ['\u6e1dICP\u590720009753\u53f7-2 \u4e92\u8054\u7f51\u65b0\u95fb\u4fe1\u606f\u670d\u52a1\u8bb8\u53ef\u8bc1\u53f7:50120220004'],
    ['The Chinese leader mentioned "security" more than 120 times in his 11 SCO speeches.'],
    // A price base year: what the money is measured in, not when.
    ['Denmark is paying for the tunnel itself, budgeted at 7.1 billion euros in 2015 prices and financed through state-guaranteed loans.'],
    ['The immersed tunnel is budgeted at 52.6 billion kroner in 2015 prices, according to the company building it.'],
  ])('%s', (sentence) => {
    expect(findTimeExpressions(sentence)).toEqual([]);
  });

  it('still reads a year before "prices" that a verb follows', () => {
    expect(texts('In 2023 prices rose faster than wages.')).toEqual(['In 2023']);
  });

  it('gives the offset and length of each match', () => {
    const sentence = 'The convention was signed by member states in Astana in 2017.';
    expect(findTimeExpressions(sentence)).toEqual([{ text: 'in 2017', index: sentence.indexOf('in 2017'), length: 7 }]);
  });
});
