import { describe, expect, it } from 'vitest';
import { SURFACES } from '../../../functions/policy/rules';
import { checkText } from '../../../functions/text/engine';

const allowedEverywhere = (text: string): void => {
  for (const surface of SURFACES) {
    const verdict = checkText({ text, surface });
    expect(verdict.decision, `${JSON.stringify(text)} on ${surface}: ${JSON.stringify(verdict.rules)}`).toBe('allow');
  }
};

describe('the Scunthorpe family: words that contain or resemble a bad word', () => {
  it.each([
    'I have class at nine',
    'the assassin was caught',
    'I grew up in Scunthorpe',
    'we drove through Sussex and Essex',
    'two cocktails please',
    'hello, how are you?',
    'my shell is a bash shell',
    'the cockpit of the plane',
    'an assessment of the passage',
    'I love the Dickens novels',
    'Dick Van Dyke sang in the film',
    'I read Moby Dick last summer',
    'my grandfather Dick is 90',
    'the Matsushita company',
    'she studies therapist training',
    'grape juice is my favourite',
    'the mass of the planet',
    'Arsenal won the match',
    'we saw a pen island on the map',
    'We stayed in Bitche last summer, lovely town',
    'My friend lives in Cumming, Georgia',
    'Alan Cumming is a great actor',
    'Wir wandern morgen auf den Wank',
  ])('%j is allowed', (text) => {
    allowedEverywhere(text);
  });
});

describe('everyday exchange talk', () => {
  it.each([
    'my Line is busy, try later',
    'I drink tea every morning',
    "let's kill time before the movie",
    'this game is sick!',
    'you killed it on stage!',
    'I was born in 1990',
    'the ticket was 12,000 yen',
    'send me the photos of the trip, the beach ones',
  ])('%j is allowed', (text) => {
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
