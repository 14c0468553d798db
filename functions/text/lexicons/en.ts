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
/** Blue tits and great tits are birds. */
const TITS = { term: 'tits', unless: ['blue tits', 'great tits', 'coal tits', 'blue tit', 'great tit'] };
/** The Scottish soup and the rooster's crow. */
const COCK = { term: 'cock', unless: ['cock-a-leekie', 'cock a leekie', 'cock-a-doodle-doo', 'cock a doodle doo'] };
/** To shoot someone a text is to send one; a photo shoot is work. */
const SHOOT = { term: 'shoot', unless: ['shoot me a text', 'shoot me a message', 'shoot me an email', 'shoot me a dm', 'shoot me a line', 'photo shoot'] };

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

export const en: Lexicon = {
  lang: 'en',
  terms: {
    insult: [
      'drop you on your head', 'dropped you on your head',
      'ur so ugly', 'you\'re so ugly', 'you are so ugly', 'youre so ugly',
      'bitch*', '*bitch', 'b*tch*', 'b!tch*', 'biatch*', 'beeyotch', 'bish', 'hoe', 'hoes', 'hoe ass', 'ho ass', 'dumb ho', 'thot', 'thots', 'slut*', 'whore*',
      'skank*', 'cunt*', 'c*nt', 'twat*', 'prick', 'pricks', 'dickhead*', 'dick head', 'dickface', 'dickwad', 'dicksucker*', 'dick sucker', 'dick riding',
      'dickrider*', 'a dick', 'such a dick', 'ur a dick', 'cocksucker*', 'asshole*', 'a**hole*', 'arsehole*', 'asshat*', 'asswipe', 'ass clown', 'dumbass*',
      'dumb ass', 'jackass*', 'smartass', 'fatass', 'fat ass', 'lazy ass', 'ugly ass', 'stupid ass', 'broke ass', 'bitchass', 'punk ass', 'kiss my ass',
      PUSSY, 'pussies', 'pussyass', 'nigga', 'niggas', 'nicca*', 'niqqa', 'a ho', 'that ho', 'dat ho', 'loyal ho', 'yo ho', 'ur a ho', "you're a ho", 'youre a ho', 'your a ho', 'queer', 'nigguh*', 'niqqa*', 'n1gga*', 'nigg*', 'idiot*', 'moron*', 'imbecile*', 'cretin*',
      // French "retard" is a delay: the phrases a learner writes when late are not the slur.
      { term: 'retard', unless: ['en retard', 'du retard', 'de retard', 'un retard', 'le retard', 'mon retard', 'ton retard', 'son retard', 'votre retard', 'notre retard', 'ce retard', 'retard de'] }, 'retards', 'retarded', 'you tard', 'ur a tard', 'such a tard', 'spaz', 'spastic', 'scumbag*', 'scum', 'lowlife', 'piece of shit', 'loser*', 'wanker*', 'tosser*',
      'bellend', 'knobhead', 'douche*', 'dipshit', 'shithead*', 'shitbag', 'dumb bitch', 'stupid bitch', 'dumb fuck', 'dumbfuck', 'motherfucker*',
      'mofo', 'son of a bitch', 'sonofabitch', 'bastard*', 'weirdo', 'simp', 'cuck', 'you are pathetic', 'ur pathetic', "you're pathetic", 'youre pathetic', 'you are worthless', 'ur worthless', "you're worthless", 'useless piece',
      'you suck', 'u suck', 'ya suck', 'you stupid', 'you dumb', 'you idiot', 'u idiot', 'ur stupid', 'ur dumb', 'ur ugly', 'you ugly', 'youre stupid',
      "you're stupid", 'youre dumb', "you're dumb", 'youre ugly', "you're ugly", 'you are ugly', 'you are stupid', 'you are dumb', 'fat pig',
      'fat cow', 'ugly pig', 'shut up bitch', 'shut the fuck up', 'shut the f up', 'stfu', 'gtfo', 'screw you', 'eat shit', 'suck my dick', 'suck a dick',
      'go fuck yourself', 'fuck you', 'fuck u', 'fuck off', 'f off', 'fk off', 'fuck ya', 'fuckface', 'fuckboy*', 'fuckhead', 'lame ass', 'clown ass',
      'brainless', 'dimwit', 'halfwit', 'nitwit', 'numbskull', 'airhead', 'hag', 'trollop', 'harlot', 'slag', 'cum dumpster', 'cumslut',
      'you jerk', 'ugly af', 'nobody likes you', 'no one likes you', 'go die', 'get lost loser',
    ],
    harassment: [
      'nobody wants you here',
      'i know you leave', 'i know when you leave', 'i know what bus you take', 'i know where you work',
      'i know where you live', 'find where you live', 'find out where you live', 'found where you live', 'i know where u live', 'know where you live', 'i know your address', 'i have your address', 'i will find you',
      "i'll find you", 'ill find you', 'im watching you', "i'm watching you", 'i am watching you', 'you cant hide', "you can't hide", 'i will expose you',
      "i'll expose you", 'leak your nudes', 'leak ur nudes', 'post your nudes', 'leak your pics', 'dox you', 'doxx you', 'doxing you', 'kill yourself',
      'kill urself', 'kill ur self', 'kys', 'go kill yourself', 'hope you die', 'hope u die', 'nobody would miss you', 'drink bleach', 'neck yourself',
      'unalive yourself', 'i will ruin your life', "i'll ruin your life", 'answer me bitch',
    ],
    curse: [
      'fuck*', 'fuk*', 'fucc*', 'fuq*', 'phuck*', 'fck*', 'fcuk*', 'fk', 'fkn', 'fkin', 'fking', 'f*ck*', 'f**k*', 'f***ing', 'motherfuck*', 'mothafuck*',
      'muthafuck*', 'mutherfuck*', 'mf', 'mfs', 'mfer', 'effing', 'wtf', 'wth', 'shit*', '*shit', 'sh*t*', 's**t', 'sh!t*', 'shiit', 'shyt', 'bullshit*',
      'damn', 'dammit', 'damnit', 'goddamn*', 'god damn', 'goddam', 'the hell', 'what the hell', 'go to hell', 'hell no', 'hell yeah', 'bloody hell',
      'crap', 'crappy', 'piss off', 'pissed off', 'bollocks', 'bugger off', 'arse', 'ass', 'asses', 'a**', '@ss', DICK, 'dicks', COCK, 'cocks',
      'bitching', 'omfg', 'fml', 'jesus fucking christ', 'holy shit', 'screw this', 'damn it',
    ],
    sexual: [
      'on your knees for me', 'hotter on your knees',
      'send noodz', 'noodz', 'nudez', 'look better with nothing on', 'better with nothing on',
      'sex', 'sexy', 'sexting', 'sext', 'porn*', 'pr0n', 'nude', 'nudes', 'naked', 'horny', 'hornyy', 'cum', 'cumming', 'cumshot*', 'jizz', 'blowjob*',
      'blow job', 'bj', 'handjob*', 'hand job', 'rimjob', 'dick pic*', 'dickpic*', 'cock pic*', 'nsfw', 'boobs', 'boobies', TITS, 'titties', 'tiddies',
      'milf', 'dilf', 'fap*', 'masturbat*', 'jerk off', 'jerking off', 'jack off', 'orgasm*', 'dildo*', 'vibrator', 'anal', 'threesome', 'gangbang*',
      'creampie', 'deepthroat', 'onlyfans', 'hentai', 'xxx pics', 'xxx video', 'xxx videos', 'filthy stories', 'hardcore', 'sexual need*', 'camgirl', 'cam girl', 'cam show', 'camsex', 'boner', 'erection', 'hard on', 'wet pussy',
      'eat pussy', 'eat you out', 'suck dick', 'suck cock', 'ride my dick', 'ride my face', 'sit on my face', 'doggy style', 'doggystyle', 'get laid',
      'make love to you', 'netflix and chill', 'sex chat', 'sexchat', 'dirty talk', 'talk dirty', 'phone sex', 'cyber sex', 'cybersex', 'nipples',
      'pussy juice', 'horny af', 'bang you', 'fuck me', 'fuck her', 'fuck him', 'fucked her', 'wanna fuck', 'want to fuck', 'lets fuck', "let's fuck",
    ],
    'sexual-harassment': [
      'spicy pics for me', 'any spicy pics', 'send me spicy pics', 'send spicy pics',
      "see what's under", 'see whats under', "what's under your dress", "what's under that dress",
      'send nudes', 'send me nudes', 'send noods', 'show me your boobs', 'show me ur boobs', 'show me your tits', 'show your tits', 'show me your body',
      'show me your pussy', 'show me your dick', 'what are you wearing', 'what r u wearing', 'wat r u wearing', 'what color is your underwear',
      'what colour is your underwear', 'what color are your panties', 'bra size', 'cup size', 'are you a virgin', 'r u a virgin', 'are u virgin',
      'wanna have sex', 'want to have sex', 'lets have sex', "let's have sex", 'have sex with me', 'sex with you', 'i want to fuck you', 'i wanna fuck you',
      'touch yourself', 'i want to touch you', 'i want to lick', 'your body is hot', 'ur body is hot', 'sexy body', 'you make me horny', 'u make me horny',
      'make me hard', 'you make me hard', 'are you horny', 'r u horny', 'u horny', 'take off your clothes', 'take off ur clothes', 'take your clothes off',
      'take ur clothes off', 'video call naked', 'strip for me', 'bend over for me', 'spread your legs', 'i want your body', 'rape you', 'send me a pic of your',
      'how big are your', 'how big is your dick', 'do you shave', 'sleep with me', 'come to my bed', 'sit on my lap',
    ],
    spam: [
      'free entry', 'free entries', 'txt win', 'text win', 'txt stop', 'text stop', 'send stop', 'reply stop', 'stop to opt out', 'to opt out',
      'claim your prize', 'claim ur prize', 'claim your reward', 'to claim', 'claim now', 'you have won', 'u have won', 'youve won', "you've won",
      'you have been selected', 'u have been selected', 'selected to receive', 'winner!!', 'cash prize', 'prize guaranteed', 'guaranteed prize',
      'guaranteed cash', '£1000', '£2000', '£500', '£100', '£250', '£5000', '£900', '£350', '£150', '£800', 'per msg', 'per wk',
      '150p', '150ppm', '1.50/wk', '£1.50', 'p/min', 'ppm', 'free msg', 'freemsg', 'free text', 'free txt', 'free ringtone*', 'ringtone*', 'polyphonic',
      'mobile update', 'camcorder', 'free phone', 'freephone', 'call free', 'call now', 'call 0800', 'call 09', 'txt now', 'text now', 'reply now',
      'urgent!', 'urgent call', 'valid 12hrs', 'valid 12 hrs', 't&cs', 'tcs', 't and c', '18+ only', 'over 18', 'landline', 'po box', 'pobox',
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
      'verify your account', 'verify ur account', 'confirm your account', 'account suspended', 'account will be suspended', 'account has been suspended',
      'account will be closed', 'account has been locked', 'confirm your password', 'enter your password', 'send me your password', 'send your password', 'send ur password', 'give me your password', 'tell me your password',
      'reset your password', 'login here', 'log in here', 'click the link below', 'click the link', 'click this link', 'click here', 'security alert',
      'unusual activity', 'unusual sign in', 'update your payment', 'update your billing', 'verification code', 'send me the code', 'send me your code',
      'tell me the code', 'give me the code', 'the code you received', '6 digit code', 'otp code', 'your otp', 'bank details', 'your card details',
      'card number and cvv', 'cvv', 'your pin',
    ],
    ads: [
      'no experience needed', 'no experience required', 'buy followers', 'cheap followers',
      'for sale', 'buy now', 'shop now', 'order now', 'discount', 'discount code', 'promo code', 'promocode', 'coupon code', 'percent off',
      'dm for price', 'dm me for price', 'dm for prices', 'dm to order', 'dm me to order', 'check out my shop', 'check out my store', 'check out my page', 'check out my channel', 'check out my link', 'check out my website', 'check out my products', 'check out my onlyfans', 'visit my shop', 'visit my store', 'my online shop',
      'subscribe to my', 'subscribe my channel', 'my youtube channel', 'follow my page', 'follow my account', 'free shipping', 'best price', 'best prices',
      'cheap price', 'wholesale', 'we are hiring', "we're hiring", 'now hiring', 'job offer', 'work from home', 'earn money', 'make money online',
      'make money fast', 'passive income', 'per day from home', 'side hustle', 'donate', 'please donate', 'gofundme', 'go fund me',
      'fundraiser', 'fundraising', 'raffle', 'giveaway', 'auction', 'sweepstake*', 'looking for a job', 'looking for work', 'hire me', 'my resume',
      'my cv', 'im selling', "i'm selling", 'selling my', 'on sale', 'sponsored', 'affiliate link', 'use my code', 'use my link', 'sign up with my',
      'referral code', 'limited time offer', 'dont miss out', "don't miss out", 'paid promotion', 'for business inquiries', 'whatsapp for orders',
    ],
    fraud: [
      'trust & safety team', 'trust and safety team', 'reply with the 6-digit code', 'the code we just texted you',
      'you owe a fine', 'pay in bitcoin', 'pay the fine in bitcoin', 'from the fbi',
      'western union', 'moneygram', 'gift card', 'gift cards', 'itunes card', 'steam card', 'google play card', 'amazon card', 'bitcoin investment',
      'invest in bitcoin', 'invest in crypto', 'crypto investment', 'investment opportunity', 'investment platform', 'trading platform',
      'guaranteed profit', 'guaranteed returns', 'daily profit', 'daily returns', 'double your money', 'forex trading', 'forex signals',
      'trading signals', '100% profit', 'risk free investment', 'i am from hellotalk', "i'm from hellotalk", 'im from hellotalk', 'this is hellotalk', 'hellotalk team', 'hellotalk support', 'hellotalk staff', 'hellotalk moderator', 'official support team', 'from the support team', 'from the security team', 'from customer service',
      'support team here', 'i am the admin', 'im the admin', 'i need money for', 'pay for my ticket', 'pay for my visa', 'money for my visa',
      'hospital bills', 'stuck at the airport', 'customs fee', 'customs clearance fee', 'inheritance', 'beneficiary', 'next of kin', 'processing fee',
      'pay the fee', 'release fee', 'usdt', 'wallet address', 'seed phrase', 'recovery phrase', 'private key', 'mining pool', 'cloud mining',
      'send me money', 'send money', 'lend me money', 'loan me', 'can you lend me money', 'can you lend me some money', 'could you lend me money', 'borrow some money', 'donate to me', 'help me with money',
      'need financial help', 'sugar daddy allowance', 'i will pay you back', 'ill pay you back', 'i am a soldier', 'un peacekeeping', 'oil rig',
    ],
    dating: [
      'seeking a sweet younger woman', 'seeking a younger woman', 'seeking a woman for', 'seeking a man for',
      'generous gentleman', 'looking for a generous',
      'looking for a lady to spoil', 'lady to spoil', 'single dad looking for',
      'looking for a girlfriend', 'looking for a boyfriend', 'looking for a gf', 'looking for a bf', 'looking for a wife', 'looking for a husband',
      'looking for love', 'looking for my soulmate', 'looking for a serious relationship', 'looking for relationship', 'looking for a relationship',
      'single and looking', 'single and ready to mingle', 'seeking a man', 'seeking a woman', 'seeking men', 'seeking women', 'sugar daddy',
      'sugar baby', 'sugar mommy', 'sugar mama', 'hook up', 'hookup', 'hookups', 'fwb', 'friends with benefits', 'one night stand', 
      'date me', 'be my girlfriend', 'be my boyfriend', 'be my wife', 'want a girlfriend', 'want a boyfriend', 'need a girlfriend', 'need a boyfriend',
      'lonely girls', 'lonely ladies', 'lonely women', 'lonely housewives', 'escort', 'escorts', 'escort service', 'meet singles', 'hot singles',
      'dating site', 'dating app', 'romance', 'marry me', 'looking for marriage', 'i want to marry', 'date tonight', 'girls near you',
    ],
    drugs: [
      'need molly', 'some molly', 'pop molly', 'popping molly', 'buy molly', 'molly for the rave',
      { term: 'weed', unless: ['weed killer', 'weedkiller', 'weed the garden', 'weed control'] }, 'marijuana', 'cannabis', 'ganja', 'kush', 'blunts', 'bong', 'dab pen', 'thc', '420 friendly', 'smoke weed', 'smoking weed',
      'get high', 'getting high', 'got high', 'stoned', 'high af', 'cocaine', 'coke line', 'lines of coke', 'crack cocaine', 'heroin', 'meth',
      'crystal meth', 'methamphetamine', 'mdma', 'ecstasy', 'lsd', 'shrooms', 'magic mushrooms', 'ketamine', 'xanax', 'xans', 'percs', 'percocet',
      'oxy', 'oxycodone', 'oxycontin', 'fentanyl', 'codeine', 'purple drank', 'lean cup', 'adderall', 'molly pills', 'drug dealer', 'buy weed',
      'sell weed', 'selling weed', 'edibles', 'pills for sale', 'plug for', 'snorting coke', 'dope fiend', 'crackhead*', 'pothead*',
      'stoner', 'rolling a joint', 'roll a joint', 'smoke a joint', 'spliff',
    ],
    alcohol: [
      'beer', 'beers', 'wine', 'vodka', 'whiskey', 'whisky', 'tequila', 'rum', 'gin', 'soju', 'baijiu', 'champagne', 'liquor', 'booze', 'alcohol',
      'drunk', 'get drunk', 'getting drunk', 'got drunk', 'hangover', 'hungover', 'tipsy', 'beer pong', 'drinking game',
      'pub crawl', 'bar hopping', 'happy hour', 'makgeolli', 'brandy', 'cognac', 'hennessy', 'henny', 'margarita', 'mojito', 'sangria', 'cider',
    ],
    threat: [
      'break your jaw', 'i\'ll break your', 'break your face',
      'i will kill you', "i'll kill you", 'ill kill you', 'gonna kill you', 'going to kill you', 'i will kill u', 'ill kill u', 'gonna kill u',
      'i will murder you', 'i will hurt you', "i'll hurt you", 'gonna hurt you', "i'll beat you up", 'beat your ass', 'beat ur ass', 'whoop your ass',
      "i'll shoot you", 'i will shoot you', 'gonna shoot you', 'i will stab you', "i'll stab you", 'gonna stab you', "you're dead", 'youre dead',
      'you are dead', 'ur dead', 'watch your back', 'watch ur back', "i'm coming for you", 'im coming for you', 'i will find you and',
      'shoot up the school', 'shoot up your', 'bomb your', 'blow you up', "i'll burn your house", 'burn your house down', 'i will rape', "i'll rape",
      'slit your throat', 'cut your throat', 'break your legs', 'break your neck', 'smash your face', 'put a bullet in', 'you will die', 'u will die',
      'you gonna die', 'i hope you get raped', 'sleep with one eye open', 'beat the shit out of you',
    ],
    gore: [
      // The genre and the film described ('le film était gore'), Gore-Tex and Al Gore are not gore posted.
      'gore video', 'gore videos', 'gore pics', 'vídeo gore', 'video gore', 'contenido gore', 'beheading', 'beheaded', 'decapitated', 'decapitation', 'dismembered', 'dismember', 'mutilated', 'mutilation', 'disembowel*',
      'blood everywhere', 'guts spilled', 'brains splattered', 'execution video', 'snuff film', 'snuff video', 'torture video', 'dead bodies',
      'mangled body', 'bloody corpse', 'rotting corpse',
    ],
    'self-harm': [
      'burn myself again', 'burned myself again', 
      'been cutting again', 'started cutting again', 'cutting myself again',
      'gonna kms', 'wanna kms', 'want to kms', 'going to kms', 'about to kms', 'finna kms', 'going to end it tonight', 'gonna end it tonight', 'i\'m ending it tonight', 'end my life tonight', 'written my goodbye', 'wrote my goodbye', 'goodbye letter to my family',
      'kill myself', 'killing myself', 'kill my self', 'want to die', 'wanna die', 'want to be dead', 'i wish i was dead', 'wish i were dead',
      'end my life', 'end it all', 'ending it all', 'take my own life', 'suicide', 'suicidal', 'commit suicide', 'cut myself', 'cutting myself',
      'self harm', 'selfharm', 'hurt myself', 'hurting myself', "don't want to live", 'dont want to live', 'no reason to live', 'better off dead',
      'hang myself', 'overdose on', 'jump off a bridge', 'unalive myself', 'slit my wrists', 'not want to be alive', 'tired of living',
    ],
    hate: [
      'go back to your own country',
      'nigger*', 'niggers', 'nigg3r*', 'n1gger*', 'niggah', 'nig', 'nigs', 'niglet*', 'coon', 'coons', 'jigaboo', 'porch monkey',
      'jungle bunny', 'darkie', 'faggot*', 'fag', 'fags', 'faggy', 'f@g', 'fagg*', 'dyke', 'dykes', 'tranny', 'trannies', 'shemale',
      'spic', 'spics', 'spick', 'wetback*', 'beaner*', 'chink*', 'gook*', 'zipperhead', 'slant eye*', 'jap', 'japs', 'kike*', 'heeb', 'hymie',
      'raghead*', 'towelhead*', 'sand nigger*', 'camel jockey', 'paki', 'pakis', 'wog', 'wogs', 'gypsy scum', 'gyppo', 'pikey', 'white trash',
      'trailer trash', 'cracker ass', 'honkey', 'honky', 'mongoloid', 'subhuman', 'untermensch', 'heil hitler', 'sieg heil', 'white power',
      'gas the jews', 'kill all jews', 'kill all muslims', 'kill all blacks', 'go back to your country', 'go back to africa', 'go back to china',
      'go back where you came from', 'dirty jew', 'dirty arab', 'dirty mexican', 'dirty immigrant', 'illegal alien*', 'homo', 'homos', 'queers',
      'muzzie', 'moslem', 'curry muncher', 'ching chong', 'chinaman', 'cotton picker', 'ghetto ass', 'hood rat',
      ...groupHate,
    ],
    sensitive: [
      'the election was stolen', 'stolen election',
      'abortion', 'pro life', 'pro choice', 'gun control', 'communist party', 'ccp', 'tiananmen', 'free tibet', 'taiwan independence',
      'free hong kong', 'hong kong protests', 'jihad', 'zionist*', 'zionism', 'antifa', 'israel palestine', 'gaza war',
      'xi jinping', 'death penalty', 'religion is', 'islam is', 'christianity is', 'god is fake', 'god doesnt exist', "god doesn't exist",
      'atheists are', 'muslims are', 'christians are', 'jews are', 'the holocaust', 'holocaust denial', 'white supremacy', 'white supremacist*',
      // Alone, kkkk is Brazilian laughter.
      'the kkk', 'join the kkk', 'kkk rally', 'ku klux klan', 'nazi*', 'hitler was right', 'slavery was',
    ],
    // A group on its own is talk ("my Muslim friends"); next to contempt in one sentence it is an attack on the group.
    group: [
      'women', 'females', 'men', 'males', 'blacks', 'black people', 'whites', 'white people', 'asians', 'asian people', 'mexicans', 'latinos',
      'hispanics', 'muslims', 'jews', 'jewish people', 'christians', 'catholics', 'hindus', 'arabs', 'africans', 'indians', 'chinese people',
      'immigrants', 'migrants', 'illegals', 'refugees', 'foreigners', 'gays', 'gay people', 'lesbians', 'trans people', 'transgenders',
      'old people', 'boomers', 'disabled people',
    ],
    negative: [
      'disgusting', 'filthy', 'dirty', 'lazy', 'stupid', 'dumb', 'inferior', 'subhuman', 'animals', 'savages', 'vermin', 'parasites',
      'cockroaches', 'rats', 'criminals', 'thugs', 'terrorists', 'rapists', 'should die', 'should be killed', 'should be shot', 'go back to',
      'send them back', 'deport them', 'get rid of', 'ruin everything', 'are ruining', 'are the worst', 'cant be trusted', "can't be trusted",
      'useless', 'worthless', 'pathetic', 'gross', 'ugly', 'smell', 'stink', 'i hate', 'hate all', 'ban all', 'are a disease', 'are a plague',
      'belong in the kitchen', 'belong in a cage', 'not human', 'breed like',
    ],
    app: [
      'add me on line',
      'ur snap', 'your snap', 'add my snap', 'my snap is',
      'wechat', 'we chat', 'weixin', 'vx', 'wx', 'line id', 'line app', 'line account', 'my line', 'your line', 'ur line', 'kakao', 'kakaotalk',
      'kakao talk', 'kakao id', 'kik', 'snapchat', 'snap', 'sc', 'skype', 'whatsapp', 'whats app', 'whatsap', 'watsapp', 'wa number', 'telegram',
      'instagram', 'insta', 'ig', 'discord', 'qq', 'viber', 'facebook', 'fb', 'messenger', 'tiktok', 'zalo', 'threema', 'signal app',
      'onlyfans', 'twitter', 'tinder',
    ],
    contact: [
      'number', 'phone number', 'phone', 'cell', 'cell number', 'mobile number', 'digits', 'email', 'e-mail', 'email address', 'address', 'home address',
      'id', 'user id', 'username', 'user name', 'handle', 'account', 'contact', 'contacts', 'socials', 'social media', 'digits',
    ],
    picture: [
      'pic', 'pics', 'pix', 'picture', 'pictures', 'photo', 'photos', 'foto', 'fotos', 'selfie', 'selfies', 'snap', 'snaps', 'video', 'videos', 'vid',
      'face pic', 'full body pic', 'body pic', 'image', 'images', 'cam', 'webcam', 'video call', 'facetime',
    ],
    body: [
      'boobs', TITS, 'breasts', 'chest', 'nipples', 'butt', 'ass', 'booty', 'bum', 'body', 'feet', 'legs', 'thighs', 'underwear', 'panties',
      'bra', 'bikini', 'lingerie', 'naked', 'nude', 'without clothes', 'no clothes', 'in the shower', DICK, COCK, PUSSY, 'cleavage', 'belly',
    ],
    request: [
      'dm me', 'hmu',
      'send me', 'snd me', 'sendme', 'can you send', 'could you send', 'will you send', 'pls send', 'plz send', 'show me', 'show', 'give me',
      'gimme', 'gimmie', 'add me', 'add me on', 'add', 'lemme see', 'let me see', 'can i see', 'can i get', 'can i have', 'let me have', 'whats your',
      "what's your", 'what is your', 'wats ur', 'whats ur', 'wat is ur', 'drop your', 'drop ur', 'dm me your', 'text me', 'call me', 'hit me up',
      'message me on', 'msg me on', 'contact me on', 'reach me on', 'find me on', 'share your', 'share ur', 'tell me your', 'tell me ur', 'i want your',
      'i need your', 'do you have', 'do u have', 'have you got', 'you got', 'u got', 'lend me', 'loan me', 'borrow', 'pay me', 'transfer me',
      'wire me', 'need you to send', 'can u send', 'u send', 'wanna see', 'want to see', 'i wanna see', 'i want to see',
    ],
    money: [
      'hospital bill', 'medical bills',
      'money', 'cash', 'dollars', 'bucks', 'usd', 'euros', '£', 'paypal', 'venmo', 'cashapp', 'cash app', 'zelle', 'western union',
      'bitcoin', 'btc', 'crypto', 'usdt', 'gift card', 'itunes card', 'bank account', 'bank transfer', 'card number', 'credit card', 'wire transfer',
      'payment', 'funds', 'donation', 'loan', 'a loan',
    ],
    you: ['you', 'u', 'ya', 'ur', 'your', 'youre', "you're", 'yourself', 'urself', 'yall', "y'all", 'you guys', 'u guys', 'thou', 'yo ass', 'ya ass'],
    your: ['your', 'ur'],
    violence: [
      'kill', 'murder', 'stab', SHOOT, 'strangle', 'choke', 'slap', 'punch', 'beat up', 'rape', 'torture', 'behead', 'slit', 'smash your',
      'break your', 'bury', 'burn you', 'hunt you down', 'end you', 'gun to your',
    ],
    laughter: ['haha*', 'hehe*', 'lol', 'lmao', 'lmfao', 'rofl'],
    meta: [
      'what does', 'what do you mean by', 'whats the meaning', "what's the meaning", 'what is the meaning', 'meaning of',
      'definition of', 'how do you say', 'how to say', 'how do i say', 'how would you say', 'is it rude', 'is it offensive', 'is that rude',
      'is that offensive', 'is this rude', 'is it a bad word', 'bad word', 'bad words', 'swear word', 'swear words', 'curse word', 'curse words',
      'rude word', 'slang word', 'the word', 'this word', 'that word', 'translate', 'translation', 'is it ok to say', 'can i say', 'should i say',
      'difference between', 'in english we say', 'what is a', 'why do people say', 'why do they say', 'natives say', 'native speakers say',
    ],
  },
};
