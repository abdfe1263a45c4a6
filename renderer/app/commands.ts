/**
 * Every command the user can give, declared once. The toolbar (features/toolbar), the two key handlers
 * (app scope: the window listener in keys.ts; editor scope: the page's onKeyDown, which skips IME
 * composition) and the 快捷键 dialog are generated from this list, so they cannot disagree.
 *
 * A new command: one entry here (and its id in the toolbar layout if it gets a button).
 */
import type { Editor } from 'slate';
import type { BlockElement, HeadingNumbering } from '#core/draft/model';
import { Node, Range, Text } from 'slate';
import { clearCheck, clearChecksInSection, clearChecksInSelection, jumpToPlaceholder, setBlockKind, toggleBold } from '../editor/commands';
import { elements } from '../features/elements/element-commands';
import { exportDraft } from '../features/export/export-commands';
import { files } from '../features/files/file-commands';
import { find } from '../features/find/find';
import { stepper } from '../features/from-past/stepper';
import { openCorpusDialog } from '../features/corpus/CorpusDialog';
import { openFormatProfiles } from '../features/format-profiles/FormatProfilesDialog';
import { openSettingsDialog } from '../features/settings/SettingsDialog';
import { ShortcutsDialog } from '../features/settings/ShortcutsDialog';
import { openDialog } from './dialogs';
import { say } from './toasts';
import { selectedRunText } from './editor';
import type { AppState } from './store';
import React from 'react';

export interface CommandContext {
  state: AppState;
  /** The open draft's editor (null on the start screen). */
  editor: Editor | null;
}

export interface Command {
  id: string;
  /** The toolbar button's text and the name everywhere else. */
  label: string;
  /** What the tooltip and the 快捷键 dialog say, when the label alone says too little. */
  hint?: string;
  /** As shown and as matched: 'Ctrl+S', 'Ctrl+Shift+S', 'Tab', 'Ctrl+Enter' (Ctrl is ⌘ on macOS too). */
  keys?: string[];
  /**
   * The keys in the browser host when `keys` cannot work there: the browser keeps Ctrl+N (new window), Ctrl+T
   * and Ctrl+W for itself and never lets a page see them, and some browsers Ctrl+O. keysOf (keys.ts) picks.
   */
  browserKeys?: string[];
  /** 'app': anywhere in the window; 'editor': only while typing in the page. */
  scope: 'app' | 'editor';
  /** Default: always for app commands, with an open draft for editor commands. */
  enabled?(c: CommandContext): boolean;
  /** A command that toggles a state: whether it is on (a menu shows it ticked). */
  checked?(c: CommandContext): boolean;
  run(c: CommandContext): unknown;
}

const hasDraft = (c: CommandContext) => c.state.session !== null;
/** A draft open in a window that may save (not read-only: another instance has the data directory). */
const canSave = (c: CommandContext) => hasDraft(c) && !c.state.readOnly;

/** The heading the caret is in, if it is in one. */
const headingAtCaret = (c: CommandContext) => {
  const b = c.editor?.children[c.state.activeBlock] as BlockElement | undefined;
  return b?.type === 'heading' ? b : null;
};
/** 编号从 1 重新开始 / 接续上一部分: a heading's numbering, toggled (editor/commands.ts toggleHeadingNumbering). */
const headingNumbering = (numbering: HeadingNumbering): Pick<Command, 'enabled' | 'checked' | 'run'> => ({
  enabled: (c) => headingAtCaret(c) !== null,
  checked: (c) => headingAtCaret(c)?.numbering === numbering,
  run: (c) => c.editor && elements.numbering(c.editor, numbering),
});

/** An editor command: enabled with an open draft, run on its editor. */
const onEditor = (f: (editor: Editor) => unknown): Pick<Command, 'enabled' | 'run'> => ({
  enabled: (c) => c.editor !== null,
  run: (c) => c.editor && f(c.editor),
});

/** The 待核对 run the caret is in, if any. */
function checkAtCaret(editor: Editor | null): number[] | null {
  const sel = editor?.selection;
  if (!editor || !sel) return null;
  try {
    const node = Node.get(editor, sel.anchor.path);
    return Text.isText(node) && node.check ? sel.anchor.path : null;
  } catch {
    return null;
  }
}

/** 全部核对无误: the marks the selection touches, or — with a caret only — those of its section. */
function confirmChecks(editor: Editor): number {
  const sel = editor.selection;
  return sel && !Range.isCollapsed(sel) ? clearChecksInSelection(editor) : clearChecksInSection(editor);
}

const LEVELS = [
  [1, '一级标题', '一、'],
  [2, '二级标题', '（一）'],
  [3, '三级标题', '1.'],
  [4, '四级标题', '（1）'],
] as const;

export const COMMANDS: readonly Command[] = [
  { id: 'draft.new', label: '新建', hint: '新建草稿', keys: ['Ctrl+N'], browserKeys: ['Alt+N'], scope: 'app', run: () => files.newDraft() },
  { id: 'draft.open', label: '打开', hint: '打开草稿或 Word 文件', keys: ['Ctrl+O'], browserKeys: ['Alt+O'], scope: 'app', run: () => files.open() },
  { id: 'draft.save', label: '保存', keys: ['Ctrl+S'], scope: 'app', enabled: canSave, run: () => files.save() },
  { id: 'draft.saveAs', label: '另存为', keys: ['Ctrl+Shift+S'], scope: 'app', enabled: canSave, run: () => files.saveAs() },
  { id: 'export.word', label: '导出Word', hint: '导出为符合 GB/T 9704 的 Word 文件', scope: 'app', enabled: hasDraft, run: () => exportDraft.word() },
  { id: 'export.pdf', label: '导出PDF', hint: '导出为 PDF（版面与 Word 文件相同），供屏幕阅读', scope: 'app', enabled: hasDraft, run: () => exportDraft.pdf() },
  { id: 'export.copy', label: '复制富文本', hint: '复制全文（带格式），粘贴到 Word/WPS', scope: 'app', enabled: hasDraft, run: () => exportDraft.copyRich() },
  { id: 'export.text', label: '导出纯文本', hint: '导出为 .txt 纯文本', scope: 'app', enabled: hasDraft, run: () => exportDraft.text() },
  { id: 'corpus.open', label: '语料库', hint: '查看与导入往年材料', scope: 'app', enabled: (c) => c.state.skeletons !== null, run: openCorpusDialog },
  { id: 'edit.undo', label: '撤销', keys: ['Ctrl+Z'], scope: 'editor', ...onEditor((e) => e.undo()) },
  { id: 'edit.redo', label: '重做', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], scope: 'editor', ...onEditor((e) => e.redo()) },
  { id: 'find.open', label: '查找替换', hint: '查找 / 替换', keys: ['Ctrl+F', 'Ctrl+H'], scope: 'app', enabled: hasDraft, run: () => find.open(selectedRunText()) },
  { id: 'text.bold', label: '加粗', hint: '加粗段首句', keys: ['Ctrl+B'], scope: 'editor', ...onEditor(toggleBold) },
  ...LEVELS.map(
    ([n, name, marker]): Command => ({
      id: `block.h${n}`,
      label: name,
      hint: `设为${name}（${marker}），再按恢复正文`,
      keys: [`Ctrl+${n}`],
      scope: 'editor',
      ...onEditor((e) => setBlockKind(e, n)),
    }),
  ),
  { id: 'block.paragraph', label: '正文', hint: '设为正文', keys: ['Ctrl+0'], scope: 'editor', ...onEditor((e) => setBlockKind(e, 'paragraph')) },
  // 公文要素 (features/elements): the elements around the body, each where GB/T 9704 puts it, and 段首标题.
  { id: 'element.closing', label: '落款（署名和成文日期）…', hint: '插入或修改发文机关署名和成文日期', scope: 'editor', ...onEditor(elements.closing) },
  { id: 'element.attachments', label: '附件说明…', hint: '插入或修改附件说明', scope: 'editor', ...onEditor(elements.attachments) },
  { id: 'element.note', label: '附注…', hint: '插入或修改附注（成文日期下一行）', scope: 'editor', ...onEditor(elements.note) },
  { id: 'element.imprint', label: '版记（抄送、印发）…', hint: '插入或修改版记：抄送机关、印发机关和印发日期', scope: 'editor', ...onEditor(elements.imprint) },
  { id: 'element.header', label: '版头（红头）…', hint: '插入或修改版头：发文机关标志、发文字号、签发人', scope: 'editor', ...onEditor(elements.header) },
  { id: 'element.byline', label: '讲话人和日期…', hint: '讲话稿：在标题下写明讲话人和日期', scope: 'editor', ...onEditor(elements.byline) },
  { id: 'heading.runIn', label: '段首标题', hint: '设为（或取消）段首标题：如“1.加强组织领导。各单位要……”，句号前为标题', scope: 'editor', ...onEditor(elements.runIn) },
  {
    id: 'heading.restart',
    label: '编号从 1 重新开始',
    hint: '光标所在标题的编号从 1 重新开始，如引导语之后的另一组“1. 2. 3.”（再选一次恢复按顺序编号）',
    scope: 'editor',
    ...headingNumbering('restart'),
  },
  {
    id: 'heading.continue',
    label: '编号接续上一部分',
    hint: '光标所在标题接着前一部分的同级标题编号，如“二、”之下接着“（六）”（再选一次恢复按顺序编号）',
    scope: 'editor',
    ...headingNumbering('continue'),
  },
  { id: 'placeholder.next', label: '下一个占位符', hint: '跳到下一个未填写的占位符', keys: ['Tab'], scope: 'editor', ...onEditor((e) => jumpToPlaceholder(e)) },
  { id: 'placeholder.prev', label: '上一个占位符', hint: '跳到上一个未填写的占位符', keys: ['Shift+Tab'], scope: 'editor', ...onEditor((e) => jumpToPlaceholder(e, true)) },
  {
    id: 'check.confirm',
    label: '核对无误',
    hint: '光标在“待核对”内容上时：核对无误',
    keys: ['Ctrl+Enter'],
    scope: 'editor',
    enabled: (c) => checkAtCaret(c.editor) !== null,
    run: (c) => {
      const at = checkAtCaret(c.editor);
      if (c.editor && at) clearCheck(c.editor, at);
    },
  },
  {
    id: 'check.confirmAll',
    label: '全部核对无误',
    hint: '选中范围内（未选中时为光标所在一节）的“待核对”内容全部核对无误',
    keys: ['Ctrl+Shift+Enter'],
    scope: 'editor',
    enabled: (c) => c.editor !== null && c.state.analysis.stats.checks > 0,
    run: (c) => {
      const n = c.editor ? confirmChecks(c.editor) : 0;
      say(n ? `已核对 ${n} 处` : '这里没有待核对的内容（选中一段文字，或把光标放在要核对的一节中）');
    },
  },
  { id: 'marks.next', label: '下一处标记', hint: '逐处核对：选中下一处待核对、待改写或待填写的内容', keys: ['F8'], scope: 'app', enabled: hasDraft, run: () => stepper.step() },
  { id: 'marks.prev', label: '上一处标记', hint: '逐处核对：选中上一处待核对、待改写或待填写的内容', keys: ['Shift+F8'], scope: 'app', enabled: hasDraft, run: () => stepper.step(true) },
  { id: 'format.profiles', label: '单位细则', hint: '管理导出用的版式细则：页边距、字体、行数、页码', scope: 'app', run: () => openFormatProfiles() },
  { id: 'settings.open', label: '设置', hint: '语速、审稿提醒、自动保存', scope: 'app', enabled: (c) => c.state.prefs !== null, run: openSettingsDialog },
  {
    id: 'help.keys',
    label: '快捷键',
    hint: '快捷键一览',
    scope: 'app',
    run: () => openDialog((close) => React.createElement(ShortcutsDialog, { commands: COMMANDS, onClose: close }), { key: 'keys' }),
  },
];

export const commandById = new Map(COMMANDS.map((c) => [c.id, c]));
