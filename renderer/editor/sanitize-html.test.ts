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
      el('p', { class: 'MsoNormal' }, '\u3000\u3000', el('b', null, '坚持稳中求进。'), el('span', { style: 'mso-spacerun:yes' }, '全年完成'), '\n', '目标。', el('o:p', null)),
      el('p', null, el('span', { style: 'font-weight:700' }, '（二）'), '抓好安全生产'),
      el('p', null, '\u00a0'),
    );
    expect(sanitizeHtmlTree(word)).toEqual([
      { type: 'heading', level: 1, children: [{ text: '过去一年工作回顾' }] },
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
