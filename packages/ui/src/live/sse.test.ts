import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from './sse.ts';

function parse(chunks: string[]) {
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  const retries: number[] = [];
  const parser = createSseParser((m) => messages.push(m), {
    onComment: (c) => comments.push(c),
    onRetry: (ms) => retries.push(ms),
  });
  for (const chunk of chunks) parser.push(chunk);
  return { messages, comments, retries };
}

describe('the event-stream parser', () => {
  it('reads named events, joins data lines, and ignores comments and events without data', () => {
    const { messages, comments, retries } = parse([
      'retry: 3000\n\nevent: ready\ndata: {}\n\n: keep-alive\n\n',
      'event: application\ndata: {"a":1}\n\nevent: nothing\n\ndata: line one\ndata: line two\n\n',
    ]);
    expect(messages).toEqual([
      { event: 'ready', data: '{}' },
      { event: 'application', data: '{"a":1}' },
      { event: 'message', data: 'line one\nline two' },
    ]);
    expect(comments).toEqual(['keep-alive']);
    expect(retries).toEqual([3000]);
  });

  it('copes with chunks cut anywhere and with CRLF or CR line ends', () => {
    const text = 'event: application\r\ndata: {"applicationId":"x"}\r\n\r\nevent: resync\rdata: {}\r\r';
    const whole = parse([text]).messages;
    const split = parse(text.split('')).messages;
    expect(whole).toEqual([
      { event: 'application', data: '{"applicationId":"x"}' },
      { event: 'resync', data: '{}' },
    ]);
    expect(split).toEqual(whole);
  });

  it('dispatches nothing until the blank line arrives', () => {
    expect(parse(['event: application\ndata: {}\n']).messages).toEqual([]);
  });
});
