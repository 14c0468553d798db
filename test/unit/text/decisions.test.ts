import { describe, expect, it } from 'vitest';
import { POLICY_VERSION, type Surface } from '../../../functions/policy/rules';
import { CUE_POLICY } from '../../../functions/policy/text-thresholds';
import { checkText } from '../../../functions/text/engine';

const check = (text: string, surface: Surface) => checkText({ text, surface });
const ruleIds = (text: string, surface: Surface): string[] => check(text, surface).rules.map((hit) => hit.id);

describe('decisions per surface', () => {
  it('blocks cursing in a Moment and allows it in a 1:1 chat', () => {
    expect(check('holy shit that was close', 'moment').decision).toBe('block');
    expect(check('holy shit that was close', 'chat').decision).toBe('allow');
  });

  it('allows alcohol talk in chat but not in a Moment', () => {
    expect(check('we had soju and beer last night', 'chat').decision).toBe('allow');
    expect(ruleIds('we had soju and beer last night', 'moment')).toEqual(['M7']);
  });

  it('sends sensitive politics to review, never to a block', () => {
    expect(check('what do you think about abortion laws', 'moment').decision).toBe('review');
    expect(check('what do you think about abortion laws', 'chat').decision).toBe('allow');
  });

  it('hides self-harm with a support flag', () => {
    // WHEN
    const verdict = check('i want to kill myself tonight', 'chat');
    // THEN
    expect(verdict.decision).toBe('block');
    expect(verdict.support).toEqual({ reason: 'self-harm' });
    expect(verdict.rules.map((hit) => hit.id)).toEqual(['M8']);
  });

  it('reads a self-harm phrase that holds a threat or an insult word as self-harm alone: support, and no C1 to strike', () => {
    for (const text of ['khud ko maar dunga', 'どうやったら死ねるかな', '자살하고 싶어', 'I just want to die']) {
      const verdict = check(text, 'chat');
      expect(verdict.support, text).toEqual({ reason: 'self-harm' });
      expect(verdict.rules.map((hit) => hit.id), text).not.toContain('C1');
    }
  });

  it('sends an insult between laughing friends who say they love each other to review, not to a strike', () => {
    for (const text of ['haha you idiot, I love you so much', 'jajaja eres un idiota, te quiero mucho', 'mdr t\'es trop con, je t\'adore', 'hahaha du Idiot, hab dich lieb', 'ahahah sei un cretino, ti voglio bene', 'kkkkk seu idiota, te amo', 'хахаха ты дурак, люблю тебя']) {
      const verdict = check(text, 'chat');
      expect(verdict.decision, text).toBe('review');
      expect(verdict.rules.map((hit) => hit.id), text).toContain('C1');
    }
    // Laughter alone is mockery as often, and several insults together stay sure.
    expect(check("lol you're so stupid", 'chat').decision).toBe('block');
    expect(check('haha you stupid bitch, love ya', 'chat').decision).toBe('block');
    // Love denied is mockery.
    for (const text of ['haha you freak, nobody will ever love you', "mdr je t'aime pas, sale chienne", 'хахаха я не люблю тебя, мразь', '哈哈哈没人爱你，丑八怪']) {
      expect(check(text, 'chat').decision, text).toBe('block');
    }
  });

  it('carries severity, confidence, evidence and the policy version', () => {
    const verdict = check('you are a fucking idiot', 'moment');
    expect(verdict.policyVersion).toBe(POLICY_VERSION);
    const insult = verdict.rules.find((hit) => hit.id === 'C1');
    expect(insult).toMatchObject({ severity: 'high', evidence: [{ start: 18, end: 23, match: 'idiot' }] });
    expect(insult!.confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe('cue combinations', () => {
  it('reads a request next to an app name as soliciting contact', () => {
    expect(ruleIds("what's your snapchat?", 'moment')).toContain('C7');
    expect(check('I deleted snapchat last year', 'moment').decision).toBe('allow');
  });

  it('reads overlapping request phrases as one request: one span of evidence, counted once', () => {
    // "add", "add me" and "add me on" all match; counted three times, one phrase would look near-certain.
    const solicitation = check('add me on wechat', 'moment').rules.find((hit) => hit.id === 'C7');
    expect(solicitation?.evidence.map(({ match }) => match)).toEqual(['add me on', 'wechat']);
    expect(solicitation?.confidence).toBe(CUE_POLICY.solicitContact.confidence);
  });

  it('reads a picture request with a body word as sexual harassment', () => {
    expect(ruleIds('send me a pic of your feet', 'chat')).toContain('M4');
  });

  it('reads a money request as fraud', () => {
    expect(ruleIds('can you lend me some money for the ticket', 'chat')).toContain('C5');
  });

  it('reads a lending verb beside a bare figure as one money ask, counted once beside a money word too', () => {
    for (const text of ['lend me 300', 'lend me 300 dollars']) {
      const ask = check(text, 'chat').rules.find((hit) => hit.id === 'C5');
      expect(ask?.confidence, text).toBe(CUE_POLICY.moneyRequest.confidence);
    }
    expect(ruleIds('can i get 20 likes on my post?', 'chat')).not.toContain('C5');
  });

  it('reads a violent verb aimed at "you" as a threat to review, and alone as talk', () => {
    expect(check('i will stab you', 'chat').decision).not.toBe('allow');
    expect(check('I need to kill time before my flight', 'chat').decision).toBe('allow');
  });

  it('is surer of an insult aimed at the reader', () => {
    const aimed = check('you idiot', 'moment').rules.find((hit) => hit.id === 'C1')!.confidence;
    const loose = check('what an idiot', 'moment').rules.find((hit) => hit.id === 'C1')!.confidence;
    expect(aimed).toBeGreaterThan(loose);
  });

  it('lets one weak spam word pass and acts on several together', () => {
    expect(check('I won a prize at school', 'moment').decision).toBe('allow');
    expect(check('WINNER! You have won a cash prize, call now to claim', 'moment').decision).toBe('block');
  });
});
