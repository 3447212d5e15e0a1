// @vitest-environment jsdom
/**
 * The editor's drafts with their storage in memory: each edit saved by revision; a save that meets
 * another tab's newer revision keeps both tabs' edits (and says which of this tab's could not be
 * made); a refused save said, kept in the tab and saved on retry; a field's keystrokes one step of
 * undo; another tab's save shown here.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import devops from '../../../static/data/devops-engineer-2020.json';
import { validateFramework } from '../model/schema';
import { draftOfRole, type Draft } from '../model/draft';
import { applyEdit } from '../model/edits';
import { removeSkill, setDescription, setProficiency } from '../model/draftActions';
import type { DraftNews } from './draftStore';

const stored = new Map<string, Draft>();
let refuse: Error | null = null;
let hear: (news: DraftNews) => void = () => {};

vi.mock('./draftStore', () => ({
  hearDrafts: (listener: (news: DraftNews) => void) => {
    hear = listener;
    return () => {};
  },
  listDrafts: async () => [...stored.values()],
  readDraft: async (id: string) => stored.get(id),
  removeDraft: async (id: string) => void stored.delete(id),
  saveDraft: async (draft: Draft, from: number, now: string) => {
    await Promise.resolve();
    if (refuse) throw refuse;
    const current = stored.get(draft.id);
    if (current && current.revision !== from) return { newer: current };
    const saved = { ...draft, revision: from + 1, saved: now };
    stored.set(draft.id, saved);
    return { saved };
  },
}));

const { Drafts } = await import('./draftEditing.svelte');

const framework = validateFramework(devops);
const JUNIOR = 'junior-devops-engineer';
const skills = framework.roles[0].skills.map((s) => s.id);
const asked = (draft: Draft | undefined | null, skillId: string, levelId = JUNIOR) =>
  draft?.framework.roles[0].requirements.find((r) => r.levelId === levelId && r.skillId === skillId)
    ?.proficiency;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function started() {
  const host = { draft: null as string | null };
  const drafts = new Drafts(host);
  await drafts.start(draftOfRole(framework, framework.roles[0].id, 'draft-test', '2026-12-07T10:00:00Z'));
  return { drafts, host };
}

/** Another tab's save of the stored draft: one more revision, with `edit` made. */
function otherTabSaves(edit: Parameters<typeof applyEdit>[1]) {
  const draft = stored.get('draft-test')!;
  stored.set('draft-test', {
    ...draft,
    framework: applyEdit(draft.framework, edit).framework,
    revision: draft.revision + 1,
  });
}

beforeEach(() => {
  stored.clear();
  refuse = null;
});

describe('the drafts', () => {
  it('keep a new draft, open it in the link, and save each edit as the next revision', async () => {
    const { drafts, host } = await started();
    expect(host.draft).toBe('draft-test');
    expect(stored.get('draft-test')!.revision).toBe(0);
    drafts.edit(setProficiency(drafts.draft!.framework, JUNIOR, skills[0], 'expert'));
    expect(drafts.unsaved).toBe(true);
    await settle();
    await settle();
    expect(drafts.save.kind).toBe('saved');
    expect(drafts.unsaved).toBe(false);
    expect(asked(stored.get('draft-test'), skills[0])).toBe('expert');
    expect(stored.get('draft-test')!.revision).toBe(1);
  });

  it("bring this tab's edits onto another tab's newer save: both kept, and said", async () => {
    const { drafts } = await started();
    otherTabSaves(setProficiency(stored.get('draft-test')!.framework, JUNIOR, skills[1], 'working')!);
    drafts.edit(setProficiency(drafts.draft!.framework, JUNIOR, skills[0], 'expert'));
    for (let i = 0; i < 5; i++) await settle();
    const kept = stored.get('draft-test')!;
    expect(asked(kept, skills[0])).toBe('expert');
    expect(asked(kept, skills[1])).toBe('working');
    expect(kept.revision).toBe(2);
    expect(asked(drafts.draft, skills[1])).toBe('working');
    expect(drafts.notice).toBe('Another tab saved this draft too: its changes and yours are both kept.');
  });

  it('say which edits could not be made on the newer save (their skill removed there)', async () => {
    const { drafts } = await started();
    otherTabSaves(removeSkill(stored.get('draft-test')!.framework, skills[2])!);
    drafts.edit(setDescription(drafts.draft!.framework, JUNIOR, skills[2], 'Words'));
    drafts.edit(setProficiency(drafts.draft!.framework, JUNIOR, skills[0], 'expert'));
    for (let i = 0; i < 5; i++) await settle();
    expect(asked(stored.get('draft-test'), skills[0])).toBe('expert');
    expect(stored.get('draft-test')!.framework.roles[0].skills).toHaveLength(9);
    expect(drafts.notice).toBe(
      'Another tab saved this draft too: its changes are kept, and yours but for 1 edit about something it removed.',
    );
  });

  it('say a refused save, keep the edit in the tab, and save it on retry', async () => {
    const { drafts } = await started();
    refuse = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    drafts.edit(setProficiency(drafts.draft!.framework, JUNIOR, skills[0], 'expert'));
    await settle();
    await settle();
    expect(drafts.save).toEqual({
      kind: 'failed',
      message:
        "Not saved: this browser's storage for the app is full. Your changes are kept in this tab while it stays open: try again, or export the draft as JSON.",
    });
    expect(asked(drafts.draft, skills[0])).toBe('expert');
    expect(drafts.unsaved).toBe(true);
    refuse = null;
    await drafts.retry();
    expect(drafts.save.kind).toBe('saved');
    expect(asked(stored.get('draft-test'), skills[0])).toBe('expert');
  });

  it("make a field's keystrokes one step of undo, and a new visit another", async () => {
    const { drafts } = await started();
    const before = drafts.draft!.framework;
    const describe = (text: string, typing: string) =>
      drafts.edit(setDescription(drafts.draft!.framework, JUNIOR, skills[0], text), typing);
    describe('A', 'field#1');
    describe('AB', 'field#1');
    describe('ABC', 'field#1');
    describe('ABCD', 'field#2');
    drafts.undo();
    expect(drafts.draft!.framework.roles[0].requirements.find((r) => r.levelId === JUNIOR)!.description).toBe(
      'ABC',
    );
    drafts.undo();
    expect(drafts.draft!.framework).toStrictEqual(before);
    expect(drafts.canUndo).toBe(false);
    drafts.redo();
    drafts.redo();
    expect(drafts.draft!.framework.roles[0].requirements.find((r) => r.levelId === JUNIOR)!.description).toBe(
      'ABCD',
    );
  });

  it("show another tab's save when this tab has nothing unsaved", async () => {
    const { drafts } = await started();
    otherTabSaves(setProficiency(stored.get('draft-test')!.framework, JUNIOR, skills[1], 'expert')!);
    hear({ id: 'draft-test', revision: 1 });
    for (let i = 0; i < 3; i++) await settle();
    expect(asked(drafts.draft, skills[1])).toBe('expert');
    expect(drafts.notice).toBe('Changed in another tab: shown here as it is there.');
  });
});

describe('closing or leaving a draft', () => {
  it('stores what was typed before it closes; refused, the draft stays open and says so', async () => {
    const { drafts, host } = await started();
    refuse = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    drafts.edit(setProficiency(drafts.draft!.framework, JUNIOR, skills[0], 'expert'));
    await drafts.close();
    expect(drafts.draft).not.toBeNull();
    expect(host.draft).toBe('draft-test');
    expect(drafts.notice).toMatch(/^This draft stays open: what you typed last is not stored yet/);
    refuse = null;
    await drafts.close();
    expect(drafts.draft).toBeNull();
    expect(asked(stored.get('draft-test'), skills[0])).toBe('expert');
  });
});
