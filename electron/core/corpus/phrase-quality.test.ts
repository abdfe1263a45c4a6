/** Phrase quality rules: holes left by anonymisation, bare addresses, names of one organisation, words cut in two, one slogan quoted or not. */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze';
import { extractPhrases, parallelPhrases } from './phrases';
import { carriesName, hasAnonymisationHole, isAddressOnly, pairStatistics, sharedVocabulary } from './phrase-quality';
import type { Corpus } from './types';

const doc = (id: string, text: string) => analyzeDocument({ id, fileName: `${id}.txt`, text });

describe('phrase quality', () => {
  it('sees the hole a removed name or place leaves', () => {
    expect(hasAnonymisationHole('贯彻落实同志在考察时的重要指示精神')).toBe(true);
    expect(hasAnonymisationHole('刚才，同志代表常委会作了工作报告')).toBe(true);
    expect(hasAnonymisationHole('同志到考察调研')).toBe(true);
    expect(hasAnonymisationHole('刚才，{姓名}同志代表常委会作了工作报告')).toBe(false);
    expect(hasAnonymisationHole('以习近平同志为核心的党中央')).toBe(false);
    expect(hasAnonymisationHole('同志们，让我们携手奋进')).toBe(false);
  });

  it('knows a bare form of address from a list of people in a sentence', () => {
    expect(isAddressOnly('各位代表！')).toBe(true);
    expect(isAddressOnly('老师们、同学们：')).toBe(true);
    expect(isAddressOnly('各位委员、同志们')).toBe(true);
    expect(isAddressOnly('人大代表、政协委员')).toBe(false);
    expect(isAddressOnly('加强组织领导')).toBe(false);
  });

  it('does not cut 强农惠农富农政策 into 农惠农富农政', () => {
    expect(parallelPhrases('坚持强农惠农富农政策。')).toEqual([]);
    expect(parallelPhrases('要抓紧抓实抓细各项工作。')).toEqual(['抓紧抓实抓细']);
  });

  it('tells a name that recurs in a few documents from wording all documents share', () => {
    const filler = '我们要围绕中心、服务大局，切实加强党的建设，推动各项工作取得新成效。';
    const docs = Array.from({ length: 6 }, (_, i) => doc(`d${i}`, `一、工作回顾\n${filler}`));
    docs.push(doc('own', `一、工作回顾\n${filler}\n知联会要团结会员。知联会要服务大局。知联会要加强自身建设。知联会要凝聚共识。`));
    const corpus: Corpus = { documents: docs, issues: [] };
    const stats = pairStatistics(corpus);
    expect(carriesName('知联会要团结会员', stats)).toBe(true);
    expect(carriesName('围绕中心、服务大局', stats)).toBe(false);
    expect(sharedVocabulary('围绕中心、服务大局', stats)).toBe(1);
  });

  it('drops phrases with holes, files a bare address under 称呼 (开头), and merges one slogan quoted and unquoted', () => {
    const a = doc('a', ['同志们：', '这次会议的主要任务是，认真学习贯彻同志在考察时的重要讲话精神。', '一、工作回顾', '我们坚持“围绕中心、服务大局”，各项工作取得新成效。', '各位代表！让我们团结一致，奋力前进！'].join('\n'));
    const b = doc('b', ['同志们：', '一、主要任务', '坚持围绕中心、服务大局，切实加强党的建设。', '各位代表！'].join('\n'));
    const phrases = extractPhrases({ documents: [a, b], issues: [] });
    expect(phrases.some((p) => p.text.includes('贯彻同志在考察时'))).toBe(false);
    const slogans = phrases.filter((p) => p.text.replace(/[“”]/g, '') === '围绕中心、服务大局');
    expect(slogans.map((p) => [p.category, p.text, new Set(p.sources.map((s) => s.docId)).size])).toEqual([['口号', '“围绕中心、服务大局”', 2]]);
    expect(phrases.filter((p) => p.category === '称呼').every((p) => p.role === 'opening')).toBe(true);
    expect(phrases.some((p) => p.text.startsWith('各位代表') && p.category !== '称呼')).toBe(false);
  });
});
