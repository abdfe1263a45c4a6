import { describe, expect, it } from 'vitest';
import { type MiniNode, plainTextToBlocks, sanitizeHtmlTree } from './sanitize-html';

// A tiny hyperscript for MiniNode trees, so the sanitiser is tested without a DOM.
type Child = MiniNode | string;
function el(tag: string, attrs: Record<string, string> | null, ...children: Child[]): MiniNode {
  return {
    nodeType: 1,
    nodeName: tag.toUpperCase(),
    nodeValue: null,
    childNodes: children.map((c) => (typeof c === 'string' ? { nodeType: 3, nodeName: '#text', nodeValue: c, childNodes: [] } : c)),
    getAttribute: (n) => attrs?.[n] ?? null,
  };
}
const comment = (s: string): MiniNode => ({ nodeType: 8, nodeName: '#comment', nodeValue: s, childNodes: [] });

describe('sanitizeHtmlTree', () => {
  it('turns Word HTML into headings and paragraphs, stripping typed numbers, indents and styles, keeping bold', () => {
    const word = el('body', null,
      comment('[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]'),
      el('style', null, 'p.MsoNormal{font-family:仿宋}'),
      el('p', { class: 'MsoNormal', style: 'text-indent:32pt;font-family:仿宋_GB2312;color:red' }, el('span', { lang: 'ZH-CN' }, '一、过去一年工作回顾')),
      el('p', { class: 'MsoNormal' }, el('span', null, '二、'), el('span', { lang: 'EN-US' }, '2026'), '年工作安排'),
      el('p', { class: 'MsoNormal' }, '\u3000\u3000', el('b', null, '坚持稳中求进。'), el('span', { style: 'mso-spacerun:yes' }, '全年完成'), '\n', '目标。', el('o:p', null)),
      el('p', null, el('span', { style: 'font-weight:700' }, '（二）'), '抓好安全生产'),
      el('p', null, '\u00a0'),
    );
    expect(sanitizeHtmlTree(word)).toEqual([
      { type: 'heading', level: 1, children: [{ text: '过去一年工作回顾' }] },
      { type: 'heading', level: 1, children: [{ text: '2026年工作安排' }] },
      { type: 'paragraph', children: [{ text: '坚持稳中求进。', bold: true }, { text: '全年完成目标。' }] },
      { type: 'heading', level: 2, children: [{ text: '抓好安全生产' }] },
    ]);
  });

  it('drops hostile content: scripts, iframes, images, event handlers and javascript: links leave only their visible text', () => {
    const hostile = el('div', null,
      el('script', null, 'alert(1)'),
      el('iframe', { src: 'https://evil.example' }, '框架内文字'),
      el('img', { src: 'data:image/png;base64,' + 'A'.repeat(5_000_000), onerror: 'alert(2)' }),
      el('p', { onclick: 'alert(3)' }, '正文', el('a', { href: 'javascript:alert(4)' }, '链接文字'), el('svg', null, el('script', null, 'x'))),
      el('object', null, el('embed', null, '嵌入')),
      el('h2', { style: 'color:red' }, '二级标题'),
    );
    const out = sanitizeHtmlTree(hostile);
    expect(out).toEqual([
      { type: 'paragraph', children: [{ text: '正文链接文字' }] },
      { type: 'heading', level: 2, children: [{ text: '二级标题' }] },
    ]);
    expect(JSON.stringify(out)).not.toMatch(/alert|javascript|evil|onerror|base64|style/);
  });

  it('splits at <br> and block boundaries and ignores empty blocks', () => {
    const web = el('article', null, el('div', null, '第一行', el('br', null), '第二行'), el('ul', null, el('li', null, '要点')), el('div', null, ' '));
    expect(sanitizeHtmlTree(web).map((b) => b.children.map((c) => ('text' in c ? c.text : '')).join(''))).toEqual(['第一行', '第二行', '要点']);
  });

  it('survives absurd nesting without blowing the stack', () => {
    let n: MiniNode = el('span', null, '深');
    for (let i = 0; i < 10_000; i++) n = el('span', null, n);
    expect(() => sanitizeHtmlTree(el('p', null, n))).not.toThrow();
  });
});

describe('Word paste (issue 15): notes, bold headings, tables, list numbers', () => {
  const span = (style: string, ...c: Child[]) => el('span', { style }, ...c);
  /** Word's footnote reference as it puts it on the clipboard. */
  const footnoteRef = (n: number) =>
    el('a', { style: `mso-footnote-id:ftn${n}`, href: `#_ftn${n}`, name: `_ftnref${n}` },
      el('span', { class: 'MsoFootnoteReference' }, span('mso-special-character:footnote', comment('[if !supportFootnotes]'), el('span', { class: 'MsoFootnoteReference' }, `[${n}]`), comment('[endif]'))));
  /** A Word list paragraph: its number in a mso-list:Ignore span between supportLists comments. */
  const wordListItem = (number: string, text: string) =>
    el('p', { class: 'MsoListParagraph', style: 'margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1' },
      comment('[if !supportLists]'), span('font-family:仿宋_GB2312', span('mso-list:Ignore', number, span('font:7.0pt "Times New Roman"', '\u00a0\u00a0\u00a0 '))), comment('[endif]'),
      span('font-family:仿宋_GB2312', text, el('o:p', null)));
  const texts = (blocks: ReturnType<typeof sanitizeHtmlTree>) => blocks.map((b) => (b.type === 'heading' ? `h${b.level}:` : '') + b.children.map((c) => ('text' in c ? c.text : '')).join(''));

  it('drops footnote references ([1]) and the footnote bodies Word appends', () => {
    const word = el('body', null,
      el('p', { class: 'MsoNormal' }, span('font-family:仿宋_GB2312', '全年服务职工群众'), footnoteRef(1), span('font-family:仿宋_GB2312', '12万人次。')),
      el('div', { style: 'mso-element:footnote-list' }, comment('[if !supportFootnotes]'), el('br', { clear: 'all' }), el('hr', { width: '33%' }), comment('[endif]'),
        el('div', { style: 'mso-element:footnote', id: 'ftn1' }, el('p', { class: 'MsoFootnoteText' }, footnoteRef(1), ' 数据来源：市统计局。'))),
    );
    expect(texts(sanitizeHtmlTree(word))).toEqual(['全年服务职工群众12万人次。']);
    // A web page's reference marks too; a superscript that is not one stays.
    expect(texts(sanitizeHtmlTree(el('p', null, '据统计', el('sup', null, '[2]'), '，面积达10', el('sup', null, '2'), '。')))).toEqual(['据统计，面积达102。']);
  });

  it('a pasted （一） heading that was bold in Word is a heading without bold', () => {
    const out = sanitizeHtmlTree(el('body', null, el('p', { class: 'MsoNormal' }, el('b', null, span('font-family:楷体_GB2312', '（一）突出政治引领')))));
    expect(out).toEqual([{ type: 'heading', level: 2, children: [{ text: '突出政治引领' }] }]);
    expect(sanitizeHtmlTree(el('h3', null, el('strong', null, '加强'), '领导'))).toEqual([{ type: 'heading', level: 3, children: [{ text: '加强领导' }] }]);
  });

  it('keeps table cells apart: one paragraph per row, cells separated by a tab, never a heading', () => {
    // Word indents its table markup: whitespace text between the tags.
    const cell = (t: string) => el('td', { width: '277', valign: 'top' }, '\n  ', el('p', { class: 'MsoNormal' }, span('font-family:仿宋_GB2312', t, el('o:p', null))), '\n  ');
    const row = (...cells: MiniNode[]) => el('tr', null, '\n  ', ...cells.flatMap((c) => [c, '\n ']));
    const word = el('table', { class: 'MsoTableGrid' }, '\n ', el('tbody', null, row(cell('表格单元1'), cell('表格单元2')), row(cell('1.'), cell('加强领导'))));
    expect(texts(sanitizeHtmlTree(word))).toEqual(['表格单元1\t表格单元2', '1.\t加强领导']);
    // Bare cells (WPS, web pages), an empty first cell, two paragraphs in one cell.
    const web = el('table', null, el('tr', null, el('th', null, '项目'), el('th', null, '数值')), el('tr', null, el('td', null), el('td', null, el('p', null, '甲'), el('p', null, 'B'))));
    expect(texts(sanitizeHtmlTree(web))).toEqual(['项目\t数值', '\t甲 B']);
    expect(plainTextToBlocks('表格单元1\t表格单元2\r\n合计\t3')).toEqual([
      { type: 'paragraph', children: [{ text: '表格单元1\t表格单元2' }] },
      { type: 'paragraph', children: [{ text: '合计\t3' }] },
    ]);
  });

  it('a Word list item “1.”, an <ol> item and a typed “1.” line become the same block: short ones 三级标题, run-in ones 正文', () => {
    const short = '加强组织领导';
    const runIn = '加强组织领导。各级工会要把这项工作摆上重要议事日程。';
    for (const text of [short, runIn]) {
      const fromWordList = texts(sanitizeHtmlTree(el('body', null, wordListItem('1.', text))));
      const fromTyped = texts(sanitizeHtmlTree(el('body', null, el('p', { class: 'MsoNormal' }, span('', '1.'), text))));
      const fromOl = texts(sanitizeHtmlTree(el('ol', null, el('li', null, text))));
      const fromPlain = texts(plainTextToBlocks(`1.\t${text}\n`));
      expect(fromWordList).toEqual(fromTyped);
      expect(fromOl).toEqual(fromTyped);
      expect(fromPlain).toEqual(fromTyped);
      expect(fromTyped).toEqual([text === short ? `h3:${short}` : `1.${runIn}`]);
    }
    // Bullets are not 公文 numbers: dropped. Nested <ol> items count （1）; an item that spells its own number keeps it.
    expect(texts(sanitizeHtmlTree(el('body', null, wordListItem('·', '要点一'))))).toEqual(['要点一']);
    expect(texts(sanitizeHtmlTree(el('ol', null, el('li', null, '总体要求'), el('li', null, '主要任务', el('ol', null, el('li', null, '抓好落实'))))))).toEqual(['h3:总体要求', 'h3:主要任务', 'h4:抓好落实']);
    expect(texts(sanitizeHtmlTree(el('ol', null, el('li', null, '（一）做法'))))).toEqual(['h2:做法']);
  });

  it('一、二季度 and 1.2万 at the start of a line are text, not headings', () => {
    expect(texts(plainTextToBlocks('一、二季度经济运行平稳\n1.2万名职工参加\n3、4月份开展培训'))).toEqual(['一、二季度经济运行平稳', '1.2万名职工参加', '3、4月份开展培训']);
  });
});

describe('plainTextToBlocks', () => {
  it('one paragraph per line, typed numbers become heading levels', () => {
    expect(plainTextToBlocks('一、总体要求\r\n\u3000\u3000坚持问题导向。\n\n1.加强领导\n（1）明确责任')).toEqual([
      { type: 'heading', level: 1, children: [{ text: '总体要求' }] },
      { type: 'paragraph', children: [{ text: '坚持问题导向。' }] },
      { type: 'heading', level: 3, children: [{ text: '加强领导' }] },
      { type: 'heading', level: 4, children: [{ text: '明确责任' }] },
    ]);
  });
});
