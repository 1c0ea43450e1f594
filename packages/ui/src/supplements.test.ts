import { describe, expect, it } from 'vitest';
import { answerProblems, questionsProblem, splitQuestions } from './supplements.ts';

describe('supplement questions', () => {
  it('takes one question per line, trimmed, without empty lines or list marks', () => {
    expect(splitQuestions('')).toEqual([]);
    expect(splitQuestions('  \n\n ')).toEqual([]);
    expect(splitQuestions('When does the worker start?\r\n\n  Who pays the housing?  \rWhy?')).toEqual([
      'When does the worker start?',
      'Who pays the housing?',
      'Why?',
    ]);
    expect(splitQuestions('1. First?\n2) Second?\n- Third?\n* Fourth?\n• Fifth?')).toEqual([
      'First?',
      'Second?',
      'Third?',
      'Fourth?',
      'Fifth?',
    ]);
    // A number that is part of the question stays.
    expect(splitQuestions('2026 salary: how much?')).toEqual(['2026 salary: how much?']);
  });

  it('refuses more than ten questions or an overlong one', () => {
    expect(questionsProblem([])).toBeUndefined();
    expect(questionsProblem(Array.from({ length: 10 }, (_, i) => `Q${i}?`))).toBeUndefined();
    expect(questionsProblem(Array.from({ length: 11 }, (_, i) => `Q${i}?`))).toBe(
      'Ask at most 10 questions in one request; you wrote 11.',
    );
    expect(questionsProblem(['ok?', 'x'.repeat(1001)])).toBe(
      'Question 2 is longer than 1000 characters. Shorten it.',
    );
  });

  it('asks for every answer, keyed by its question', () => {
    expect(answerProblems(['Yes', 'In May'])).toEqual({});
    expect(answerProblems(['', 'fine', '   '])).toEqual({ 0: 'Answer question 1.', 2: 'Answer question 3.' });
    expect(answerProblems(['y'.repeat(4001)])).toEqual({
      0: 'Keep the answer to question 1 under 4000 characters.',
    });
  });
});
