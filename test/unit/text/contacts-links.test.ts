import { describe, expect, it } from 'vitest';
import type { Surface } from '../../../functions/policy/rules';
import { checkText } from '../../../functions/text/engine';

const check = (text: string, surface: Surface = 'moment') => checkText({ text, surface });
const matches = (text: string, ruleId: string, surface: Surface = 'moment'): string[] =>
  check(text, surface).rules.find((hit) => hit.id === ruleId)?.evidence.map((evidence) => evidence.match) ?? [];

describe('phone numbers', () => {
  it.each([
    ['international with spaces', 'whatsapp me +44 7911 123456', '+44 7911 123456'],
    ['international with 00', 'call 0049 151 12345678', '0049 151 12345678'],
    ['Chinese mobile', '我的手机 13812345678', '13812345678'],
    ['Korean mobile with dashes', '연락해 010-1234-5678', '010-1234-5678'],
    ['US with brackets', 'text me (212) 555-1234', '(212) 555-1234'],
    ['Japanese mobile', '090-1234-5678に電話して', '090-1234-5678'],
  ])('finds a %s in a Moment (M3)', (_, text, number) => {
    expect(matches(text, 'M3')).toContain(number);
  });

  it.each([
    ['a year', 'I moved to Tokyo in 2019'],
    ['a date', 'the exam is on 15/03/2024'],
    ['a compact date', 'deadline 20240315'],
    ['a time', 'see you at 10:30'],
    ['a price', 'the flat costs $1,250,000'],
    ['a price in a currency', 'it was ¥12800000 in total'],
    ['a count', 'the video has 1234567 views'],
    ['a score, grouped like a phone number', 'Мой рекорд в тетрисе — 8 916 450 очков, кто побьёт?'],
    ['a follower count, grouped like a phone number', 'my cousin has 5 551 234 567 followers lol'],
  ])('ignores %s', (_, text) => {
    expect(check(text).decision).toBe('allow');
  });

  it('allows a phone number in a 1:1 chat: sharing one there is not a violation', () => {
    expect(check('my number is +44 7911 123456', 'chat').decision).toBe('allow');
  });
});

describe('e-mails and app handles', () => {
  it('finds an e-mail address', () => {
    expect(matches('write to mika.sato+jp@gmail.com please', 'M3')).toContain('mika.sato+jp@gmail.com');
  });

  it.each([
    ['wechat: abc_123', 'abc_123'],
    ['my line id is mika88', 'mika88'],
    ['vx号 lucy_520', 'lucy_520'],
    ['ig @mika.k_', '@mika.k'],
    ['qq 123456789', '123456789'],
    ['ＬＩＮＥ　ＩＤ：ｙｕｋｉ０１', 'ｙｕｋｉ０１'],
    ['ＩＧ ＠ｍｉｋａ．ｋ', '＠ｍｉｋａ．ｋ'],
  ])('finds the id in %j', (text, id) => {
    expect(matches(text, 'M3')).toContain(id);
  });

  it('does not read an app name in ordinary talk as an id', () => {
    expect(check('my Line is busy, talk later').decision).toBe('allow');
    expect(check('I use Telegram for work and Discord for games').decision).toBe('allow');
  });

  it('treats a request for an app id as solicitation in a Moment but not in a single chat message', () => {
    expect(check('add me on kakao talk').rules.map((hit) => hit.id)).toContain('C7');
    expect(check('add me on kakao talk', 'chat').decision).toBe('allow');
  });
});

describe('links', () => {
  it.each([
    ['a shortener', 'look bit.ly/3abcD', 'bit.ly/3abcD'],
    ['another shortener', 'https://tinyurl.com/yc4x9abc', 'https://tinyurl.com/yc4x9abc'],
    ['an IP-literal host', 'go to http://185.23.11.4/login now', 'http://185.23.11.4/login'],
    ['a punycode homograph of PayPal', 'confirm at https://xn--pypal-4ve.com/verify', 'https://xn--pypal-4ve.com/verify'],
    ['a digit look-alike of a brand', 'free coins at hellota1k-gift.com', 'hellota1k-gift.com'],
    ['a brand as a subdomain of another domain', 'login: http://apple.com.id-verify.net/x', 'http://apple.com.id-verify.net/x'],
    ['a denied domain', 'see grabify.link/ABC12', 'grabify.link/ABC12'],
    ['a brand known by its short name in another domain', 'you got tagged, look before it is deleted: vk-photo-view.ru/id8823', 'vk-photo-view.ru/id8823'],
    ['a link after a full-width colon', '恭喜您被抽中，请登录领取：http://hellota1k-vip.cc/gift', 'http://hellota1k-vip.cc/gift'],
    ['a bank named by no brand beside an act', 'KB국민은행 보안 인증: kb-bank-verify.xyz', 'kb-bank-verify.xyz'],
    ['a savings bank beside its security update', 'Ihr Konto wurde gesperrt: sparkasse-sicherheit-update.com', 'sparkasse-sicherheit-update.com'],
    ['a courier and a fee on an abused top-level domain', 'tu paquete está retenido: correos-paquete-pago.top/p/88', 'correos-paquete-pago.top/p/88'],
  ])('flags %s (C4)', (_, text, url) => {
    expect(check(text).decision).not.toBe('allow');
    expect(matches(text, 'C4')).toContain(url);
  });

  it('reads a chat-app link as an app id (M3)', () => {
    expect(matches('join my group t.me/joinchat/abc', 'M3')).toContain('t.me/joinchat/abc');
  });

  it.each(['https://www.paypal.com/settings', 'opened an account at rakuten-sec.co.jp', 'my page is fb.com/yuki.tanaka', 'tracking on dhl.de', '官网：www.hellotalk.com', 'https://en.wikipedia.org/wiki/Kanji', 'accounts.google.com', 'see example.org for details', 'ok...so what now', 'e.g. this one', 'tax-help.org has free filing guides', 'pizza-delivery-express.de', 'I work at secure.login.gov', 'my portfolio: mikastudio.xyz',
    'parcel-delivery-express.co.uk', 'suivi-colis-livraison.fr', 'my blog lena-post.xyz', 'tax-refund-calculator.com', 'sparkasse-hannover.de'])(
    'leaves %j alone',
    (text) => {
      expect(check(text).decision).toBe('allow');
    },
  );
});
