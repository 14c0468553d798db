import { describe, expect, it } from 'vitest';
import { checkText } from '../../../functions/text/engine';

const LENGTH = 10_000;
const BUDGET_MS = 100;
const repeat = (piece: string): string => piece.repeat(Math.ceil(LENGTH / piece.length)).slice(0, LENGTH);

describe('adversarial 10,000-character inputs each return within 100 ms', () => {
  it.each([
    ['one letter repeated', repeat('a')],
    ['one letter of a slur repeated', repeat('f') + 'uck'],
    ['separators only', repeat('.-_ ')],
    ['spaced single letters', repeat('f u c k ')],
    ['dotted single letters', repeat('w.e.c.h.a.t.')],
    ['spaced-out runs that split into words', repeat('s e n d n u d e s a b c d e f g h i j k l m n o hello ')],
    ['spaced-out words beside one-letter words', repeat('a f a i l u r e y ')],
    ['a decorating accent on every word', repeat('sëi ün pëzzo di mërda ')],
    ['mixed scripts in one word', repeat('аaαяbβ中ㅋ')],
    ['many digits', repeat('0123456789')],
    ['currency signs between digits', repeat('12$3€45 ')],
    ['digits with separators', repeat('12 34-56.')],
    ['many dots', repeat('.')],
    ['dots between letters', repeat('a.')],
    ['at signs', repeat('a@')],
    ['zero-width characters', repeat('\u200B\u200Da')],
    ['combining marks', repeat('e\u0301\u0338')],
    ['emoji keycaps', repeat('1\uFE0F\u20E3')],
    ['leet symbols', repeat('$@!|*')],
    ['spelled digits', repeat('one two ')],
    ['a long URL', `http://${repeat('a.')}com`],
    ['surrogate halves', repeat('\uD83D')],
    ['Korean syllables', repeat('시발')],
  ])('%s', (_, text) => {
    // GIVEN the engine is warm on this kind of input: the budget is the input's cost, not the time V8 takes
    // to compile the code paths a shape reaches first (amounts, say), which a busy CI machine can stretch past it
    checkText({ text, surface: 'moment' });
    // WHEN
    const started = performance.now();
    const verdict = checkText({ text, surface: 'moment' });
    const elapsed = performance.now() - started;
    // THEN
    expect(verdict.policyVersion).toBeTruthy();
    expect(elapsed).toBeLessThan(BUDGET_MS);
  });
});
