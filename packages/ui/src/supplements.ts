/** What the API takes in one supplement request and one answer (RequestSupplementBody, AnswerSupplementBody). */
export const maxQuestions = 10;
export const maxQuestionLength = 1000;
export const maxAnswerLength = 4000;

/** A leading list mark a person may type before a question: "1.", "2)", "-", "*" or "•". */
const listMark = /^(?:\d{1,2}[.)]|[-*•])\s+/;

/** The questions typed one per line: trimmed, list marks dropped, empty lines skipped. */
export function splitQuestions(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().replace(listMark, '').trim())
    .filter((line) => line.length > 0);
}

/** Why these questions cannot be sent, or undefined when they can. */
export function questionsProblem(questions: readonly string[]): string | undefined {
  if (questions.length > maxQuestions) {
    return `Ask at most ${maxQuestions} questions in one request; you wrote ${questions.length}.`;
  }
  const long = questions.findIndex((q) => q.length > maxQuestionLength);
  if (long >= 0) return `Question ${long + 1} is longer than ${maxQuestionLength} characters. Shorten it.`;
  return undefined;
}

/** For each answer, why it cannot be sent (its index is the question's), or nothing when all can. */
export function answerProblems(answers: readonly string[]): Record<number, string> {
  const out: Record<number, string> = {};
  answers.forEach((a, i) => {
    const text = a.trim();
    if (!text) out[i] = `Answer question ${i + 1}.`;
    else if (text.length > maxAnswerLength) {
      out[i] = `Keep the answer to question ${i + 1} under ${maxAnswerLength} characters.`;
    }
  });
  return out;
}
