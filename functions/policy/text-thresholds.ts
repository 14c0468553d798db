import type { Language } from './rules';
import type { SignalId } from './signals';

/**
 * How sure the text engine must be before a signal acts, and how it weighs what it sees. Ops tune
 * enforcement here (and in ./signals), never in the detectors.
 */
export const TEXT_THRESHOLDS = {
  /** A finding at or above this confidence takes the surface's verdict as it stands. */
  block: 0.8,
  /** Between review and block a `block` verdict is softened to `review`; below review nothing happens. */
  review: 0.5,
} as const;

/**
 * Confidence of one lexicon hit per signal. Several hits of the same signal combine as independent
 * evidence (1 - prod(1 - c)), so weak spam phrases act together while one slur acts alone.
 */
export const SIGNAL_CONFIDENCE: Readonly<Record<SignalId, number>> = {
  insult: 0.85,
  harassment: 0.85,
  curse: 0.85,
  sexual: 0.85,
  'sexual-harassment': 0.9,
  'solicit-pictures': 0.85,
  'solicit-contact': 0.85,
  'pushed-contact': 0.85,
  'contact-id': 0.9,
  spam: 0.45,
  phishing: 0.7,
  ads: 0.6,
  fraud: 0.7,
  dating: 0.7,
  drugs: 0.85,
  alcohol: 0.85,
  threat: 0.9,
  gore: 0.85,
  'self-harm': 0.9,
  hate: 0.95,
  sensitive: 0.8,
};

/**
 * Signals where one word proves little ("prize", "discount", "romance"): a single Latin-script word
 * of these counts this much; a phrase (or a one-word phrase of another script) counts in full.
 */
export const WEAK_SINGLE_WORDS = {
  signals: ['spam', 'ads', 'fraud', 'dating', 'phishing'] as readonly SignalId[],
  confidence: 0.35,
} as const;

/**
 * Terms that are also given names, surnames or place names ("Dick Van Dyke", "Moby Dick", "Randy Moss",
 * the actor Alan Cumming, the towns of Bitche in Lorraine and Bastardo in Umbria, the Wank above Garmisch): a
 * capitalised hit next to another capitalised word, or in mid-sentence, is read as a name. German
 * capitalises every noun, so words German insults are made of (Fick, Arsch) cannot be told from names this way.
 */
export const NAME_LIKE_TERMS: readonly string[] = [
  'dick', 'dicks', 'cock', 'cox', 'fanny', 'willy', 'randy', 'gay', 'bush', 'hoe', 'coon', 'homo', 'paki', 'dyke',
  'cumming', 'bitche', 'bastardo', 'wank', 'twatt',
];

/** Cue combinations: how close (in normalised characters) the parts must stand, and how sure the result is. */
export const CUE_POLICY = {
  /** request + app/contact word: "add me on wechat", "加我微信", "카톡 아이디 알려줘". */
  solicitContact: { window: 25, confidence: 0.85 },
  /**
   * A contact detail asked for (a request within solicitContact.window, or the text's one contact word asked in a
   * clause of its own: "telegram?", not "LINE? WeChat?") or named as the reader's (a `your` at most
   * `readerGap` units before it: "ur snap", "ton insta"), pressed for within `window` units of it, before or after, in
   * any sentence: C7 in chat too, where a single ask is allowed. The reader asked (`asked` with a `you` at most
   * `askedGap` units away) with a count (`repeat`) at most `repeatGap` units away in one clause is pressing for sure
   * (`counted`: "I've asked you for ur snap like 3 times", "te lo pedí tres veces"; not "my sister asked three times if
   * you're coming"; an `apology` in the text makes it an ask repeated, "sorry, I asked you twice but wrote it down
   * wrong"); `pressure` words are for a moderator to judge (`pressed`: "you said no but what's the big deal?",
   * "you keep dodging"), as they tease about other things too ("stop dodging the homework, send me the group link").
   * Both kinds together block.
   */
  pushedContact: { window: 80, repeatGap: 24, readerGap: 3, askedGap: 5, confidence: { counted: 0.85, pressed: 0.6 } },
  /**
   * request + picture: "send me a pic" is reviewed (often innocent); with a body word it is sexual harassment.
   * Only a picture OF the reader is asked for: "your pic", "a pic of you", "une photo de toi", "你的照片" put
   * the person within `personGap` of the picture word, or within `closingPersonGap` after it when the you-word
   * ends the clause ("une photo récente de toi"); "a photo of the page you're reading" does neither. Where the
   * verb comes last, the person must stand right before the picture word, a particle at most between
   * (`verbLastGap`: "तुम्हारी फोटो भेजो", "あなたの写真送って"; not "把你拍的风景照片发给我", the photos you took).
   */
  solicitPictures: { window: 40, personGap: 6, closingPersonGap: 16, verbLastGap: 2, confidence: 0.6 },
  sexualPictures: { window: 50, confidence: 0.95 },
  /**
   * request + money: "send me money", "借我点钱". Not with a shared cost this close to the money word
   * ("send me the 15 euros for the pizza", "AA制的饭钱转我"): friends settling up. Travel, visas, fees and
   * hardship are no shared cost; those asks stay. A written sum (an amount with a currency sign, a figure with a
   * currency unit) asks only right beside the request (`amountGap` units: "send me $300", "₹5000 bhej do", "给我200元");
   * "can i get 2 tickets for $30" is shopping. A sum (a bare figure of at least `minFigure`, or an amount with a sign)
   * asks for money beside a lending verb alone (a `lend` cue, `figureGap` units at most: "lend me 2000", "одолжи 500",
   * "2万借我", "kannst du mir 50 € leihen"), never a bare figure beside any other request
   * ("can i get 20 likes"). Someone else named as the lender no more than `lenderGap` units before the
   * ask, in its clause and with no "you" between, lends to the speaker ("my sister can lend me 50", "我姐可以借我500";
   * not "my friend said you could lend me 500").
   */
  moneyRequest: { window: 40, confidence: 0.8, sharedCostWindow: 30, amountGap: 2, figureGap: 4, minFigure: 10, lenderGap: 16 },
  /**
   * A stake and a payout in one sentence, each with a sum at most `figureGap` units away ("واحصل على 2000"),
   * the payout's at least `ratio` times the stake's: "invest 200 and get 2000 back". Twice as much was also
   * top-up offers and people telling of a camera that paid for itself; the promises run ten times and more.
   * A growth word ("turned my 500 into 5k", "5万円が80万円になりました") links two sums within `growthWindow`
   * units of it with no stake verb. Review, not a block: people also tell of gains.
   */
  promisedReturn: { figureGap: 6, ratio: 5, confidence: 0.6, growthWindow: 32 },
  /** you + violent verb: "stab you" goes to review; explicit threats are lexicon phrases. A violent verb alone is talk ("kill time"). */
  threat: { window: 30, confidence: 0.7 },
  /**
   * A maiming verb and a body part in one clause, `limbGap` units apart at most, with the reader named before the
   * body part or on it, `ownerGap` units from the nearer of the two at most: "I'll break your fingers", "te voy a
   * romper los dedos", "お前の指を折ってやる". Three cues that agree: a block.
   */
  maim: { limbGap: 20, ownerGap: 8, confidence: 0.85 },
  /**
   * A romance ad: a seeking verb with a partner after it, `after` units at most, in one clause ("looking for a tall
   * gentleman to date", "suche Frau zwischen 28 und 38", "ищу свою будущую жену"); in the languages of `partnerFirst`,
   * where the object comes before the verb, also a partner right before it, `before` units at most ("未来のお嫁さん探してます",
   * "future wife dhoondh raha hoon").
   */
  romanceAd: { after: 20, before: 4, partnerFirst: ['hi', 'ja', 'ko'] as readonly (Language | undefined)[], confidence: 0.85 },
  /**
   * Findings told in two cues each harmless alone, `window` units apart at most (in one clause when `joined`), the
   * act (`act`) not denied by a negation right before it and not read inside the other's word (跳桥 holds 桥):
   * - self-harm told as a plan (saved-up pills and taking them all, a jump and the height, farewell letters and
   *   others freed of the speaker, the speaker gone for good with pills, letters or a rope, the speaker hurting their
   *   own body on purpose or as a punishment, everything ending at a set time with the speaker asking not to be
   *   stopped or others freed of them), met with support like any self-harm finding;
   * - gore told as a description (spilled insides, a body cut in two, a pet skinned or tormented, an animal skinned
   *   alive);
   * - fraud (a code or PIN asked for; a fee paid before a task job starts, or before a prize, a refund or a loan is
   *   paid out; doubled or daily returns guaranteed);
   * - a veiled threat (accidents happen, to a reader dared to keep talking; regret promised to a reader who ignores,
   *   blocks or does not answer the speaker: "keep ignoring my messages. you'll regret it", "今天你再不回我，你会后悔的");
   * - a contact detail pressed for after a refusal ("why won't you give me your number? I'm not a creep"), C7 in
   *   chat too;
   * - heated politics (those who govern called thieves or traitors, or a call to the streets against them; a faith
   *   to be banned; a disputed land claimed), a review in public and nothing in chat;
   * - sexual harassment without a body word (a sleepless night in the speaker's bed, the reader's voice arousing the
   *   speaker, the two of them pictured in the shower, a night together in bed, what the reader wears and whether
   *   they sleep naked, what underwear they have on; the reader's body or figure called sexy, arousing the speaker or
   *   pictured in the speaker's bed or naked; a video call naked; how many people the reader has slept with; someone
   *   sought to warm the speaker's bed; teaching offered in bed).
   * A pair with its own `confidence` is weaker evidence, for review. A review of 360 ordinary lines written to hold
   * these words innocently found each of them there: an apology to everyone with a farewell (a job left, a break-up), a
   * lethal dose of a medicine asked about (a pharmacology student, a worried parent), an ending and a bridge (a series
   * finale), others better off without a speaker who calls themselves a burden (an injured player), what the reader
   * wears with underwear named (thermal underwear in the cold), a naked video call (a nephew after his bath on the
   * family call), how many people someone slept with (a celebrity in the news), someone sought to keep the speaker
   * warm (a dog adopted); also what the reader is wearing right now, the speaker's hotel tonight, a stay at the
   * speaker's home with one bed. The reader's underwear named with "your" alone is not even that: packing lists, a
   * mother's laundry note and a lingerie shop's fitting offer.
   * The pairs of one signal are listed together, the weaker last: the detector reports one finding per signal, the
   * first pair's that holds.
   */
  cuePairs: {
    confidence: 0.85,
    pairs: [
      { signal: 'self-harm', act: 'overdose', means: 'pills', window: 100, joined: false },
      { signal: 'self-harm', act: 'leap', means: 'height', window: 24, joined: true },
      { signal: 'self-harm', act: 'relief', means: 'farewell', window: 100, joined: false },
      { signal: 'self-harm', act: 'vanish', means: 'pills', window: 100, joined: false },
      { signal: 'self-harm', act: 'vanish', means: 'farewell', window: 100, joined: false },
      { signal: 'self-harm', act: 'vanish', means: 'relief', window: 100, joined: false },
      { signal: 'self-harm', act: 'method', means: 'vanish', window: 100, joined: false },
      { signal: 'self-harm', act: 'selfinjure', means: 'deliberate', window: 100, joined: false },
      { signal: 'self-harm', act: 'ending', means: 'dissuade', window: 100, joined: false },
      { signal: 'self-harm', act: 'ending', means: 'relief', window: 100, joined: false },
      { signal: 'self-harm', act: 'ending', means: 'height', window: 100, joined: false, confidence: 0.6 },
      { signal: 'self-harm', act: 'relief', means: 'burden', window: 100, joined: false, confidence: 0.6 },
      { signal: 'self-harm', act: 'forgive', means: 'farewell', window: 100, joined: false, confidence: 0.6 },
      { signal: 'self-harm', act: 'lethal', means: 'pills', window: 60, joined: false, confidence: 0.6 },
      { signal: 'gore', act: 'spill', means: 'viscera', window: 16, joined: true },
      { signal: 'gore', act: 'bisect', means: 'corpse', window: 30, joined: true },
      { signal: 'gore', act: 'flay', means: 'pet', window: 16, joined: true },
      { signal: 'gore', act: 'flay', means: 'alive', window: 40, joined: false },
      { signal: 'gore', act: 'cruelty', means: 'pet', window: 20, joined: true },
      { signal: 'fraud', act: 'divulge', means: 'secret', window: 40, joined: true },
      { signal: 'fraud', act: 'fee', means: 'gig', window: 80, joined: false },
      { signal: 'fraud', act: 'upfront', means: 'windfall', window: 100, joined: false },
      { signal: 'fraud', act: 'multiply', means: 'guarantee', window: 80, joined: false },
      { signal: 'threat', act: 'accident', means: 'goad', window: 120, joined: false },
      { signal: 'threat', act: 'regret', means: 'coerce', window: 60, joined: false },
      { signal: 'ads', act: 'rate', means: 'money', window: 16, joined: true, confidence: 0.6 },
      { signal: 'pushed-contact', act: 'insist', means: 'contact', window: 60, joined: false },
      { signal: 'pushed-contact', act: 'insist', means: 'app', window: 60, joined: false },
      { signal: 'sensitive', act: 'vilify', means: 'polity', window: 30, joined: true },
      { signal: 'sensitive', act: 'uprising', means: 'polity', window: 100, joined: false },
      { signal: 'sensitive', act: 'outlaw', means: 'faith', window: 60, joined: false },
      { signal: 'sensitive', act: 'claim', means: 'disputed', window: 30, joined: true },
      { signal: 'sexual-harassment', act: 'sleepless', means: 'bedroom', window: 80, joined: false },
      { signal: 'sexual-harassment', act: 'aroused', means: 'voice', window: 30, joined: true },
      { signal: 'sexual-harassment', act: 'sharedbath', means: 'fantasy', window: 60, joined: false },
      { signal: 'sexual-harassment', act: 'onenight', means: 'inbed', window: 120, joined: false },
      { signal: 'sexual-harassment', act: 'wearing', means: 'naked', window: 60, joined: false },
      { signal: 'sexual-harassment', act: 'aroused', means: 'physique', window: 60, joined: false },
      { signal: 'sexual-harassment', act: 'lewd', means: 'physique', window: 30, joined: true },
      { signal: 'sexual-harassment', act: 'bedroom', means: 'physique', window: 60, joined: false },
      { signal: 'sexual-harassment', act: 'naked', means: 'physique', window: 80, joined: false },
      { signal: 'sexual-harassment', act: 'inbed', means: 'teach', window: 40, joined: true },
      { signal: 'sexual-harassment', act: 'wearing', means: 'underwear', window: 60, joined: false, confidence: 0.6 },
      { signal: 'sexual-harassment', act: 'naked', means: 'videocall', window: 60, joined: false, confidence: 0.6 },
      { signal: 'sexual-harassment', act: 'bedded', means: 'tally', window: 40, joined: true, confidence: 0.6 },
      { signal: 'sexual-harassment', act: 'bedwarm', means: 'seek', window: 60, joined: false, confidence: 0.6 },
      { signal: 'sexual-harassment', act: 'wearing', means: 'now', window: 12, joined: true, confidence: 0.6 },
      { signal: 'sexual-harassment', act: 'hotelroom', means: 'tonight', window: 40, joined: true, confidence: 0.6 },
      { signal: 'sexual-harassment', act: 'onebed', means: 'stayover', window: 80, joined: false, confidence: 0.6 },
    ],
  },
  /**
   * Cues whose every hit is a finding of a signal, as a signal term's would be, unless an excuse stands anywhere in
   * the text: much blood is gore unless the speaker tells of their own small accident ("cut my finger chopping onions,
   * blood everywhere"); sale words are ads unless the speaker is the customer ("used a discount code", "the sale
   * ended"); a transfer asked for with the money unsaid is a money ask unless a shared cost is named
   * ("飲み会代ここに振り込んで").
   */
  excusable: [
    { cue: 'bloodshed', signal: 'gore', excuse: 'mishap' },
    { cue: 'deal', signal: 'ads', excuse: 'purchase' },
    { cue: 'payask', signal: 'fraud', excuse: 'expense' },
  ],
  /**
   * A group noun next to contempt (a `negative` word, an insult) in one sentence: "河南人真恶心", "여자들은 한심하다";
   * or a curse at the group (see curseAtGroup: "fucking mexicans", "ces Italiens de merde"), `curseGap` units at most and no comma between.
   */
  groupContempt: { window: 12, curseGap: 3, confidence: 0.9 },
  /** An insult aimed at the reader ("you idiot") is surer than one in the air. */
  aimedInsult: { window: 25, boost: 0.1 },
  /**
   * Contempt that is no insult alone, said of the reader: "you are so stupid", "你真恶心", "너 진짜 한심하다".
   * Only with "you" first and close, in one clause, and not "your" ("your idea is stupid" judges the idea) nor
   * with a negation right before the word ("you're not stupid"), nor with a third-person subject between ("I told
   * you it was stupid"). A review: the words are milder than an insult's. The gap counts units: letters in spaced
   * scripts (12 reaches "you are such a stupid person"), whole words in Chinese and Japanese, hence `hanKanaGap`
   * ("你觉得这个包…" goes on about a bag).
   */
  aimedContempt: { gap: 12, hanKanaGap: 4, confidence: 0.7 },
  /** A learner asking what a word means or quoting it: findings near it are scaled down. */
  meta: { window: 40, factor: 0.55 },
  /**
   * Gore in a sentence about a film, a show or a game ("the zombie show ... guts on the floor", "这部恐怖片血腥场面太多了") is
   * described fiction, and a threat there is a fan's ("spoil the last episode and I'll kill you"): their confidence is
   * multiplied by `factor`.
   */
  fiction: { window: 60, factor: 0.55, signals: ['gore', 'threat'] as readonly SignalId[] },
  /**
   * A threat in a sentence that laughs or says it is joking ("te mato 😂", "殺すよww", "just kidding, I'll kill you") is
   * banter: its confidence is multiplied by `factor`, so one alone falls below review and only several together act.
   * Not when the sentence says where it will be done, to wait and see, or that it is no joke (a `menace` cue): "ti
   * spacco la faccia domani fuori da scuola asd", "зарежу тебя завтра у подъезда ахах", "بذبحك والله ما أمزح هههه". A
   * time alone is a game night as often ("je vais te défoncer à Mario Kart ce soir 😂").
   */
  jest: { factor: 0.5, signals: ['threat'] as readonly SignalId[] },
  /**
   * An insult in a text that both laughs (written laughter, a laughing emoji, "jk") and tells the reader they are loved
   * (a `fondness` cue: "haha you idiot, love ya", "jajaja eres un idiota, te quiero") is friends teasing: its
   * confidence is multiplied by `factor`, so one alone goes to review instead of a strike. Laughter alone is no such
   * sign: "lol you're so stupid" is mockery as often. Nor is love denied: a negation `negationGap` units from the
   * fondness at most, in its clause ("mdr je t'aime pas, sale chienne", "哈哈哈没人爱你").
   */
  banter: { factor: 0.7, negationGap: 12, signals: ['insult'] as readonly SignalId[] },
  /**
   * A negation right before a finding of these signals, nothing but a space between and in the same clause,
   * denies it: "I'm not going to kill you", "je vais pas te tuer", "I don't want to die". Insults stay: "don't
   * be a bitch" and "aren't you a slut" insult all the same.
   */
  negation: { gap: 1, signals: ['threat', 'self-harm', 'harassment', 'dating'] as readonly SignalId[] },
  /**
   * A name the speaker calls themselves insults nobody: "Ich hab den Schlüssel vergessen, ich Idiot", "soy una idiota",
   * "私ってほんとバカ", "que idiota eu sou". It is read as cursing instead, at `confidence` at most: allowed in 1:1 chat, and
   * in public a review, since "I'm a bitch" is still a vulgar word in a Moment and "ich bin so ein Idiot" is not one
   * (English clears its mild names outright, SELF_LABELS). The name and its frame are cleared, so the learned scorer does
   * not read them as an insult either. A frame naming the speaker stands right before the name (`selfbefore`) or right
   * after it (`selfafter`), `gap` units apart at most in spaced scripts and touching in Han and kana, in one clause:
   * - a frame before the name opens its clause, or follows an interjection, laughter or exclamative that does (`selfsigh`,
   *   `selflead`: "ugh I'm such an idiot", "como eu sou idiota"; not "ja bin ich Wichser"), and the clause ends with the name (in Han and kana a copula or particle may
   *   follow: "バカだな", not "バカ上司", "バカな上司");
   * - a name before a frame follows an exclamative that opens the clause (`selflead`: "qué tonto soy"; not the vocative of
   *   "yes dumbass i am"; in Han and kana the name may open it itself), and the clause ends with the frame;
   * - the sentence asks no question ("I'm a cunt? look in the mirror"), nobody's words are quoted ("ur mom: i'm a
   *   whore"), no retort opens the clause (`selfretort`: "oh sure, I'm the bitch"), and no you-word stands in the sentence
   *   or anywhere after it ("t'es con je suis sûr", "I'm a bitch, so is your mom").
   * A denial ("I'm not an idiot, you are") frames nothing. A retort counts `retortGap` units before the words at most: a
   * comma, a space and an article or a short pronoun ("claro, el pendejo soy yo", "हाँ हाँ, मैं चूतिया हूँ").
   */
  selfLabel: { gap: 1, retortGap: 8, signals: ['insult'] as readonly SignalId[], confidence: 0.6 },
  /**
   * Cues that take back the findings of some signals in their sentence, on either side (Japanese, Korean and Hindi
   * say it after the words it is about):
   * - a warning passes advice on and asks for nothing: "the bank never asks for the code from the SMS",
   *   "銀行から暗証番号を聞かれることは絶対にない". Not a phishing or fraud finding in a clause of its own that asks to
   *   be told, sent or paid something (`unlessAskedApart`): that is the ask the advice was cover for ("the bank never
   *   asks for codes, but I'm from the security team: read it back to me"). The ask a warning describes is part of it
   *   ("they will never ask you to read back a code"), and so is a friendly ask beside it with no finding of its own
   *   ("never share your code; if you get such a text, send me a screenshot");
   * - an abstainer tells of not drinking, which promotes no alcohol: "I don't drink alcohol, only tea", "我不喝酒",
   *   "お酒飲めないので", "daaru nahi peeta";
   * - cooking puts the wine in a dish: "deglaze the pan with white wine", "Fleisch in dunklem Bier geschmort";
   * - the reader having told the speaker takes the menace out of knowing where they live or work: "sé dónde trabajas
   *   porque me lo contaste", "hast du ja erzählt";
   * - an experience missed makes the regret of the same sentence advice: "du wirst es bereuen, wenn du das Museum nicht
   *   besuchst", "si no pruebas el mole te vas a arrepentir", "不去长城会后悔的"; only a threat told in `regret` and
   *   `coerce` words alone (`within`), so "if you don't visit me this weekend I'll kill you" stays one;
   * - a learner paying for lessons, or telling what their own teacher asks, offers none: "I pay $15 per lesson, is that
   *   normal?", "mi profesora me cobra 20€ por clase", "我的老师每节课收100元"; only the ad right beside it in its clause
   *   (`reach` units): "my teacher taught me everything, $15 per lesson" offers.
   *   Not in a text that names a chat app or contact (`unlessWith`): "我老师每节课只要50元，私聊我加微信" recruits for them.
   */
  retractions: [
    { cue: 'warning', signals: ['phishing', 'fraud'], unlessAskedApart: ['divulge', 'request', 'payask'] },
    { cue: 'abstain', signals: ['alcohol'] },
    { cue: 'cooking', signals: ['alcohol'] },
    { cue: 'toldme', signals: ['harassment'] },
    { cue: 'missout', signals: ['threat'], within: ['regret', 'coerce'] },
    { cue: 'pupil', signals: ['ads'], reach: 16, unlessWith: ['app', 'contact'] },
  ],
  /** An app name followed by something shaped like an id ("wechat: abc_123", "line id is mika88"). */
  appHandle: { lookahead: 28, confidence: 0.9 },
} as const;

/** Contact details and links found outside the lexicons. */
export const CONTACT_POLICY = {
  phone: { confidence: 0.9 },
  email: { confidence: 0.9 },
  /** A phone or e-mail in a message that also has a spam phrase makes the spam surer. */
  spamWithContactBoost: 0.25,
  /** A standalone 5-digit premium short code ("text WIN to 80082") is weak spam evidence on its own. */
  shortCode: { confidence: 0.35 },
} as const;

export const LINK_POLICY = {
  /** Registrable domains that are never a problem in themselves. */
  allow: ['hellotalk.com', 'wikipedia.org', 'wiktionary.org', 'youtube.com', 'youtu.be', 'google.com', 'apple.com', 'duolingo.com',
    // Brands' own sister companies, whose domains carry the brand beside another word.
    'rakuten-sec.co.jp', 'rakuten-bank.co.jp', 'rakuten-card.co.jp', 'paypay-bank.co.jp', 'paypay-card.co.jp'],
  /** Domains known for scams or adult content: any link to them is phishing. */
  deny: ['grabify.link', 'iplogger.org', 'iplogger.com', '2no.co', 'blasze.com', 'pornhub.com', 'xvideos.com', 'onlyfans.com'],
  /** Link shorteners hide where a link goes. */
  shorteners: [
    'bit.ly', 'bitly.com', 'tinyurl.com', 'goo.gl', 'is.gd', 'cutt.ly', 'ow.ly', 'buff.ly', 'rebrand.ly', 'shorturl.at',
    'tiny.cc', 'rb.gy', 'v.gd', 't.ly', 'bl.ink', 'short.io', 'dwz.cn', 'url.cn', 'suo.im', 'me2.do', 'han.gl', 'vo.la',
    'clck.ru', 'qps.ru', 'x.gd', 's.id', 'shorte.st', 'adf.ly', 'bc.vc', 'ouo.io',
  ],
  /** Link wrappers a platform puts on every shared link (Twitter, LinkedIn). */
  wrappers: ['t.co', 'lnkd.in'],
  /** Links that open another app's chat or profile: sharing one is sharing an id. */
  appLinks: ['wa.me', 't.me', 'telegram.me', 'line.me', 'qr.kakao.com', 'open.kakao.com', 'u.wechat.com', 'snapchat.com', 'discord.gg', 'discord.com', 'instagram.com', 'm.me', 'kik.me', 'skype.com'],
  /**
   * Brands whose look-alike domains phish users (punycode homographs, digit swaps, a brand label in someone else's
   * domain: hellota1k-vip.cc, paypa1-secure.com, apple.com.verify.io), and the payment apps SMS scams pretend to be.
   */
  brands: ['paypal', 'apple', 'google', 'hellotalk', 'microsoft', 'amazon', 'facebook', 'instagram', 'netflix', 'wechat', 'alipay', 'kakao', 'naver', 'line',
    'binance', 'coinbase', 'steam', 'whatsapp', 'telegram', 'tiktok', 'vkontakte', 'weibo', 'taobao', 'rakuten', 'paypay', 'paytm', 'phonepe', 'yandex', 'sberbank',
    'gosuslugi', 'nubank', 'mercadopago'],
  /**
   * Short names and parcel services that other sites put in their domains too (fb-events.org, vk-music.ru,
   * dhl-freight.com): a look-alike only beside a `lures` label (fb-view-photos.xyz, insta-viewz.in, dhl-parcel-fee.com).
   */
  lureBrands: ['fb', 'insta', 'ig', 'vk', 'dhl', 'fedex', 'usps', 'laposte', 'correos'],
  lures: ['login', 'signin', 'verify', 'verification', 'secure', 'security', 'account', 'accounts', 'photo', 'photos', 'view', 'views', 'viewz', 'viewer', 'video', 'videos',
    'gift', 'gifts', 'prize', 'support', 'help', 'update', 'kyc', 'track', 'tracking', 'parcel', 'delivery', 'fee', 'pay', 'payment', 'wallet', 'bonus', 'reward', 'claim'],
  /**
   * What a bank, a post office or a courier is called in the domains that pose as one without naming a brand, and what
   * such domains ask the reader to do. An institution beside an act of `institutionActs` in one domain's name
   * (kb-bank-verify.xyz, sber-bank-verify.com, sparkasse-sicherheit-update.com), or beside one of `institutionFees` on a
   * top-level domain mostly registered for abuse (correos-paquete-pago.top), is look-alike enough for review
   * (`institutionLookalike`). Couriers' and shops' own names string institutions together (parcel-delivery-express,
   * suivi-colis-livraison, post-und-paket) and name fees and refunds (tax-refund-calculator): those stay allowed.
   */
  institutions: ['bank', 'banking', 'banco', 'banque', 'banca', 'sparkasse', 'post', 'poste', 'posta', 'courier', 'delivery', 'parcel', 'customs', 'tax', 'kyc',
    'pacco', 'consegna', 'spedizione', 'paquete', 'envio', 'colis', 'livraison', 'paket', 'sendung', 'zoll', 'encomenda', 'correio', 'correos', 'entrega'],
  institutionActs: ['login', 'signin', 'verify', 'verification', 'verifica', 'verificar', 'secure', 'security', 'seguridad', 'sicurezza', 'securite', 'sicherheit',
    'update', 'aggiorna', 'actualizar', 'atualizar', 'confirm', 'confirmar', 'unlock', 'kyc', 'auth', 'validate'],
  institutionFees: ['fee', 'fees', 'payment', 'pay', 'pago', 'pagamento', 'paiement', 'zahlung', 'gebuehr', 'gebuhr', 'claim', 'refund'],
  abusedTlds: ['top', 'xyz', 'icu', 'buzz', 'click', 'cfd', 'sbs', 'cyou', 'rest', 'monster', 'quest', 'bond'],
  institutionLookalike: { signal: 'phishing', confidence: 0.6 },
  shortener: { signal: 'phishing', confidence: 0.6 },
  /** A platform's own wrapper (every link in a tweet becomes t.co) was not chosen to hide anything: weak alone, it counts with spam wording. */
  wrapper: { signal: 'phishing', confidence: 0.35 },
  ipHost: { signal: 'phishing', confidence: 0.85 },
  homograph: { signal: 'phishing', confidence: 0.95 },
  denied: { signal: 'phishing', confidence: 0.9 },
  appLink: { signal: 'contact-id', confidence: 0.9 },
} as const satisfies Record<string, unknown>;
