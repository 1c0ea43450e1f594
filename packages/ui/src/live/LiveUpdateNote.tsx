import { useMessages } from '@loket/i18n/react';
import { useEffect, useState } from 'react';
import { useFormat } from '../useFormat.ts';
import { liveMessages } from './live.messages.ts';
import type { LiveRefresh } from './useLiveEvents.ts';

const freshForMs = 60_000;

/**
 * A quiet line saying the content on screen was just updated from elsewhere. The words go in a
 * polite live region once per update ("Updated just now"); after a minute the line says the time,
 * outside the region, so it is not announced again. While live updates are unavailable it says so,
 * since the page may then be out of date.
 */
export function LiveUpdateNote({ status, updatedAt }: LiveRefresh) {
  const t = useMessages(liveMessages);
  const { time } = useFormat();
  const [fresh, setFresh] = useState(false);
  useEffect(() => {
    if (!updatedAt) return;
    setFresh(true);
    const timer = setTimeout(() => setFresh(false), freshForMs);
    return () => clearTimeout(timer);
  }, [updatedAt]);

  const later = !fresh && updatedAt ? t('updatedAt', { time: time(updatedAt) }) : '';
  return (
    <p className="muted live-note">
      <span role="status">{fresh ? t('updatedNow') : ''}</span>
      {later}
      {status === 'offline' && ` ${t('offline')}`}
    </p>
  );
}
