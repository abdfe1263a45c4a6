/**
 * 公文要素: inserting and editing the elements around the body — 落款（署名和成文日期）, 附件说明, 附注, 版记, 版头 and
 * 讲话人和日期 — each through its dialog, applied to the page as one undo step (editor/elements.ts) and put where
 * GB/T 9704 has it whatever the caret's position; and 段首标题 (a run-in heading) at the caret.
 */
import React from 'react';
import type { Editor } from 'slate';
import { currentElements, formatDate, removeElements, setAttachments, setByline, setImprint, setNote, setRedHeader, setSignature } from '#core/draft/gongwen-commands';
import { HEAD_TYPES, IMPRINT_TYPES } from '#core/draft/gongwen-kinds';
import type { BlockElement, BlockElement as B, HeadingNumbering } from '#core/draft/model';
import { toggleHeadingNumbering } from '../../editor/commands';
import { toggleRunIn, transformContent } from '../../editor/elements';
import { openDialog } from '../../app/dialogs';
import { focusEditor, revealBlock } from '../../app/editor';
import { say } from '../../app/toasts';
import { dateProblems, docNumberHints, ElementDialog, type Field, type Values } from './ElementDialogs';
import './elements.css';

const lines = (s: unknown) =>
  String(s ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const str = (v: unknown) => String(v ?? '').trim();
const today = () => formatDate(new Date());

/** Applies a transform, puts the caret in the block `caret` finds (or the first changed), shows it and tells the user. */
function apply(editor: Editor, f: (c: BlockElement[]) => BlockElement[], message: string, caret?: (c: B[]) => number): void {
  const at = transformContent(editor, f, caret);
  focusEditor();
  if (at >= 0) revealBlock(at);
  say(message);
}

const lastOf = (type: B['type']) => (c: B[]) => {
  for (let i = c.length - 1; i >= 0; i--) if (c[i].type === type) return i;
  return -1;
};
const firstOf = (type: B['type']) => (c: B[]) => c.findIndex((b) => b.type === type);

function open(key: string, render: (close: () => void) => React.ReactNode): void {
  openDialog(render, { key: `gw-${key}` });
}

export const elements = {
  /** 落款: 署名 (several for 联合行文) and 成文日期, with or without seal. */
  closing(editor: Editor): void {
    const cur = currentElements(editor.children as B[]);
    const fields: Field[] = [
      { key: 'signatories', label: '发文机关署名', kind: 'lines', placeholder: '如：某某县人民政府办公室', hint: '联合行文时每行一个机关，主办机关在前', required: true },
      { key: 'date', label: '成文日期', placeholder: today(), problems: dateProblems, required: true },
      { key: 'seal', label: '加盖印章', kind: 'check', hint: '盖章时成文日期右空四字、署名居中于日期之上；不盖章时署名右空二字' },
    ];
    open('closing', (close) => (
      <ElementDialog
        title="插入落款（署名和成文日期）"
        intro="落款排在正文（或附件说明）之下，位置按 GB/T 9704—2012 7.3.5 自动排好。"
        testId="gw-closing"
        fields={fields}
        initial={{ signatories: cur.signatories.join('\n'), date: cur.date || today(), seal: cur.seal }}
        exists={cur.signatories.length > 0 || !!cur.date}
        onClose={close}
        onApply={(v: Values) => apply(editor, (c) => setSignature(c, { signatories: lines(v.signatories), date: str(v.date), seal: !!v.seal }), '已插入落款', lastOf('date'))}
        onRemove={() => apply(editor, (c) => removeElements(c, ['signature', 'date']), '已删除落款')}
      />
    ));
  },

  /** 附件说明: the attachments' names, one a line (numbered by the layout). */
  attachments(editor: Editor): void {
    const cur = currentElements(editor.children as B[]);
    open('attachments', (close) => (
      <ElementDialog
        title="附件说明"
        intro="正文下空一行、左空二字写“附件：”，多个附件自动编号（7.3.6）。附件名称后不加标点。"
        testId="gw-attachments"
        fields={[{ key: 'names', label: '附件名称', kind: 'lines', placeholder: '每行一个附件名称', required: true }]}
        initial={{ names: cur.attachments.join('\n') }}
        exists={cur.attachments.length > 0}
        onClose={close}
        onApply={(v) => apply(editor, (c) => setAttachments(c, lines(v.names)), '已插入附件说明', lastOf('attachment'))}
        onRemove={() => apply(editor, (c) => removeElements(c, ['attachment']), '已删除附件说明')}
      />
    ));
  },

  /** 附注: one line in round brackets under the 成文日期. */
  note(editor: Editor): void {
    const cur = currentElements(editor.children as B[]);
    open('note', (close) => (
      <ElementDialog
        title="附注"
        intro="居左空二字加圆括号，编排在成文日期下一行（7.3.7），如“此件公开发布”。"
        testId="gw-note"
        fields={[{ key: 'note', label: '附注', placeholder: '此件公开发布', required: true }]}
        initial={{ note: cur.note }}
        exists={!!cur.note}
        onClose={close}
        onApply={(v) => apply(editor, (c) => setNote(c, str(v.note)), '已插入附注', firstOf('note'))}
        onRemove={() => apply(editor, (c) => removeElements(c, ['note']), '已删除附注')}
      />
    ));
  },

  /** 版记: 抄送 and 印发机关、印发日期, at the end between rules. */
  imprint(editor: Editor): void {
    const cur = currentElements(editor.children as B[]);
    open('imprint', (close) => (
      <ElementDialog
        title="版记（抄送、印发）"
        intro="版记排在最后一页的最下面，4号仿宋，首末条为粗线（7.4）。"
        testId="gw-imprint"
        fields={[
          { key: 'copyTo', label: '抄送机关', kind: 'lines', placeholder: '每行一个，或用逗号分隔；可不填', hint: '机关之间用逗号，最后一个后标句号（自动添加）' },
          { key: 'printedBy', label: '印发机关', placeholder: '如：某某县人民政府办公室', required: true },
          { key: 'printedOn', label: '印发日期', placeholder: today(), problems: dateProblems, required: true },
        ]}
        initial={{ copyTo: cur.copyTo.split(/[，,]/).filter(Boolean).join('\n'), printedBy: cur.printedBy, printedOn: cur.printedOn || today() }}
        exists={!!cur.printedBy || !!cur.copyTo}
        onClose={close}
        onApply={(v) => apply(editor, (c) => setImprint(c, { copyTo: lines(v.copyTo).flatMap((l) => l.split(/[，,、]/)), printedBy: str(v.printedBy), date: str(v.printedOn) }), '已插入版记', lastOf('printed'))}
        onRemove={() => apply(editor, (c) => removeElements(c, IMPRINT_TYPES), '已删除版记')}
      />
    ));
  },

  /** 版头: 发文机关标志 (红头) and 发文字号, 签发人, 份号, 密级, 紧急程度; or space for red-head paper. */
  header(editor: Editor): void {
    const cur = currentElements(editor.children as B[]).header;
    open('header', (close) => (
      <ElementDialog
        title="版头（红头）"
        intro="发文机关标志套红居中，其下为发文字号和红色分隔线，标题在分隔线下空二行（7.2）。使用已印好红头的公文纸时，勾选“红头纸”只预留位置、不打印。"
        testId="gw-header"
        fields={[
          { key: 'issuerMark', label: '发文机关标志', placeholder: '如：某某县人民政府办公室文件', required: true },
          { key: 'docNumber', label: '发文字号', placeholder: '如：某政办发〔2027〕1号', problems: docNumberHints, required: true },
          { key: 'signer', label: '签发人', placeholder: '上行文填写；可不填' },
          { key: 'copyNo', label: '份号', placeholder: '如：000001；可不填' },
          { key: 'secrecy', label: '密级和保密期限', placeholder: '如：秘密★1年；可不填' },
          { key: 'urgency', label: '紧急程度', placeholder: '特急 或 加急；可不填' },
          { key: 'reserve', label: '红头纸（发文机关标志已印好，只预留位置）', kind: 'check' },
        ]}
        initial={{ issuerMark: cur?.issuerMark ?? '', docNumber: cur?.docNumber ?? '', signer: cur?.signer ?? '', copyNo: cur?.copyNo ?? '', secrecy: cur?.secrecy ?? '', urgency: cur?.urgency ?? '', reserve: cur?.mode === 'reserve' }}
        exists={!!cur}
        onClose={close}
        onApply={(v) =>
          apply(
            editor,
            (c) =>
              setRedHeader(c, {
                issuerMark: str(v.issuerMark),
                docNumber: str(v.docNumber),
                signer: str(v.signer),
                copyNo: str(v.copyNo),
                secrecy: str(v.secrecy),
                urgency: str(v.urgency),
                mode: v.reserve ? 'reserve' : 'print',
              }),
            '已插入版头',
            firstOf('docNumber'),
          )
        }
        onRemove={() => apply(editor, (c) => removeElements(c, HEAD_TYPES), '已删除版头')}
      />
    ));
  },

  /** 讲话稿: the speaker and the date under the title. */
  byline(editor: Editor): void {
    const cur = currentElements(editor.children as B[]);
    open('byline', (close) => (
      <ElementDialog
        title="讲话人和日期（讲话稿）"
        intro="讲话稿在标题下居中写明讲话人和日期，楷体，日期加圆括号。"
        testId="gw-byline"
        fields={[
          { key: 'speaker', label: '讲话人', placeholder: '如：县委书记  张三' },
          { key: 'date', label: '讲话日期', placeholder: today(), problems: dateProblems },
        ]}
        initial={{ speaker: cur.speaker, date: cur.spokenOn || today() }}
        exists={!!cur.speaker || !!cur.spokenOn}
        onClose={close}
        onApply={(v) => apply(editor, (c) => setByline(c, { speaker: str(v.speaker), date: str(v.date) }), '已插入讲话人和日期', lastOf('byline'))}
        onRemove={() => apply(editor, (c) => removeElements(c, ['byline']), '已删除讲话人和日期')}
      />
    ));
  },

  /** 段首标题: the paragraph (or heading + paragraph) at the caret as a run-in heading, or back. */
  runIn(editor: Editor): void {
    const done = toggleRunIn(editor);
    if (done === 'separated') say('已取消段首标题：标题和正文分为两段');
    else if (done) say('已设为段首标题：句号前为标题，之后为正文');
    else say('段首标题需要一句简短的标题（以句号结束）后接正文，如“1.加强组织领导。各单位要……”', true);
  },
  /** 编号从 1 重新开始 / 编号接续上一部分: the heading at the caret (toggles). */
  numbering(editor: Editor, numbering: HeadingNumbering): void {
    const done = toggleHeadingNumbering(editor, numbering);
    if (!done) say('请先把光标放在要改编号的标题中', true);
    else if (!done.set) say(`已恢复按顺序编号：此标题现为“${done.marker}”`);
    else if (numbering === 'restart') say(`此标题的编号从 1 重新开始：现为“${done.marker}”，其后同级标题依次接续`);
    else say(`此标题的编号接续前一部分的同级标题：现为“${done.marker}”`);
  },
};
