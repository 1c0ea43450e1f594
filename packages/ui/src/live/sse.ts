/** One dispatched Server-Sent Event: its name (`message` when unnamed) and its data lines joined. */
export interface SseMessage {
  event: string;
  data: string;
  id?: string;
}

export interface SseParser {
  /** Feeds decoded text as it arrives; chunks may split lines and events anywhere. */
  push(text: string): void;
}

/**
 * The event-stream format of the HTML standard (section 9.2.6), for streams read with fetch:
 * lines end in LF, CRLF or CR; `:` starts a comment; a blank line dispatches the event; an event
 * without data is dropped. `retry` is reported so the caller may honour it.
 */
export function createSseParser(
  onMessage: (message: SseMessage) => void,
  hooks: { onComment?: (text: string) => void; onRetry?: (ms: number) => void } = {},
): SseParser {
  let buffer = '';
  let afterCr = false;
  let event = '';
  let data: string[] = [];
  let id: string | undefined;

  function line(text: string) {
    if (text === '') {
      if (data.length > 0) {
        onMessage({ event: event || 'message', data: data.join('\n'), ...(id === undefined ? {} : { id }) });
      }
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) {
      hooks.onComment?.(text.slice(1).trimStart());
      return;
    }
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) hooks.onRetry?.(Number(value));
  }

  return {
    push(text) {
      for (const ch of text) {
        if (afterCr) {
          afterCr = false;
          if (ch === '\n') continue; // the LF of a CRLF
        }
        if (ch === '\r' || ch === '\n') {
          afterCr = ch === '\r';
          line(buffer);
          buffer = '';
        } else {
          buffer += ch;
        }
      }
    },
  };
}
