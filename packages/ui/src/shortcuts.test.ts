import { describe, expect, it } from 'vitest';
import { matchShortcut, readSingleKeyPreference, writeSingleKeyPreference } from './shortcuts.ts';

const key = (
  k: string,
  mods: Partial<{ alt: boolean; ctrl: boolean; meta: boolean; shift: boolean }> = {},
) => ({
  key: k,
  altKey: mods.alt ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
});
const on = { singleKeys: true, afterG: false };

class MemoryStorage {
  private values = new Map<string, string>();
  getItem(k: string) {
    return this.values.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.values.set(k, v);
  }
}

describe('case page shortcuts', () => {
  it('steps through the queue with j and k or Alt+Arrow keys', () => {
    expect(matchShortcut(key('j'), on)).toBe('next');
    expect(matchShortcut(key('k'), on)).toBe('previous');
    expect(matchShortcut(key('ArrowDown', { alt: true }), on)).toBe('next');
    expect(matchShortcut(key('ArrowUp', { alt: true }), on)).toBe('previous');
  });

  it('goes back to the queue with g then i, and opens the help with ?', () => {
    expect(matchShortcut(key('g'), on)).toBe('sequence-start');
    expect(matchShortcut(key('i'), { singleKeys: true, afterG: true })).toBe('queue');
    expect(matchShortcut(key('i'), on)).toBeUndefined();
    expect(matchShortcut(key('?', { shift: true }), on)).toBe('help');
  });

  it('leaves browser and system shortcuts alone', () => {
    expect(matchShortcut(key('j', { ctrl: true }), on)).toBeUndefined();
    expect(matchShortcut(key('k', { meta: true }), on)).toBeUndefined();
    expect(matchShortcut(key('ArrowDown', { alt: true, shift: true }), on)).toBeUndefined();
    expect(matchShortcut(key('ArrowLeft', { alt: true }), on)).toBeUndefined();
    expect(matchShortcut(key('J', { shift: true }), on)).toBeUndefined();
  });

  it('keeps only the Alt+Arrow keys when single-key shortcuts are switched off', () => {
    const off = { singleKeys: false, afterG: true };
    for (const k of ['j', 'k', 'g', 'i', '?']) expect(matchShortcut(key(k), off)).toBeUndefined();
    expect(matchShortcut(key('ArrowDown', { alt: true }), off)).toBe('next');
  });

  it('remembers whether single-key shortcuts are on (by default they are)', () => {
    const store = new MemoryStorage() as unknown as Storage;
    expect(readSingleKeyPreference(store)).toBe(true);
    writeSingleKeyPreference(false, store);
    expect(readSingleKeyPreference(store)).toBe(false);
    writeSingleKeyPreference(true, store);
    expect(readSingleKeyPreference(store)).toBe(true);
  });
});
