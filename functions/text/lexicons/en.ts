import { pairs, unlessAfter, unlessAround, unlessBefore } from './term-builders';
import type { Lexicon } from './types';

/**
 * English as typed in chat, tweets and SMS: contractions without apostrophes (ur, u r, dont), masked
 * spellings (f*ck, sh*t), dropped letters (fk, fkn, stfu), slurs and their plurals. Whole-word
 * matching keeps class/assassin/Scunthorpe/Sussex/cocktail/hello/shell clean, so wildcards stay off
 * short stems (`ass*` would hit assume, `cock*` cocktail). Words with an everyday sense ("trash",
 * "bird", "kill", "line", "free", "drink") appear only inside phrases or as cues.
 */

/** Dick is also the pudding (spotted dick); Dick as a name is read by the names detector. */
const DICK = { term: 'dick', unless: ['spotted dick'] };
/** A pussycat is a cat. */
const PUSSY = { term: 'pussy', unless: ['pussycat', 'pussy cat', 'pussy willow'] };
/** The reader as the one who does it: a warning or a question about an accident ("you'll break your neck", "did you cut your finger?"). */
const READER_AS_SUBJECT = [
  'you', 'u', "you'll", 'youll', 'you will', "you'd", 'you would', 'you could', 'you might', 'you can', 'you may', "you're gonna", 'youre gonna', 'you gonna',
  "you're going to", 'you are going to', "you're", 'youre', 'you are', 'ur', 'did you', 'did u', 'you just', "don't", 'dont', 'do not',
];
/** Blue tits and great tits are birds. */
const TITS = { term: 'tits', unless: ['blue tits', 'great tits', 'coal tits', 'blue tit', 'great tit'] };
/** The Scottish soup and the rooster's crow. */
const COCK = { term: 'cock', unless: ['cock-a-leekie', 'cock a leekie', 'cock-a-doodle-doo', 'cock a doodle doo'] };
/** To shoot someone a text is to send one; a photo shoot is work. */
const SHOOT = {
  term: 'shoot',
  unless: ['shoot me a text', 'shoot me a message', 'shoot me an email', 'shoot me a dm', 'shoot me a line', 'photo shoot', 'shoot a selfie', 'shoot selfies', 'shoot a video', 'shoot a vid',
    // Shooting one's shot is asking someone out.
    ...pairs(['shoot'], ['your shot', 'ur shot', 'my shot', 'his shot', 'her shot', 'their shot', 'our shot'])],
};

/** Groups that hateful generalisations sweep over. */
const GROUPS = [
  'blacks', 'black people', 'whites', 'white people', 'asians', 'mexicans', 'muslims', 'jews', 'arabs', 'gays', 'immigrants', 'chinese',
  'indians', 'africans', 'latinos', 'refugees', 'trannies', 'homosexuals', 'women', 'feminists', 'koreans', 'japanese', 'russians',
];
const DEHUMANISING = [
  'are animals', 'are subhuman', 'are vermin', 'are parasites', 'are a disease', 'are inferior', 'are disgusting', 'should die', 'should be killed',
  'should be shot', 'must die', 'need to be exterminated', 'dont belong here', "don't belong here", 'are all terrorists', 'are all criminals', 'are all rapists',
  'ruin everything', 'are a plague', 'are not human', 'go back to',
];
const groupHate = GROUPS.flatMap((group) => DEHUMANISING.map((phrase) => `${group} ${phrase}`));

/**
 * Nouns that insult only when pinned on the reader: a clown at a party, a waste of space in a closet, a
 * snake in the garden. Not "joke" ("you're such a joke teller"). "ur a clown", "you're such a waste of space", "you freak".
 */
const YOU_ARE_A = [
  'ur a', 'ur such a', 'ur just a', 'u r a', 'u r such a', 'u are a', 'u are such a', 'you are a', 'you are such a', 'you are just a', "you're a",
  "you're such a", "you're just a", 'youre a', 'youre such a', 'youre just a', 'your a', 'your such a',
];
const AIMED_NOUNS = [
  'clown', 'troll', 'waste of space', 'waste of oxygen', 'waste of air', 'failure', 'disgrace', 'embarrassment', 'nobody', 'freak', 'creep',
  'parasite', 'degenerate', 'pig', 'cow', 'rat', 'snake', 'leech', 'coward', 'psycho', 'lunatic', 'disappointment', 'burden', 'mistake', 'npc',
  'fake bitch', 'brain dead', 'braindead',
];
/** Bare vocatives ("you clown"): not "rat" or "troll", which are also verbs after "you" ("did you rat me out"). */
const VOCATIVE_NOUNS = ['clown', 'freak', 'creep', 'pig', 'cow', 'snake', 'failure', 'coward', 'psycho', 'braindead', 'brain dead', 'waste of space', 'degenerate', 'parasite'];
/** "you're literally the dumbest": superlatives of contempt said of the reader. */
const YOU_ARE_THE = pairs(
  ["you're the", 'youre the', 'you are the', 'ur the', 'u r the', "you're literally the", 'youre literally the', 'ur literally the', 'you are literally the',
    "you're honestly the", 'ur honestly the', 'youre honestly the'],
  ['dumbest', 'stupidest', 'ugliest', 'worst person', 'most annoying', 'most pathetic', 'biggest idiot', 'biggest loser', 'most useless', 'most disgusting',
    'fattest', 'lamest', 'most boring person'],
);

/**
 * Stalking told as a story: the building, the route, the window the writer knows. A bare "I saw you" or
 * "I know what time you finish" is how friends talk; the place or the watching is what makes it stalking.
 */
const STALKING = [
  // With the verb: "I know which building you mean" is directions.
  ...pairs(
    ['i know which', 'i know what', 'i know exactly which', 'i know exactly what', 'i found out which', 'i found out what', 'i figured out which',
      'ik which', 'ik what'],
    ['building you live in', 'house you live in', 'apartment you live in', 'flat you live in', 'floor you live on', 'street you live on', 'gym you go to',
      'car you drive', 'route you take', 'train you take', 'window is yours', 'building u live in', 'house u live in', 'apartment u live in', 'street u live on',
      'car u drive'],
  ),
  ...pairs(['i know where', 'i found out where', 'ik where', 'i kno where'], ['you sleep', 'your kids', 'your family lives', 'your parents live', 'your mom lives', 'you park', 'u sleep', 'ur kids', 'u live', 'u work']),
  ...pairs(['i saw you', 'i saw u', 'i seen you', 'i watched you', 'i watched u', 'i been watching you'], [
    'leave work', 'leaving work', 'leave your house', 'leaving your house', 'leave your building', 'leave your apartment', 'through your window', 'at your window',
    'in your window', 'undress', 'undressing',
  ]),
  ...pairs(['i watched you', 'i watched u', 'i been watching you'], ['get home', 'come home', 'walk home', 'sleep', 'sleeping', 'leave']),
  ...pairs(['followed you', 'followed u', 'been following you', 'been following u'], ['to your car', 'to ur car', 'to the gym', 'to your gym', 'to your door', 'to your job', 'to ur job', 'to ur work', 'to your work', 'home', 'to work', 'to school', 'to your house', 'to ur house', 'from work', 'from school', 'from the station']),
  ...pairs(['i know when', 'i know what time', 'i know exactly when', 'ik when', 'i found out when'], ['you are alone', 'u are alone', "you're alone", 'youre alone', 'ur alone', 'you are home alone', "you're home alone", 'your parents are away', 'your parents leave', 'your husband leaves', 'your boyfriend leaves']),
  'been watching you for', 'i know your schedule', 'i know ur schedule', 'i know your routine', 'i know ur routine',
  'answer me answer me', 'answer me now', 'answer me right now', "you can't ignore me", 'you cant ignore me', 'u cant ignore me', 'reply me now', 'reply to me now',
  'nobody wants u here', 'no one wants you here', 'no one wants u here',
];

/** Sex as a doer's plan without a body word: "bend you over", "make u moan", "wanna smash". Smash Bros is a game. */
const SMASH = (term: string) => ({ term, unless: [`${term} bros`] });
const SEX_ACTS = [
  ...pairs(['rail', 'pound', 'lick', 'grind on'], ['you', 'u']),
  ...pairs(['make you', 'make u', 'i will make you', "i'll make you"], ['moan', 'scream my name', 'cum', 'wet', 'squirt']),
  ...pairs(['bend you', 'bend u'], ['over']), ...pairs(['so', 'im so', "i'm so", 'getting', 'got me'], ['wet for you', 'hard for you', 'wet for u', 'hard for u']),
  SMASH('wanna smash'), SMASH('want to smash'), SMASH('tryna smash'), SMASH('trying to smash'), SMASH('lets smash'), SMASH("let's smash"), SMASH('can we smash'),
  'wanna fool around', 'want to fool around', 'fool around with me', 'mess around with me', 'dtf', 'down to fuck', 'sexy time', 'lewds', 'lewd pics', 'send lewds',
  'go down on you', 'go down on u', 'eat u out', 'horney', 'hornie', 'h0rny', 'sexted', 'sexts', 'what i would do to you', "what i'd do to you", 'what id do to you',
  'what i would do to u', "what i'd do to u", 'in my bed tonight', 'all night long in bed',
];
/** Clothes coming off, a body in a bikini: implication without a body part named. */
const UNDRESSING = [
  'without those clothes', 'without your clothes', 'without ur clothes', 'without any clothes', 'with no clothes on', 'out of those clothes',
  'out of your clothes', 'out of ur clothes', 'rip your clothes off', 'rip ur clothes off', 'take it off for me', 'take it all off', 'take them off for me',
  ...pairs(['take your', 'take ur'], ['top off', 'shirt off', 'bra off', 'panties off', 'pants off', 'dress off']),
  ...pairs(['take off your', 'take off ur', 'lift your', 'lift ur', 'pull up your', 'pull up ur'], ['top', 'shirt', 'bra', 'panties', 'skirt', 'dress']),
  'show some skin', 'show more skin', 'show me more skin',
  ...pairs(['see you in', 'see u in', 'look like in', 'u look in', 'you look in', 'pic of you in', 'pic of u in', 'pics of you in', 'photo of you in', 'picture of you in'],
    ['ur bikini', 'your bikini', 'a bikini', 'ur underwear', 'your underwear', 'ur lingerie', 'your lingerie', 'lingerie', 'ur panties', 'your panties', 'ur bra',
      'your bra', 'a thong', 'a towel', 'just a towel', 'nothing']),
  // Asked for, not offered on a menu: "got anything spicy?" is food.
  ...pairs(['send me', 'show me', 'send me sum', 'send sum'], ['something spicy', 'something naughty', 'something sexy', 'something dirty', 'something lewd', 'sum spicy',
    'sum naughty', 'anything naughty', 'anything sexy', 'spicy pics', 'spicy pic', 'naughty pics']),
  'suckable', 'fuckable', 'smashable', { term: 'nice rack', unless: ['nice rack of'] }, 'nice tits', 'nice boobs', 'nice ass', 'dat ass', 'that ass tho', 'thicc',
  'so thicc', 'those thighs', 'ur thighs', 'your thighs',
];

/** Account and parcel lures: the verbs a phishing text ends on, the delivery that "failed". */
const PHISHING_LURES = [
  ...pairs(['verify', 'confirm', 'validate'], ['your identity', 'ur identity', 'your details', 'ur details', 'your information', 'your info', 'your card', 'your payment']),
  ...pairs(['reactivate', 'restore', 'unlock', 'secure'], ['your account', 'ur account']),
  // Not "update your address": friends ask that before mailing a postcard.
  ...pairs(['update'], ['your details', 'ur details', 'your card', 'ur card', 'your information', 'your info']),
  'suspicious login', 'suspicious log in', 'suspicious sign in', 'suspicious activity', 'suspicious login attempt', 'new login detected', 'unauthorized login',
  'account compromised', 'account has been compromised', 'account was compromised', 'account is locked', 'account has been locked', 'account will be deleted',
  'account will be disabled', 'account will be terminated', 'account will be deactivated', 'avoid suspension', 'avoid account suspension', 'subscription has expired',
  'subscription expired', 'membership has expired', 'payment failed', 'payment was declined', 'payment declined', 'payment could not be processed',
  'could not be delivered', 'couldnt be delivered', "couldn't be delivered", 'failed delivery attempt', 'delivery attempt failed', 'unable to deliver your',
  'redelivery', 'reschedule your delivery', 'schedule redelivery', 'parcel is on hold', 'package is on hold', 'parcel on hold', 'package on hold',
  'held at our depot', 'small shipping fee', 'pay the shipping fee', 'redelivery fee', 'small delivery fee',
];

/** Money scams: the parcel held for a fee, the flight the sweetheart cannot pay, the returns that are "guaranteed". */
const FRAUD_STORIES = [
  ...pairs(['release my', 'release the', 'release your', 'to release my', 'to release the'],
    ['parcel', 'package', 'luggage', 'consignment', 'funds', 'gold', 'shipment', 'container', 'inheritance', 'box']),
  'customs charges', 'diplomatic courier', 'diplomatic agent', 'consignment box', 'trunk box', 'atm card',
  // Not a traveller's own saving: "saving up for my plane ticket".
  ...pairs(['for my', 'for the', 'pay for my', 'money for my', 'money for the', 'buy my', 'book my'], ['flight ticket', 'plane ticket', 'flight tickets', 'plane tickets']).map(unlessAfter(['saving up', 'saving', 'save up', 'saved up', 'saving money', 'paid', 'already paid', 'i paid', 'i saved'])),
  ...pairs(['so i can'], ['come see you', 'come to you', 'finally see you', 'finally meet you', 'visit you', 'fly to you', 'be with you', 'come see u', 'finally see u', 'be with u']),
  'my bank account is frozen', 'my account is frozen', 'my card is blocked', 'my card got blocked', 'cant access my account', "can't access my bank",
  'pay my hospital bill', 'pay the hospital bill', 'money for surgery', 'surgery money', 'medical fee',
  ...pairs(['double', 'triple', 'grow', 'multiply'], ['your capital', 'your investment', 'ur money', 'your money', 'your savings']).filter((term) => term !== 'double your money'),
  'investment group', 'trading group', 'crypto group', 'signals group', 'trading mentor', 'crypto mentor', 'investment mentor', 'forex mentor', 'my mentor taught me',
  ...pairs(['teach you', 'teach u', 'show you', 'show u'], ['how to trade', 'how to invest', 'how to earn', 'how i trade']),
  'minimum deposit', 'min deposit', 'withdrawal fee', 'withdraw your profit', 'withdraw ur profit', 'returns guaranteed', 'guaranteed return', 'profit guaranteed',
  // Weak alone (one word); with another scam word it counts.
  'guaranteed', 'usdc', 'metamask', 'trust wallet',
];

/** Dating ads: who the writer is looking for. Not "a partner": a language partner is why people are here. */
const DATING_ADS = [
  ...pairs(['looking for', 'searching for', 'seeking', 'lf', 'in search of', 'hoping to find', 'want to find', 'wanna find', 'here to find', 'trying to find'], [
    'my queen', 'my king', 'my princess', 'my prince', 'my soul mate', 'my soulmate', 'my other half', 'my better half', 'my future wife', 'my future husband',
    'my wife', 'my husband', 'true love', 'real love', 'someone special', 'someone to love', 'someone to spoil', 'a woman to spoil', 'a girl to spoil', 'a sweet girl',
    'a sweet lady', 'a sweet woman', 'a nice girl', 'a nice lady', 'a good woman', 'a good man', 'a loyal woman', 'a loyal man', 'a loyal partner',
    'a faithful woman', 'a caring woman', 'a caring man', 'a serious relationship', 'a long term relationship', 'long term relationship', 'ltr', 'a serious woman',
    'a serious man', 'a wife', 'a husband', 'a girlfriend', 'a boyfriend', 'a gf', 'a bf', 'a sugar daddy', 'a sugar baby', 'a date tonight', 'a hookup', 'hookups',
    'fun tonight', 'a fwb', 'fwb', 'a life partner', 'my life partner', 'a partner for life', 'love', 'romance', 'a soulmate',
  ]),
  // Not "want to be spoiled" (spoilers) nor "a generous man" (a grandfather described): the ad's own wording.
  'serious relationship only', 'serious relationships only', 'serious only', 'marriage minded', 'ready to settle down', 'spoil you like a queen',
  'treat you like a queen', 'treat u like a queen', 'treat you like a princess', "i'm a generous man", 'im a generous man', 'i am a generous man',
  'generous man looking', 'generous guy looking', 'lonely man looking', 'lonely guy looking', 'lonely widower', 'widower looking', 'divorced and looking',
  'lonely and looking', 'anyone wanna date', 'anyone want to date', 'who wants to date me', 'wanna date me', 'want to date me', 'wanna go on a date',
  'go on a date with me',
];

/** Job, sales and lesson ads: how a post asks to be bought or answered. */
const ADS_PITCHES = [
  'hiring now', 'earn from your phone', 'make money from your phone', 'work from your phone', 'earn daily', 'earn weekly', 'earn extra cash', 'earn extra money',
  'earn extra income', 'earn up to', 'no experience necessary', 'no exp needed', 'no experience needed', 'join my team', 'recruiting now',
  'be your own boss', 'financial freedom', 'online job offer', 'order here',
  ...pairs(['dm', 'dm me', 'pm', 'pm me', 'inbox me', 'message me', 'msg me', 'contact me', 'text me'], ['for details', 'for more info', 'for info', 'for more details', 'for prices', 'for the price']),
  'off this week', 'off today only', 'while stocks last', 'while supplies last', 'visit my website', 'my etsy', 'etsy shop',
  ...pairs(['order', 'buy', 'shop', 'purchase'], ['via my', 'through my', 'on my website', 'from my shop', 'from my store', 'from my website']),
  'link to order', 'link to buy', 'dm to buy', 'dm to purchase', 'dm me to buy', 'brand new in box', 'bnib', 'obo', 'or best offer', 'price negotiable', 'negotiable price',
  // A learner who "took a trial lesson" or "paid lessons" is no ad: the offer is.
  'my rates', 'my hourly rate', 'free trial lesson*', 'free trial class*', 'book a trial', 'trial lesson with me', 'trial class with me', 'private lessons available',
  'tutoring available', ...pairs(['i offer', 'offering', 'i give'], ['paid lessons', 'paid classes', 'private lessons', 'online lessons', 'tutoring', 'lessons for']),
  ...pairs(['book a lesson', 'book a class', 'book lessons', 'book classes', 'book a session'], ['with me', 'now', 'today']),
];

/** Smoking and dosing: a verb with its drug ("smoked a fat joint", "tabs of acid"); the drug words alone are everyday (joint, acid, bud). */
const DRUG_USE = [
  ...pairs(['smoke', 'smoked', 'smoking', 'smokin', 'roll', 'rolled', 'rolling', 'rollin', 'hit', 'hitting', 'puff', 'puffing', 'spark', 'sparked', 'sparking', 'blaze', 'blazed', 'blazing'], [
    'a joint', 'a fat joint', 'a blunt', 'a fat blunt', 'blunts', 'a spliff', 'spliffs', 'a doobie', 'doobies', 'some weed', 'weed', 'some kush', 'some bud',
    'bud', 'pot', 'a bong', 'the bong', 'a dab', 'dabs', 'a cart', 'a j',
  ]),
  ...pairs(['gram of', 'grams of', 'g of', 'eighth of', 'ounce of', 'oz of', 'baggie of', 'bag of', 'bump of', 'line of', 'lines of', 'tab of', 'tabs of', 'hit of', 'key of'],
    ['coke', 'acid', 'bud', 'molly', 'ket', 'crack', 'dope', 'weed', 'meth', 'mdma', 'lsd', 'kush', 'smack', 'ketamine', 'shrooms', 'heroin']),
  'dropped acid', 'drop acid', 'dropping acid', 'took acid', 'taking acid', 'acid trip', 'tripping on acid', 'tripping on shrooms', 'tripping balls', 'trippin balls',
  'on shrooms', 'shroomin', 'shrooming', 'doing coke', 'snorted coke', 'snort coke', 'coked up', 'coked out', 'coke head', 'cokehead', 'key bump',
  'anyone got a plug', 'who got a plug', 'who got the plug', "who's the plug", 'whos the plug', 'need some bud', 'got some bud', 'buy some bud', 'selling bud',
  'wake and bake', 'wake n bake', 'baked af', 'blazed af', 'high as a kite', 'high as hell', 'high as fuck', 'so high rn', 'im high rn', 'zooted', 'crossfaded', 'cross faded',
  'popping pills', 'pop pills', 'popped a xan', 'pop a xan', 'popped a perc', 'pop a perc', 'xanny', 'xannies', 'xanax bars', 'perc 30', 'perc30', 'm30s', 'benzos',
  'sipping lean', 'sippin lean', 'drinking lean', 'carts and pens', 'thc cart*', 'weed cart*', 'dab cart*', 'wax pen*', 'dab pens', 'thc vape*', 'thc gumm*',
  'weed gumm*', 'pot brownie*', 'weed brownie*', 'space cake*', 'pre roll*', 'preroll*', 'k hole', 'khole', 'rolling on molly',
];

/** Getting drunk, as people boast of it: the everyday words (wasted time, a smashed phone, shots at goal) stay inside phrases. */
const DRINKING = [
  ...pairs(['get', 'getting', 'gettin', 'gonna get', 'got'], ['wasted', 'plastered', 'shitfaced', 'sloshed', 'blackout drunk', 'tipsy', 'drunk']),
  // Hammered by an exam or a storm is beaten.
  ...pairs(['get', 'getting', 'gettin', 'gonna get', 'got'], ['hammered']).map(unlessBefore(['by', 'in'])),
  'shitfaced', 'sloshed', 'blackout drunk', 'blacked out drunk', 'drunk af', 'so drunk', 'doing shots', 'round of shots', 'shots shots shots', 'tequila shots',
  'vodka shots', 'jello shots', 'jagerbomb*', 'jager bomb*', 'jagermeister', 'lager', 'lagers', 'prosecco', 'bourbon', 'moonshine', 'mimosas', { term: 'martini*', unless: ['martinique', 'martinica'] },
  'a few pints', 'few pints', 'couple of pints', 'couple pints', 'pints tonight', 'pint of lager', 'bevvies', 'bevvy', 'brewski*', 'boozing', 'boozy',
  'white claw*', 'hard seltzer',
];

/** Threats told as consequences: "keep talking and you'll regret it", "i'll make sure you never walk again". */
const THREAT_CONSEQUENCES = [
  ...pairs(
    ['keep talking and', 'keep it up and', 'say that again and', 'say it again and', 'one more word and', 'one more time and', 'try me and', 'touch me again and',
      'mess with me and', 'cross me and', 'do that again and', 'come near me again and', 'text me again and', 'report me and', 'block me and', 'ignore me again and'],
    ["you'll regret it", 'youll regret it', 'you will regret it', 'u will regret it', 'ull regret it', "you'll be sorry", 'youll be sorry', 'you will be sorry',
      "you're dead", 'youre dead', 'ur dead', "you'll see what happens", 'see what happens'],
  ),
  ...pairs(["i'll make you", 'ill make you', 'i will make you', "i'll make u", 'ill make u', "i'm gonna make you", 'im gonna make you'], ['regret', 'pay', 'suffer', 'bleed']),
  'make you regret it', 'make u regret it', "you'll pay for this", 'youll pay for this', 'you will pay for this', "you'll pay for that", 'you will pay for that',
  "you'll regret the day", "you'll regret ever", 'youll regret ever', 'you will regret ever', "you've been warned", 'youve been warned', 'you have been warned',
  'this is your last warning', 'ur last warning', 'better watch ur back', 'better watch your back',
  ...pairs(["i'll", 'ill', 'i will', 'gonna', 'im gonna', "i'm gonna", 'i swear ill', "i swear i'll"], [
    'smash your head', 'smash ur head', 'bash your head', 'bash ur head', 'kick your head in', 'kick ur head in', 'cave your head in', 'knock your teeth out',
    'knock ur teeth out', 'rip your head off', 'rip ur head off', 'punch your face in', 'punch ur face in', 'punch you in the face', 'punch u in the face',
    'break every bone', 'put you in the hospital', 'put u in the hospital', 'put you in hospital', 'put you in a wheelchair', 'put you in the ground', 'put u in the ground',
    'put you in a coffin', 'put you in a body bag', 'end you', 'end u', 'hunt you down', 'hunt u down', 'run you over',
    'stab you', 'stab u', 'shank you', 'shank u', 'murk you', 'murk u', 'kidnap you', 'beat you up', 'beat u up', 'slap you', 'slap u',
  ]),
  ...pairs(["i'll make sure you never", 'ill make sure you never', 'i will make sure you never', "i'll make sure u never", 'gonna make sure you never'],
    ['walk again', 'see again', 'wake up', 'speak again', 'talk again', 'see your family again', 'see daylight', 'come back']),
  "you'll never walk again", 'youll never walk again', 'you will never walk again', 'u will never walk again', 'in a body bag',
];

/** What follows a cut or a hurt that was an accident: a tool, a sport, a place, a clumsy moment. */
const ACCIDENTS = [
  ...pairs(['while', 'when i was'], ['cooking', 'shaving', 'chopping', 'cutting', 'playing', 'running', 'training', 'working out', 'skiing', 'skating', 'lifting',
    'opening', 'fixing', 'cleaning', 'gardening', 'climbing', 'hiking', 'dancing', 'moving']),
  'shaving', 'cooking', 'chopping', 'playing', 'running', 'skiing', 'skating', 'lifting', 'at the gym', 'at work', 'at football', 'at practice', 'at training',
  'in the kitchen', 'in training', 'in practice', 'during practice', 'during training', 'during the game', 'during the match', 'when i fell', 'when i slipped',
  'when i tripped', 'on broken', 'on glass', 'on the glass', 'on a knife', 'on the knife', 'on paper', 'on a can', 'on the can', 'on a nail', 'with a knife while',
  'a slice', 'a piece', 'some slack', 'by accident', 'falling', 'yesterday at', 'last week at',
]
/** Overwork and laughter: "killing myself studying", "I'll kill myself laughing". */
const OVERWORK = ['studying', 'laughing', 'working', 'at the gym', 'at work', 'over this', 'trying to', 'for this exam', 'to finish'];

/** Self-harm said sideways: the pills, the goodbye, the others "better off". */
const SELF_HARM_PLANS = [
  // Not "going to end it": that is also a break-up.
  ...pairs(['gonna', 'going to', 'want to', 'wanna', 'about to', 'finna'], ['od', 'overdose', 'take all my pills', 'swallow all my pills', 'jump off the roof', 'jump off a building', 'jump in front of a train']),
  'take all my pills', 'take all of my pills', 'took all my pills', 'taking all my pills', 'swallow all my pills', 'swallow all the pills', 'whole bottle of pills',
  'and never wake up', 'never wake up again', unlessBefore(['until', 'till', 'til'])('and not wake up'), 'step in front of a train', 'jump in front of a train',
  'better off without me', 'world is better without me', 'better off if i was gone', 'better off if i were gone', 'better off if i was dead', 'nobody would miss me',
  'no one would miss me', 'no one would care if i died', 'nobody would care if i died', "won't be here tomorrow", 'wont be here tomorrow', "won't be around much longer",
  'dont want to be here anymore', "don't want to be here anymore", 'dont want to exist', "don't want to exist", 'wish i was never born', 'wish i were never born',
  // Not "no point living in the city", "done with life admin": life itself has to be what is not worth it.
  'want it all to end', 'tired of being alive', 'life isnt worth living', "life isn't worth living", 'life is not worth living', 'kms tonight',
  'cut my wrists', 'cutting my wrists', 'slitting my wrists', 'hanging myself', 'starving myself', 'starve myself', 'make myself throw up', 'made myself throw up',
  'making myself throw up', 'self harming', 'self-harming', 'selfharming', 'relapsed on self harm', 'relapsed and cut',
];

/** Gore posted or described: severed heads, people burned alive, the "gore" videos themselves. */
const GORE_SCENES = [
  // Not "a severed head" or "a pool of blood": film and news talk.
  ...pairs(['head cut', 'heads cut', 'head chopped', 'heads chopped'], ['off']), 'cut his head off', 'cut her head off', 'cut off his head', 'cut off her head',
  'chopped off his head', 'beheads', 'beheadings', 'brains everywhere', 'guts everywhere', 'guts hanging out', 'skinned alive',
  'gore vid*', 'gore clip*', 'gore site*', 'gory video*', 'gory pic*', 'gory footage', 'execution footage', 'animal cruelty video', 'torturing animals',
];

/** The calendar of a faith, said of its people: "Muslims are fasting", "Christians are celebrating Easter". */
const FAITH_PRACTICE = ['fasting', 'celebrating', 'praying', 'preparing for', 'getting ready for', 'breaking their fast', 'going to church', 'going to the mosque', 'on holiday', 'off work'];

/** Contempt a group is painted with: parasites, invaders, job thieves. */
const CONTEMPT_MORE = [
  'leeches', 'freeloaders', 'scroungers', 'moochers', 'invaders', 'an invasion', 'bloodsuckers', 'stealing our jobs', 'steal our jobs', 'taking our jobs', 'take our jobs',
  'took our jobs', 'replacing us', 'are monkeys', 'like monkeys', 'are apes', 'are evil', 'greedy', 'sneaky', 'liars', 'thieves', 'scammers', 'freaks', 'perverts',
  'degenerates', 'are mentally ill', 'all mentally ill', 'sick in the head', 'abominations', 'an abomination', 'unnatural', 'groomers', 'pedophiles', 'pedos', 'are trash',
  // Not "primitive", "barbaric", "smelly": said of a village, of colonists' treatment of a people, of fermented food.
  'are garbage', 'uncivilized', 'uncivilised', 'barbarians', 'should be locked up', 'lock them up',
  'should be banned', 'should be deported', 'should be sterilized', 'should be gassed', 'should be hanged', 'dont deserve rights', "don't deserve rights",
  'shouldnt have rights', "shouldn't have rights", 'not welcome here', 'ban them', 'kick them out', 'deport all',
];

/**
 * Said of oneself: "I'm such an idiot, I forgot my keys", "I felt like an idiot". Not "you look like an idiot".
 * The article follows the noun ("an idiot", "a weirdo").
 */
const SELF_LABELS = (noun: string): string[] => {
  const a = /^[aeiou]/.test(noun) ? 'an' : 'a';
  return pairs(["i'm", 'im', 'i am', 'i was', 'i feel like', 'i felt like', 'made me feel like', 'i look like', 'i looked like'],
    [`${a} ${noun}`, `such ${a} ${noun}`, `${a} total ${noun}`, `${a} complete ${noun}`, `${a} huge ${noun}`, `${a} bit of ${a} ${noun}`]);
};

/* ---- Recall additions: the wider family of ways each thing is said. ---- */
/** "you absolute waste of oxygen", "ur such a pathetic little loser": intensified name-calling aimed at the reader. */
const INTENSIFIED_HEADS = ['you absolute', 'you complete', 'you total', 'you utter', 'u absolute', 'you fucking', 'u fucking', 'you pathetic', 'you stupid', 'you dumb', 'you ugly', 'you fat', 'you little'];
const INTENSIFIED_NOUNS = [...AIMED_NOUNS.filter((noun) => !['nobody', 'mistake', 'npc', 'burden'].includes(noun)), 'moron', 'idiot', 'muppet', 'tool', 'joke', 'retard', 'imbecile', 'donkey', 'halfwit'];
/** "ur literally so dumb", "you're so fucking stupid": contempt adjectives with an intensifier, said of the reader. */
const YOU_ARE_FORMS = ['ur', "you're", 'youre', 'you are', 'u r', 'u are', 'your'];
const ADJ_INTENSIFIERS = ['so', 'literally', 'literally so', 'so fucking', 'fucking', 'really so', 'honestly so', 'actually so', 'so damn', 'such a', 'just so', 'genuinely so'];
const ADJ_CONTEMPT = ['dumb', 'stupid', 'ugly', 'retarded', 'worthless', 'pathetic', 'useless', 'disgusting', 'brainless', 'braindead', 'fat and ugly', 'trash', 'garbage'];
const AIMED_ADJECTIVES = pairs(pairs(YOU_ARE_FORMS, ADJ_INTENSIFIERS), ADJ_CONTEMPT);
/** Adjective + noun name-calling: "stupid cow", "ugly skank". Nouns that only insult (cow, pig) when called names. */
const NAME_CALLING = pairs(['stupid', 'dumb', 'fat', 'ugly', 'filthy', 'worthless', 'pathetic', 'disgusting', 'useless', 'nasty', 'dirty'], ['cow', 'pig', 'freak', 'creep', 'rat', 'loser', 'moron', 'idiot', 'skank', 'slag', 'whore', 'slut', 'hoe', 'clown', 'troll', 'donkey', 'muppet', 'twat', 'prick', 'retard', 'pos']);
const IMAGINE_BEING = pairs(['imagine being', 'imagine bein', 'imagine looking'], pairs(['this', 'so', 'that'], ['ugly', 'dumb', 'stupid', 'fat', 'pathetic', 'retarded', 'braindead', 'useless', 'desperate']));
const SMELL_LIKE = pairs(['you smell like', 'u smell like', 'ya smell like', 'you stink like', 'u stink like'], ['shit', 'garbage', 'a dumpster', 'trash', 'piss', 'ass', 'a sewer', 'a dead rat', 'rotten eggs', 'a pig', 'sweaty balls']);
const DISLIKED = [...pairs(["you're an absolute", 'youre an absolute', 'ur an absolute', 'you are an absolute', "you're a complete", 'ur a complete', 'youre a complete', "you're a total", 'ur a total', 'youre a total', "you're an utter", 'ur an utter'], INTENSIFIED_NOUNS),
  ...pairs(['nobody', 'no one', 'noone'], pairs(['even', 'actually', 'really', 'ever', 'here', 'in this group'], ['likes you', 'likes u', 'wants you', 'wants u', 'cares about you', 'cares about u'])), 'you are all alone', ...pairs(['excuse for a', 'excuse of a', 'excuse for an', 'excuse of an'], ['human', 'human being', 'person', 'man', 'woman', 'mother', 'father', 'girlfriend', 'boyfriend']), 'nobody likes u', 'no one likes u', 'nobody likes ya', 'everyone hates you', 'everyone hates u', 'everybody hates you', 'everybody hates u', 'the world hates you'];
/** Blackmail with pictures and persistent contact through new accounts. */
const BLACKMAIL = [
  ...pairs(pairs(['send', 'show', 'post', 'leak', 'forward', 'share'], ['your pics', 'ur pics', 'your nudes', 'ur nudes', 'your photos', 'ur photos', 'your videos', 'ur videos', 'those pics', 'the pics', 'the nudes']),
    ['to your boss', 'to ur boss', 'to your parents', 'to ur parents', 'to your family', 'to ur family', 'to your mom', 'to ur mom', 'to your dad', 'to ur dad',
      'to your husband', 'to your wife', 'to your boyfriend', 'to ur bf', 'to your bf', 'to your girlfriend', 'to your employer', 'to everyone you know', 'to all your friends', 'to all ur friends']),
  'keep making new accounts', 'make new accounts until', 'making new accounts until', 'new account every time you block', 'new account every time u block', "you can't block me forever",
  'you cant block me forever', 'u cant block me forever', ...pairs(['keep texting you until', 'keep messaging you until', 'keep texting u until', 'keep messaging u until', "won't stop texting you until", 'wont stop texting you until', "i won't stop until you", 'i wont stop until you'], ['you answer', 'u answer', 'you reply', 'u reply', 'you talk to me', 'u talk to me', 'you respond']),
  'go jump off a cliff', 'go jump off a bridge', 'jump off a cliff and die', 'go play in traffic', 'go drink bleach', 'go hang yourself', 'go die in a hole', 'die in a hole',
];
/** Sex described or asked for with the writer's or reader's body named. */
const SEX_TALK = [
  ...pairs(['suck', 'suckin', 'sucking', 'lick', 'licking'], ['your dick', 'ur dick', 'your cock', 'ur cock', 'my dick', 'my cock', 'you off', 'u off']),
  'my dick', 'my cock', 'my hard dick', 'my hard cock', 'around my dick', 'around my cock', 'on my dick', 'on my cock', 'your dick', 'ur dick', 'your cock', 'ur cock',
  'like it rough', 'rough sex', 'good in bed', 'in bed with you', 'in bed with u', 'wild in bed', 'what are you like in bed', 'what r u like in bed',
  'so hard for you', 'so hard for u', 'so hard thinking about you', 'so hard thinking about u', 'so wet thinking about you', 'so wet thinking about u', 'touching myself', 'touch myself thinking',
  'wanna sext', 'want to sext', 'lets sext', "let's sext", 'sext me', 'send me something sexy', 'nudes for nudes', 'trade nudes', 'swap nudes', 'exchange nudes',
];
const UNDERWEAR_QUESTIONS = [
  ...pairs(['what color is', 'what colour is', 'what color are', 'what colour are', 'wat color is'], ['your bra', 'ur bra', 'your panties', 'ur panties', 'your underwear', 'ur underwear', 'your thong', 'ur thong', 'your lingerie', 'your knickers']),
  ...pairs(['are you wearing', 'are u wearing', 'r u wearing', 'you wearing', 'u wearing', 'do you wear', 'do u wear'], ['panties', 'a bra', 'underwear', 'a thong', 'lingerie', 'anything under', 'anything underneath', 'knickers']),
  'do you sleep naked', 'do u sleep naked', 'are you naked', 'r u naked', 'are u naked', 'you naked rn', 'u naked rn', 'bet you look good naked', 'bet u look good naked',
  ...pairs(['nice', 'great', 'big', 'perfect', 'such nice', 'such big'], ['tits', 'boobs', 'ass', 'butt', 'booty', 'rack', 'titties']).filter((term) => !['nice rack', 'big ass', 'great ass', 'big butt'].includes(term)),
];
const SPAM_MORE = ['follow me back', 'follow back', 'ill follow back', "i'll follow back", 'follow for a follow', 'follow for follow back', 'like for like', 'sub for sub'];
const PHISHING_MORE = [
  'account has been limited', 'account is limited', 'account has been restricted', 'access has been limited', 'restore access', 'restore your access', 'restore full access', 'log in to restore', 'login to restore', 'sign in to restore',
  ...pairs(['whats your', "what's your", 'what is your', 'whats ur', 'wats ur', 'send me ur', 'give me ur', 'tell me ur', 'share your', 'share ur'], ['password', 'apple id password', 'icloud password', 'login details', 'login info', 'pin code', 'pin number', 'bank login']),
  'your apple id', 'ur apple id', 'apple id password', 'icloud password', 'confirm your identity', 'confirm ur identity', 'verify your identity at', 'sign in detected', 'unusual sign in detected',
];
const ADS_MORE = [
  ...pairs(['dm me for', 'dm for', 'pm me for', 'inbox me for', 'message me for', 'text me for'], ['cheap', 'wholesale', 'discount', 'discounted', 'the best prices', 'orders', 'bulk']), 'cheap designer', 'designer replica*', 'replica bags', 'replica watches', 'rep bags', 'rep sneakers', 'first copy', '1:1 quality',
  'link in bio', 'link in my bio', 'check my bio', 'a day from home', 'a day working from home', 'a week working from home', 'per day working from home',
  'from the comfort of your home', 'from the comfort of your own home', 'hiring asap', 'hiring immediately', 'hiring remote',
  'dm to apply', 'dm me to apply', 'interested dm me', 'interested dm', 'interested pm me',
  ...pairs(['check out my new', 'check my new', 'watch my new', 'go check out my', 'go check my'], ['channel', 'youtube channel', 'shop', 'store', 'website', 'podcast', 'album', 'mixtape', 'song', 'merch', 'products', 'online store', 'twitch']),
  'and subscribe', 'like and subscribe', 'pls subscribe', 'please subscribe', 'hit subscribe', 'smash that subscribe', 'subscribe for more',
  ...pairs(['i teach', 'i tutor', 'i give', 'i offer'], ['english online', 'online lessons', 'online classes', 'lessons online', 'classes online', 'english lessons online']), 'a lesson with me', 'first lesson free', 'first class free', 'first lesson is free', 'first class is free',
  'like and share', 'like share and', 'like comment and share', 'share to win', 'retweet to win', 'tag a friend to win', 'tag your friends to win', 'tag 3 friends', 'tag three friends',
  'cheap followers', 'buy likes', 'buy followers and likes', 'real followers', 'followers and likes', 'grow your account', 'grow your instagram',
];
const FRAUD_MORE = [
  'peacekeeping mission', 'us army doctor', 'i am an army doctor', "i'm an army doctor", 'im an army doctor', 'i am a military doctor', "i'm a military doctor", 'army surgeon in', 'military surgeon in', 'us army general', 'us army captain', 'us army sergeant', 'offshore oil rig', 'working on an oil rig',
  'deployed in syria', 'deployed in afghanistan', 'deployed in yemen', 'un mission in',
  ...pairs(['made', 'earned', 'make', 'earn', 'making', 'earning'], ['with bitcoin', 'with crypto', 'trading bitcoin', 'trading crypto', 'from crypto', 'from bitcoin', 'with forex', 'from forex', 'with bitcoin trading', 'with crypto trading', 'with forex trading']),
  'my trading mentor', 'my crypto mentor', 'my uncle taught me to trade', 'my aunt taught me to trade', 'bitcoin trading', 'crypto trading',
  ...pairs(['help me out with', 'help me with', 'help me out with some', 'help me with some', 'help with some', 'assist me with', 'assist me with some'], ['money', 'cash', 'funds', 'bucks']),
  ...pairs(['money for', 'cash for', 'help paying for', 'help me pay for'], ["my mom's surgery", 'my moms surgery', "my mother's surgery", 'my mothers surgery', "my dad's surgery", 'my dads surgery', 'the surgery', 'my surgery', 'my medicine', 'her medicine', 'his medicine', 'the operation', 'her operation', 'his operation']),
  ...pairs(['in 24 hours', 'in a week', 'in one week', 'in a month', 'overnight', 'in 7 days', 'in 48 hours'], ['guaranteed']),
];
const DATING_MORE = [
  ...pairs(['looking for', 'searching for', 'seeking', 'in search of'], ['a loving woman', 'a loving man', 'a loving lady', 'a loving wife', 'a loving husband', 'a kind woman', 'a kind man', 'an honest woman',
    'an honest man', 'a woman for marriage', 'a man for marriage', 'a woman to marry', 'a man to marry', 'a wife to', 'marriage', 'a date this weekend', 'a date tonight', 'a valentine', 'my valentine',
    'someone to date', 'a lady to', 'a beautiful woman', 'a beautiful lady', 'a pretty girl', 'a cute girl', 'a cute guy', 'a handsome man']),
  ...pairs(['divorced', 'single', 'lonely', 'widowed', 'separated'], ['man looking', 'male looking', 'woman looking', 'female looking', 'guy looking', 'girl looking', 'lady looking', 'mom looking', 'dad looking']),
  'need a gf', 'need a bf', 'need a girlfriend asap', 'want a gf', 'want a bf', 'girls dm me', 'ladies dm me', 'ladies hmu', 'girls hmu', 'guys dm me', 'boys dm me', 'dm me ladies', 'dm me girls',
  'be my valentine', 'hookups only', 'hook ups only', 'here for hookups', 'here for hook ups', 'nsa fun', 'casual encounters', 'casual hookup', 'fun tonight only',
];
const DRINK_MORE = [
  ...pairs(['get', 'getting', 'got', 'gettin', 'gonna get', 'wanna get'], ['so wasted', 'so drunk', 'really drunk', 'super drunk', 'fully wasted', 'absolutely wasted', 'completely wasted', 'so hammered', 'so plastered', 'shit faced', 'lit af', 'drunk af']),
  'do shots', 'doing shots tonight', 'shots tonight', 'shots shots', 'beers deep', 'drinks deep', 'wine o clock', "wine o'clock", 'drunk as hell', 'drunk as fuck', 'so drunk rn', ...['im drunk', "i'm drunk"].map(unlessBefore(['on', 'with', 'off'])),
];
const DRUG_MORE = [
  ...pairs(['where to get', 'where can i get', 'where to buy', 'where can i buy', 'who sells', 'anyone selling', 'anyone got', 'score some', 'cop some', 'need some', 'got some', 'selling'], ['molly', 'mdma', 'xans', 'ket', 'shrooms', 'acid', 'tabs', 'percs', 'oxy', 'crack', 'blow']).filter((term) => !['got some tabs', 'selling tabs', 'need some acid', 'got some acid', 'anyone got tabs'].includes(term)),
  ...pairs(['took', 'taking', 'popped', 'popping', 'did', 'doing', 'on', 'rolling on'], ['molly', 'shrooms', 'ket', 'xans', 'percs', 'a bean', 'beans', 'mdma', 'ecstasy', 'lsd', 'a tab of']),
  'weed plug', 'coke plug', 'drug plug', 'need a plug for weed',
];
const THREAT_MORE = [
  ...pairs(['i know people who', 'i know people that', 'i got people who', 'i have people who', 'i know guys who', 'i have friends who', 'i got friends who'], ['can hurt you', 'will hurt you', 'can hurt u', 'will hurt u', 'can find you', 'will find you', 'can make you disappear', 'will make you disappear', 'will deal with you', 'can deal with you']),
  'make you disappear', 'make u disappear', 'i will end your life', "i'll end your life", 'gonna end your life',
  ...pairs(["i'll", 'ill', 'i will', 'gonna', 'im gonna', "i'm gonna"], ['strangle you', 'strangle u', 'choke you out', 'slit your throat', 'cut your throat', 'break your neck', 'snap your neck', 'gut you', 'skin you', 'burn you alive', 'catch you alone', 'catch u alone']),
];
const SELF_HARM_MORE = [
  "don't want to be alive", 'dont want to be alive', 'do not want to be alive', 'dont wanna be alive', "don't wanna be alive", "don't wanna live anymore", 'dont wanna live anymore', 'dont want to live anymore', "don't want to live anymore",
  'ending my life', 'thinking about suicide', 'thinking of suicide', 'thinking about ending it', 'thinking of ending it', 'thoughts of ending it', 'want to end it all', 'wanna end it all', 'want to end my life', 'wanna end my life',
  'happier without me', 'want to disappear forever', 'wanna disappear forever', 'just want to disappear', 'and sleep forever', 'go to sleep forever', 'fall asleep forever', 'sleep forever and never',
  'kill myself tonight', 'i hate being alive', 'hate my life so much i', 'cant do this anymore i want',
];
const GORE_MORE = ['head blown off', 'heads blown off', 'blew his head off', 'blew her head off', 'blown his brains out', 'brains blown out', 'blew his brains out', 'body parts everywhere', 'ripped apart alive', 'got decapitated', 'getting decapitated', 'cut into pieces'];
const HATE_MORE = [
  'hitler did nothing wrong', 'hitler was a hero', 'hitler was a good', 'hitler should have finished', 'holocaust never happened', 'the holocaust never happened', 'holocaust is a lie', 'holocaust didnt happen',
  "holocaust didn't happen", 'holocaust is a hoax', 'holohoax', 'six million lie', '1488', 'gas them all',
];
const NEGATIVE_MORE = [
  'genetically inferior', 'naturally inferior', 'biologically inferior', 'inferior race', 'lower iq', 'low iq', 'less intelligent', 'dumber', 'genetically stupid',
  ...pairs(['control', 'controls', 'run', 'runs', 'own', 'owns'], ['the banks', 'the media', 'the world', 'hollywood', 'the government', 'everything']),
  'eat dogs', 'eat cats', 'eat bats', 'eating dogs', 'spread viruses', 'spread disease', 'spread diseases', 'spreading disease', 'brought the virus', 'bring diseases', 'are ruining our country', 'ruining our country',
  'evil', 'all terrorists', 'all criminals', 'all rapists', 'rapists', 'dirty rapists',
];

/** Sexual talk aimed at the reader: their body undressed, kissed all over, moaning; being aroused by them. */
const AIMED_DESIRE = [
  'you turn me on', 'u turn me on', 'your voice turns me on', 'ur voice turns me on', 'turns me on so much', 'you make me horny', 'makes me horny',
  'makes me so horny', 'kiss every inch', 'every inch of your body', 'hear you moan', 'make you moan', 'take your clothes off',
  'take that dress off you', 'take your dress off', 'undress you', 'rip your clothes off', 'you naked in my bed', 'naked in my bed',
  'in my bed without clothes', 'imagining you naked', 'imagine you naked', 'picture you naked',
];

/**
 * Rum as a drink: with an article, a measure, a kind or a drinking verb before it, or a mixer after it. German "rum"
 * (herum) ends clauses everywhere ("gerade gehen wieder Fake-SMS rum", "wir hängen nur rum").
 */
const RUM = [...pairs(['a', 'some', 'the', 'white', 'dark', 'spiced', 'aged', 'cuban', 'jamaican', 'bottle of', 'glass of', 'shot of', 'shots of', 'love', 'like', 'drink', 'drinking', 'drank', 'with'], ['rum']),
  ...pairs(['rum'], ['and coke', 'n coke', 'coke', 'and cola', 'punch', 'cocktail', 'cocktails', 'shots', 'bottle', 'ki', 'ka', 'tonight', 'time', 'party', 'for everyone'])];
/** Someone else offering to lend to the speaker ("Lara said she can loan me 20") asks the reader for nothing. */
const LENDING_OFFERED = (terms: readonly string[]) =>
  terms.map(unlessAfter(['she can', 'he can', 'they can', 'she could', 'he could', 'they could', 'she will', 'he will', 'they will', "she'll", "he'll", "they'll", 'offered to', 'agreed to']));
/** Indian English joins two roles or rooms with "cum" ("Customer Service cum Accounts Executive", "bedroom cum study"). */
const JOINED_ROLES = ['service', 'accounts', 'office', 'bedroom', 'study', 'lounge', 'kitchen', 'dining', 'living room', 'drawing room', 'residence', 'library', 'cafe',
  'café', 'restaurant', 'shop', 'manager', 'executive', 'assistant', 'secretary', 'clerk', 'teacher', 'guest room', 'hall'];

export const en: Lexicon = {
  lang: 'en',
  terms: {
    insult: [
      ...pairs(INTENSIFIED_HEADS, INTENSIFIED_NOUNS), ...AIMED_ADJECTIVES, ...NAME_CALLING, ...IMAGINE_BEING, ...SMELL_LIKE, ...DISLIKED,
      'drop you on your head', 'dropped you on your head',
      'ur so ugly', "you're so ugly", 'you are so ugly', 'youre so ugly',
      'bitch*', '*bitch', 'b*tch*', 'b!tch*', 'biatch*', 'beeyotch', 'bish', 'hoe', 'hoes', 'hoe ass', 'ho ass', 'dumb ho', 'thot', 'thots', 'slut*', 'whore*',
      'skank*', 'cunt*', 'c*nt', 'twat*', 'prick', 'pricks', 'dickhead*', 'dick head', 'dickface', 'dickwad', 'dicksucker*', 'dick sucker', 'dick riding',
      'dickrider*', 'a dick', 'such a dick', 'ur a dick', 'cocksucker*', 'asshole*', 'a**hole*', 'arsehole*', 'asshat*', 'asswipe', 'ass clown', 'dumbass*',
      'dumb ass', 'jackass*', 'smartass', 'fatass', 'fat ass', 'lazy ass', 'ugly ass', 'stupid ass', 'broke ass', 'bitchass', 'punk ass', 'kiss my ass',
      PUSSY, 'pussies', 'pussyass', 'nigga', 'niggas', 'nicca*', 'niqqa', 'a ho', 'that ho', 'dat ho', 'loyal ho', 'yo ho', 'ur a ho', "you're a ho", 'youre a ho', 'your a ho', 'queer', 'nigguh*', 'niqqa*', 'n1gga*', { term: 'nigg*', unless: ['niggle', 'niggles', 'niggled', 'niggling', 'niggly'] }, { term: 'idiot', unless: SELF_LABELS('idiot') }, { term: 'idiots', unless: ['3 idiots', 'three idiots'] }, 'idiotic', 'moron*', 'imbecile*', 'cretin*',
      // French "retard" is a delay: the phrases a learner writes when late are not the slur.
      { term: 'retard', unless: ['en retard', 'du retard', 'de retard', 'un retard', 'le retard', 'mon retard', 'ton retard', 'son retard', 'votre retard', 'notre retard', 'ce retard', 'retard de'] }, 'retards', 'retarded', 'you tard', 'ur a tard', 'such a tard', 'spaz', 'spastic', 'scumbag*', 'scum', 'lowlife', 'piece of shit', { term: 'loser*', unless: [...SELF_LABELS('loser'), 'the losers of', 'the loser of', 'the loser has', 'the losers have', 'the loser buys', 'the loser pays', 'losers bracket', 'loser bracket'] }, 'wanker*', 'tosser*',
      'bellend', 'knobhead', { term: 'douche*', unless: [...pairs(['la', 'une', 'ma', 'ta', 'sa', 'de', 'une bonne', 'prendre', 'prends', 'donc', 'en', 'sous', 'cette', 'après', 'avant', 'petite'], ['douche*']), 'douche froide', 'douche chaude', 'douches froides'] }, 'dipshit', 'shithead*', 'shitbag', 'dumb bitch', 'stupid bitch', 'dumb fuck', 'dumbfuck', 'motherfucker*',
      'mofo', 'son of a bitch', 'sonofabitch', { term: 'bastard*', unless: ['bastardino', 'bastardini', 'bastardina'] }, { term: 'weirdo', unless: SELF_LABELS('weirdo') }, 'simp', 'cuck', 'you are pathetic', 'ur pathetic', "you're pathetic", 'youre pathetic', 'you are worthless', 'ur worthless', "you're worthless", 'useless piece',
      'you suck', 'u suck', 'ya suck', 'you stupid', 'you dumb', 'you idiot', 'u idiot', 'ur stupid', 'ur dumb', 'ur ugly', 'you ugly', 'youre stupid',
      "you're stupid", 'youre dumb', "you're dumb", 'youre ugly', "you're ugly", 'you are ugly', 'you are stupid', 'you are dumb', 'fat pig',
      'fat cow', 'ugly pig', 'shut up bitch', 'shut the fuck up', 'shut the f up', 'stfu', 'gtfo', 'screw you', 'eat shit', 'suck my dick', 'suck a dick',
      'go fuck yourself', 'fuck you', 'fuck u', 'fuck off', 'f off', 'fk off', 'fuck ya', 'fuckface', 'fuckboy*', 'fuckhead', 'lame ass', 'clown ass',
      'brainless', 'dimwit', 'halfwit', 'nitwit', 'numbskull', 'airhead', 'hag', 'trollop', 'harlot', 'slag', 'cum dumpster', 'cumslut',
      'you jerk', 'ugly af', 'nobody likes you', 'no one likes you', 'go die', 'get lost loser',
      ...pairs(YOU_ARE_A, AIMED_NOUNS), ...pairs(['you', 'u'], VOCATIVE_NOUNS), ...YOU_ARE_THE,
      'shut ur mouth', 'shut your mouth', 'shut ya mouth', 'shut your trap', 'shut ur trap', 'shut your face', 'shut ur face', 'shut your pie hole',
      'nobody asked you', 'nobody asked u', 'no one asked you', 'no one asked u', 'who asked you', 'who asked u', 'nobody cares about you', 'no one cares about you',
      'nobody cares what you think', 'no one cares what you think', 'you disgust me', 'u disgust me', "you're disgusting", 'youre disgusting', 'ur disgusting',
      'you are disgusting', 'you make me sick', 'u make me sick', 'disgusting pig', 'disgusting cow', 'ugly cow', 'ugly troll', 'fat slob', 'fat loser', 'ugly loser',
    ],
    harassment: [
      // Driving the reader away (nobody here likes you, delete your account) and pestering till they answer.
      'nobody on this app likes you', 'no one on this app likes you', 'nobody here likes you', 'no one here likes you', 'everyone here hates you', 'everyone is laughing at you', "everyone's laughing at you", 'everybody is laughing at you', 'just delete your account', 'go delete your account', 'delete your account already', 'get off this app',
      ...BLACKMAIL,
      'nobody wants you here',
      'i know you leave', 'i know when you leave', 'i know what bus you take', 'i know where you work',
      'i know where you live', 'find where you live', 'find out where you live', 'found where you live', 'i know where u live', 'know where you live', 'i know your address', 'i have your address', 'i will find you',
      "i'll find you", 'ill find you', 'im watching you', "i'm watching you", 'i am watching you', 'you cant hide', "you can't hide", 'i will expose you',
      "i'll expose you", 'leak your nudes', 'leak ur nudes', 'post your nudes', 'leak your pics', 'dox you', 'doxx you', 'doxing you', 'kill yourself',
      'kill urself', 'kill ur self', 'kys', 'go kill yourself', 'hope you die', 'hope u die', 'nobody would miss you', 'drink bleach', 'neck yourself',
      'unalive yourself', 'i will ruin your life', "i'll ruin your life", 'answer me bitch',
      ...STALKING,
    ],
    curse: [
      'fuck*', 'fuk*', 'fucc*', 'fuq*', 'phuck*', 'fck*', 'fcuk*', 'fk', 'fkn', 'fkin', 'fking', 'f*ck*', 'f**k*', 'f***ing', 'motherfuck*', 'mothafuck*',
      'muthafuck*', 'mutherfuck*', 'mf', 'mfs', 'mfer', 'effing', 'wtf', 'wth', { term: 'shit*', unless: ['shiti'] }, '*shit', 'sh*t*', 's**t', 'sh!t*', 'shiit', 'shyt', 'bullshit*',
      'damn', 'dammit', 'damnit', 'goddamn*', 'god damn', 'goddam', 'the hell', 'what the hell', 'go to hell', 'hell no', 'hell yeah', 'bloody hell',
      'crap', 'crappy', 'piss off', 'pissed off', 'bollocks', 'bugger off', 'arse', 'ass', 'asses', DICK, 'dicks', COCK, 'cocks',
      'bitching', 'omfg', 'fml', 'jesus fucking christ', 'holy shit', 'screw this', 'damn it',
      // Minced and abbreviated: "effin", "ffs" (for fuck's sake), "jfc"; British "sod off", "can't be arsed".
      'effin', 'effed', 'eff off', 'eff you', 'eff u', 'ffs', 'jfc', 'wtaf', 'dafuq', 'sod off', 'sodding', 'arsed', 'pissing', 'piss me off', 'pisses me off',
      'pissed me off', 'bullcrap',
    ],
    sexual: [
      ...SEX_TALK,
      'on your knees for me', 'hotter on your knees',
      'send noodz', 'noodz', 'nudez', 'look better with nothing on', 'better with nothing on',
      // The sex of a baby or a plant, sex education; a naked eye; summa cum laude; anal about grammar.
      { term: 'sex', unless: ['sex of', 'sex education', 'sex ed', 'same sex', 'opposite sex', 'sex and the city', 'sex pistols'] }, 'sexy', 'sexting', 'sext', 'porn*', 'pr0n', 'nude', 'nudes',
      { term: 'naked', unless: ['naked eye', 'naked eyes'] }, 'horny', 'hornyy', { term: 'cum', unless: ['cum laude', 'summa cum', 'magna cum', ...pairs(JOINED_ROLES, ['cum']), ...pairs(['cum'], JOINED_ROLES)] }, 'cumming', 'cumshot*', 'jizz', 'blowjob*',
      'blow job', 'bj', 'handjob*', 'hand job', 'rimjob', 'dick pic*', 'dickpic*', 'cock pic*', 'nsfw', 'boobs', 'boobies', TITS, 'titties', 'tiddies',
      'milf', 'dilf', 'fap*', 'masturbat*', 'jerk off', 'jerking off', 'jack off', 'orgasm*', 'dildo*', 'vibrator',
      { term: 'anal', unless: ['anal about', 'anal retentive', 'anally retentive', 'being anal', 'be anal', 'so anal about'] }, 'threesome', 'gangbang*',
      'creampie', 'deepthroat', 'onlyfans', 'hentai', 'xxx pics', 'xxx video', 'xxx videos', 'filthy stories', 'hardcore porn', 'sexual need*', 'camgirl', 'cam girl', 'cam show', 'camsex', 'boner', 'erection',
      // Not "hard on yourself", "too hard on us": being strict with someone.
      'a hard on', 'hard on for you', 'hard on for u', 'hardon', 'raging hard on', 'wet pussy',
      'eat pussy', 'eat you out', 'suck dick', 'suck cock', 'ride my dick', 'ride my face', 'sit on my face', 'doggy style', 'doggystyle', 'get laid',
      'make love to you', 'netflix and chill', 'sex chat', 'sexchat', 'dirty talk', 'talk dirty', 'phone sex', 'cyber sex', 'cybersex', 'nipples',
      'pussy juice', 'horny af', 'bang you', 'fuck me', 'fuck her', 'fuck him', 'fucked her', 'wanna fuck', 'want to fuck', 'lets fuck', "let's fuck",
      ...SEX_ACTS,
    ],
    'sexual-harassment': [
      // An aubergine with a smirk or with drops says what the words leave out. Emoji are no language's, and every
      // lexicon reads every text. An aubergine alone, or beside a peach, can still be the market's.
      '😏🍆', '🍆😏', '😏 🍆', '🍆💦', '💦🍆', '🍆 💦',
      // Asked about their virginity or sex life, or for something 'spicy'.
      'are you still a virgin', 'have you had sex', 'ever had sex', 'send something spicy', 'send me something hot', 'spicy pics',
      // A stranger asked up to a hotel room, told they must be good in bed, or that the speaker wants to touch them.
      'come up to my hotel room', 'come to my hotel room', "you'd be fun in bed", 'youd be fun in bed', 'good in bed', 'great in bed', 'wild in bed', { term: 'want to touch you', unless: ["don't want to touch you", 'dont want to touch you', 'do not want to touch you'] }, { term: 'wanna touch you', unless: ["don't wanna touch you", 'dont wanna touch you'] },
      ...AIMED_DESIRE,
      ...UNDERWEAR_QUESTIONS,
      'spicy pics for me', 'any spicy pics', 'send me spicy pics', 'send spicy pics',
      "see what's under", 'see whats under', "what's under your dress", "what's under that dress",
      'send nudes', 'send me nudes', 'send noods', 'show me your boobs', 'show me ur boobs', 'show me your tits', 'show your tits', 'show me your body',
      'show me your pussy', 'show me your dick',
      // An outfit for an occasion: "what are you wearing to the wedding".
      ...['what are you wearing', 'what r u wearing', 'wat r u wearing'].map(unlessBefore(['to', 'for', 'on'])), 'what color is your underwear',
      'what colour is your underwear', 'what color are your panties', 'bra size', 'cup size', 'are you a virgin', 'r u a virgin', 'are u virgin',
      'wanna have sex', 'want to have sex', 'lets have sex', "let's have sex", 'have sex with me', 'sex with you', 'i want to fuck you', 'i wanna fuck you',
      'touch yourself', 'i want to touch you', 'i want to lick', 'your body is hot', 'ur body is hot', 'sexy body', 'you make me horny', 'u make me horny',
      'make me hard', 'you make me hard', 'are you horny', 'r u horny', 'u horny', 'take off your clothes', 'take off ur clothes', 'take your clothes off',
      'take ur clothes off', 'video call naked', 'strip for me', 'bend over for me', 'spread your legs', 'i want your body', 'rape you',
      'how big is your dick', 'how big are your boobs', 'how big are your tits', 'do you shave', 'sleep with me', 'come to my bed', 'sit on my lap',
      ...UNDRESSING,
    ],
    spam: [
      ...SPAM_MORE,
      'free entry', 'free entries', 'txt win', 'text win', 'txt stop', 'text stop', 'send stop', 'reply stop', 'stop to opt out', 'to opt out',
      'claim your prize', 'claim ur prize', 'claim your reward', 'to claim', 'claim now', 'you have won', 'u have won', 'youve won', "you've won",
      'you have been selected', 'u have been selected', 'selected to receive', 'you are a winner', 'u are a winner', "you're a winner", 'cash prize', 'prize guaranteed', 'guaranteed prize',
      'guaranteed cash', '£1000', '£2000', '£500', '£100', '£250', '£5000', '£900', '£350', '£150', '£800', 'per msg', 'per wk',
      '150p', '150ppm', '1.50/wk', '£1.50', 'p/min', 'ppm', 'free msg', 'freemsg', 'free text', 'free txt', 'free ringtone*', 'ringtone*', 'polyphonic',
      'mobile update', 'camcorder', 'free phone', 'freephone', 'call free', 'call now', 'call 0800', 'call 09', 'txt now', 'text now', 'reply now',
      'urgent call', 'valid 12hrs', 'valid 12 hrs', 't&cs', 'tcs', 't and c', '18+ only', 'over 18', 'landline', 'po box', 'pobox',
      'wap link', 'sae', 'unsubscribe', 'subscription', 'awarded', 'bonus prize', 'mystery gift',
      'await collection', 'awaiting collection', 'collection', 'holiday', 'cash or a', 'or £',
      'final attempt', 'final notice', 'last chance', 'limited offer', 'entry to', 'weekly comp', 'comp to win', 'win £',
      'chance to win', 'lucky winner', 'draw', 'prize draw', 'national rate', 'network operator', 'standard rates', 'latest nokia', 'video phone', 'colour phone', 'free camera', 'dating service', 'chat service', 'live chat', 'txt', 'gr8 prizes', 'ur awarded',
      'this is the 2nd attempt', 'congratulations ur', 'congrats you', 'follow for follow', 'follow4follow', 'f4f', 'like4like',
      'l4l', 'sub4sub', 'check my bio', 'link in bio', 'link in my bio',
      'to join', 'txt back', 'text back now', 'free access', 'free texts', 'tones', 'wap', 'vouchers', 'voucher', 'terms and conditions', 'service msg', 'outbid',
      'lucky day', 'subscription service', '1000s', 'u r a winner', 'ur a winner', 'to stop', 'in your area', 'local dates', 'hot singles', 'new tones',
      'customer care', 'to be won', 'easy questions', 'reply with', 'uk tour', 'vip tickets', 'info line', 'pounds of', 'receive a', 'for free', 'free link',
    ],
    phishing: [
      ...PHISHING_MORE,
      'verify your account', 'verify ur account', 'confirm your account', 'account suspended', 'account will be suspended', 'account has been suspended',
      'account will be closed', 'account has been locked', 'confirm your password', 'enter your password', 'send me your password', 'send your password', 'send ur password', 'give me your password', 'tell me your password',
      'reset your password', 'login here', 'log in here', 'click the link below', 'click the link', 'click this link', 'click here', 'security alert',
      'unusual activity', 'unusual sign in', 'update your payment', 'update your billing', 'verification code', 'send me the code', 'send me your code',
      'tell me the code', 'give me the code', 'the code you received', '6 digit code', 'otp code', 'your otp', 'bank details', 'your card details',
      'card number and cvv', 'cvv', 'your pin',
      ...PHISHING_LURES,
    ],
    ads: [
      // How promotions are worded: flash sales, a gift with every order, seats running out.
      'free gift with', 'free gift for every order', 'dm me for the link', 'dm for the link', 'dm me for details', 'enroll now', 'enrol now',
      ...ADS_MORE, 'ill follow back', "i'll follow back", 'follow for follow', 'f4f',
      'no experience needed', 'no experience required', 'buy followers', 'cheap followers',
      'for sale', 'buy now', 'shop now', 'order now', 'percent off',
      'dm for price', 'dm me for price', 'dm for prices', 'dm to order', 'dm me to order', 'check out my shop', 'check out my store', 'check out my page', 'check out my channel', 'check out my link', 'check out my website', 'check out my products', 'check out my onlyfans', 'visit my shop', 'visit my store', 'my online shop',
      'subscribe to my', 'subscribe my channel', { term: 'my youtube channel', unless: ['for my youtube channel', 'started my youtube channel', 'deleted my youtube channel'] }, 'follow my page', 'follow my account', 'free shipping', 'best price', 'best prices',
      'cheap price', 'wholesale', 'we are hiring', "we're hiring", 'now hiring', 'job offer',
      // Where one works: "I work from home on Fridays".
      { term: 'work from home', unless: pairs(['i', 'we', 'i can', 'i get to', 'we can', 'i usually', 'i mostly', 'i still', 'she', 'he', 'my mom', 'my dad'], ['work from home']).concat(['work from home today', 'work from home on', 'work from home days', 'work from home tomorrow']) }, 'earn money', 'make money online',
      'make money fast', 'passive income', 'per day from home', 'side hustle', 'donate', 'please donate', 'gofundme', 'go fund me',
      'fundraiser', 'fundraising', 'raffle', 'giveaway', 'auction', 'sweepstake*', 'looking for a job', 'looking for work', 'hire me',
      { term: 'im selling', unless: ['im selling nothing'] }, { term: "i'm selling", unless: ["i'm selling nothing"] }, 'selling my', 'sponsored', 'affiliate link', 'use my code', 'use my link', 'sign up with my',
      'referral code', 'dont miss out', "don't miss out", 'paid promotion', 'for business inquiries', 'whatsapp for orders',
      ...ADS_PITCHES,
    ],
    fraud: [
      ...FRAUD_MORE,
      'trust & safety team', 'trust and safety team', 'reply with the 6-digit code', 'the code we just texted you',
      'you owe a fine', 'pay in bitcoin', 'pay the fine in bitcoin', 'from the fbi',
      'western union', 'moneygram',
      // A present received is no payment asked for: "I got an Amazon gift card for my birthday".
      ...['gift card', 'gift cards'].map(unlessBefore(['for my birthday', 'for christmas', 'for xmas', 'as a present', 'as a gift', 'from my mom', 'from my dad', 'from my boss', 'from work'])), 'itunes card', 'steam card', 'google play card', 'amazon card', 'bitcoin investment',
      'invest in bitcoin', 'invest in crypto', 'crypto investment', 'investment opportunity', 'investment platform', 'trading platform',
      'guaranteed profit', 'guaranteed returns', 'daily profit', 'daily returns', 'double your money', 'forex trading', 'forex signals',
      'trading signals', '100% profit', 'risk free investment', 'i am from hellotalk', "i'm from hellotalk", 'im from hellotalk', 'this is hellotalk', 'hellotalk team', 'hellotalk support', 'hellotalk staff', 'hellotalk moderator', 'official support team', 'from the support team', 'from the security team', 'from customer service',
      'support team here', 'i am the admin', 'im the admin', 'i need money for', 'pay for my ticket', 'pay for my visa', 'money for my visa',
      // A delayed traveller is "stuck at the airport" too: the scam goes on to the money.
      'hospital bills', ...pairs(['stuck at the airport', 'stranded at the airport', 'stuck in the airport'], ['and need', 'and i need', 'need money', 'with no money', 'without money', 'and cant pay', "and can't pay"]), 'inheritance', 'beneficiary', 'next of kin',
      'usdt', 'wallet address', 'seed phrase', 'recovery phrase', 'private key', 'mining pool', 'cloud mining',
      'send me money', 'send money', 'lend me money', ...LENDING_OFFERED(['loan me']), 'can you lend me money', 'can you lend me some money', 'could you lend me money', 'borrow some money', 'donate to me', 'help me with money',
      'need financial help', 'sugar daddy allowance', 'i will pay you back', 'ill pay you back', 'i am a soldier', 'un peacekeeping', 'oil rig',
      ...FRAUD_STORIES,
    ],
    dating: [
      ...DATING_MORE,
      'seeking a sweet younger woman', 'seeking a younger woman', 'seeking a woman for', 'seeking a man for',
      'generous gentleman', 'looking for a generous',
      'looking for a lady to spoil', 'lady to spoil', 'single dad looking for',
      'looking for a girlfriend', 'looking for a boyfriend', 'looking for a gf', 'looking for a bf', 'looking for a wife', 'looking for a husband',
      'looking for love', 'looking for my soulmate', 'looking for a serious relationship', 'looking for relationship', 'looking for a relationship',
      'single and looking', 'single and ready to mingle', 'seeking a man', 'seeking a woman', 'seeking men', 'seeking women', 'sugar daddy',
      'sugar baby', 'sugar mommy', 'sugar mama',
      // Cables and screens: "hook up the printer", "hook up my laptop to the TV".
      unlessBefore(['the', 'my', 'your', 'a', 'an', 'to', 'the new', 'our'])('hook up'), 'hookup', 'hookups', 'fwb', 'friends with benefits', 'one night stand', 
      'date me', 'be my girlfriend', 'be my boyfriend', 'be my wife', 'want a girlfriend', 'want a boyfriend', 'need a girlfriend', 'need a boyfriend',
      'lonely girls', 'lonely ladies', 'lonely women', 'lonely housewives', 'escort', 'escorts', 'escort service', 'meet singles', 'hot singles',
      'dating site', 'dating app', 'romance', 'marry me', 'looking for marriage', 'i want to marry', 'date tonight', 'girls near you',
      ...DATING_ADS,
    ],
    drugs: [
      ...DRUG_MORE,
      'need molly', 'some molly', 'pop molly', 'popping molly', 'buy molly', 'molly for the rave',
      { term: 'weed', unless: ['weed killer', 'weedkiller', 'weed the garden', 'weed control'] }, 'marijuana', 'cannabis', 'kush', 'blunts', 'bong', 'dab pen', 'thc', '420 friendly', 'smoke weed', 'smoking weed',
      // A high score or mark, a place high up: "I want to get high scores in the TOEFL".
      ...['get high', 'getting high', 'got high'].map(unlessBefore(['score', 'scores', 'marks', 'grades', 'ratings', 'rankings', 'returns', 'up'])), 'stoned', 'high af', 'cocaine', 'coke line', 'lines of coke', 'crack cocaine', 'heroin', 'meth',
      'crystal meth', 'methamphetamine', 'mdma', 'ecstasy', 'lsd', 'shrooms', 'magic mushrooms', 'ketamine', 'xanax', 'xans', 'percs', 'percocet',
      'oxy', 'oxycodone', 'oxycontin', 'fentanyl', 'codeine', 'purple drank', 'lean cup', 'adderall', 'molly pills', 'drug dealer', 'buy weed',
      'sell weed', 'selling weed', 'edibles', 'pills for sale', 'plug for', 'snorting coke', 'dope fiend', 'crackhead*', 'pothead*',
      'stoner', 'rolling a joint', 'roll a joint', 'smoke a joint', 'spliff',
      ...DRUG_USE,
    ],
    alcohol: [
      // Drinking games and drinking till one drops.
      'shots all night', 'bottle after bottle', 'nobody goes home sober', 'no one goes home sober', 'drink till we drop', 'drink until we pass out', 'bottoms up',
      ...DRINK_MORE,
      'beer', 'beers', { term: 'wine', unless: ['wine vinegar', 'cooking wine'] }, 'vodka', 'whiskey', 'whisky', 'tequila', ...RUM, 'gin', 'soju', 'baijiu', 'champagne', 'liquor', 'booze', 'alcohol',
      'drunk', 'get drunk', 'getting drunk', 'got drunk', 'hangover', 'hungover', 'tipsy', 'beer pong', 'drinking game',
      'pub crawl', 'bar hopping', 'happy hour', 'makgeolli', 'brandy', 'cognac', 'hennessy', 'henny', 'margarita', 'mojito', 'sangria', 'cider',
      ...DRINKING,
    ],
    threat: [
      ...THREAT_MORE,
      // Asked of the reader's own fall ("did you break your arm?"), they are no threat.
      ...['break your jaw', 'break your arm', 'break your bones', 'break your nose', 'break your face', 'break your legs'].map(unlessAfter(READER_AS_SUBJECT)),
      'i will kill you', "i'll kill you", 'ill kill you', 'gonna kill you', 'going to kill you', 'i will kill u', 'ill kill u', 'gonna kill u',
      'i will murder you', 'i will hurt you', "i'll hurt you", 'gonna hurt you', "i'll beat you up", 'beat your ass', 'beat ur ass', 'whoop your ass',
      "i'll shoot you", 'i will shoot you', 'gonna shoot you', 'i will stab you', "i'll stab you", 'gonna stab you', "you're dead", 'youre dead',
      'you are dead', 'ur dead', 'watch your back', 'watch ur back', "i'm coming for you", 'im coming for you', 'i will find you and',
      'shoot up the school', 'shoot up your', 'bomb your', 'blow you up', "i'll burn your house", 'burn your house down', 'i will rape', "i'll rape",
      'slit your throat', 'cut your throat',
      // Icy stairs: "you'll break your neck on those steps".
      { term: 'break your neck', unless: ['break your neck on', 'break your neck falling', 'break your neck in those'] }, 'smash your face', 'put a bullet in',
      ...['you will die', 'u will die'].map(unlessBefore(['laughing', 'of laughter', 'of boredom', 'of embarrassment'])),
      'you gonna die', 'i hope you get raped', 'sleep with one eye open', 'beat the shit out of you',
      ...THREAT_CONSEQUENCES,
    ],
    gore: [
      // A throat cut, told of someone.
      'slit his throat', 'slit her throat', 'slit their throats', 'throat was slit', 'throat slit', 'cut his throat', 'cut her throat',
      ...GORE_MORE,
      // The genre and the film described ('le film était gore'), Gore-Tex and Al Gore are not gore posted.
      'gore video', 'gore videos', 'gore pics', 'vídeo gore', 'video gore', 'contenido gore', 'beheading', 'beheaded', 'decapitated', 'decapitation', 'dismembered', 'dismember', 'mutilated', 'mutilation', 'disembowel*',
      'guts spilled', 'brains splattered', 'execution video', 'snuff film', 'snuff video', 'torture video', 'dead bodies',
      'mangled body', 'bloody corpse', 'rotting corpse',
      ...GORE_SCENES,
    ],
    'self-harm': [
      // Cutting again, and the note already written.
      'my suicide note',
      // Cutting told as a habit back again, on the arms or legs.
      'started cutting again', 'relapsed and cut',
      ...SELF_HARM_MORE,
      'burn myself again', 'burned myself again', 'i cut again', 'cut again last night', 'cut again yesterday',
      // Not waking up, wished for good: "don't want to wake up tomorrow, it's Monday" is a joke about work.
      ...pairs(["don't want to", 'dont want to', "don't wanna", 'dont wanna', 'do not want to', 'never want to'], ['wake up anymore', 'wake up ever again', 'ever wake up again', 'wake up again'])
        .map(unlessBefore(['at', 'so', 'this', 'that', 'before', 'early', 'late', 'in', 'to', 'for', 'because', 'bc', 'with', 'on', 'tomorrow', 'like'])),
      ...pairs(['hope i', 'wish i could', 'i want to', 'i wanna'], ['never wake up', 'never wake up again']),
      
      'been cutting again', 'started cutting again', 'cutting myself again',
      'gonna kms', 'wanna kms', 'want to kms', 'going to kms', 'about to kms', 'finna kms', 'going to end it tonight', 'gonna end it tonight', "i'm ending it tonight", 'end my life tonight', 'written my goodbye', 'wrote my goodbye', 'goodbye letter to my family',
      // Overwork, laughter and shame are idioms: "killing myself studying", "I want to die of embarrassment".
      unlessBefore(OVERWORK)('kill myself'), unlessBefore(OVERWORK)('killing myself'), 'kill my self',
      ...['want to die', 'wanna die'].map(unlessBefore(['of embarrassment', 'of shame', 'laughing', 'of laughter', 'of boredom', 'of cringe'])), 'want to be dead', 'i wish i was dead', 'wish i were dead',
      'end my life', 'end it all', 'ending it all', 'take my own life', { term: 'suicide', unless: ['suicide squad', 'suicide prevention', 'suicide awareness', 'suicide hotline', 'about suicide', 'suicide rate', 'suicide rates'] }, 'suicidal', 'commit suicide',
      // Kitchen knives, football and the gym: "I cut myself while cooking", "I hurt myself playing football".
      { term: 'cut myself', unless: pairs(['cut myself', 'accidentally cut myself'], ACCIDENTS) }, unlessBefore(ACCIDENTS)('cutting myself'),
      'self harm', 'selfharm', unlessBefore(ACCIDENTS)('hurt myself'), unlessBefore(ACCIDENTS)('hurting myself'),
      // Where to live: "I don't want to live in London".
      ...["don't want to live", 'dont want to live'].map(unlessBefore(['in', 'there', 'with', 'near', 'abroad', 'alone', 'so far'])), 'no reason to live', 'better off dead',
      'hang myself', 'overdose on', 'jump off a bridge', 'unalive myself', 'slit my wrists', 'not want to be alive', 'tired of living',
      ...SELF_HARM_PLANS,
    ],
    hate: [
      ...HATE_MORE,
      'go back to your own country',
      'nigger*', 'niggers', 'nigg3r*', 'n1gger*', 'niggah', 'nig', 'nigs', 'niglet*', 'coon', 'coons', 'jigaboo', 'porch monkey',
      'jungle bunny', 'darkie', 'faggot*', 'fag', 'fags', 'faggy', 'f@g', 'fagg*', 'dyke', 'dykes', 'tranny', 'trannies', 'shemale',
      'spic', 'spics', 'spick', 'wetback*', 'beaner*',
      // A chink in the armour, a chink of light.
      { term: 'chink*', unless: [...pairs(['chink in', 'chinks in'], pairs(['the', 'his', 'her', 'their', 'my', 'your', 'its', 'our'], ['armor', 'armour'])), 'chink of light', 'chinks of light'] }, 'gook*', 'zipperhead', 'slant eye*', 'jap', 'japs', 'kike*', 'heeb', 'hymie',
      'raghead*', 'towelhead*', 'sand nigger*', 'camel jockey', 'paki', 'pakis', 'wog', 'wogs', 'gypsy scum', 'gyppo', 'pikey', 'white trash',
      'trailer trash', 'cracker ass', 'honkey', 'honky', 'mongoloid', 'subhuman', 'untermensch', 'heil hitler', 'sieg heil', 'white power',
      'gas the jews', 'kill all jews', 'kill all muslims', 'kill all blacks', 'go back to your country', 'go back to africa', 'go back to china',
      'go back where you came from', 'dirty jew', 'dirty arab', 'dirty mexican', 'dirty immigrant', 'illegal alien*',
      { term: 'homo', unless: ['homo sapiens', 'homo erectus', 'homo habilis', 'homo neanderthalensis', 'homo sapien'] }, 'homos', 'queers',
      'muzzie', 'moslem', 'curry muncher', 'ching chong', 'chinaman', 'cotton picker', 'ghetto ass', 'hood rat',
      ...groupHate,
    ],
    sensitive: [
      // A country called a terrorist state, or to be wiped off the map.
      'terrorist state', 'wipe them off the map', 'wiped off the map', 'wipe it off the map',
      'the election was stolen', 'stolen election',
      'abortion', 'pro life', 'pro choice', 'gun control', 'communist party', 'ccp', 'tiananmen', 'free tibet', 'taiwan independence',
      'free hong kong', 'hong kong protests', 'jihad', 'zionist*', 'zionism', 'antifa', 'israel palestine', 'gaza war',
      'xi jinping', 'death penalty',
      // One's own faith and its calendar are everyday talk: "my religion is Islam", "Muslims are fasting this month".
      { term: 'religion is', unless: ['my religion is', 'our religion is islam', 'his religion is', 'her religion is', 'your religion is', 'what religion is', 'which religion is'] },
      { term: 'islam is', unless: ['islam is my', 'religion is islam'] }, { term: 'christianity is', unless: ['christianity is my'] }, 'god is fake', 'god doesnt exist', "god doesn't exist",
      'atheists are', ...['muslims are', 'christians are', 'jews are'].map(unlessBefore(FAITH_PRACTICE)),
      { term: 'the holocaust', unless: ['the holocaust memorial', 'the holocaust museum', 'the holocaust remembrance', 'in the holocaust', 'during the holocaust', 'of the holocaust', 'about the holocaust', 'studied the holocaust', 'studying the holocaust', 'survived the holocaust', 'survivors of the holocaust', 'victims of the holocaust'] }, 'holocaust denial', 'white supremacy', 'white supremacist*',
      // Alone, kkkk is Brazilian laughter.
      'the kkk', 'join the kkk', 'kkk rally', 'ku klux klan', { term: 'nazi*', unless: ['grammar nazi', 'grammar nazis', 'soup nazi', 'spelling nazi', 'nazionale', 'nazionali', 'nazionalità', 'nazione', 'nazioni'] }, 'hitler was right', 'slavery was',
      // Partisan politics and proselytising: "trump card" is bridge.
      { term: 'trump', unless: ['trump card', 'trump cards', 'no trump', 'trump suit'] }, 'donald trump', 'maga', 'biden', 'kamala', 'putin', 'zelensky', 'netanyahu',
      'hamas', 'free palestine', 'from the river to the sea', 'apartheid state', 'rigged election', 'election was rigged',
      'stole the election', 'election fraud', 'voter fraud', 'democrats are', 'republicans are', 'liberals are', 'conservatives are', 'leftists are', 'communists are',
      'capitalism is', 'socialism is', 'communism is', 'convert to islam', 'convert to christianity', 'accept jesus', 'infidels', 'kafir',
      'gender ideology', 'lgbt agenda', 'gay agenda', 'woke agenda', 'build the wall', 'illegal immigration', 'taiwan is a country', 'taiwan is china',
      'taiwan is part of china', 'crimea is',
    ],
    // A group on its own is talk ("my Muslim friends"); next to contempt in one sentence it is an attack on the group.
    group: [
      'women', 'females', 'men', 'males', 'blacks', 'black people', 'whites', 'white people', 'asians', 'asian people', 'mexicans', 'latinos',
      'hispanics', 'muslims', 'jews', 'jewish people', 'christians', 'catholics', 'hindus', 'arabs', 'africans', 'indians', 'chinese people',
      'immigrants', 'migrants', 'illegals', 'refugees', 'foreigners', 'gays', 'gay people', 'lesbians', 'trans people', 'transgenders',
      'old people', 'boomers', 'disabled people',
      'the chinese', 'chinese ppl', 'asian ppl', 'black ppl', 'white ppl', 'indian ppl', 'muslim ppl', 'gay ppl', 'trans ppl', 'jewish ppl', 'pakistanis', 'nigerians',
      'filipinos', 'vietnamese people', 'koreans', 'japanese people', 'russians', 'ukrainians', 'americans', 'brits', 'british people', 'french people', 'germans',
      'romanians', 'gypsies', 'sikhs', 'buddhists', 'atheists', 'transgender people', 'lgbt people', 'bisexuals', 'homosexuals', 'muslim women', 'black women',
      'asian women', 'asian girls', 'black men', 'indian men', 'arab men', 'latinas', 'mexican people', 'arab people', 'african people', 'indian people',
    ],
    negative: [
      ...NEGATIVE_MORE,
      'disgusting', 'filthy', 'dirty', 'lazy', 'stupid', 'dumb', 'inferior', 'subhuman', 'animals', 'savages', 'vermin', 'parasites',
      'cockroaches', 'rats', 'criminals', 'thugs', 'terrorists', 'rapists', 'should die', 'should be killed', 'should be shot', 'go back to',
      'send them back', 'deport them', 'get rid of', 'ruin everything', 'are ruining', 'are the worst', 'cant be trusted', "can't be trusted",
      'useless', 'worthless', 'pathetic', 'gross', 'ugly', 'smell', 'stink', 'i hate', 'hate all', 'ban all', 'are a disease', 'are a plague',
      'belong in the kitchen', 'belong in a cage', 'not human', 'breed like',
      // What xenophobes say migrants come for: benefits, our taxes, our jobs.
      'live off our taxes', 'living off our taxes', 'live off benefits', 'come for the benefits', 'only come for benefits', 'steal our jobs', 'stealing our jobs',
      ...CONTEMPT_MORE,
    ],
    app: [
      'add me on line',
      'ur snap', 'your snap', 'add my snap', 'my snap is',
      'wechat', 'we chat', 'weixin', 'vx', 'wx', 'line id', 'line app', 'line account', 'my line', 'your line', 'ur line', 'kakao', 'kakaotalk',
      'kakao talk', 'kakao id', 'kik', 'snapchat', 'snap', 'sc', 'skype', 'whatsapp', 'whats app', 'whatsap', 'watsapp', 'wa number', 'telegram',
      'instagram', 'insta', 'ig', 'discord', 'qq', 'viber', 'facebook', 'fb', 'messenger', 'tiktok', 'zalo', 'threema', 'signal app',
      'onlyfans', 'twitter', 'tinder',
      // Short names as typed: tele/tg (Telegram), disc (Discord), wa (WhatsApp) only where they stand for the app ("the tele" is the TV, "wa" a Japanese particle).
      ...pairs(['on', 'my', 'ur', 'your'], ['tele', 'tg', 'disc', 'wa', 'wsp', 'insta', 'signal']).filter((term) => !['my signal', 'your signal', 'ur signal'].includes(term)),
      'tele id', 'tg id', 'disc tag', 'wassap', 'wasap', 'whatapp', 'whtsapp', 'snapchats', 'imessage', 'wickr', 'imo app', 'hangouts',
    ],
    contact: [
      'number', 'phone number', 'phone', 'cell', 'cell number', 'mobile number', 'digits', 'email', 'e-mail', 'email address', 'address', 'home address',
      'id', 'user id', 'username', 'user name', 'handle', 'account', 'contact', 'contacts', 'socials', 'social media', 'digits',
      'addy', 'ur addy', 'phone no', 'mobile no', 'cell no', 'gmail', 'personal number',
    ],
    picture: [
      'your face', 'ur face', 'what you look like', 'what u look like', 'full body', 'face reveal',
      'pic', 'pics', 'pix', 'picture', 'pictures', 'photo', 'photos', 'foto', 'fotos', 'selfie', 'selfies', 'snap', 'snaps', 'video', 'videos', 'vid',
      'face pic', 'full body pic', 'body pic', 'image', 'images', 'cam', 'webcam', 'video call', 'facetime',
      'camera', 'cam on', 'on cam', 'face pics', 'mirror pic*', 'mirror selfie*', 'vids', 'vc', 'pfp',
    ],
    body: [
      // Undressed without a body word: just a towel, fresh out of the shower, in underwear.
      'just the towel', 'just a towel', 'only a towel', 'in a towel', 'in your towel', 'in ur towel', 'wrapped in a towel', 'undies',
      'boobs', TITS, 'breasts', 'chest', 'nipples', 'butt', 'ass', 'booty', 'bum', { term: 'body', unless: ['full body', 'whole body'] }, 'feet', 'legs', 'thighs', 'underwear', 'panties',
      'bra', 'bikini', 'lingerie', 'naked', 'nude', 'without clothes', 'no clothes', 'in the shower', DICK, COCK, PUSSY, 'cleavage', 'belly',
    ],
    request: [
      // A picture asked for as something to do: "do a mirror selfie for me".
      'do a selfie', 'do a mirror selfie', 'take a selfie for me', 'take a pic for me', 'take a picture for me',
      'dm me', 'hmu',
      'send me', 'snd me', 'sendme', 'can you send', 'could you send', 'will you send', 'pls send', 'plz send',
      // Instructions, not a picture: "can you show me how to use PayPal".
      ...['show me', 'show'].map((term) => ({ term, unless: ['show me how to', 'show you how to', 'show u how to', 'show me how i', 'show me how it'] })), unlessBefore(['a call', 'a ring', 'a buzz', 'a shout', 'a bell', 'a hand', 'a sec', 'a second', 'a minute', 'a moment', 'a break', 'a chance', 'a hint', 'a clue', 'a hug', 'a lift', 'a ride', 'a try'])('give me'),
      'gimme', 'gimmie', 'add me', 'add me on', 'add', 'lemme see', 'let me see', 'can i see', 'can i get', 'can i have', 'let me have', 'whats your',
      "what's your", 'what is your', 'wats ur', 'whats ur', "what's ur", 'what is ur', 'whats yo', "what's yo", 'wat is ur', 'drop your', 'drop ur', 'dm me your', 'text me', 'call me', 'hit me up',
      'message me on', 'msg me on', 'contact me on', 'reach me on', 'find me on', 'share your', 'share ur', 'tell me your', 'tell me ur', 'i want your',
      'i need your', ...['do you have', 'do u have', 'have you got', 'you got', 'u got'].map(unlessBefore(['enough'])), ...LENDING_OFFERED(['lend me', 'loan me']), 'borrow', 'pay me', 'transfer me',
      'wire me', 'need you to send', 'can u send', 'u send', 'wanna see', 'want to see', 'i wanna see', 'i want to see',
      // Money asks by app verb and slang ("venmo me", "spot me 50"), pictures asked for by posting or camera.
      'venmo me', 'cashapp me', 'cash app me', 'zelle me', 'paypal me', 'revolut me', 'spot me', 'front me', 'float me', 'need u to send', 'i need u to send',
      'post more', 'send more', 'send a pic', 'send a photo', 'send a vid', 'send a video', 'send pics', 'send pic', 'send sum', 'upload more',
      'slide into my dms', 'hit my dms', 'in my dms', 'to my dms', 'check ur dms', 'check your dms', 'lemme get', 'can i get ur',
    ],
    // Costs friends split: a money request beside one is settling up ("send me the 15 euros for the pizza").
    subject: ['it', "it's", 'its', 'this', "this's", 'that', "that's", 'thats', 'he', "he's", 'she', "she's", 'they', "they're", 'theyre', 'these', 'those', 'everything', 'everyone', 'everybody'],
    // An investment scam's promise: a stake and a payout at least twice as large (lexicons/types.ts).
    stake: ['invest', 'deposit', 'top up', 'topup', 'recharge', 'stake', 'transfer'],
    payout: ['get', 'get back', 'receive', 'earn', 'make', 'withdraw', 'cash out', 'profit', 'return', 'returns', 'payout', 'send back', 'send you back', 'sends back', 'return you', 'have'],
    growth: ['turned', 'became', 'becomes', 'grow to', 'grew to', 'grows to', 'grow it to', 'multiplied'],
    measure: ['second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'gb', 'mb', 'gig', 'gigs', 'gigabytes', 'points', 'pts', 'likes', 'followers', 'coins'],
    // Someone else named as the lender, with a modal or a verb of theirs, right before a lending verb: "my sister can lend me 50"
    // asks the reader for nothing. A name alone may be the reader addressed ("my friend lend me 500").
    lender: pairs(['my sister', 'my brother', 'my mom', 'my mum', 'my mother', 'my dad', 'my father', 'my parents', 'my friend', 'my best friend', 'my boyfriend', 'my girlfriend', 'my husband', 'my wife', 'my aunt', 'my uncle', 'my cousin', 'my grandma', 'my grandpa', 'my boss', 'my roommate', 'the bank'], ['can', 'could', 'will', 'would', 'is going to', 'is gonna', 'offered to', 'agreed to', 'promised to', 'said she can', 'said he can', 'says she can', 'says he can', 'said she will', 'said he will']),
    lend: [...LENDING_OFFERED(['lend me', 'loan me']), 'lend us', 'can you spot me', 'spot me', 'wire me', 'transfer me', 'borrow me'],
    expense: [
      'the bill', 'the check', 'split the bill', 'split it', 'splitting', 'your half', 'my half', 'ur half', 'your share', 'my share', 'ur share', 'your part',
      'per person', 'the pizza', 'for pizza', 'dinner', 'lunch', 'brunch', 'breakfast', 'the drinks', 'for drinks', 'the beers', 'the coffees', 'groceries',
      'the takeaway', 'the takeout', 'the uber', 'the cab', 'the tickets', 'concert tickets', 'the concert', 'the rent', 'the hotel', 'the airbnb', 'the gas money',
    ],
    // Right before a threat or self-harm phrase, denies it: "I'm not going to kill you", "I don't want to die".
    negation: [
      // "why not kill yourself", "like it or not you're dead": a question or a choice, no denial.
      { term: 'not', unless: ['why not', 'or not', 'whether or not', 'why dont', "why don't"] }, 'never', "don't", 'dont', "won't", 'wont', "wouldn't", 'wouldnt', "ain't", 'aint', 'never ever', 'would never', 'will never', "i'd never", 'id never',
      'no way i would', 'no way id', "no way i'd",
    ],
    money: [
      'hospital bill', 'medical bills',
      'money', { term: 'cash', unless: ['cash back', 'cashback', 'in cash', 'pay cash', 'cash only', 'cash or card', 'by cash', 'with cash'] }, 'dollars', 'bucks', 'usd', 'euros', '£', 'paypal', 'venmo', 'cashapp', 'cash app', 'zelle', 'western union',
      'bitcoin', 'btc', 'crypto', 'usdt', 'gift card', 'itunes card', 'bank transfer', 'credit card', 'wire transfer',
      'payment', 'funds', 'donation', 'loan', 'a loan',
      'dollar', 'euro', 'quid', 'rupees', 'pesos', 'yuan', 'rmb', 'revolut', 'apple pay', 'google pay', 'gcash', 'paytm', 'alipay', 'wechat pay', 'ethereum', 'eth',
      'usdc', 'crypto wallet', 'my rent', 'rent money', 'a few bucks', 'some cash',
    ],
    account: ['bank account', 'card number', 'account number', 'bank details', 'account details', 'sort code', 'routing number', 'iban', 'your iban'],
    windfall: ['loan approved', 'loan has been approved', 'loan is approved', 'your loan', 'your parcel', 'your package', 'tax rebate', 'prize', 'prizes', 'you won', 'you have won', "you've won", 'winnings', 'refund', 'your reward', 'compensation', 'jackpot', 'lottery'],
    upfront: ['processing fee', 'processing fees', 'handling fee', 'release fee', 'clearance fee', 'customs fee', 'customs clearance fee', 'transfer fee', 'unlock fee', 'activation fee', 'pay the fee', 'pay a small fee', 'fee first', 'pay first', 'pay in advance', 'paid in advance'],
    guarantee: ['guaranteed', '100% guaranteed', 'risk free', 'risk-free', 'no risk'],
    multiply: ['double your money', 'doubles your money', 'doubled my money', 'daily profit', 'daily profits', 'daily return', 'daily returns', 'per day profit'],
    deal: ['discount', 'discount code', 'promo code', 'promocode', 'coupon code', 'on sale', 'limited time offer', 'limited stock'],
    purchase: ['i bought', 'i got these', 'got these', 'bought these', 'used a', 'used the', 'used your', 'used my', 'i ordered', 'my haul', 'haul', 'my wallet', 'ended yesterday', 'sale ended', 'sale is over'],
    payer: ['pay you back for', 'i\'ll transfer you', 'ill transfer you', 'i\'ll send you the money', 'ill send you the money', 'so i can pay you', 'so i can send you the money', 'so i can transfer you', 'i\'ll venmo you', 'ill venmo you', 'i\'ll zelle you', 'i\'ll paypal you'],
    you: [
      'you', 'u', 'ya', 'ur', 'your', 'youre', "you're", 'yourself', 'urself', 'yall', "y'all", 'you guys', 'u guys', 'thou', 'yo ass', 'ya ass',
    ],
    // A selfie, a face pic or a face reveal shows its sender: asked for, it is the reader's picture ("send me a selfie",
    // "schick mir ein Selfie": the word is German too). Not a selfie the two took together ("a selfie of us", "the
    // selfies we took", "das Selfie von uns"), nor the speaker's ("my selfie").
    portrait: [
      ...['selfie', 'selfies'].map(unlessAround(['my', 'our', 'his', 'her', 'their'], ['of us', 'we took', 'with', 'from', 'von uns', 'mit', 'vom', 'von der', 'von dem', 'das wir', 'die wir'])),
      'face pic', 'face pics', 'face reveal', 'mirror selfie*',
    ],
    your: ['your', 'ur'],
    // Verbs that maim, as the speaker means to do it, for a body part of the reader's beside them (see `limb`):
    // "I'll break your fingers", "and break every finger on your hand", "I'm cutting your face". Bare verbs are
    // everyday talk ("take a break and rest your eyes", "the knife can cut your finger", "twist your arm").
    maim: [
      ...pairs(
        ["i'll", 'ill', 'i will', 'im gonna', "i'm gonna", 'gonna', "i'm going to", 'im going to', 'ima', "i'ma", 'i wanna', 'and'],
        ['break', 'snap', 'smash', 'cut', 'chop', 'rip', 'knock', 'slice', 'gouge', 'twist', 'shatter', 'bust', 'crush', 'cut off', 'chop off', 'rip off', 'rip out', 'tear off'],
      ).map((term) => ({ term, unless: pairs([term], ['a leg', 'your fast', 'ur fast', 'your arm to', 'your arm and']) })),
      ...pairs(['im', "i'm", 'i am'], ['breaking', 'smashing', 'cutting', 'chopping', 'ripping', 'slicing', 'snapping', 'crushing']),
    ],
    limb: [
      'stomach', 'belly', 'finger', 'fingers', 'arms', 'leg', 'legs', 'knee', 'knees', 'kneecap', 'kneecaps', 'tooth', 'teeth', 'jaw', 'nose', 'skull', 'bone',
      'bones', 'ribs', 'wrist', 'wrists', 'ankle', 'ankles', 'thumbs', 'eyes', 'tongue', 'spine',
      // Verbs too: "you hand me the plates", "we face the wall", "they head home".
      ...['hand', 'hands', 'arm', 'face', 'neck', 'head', 'thumb', 'eye'].map(unlessAfter(['you', 'u', 'i', 'we', 'they', 'to'])),
    ],
    // Self-harm told as a plan: the means and the act, each harmless alone (see CUE_POLICY.cuePairs).
    pills: ['pills', 'meds', 'medication', 'tablets', 'sleeping pills', 'painkillers', 'paracetamol', 'tylenol', 'xanax', 'antidepressants', 'pill bottle'],
    overdose: [...['take them all', 'taking them all', 'take all of them', 'taking all of them', 'swallow them all', 'swallow all of them', 'take every single one', 'take the whole bottle', 'swallow the whole bottle'].map((term) => ({
        term,
        // Said to someone ("make sure you take them all"), or a habit ("I take them all with breakfast").
        unless: [
          ...pairs(['you', 'u', 'should', 'must', 'remember to', 'make sure you', 'make sure to', 'did you', 'dont', "don't", 'says to', 'said to', 'told me to', 'told you to', 'have to', 'supposed to'], [term]),
          ...pairs([term], ['with', 'every', 'daily', 'as prescribed', 'in the morning']),
        ],
      })),
    ],
    leap: [...pairs(["i'll", 'ill', 'i will', 'im gonna', "i'm gonna", "i'm going to", 'im going to', 'gonna', 'im', "i'm", 'ima'], ['jump', 'jumping', 'throw myself', 'throwing myself', 'step off', 'stepping off'])],
    height: ['bridge', 'roof', 'rooftop', 'balcony', 'window', 'building', 'in front of a train', 'in front of the train', 'onto the tracks', 'overpass', 'parking garage', 'tower', 'the ledge'],
    farewell: ["it's been real", 'its been real', 'nice knowing you', 'loved you all', 'goodbye everyone', 'bye everyone', 'letter', 'letters', 'goodbye note', 'goodbye letter', 'note for', 'notes for', 'last message', 'said goodbye', 'my goodbyes', 'gave away', 'giving away', 'gave my', 'thanks for everything', 'sorry for everything', 'goodbye forever', 'bye forever', 'this is my last post', 'my last post', 'take care of my cat for me', 'take care of my dog for me'],
    // The negation is part of the relief, not a denial of it.
    relief: ["won't have to deal with me", 'wont have to deal with me', 'put up with me anymore', "won't have to put up with me", 'wont have to put up with me', "won't have to worry about me", 'wont have to worry about me', 'will not have to worry about me', "don't have to worry about me anymore", 'have to worry about me', 'worry about me anymore', 'be a burden', 'burden anymore', 'better off without me', 'be rid of me', 'never have to deal with me', "won't be anyone's problem", 'wont be anyones problem', "anyone's problem anymore", 'nobody will miss me', 'no one will miss me', 'no one would miss me', 'happier without me', 'nobody will even notice', 'no one will even notice', 'nobody would even notice', "won't even notice i'm gone", 'wont even notice im gone'],
    // The speaker gone for good ("I won't wake up", "soon it won't hurt anymore"; not "I won't be here anymore", said when moving away, nor
    // "my last night" before a place): with pills, farewells or relief in the text, a plan (CUE_POLICY.cuePairs).
    vanish: ['to never wake up', 'so i never wake up', "won't hurt anymore", 'wont hurt anymore', 'soon it wont hurt', unlessBefore(['in', 'at', 'here', 'of', 'with', 'shift', 'on', 'as', 'before', 'together'])('my last night'), "won't be needing them", 'wont be needing them', "won't need them anymore", "won't be needing it", "won't need it anymore", "won't be alive", 'wont be alive', 'still be alive by', 'end it tonight', 'end it all tonight', 'to not wake up', 'and not wake up', 'not wake up again', 'never wake up', 'to just not wake up', 'to simply not wake up', 'to never wake up'],
    selfinjure: ['punched the wall', 'punch the wall', 'punching the wall', 'punch walls', 'punching walls', 'picking the skin', 'picking at my skin', 'pick my skin', 'till it blisters', 'until it blisters', 'make myself throw up', 'made myself throw up', 'making myself throw up', 'pulling out my hair', 'pull out my hair', 'bite my arms', 'biting my arms', 'burned my arm', 'burn my arm', 'burnt my arm', 'burned my wrist', 'burn my wrist', 'with a lighter', 'with a cigarette', 'with cigarettes', 'burn myself', 'burned myself', 'burnt myself', 'burning myself', 'lighter to my', 'cigarette on my', 'cigarette out on my', 'cigarettes on my', 'hit my head against', 'hitting my head against', 'bang my head against', 'banged my head against', 'banging my head against', 'punch myself', 'punched myself', 'hit myself', 'hitting myself', 'scratch myself', 'scratched myself', 'scratching myself', 'until i bleed', 'till i bleed', 'until it bled', 'till it bled', 'bit myself', 'bite myself', 'starve myself', 'starving myself', "don't deserve food", 'dont deserve food', "don't deserve to eat", 'dont deserve to eat', 'cut again', 'cutting again', 'cut myself again', 'cut deeper'],
    deliberate: ['only thing that actually helps', 'only way i feel something', 'i deserve worse', 'deserve worse', { term: 'on purpose', unless: ['not on purpose', "wasn't on purpose", 'wasnt on purpose', "didn't do it on purpose"] }, 'deliberately', 'as punishment', 'as a punishment', 'my punishment', 'punish myself', 'punishing myself', 'i deserve it', 'i deserve this', 'i deserved it', 'only thing that calms me', 'only thing that helps', 'only thing that shuts', 'only way i feel', 'to feel something', 'deeper this time', 'long sleeves', "can't stop cutting", 'cant stop cutting'],
    ending: ['it ends this weekend', 'it ends tonight', 'it ends tomorrow', 'it all ends', 'everything ends', "it'll all be over", 'it will all be over', 'itll all be over', 'end it tonight', 'it ends here', 'time to end it', 'gonna end it', 'going to end it'],
    // Everyone's forgiveness asked with a farewell (review: also a break-up), the speaker a burden with others freed of them, a
    // lethal dose asked about with the pills named (review: also a worried parent) (CUE_POLICY.cuePairs): self-harm.
    forgive: ['forgive me', 'please forgive me', 'forgive me for everything', 'sorry for everything', "i'm sorry for everything", 'im sorry for everything', 'sorry for all of it'],
    burden: ["i'm a burden", 'im a burden', "i'm just a burden", 'im just a burden', 'i am a burden', 'such a burden', 'only a burden', 'i ruin everything', 'i only cause problems', 'i only make things worse'],
    lethal: ['lethal dose', 'fatal dose', 'deadly dose', 'overdose amount', 'enough to kill', 'would kill me', 'to not wake up'],
    dissuade: ["don't try to talk me out of it", 'dont try to talk me out of it', "don't try to stop me", 'dont try to stop me'],
    // What one hangs or suffocates oneself with (rope, charcoal, 練炭, 번개탄): with the speaker gone for good, a plan (CUE_POLICY.cuePairs); a letter is
    // too everyday a farewell for it ("bought charcoal for the barbecue and wrote to grandma").
    method: ['a rope', 'the rope', 'some rope', 'charcoal', 'a noose'],
    // A code, PIN or card number and a verb asking to be told it, in one clause: fraud, as banks and couriers never ask (CUE_POLICY.cuePairs).
    secret: ['verification code', 'one-time code', 'one time code', 'one-time password', 'one time password', '6 digit code', '6-digit code', 'six digit code', 'code we sent', 'code we just sent', 'code you received', 'code you got', 'code sent to your phone', 'pin number', 'your pin', 'atm pin', 'card pin', 'cvv', 'cvc', 'card details', 'card info', 'banking password', 'bank password'],
    divulge: ['read back', 'read me', 'read out', 'tell me', 'tell us', 'give me', 'give us', 'send me', 'send us', 'reply with', 'text back', 'confirm the', 'confirm your', 'type in', 'provide the', 'provide your', 'share the', 'share your', 'forward the', 'forward me'],
    // Advice against scams: in its sentence a code or a money ask is warned of, not asked for (CUE_POLICY.retractions).
    warning: ['never ask', 'never asks', 'will never ask', 'never share', 'never give', 'never send', 'do not share', "don't share", 'dont share', 'beware of', 'scam alert', "it's a scam right", 'its a scam right', 'this is a scam right'],
    // Not drinking: alcohol in its sentence is no drinking promoted (CUE_POLICY.retractions).
    // The reader told the speaker themselves: knowing where they live or work is then no stalking (CUE_POLICY.retractions).
    toldme: ["you told me it's", 'you told me its', 'you told me you live', 'you told me you work', 'you said you live', 'you said you work', 'you told me where', 'since you told me', 'because you told me', 'cause you told me', 'you said so', 'you mentioned it'],
    // Politics said with heat (CUE_POLICY.cuePairs): those who govern, called criminals or traitors, or a call to rise against them.
    polity: ['government', 'the government', 'govt', 'regime', 'president', 'prime minister', 'parliament', 'congress', 'the senate', 'ruling party', 'election', 'elections', 'politicians', 'ministers', 'the administration'],
    vilify: ['are thieves', 'bunch of thieves', 'traitors', 'are criminals', 'corrupt', 'are crooks', 'bunch of crooks', 'murderers', 'rigged', 'puppets', 'are liars', 'terrorists', 'fascists', 'must fall'],
    uprising: ['take to the streets', 'everyone to the streets', 'everyone out on the streets', 'overthrow', 'rise up', 'boycott the election', 'revolution now'],
    // A threat meant: where it will be done, 'wait and see', 'not joking'. A laugh beside them is no banter (CUE_POLICY.jest). Not a
    // time alone, which game banter names as often.
    menace: ['not joking', 'not kidding', 'no joke', "i'm serious", 'im serious', 'i mean it', 'after school', 'outside your', 'wait for me', 'wait and see', "you'll see", 'youll see', 'watch your back', 'when i find you', 'next time i see you', 'at your house', 'at your school'],
    // Laughing or joking: a threat said with it is banter (CUE_POLICY.jest).
    jest: ['😂', '🤣', '😆', '😹', 'jk', { term: 'just kidding', unless: ['not just kidding'] }, 'just joking', { term: "i'm kidding", unless: ["think i'm kidding", "i'm not kidding"] }, { term: 'im kidding', unless: ['think im kidding', 'im not kidding'] }],
    // A veiled threat: accidents happen, said to someone told to keep talking like that (CUE_POLICY.cuePairs).
    accident: ['accidents happen', 'accidents can happen', 'accidents do happen'],
    goad: ['keep talking like that', 'keep running your mouth', 'watch your back', 'watch your mouth'],
    // Cooking: wine or beer in a recipe is no drinking promoted (CUE_POLICY.retractions).
    cooking: ['deglaze', 'deglazed', 'simmer', 'simmered', 'simmering', 'marinate', 'marinated', 'marinade', 'braise', 'braised', 'beer-battered', 'beer batter', 'batter', 'risotto', 'stew', 'recipe', 'tablespoon', 'tablespoons', 'cooking wine'],
    // A faith to be banned, a disputed land claimed (CUE_POLICY.cuePairs): politically or religiously sensitive.
    faith: ['religion', 'islam', 'christianity', 'judaism', 'hinduism', 'mosques', 'churches', 'synagogues', 'temples', 'this cult'],
    outlaw: ['should be banned', 'must be banned', 'needs to be banned', 'ban islam', 'ban all', 'kick them all out'],
    disputed: ['taiwan', 'tibet', 'kashmir', 'crimea', 'donbas', 'kosovo', 'falklands', 'malvinas', 'senkaku', 'dokdo', 'takeshima', 'golan', 'western sahara', 'arunachal', 'pok', 'palestine', 'jerusalem'],
    claim: ['is ours', 'belongs to us', 'is our land', 'take it back by force', 'take back by force'],
    // A night together in bed, and what the reader is wearing or not (CUE_POLICY.cuePairs): sexual harassment.
    onenight: ['a night with you', 'one night with you', 'spend the night together', 'spend a night together', 'spend the night with you', 'one night together'],
    inbed: ['in bed', 'to bed with you', 'between the sheets', 'under the sheets'],
    wearing: ['what are you wearing', 'what r u wearing', 'wat are you wearing', 'what are u wearing', 'what you wearing', 'what u wearing', 'what do you have on', 'what do u have on'],
    naked: ['naked', 'nothing on', 'without clothes', 'no clothes', 'without the clothes', 'without your clothes', 'without ur clothes', 'with no clothes', 'nude', 'undressed', 'topless'],
    // What underwear the reader has on, their body called sexy or pictured in the speaker's bed, a naked video call, how
    // many people they have slept with, someone sought to warm the speaker's bed (CUE_POLICY.cuePairs): sexual harassment.
    // The speaker's hotel tonight and what the reader wears right now go to review.
    underwear: ['panties', 'panty', 'bra', 'thong', 'thongs', 'lingerie', 'underwear', 'knickers', 'g-string', 'g string'],
    now: ['now', 'right now', 'rn', 'atm'],
    // "your body temperature is hot": temperature words are no `lewd` word.
    physique: ['your body', 'ur body', 'that body', 'nice body', 'great body', 'amazing body', 'perfect body', 'body like yours', ...['your figure', 'ur figure'].map(unlessBefore(['skating', 'skater'])), 'your curves', 'ur curves', 'your thighs', 'ur thighs'],
    lewd: ['sexy', 'smoking hot', 'hot af', 'thicc', 'juicy', 'delicious', 'fuckable', 'spicy pic', 'spicy pics', 'spicy photo', 'naughty pic', 'naughty pics', 'naughty photo'],
    // Not "vc": Portuguese "você".
    videocall: ['video call', 'videocall', 'video chat', 'facetime', 'on cam'],
    // Not "been with": "how many companies have you been with".
    // The reader's own history: "he slept with how many women?" is gossip.
    bedded: [
      ...pairs(['have you', 'have u', 'you', 'u', "you've", 'youve', 'did you', 'did u'], ['slept with', 'hooked up with', 'had sex with', 'banged', 'fucked']).map(unlessBefore(['the window', 'the windows', 'the light', 'the lights', 'the fan', 'a fan', 'the tv', 'the door', 'the heating', 'earplugs', 'your phone', 'ur phone', 'your dog', 'your cat', 'a teddy'])),
    ],
    tally: ['how many', 'how much', 'what number'],
    bedwarm: ['warm my bed', 'keep my bed warm', 'keep me warm tonight', 'warm me up tonight', 'warm me up at night'],
    // Not "my room" nor "my place": "cleaning my room tonight", "dinner at my place tonight".
    // An invitation, not the traveller's news: "my hotel tonight has a rooftop pool".
    hotelroom: ['come to my hotel', 'come over to my hotel', 'come up to my hotel', 'come to my hotel room', 'visit me at my hotel', 'meet me at my hotel', 'meet me in my hotel room', 'up to my room'],
    tonight: ['tonight', 'tonite', '2nite', 'this evening'],
    // What a lesson or a service costs per unit (CUE_POLICY.cuePairs): beside a sum, a priced offer.
    rate: ['per lesson', 'per class', 'trial lesson', 'trial class', 'lesson package', 'class package'],
    // The learner's side of a lesson's price: the speaker pays it, or it is their own teacher's (CUE_POLICY.retractions).
    pupil: ['i pay', 'i paid', "i'm paying", 'im paying', 'i was paying', 'we pay', 'we paid', 'charges me', 'charged me', 'my teacher', 'my tutor', 'my last tutor', 'my old tutor', 'my last teacher', 'my old teacher', 'my previous tutor', 'my previous teacher', 'is that normal', 'is that expensive', 'is that a lot', 'is that too much', 'is that fair', 'how much do you pay', 'how much did you pay'],
    // Teaching offered in bed; a stay at the speaker's with one bed, for review (CUE_POLICY.cuePairs). Not learning in bed:
    // "I learn my vocab in bed every night".
    teach: ['teach you', 'teach u', 'teaching you', 'taught', "i'll teach", 'ill teach', 'i can teach', 'i will teach', 'let me teach'],
    onebed: ['only one bed', 'only 1 bed', 'just one bed', 'just 1 bed', 'one bed only', 'single bed only', 'share my bed', 'share the bed', 'sharing my bed'],
    stayover: ['stay at my place', 'stay at mine', 'stay with me', 'sleep at my place', 'sleep at mine', 'crash at my place', 'stay over at my place', 'stay the night at my place'],
    // Pressing for a contact detail after a refusal (CUE_POLICY.solicitContact).
    insist: ["why won't you give me", 'why wont you give me', "why don't you want to give me", "i'm not a creep", 'im not a creep'],
    // Someone else's speech reported (said, decía, a dit, sagte, говорил, قال, bola, 说, って言って, 라고 했): a threat quoted by it is theirs.
    reported: ['says', 'used to say', 'told me', 'kept saying', 'texted me', 'goes', 'screamed', 'yelled', 'he said', 'she said', 'they said', 'he says', 'she says', 'he told me', 'she told me', 'he wrote', 'she wrote'],
    // The speaker apologising: the reader asked again with a count is not pushing (CUE_POLICY.pushedContact).
    apology: ['sorry', 'sry', 'soz', 'so sorry', 'my bad', 'i apologize', 'i apologise', 'apologies', 'forgive me'],
    // Regret promised to the reader: a threat with a `coerce` near it (CUE_POLICY.cuePairs), advice or a feeling alone.
    regret: ['you\'ll regret', 'youll regret', 'you will regret', 'you\'re gonna regret', 'youre gonna regret', 'you are gonna regret', 'you\'re going to regret', 'you are going to regret', 'ur gonna regret', 'u gonna regret', 'u will regret', 'u\'ll regret', 'ull regret', 'you\'ll be sorry', 'youll be sorry', 'you will be sorry', 'you\'re gonna be sorry', 'ur gonna be sorry', 'u\'ll be sorry', 'make you regret', 'make u regret', 'you\'ll live to regret', 'you\'ll wish you hadn\'t', 'you\'ll wish you never'],
    // What the reader does to the speaker that a promised regret punishes (CUE_POLICY.cuePairs).
    coerce: ['ignore me', 'ignoring me', 'ignored me', 'ignore my messages', 'ignoring my messages', 'ignoring my texts', 'block me', 'blocked me', 'blocking me', 'if you don\'t answer me', 'leave me on read', 'left me on read', 'ghost me', 'ghosting me', 'ghosted me', 'what you said to me', 'what you said about me', 'report me', 'reported me', 'unmatch me', 'what u said'],
    // A count of times, beside the speaker's asking (`asked`).
    repeat: ['3 times', 'three times', 'like 3 times', '2 times', 'two times', 'twice', '4 times', 'four times', '5 times', 'five times', '3x', '2x', 'a few times', 'several times', 'multiple times', 'so many times', 'many times', 'how many times', 'a million times', 'a hundred times', '100 times', 'for the last time'],
    // The speaker's own asking: with a count beside it (`repeat`), pushing a contact ask (CUE_POLICY.pushedContact).
    asked: ['asked', 'asking', 'i asked', 'i\'m asking', 'im asking', 'i\'ve asked', 'ive asked', 'i have asked', 'been asking', 'keep asking', 'i ask', 'asking you', 'asking u', 'requested', 'begged'],
    // Pushing after a refusal, in words that ask for nothing themselves: a contact ask near them is pressed for (CUE_POLICY.pushedContact).
    pressure: ['asked you three times', 'asked u three times', 'asked you 3 times', 'asked you twice', 'asked u twice', 'how many times do i have to ask', 'how many times do i need to ask', 'how many times have i asked', 'how many times must i ask', 'third time asking', 'third time im asking', 'third time i\'m asking', 'asked you so many times', 'you said no but', 'u said no but', 'even though you said no', 'i know you don\'t want to but', 'i know you dont want to but', 'i know u dont want to but', 'you already said no but', 'don\'t say no', 'dont say no', 'not taking no for an answer', 'won\'t take no for an answer', 'wont take no for an answer', 'what\'s the big deal', 'whats the big deal', 'what\'s the harm', 'whats the harm', 'what do you lose', 'what do u lose', 'what have you got to lose', 'what do you have to lose', 'it\'s just a number', 'its just a number', 'it costs you nothing', 'why is it such a big deal', 'stop being so difficult', 'stop being difficult', 'why are you being like this', 'why r u being like this', 'i\'m not weird', 'im not weird', 'i\'m not a creep', 'im not a creep', 'im not a stalker', 'i promise i\'m normal', 'i promise im normal', 'stop playing hard to get', 'you keep dodging', 'you always dodge', 'stop dodging', 'quit dodging', 'dont dodge', 'don\'t dodge', 'u keep dodging', 'you keep avoiding the question', 'stop avoiding the question', 'you dodged the question', 'you keep changing the subject', 'stop changing the subject', 'you keep ignoring my question', 'why are you making it such a big deal', 'why r u making it such a thing', 'why are you making this a big deal', 'making a big deal out of nothing', 'stop being so dramatic', 'why are you so paranoid', 'i\'m not asking for much', 'im not asking for much', 'don\'t be so difficult', 'dont be so difficult', 'why are you being so difficult', 'don\'t be so uptight', 'don\'t be such a prude', 'don\'t play hard to get', 'dont play hard to get', 'why are you so stuck up'],
    // An experience missed: the regret promised in its sentence is advice, not a threat (CUE_POLICY.retractions).
    missout: ['if you don\'t try', 'if you dont try', 'if you don’t try', 'if u don\'t try', 'if u dont try', 'if you do not try', 'if you don\'t taste', 'if you dont taste', 'if you don\'t visit', 'if you dont visit', 'if you don’t visit', 'if u dont visit', 'if you do not visit', 'if you don\'t go see', 'if you dont go see', 'if you don’t go see', 'if you don\'t go and see', 'if you don\'t go there', 'if you dont go there', 'if you don\'t see it', 'if you don\'t watch this', 'if you don\'t check it out', 'if you dont check it out', 'if you don\'t give it a try', 'if you don\'t give it a shot', 'if you don\'t give it a go', 'if you don\'t book', 'if you don\'t get tickets', 'if you don\'t buy tickets', 'if you don\'t travel', 'if you dont travel', 'if you don\'t take the chance', 'if you don\'t take this chance', 'if you don\'t take the opportunity', 'if you don\'t eat there', 'if you don\'t eat here', 'if you never try', 'if you never visit', 'if you don\'t experience', 'if you miss out', 'if you miss this', 'if you skip it', 'if you pass this up', 'if you pass up', 'missing out on', 'miss out on', 'regret not trying', 'regret not going', 'regret not visiting', 'regret not seeing', 'regret not tasting', 'regret not watching', 'regret not traveling', 'regret not travelling', 'not having tried', 'not having gone', 'not having visited', 'not having seen', 'never having tried', 'without trying it', 'without trying', 'without tasting', 'without seeing', 'without visiting', 'regret nothing', 'regret anything', 'not regret it', 'regret not downloading', 'regret not coming', 'regret not joining', 'regret not buying'],
    // The speaker naming themselves (CUE_POLICY.selfLabel): "ugh I'm such a bitch", "I felt like a twat". SELF_LABELS
    // clears the mild names outright.
    selfbefore: [...pairs(["i'm", 'im', 'i am', 'i was', 'i feel like', 'i felt like', 'made me feel like', 'i look like', 'i looked like'], ['a', 'an', 'such a', 'such an', 'a total', 'a complete', 'a huge', 'an absolute', 'a real', 'the biggest', 'a bit of a', 'a bit of an', 'a fucking', 'such a fucking', 'a stupid', 'such a stupid']), "i'm the", 'i am the', 'im the', 'silly me', 'stupid me'],
    selfretort: ['sure', 'oh sure', 'yeah right', 'right', 'fine', 'okay', 'ok', 'whatever', 'so now'],
    selfafter: ['i am', 'i was', 'i feel', 'i felt'],
    selflead: ['what a', 'what an', 'such a', 'such an', 'the', 'what a total', 'what a complete'],
    selfsigh: ['ugh', 'omg', 'oh', 'oh man', 'man', 'god', 'damn', 'welp', 'honestly'],
    abstain: ["i don't drink", 'i dont drink', 'i do not drink', 'i never drink', 'i quit drinking', 'i stopped drinking', 'i gave up drinking', 'i gave up alcohol', "i'm sober", 'im sober', 'not a drinker', 'non-alcoholic', 'alcohol-free', 'zero alcohol', "can't drink alcohol", 'cant drink alcohol', 'allergic to alcohol'],
    // A fee paid to start work, with earnings or a task job beside it: the paid-task scam (CUE_POLICY.cuePairs).
    fee: ['activation fee', 'activation deposit', 'training fee', 'starter fee', 'upfront fee', 'deposit to activate', 'deposit to start', 'deposit to unlock', 'pay the deposit to start'],
    gig: ['hiring', 'part-time', 'part time job', 'work from home', 'remote job', 'task account', 'tasks', 'per like', 'per review', 'each review', 'for each like', 'been selected', 'selected for'],
    // Telling the reader they will not sleep, with the speaker's bed in the text: a night in bed promised (CUE_POLICY.cuePairs).
    sleepless: ["won't let you sleep", 'wont let you sleep', 'no sleep for you'],
    bedroom: ['in my bed', 'into my bed', 'to my bed', 'in my sheets'],
    // The reader's voice arousing the speaker; the two of them pictured in the shower: desire aimed at the reader (CUE_POLICY.cuePairs).
    voice: ['your voice', 'ur voice', 'hear your voice'],
    aroused: ['turns me on', 'turned me on', 'makes me so hard', 'makes me wet'],
    fantasy: ['picturing us', 'imagining us', 'imagine us', 'picture us', 'thinking of us'],
    sharedbath: ['in the shower together', 'shower together', 'in the bath together', 'bath together'],
    // A romance ad: a seeking verb with a partner (see CUE_POLICY.romanceAd). Not one's own partner ("a gift for my wife").
    seek: ['looking for', 'lookin for', 'seeking', 'searching for', 'in search of', 'hoping to find', 'want to find', 'wanna find', 'ready to find'],
    partner: ['girlfriend', 'boyfriend', 'gf', 'wife', 'husband', 'future wife', 'future husband', 'future bride', 'soulmate', 'soul mate', 'life partner', 'a relationship', 'serious relationship', 'long term relationship', 'someone to date', 'gentleman to date', 'man to date', 'woman to date', 'lady to date', 'spouse', 'a bride', 'my other half', 'younger girl', 'younger woman', 'young lady', 'sweet girl', 'mutually beneficial arrangement'].map(unlessAfter(['my', 'his', 'her', 'your', 'our', 'their', 'ur', 'the', 'meri', 'mera', 'uski', 'uska'])),
    // Gore told in two cues each harmless alone (see CUE_POLICY.cuePairs): spilled insides, a body cut in two, a pet skinned or an animal skinned alive.
    viscera: ['brains', 'brain matter', 'guts', 'intestines', 'entrails', 'innards', 'his insides'],
    spill: ['everywhere', 'all over', 'hanging out', 'spilling out', 'spilled out', 'spilt', 'sticking out', 'splattered', 'pouring out', 'on the road', 'on the pavement', 'smeared', 'smeared across'],
    bisect: ['cut in half', 'cut in two', 'split in two', 'torn in half', 'ripped in half', 'in two pieces'],
    corpse: ['his body', 'her body', 'the body', 'dead body', 'corpse', 'the guy', 'the man', 'the woman', 'pedestrian', 'by the train', 'by a train', 'victim', 'his leg', 'his head', 'her head'],
    bloodshed: ['pool of blood', 'puddle of blood', 'covered in blood', 'soaked in blood', 'blood spurting', 'blood was spurting', 'blood gushing', 'blood was gushing', 'blood splattered', 'blood spraying', 'blood all over the', 'bone sticking out', 'bones sticking out', 'blood everywhere'],
    mishap: ['cut myself', 'shaving', 'scratched me', 'my period', 'stitches', 'nosebleed', 'nose bleed', 'cut my finger', 'cut my hand', 'cut my thumb', 'cut my foot', 'split my', 'scraped my knee', 'fell off my bike', 'fell off the bike', 'chopping onions', 'cutting onions', 'paper cut', 'at the dentist', 'band-aid', 'bandaid', 'sprained my', 'twisted my ankle'],
    flay: [{ term: 'skinned', unless: ['skinned my knee', 'skinned my elbow', 'skinned his knee', 'skinned her knee', 'skinned knee'] }, 'skin alive', 'skinned alive', 'flayed', 'skinning'],
    alive: ['still twitching', 'still moving', 'still alive', 'was alive', 'while alive', 'still screaming', 'while it was still', 'until it stopped moving'],
    pet: ['dog', 'cat', 'puppy', 'kitten', 'doggo', 'kitty', 'hamster', 'kittens', 'puppies', 'stray cat', 'stray dog', 'strays'],
    cruelty: ['set on fire', 'set fire to', 'burned alive', 'burnt alive', 'microwaved', 'kicked to death', 'beat to death', 'beaten to death', 'dragged behind', 'peeled its skin', 'cut off its', 'drowning them'],
    // Films, shows and games: gore said of them describes fiction (see CUE_POLICY.fiction).
    fiction: ['the book', 'this book', 'that book', 'novel', 'the novel', 'spoiler', 'spoilers', 'spoil the', 'spoil it', 'movie', 'movies', 'film', 'films', 'tv show', 'that show', 'the show', 'this show', 'series', 'episode', 'anime', 'manga', 'video game', 'videogame', 'in the game', 'horror', 'slasher', 'zombie', 'zombies', 'halloween', 'makeup', 'special effects', 'cosplay'],
    violence: [
      // "You're going to kill it at the interview": killing it is doing well.
      { term: 'kill', unless: ['kill it', 'kill it at', 'kill time', 'kill some time', 'kill the time', 'kill a few hours', 'kill an hour'] }, 'murder', { term: 'stab', unless: ['a stab at', 'take a stab', 'have a stab'] }, SHOOT, 'strangle', { term: 'choke', unless: ['choke on', 'choke under'] }, 'slap', 'punch', 'beat up', 'rape', 'torture', 'behead', 'slit',
      'bury', 'burn you', 'hunt you down', 'end you', 'gun to your',
      'shank', 'murk', 'kidnap', 'bash your head in', 'run you over', 'curb stomp', 'pistol whip', 'knock your teeth',
    ],
    intensifier: ['really', 'so', 'very', 'such', 'such a', 'such an', 'so so', 'too', 'totally', 'truly', 'honestly', 'literally', 'actually', 'just', 'extremely', 'incredibly', 'super', 'fucking', 'freaking', 'damn', 'completely', 'absolutely', 'utterly', 'genuinely', 'seriously', 'kinda', 'pretty', 'rly', 'srsly', 'hella', 'mega'],
    laughter: ['haha*', 'hehe*', 'lol', 'lmao', 'lmfao', 'rofl'],
    fondness: [...['love you', 'love ya', 'love u'].map(unlessAfter(['ever', 'nobody', 'no one', 'who would', 'who could', 'who will', 'never'])), 'luv u', 'luv ya', 'ily', 'i love you', 'xoxo', '❤️', '❤', '♥️', '💕', '💖', '🥰', '😘', 'bestie'],
    meta: [
      'what does', 'what do you mean by', 'whats the meaning', "what's the meaning", 'what is the meaning', 'meaning of',
      'definition of', 'how do you say', 'how to say', 'how do i say', 'how would you say', 'is it rude', 'is it offensive', 'is that rude',
      'is that offensive', 'is this rude', 'is it a bad word', 'bad word', 'bad words', 'swear word', 'swear words', 'curse word', 'curse words',
      'rude word', 'slang word', 'the word', 'this word', 'that word', 'translate', 'translation', 'is it ok to say', 'can i say', 'should i say',
      'difference between', 'in english we say', 'what is a', 'why do people say', 'why do they say', 'natives say', 'native speakers say',
    ],
  },
};
