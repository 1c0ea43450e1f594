/**
 * Keyboard shortcuts of the case page. Alt+Arrow keys always work; the single-key ones (j, k,
 * g i, ?) can be switched off, as WCAG 2.1.4 asks of character-key shortcuts. None of them fire
 * while the person types in a field or while a dialog is open.
 */
export type ShortcutAction = 'next' | 'previous' | 'queue' | 'help';

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The first key of a two-key sequence ("g" then "i"). */
export type ShortcutStep = ShortcutAction | 'sequence-start';

export function matchShortcut(
  e: KeyLike,
  { singleKeys, afterG }: { singleKeys: boolean; afterG: boolean },
): ShortcutStep | undefined {
  if (e.ctrlKey || e.metaKey) return undefined;
  if (e.altKey) {
    if (e.shiftKey) return undefined;
    if (e.key === 'ArrowDown') return 'next';
    if (e.key === 'ArrowUp') return 'previous';
    return undefined;
  }
  if (!singleKeys) return undefined;
  if (e.key === '?') return 'help';
  if (e.shiftKey) return undefined;
  if (afterG && e.key === 'i') return 'queue';
  if (e.key === 'j') return 'next';
  if (e.key === 'k') return 'previous';
  if (e.key === 'g') return 'sequence-start';
  return undefined;
}

/** Where typing goes: keys pressed there are text, never shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** Time allowed between the two keys of a sequence. */
export const sequenceMs = 1500;

const preferenceKey = 'loket.single-key-shortcuts';

export function readSingleKeyPreference(store: Storage | undefined = localStore()): boolean {
  try {
    return store?.getItem(preferenceKey) !== 'off';
  } catch {
    return true;
  }
}

export function writeSingleKeyPreference(on: boolean, store: Storage | undefined = localStore()): void {
  try {
    store?.setItem(preferenceKey, on ? 'on' : 'off');
  } catch {
    // Not remembered; the choice holds for this page.
  }
}

function localStore(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
