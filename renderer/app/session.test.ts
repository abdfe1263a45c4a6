/**
 * The save state as the store holds it: a document change touches the store only when the save state really
 * changes (the first keystroke after opening, saving or autosaving), so typing does not re-render the app.
 */
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '#core/draft/model';
import { session } from './session';
import { useApp } from './store';

describe('session', () => {
  it('marks the draft edited once per save state, not once per keystroke', () => {
    session.load(emptyDraft(), null, '空白草稿（未保存）');
    expect(useApp.getState()).toMatchObject({ dirty: false, autosaveDirty: false, saveState: '未保存' });
    let updates = 0;
    const stop = useApp.subscribe(() => updates++);
    for (let i = 0; i < 20; i++) session.edited();
    expect(updates).toBe(1);
    expect(useApp.getState()).toMatchObject({ dirty: true, autosaveDirty: true, saveState: '有未保存的修改' });

    // After an autosave the next keystroke is noticed again (the draft is still dirty: not in its file).
    useApp.setState({ autosaveDirty: false, saveState: '已自动保存 10:00:00' });
    updates = 0;
    for (let i = 0; i < 20; i++) session.edited();
    expect(updates).toBe(1);
    expect(useApp.getState().saveState).toBe('有未保存的修改');

    session.saved('/d/报告.gwdraft', '报告');
    expect(useApp.getState()).toMatchObject({ dirty: false, autosaveDirty: false });
    expect(useApp.getState().session).toMatchObject({ path: '/d/报告.gwdraft', name: '报告' });
    stop();
  });

  it('opens each draft in a fresh editor; a recovered one counts as unsaved', () => {
    session.load(emptyDraft(), null, 'a');
    const first = useApp.getState().session!;
    session.load(emptyDraft(), '/d/x.gwdraft', 'x（已恢复）', { unsaved: '已恢复，尚未保存' });
    const second = useApp.getState().session!;
    expect(second.key).toBe(first.key + 1);
    expect(second.editor).not.toBe(first.editor);
    expect(useApp.getState()).toMatchObject({ dirty: true, autosaveDirty: true, saveState: '已恢复，尚未保存' });
  });

  it('keeps the draft unsaved when the user typed while the save was on its way', () => {
    session.load(emptyDraft(), '/d/a.gwdraft', 'a', { version: 'v1' });
    session.edited();
    const mark = session.mark();
    session.edited(); // typed after the save took its copy
    session.saved('/d/a.gwdraft', 'a', 'v2', mark);
    expect(useApp.getState()).toMatchObject({ dirty: true, autosaveDirty: true, saveState: '有未保存的修改' });
    expect(useApp.getState().session?.version).toBe('v2');
    // A save with nothing typed since is clean.
    session.saved('/d/a.gwdraft', 'a', 'v3', session.mark());
    expect(useApp.getState()).toMatchObject({ dirty: false, autosaveDirty: false });
  });
});
