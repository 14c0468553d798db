import { describe, expect, it } from 'vitest';
import { checkText } from '../../../functions/text/engine';
import { normalise, normalisedString } from '../../../functions/text/normalise/normalise';
import type { TextVerdict } from '../../../functions/text/types';

const evidenceOf = (verdict: TextVerdict, ruleId: string): readonly { start: number; end: number; match: string }[] =>
  verdict.rules.find((hit) => hit.id === ruleId)?.evidence ?? [];

/** The evidence span must point at the evasive spelling exactly as the user typed it. */
const expectEvidence = (text: string, ruleId: string, typed: string): void => {
  const verdict = checkText({ text, surface: 'moment' });
  const start = text.indexOf(typed);
  expect(evidenceOf(verdict, ruleId), `${ruleId} on ${JSON.stringify(text)}: ${JSON.stringify(verdict.rules)}`).toContainEqual({ start, end: start + typed.length, match: typed });
};

describe('evasion: each technique still fires, with evidence at the original offsets', () => {
  it('reads full-width and mathematical letters (NFKC)', () => {
    expectEvidence('ok ｆｕｃｋ this', 'M6', 'ｆｕｃｋ');
    expectEvidence('lol 𝐟𝐮𝐜𝐤 off', 'M6', '𝐟𝐮𝐜𝐤');
  });

  it('keeps original offsets in a long text of characters that unfold into several (ﷺ, ㍿)', () => {
    expectEvidence(`${'ﷺ '.repeat(2000)}f.u.c.k this`, 'M6', 'f.u.c.k');
    expectEvidence(`${'ﷺ hello ㍿ world '.repeat(300)}fuck this`, 'M6', 'fuck');
  });

  it('folds case', () => {
    expectEvidence('WHAT THE FUCK', 'M6', 'FUCK');
  });

  it('reads Cyrillic and Greek look-alikes inside Latin words', () => {
    expectEvidence('she sent me sеx pics', 'C3', 'sеx');
    expectEvidence('what a bιtch', 'C1', 'bιtch');
  });

  it('reads look-alikes no Russian word has (ѕ ј һ ԁ) as Latin, even in a word of Cyrillic letters alone', () => {
    expect(normalisedString(normalise('ѕех'))).toBe('sex');
    expect(normalisedString(normalise("whаt'ѕ up"))).toBe('what s up');
    expect(normalisedString(normalise('він і вона'))).toBe('він і вона');
  });

  it('leaves real Russian text as it is while catching Latin letters slipped into a Cyrillic word', () => {
    expect(normalisedString(normalise('Привет, как дела?'))).toBe('привет как дела');
    expect(normalisedString(normalise('xуй'))).toBe('хуй');
  });

  it('reads leetspeak inside words that mix letters and digits or symbols', () => {
    expectEvidence('this is sh1t', 'M6', 'sh1t');
    expectEvidence('what an a$$hole', 'C1', 'a$$hole');
    expectEvidence('you b@stard', 'C1', 'b@stard');
  });

  it('does not read digits in plain numbers or ids as letters', () => {
    // Units print once each: the double l of "call" is one unit that remembers its run.
    expect(normalisedString(normalise('call 0800 or mika1990'))).toBe('cal 0800 or mika1990');
  });

  it('removes zero-width and bidi control characters without breaking the word', () => {
    expectEvidence('you fu\u200Bck\u200Ding idiot', 'M6', 'fu\u200Bck\u200Ding');
    expectEvidence('bi\u202Etch', 'C1', 'bi\u202Etch');
  });

  it('joins letters spaced out with separators', () => {
    expectEvidence('F.U.C.K you', 'M6', 'F.U.C.K');
    expectEvidence('f-u-c-k this', 'M6', 'f-u-c-k');
    expectEvidence('add my w e c h a t: lucy_520', 'M3', 'w e c h a t');
  });

  it('ends a spaced-out word where its kind of gap changes, so the word beside it stays apart', () => {
    expect(normalisedString(normalise('s.e.n.d n.u.d.e.s babe'))).toBe('send nudes babe');
    expect(normalisedString(normalise('я т.е.б.я убью'))).toBe('я тебя убью');
    expect(normalisedString(normalise('f. u. c. k off'))).toBe('fuck of');
  });

  it('splits a run of spaced-out letters into the words of the lexicons it holds', () => {
    expectEvidence('s e n d n u d e s', 'M4', 's e n d n u d e s');
    expectEvidence('с к и н ь н ю д с ы', 'M4', 'с к и н ь н ю д с ы');
    expectEvidence("don't make me k i l l y o u", 'M8', 'k i l l');
    // A one-letter word typed before or after the run is joined with it: "a" + "failure", "fracasada" + "y".
    expectEvidence('lol ur such a f a i l u r e', 'C1', 'ur such a f a i l u r e');
    expectEvidence('eres una f r a c a s a d a y lo sabes', 'C1', 'una f r a c a s a d a');
  });

  it('leaves a spaced-out word whole where its pieces would only be pieces of it', () => {
    const words = [
      'the c o c k p i t of the plane',
      'this s p i c y ramen is great',
      'Qual é a diferença e n t r e "por" e "para"?',
      'I have a n i g g l i n g k n e e injury',
      'Hubo una d i s p u t a sobre la reputación del equipo.',
    ];
    for (const text of words) expect(checkText({ text, surface: 'moment' }).decision, text).toBe('allow');
  });

  it('reads masked letters inside any one-word term, as many letters as masks or one more', () => {
    expectEvidence('you are a ch*tiya', 'C1', 'ch*tiya');
    expectEvidence('shut up c*t', 'C1', 'c*t');
    expectEvidence('what a b**ch', 'C1', 'b**ch');
    expectEvidence('ну ты х*й', 'M6', 'х*й');
    // Only the term the masked word can spell: "f**king" is fuck*, never another f-word that fits the first letters.
    const fired = checkText({ text: 'f**king hell', surface: 'moment' }).rules.map((hit) => hit.id);
    expect(fired).toEqual(['M6']);
  });

  it('writes out a masked word of a longer term when only one spelling fits, and reads the term around it', () => {
    expectEvidence("honestly you're the s*upidest guy i've ever talked to", 'C1', "you're the s*upidest");
    expectEvidence('i want to kill m*self, nobody cares', 'M8', 'kill m*self');
    // One mask, one letter: a term still wins over a word of a longer term ("c*t" is the insult, not "cut").
    expectEvidence('shut up c*t', 'C1', 'c*t');
  });

  it('ignores spaces and dots typed between Han or kana characters', () => {
    expectEvidence('你是傻 逼', 'C1', '傻 逼');
    expectEvidence('加我微 信 abc_123', 'M3', '微 信');
  });

  it('folds Traditional Chinese to Simplified, so one simplified term matches both', () => {
    expect(normalisedString(normalise('臺灣人說這個廢物'))).toBe('台湾人说这个废物');
    expectEvidence('你這個廢物', 'C1', '你這個廢物');
  });

  it('joins Hangul syllables split by one dot or hyphen, never by a pause of several', () => {
    expectEvidence('누나 진짜 병.신이야', 'C1', '병.신');
    expectEvidence('지-랄하네 진짜', 'M6', '지-랄하네');
    expect(checkText({ text: '아..다야..진짜 열받네', surface: 'moment' }).decision).toBe('allow');
  });

  it('joins Arabic letters spaced out like Latin ones', () => {
    expectEvidence('يا ك ل ب', 'C1', 'يا ك ل ب');
  });

  it('squeezes stretched letters, keeping double letters apart from single ones', () => {
    expectEvidence('fuuuuuuck', 'M6', 'fuuuuuuck');
    expect(checkText({ text: 'as you like', surface: 'moment' }).decision).toBe('allow');
    expectEvidence('kiss my asssss', 'C1', 'kiss my asssss');
  });

  it('strips decoration marks (Zalgo) but keeps accents that compose', () => {
    expectEvidence('f̸u̸c̸k̸ you', 'M6', 'f̸u̸c̸k̸');
    expect(normalisedString(normalise('cafe\u0301'))).toBe('café');
  });

  it('drops decoration marks on Han, Hangul and Arabic letters, and keeps the vowel signs of Devanagari', () => {
    expect(normalisedString(normalise('시\u0301발\u0301'))).toBe('시발');
    expect(normalisedString(normalise('傻\u0301逼'))).toBe('傻逼');
    expect(normalisedString(normalise('كلب\u0301'))).toBe('كلب');
    expect(normalisedString(normalise('नमस्ते'))).toBe('नमस्ते');
  });

  it('reads a word through accents that only decorate it, with evidence on the word as typed', () => {
    expectEvidence('fück this class', 'M6', 'fück');
    expectEvidence('what a bítch', 'C1', 'bítch');
    expectEvidence('add me on snäpchat: mika2001', 'M3', 'snäpchat');
    // Spanish writes neither û nor à: on a Spanish word they decorate (and the term "puta madre" is read around it).
    expectEvidence('pûtà madre', 'M6', 'pûtà madre');
  });

  it('reads the words around a decorated word with it, for the terms of several words it is part of', () => {
    expectEvidence('just go kïll yourself already', 'C1', 'go kïll yourself');
    expectEvidence('sei un pëzzo di merda', 'C1', 'pëzzo di merda');
    expectEvidence('du bist ein stück schëisse', 'C1', 'stück schëisse');
  });

  it('does not read a word through accents its own language writes, nor through marks that are letters', () => {
    // "crevé" is worn out, "crève" is die; "chopé" is caught, "chope" a beer mug.
    // Macrons, ogoneks and dots are letters wherever they are written: romaji kūsō (a daydream) is no kuso.
    const ordinary = ['je suis crevé après le boulot', "J'ai chopé la crève, je reste au lit", 'Kodomo no koro wa kūsō suru no ga daisuki deshita', 'Myję zęby dwa razy dziennie'];
    for (const text of ordinary) {
      expect(checkText({ text, surface: 'moment' }).decision, text).toBe('allow');
    }
  });

  it('reads phone digits typed as emoji keycaps or spelled out in words', () => {
    const keycaps = 'call 0️⃣7️⃣9️⃣1️⃣1️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣';
    expectEvidence(keycaps, 'M3', keycaps.slice(5));
    expectEvidence('my number: zero seven nine one one one two three four five six', 'M3', 'zero seven nine one one one two three four five six');
  });

  it('reads short words, numbers, trailing punctuation and vowel signs the same whether or not spaced-out letters are near', () => {
    const read = (text: string): [string, string[], number] => {
      const normalised = normalise(text);
      const spans = Array.from({ length: normalised.length }, (_, i) => text.slice(normalised.starts[i], normalised.ends[i]));
      return [normalisedString(normalised), spans, normalised.digits];
    };
    // Short words next to single letters may be part of a spaced-out word; away from them they are words.
    expect(read('me a b c d ok')).toEqual(['me abcd ok', ['m', 'e', ' ', 'a', 'b', 'c', 'd', ' ', 'o', 'k'], 0]);
    expect(read('so ch.u.t.i.y.a me')[0]).toBe('so chutiya me');
    expect(read('I a m here')[0]).toBe('iam here');
    expect(read('oh a k')[0]).toBe('oh a k');
    // "!" and "*" after a word are punctuation, inside one they are letters.
    expect(read('no way!! really! f!ck *grins*')).toEqual([
      'no way realy fick grins',
      ['n', 'o', ' ', 'w', 'a', 'y', '!! ', 'r', 'e', 'a', 'll', 'y', '! ', 'f', '!', 'c', 'k', ' *', 'g', 'r', 'i', 'n', 's'],
      0,
    ]);
    expect(read('call 0906 1234 now 2')).toEqual(['cal 0906 1234 now 2', ['c', 'a', 'll', ' ', '0', '9', '0', '6', ' ', '1', '2', '3', '4', ' ', 'n', 'o', 'w', ' ', '2'], 9]);
    // Devanagari vowel signs stay units of their own.
    expect(read('मेरी बिल्ली')).toEqual(['मेरी बिल्ली', ['म', 'े', 'र', 'ी', ' ', 'ब', 'ि', 'ल', '्', 'ल', 'ी'], 0]);
  });

  it('maps every normalised unit back to the original string, after removals and collapses', () => {
    const text = 'Ｈｉ\u200B!!  f.u.c.k   yoooou';
    const normalised = normalise(text);
    expect(normalisedString(normalised)).toBe('hi fuck you');
    const spans = Array.from({ length: normalised.length }, (_, i) => text.slice(normalised.starts[i], normalised.ends[i]));
    // The zero-width space stays with the letter before it; the separator run becomes one unit.
    expect(spans).toEqual(['Ｈ', 'ｉ\u200B', '!!  ', 'f', 'u', 'c', 'k', '   ', 'y', 'oooo', 'u']);
  });
});
