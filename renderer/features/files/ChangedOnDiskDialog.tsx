/**
 * Before saving over a file another program (or another window) changed since this page opened it: 保留两份
 * (save this text as a new file, the other stays), 覆盖 (the other version is kept as the file's .bak), or 比较
 * (what differs, paragraph by paragraph, before choosing). Closing it saves nothing; the text stays in the page.
 */
import React, { useMemo, useState } from 'react';
import type { Draft } from '#core/draft/model';
import { openDialog } from '../../app/dialogs';
import { focusEditor } from '../../app/editor';
import { Dialog } from '../../ui/Dialog';
import { diffDrafts, type DiffRow } from './draft-diff';
import './changed-on-disk.css';

export interface ChangedOnDiskProps {
  name: string;
  /** The version now on disk; null if it could not be read. */
  theirs: Draft | null;
  mine: Draft;
  onKeepBoth(): void;
  onOverwrite(): void;
}

export function openChangedOnDisk(p: ChangedOnDiskProps): void {
  // Whatever the answer, the caret goes back to the page: the user goes on writing.
  openDialog(
    (close) => (
      <ChangedOnDiskDialog
        {...p}
        close={() => {
          close();
          focusEditor();
        }}
      />
    ),
    { key: 'changed-on-disk' },
  );
}

function ChangedOnDiskDialog({ name, theirs, mine, onKeepBoth, onOverwrite, close }: ChangedOnDiskProps & { close(): void }) {
  const [comparing, setComparing] = useState(false);
  return (
    <Dialog title="文件已被其他程序修改" onClose={close} wide={comparing} testId="changed-on-disk">
      <p>
        “{name}”在本页打开之后，被其他程序（或另一个窗口）修改并保存过。直接保存会覆盖那些修改。请选择：
      </p>
      <ul className="cod-choices">
        <li>
          <b>保留两份</b>：把本页内容另存为新文件，磁盘上的文件保持不变。
        </li>
        <li>
          <b>覆盖</b>：用本页内容覆盖磁盘上的文件（被覆盖的版本会留作备份 .bak）。
        </li>
        <li>
          <b>比较</b>：先看看两份有什么不同。
        </li>
      </ul>
      {comparing && <Comparison theirs={theirs} mine={mine} />}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={close}>
          暂不保存
        </button>
        {!comparing && (
          <button type="button" className="btn" onClick={() => setComparing(true)}>
            比较
          </button>
        )}
        <button
          type="button"
          className="btn danger"
          onClick={() => {
            close();
            onOverwrite();
          }}
        >
          覆盖
        </button>
        <button
          type="button"
          className="btn primary"
          data-autofocus
          onClick={() => {
            close();
            onKeepBoth();
          }}
        >
          保留两份
        </button>
      </div>
    </Dialog>
  );
}

function Comparison({ theirs, mine }: { theirs: Draft | null; mine: Draft }) {
  const diff = useMemo(() => (theirs ? diffDrafts(theirs, mine) : null), [theirs, mine]);
  if (!theirs) return <p className="cod-note">磁盘上的版本未能读取，无法比较。</p>;
  if (!diff) return <p className="cod-note">两份差别太大，无法逐段比较。</p>;
  if (diff.changed + diff.mine + diff.theirs === 0) return <p className="cod-note">两份的文字相同（可能只是文件信息不同），覆盖不会丢失文字。</p>;
  return (
    <div className="cod-compare" data-testid="compare">
      <p className="cod-legend">
        <span className="cod-theirs">删除线</span>：只在磁盘上的版本中（覆盖后将没有）；<span className="cod-mine">下划线</span>：只在本页中。
        {diff.changed > 0 && ` 改动 ${diff.changed} 段`}
        {diff.theirs > 0 && ` 磁盘上多 ${diff.theirs} 段`}
        {diff.mine > 0 && ` 本页多 ${diff.mine} 段`}
      </p>
      <div className="cod-rows">
        {diff.rows.map((r, i) => (
          <Row key={i} row={r} />
        ))}
      </div>
    </div>
  );
}

function Row({ row }: { row: DiffRow }) {
  switch (row.kind) {
    case 'same':
      return <p className="cod-row">{row.text || '（空段）'}</p>;
    case 'folded':
      return <p className="cod-row cod-folded">……相同的 {row.count} 段……</p>;
    case 'theirs':
      return (
        <p className="cod-row" data-side="theirs">
          <span className="cod-tag">仅磁盘上</span>
          <del className="cod-theirs">{row.text || '（空段）'}</del>
        </p>
      );
    case 'mine':
      return (
        <p className="cod-row" data-side="mine">
          <span className="cod-tag">仅本页</span>
          <ins className="cod-mine">{row.text || '（空段）'}</ins>
        </p>
      );
    case 'changed':
      return (
        <p className="cod-row" data-side="changed">
          <span className="cod-tag">改动</span>
          {row.pieces.map((p, i) =>
            p.side === 'theirs' ? (
              <del key={i} className="cod-theirs">
                {p.text}
              </del>
            ) : p.side === 'mine' ? (
              <ins key={i} className="cod-mine">
                {p.text}
              </ins>
            ) : (
              <span key={i}>{p.text}</span>
            ),
          )}
        </p>
      );
  }
}
