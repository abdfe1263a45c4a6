/**
 * 往年怎么写: a side panel listing the archive's passages most like the heading or paragraph at the caret
 * (ranked by the host, host.pastPassages), each with its document, year and section and its specifics
 * highlighted. 插入 puts one after the caret's block with the specifics marked to check (as the 段落库 does);
 * 对照 shows it beside this draft's text at the caret. The document the draft was made from is left out:
 * its text is in the draft already.
 */
import React, { useEffect, useState } from 'react';
import type { RankedPassage } from '../../../electron/api';
import type { SpecificSpan } from '#core/corpus/specifics';
import type { BlockElement } from '#core/draft/model';
import { passageToBlocks } from '#core/draft/past-passages';
import { Editor, Transforms, type Node } from 'slate';
import { insertBlocksAtCursor } from '../../editor/plugin';
import { blocksToInsert } from '../../editor/plugins/insert';
import { useCaretRole } from '../../app/caret';
import { currentEditor, focusEditor, revealBlock } from '../../app/editor';
import { useApp, type AppState } from '../../app/store';
import { say } from '../../app/toasts';
import { host } from '../../host';
import { caretQuery, headingInsertIndex, ownText, type CaretQuery } from './passage-query';
import './from-past.css';

/** Pause after a caret move or keystroke before asking (the host answers in milliseconds; typing should not flood it). */
const PAUSE_MS = 300;
/** A passage's text shown in the list; 对照 shows it whole. */
const PREVIEW_CHARS = 140;

const queryOf = (s: AppState): CaretQuery | null => (s.session ? caretQuery(s.session.editor.children as BlockElement[], s.activeBlock) : null);
/** Re-rendered only when what would be asked changes (the analysis pass updates the store after each pause). */
const queryKey = (s: AppState): string => {
  const q = queryOf(s);
  return q ? `${q.blockIndex}\u0000${q.text}` : '';
};

type Answer = { key: string; list: RankedPassage[] } | { key: string; error: string };

export function PastPassagesSidePanel() {
  const key = useApp(queryKey);
  const role = useCaretRole();
  const exclude = useApp((s) => s.session?.draft.meta.fromPast?.sourceId);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [compare, setCompare] = useState<RankedPassage | null>(null);

  useEffect(() => {
    setCompare(null);
    const q = queryOf(useApp.getState());
    if (!q) return;
    let live = true;
    const t = window.setTimeout(() => {
      host
        .pastPassages(q.text, { role, limit: 20, excludeDocId: exclude })
        .then((list) => live && setAnswer({ key, list }))
        .catch((e: Error) => live && setAnswer({ key, error: `未能查询往年材料：${e.message}` }));
    }, PAUSE_MS);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [key, role, exclude]);

  const q = queryOf(useApp.getState());
  if (!key || !q) return <div className="muted pad">把光标放在一个标题或段落中，这里列出往年材料里写法相近的段落。</div>;
  if (compare) return <Compare passage={compare} query={q} onBack={() => setCompare(null)} />;
  const current = answer?.key === key ? answer : null;
  return (
    <section className="fp-passages" aria-label="往年怎么写" data-testid="past-passages">
      <header className="fp-pp-query">
        <span className="muted">{q.kind === 'heading' ? '标题' : '段落'}：</span>
        <span className="fp-pp-query-text" title={q.text}>
          {q.text}
        </span>
      </header>
      {!current && <div className="muted pad">正在查找……</div>}
      {current && 'error' in current && <div className="warn pad">{current.error}</div>}
      {current && 'list' in current && current.list.length === 0 && <div className="muted pad">往年材料中没有写法相近的段落。可在“语料库”中导入往年的报告。</div>}
      {current && 'list' in current && current.list.length > 0 && (
        <ul className="fp-pp-list">
          {current.list.map((r) => (
            <li key={r.passage.id} className="fp-pp-item" data-testid="past-passage">
              <Source r={r} />
              <div className={r.passage.kind === 'heading' ? 'fp-pp-text fp-pp-heading' : 'fp-pp-text'}>
                <Highlighted text={r.passage.text} spans={r.specifics} max={PREVIEW_CHARS} />
              </div>
              <div className="row fp-pp-actions">
                <button type="button" className="btn small" onMouseDown={keep} onClick={() => insertPassage(r, q)} title="插入到光标所在段之后，其中的数字、年份等标为待核对">
                  插入
                </button>
                <button type="button" className="btn small" onMouseDown={keep} onClick={() => setCompare(r)} title="与本稿光标处的文字并排对照">
                  对照
                </button>
                {r.specifics.length > 0 && <span className="muted">{r.specifics.length} 处具体内容</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Buttons keep the page's selection when pressed. */
const keep = (e: React.MouseEvent) => e.preventDefault();

function Source({ r }: { r: RankedPassage }) {
  const p = r.passage;
  return (
    <div className="fp-pp-source">
      <span className="fp-pp-doc" title={p.fileName}>
        《{p.docTitle}》
      </span>
      {p.year ? <span className="fp-pp-year">{p.year}年</span> : null}
      {/* Same-titled documents (every 政府工作报告) are told apart by the file she imported. */}
      {p.fileName && <span className="muted fp-pp-file">{p.fileName}</span>}
      {p.section && (
        <div className="muted fp-pp-section" title={p.section}>
          {p.section}
        </div>
      )}
    </div>
  );
}

/** The text with its specifics highlighted (cut at `max` characters, if given, with an ellipsis). */
export function Highlighted({ text, spans, max }: { text: string; spans: readonly SpecificSpan[]; max?: number }) {
  const end = max && text.length > max ? max : text.length;
  const out: React.ReactNode[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start >= end) break;
    if (s.start > pos) out.push(text.slice(pos, s.start));
    out.push(
      <mark key={s.start} className="fp-specific" title={s.reason}>
        {text.slice(s.start, Math.min(s.end, end))}
      </mark>,
    );
    pos = Math.min(s.end, end);
  }
  if (pos < end) out.push(text.slice(pos, end));
  if (end < text.length) out.push('……');
  return <>{out}</>;
}

/** 对照: this draft's text at the caret above, last year's passage below, whole. */
function Compare({ passage, query, onBack }: { passage: RankedPassage; query: CaretQuery; onBack(): void }) {
  const mine = useApp((s) => {
    const b = s.session?.editor.children[query.blockIndex] as BlockElement | undefined;
    return b ? ownText(b) : '';
  });
  return (
    <section className="fp-compare" aria-label="对照往年写法" data-testid="past-compare">
      <div className="row fp-compare-bar">
        <button type="button" className="btn small" onMouseDown={keep} onClick={onBack}>
          ← 返回列表
        </button>
        <button type="button" className="btn small primary" onMouseDown={keep} onClick={() => insertPassage(passage, query)}>
          插入
        </button>
      </div>
      <div className="fp-compare-panes">
        <div className="fp-compare-pane">
          <div className="fp-label">本稿</div>
          <div className="fp-compare-text">{mine || <span className="muted">（尚未填写）</span>}</div>
        </div>
        <div className="fp-compare-pane">
          <div className="fp-label">往年</div>
          <Source r={passage} />
          <div className="fp-compare-text">
            {passage.passage.text.split('\n').map((line, i, all) => {
              const offset = all.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
              const spans = passage.specifics.filter((s) => s.start >= offset && s.end <= offset + line.length).map((s) => ({ ...s, start: s.start - offset, end: s.end - offset }));
              return (
                <p key={i} className={passage.passage.kind === 'heading' ? 'fp-compare-h' : undefined}>
                  <Highlighted text={line} spans={spans} />
                </p>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}

/**
 * Specifics marked to check. A paragraph goes after the caret's block (replacing an empty paragraph); a heading
 * takes the level at the caret and goes at the end of the caret's section, so her text stays under its heading.
 */
function insertPassage(r: RankedPassage, q: CaretQuery): void {
  const editor = currentEditor();
  if (!editor) return;
  const blocks = passageToBlocks(r.passage, { level: q.level ?? undefined });
  const first = blocks[0];
  if (first?.type === 'heading') {
    const content = editor.children as BlockElement[];
    const caret = editor.selection ? editor.selection.anchor.path[0] : q.blockIndex;
    const at = headingInsertIndex(content, caret, first.level);
    const nodes = blocksToInsert(editor, blocks);
    if (!nodes.length) return;
    Transforms.insertNodes(editor, nodes as Node[], { at: [at] });
    Transforms.select(editor, Editor.end(editor, [at + nodes.length - 1]));
    // Once the page has drawn it: the section's end may be screens below the caret.
    window.requestAnimationFrame(() => revealBlock(at));
  } else insertBlocksAtCursor(editor, blocks);
  focusEditor();
  const n = blocks.reduce((k, b) => k + b.children.filter((c) => 'text' in c && c.check).length, 0);
  const from = `《${r.passage.docTitle}》${r.passage.year ? `（${r.passage.year}年）` : ''}`;
  const what = first?.type === 'heading' ? `在本节末尾插入${from}的标题` : `插入${from}的一段`;
  say(n ? `已${what}，其中 ${n} 处具体内容待核对` : `已${what}`);
}
