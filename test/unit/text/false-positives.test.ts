import { describe, expect, it } from 'vitest';
import { SURFACES } from '../../../functions/policy/rules';
import { checkText } from '../../../functions/text/engine';
import { groupByFile, readFixtureLines } from './fixture-files';

const allowedEverywhere = (text: string): void => {
  for (const surface of SURFACES) {
    const verdict = checkText({ text, surface });
    expect(verdict.decision, `${JSON.stringify(text)} on ${surface}: ${JSON.stringify(verdict.rules)}`).toBe('allow');
  }
};

/**
 * Lines that must be allowed on every surface, one file per family (test/fixtures/text/allowed): the
 * Scunthorpe family (words that contain or resemble a bad word) and everyday exchange talk. `npm run
 * model-bars` holds the model's bars above them too.
 */
describe.each([...groupByFile(readFixtureLines('allowed', '.txt'))])('%s: allowed on every surface', (_, lines) => {
  it.each(lines.map(({ text }) => text))('%j is allowed', (text) => {
    allowedEverywhere(text);
  });
});

describe('learners asking about a word', () => {
  it.each(['what does "bitch" mean?', 'is "damn" a bad word?', 'how do you say "fuck" politely lol', 'what is the meaning of "cunt" in British English'])(
    '%j is allowed or at most reviewed',
    (text) => {
      expect(checkText({ text, surface: 'moment' }).decision).not.toBe('block');
    },
  );

  it('still blocks the same word aimed at someone without a question', () => {
    expect(checkText({ text: 'you are a bitch', surface: 'moment' }).decision).toBe('block');
  });

  it('reads a place name or surname as an insult when it is aimed at someone, capitalised or not', () => {
    for (const text of ['shut up you Bitche', 'du bist ein Bastardo', 'sei un Bastardo']) {
      expect(checkText({ text, surface: 'moment' }).decision, text).toBe('block');
    }
  });
});
