import { contactNumberWords } from './romance-numbers';
import { pairs, unlessAfter, unlessBefore, withPlain } from './term-builders';
import type { Lexicon } from './types';

/**
 * Italian as typed in chat: apostrophes and accents dropped or swapped (vaffanculo/fanculo/vaffa,
 * perche/perchè, e' for è), chat shorthands (cmq, nn, xk, vfc, stfu), blasphemy that is ordinary
 * cursing in much of the north (porco dio, porca madonna, dio cane, written p0rc0 d10 or porcod*o),
 * regional insults (minchia and sticchio in Sicily, mortacci tua in Rome, sfaccimma in Naples).
 * Words with an everyday sense stay inside phrases: troia (Troy), figa/fica (also "cool"), pene (also
 * "sorrows"), palle (balls, as in snowballs), canna (a cane, a fishing rod), erba (grass), roba
 * (stuff), fumo (smoke), sballo (a blast), coca (Coca-Cola), cazzata (a silly thing, mild), maria (a name),
 * bianca (white), riga (a line), pasta, scopare (also "to sweep"), bocce (the game), compagno (a study partner).
 * Clitics come before the verb ("ti ammazzo", "te la faccio pagare", "mi taglio"), so threats and self-harm are
 * written with them, in the present, future and conditional, with exceptions for the idioms they share
 * ("ti ammazzo di baci", "mi ammazzo dalle risate", "mi taglio i capelli").
 */

const GROUPS = [
  'i negri', 'negri', 'gli immigrati', 'immigrati', 'i migranti', 'migranti', 'gli zingari', 'zingari', 'i rom', 'gli ebrei', 'ebrei', 'i musulmani',
  'musulmani', 'gli arabi', 'i marocchini', 'gli albanesi', 'i rumeni', 'i cinesi', 'i terroni', 'terroni', 'i froci', 'i gay', 'le donne',
  'i meridionali', 'gli extracomunitari', 'extracomunitari', 'i profughi',
];
const DEHUMANISING = [
  'sono animali', 'sono bestie', 'sono scimmie', 'sono parassiti', 'sono feccia', 'sono inferiori', 'non sono persone', 'non sono umani',
  'devono morire', 'dovrebbero morire', 'vanno sterminati', 'bisogna ammazzarli', 'fuori dall’italia', "fuori dall'italia", 'tornate a casa vostra',
  'sono tutti ladri', 'sono tutti delinquenti', 'sono tutti criminali', 'sono una piaga', 'puzzano', 'sono una malattia',
];
const groupHate = pairs(GROUPS, DEHUMANISING);

/**
 * Groups of people. Demonyms are adjectives too ("prodotti cinesi", "la cucina francese") and the
 * masculine singular is the language ("l'italiano è difficile", "il mio inglese fa schifo"), so they count
 * as a group only after a determiner that makes them people: "i cinesi", "gli albanesi", "queste rumene".
 * Nouns that only name people ("ebrei", "immigrati") count bare. "ragazzi", "ragazze" stay out: "cazzo
 * ragazzi, che serata" greets friends. French "le" and English "I" share spellings with Italian determiners:
 * "le donne" is also French "je le donne", "i gay" also "am I gay".
 */
const PEOPLE_DETERMINERS = ['i', 'gli', 'le', 'dei', 'degli', 'delle', 'ai', 'agli', 'alle', 'questi', 'queste', 'quei', 'quegli', 'quelle', 'sti'];
const DEMONYMS = [
  'italiani', 'italiane', 'francesi', 'inglesi', 'tedeschi', 'tedesche', 'crucchi', 'americani', 'americane', 'spagnoli', 'spagnole', 'portoghesi',
  'svizzeri', 'austriaci', 'cinesi', 'giapponesi', 'coreani', 'coreane', 'vietnamiti', 'filippini', 'filippine', 'indiani', 'pakistani', 'bengalesi',
  'cingalesi', 'arabi', 'africani', 'africane', 'nordafricani', 'marocchini', 'marocchine', 'tunisini', 'egiziani', 'nigeriani', 'nigeriane',
  'senegalesi', 'ghanesi', 'eritrei', 'somali', 'etiopi', 'albanesi', 'rumeni', 'romeni', 'rumene', 'romene', 'moldavi', 'ucraini', 'ucraine', 'russi',
  'polacchi', 'slavi', 'serbi', 'kosovari', 'turchi', 'asiatici', 'europei', 'sudamericani', 'latinoamericani', 'peruviani', 'ecuadoriani', 'brasiliani',
  'brasiliane', 'argentini', 'cubani', 'cubane', 'israeliani', 'palestinesi', 'siriani', 'afghani', 'iraniani', 'curdi',
  // colour and ethnicity
  'neri', 'nere', 'bianchi', 'bianche', 'meticci', 'sinti', 'nomadi', 'gitani',
  // religion
  'ebrei', 'ebree', 'musulmani', 'musulmane', 'islamici', 'cristiani', 'cattolici', 'protestanti', 'evangelici', 'ortodossi', 'testimoni di geova',
  'mormoni', 'buddisti', 'induisti', 'atei',
  // migration
  'immigrati', 'immigrate', 'migranti', 'profughi', 'rifugiati', 'stranieri', 'straniere', 'extracomunitari', 'clandestini', 'richiedenti asilo',
  // regions
  'meridionali', 'settentrionali', 'napoletani', 'siciliani', 'calabresi', 'pugliesi', 'campani', 'sardi', 'romani', 'milanesi', 'veneti', 'toscani',
  'lombardi', 'piemontesi', 'genovesi', 'friulani', 'bergamaschi', 'sudisti', 'nordisti',
  // gender, orientation, age, disability
  'femmine', 'uomini', 'maschi', 'omosessuali', 'lesbiche', 'bisessuali', 'transessuali', 'transgender', 'anziani', 'giovani', 'disabili',
  'handicappati',
];
/** Words French or English spell the same way after these determiners: only the Italian masculine ones. */
const SHARED_WORDS = ['rom', 'gay', 'trans', 'lgbt', 'boomer', 'sikh'];
/** Nouns that name people wherever they stand: no determiner needed. */
const PEOPLE_NOUNS = [
  'ebrei', 'ebree', 'musulmani', 'musulmane', 'immigrati', 'migranti', 'profughi', 'rifugiati', 'extracomunitari', 'clandestini', 'meridionali',
  'omosessuali', 'lesbiche', 'marocchini', 'albanesi', 'rumeni', 'romeni', 'zingari', 'nomadi', 'tutte le donne', 'tutti gli uomini',
  { term: 'le donne', unless: ['je le donne', 'il le donne', 'elle le donne', 'on le donne', 'qui le donne', 'me le donne', 'te le donne', 'nous le donne', 'vous le donne', 'tu le donne'] },
  'donne italiane', 'donne straniere', 'donne arabe', 'donne musulmane',
];
/** One person named by the group: "quell'ebreo", "una rumena". */
const ONE_OF_THEM = [
  ...['un', 'questo', 'quel', 'sto'].flatMap((det) => ['ebreo', 'musulmano', 'arabo', 'marocchino', 'albanese', 'rumeno', 'romeno', 'immigrato', 'extracomunitario', 'zingaro', 'rom', 'gay', 'trans', 'terrone'].map((word) => `${det} ${word}`)),
  ...['una', 'questa', 'quella', 'sta'].flatMap((det) => ['ebrea', 'musulmana', 'araba', 'marocchina', 'albanese', 'rumena', 'romena', 'immigrata', 'zingara', 'lesbica', 'straniera', 'cinese'].map((word) => `${det} ${word}`)),
  'uno straniero', 'quello straniero', 'un’ebrea', "un'ebrea", 'un’araba', "un'araba", 'un’immigrata', "un'immigrata", 'quell’ebreo', "quell'ebreo",
  'quell’arabo', "quell'arabo", 'quell’albanese', "quell'albanese",
];
const GROUP_TERMS = [
  ...pairs(PEOPLE_DETERMINERS, DEMONYMS),
  // "ste" (queste, in speech) leads only into the feminine plural: "ste rumene"
  ...pairs(['ste'], DEMONYMS.filter((word) => word.endsWith('e'))),
  ...pairs(['i', 'gli', 'dei', 'degli', 'ai', 'agli', 'questi', 'quei', 'sti'], SHARED_WORDS).map((term) =>
    term === 'i gay' || term === 'i trans' ? { term, unless: [`am ${term}`, `was ${term}`, `if ${term}`] } : term,
  ),
  ...PEOPLE_NOUNS, ...ONE_OF_THEM,
];

/**
 * Contempt that is no insult alone but is one when said of a group ("i rumeni sono tutti ladri").
 * Words that are also about things or plain description (poveri, vecchi, diversi, rumorosi, fa schifo said
 * of one's own Italian) stay out. Nouns that also name real animals or real offenders ("allevano maiali",
 * "organizzazioni criminali", "vittime dei terroristi") count only where they are predicated of people.
 */
const CONTEMPT_NOUNS = [
  'ladri', 'ladre', 'ladroni', 'spacciatori', 'stupratori', 'parassiti', 'sanguisughe', 'scarafaggi', 'vermi', 'pidocchiosi', 'fannulloni',
  'scansafatiche', 'sfaticati', 'lavativi', 'barbari', 'selvaggi', 'primitivi', 'cavernicoli', 'subumani', 'bugiardi', 'truffatori', 'imbroglioni',
  'approfittatori', 'mafiosi', 'invasori', 'buzzurri', 'zotici', 'cafoni', 'zozzoni', 'sporcaccioni', 'puzzoni', 'degenerati', 'ritardati', 'pezzenti',
  'delinquenti', 'idioti', 'stupidi', 'ignoranti',
];
const PREDICATED_NOUNS = [
  'bestie', 'animali', 'scimmie', 'maiali', 'porci', 'cani', 'topi', 'ratti', 'zecche', 'criminali', 'terroristi', 'rifiuti', 'spazzatura', 'immondizia',
  'pecore',
];
const CONTEMPT = [
  ...pairs(['dei', 'degli', 'delle', 'tutti', 'tutte', 'tutti dei', 'tutte delle', 'solo', 'come', 'branco di', 'massa di', 'razza di', 'banda di'], CONTEMPT_NOUNS),
  // not after "come": "lavorano come bestie" is the idiom for working hard
  ...pairs(['sono', 'sono dei', 'sono delle', 'sono tutti', 'sono tutte', 'tutti', 'tutte', 'tutti dei', 'tutte delle', 'solo', 'branco di', 'massa di', 'razza di'], PREDICATED_NOUNS),
  // nouns and adjectives that are contempt wherever they stand
  ...CONTEMPT_NOUNS.filter((noun) => !['idioti', 'stupidi', 'ignoranti', 'delinquenti'].includes(noun)),
  'inferiori', 'sporchi', 'sporche', 'lerci', 'lerce', 'luridi', 'luride', 'schifosi', 'schifose', 'puzzolenti', 'fetenti', 'zozzi', 'zozze', 'pigri',
  'stupidi', 'ignoranti', 'sottorazza', 'sotto razza', 'feccia', 'la feccia', 'sono un cancro', 'sono la rovina', 'sono una rovina', 'la rovina dell’italia',
  "la rovina dell'italia",
  // what people say they do, or should suffer
  'puzzano', 'fanno schifo', 'mi fanno schifo', 'fanno cagare', 'non valgono niente', 'non servono a niente', 'rubano tutto', 'ci rubano il lavoro',
  { term: 'rubano', unless: ['rubano il cuore', 'rubano la scena', 'rubano l’occhio', "rubano l'occhio"] }, 'ci invadono', 'stanno rovinando',
  'rovinano l’italia', "rovinano l'italia", 'rovinano il paese', 'vanno cacciati', 'vanno espulsi', 'vanno rimpatriati',
  'vanno eliminati', 'vanno sterminati', 'vanno ammazzati', 'vanno bruciati', 'devono sparire', 'devono morire', 'dovrebbero sparire', 'devono andarsene',
  'se ne devono andare', 'tornino a casa loro', 'tornassero a casa loro', 'rimandiamoli', 'rimandateli', 'cacciamoli', 'cacciateli', 'bruciamoli',
  'ammazziamoli', 'fuori dalle palle', 'fuori dai piedi', 'non sono umani', 'non sono esseri umani', 'non sono persone', 'io odio',
  'odio i', 'odio gli', 'odio le', 'odio tutti', 'odio questi', 'li odio', 'le odio', 'non sopporto i', 'non sopporto gli', 'non sopporto le',
  'sti sporchi', 'quei sporchi', 'questi sporchi',
  // one of them
  'ladro', 'ladra', 'un parassita', 'un fannullone', 'una fannullona', 'un bugiardo', 'un truffatore', 'un selvaggio', 'un delinquente',
];

/** What conspiracy and smear say groups do: contempt beside a group ("gli ebrei controllano le banche", "i cinesi mangiano i cani"). */
const GROUP_LIES = [
  'controllano le banche', 'controllano il mondo', 'controllano i media', 'controllano la finanza', 'comandano il mondo', 'mangiano i cani', 'mangiano i gatti',
  'mangiano cani', 'portano malattie', 'portano le malattie', 'stuprano', 'violentano le nostre donne', 'rubano i bambini',
];

/** Asking for "the code" is phishing, except for codes friends pass on: the wifi's, the door's, a discount, a tax code. */
const CODE_ASKS = ['mandami il codice', 'dimmi il codice', 'dammi il codice', 'inviami il codice', 'scrivimi il codice'].map((term) => ({
  term,
  unless: ['del wifi', 'della porta', 'del portone', 'fiscale', 'sconto', 'promo']
    .map((what) => `${term} ${what}`),
}));

const APPS = ['whatsapp', 'wapp', 'uozzap', 'insta', 'instagram', 'ig', 'telegram', 'snap', 'snapchat', 'facebook', 'fb', 'tiktok', 'discord', 'tg', 'tele', 'skype'];
/** "wa" is also a Japanese particle and English chat's "wa": an app only where it is asked for or named as the reader's. */
const WA = ['wa'];

/**
 * Contempt said of the reader ("sei proprio scemo", "quanto sei patetica", "tu sei una nullità"): no insult
 * alone ("che scena patetica", "un lavoro inutile"), one with "sei"/"tu" just before it. Said of a group it is
 * contempt for the group too. Words that describe a thing as often as a person (falso, pazzo, strano) stay out.
 */
const READER_CONTEMPT = [
  'scemo', 'scema', 'scemi', 'sceme', 'incapace', 'incapaci', 'nullità', 'nullita', 'pezzente', 'pidocchioso', 'pidocchiosa', 'viscido', 'viscida',
  'ripugnante', 'insignificante', 'ignorante', 'ottuso', 'ottusa', 'tonto', 'tonta', 'babbeo', 'fesso', 'fessa', 'somaro', 'somara', 'verme',
  'cesso', 'cafone', 'cafona', 'buzzurro', 'zotico', 'troglodita', 'bifolco', 'fallito', 'fallita', 'falliti', 'perdente',
  'mongolo', 'spastico', 'spastica', 'subnormale', 'maiala', 'scrofa', 'grassone', 'grassona',
  'pagliaccio', 'pagliaccia', 'buffone', 'buffona', 'parassita', 'rimbambito', 'rimbambita', 'rimbecillito', 'rimbecillita', 'decerebrato', 'decerebrata',
  'cerebroleso', 'cerebrolesa', 'citrullo', 'ebete', 'cazzaro', 'cazzara', 'incompetente', 'inetto', 'inetta', 'nullafacente', 'lurido', 'lurida', 'vigliacco',
  'vigliacca', 'codardo', 'codarda', 'infame', 'meschino', 'meschina', 'miserabile', 'sottosviluppato', 'sottosviluppata',
];
/** Adjectives a thing can have too: not where they follow "sembra" ("ti sembra stupido?", "ti sarà sembrato ridicolo"). */
const THING_CONTEMPT = [
  'stupido', 'stupida', 'stupide', 'inutile', 'inutili', 'patetico', 'patetica', 'patetici', 'patetiche', 'ridicolo', 'ridicola', 'ridicoli', 'orribile',
  'penoso', 'penosa', 'squallido', 'squallida', 'schifoso', 'schifosa', 'disgustoso', 'disgustosa', 'disgustosi',
].map((word) => ({ term: word, unless: ['sembra', 'sembrare', 'sembrato', 'sembrata'].map((verb) => `${verb} ${word}`) }));

/**
 * Threats as Italians phrase them: a clitic before the verb ("ti spezzo le gambe", "vi faccio saltare in aria"),
 * in present, future and conditional ("ti ammazzerò", "ti ammazzerei"), and the consequence kind ("te la faccio
 * pagare", "te ne pentirai") that names no violence at all. The present forms already listed under `threat`
 * ("ti ammazzo", "ti uccido") stay there, with their exceptions.
 */
const THREAT_VERBS = [
  'ammazzerò', 'ammazzero', 'ammazzerei', 'ucciderò', 'uccidero', 'ucciderei', 'farò fuori', 'faro fuori', 'farei fuori', 'sparerò', 'sparero', 'strangolo',
  'strozzo', 'spacco la faccia', 'spaccherò la faccia', 'spaccherei la faccia', 'spacco la testa', 'spacco le ossa', 'spezzo le gambe', 'spezzo le ossa',
  'rompo le gambe', 'rompo le ossa', 'rompo il muso', 'rompo la testa', 'pesto a sangue', 'massacro di botte', 'farò a pezzi', 'mando all’ospedale',
  "mando all'ospedale", 'mando al cimitero', 'faccio saltare in aria', 'faccio del male', 'farò del male', 'faro del male', 'farei del male', 'sfregio',
  'brucio vivo', 'brucio viva', 'apro in due', 'apro la testa', 'faccio nero', 'faccio nera', 'sistemo io', 'sfascio la faccia', 'corco',
];
const CONSEQUENCE_THREATS = [
  'te la faccio pagare', 'te la farò pagare', 'te la faro pagare', 've la faccio pagare', 've la farò pagare', 'gliela faccio pagare',
  'me la pagherai', 'me la pagherete', 'la pagherai cara', 'te ne pentirai', 'ti pentirai',
  've ne pentirete', 'vi pentirete', 'te ne farò pentire', 'te ne faro pentire', 'ti farò pentire', 'ti faro pentire', 'ti faccio pentire',
  'ti pentirai di essere nato', 'ti pentirai di essere nata', 'non sai con chi hai a che fare', 'guardati alle spalle',
  'guardati bene le spalle', 'stai attento quando esci', 'stai attenta quando esci', 'stai attento a quando esci', 'stai attenta a quando esci',
  'stai attento quando torni', 'stai attenta quando torni', 'ti conviene stare attento', 'ti conviene stare attenta', 'ti conviene sparire',
  'prima o poi ti trovo', 'so dove trovarti', 'ti vengo a prendere sotto casa', 'vengo sotto casa tua e', 'o vengo sotto casa tua',
  'o vengo a casa tua', 'o vengo a prenderti', 'fai una brutta fine', 'farai la fine di', 'ti faccio passare la voglia',
];

/**
 * Players trash-talk with the threat verbs: "ti ammazzo a Mario Kart", "ti uccido a scopa", "vi faccio fuori alla prossima partita".
 * Where the verb goes straight on into a game or a match, it is a challenge, not a threat.
 */
const GAME_PLACES = [
  'a mario kart', 'a fifa', 'a fortnite', 'a call of duty', 'a smash', 'a scacchi', 'a carte', 'a briscola', 'a scopa', 'a burraco', 'a tressette',
  'a poker', 'a uno', 'a monopoli', 'a tennis', 'a ping pong', 'a ping-pong', 'a calcetto', 'a biliardino', 'a biliardo', 'a bowling', 'a padel',
  'a freccette', 'alla play', 'alla playstation', 'ai videogiochi', 'al videogioco', 'a questo gioco', 'al fantacalcio', 'al prossimo match',
  'alla prossima partita', 'in partita', 'alla rivincita', 'al quiz', 'a trivial', 'a risiko', 'al karaoke', 'a basket', 'a pallavolo',
];
const unlessGame = (term: string, more: readonly string[] = []) => ({ term, unless: [...more, ...GAME_PLACES.map((place) => `${term} ${place}`)] });

/** Watching and following told as a story: the reader's comings and goings, home and routine. */
const STALKING = [
  ...pairs(['ti ho visto', 'ti ho vista'], ['uscire di casa', 'uscire da casa', 'uscire dal lavoro', 'uscire dall’ufficio', "uscire dall'ufficio", 'uscire da scuola',
    'uscire dalla palestra', 'entrare a casa', 'entrare in casa', 'rientrare a casa', 'dalla finestra']),
  'ti ho seguito fino a casa', 'ti ho seguita fino a casa', 'ti ho seguito fino al lavoro', 'ti ho seguita fino al lavoro', 'ti seguo ovunque',
  'ti seguo dappertutto', 'ti osservo da', 'ti guardo dormire', 'so a che ora esci', 'so a che ora esci di casa', 'so a che ora finisci', 'so a che ora stacchi',
  'so a che ora torni', 'so a che ora rientri', 'so in che palazzo', 'so in che via abiti', 'so in che via vivi', 'so il tuo indirizzo',
  'ho il tuo indirizzo', 'ho trovato il tuo indirizzo', 'ho scoperto dove abiti', 'ho scoperto dove vivi', 'ho scoperto dove lavori',
  'so dove vai a scuola', 'so che scuola fai', 'so con chi esci', 'so tutto di te', 'so tutto su di te', 'so che macchina hai', 'so dove parcheggi',
  'ti aspetto sotto casa tua', 'ti aspetto fuori dal lavoro', 'ti aspetto fuori da scuola', 'conosco la tua famiglia', 'so dove vive tua madre',
];

/** Cutting told of hair, a beard or a kitchen knife: "mi sono tagliata di nuovo i capelli", "... col coltello del pane". */
const NOT_SELF_CUT = ['i capelli', 'la frangia', 'le punte', 'le unghie', 'la barba', 'i baffi', 'il dito', 'un dito', 'con', 'col', 'mentre', 'tagliando', 'affettando',
  'sbucciando', 'facendo la barba', 'in cucina', 'il ciuffo', 'le doppie punte', 'da sola i', 'da sola la', 'da sola le', 'da solo i', 'da solo la', 'radendomi',
  'depilandomi', 'cucinando', 'al lavoro', 'sul lavoro', 'a lavoro', 'il labbro', 'una volta il', 'una volta la', 'una volta i', 'una volta con', 'una volta col'];
/** Waking at night or early, or not before a time: "per non svegliarsi di notte", "e non svegliarmi fino a lunedì". */
const WAKE_AT = withPlain(['di notte', 'la notte', 'nel cuore della notte', 'presto', 'troppo presto', 'alle', 'prima', 'fino', 'tardi', 'stanco', 'stanca', 'stanchi',
  'con', 'durante', 'più volte', 'ogni', 'il bambino', 'la bambina', 'il bimbo', 'la bimba', 'i vicini', 'nessuno']);
/** A day or a time, said of work or school: "non voglio svegliarmi domani, è lunedì" is a joke about it; "ancora" is "not yet". */
const WAKE_LATER = withPlain([...WAKE_AT, 'domani', 'domattina', 'stamattina', 'oggi', 'lunedì', 'il lunedì', 'così presto', 'ancora', 'adesso', 'ora', 'per andare',
  'per il lavoro', 'per la scuola', 'per lavorare', 'tutti i giorni', 'ogni mattina', 'alle 6', 'alle 5', 'col mal di testa']);
/** Where or how one lives is no wish to die: "stanca di vivere a Milano", "stanco della vita di città". */
const LIVING_HOW = withPlain(['a', 'in', 'qui', 'lì', 'là', 'così', 'con', 'da', 'di', 'senza', 'lontano', 'lontana', 'solo', 'sola', 'per', 'nel', 'nella', 'al', 'alla',
  'in affitto', 'da sola', 'da solo', 'tra', 'fra', 'sotto']);
/** Dying of laughter, shame, heat or boredom is an idiom: "voglio morire dal ridere". */
const DIE_OF = withPlain(['dal ridere', 'dalle risate', 'dalla vergogna', 'di vergogna', 'per la vergogna', "dall'imbarazzo", 'dal caldo', 'di caldo', 'dal freddo',
  'dalla noia', 'di noia', 'dal sonno', 'di sonno', 'dalla fame', 'di fame', 'dalla sete', 'in pace', 'da vecchio', 'da vecchia', 'vecchio', 'vecchia', 'felice']);
/** Clothes run out, not taken off: "sono rimasta senza vestiti puliti". */
const NOT_LAUNDRY = unlessBefore(['puliti', 'asciutti', 'di ricambio', 'per', 'nuovi', 'adatti', 'pesanti', 'estivi', 'invernali', 'decenti', 'bagnati', 'sporchi', 'stretti',
  'attillati', 'comodi', 'da palestra', 'sportivi', 'termici', 'adeguati', 'da lavoro']);
/** How many days, hours or times: "quanti giorni sei stata a letto?" counts no partners. */
const COUNTED_TIME = ['giorni', 'ore', 'notti', 'settimane', 'mesi', 'anni', 'volte', 'minuti'];

/** Wanting to die said without the word: disappearing, not waking up, being a burden, an overdose planned. */
const SELF_HARM = [
  'sparire per sempre', ...withPlain(['non voglio svegliarmi', 'non svegliarmi più']).map(unlessBefore(WAKE_LATER)), 'addormentarmi per sempre',
  'addormentarmi e non svegliarmi', 'vorrei farla finita', 'penso di farla finita', 'meglio farla finita', 'farla finita con la vita',
  // A decision told; not one about cigarettes or a move ("ho deciso di farla finita con le sigarette", "... questo weekend con il trasloco").
  ...['ho deciso di farla finita', 'deciso di farla finita'].map(unlessBefore(['con', 'col', 'coi', 'questo', 'questa', 'una volta'])),
  'tanto non ci sarò più', 'tanto non ci saro piu', 'domani non ci sarò più', 'domani non ci saro piu', 'presto non ci sarò più', 'presto non ci saro piu',
  'sono un peso per tutti', 'stareste meglio senza di me', 'starete meglio senza di me', 'state meglio senza di me', 'meglio se muoio', 'meglio se morissi',
  ...withPlain(['starebbero meglio senza di me', 'starebbero tutti meglio senza di me', 'sarebbero più felici senza di me', 'sarebbero tutti più felici senza di me',
    'non ho più voglia di vivere', 'non ho voglia di vivere']),
  // Sleep with no waking as a wish; not "fino a lunedì".
  ...withPlain(['dormire e non svegliarmi più', 'dormire e non svegliarmi mai più']).map(unlessBefore(WAKE_AT)),
  'vorrei non essere mai nato', 'vorrei non essere mai nata', 'vorrei non esistere', 'non voglio più esistere', 'non voglio piu esistere',
  ...pairs(['prendo', 'prendere', 'ingoio', 'ingoiare', 'mi prendo'], ['tutte le pastiglie', 'tutte le pillole', 'tutti i sonniferi', 'tutto il flacone',
    'una scatola intera']),
  ...pairs(['mi butto', 'buttarmi', 'mi lancio'], ['dal ponte', 'dal balcone', 'dalla finestra', 'dal tetto', 'sotto un treno', 'sotto una macchina']),
  'andare in overdose', 'mi impicco', 'spararmi in testa', 'spararmi un colpo', 'mi sparo in testa', 'mi sparo un colpo', 'ho ricominciato a tagliarmi',
  // not hair, nails, or being cut out
  { term: 'tagliarmi', unless: ['fuori', 'la strada', 'i capelli', 'la barba', 'le unghie', 'la frangia', 'i baffi'].map((what) => `tagliarmi ${what}`) },
  { term: 'mi taglio', unless: ['i capelli', 'la barba', 'le unghie', 'la frangia', 'i baffi', 'sempre con'].map((what) => `mi taglio ${what}`) },
  'autolesion*',
];

/** Drug slang. "fumo", "erba", "maria", "bianca", "riga", "pasta" are everyday words: they count only inside a phrase. */
const DRUG_PHRASES = [
  ...pairs(['chi ha', 'chi mi vende', 'chi vende', 'cerco', 'vendo'], ['del fumo', 'fumo', 'dell’erba', "dell'erba", 'della maria', 'coca', 'della coca', 'pasticche',
    'keta']),
  'un pezzo di fumo', 'pezzo di fumo', 'grammo di fumo', 'grammi di fumo', 'grammo di erba', 'grammi di erba', 'grammo di coca', 'grammi di coca',
  'fumo buono', 'fumare maria', 'fumo maria', 'farsi una riga', 'farsi due righe', 'ci facciamo una riga', 'ci facciamo due righe',
  'mi faccio una riga', 'una riga di coca', 'righe di coca', 'tirare di coca', 'tirato di coca', 'sniffare', 'sniffato', 'sniffata', 'sniffo',
  "un po' di bianca", 'un po di bianca', 'calato una pasta', 'calata una pasta', 'calati una pasta', 'calarsi una pasta', 'calarci una pasta',
  'mi calo una pasta', 'calarsi un acido', 'funghetti allucinogeni', 'funghetti magici',
  { term: 'pasticche', unless: ['pasticche per la gola', 'pasticche per la tosse', 'pasticche alla menta'] }, 'fumarsi una canna', 'farsi le canne',
  'mi faccio le canne', 'fumare canne', 'farsi un cannone', 'una cannetta', 'farsi uno spino', 'strafatta', 'fattissimo', 'fattissima',
  ...pairs(['fumo', 'fumato', 'fumiamo', 'ci fumiamo', 'fumarsi'], ['erba', 'maria', 'una canna', 'canne', 'uno spinello']),
  ...pairs(['ci facciamo', 'facciamoci', 'mi faccio', 'ti fai', 'si fa', 'ci siamo fatti', 'mi sono fatto', 'mi sono fatta', 'ti sei fatto', 'fatto', 'fumato', 'rollato', 'rolliamo', 'rollami'], ['una canna', 'un cannone', 'uno spinello', 'una canna insieme'])
    .map(unlessBefore(['di bambù', 'di bambu', 'da pesca', 'di zucchero'])),
  'cocainomane', 'spaccio di droga', 'sballarci', 'ci sballiamo',
];

/** Dating ads, in the first and the third person ("cerco compagna", "ragazzo 30enne cerca ragazza"). */
const DATING = [
  // not a cleaner, a carer or a babysitter sought ("cerco una donna delle pulizie")
  ...pairs(['cerco', 'cercasi'], ['ragazza', 'una ragazza', 'donna', 'una donna', 'ragazzo', 'un ragazzo', 'uomo', 'un uomo', 'fidanzata', 'fidanzato',
    'qualcuna', 'una storia seria', 'storia seria', 'una relazione', 'relazione seria']).map(unlessBefore(['delle pulizie', 'di servizio', 'per le pulizie', 'alla pari', 'per pulizie', 'che faccia le pulizie', 'per badare'])),
  // the third person of personal ads has no article ("ragazzo 30enne cerca ragazza"); with one it is news ("la polizia cerca un uomo")
  ...pairs(['cerca'], ['ragazza', 'donna', 'ragazzo', 'uomo', 'fidanzata', 'fidanzato', 'storia seria', 'relazione seria']),
  // a partner, not a roommate or a partner for study and language exchange
  ...pairs(['cerco', 'cercasi'], ['compagna', 'una compagna', 'compagno', 'un compagno']).concat(['cerca compagna', 'cerca compagno']).map((term) => ({
    term,
    unless: ['di stanza', 'di studio', 'di viaggio', 'di scambio', 'per lo scambio', 'di tandem'].map((what) => `${term} ${what}`),
  })),
  'per relazione seria', 'per una relazione seria', 'scopo relazione', 'per storia seria', 'per una storia seria', 'qualcuna disponibile',
  'chi vuole uscire con me', 'chi esce con me stasera', 'qualcuna per uscire', 'ragazze single', 'ragazzi single', 'conoscere ragazze', 'una notte di passione',
  'incontri senza impegno', 'storia senza impegno', 'relazione senza impegno',
];

/** Account and card warnings of phishing messages ("il suo conto è stato sospeso", "la tua carta verrà bloccata"). */
const ACCOUNT_WARNINGS = [
  ...pairs(['il tuo account', 'il suo account', 'il tuo conto', 'il suo conto', 'il tuo account hellotalk', 'il tuo profilo', 'il suo profilo', 'il tuo profilo hellotalk'], ['è stato sospeso', 'e stato sospeso',
    'è stato bloccato', 'e stato bloccato', 'verrà chiuso', 'verra chiuso', 'verrà sospeso', 'verra sospeso', 'verrà bloccato', 'verra bloccato',
    'verrà eliminato', 'verra eliminato', 'verrà disattivato', 'verra disattivato', 'sarà chiuso', 'sara chiuso', 'sarà eliminato', 'sara eliminato']),
  ...pairs(['la tua carta', 'la sua carta'], ['è stata bloccata', 'e stata bloccata', 'è stata sospesa', 'e stata sospesa',
    'verrà bloccata', 'verra bloccata', 'verrà sospesa', 'verra sospesa']),
];

/**
 * Recall additions, by family: "zitta scema" and the other shut-up insults, human garbage, "figlio di una ...";
 * persistence, block evasion and following told with a time word; death wished as advice; sexual wants and
 * questions, body compliments, undress; lottery bait and follow-back; credential asks; money help, returns per
 * day or week, doubling, platforms, parcels held at customs; asking for pictures with "voglio / hai"; dating
 * posts; job ads and hunting, shops, lessons by the hour, crowdfunding; drug asks; property burned, catching
 * the reader, a death announced for tonight; homosexuality called an illness; what smears say groups do.
 */
const SHUT_UP = ['zitto', 'zitta', 'taci', 'stai zitto', 'stai zitta', 'ma sta zitta', 'ma sta zitto', 'statti zitto', 'statti zitta', 'chiudi il becco', 'chiudi la bocca', 'chiudi quella fogna'];
const SHUT_UP_NOUNS = ['scemo', 'scema', 'cretino', 'cretina', 'idiota', 'stronzo', 'stronza', 'deficiente', 'coglione', 'cogliona', 'troia', 'puttana', 'sfigato', 'sfigata',
  'imbecille', 'ciccione', 'cicciona', 'pagliaccio', 'buffone', 'ritardato', 'ritardata', 'demente', 'ignorante', 'fallito', 'fallita', 'zoccola', 'cesso', 'verme'];
const SEEN_WHEN = ['ieri', 'stamattina', 'oggi', 'stasera', 'di nuovo', 'ancora', "l'altro giorno", "l'altra sera", 'sabato', 'la settimana scorsa'];
const MORE = {
  insult: [
    ...pairs(SHUT_UP, SHUT_UP_NOUNS), 'ma sta zitta', 'ma sta zitto', 'ma stai zitta', 'ma stai zitto', 'ma statti zitto', 'ma statti zitta', 'chiudi quella fogna',
    'merda umana', 'sei una merda', 'sei solo una merda', 'rifiuto umano', 'scarto umano', 'feccia umana', 'sei feccia', 'sei una schifezza', 'sei uno schifo',
    'faccia di culo', 'faccia da cazzo', 'faccia da schiaffi di merda', 'lurido verme', 'brutto verme', 'schifoso verme', 'brutto porco', 'brutta vacca', 'brutta scrofa',
    'zoccolona', 'puttanone', 'troiona', 'cesso a pedali', 'cesso ambulante',
    ...pairs(['figlio di', 'figlia di', 'figli di'], ['una cagna', 'cagna', 'una puttana', 'una troia', 'una mignotta', 'mignotta', 'zoccola', 'una zoccola', 'buona donna', 'una baldracca']),
    ...pairs(['hai il cervello di', 'hai il cervello di una', 'hai il quoziente di', 'hai il qi di', 'qi di una', 'qi di un'], ['gallina', 'una gallina', 'cozza', 'una cozza', 'criceto', 'un criceto', 'mosca', 'una mosca', 'pesce rosso', 'un pesce rosso', 'lumaca']),
    'non hai cervello', 'sei senza cervello', 'cervello di gallina',
    ...pairs(['fai', 'mi fai', 'fate', 'tu fai', 'mi fate'], ['veramente schifo', 'davvero schifo', 'proprio schifo', 'troppo schifo', 'così schifo', 'cosi schifo', 'schifo al cazzo',
      'veramente pena', 'proprio pena', 'davvero pena', 'proprio cagare', 'veramente cagare', 'davvero cagare', 'veramente ribrezzo', 'proprio ribrezzo']),
    'sei veramente uno schifo', 'sei proprio uno schifo',
  ],
  harassment: [
    ...pairs(['ti ho visto', 'ti ho vista', 'ti ho beccato', 'ti ho beccata'].flatMap((seen) => SEEN_WHEN.map((when) => `${seen} ${when}`)), ['uscire di casa', 'uscire da casa',
      'uscire dal lavoro', "uscire dall'ufficio", 'uscire da scuola', 'uscire dalla palestra', 'entrare a casa', 'entrare in casa', 'rientrare a casa', 'dalla finestra',
      "uscire dall'università", 'sotto casa tua', 'davanti a casa tua', 'con il tuo ragazzo', 'con la tua ragazza', 'con il tuo amico', 'con la tua amica']),
    ...pairs(['so', 'lo so', 'conosco', 'ho scoperto', 'so benissimo', 'so bene'], ['in che scuola vai', 'in che classe sei', 'dove vai in palestra', 'che autobus prendi', 'che treno prendi',
      'con chi vivi', 'dove vive la tua famiglia', 'dove lavora tua madre', 'dove abita tua madre', 'dove abitano i tuoi', 'in che università vai', 'che università fai',
      'la tua targa', 'la tua macchina', 'il tuo numero di targa', 'che macchina guidi', 'a che ora torni a casa', 'dove dormi', 'quale è casa tua', 'qual è casa tua']),
    ...pairs(['ti seguo', 'ti seguivo', 'ti ho seguito', 'ti ho seguita', 'ti seguirò', 'ti seguiro', 'ti vengo dietro'], ['fino a casa', 'fino a scuola', 'fino al lavoro',
      'fino in palestra', 'per strada', 'tutti i giorni fino', 'ogni giorno fino', 'ogni sera fino', 'quando esci', 'ovunque vai', 'dappertutto', 'in macchina']),
    ...pairs(['rispondimi', 'rispondi', 'rispondi subito', 'rispondetemi'], ['o continuo', 'o te ne pentirai', 'altrimenti continuo', 'o vengo sotto casa', 'o vengo a casa tua']),
    'continuo a scriverti finché', 'continuerò a scriverti finché', 'ti scrivo finché non', 'continuo a scriverti tutta la notte', 'ti scrivo tutta la notte',
    'ti tempesto di messaggi', 'ti riempio di messaggi',
    ...pairs(['se mi blocchi', 'anche se mi blocchi', 'se mi blocchi di nuovo', 'se mi blocchi ancora', 'puoi bloccarmi'], ['mi faccio', 'creo', 'apro', 'ti trovo', 'ti ritrovo',
      'ti scrivo', 'ti cerco', 'torno', 'rientro', 'ne faccio un altro', 'ti troverò', 'ti trovero']),
    ...pairs(['profilo', 'profili', 'account', 'profilo falso', 'profili falsi', 'altro profilo', 'altro account'], ['per scriverti', 'per trovarti', 'per seguirti', 'per contattarti', 'per parlarti']),
    ...pairs(['vai a', 'va a', 'vattene a', 'dovresti', 'faresti meglio a', 'faresti meglio ad', 'meglio se vai a'], ['morire', 'morì', 'crepare', 'ammazzarti', 'impiccarti', 'suicidarti', 'buttarti da un ponte', 'buttarti sotto un treno']),
    ...pairs(['buttati', 'lanciati'], ['da un ponte', 'dal ponte', 'sotto un treno', 'dalla finestra', 'dal balcone', 'dal tetto']),
  ],
  sexual: [
    ...pairs(['voglia di', 'bisogno di', 'ho voglia di', 'mi va di'], ['sesso', 'fare sesso', 'toccarmi', 'toccarti', 'leccarti', 'succhiartelo', 'cazzo', 'scopare con te', 'farmi scopare',
      'farti godere', 'venire', 'una sveltina']).filter((term) => !['mi va di venire', 'voglia di venire', 'bisogno di venire', 'ho voglia di venire'].includes(term)),
    'ti lecco tutta', 'ti lecco tutto', 'te la lecco', 'te lo lecco', 'ti leccherei', 'ti leccherò', 'ti lecco dappertutto', 'ti lecco ovunque', 'te lo succhio', 'te lo succhierei',
    { term: 'sono tutta bagnata', unless: ['sono tutta bagnata dalla', 'sono tutta bagnata per la pioggia', 'sono tutta bagnata di sudore', 'sono tutta bagnata fradicia'] },
    ...pairs(['videochiamata', 'videochiamate', 'chiamata', 'video', 'chat', 'cam', 'foto', 'fotine', 'selfie', 'serata', 'messaggi', 'vocali'], ['porca', 'porche', 'porco', 'porcelle',
      'hot', 'sexy', 'piccante', 'piccanti', 'spinta', 'spinte', 'zozza', 'zozze', 'erotica', 'erotiche', 'erotico', 'osé', 'intima', 'intime']),
    'mi tocco pensando a te', 'mi sto toccando per te', 'mi masturbo', 'mi sono toccata', 'mi sono toccato', 'ti penso e mi tocco',
  ],
  'sexual-harassment': [
    ...pairs(['hai le', 'hai delle', 'hai delle belle', 'hai proprio delle', 'che belle', 'belle', 'le tue', 'hai le tue'], ['tette', 'tettine', 'bocce', 'zinne', 'poppe', 'tette grandi', 'tette grosse']),
    'tette grandi', 'tette piccole', 'che zinne', 'belle zinne',
    ...pairs(['bel', 'che bel', 'hai un bel', 'il tuo bel', 'gran bel', 'un bel'], ['culetto', 'sedere', 'seno', 'fondoschiena', 'lato b', 'davanzale', 'paio di tette']),
    'che sedere', 'che seno', 'che chiappe', 'belle chiappe', 'belle cosce', 'che cosce', 'bel culetto',
    ...pairs(['fammi vedere', 'mostrami', 'fai vedere', 'famme vede', 'voglio vedere', 'ti voglio vedere', 'fammi toccare', 'voglio toccare', 'fammele vedere'], ['il sedere', 'le chiappe',
      'il seno', 'le tette', 'le cosce', 'il culetto', 'le mutandine', 'il reggiseno', 'il pacco', 'il cazzo', 'la figa', 'le tettine', 'i capezzoli', 'il perizoma', 'le tue tette',
      'il tuo culo', 'il tuo sedere', 'il tuo seno', 'le zinne', 'le bocce']),
    ...pairs(['dormi', 'sei', 'stai', 'giri per casa', 'ti metti', 'sei ancora', 'vai in giro'], ['in mutandine', 'in mutande', 'in intimo', 'in reggiseno', 'in perizoma', 'in topless',
      'senza mutande', 'senza mutandine', 'senza reggiseno', 'nuda', 'tutta nuda', 'nudo', 'senza niente addosso']),
    ...pairs(['sei', 'sei proprio', 'sei davvero', 'sei troppo', 'quanto sei', 'sei così', 'sei cosi', 'sei veramente', 'sei proprio una', 'sei una'], ['bona', 'bonissima', 'gnocca',
      'gnocchissima', 'porca', 'porcellina', 'arrapante', 'scopabile', 'bomba sexy', 'sexy', 'zoccoletta', 'troietta']),
    'cosa porti sotto', 'cosa hai sotto', 'cosa indossi sotto', 'cosa porti addosso', 'che mutandine porti', 'che mutande porti', 'che intimo porti', 'che intimo hai',
    'che reggiseno porti', 'di che colore hai le mutandine', 'di che colore sono le mutandine', 'che taglia di seno', 'che misura di seno', 'quanto hai di seno', 'che coppa porti',
    'che taglia porti di reggiseno',
    ...pairs(['porti', 'indossi', 'ti metti', 'hai addosso', 'usi', 'porti mai', 'indossi mai'], ['il perizoma', 'il tanga', 'le mutandine', 'il reggiseno', 'la lingerie', 'intimo sexy',
      'le autoreggenti', 'il reggicalze', 'lingerie sexy', 'le calze a rete', 'intimo di pizzo']),
    ...pairs(['ti piace', 'ti piacerebbe', 'ti va di', 'ti andrebbe di', 'ti piacciono'], ['il sesso', 'fare sesso', 'scopare', 'il sesso anale', 'fare sesso anale', 'essere dominata',
      'fare pompini', 'fare un pompino', 'succhiarlo', 'prenderlo in bocca', 'farti scopare', 'farti leccare', 'fare cose sporche', 'i cazzi grossi']),
    ...pairs(['hai mai', 'hai già', "l'hai mai"], ['fatto sesso', 'scopato', 'fatto un pompino', 'succhiato', 'fatto sesso anale', 'fatto una cosa a tre']),
    ...['spogliarti', 'ti spoglierei', 'ti spoglio', 'toglierti i vestiti', 'strapparti i vestiti', 'ti strapperei i vestiti', 'toglierti le mutandine', 'sfilarti le mutandine',
      'toglierti il reggiseno', 'vederti nuda', 'vederti senza vestiti'].map(unlessBefore(['nel camerino', 'dal medico'])),
  ],
  spam: [
    ...pairs(['vincere', 'vinci', 'vincete', 'puoi vincere', 'prova a vincere', 'vincerai', 'possibilità di vincere'], ['un iphone', 'un ipad', 'un buono', 'una ps5',
      'una playstation', 'un samsung', 'un macbook', 'una gift card', 'una carta regalo', 'un buono amazon', 'un viaggio gratis', 'premi', 'una console']),
    'cliccando qui', 'cliccando sul link', 'cliccando il link', 'cliccando sul link qui sotto',
    'ricambio tutti', 'ricambio al 100', 'ricambio sempre', 'ricambio a tutti', 'ricambio garantito', 'chi mi segue lo seguo', 'follow x follow', 'follower gratuiti',
    'seguaci gratis', 'like gratuiti', 'visualizzazioni gratis',
  ],
  phishing: [
    'accedi a questo link', 'accedi da questo link', 'accedete a questo link', 'entra da questo link', 'accedi tramite il link', 'accedi tramite questo link',
    "effettua l'accesso qui", 'effettua il login qui', 'per non perdere il tuo account', "per non perdere l'account", 'per evitare la chiusura', 'per evitare il blocco',
    'nome utente e password', 'nome utente e la password', 'username e password', 'le tue credenziali', 'dammi le credenziali', 'mandami le credenziali', 'i tuoi dati di accesso',
    'le credenziali del tuo', 'il pin della carta', 'il tuo pin', 'il codice della carta',
  ],
  fraud: [
    ...pairs(['ho bisogno di', 'ho bisogno di un', 'mi serve', 'mi serve un', 'mi servirebbe un', 'chiedo un', 'un piccolo', 'serve aiuto'], ['aiuto economico', 'aiuto finanziario', 'economico urgente']),
    'aiutarmi economicamente', 'aiutami economicamente', 'aiutarmi finanziariamente', 'aiutami finanziariamente', 
    'mi aiuti economicamente', 'darmi una mano economicamente',
    ...pairs(['di rendimento', 'di profitto', 'di guadagno', 'di interessi', 'di ritorno', 'rendimento', 'profitto', 'profitti', 'di guadagni'], ['a settimana',
      'al giorno', 'ogni settimana', 'ogni giorno', 'settimanale', 'settimanali', 'giornalieri', 'garantito', 'garantiti', 'assicurato', 'assicurati', 'in 24 ore']),
    ...pairs(['raddoppiare', 'raddoppio', 'raddoppiamo', 'triplicare', 'triplica', 'triplico', 'moltiplicare', 'decuplicare', 'può raddoppiare', 'posso raddoppiare'], ['i tuoi soldi',
      'il tuo denaro', 'il tuo capitale', 'il tuo investimento', 'il tuo deposito', 'i tuoi risparmi', 'i vostri soldi']),
    'nella mia piattaforma', 'sulla mia piattaforma', 'alla mia piattaforma', 'nel mio gruppo di trading', 'nel mio gruppo di investimento', 'nostra piattaforma di investimento',
    'la mia piattaforma di trading',
    ...pairs(['fermo', 'ferma', 'bloccato', 'bloccata', 'trattenuto', 'trattenuta', 'bloccati', 'fermi', 'sequestrato'], ['alla dogana', 'dalla dogana']),
    'pagare la dogana per', 'pagare lo sdoganamento', 'tassa doganale', 'tasse di dogana',
    { term: 'farti guadagnare', unless: ['farti guadagnare tempo'] }, { term: 'farvi guadagnare', unless: ['farvi guadagnare tempo'] },
    ...pairs(['ritiri', 'prelevi', 'ti ritorna', 'ti tornano', 'riprendi', 'ritirare', 'prelevare', 'ne ricevi', 'ne ritiri'], ['il doppio', 'il triplo', 'dieci volte tanto']),
    'deposita sulla piattaforma', 'deposita su questo sito', 'deposita sul sito', 'versa sulla piattaforma',
    'da parte di hellotalk', 'a nome di hellotalk', 'sicurezza hellotalk', 'servizio sicurezza di hellotalk', 'il suo account hellotalk',
  ],
  dating: [
    ...pairs(['trovare', 'conoscere', 'cerco', 'per trovare', 'in cerca della', 'alla ricerca della', 'alla ricerca del', 'qui per trovare', 'voglio trovare'], ['la mia futura moglie',
      'il mio futuro marito', 'la mia anima gemella', 'la mia dolce metà', 'la mia dolce meta', "l'amore della mia vita", 'la mia metà', 'la donna della mia vita',
      "l'uomo della mia vita", 'una futura moglie', 'una moglie', 'un marito', 'una fidanzata', 'un fidanzato']),
    ...pairs(['in cerca di', 'alla ricerca di'], ['amore', "l'amore", 'una fidanzata', 'un fidanzato', "l'anima gemella", 'compagnia femminile', 'compagnia maschile']),
    ...pairs(['chi vuole', 'qualcuna vuole', 'qualche ragazza vuole'], ['essere la mia ragazza', 'essere il mio ragazzo', 'fidanzarsi con me', 'conoscermi', 'uscire con me stasera',
      'sposarmi', 'un appuntamento', 'essere la mia valentina']),
  ],
  ads: [
    // How promotions are worded: flash sales, a gift with every order, seats running out.
    'omaggio con ogni ordine',
    "€ all'ora", "euro all'ora", "€ l'ora", "euro l'ora", '€ a lezione', 'euro a lezione', 'la prima è gratis', 'la prima e gratis', 'la prima lezione è gratis',
    'prima lezione omaggio',
    ...pairs(['cerchiamo', 'stiamo cercando', 'si cercano', 'assumiamo', 'selezioniamo', 'ricerchiamo', 'cercasi'], ['venditori', 'venditrici', 'camerieri', 'cameriere', 'commessi',
      'commesse', 'baristi', 'bariste', 'collaboratori', 'collaboratrici', 'agenti', 'promoter', 'rappresentanti', 'operatori', 'operatrici', 'ragazzi e ragazze',
      'candidati', 'modelle', 'hostess', 'autisti', 'magazzinieri', 'fattorini', 'rider', 'corrieri', 'pizzaioli', 'cuochi', 'aiuto cuoco', 'badanti', 'babysitter',
      'muratori', 'elettricisti', 'addetti', 'impiegati', 'impiegate', 'segretarie', 'estetiste', 'parrucchieri', 'sviluppatori', 'programmatori', 'insegnanti', 'educatrici']),
    'contattateci', 'scriveteci', 'inviateci il cv', 'inviateci il curriculum', 'mandate il cv', 'inviate il curriculum', 'inviate il cv',
    'ottimo stipendio', 'stipendio fisso', 'stipendio garantito', 'provvigioni', 'guadagni fino a',
    'cerco un impiego', 'cerco impiego', 'cerco un posto come', 'cerco un lavoretto', 'cerco lavoretto', 'disponibile per lavorare',
    'disponibile da subito', 'disponibilità immediata', 'disponibilita immediata',
    'su tutto il negozio', 'su tutto il sito', 'su tutto lo shop', 'su tutto il catalogo', 'con il codice sconto', 'nel mio shop', 'il mio shop', 'visita il mio negozio', 'visitate il mio negozio',
    'spedizioni in tutta italia', 'spedisco ovunque', 'spedizione ovunque', 'su ordinazione', 'ordini aperti', 'disponibili in tutte le taglie',
    'aiutatemi a raccogliere', 'ogni donazione conta', 'ogni donazione è importante', 'sostenete il mio', 'sostenete la mia', 'link della raccolta',
  ],
  drugs: [
    ...pairs(['chi ha', 'chi mi vende', 'chi vende', 'cerco', 'vendo', 'chi mi procura', 'dove trovo', 'dove posso comprare', 'chi mi porta', 'qualcuno ha'], ['erba',
      'hashish', 'marijuana', 'cocaina', 'bamba', 'md', 'mdma', 'ecstasy', 'acidi', 'del fumo buono']),
    'bustina di coca', 'un tocco di fumo', 'stecca di fumo', 'tiro di coca', 'tirare cocaina', 'pippare coca',
  ],
  threat: [
    ...pairs(['ti', 'vi'], ['pianto un coltello', 'pianto una coltellata', 'pugnalo', 'infilzo', 'sbudello', 'scanno', 'taglio la gola', 'spacco le gambe', 'rompo le braccia',
      'spacco le braccia', 'spezzo le braccia', 'brucio la macchina', "brucio l'auto", 'brucio la moto', 'sfascio la macchina', 'investo con la macchina', 'metto sotto con la macchina',
      'faccio saltare i denti', 'spacco i denti', 'rompo i denti', 'cavo gli occhi', 'gambizzo', 'sparo in faccia', 'sparo in testa', 'ammazzo come un cane', 'faccio la pelle',
      'apro come una cozza']),
    'aspetta che ti prendo', 'aspetta che ti becco', 'quando ti becco', 'appena ti becco', 'se ti becco ti', 'quando ti prendo ti', 'se ti trovo ti', 'quando ti trovo ti',
    ...['stasera', 'domani', 'stanotte', 'tra poco', 'presto'].flatMap((time) => ['muori', 'sei morto', 'sei morta', 'crepi'].map((end) =>
      unlessGame(`${time} ${end}`, ['dal ridere', 'dalle risate', 'di fame', 'di noia', 'di freddo', 'di caldo', 'di fatica', 'di paura', 'dalla voglia', "d'invidia"].map((why) => `${time} ${end} ${why}`)),
    )),
  ],
  violence: ['pugnalarti', 'strozzarti', 'tagliarti la gola', 'spezzarti le gambe', 'romperti le gambe', 'romperti la faccia', 'spaccarti la faccia', 'investirti', 'sgozzarvi', 'spararvi'],
  'self-harm': [
    ...pairs(['mi getto', 'gettarmi', 'mi butterò', 'mi buttero', 'lanciarmi', 'voglio buttarmi', 'mi lancerò', 'penso di buttarmi'], ['dal ponte', 'da un ponte', 'dal balcone',
      'dalla finestra', 'dal tetto', 'sotto un treno', 'sotto una macchina', 'nel vuoto']),
    'tagliarmi le vene', 'farla finita stasera', 'stasera la faccio finita', 'non ce la faccio più a vivere', 'non ce la faccio piu a vivere',
  ],
  hate: pairs(['i gay', 'gli omosessuali', 'le lesbiche', 'i trans', 'i froci', 'i transessuali', 'i ricchioni', 'i gay e le lesbiche'], ['sono malati', 'sono malate',
    'sono dei malati', 'vanno curati', 'vanno curate', 'sono contro natura', 'sono una malattia', 'sono malati di mente', 'andrebbero curati']),
  negative: [
    'governano il mondo', 'dominano il mondo', 'dirigono il mondo', 'controllano tutto', 'rubano il lavoro', 'ci tolgono il lavoro', 'vivono alle nostre spalle', 'vivono di sussidi',
    'campano di sussidi', 'portano la droga', 'contro natura', 'malati di mente', 'un abominio', 'sono un abominio', 'non dovrebbero esistere', 'non dovrebbero avere diritti',
  ],
  sensitive: ['è un dittatore', 'è una dittatrice', 'e un dittatore', 'e una dittatrice', 'viva il comunismo', 'viva il duce', 'viva il fascismo', 'meloni è',
    'meloni deve', 'meloni dimettiti', 'governo ladro', 'salvini è', 'a morte il governo'],
  request: [
      // A picture asked for as something to do: "do a mirror selfie for me".
      'fammi un', 'fatti una foto', 'fatti un selfie',
    'fatti vedere', 'fatti un selfie', 'fatti una foto', 'mi aggiungi', 'mi aggiungete', 'mi aggiungeresti', 'mi segui su', 'mi scrivi su', 'me lo dai', 'me lo passi',
    'me la dai', 'me la passi', 'mi lasceresti', 'mi daresti il tuo', 'mi daresti la tua', 'mandane un', 'mandamene una', 'me ne mandi una', 'me ne mandi un',
    ...pairs(['voglio', 'vorrei', 'mi piacerebbe', 'hai', "ce l'hai", 'avresti', 'hai mica', 'fammi', 'mi fai', 'posso avere', 'potrei avere', 'mi mandi'], ['una foto',
      'delle foto', 'una fotina', 'un video', 'una foto recente', 'altre foto', 'qualche foto']),
  ],
  picture: pairs(['foto', 'selfie', 'video', 'fotina'], ['del tuo viso', 'della tua faccia', 'del tuo corpo', 'del tuo volto', 'della tua faccina', 'del tuo sorriso']),
};

/** Sexual talk aimed at the reader: their body undressed, kissed all over, moaning; being aroused by them. */
const AIMED_DESIRE = [
  'mi ecciti', 'la tua voce mi eccita', 'mi arrapi', 'ogni centimetro del tuo corpo', 'sentirti gemere', 'farti gemere', 'spogliarti', 'ti spoglio',
  'nuda nel mio letto',
];
/** Likening a group to animals, dirt or disease, calling them thieves, saying they live off others, wanting them thrown out: contempt next to a group. */
const HATE_LIKENESS = [
  'come topi', 'vivono come bestie', 'vivono come animali', 'come animali', 'nella sporcizia', 'sporcano tutto', 'una malattia', 'tutti ladri', 'sono ladri', 'rimandateli',
  'che tornino al loro paese', 'a casa loro',
  // What xenophobes say migrants come for: benefits, our taxes, our jobs.
  'rubano il lavoro', 'ci rubano il lavoro', 'vivono di sussidi', 'vivono alle nostre spalle', 'vengono a spacciare',
];

export const it: Lexicon = {
  lang: 'it',
  terms: {
    insult: [
      ...MORE.insult,
      'vaffanculo', 'vaffanculo a te', 'fanculo', 'vaffa', 'vfc', 'va a cagare', 'vai a cagare', 'vai a fare in culo', 'vai a farti fottere', 'fottiti',
      'stronzo', 'stronza', 'stronzi', 'stronze', 'stronzata', 'coglione', 'cogliona', 'coglioni', 'cojone', 'testa di cazzo', 'faccia di cazzo',
      'pezzo di merda', 'pezzo di stronzo', 'figlio di puttana', 'figlia di puttana', 'figli di puttana', 'fdp', 'figlio di troia', 'sei una troia', ...pairs(['sei solo una', 'sei proprio una', 'sei davvero una', 'sei una gran', 'sei una grandissima'], ['troia', 'puttana', 'zoccola', 'mignotta', 'baldracca']),
      'brutta troia', 'troia di merda', 'troie', 'puttana', 'puttane', 'puttanella', 'zoccola', 'zoccole', 'mignotta', 'mignotte', 'bagascia', 'sgualdrina',
      'cretino', 'cretina', 'cretini', 'deficiente', 'deficienti', 'idiota', 'idioti', 'imbecille', 'imbecilli', 'scemo di merda', 'ritardato',
      'ritardata', 'mongoloide', 'handicappato', 'demente', 'rincoglionito', 'rincoglionita', 'minchione', 'cazzone', 'cazzona', 'sfigato', 'sfigata',
      'leccaculo', 'lecchino', 'bastardo', 'bastarda', 'bastardi', 'porco schifoso', 'maiale schifoso', 'cicciona', 'ciccione', 'sei un cesso',
      'sei brutta', 'sei brutto', 'fai schifo', 'mi fai schifo', 'nessuno ti vuole', 'nessuno ti sopporta', 'stai zitto', 'stai zitta', 'zitto coglione',
      'chiudi quella bocca', 'chiudi il becco', 'mortacci tua', 'mortacci tui', 'mortacci vostra', 'li mortacci', 'sfaccimma', 'sfaccimm',
      'pezz e merd', 'strunz', 'strunzo', 'cornuto', 'cornuta', 'cornuto e mazziato', 'succhiamelo', 'succhiacazzi', 'bocchinara',       'sei un fallito', 'sei una fallita', 'buono a nulla', 'testa di minchia', 'sticchio di tua madre', 'tua madre troia', 'tua madre puttana',
      // forms and paraphrases of the everyday insults
      'stronzetto', 'stronzetta', 'stronzone', 'stronzona', 'faccia da culo', 'faccia di merda', 'morto di fame', 'morta di fame', 'morti di fame',
      'vai a quel paese', 'va a quel paese', 'vattene a quel paese', 'fai pena', 'mi fai pena', 'fai ribrezzo', 'mi fai ribrezzo', 'fai vomitare',
      'mi fai vomitare', 'fai cagare', 'fai cacare', 'non vali niente', 'nn vali niente', 'non vali nulla', 'non vali un cazzo', 'nn vali un cazzo',
      'vali zero', 'nessuno ti caga', 'non ti caga nessuno', 'nn ti caga nessuno', 'nessuno ti si fila', 'non ti si fila nessuno', 'bimbominkia',
      'bimbominchia', 'cagacazzi', 'rompicazzo', 'scassacazzo', 'scassacazzi', 'bocchinaro', 'merdaccia', 'coglionazzo', 'troietta', 'zoccoletta', 'troione',
      'pirla', 'sei un mona', 'mezza sega', 'cagasotto', 'paraculo', 'racchia', 'sei una cozza', 'sei una balena', 'sei una cagna',
      'brutta cagna',
    ],
    harassment: [
      // Driving the reader away (nobody here likes you, delete your account) and pestering till they answer.
      'nessuno qui ti sopporta', 'nessuno ti sopporta', 'nessuno qui ti vuole', 'tutti ridono di te', 'cancella il tuo account', "vattene dall'app", 'sparisci da questa app', 'ti scrivo tutti i giorni finché',
      // Stalking the reader: knowing where they live or work or their child's school, watching them, catching them alone.
      'so a che scuola va', 'so in che scuola va', 'quando ti becco da sola', 'quando ti becco da solo',
      ...MORE.harassment,
      'so dove abiti', 'so dove vivi', 'so dove lavori', 'so dove studi', 'conosco il tuo indirizzo', 'ti sto guardando', 'ti sto osservando', 'ti tengo d’occhio',
      "ti tengo d'occhio", 'prima o poi ti troverò', 'prima o poi ti trovo', 'ti troverò ovunque', 'ti trovero ovunque', 'ti vengo a cercare', 'non puoi nasconderti', 'pubblico le tue foto', 'diffondo le tue foto',
      'metto in giro le tue foto', 'ti rovino la vita', 'ti rovinerò la vita', 'ti rendo la vita impossibile', 'ammazzati', 'ucciditi', 'suicidati',
      'impiccati', 'crepa bastardo', 'muori male', 'muori ammazzato', 'vai a morire ammazzato', 'vai a morì ammazzato',
      { term: 'devi morire', unless: ['devi morire dal ridere', 'devi morire dalle risate'] }, 'dovresti morire',
      'meriti di morire', 'ti venisse un cancro', 'ti venga un cancro', 'spero ti venga un cancro', 'ti auguro di morire', 'ti auguro la morte',
      'spero che muori', 'spero che tu muoia', 'spero che crepi', 'rispondi troia', 'rispondimi puttana',
      ...STALKING,
    ],
    curse: [
      'cazzo', 'cazz', 'czz', 'cazzi', { term: 'cazzo*', unless: ['cazzott*'] }, 'incazz*', 'scazz*', 'cazzata', 'cazzate', 'che cazzo', 'col cazzo', 'minchia', 'mnchia', 'minchiata',
      'merda', 'merde', 'di merda', 'che merda', 'porca puttana', 'porca troia', 'porca miseria', 'porco dio', 'porcodio', 'porco d*o', 'porcod*o',
      'dio cane', 'diocane', 'dio porco', 'dioporco', 'porca madonna', 'madonna puttana', 'dio bestia', 'diobestia', 'dio boia', 'dioboia',
      'ostia', 'culo', 'che culo', 'fottuto', 'fottuta', 'fottere', 'me ne frego un cazzo', 'sticazzi',
      'sti cazzi', 'figa', 'che figa', 'rompere le palle', 'rompi le palle', 'rompipalle', 'rompicoglioni', 'che palle', 'coglioni',
      'smerdare', 'sputtanare', 'sputtanato', 'incularsi', 'inculato', 'inculata', 'minkia', 'mincia', 'cavolo di merda', 'merdoso', 'vaccaboia',
      'porco cristo', 'porcocristo', 'cristo di dio', 'mannaggia cristo', 'mannaggia a cristo', 'madonna troia', 'porcamadonna', 'porcoddio', 'diocan',
      'puttanata', 'puttanate', 'cagata', 'cagate', 'coglionata', 'coglionate', 'rottura di coglioni', 'rottura di cazzo', 'merdata',
    ],
    sexual: [
      ...MORE.sexual,
      'leccarti tutta', 'leccarti',
      // "scopare il pavimento" is sweeping the floor
      { term: 'scopare', unless: ['il pavimento', 'la casa', 'il cortile', 'la cucina', 'per terra', 'le foglie', 'la stanza', 'il balcone', 'il terrazzo',
        'le scale', 'il garage', 'il vialetto', 'casa', 'la camera', 'il marciapiede', 'il salotto', 'il bagno'].map((what) => `scopare ${what}`) },
      'scopiamo', 'che scopiamo', 'mi fai venire duro', 'me lo fai venire duro', 'mi fai diventare duro', 'me lo fai diventare duro', 'scopami', 'ti scopo', 'voglio scopare', 'vuoi scopare', 'facciamo sesso', 'fare sesso', 'fare l’amore con te',
      "fare l'amore con te", 'sesso con me', 'sesso con te', 'porno', 'porn', 'pornografia', 'nudes', 'nude', 'foto nude', 'tutta nuda',
      'arrapata', 'arrapato', 'arrapante', 'bagnata per te', { term: 'sono bagnata', unless: ['sono bagnata fradicia', 'sono bagnata dalla', 'sono bagnata per la pioggia', 'sono bagnata di sudore'] }, 'ce l’ho duro', "ce l'ho duro", 'cazzo duro',
      'il mio cazzo', 'il tuo cazzo', 'la tua figa', 'la tua fica', 'pompino', 'pompini', 'fare un pompino', 'segarsi', 'mi sego',
      'farsi una sega', 'masturbarmi', 'masturbarsi', 'masturbazione', 'venire in bocca', 'sborra', 'sborrare', 'sborrata', 'tette grosse', 'tettona',
      'culona', 'chiavare', 'chiaviamo', 'trombare', 'trombiamo', 'sesso orale', 'sesso anale', 'cosce aperte', 'orgia', 'scambisti', 'webcam hot',
      'videochiamata hot', 'onlyfans', 'contenuti hot', 'vendo foto hot', 'foto hot',
      // conjugated and clitic forms; scopare is also "to sweep", so only the forms that take a person
      'scoparti', 'scoparmi', 'scoparla', 'scoparvi', 'scoperei', 'ti scoperei', 'trombarti', 'ti trombo', 'chiavarti', 'ti chiavo', 'ti inculo', 'incularti',
      'mi tocco pensando', 'mi sto toccando', 'mi tocco per te', 'ti tocchi mai', 'ti masturbi', 'masturb*', 'farmi un ditalino', 'un ditalino',
      'cosette sporche', 'farti godere', 'ti faccio godere',
      'ti farò godere', 'ti faro godere', 'ti farei godere', 'sexting', 'una sveltina', 'sveltina', 'fare una pompa', 'fammi una pompa', 'ingropp*', 'fare cose sporche', 'cose sporche con me', 'cose sporche insieme', unlessBefore(['per il sax', 'per il sassofono', 'del sax', 'del sassofono', 'per il clarinetto', 'del clarinetto', 'nuovo per il'])('un bocchino'), 'fammi un bocchino', 'fare un bocchino', 'leccartela', 'leccarmela',
      'leccamelo', 'leccamela', 'succhiarmelo', 'succhiarlo', 'prendilo in bocca', 'arrap*', 'ti voglio nuda',
      'nuda per me', 'nudo per me', 'sesso telefonico',
    ],
    'sexual-harassment': [
      // A lesson "best done under the sheets": the sheets make the innuendo a study tip in bed ("si impara meglio a letto prima di dormire") lacks.
      ...pairs(withPlain(['si impara meglio', 'si imparano meglio', 'si fanno meglio', 'si pratica meglio', 'si insegna meglio', 'si insegnano meglio']),
        ['sotto le lenzuola', 'tra le lenzuola', 'fra le lenzuola']),
      // Asked about their virginity or sex life, or for something 'spicy'.
      'mandami qualcosa di piccante', 'foto piccante', 'foto piccanti',
      // A stranger asked up to a hotel room, told they must be good in bed, or that the speaker wants to touch them.
      'vieni nella mia camera d’albergo', "vieni nella mia camera d'albergo", 'sali nella mia camera d’albergo', "sali nella mia camera d'albergo", 'a letto sei una bomba', 'brava a letto', 'bravo a letto',
      ...AIMED_DESIRE,
      ...MORE['sexual-harassment'],
      'mandami nudes', 'manda nudes', 'mandami le nudes', 'mandami una foto nuda', 'mandami foto nude', 'fammi vedere le tette', 'fammi vedere il culo',
      'fammi vedere il tuo corpo', 'fammi vedere la figa', 'mostrami le tette', 'mostrami il corpo',
      // An outfit for an occasion is no such question: "cosa indossi al matrimonio?".
      ...['cosa indossi', 'che cosa indossi', 'cosa hai addosso'].map(unlessBefore(['per', 'alla', 'al', 'allo', 'ai', 'domani', 'stasera per', 'oggi per', 'di solito'])),
      'di che colore sono le tue mutandine', 'di che colore è il tuo reggiseno', 'che taglia di reggiseno', 'sei vergine', 'sei ancora vergine',
      'vuoi fare sesso', 'vuoi scopare con me', 'ti voglio scopare', 'voglio scoparti', 'voglio toccarti', 'voglio leccarti', 'ti voglio leccare',
      'mi fai eccitare', 'mi ecciti', 'me lo fai venire duro', 'sei una gran figa', 'sei bona', 'quanto sei bona', 'togliti i vestiti', 'spogliati',
      'spogliati per me', NOT_LAUNDRY('senza vestiti'), 'apri le gambe', 'vieni nel mio letto', 'vieni a letto con me', 'vuoi venire a letto con me',
      'andiamo a letto insieme', 'facciamo sesso', 'siediti sulle mie ginocchia', 'ti stupro', 'ti violento',
      'che bel culo', 'bel culo', 'che tette', 'belle tette', 'che bocce', 'belle bocce', 'le tue bocce', 'sei una gnocca',
      'che gnocca', 'gran gnocca', 'quanto sei gnocca', 'bonazza', 'che bonazza', 'sei una porca', 'sei una porcellina',
      // asking to see the reader undressed, with no word for a photo
      ...pairs(['fammela vedere', 'fatti vedere', 'voglio vederti', 'ti voglio vedere', 'fatti una foto'], ['in intimo', 'in mutande', 'in reggiseno',
        'in costume da bagno', 'nuda', 'nudo', 'senza vestiti']),
    ],
    spam: [
      // Drawing readers to one's own profile and trading follows.
      'passate dal mio profilo', 'passa dal mio profilo', 'visitate il mio profilo', 'visita il mio profilo', 'ricambio il follow',
      ...MORE.spam,
      'hai vinto', 'ha vinto un', 'complimenti hai vinto', 'congratulazioni hai vinto', 'sei stato selezionato', 'sei stata selezionata', 'ritira il tuo premio',
      'riscatta il tuo premio', 'premio garantito', 'iphone gratis', 'regalo gratis', 'ricarica gratis', 'clicca qui', 'clicca sul link', 'link in bio',
      'link nella bio', 'seguimi e ti seguo', 'ricambio follow', 'follow per follow', 'inoltra questo messaggio', 'condividi questo messaggio',
      'offerta a tempo limitato', 'rispondi stop',
      'clicca il link', 'clicca su questo link', 'per riscattarlo', 'per riscattarla', 'per riscattare', 'riscatta ora', 'hai vinto un buono',
      'vinto un buono', 'sei il fortunato', 'fortunato vincitore', 'inoltra questo msg', 'invia questo messaggio a', 'manda questo messaggio a',
      'a tutti i tuoi contatti', 'a 10 contatti', 'a dieci contatti', 'diventa a pagamento', 'diventerà a pagamento', 'diventera a pagamento', 'metti like',
      'mettete like', 'like per like', 'ricambio like', 'ricambio i like', 'ricambio subito', 'lasciate un like', 'follower gratis', 'followers gratis',
      'like gratis', 'segui la mia pagina', 'seguitemi',
    ],
    phishing: [
      ...MORE.phishing,
      'verifica il tuo account', 'conferma il tuo account', 'il tuo account sarà sospeso', 'il tuo account sara sospeso', 'il tuo account è stato sospeso',
      'il tuo account è stato bloccato', 'il tuo account e stato bloccato', 'inserisci la password', 'dammi la tua password', 'qual è la tua password',
      'codice di verifica', ...CODE_ASKS, 'il codice che ti è arrivato', 'il codice che ti e arrivato',
      'codice a 6 cifre', 'codice sms', 'dati bancari', 'dati della carta', 'numero della carta', 'il cvv', 'attività sospetta', 'attivita sospetta',
      'accesso sospetto', 'aggiorna i tuoi dati', 'clicca sul link qui sotto',
      'dimmi la password', 'dammi la password', 'mandami la password', 'scrivimi la password', 'inviami la password', 'dimmi la tua password',
      'mandami la tua password', 'scrivimi la tua password', 'il codice che hai ricevuto',
      'il codice appena ricevuto', 'codice che ti abbiamo inviato', 'per verificare il tuo account', 'per sbloccare il tuo account', 'verificare la tua identità',
      ...ACCOUNT_WARNINGS, 'gentile cliente', 'verifica i tuoi dati', 'verifica i suoi dati', 'conferma i tuoi dati', 'conferma i suoi dati',
      'aggiorna i suoi dati', 'acceda al link', 'accedi al link', 'ti è arrivato un codice',
      'ti e arrivato un codice', 'ti arriverà un codice', 'ti arrivera un codice', 'girami il codice', 'mi giri il codice',
      'inoltrami il codice', 'codice per sbaglio',
      'codice a sei cifre', 'codice di 6 cifre', 'codice di sei cifre',
    ],
    ads: [
      ...MORE.ads,
      'tagga 3 amici', 'tagga tre amici', 'e vinci',
      'vendo', 'in vendita', 'svendo', 'spedizione gratuita', 'spedizione gratis', 'compra ora',
      'ordina ora', 'prezzo in dm', 'prezzi in privato', 'scrivimi in privato', 'info in privato', 'per info in dm', 'all’ingrosso', "all'ingrosso",
      'lezioni private', 'ripetizioni a', 'iscriviti al mio canale', 'il mio canale youtube', 'seguite la mia pagina', 'stiamo assumendo', 'cerchiamo personale',
      'offerta di lavoro', 'cerco lavoro', 'cerco un lavoro', 'lavoro da casa', 'guadagnare da casa', 'guadagna soldi',
      'guadagnare soldi', 'soldi facili', 'reddito passivo', 'guadagno extra', 'concorso a premi', 'giveaway', 'estrazione', 'lotteria', 'riffa',
      'all’asta', "all'asta", 'raccolta fondi', 'donazioni', 'donate', 'fate una donazione', 'gofundme', 'codice amico', 'link di affiliazione',
      'trattabile', 'trattabili', 'prezzo trattabile', 'vendesi', 'affittasi', 'offro lezioni', 'offro ripetizioni', 'do ripetizioni', 'do lezioni di',
      'prima lezione gratuita', 'prima lezione gratis', 'lezione di prova gratuita', 'lezione di prova gratis', 'lezione gratuita', 'contattatemi',
      'contattami in privato', 'scrivetemi in privato', 'scrivimi in dm', 'scrivetemi in dm', 'info in dm', 'opportunità di lavoro', 'opportunita di lavoro',
      'guadagna da casa', 'lavora da casa', 'lavora con noi', 'cercasi personale', 'cercasi', 'assumiamo', 'cerco lavoro come',
      'iscrivetevi al mio canale', 'iscriviti al mio canale', 'iscrivetevi al canale', 'iscrivetevi', 'canale yt', 'mio canale yt', 'sul mio canale',
      'il mio negozio online', 'link in descrizione', 'spedisco in tutta italia', 'spedizione in tutta italia', 'ritiro a mano', 'no perditempo',
      'usato pochissimo', 'guadagna',
    ],
    fraud: [
      ...MORE.fraud,
      'sono dell\'agenzia delle entrate', 'multa di 300€ con ricarica', 
      'militare americano in missione', 'sono un militare americano',
      'codice otp', 'mi confermi il codice', 'consulente di poste',
      'prestami dei soldi', 'prestami soldi', 'mi presti dei soldi', 'mi presti soldi', 'ho bisogno di soldi urgente',
      'mi servono soldi urgenti', 'mandami dei soldi', 'mandami soldi', 'fammi un bonifico', 'fammi una ricarica', 'ricaricami la postepay', 'te li restituisco',
      'te li ridò', 'te li rido', 'investimento garantito', 'guadagno garantito', 'rendimento garantito', 'profitto garantito', 'rendimento giornaliero',
      'raddoppia i tuoi soldi', 'investi in bitcoin', 'investire in cripto', 'investimento in criptovalute', 'piattaforma di investimento', 'segnali di trading',
      'trading forex', 'sono del team hellotalk', 'team hellotalk', 'supporto hellotalk', 'assistenza hellotalk', 'sono l’amministratore', "sono l'amministratore",
      'carta regalo', 'gift card', 'buono amazon', 'carta google play', 'tasse doganali', 'spese di sdoganamento', 'il tuo pacco è bloccato', 'pagare la dogana',
      'eredità', 'portafoglio cripto', 'frase di recupero', 'chiave privata', 'usdt', 'bloccato in aeroporto', 
      // investment pitches
      'investi con me', 'investite con me', 'investire con me', 'investi insieme a me', 'guadagni garantiti', 'guadagno sicuro',
      'guadagni sicuri', 'profitti garantiti', 'profitto sicuro', 'rendimenti garantiti', 'interessi garantiti', 'rendimento mensile garantito',
      'investi in criptovalute', 'investi in cripto', 'investire in criptovalute', 'trading di criptovalute', 'piattaforma di trading', 'opzioni binarie',
      'ti insegno a fare trading', 'ti insegno a guadagnare', 'ti insegno a investire', 'moltiplica i tuoi soldi',
      'fai fruttare i tuoi soldi', 'deposito minimo',
      // staff impersonation
      'sono dello staff', 'staff di hellotalk', 'staff hellotalk', 'team di hellotalk', 'moderatore di hellotalk', 'moderatore hellotalk',
      'sono un moderatore', 'sono il moderatore', 'sicurezza di hellotalk',
      // scams as they are written: investment, customs parcels, romance, fake support and charity
      'investimento iniziale', 'investimento minimo', 'con un piccolo investimento', 'gruppo di trading', 'canale di trading',
      'esperto di trading', 'mentore di trading', 'segnali forex', 'profitti sicuri', 'guadagni giornalieri', 'guadagno giornaliero', 'guadagni passivi',
      'libertà finanziaria', 'liberta finanziaria', 'ti faccio guadagnare', 'vi faccio guadagnare', 'ti aiuto a guadagnare', 'minare bitcoin',
      'fermo in dogana', 'ferma in dogana', 'bloccato in dogana', 'bloccata in dogana', 'trattenuto in dogana', 'trattenuta in dogana', 'pacco in giacenza',
      'spese doganali', 'sbloccare il pacco', 'sbloccare il tuo pacco', 'sbloccare il mio pacco', 'sbloccare la spedizione', 'piattaforma petrolifera',
      'militare in missione', 'soldato in missione', 'dell’onu in', "dell'onu in", 'assistenza clienti di hellotalk',
      'assistenza clienti hellotalk', 'servizio clienti hellotalk', 'servizio clienti di hellotalk', 'sono dell’assistenza', "sono dell'assistenza",
      'sono del supporto', 'sono l’assistenza', "sono l'assistenza", 'supporto tecnico di hellotalk', 'operatore di poste', 'dall’ufficio antifrode',
      "dall'ufficio antifrode", 'fai una donazione', 'fammi una donazione', 'fatemi una donazione', 'una piccola donazione', 'mamma ho cambiato numero',
      'papà ho cambiato numero', 'papa ho cambiato numero',
    ],
    dating: [
      ...MORE.dating,
      'cerco ragazza', 'cerco una ragazza', 'cerco fidanzata', 'cerco una fidanzata', 'cerco ragazzo', 'cerco un ragazzo', 'cerco fidanzato',
      'cerco un fidanzato', 'cerco moglie', 'cerco marito', 'cerco donna', 'cerco uomo', 'cerco l’amore', "cerco l'amore", 'cerco l’anima gemella',
      "cerco l'anima gemella", 'cerco anima gemella', 'cerco una relazione seria', 'cerco relazione seria', 'single cerca', 'vuoi essere la mia ragazza',
      'vuoi fidanzarti con me', 'vuoi sposarmi', 'sposami', 'avventura di una notte', 'trombamico', 'trombamica', 'amici di letto', 'sugar daddy',
      'escort', 'donne single', 'single nella tua zona', 'incontri', 'sito di incontri', 'app di incontri',
      ...DATING,
    ],
    drugs: [
      ...MORE.drugs,
      'farsi una canna', 'fumare una canna', 'rollare una canna', 'spinello', 'spinelli', 'erba da fumare', 'fumare erba',       'marijuana', 'cannabis', 'hashish', 'fumo da vendere', 'cocaina', 'coca da tirare', 'tirare una riga', 'pippare', 'pippata',
      'bamba', 'ecstasy', 'calare una pasta', 'mdma', unlessBefore(['lachs', 'salmon'])('keta'), 'ketamina', 'eroina', 'lsd',       'sballarsi', 'sballato', 'fatto di canne', 'strafatto', 'drogarsi', 'drogato', 'spacciatore', 'spacciare', 'pusher', 
      ...DRUG_PHRASES,
    ],
    alcohol: [
      // Drinking games and drinking till one drops.
      'gioco alcolico', 'giochi alcolici', 'bottiglia dopo bottiglia', 'shottini tutta la notte', 'sbronzarci',
      'birra', 'birre', 'birretta', { term: 'vino rosso', unless: ['aceto di vino rosso'] }, { term: 'vino bianco', unless: ['aceto di vino bianco'] }, 'bicchiere di vino', 'bottiglia di vino', 'prosecco', 'spritz', 'aperol',
      'grappa', 'limoncello', 'vodka', 'whisky', 'rum e', 'il rum', 'di rum', 'un rum', 'stasera rum', 'rum per tutti', 'gin tonic', 'negroni', 'ubriaco', 'ubriaca', 'ubriachi', 'ubriacarsi', 'ubriacarmi',
      'sbronza', 'sbronzo', 'sbronzarsi', 'prendere una sbornia', 'sbornia', 'hangover', 'alcol', 'alcool', 'alcolici',
      'bere fino a', 'shottini', 
      'ubriac*', 'ubriach*', 'sbronz*', 'ciucco', 'ciucca', 'imbriago', 'mojito', 'tequila', 'jagermeister', 'jägermeister', 'stasera si beve', 'alcolizzato',
      'alcolizzata',
    ],
    threat: [
      ...MORE.threat,
      // "ti ammazzo di baci" is affection
      unlessGame('ti ammazzo', ['ti ammazzo di baci', 'ti ammazzo di coccole', 'ti ammazzo di complimenti']),
      'ti ammazzo di botte', unlessGame('ti uccido'), unlessGame('ti faccio fuori'), 'ti spacco la faccia', 'ti spacco il culo', 'ti rompo la faccia', 'ti rompo il culo',
      'ti gonfio di botte', 'ti riempio di botte', 'ti sparo', 'ti accoltello', 'ti sgozzo', 'ti brucio la casa', 'sei morto', 'sei morta', 'sei un uomo morto',
      'guardati le spalle', 'farai una brutta fine', 'morirai', 'ti faccio a pezzi', 'ti stacco la testa', 'vi ammazzo tutti',
      unlessGame('vi ammazzo', ['vi ammazzo di baci', 'vi ammazzo di coccole']),
      'faccio una strage', 'metto una bomba',
      ...pairs(['ti', 'vi'], THREAT_VERBS), ...CONSEQUENCE_THREATS, unlessGame('vi uccido'), unlessGame('vi faccio fuori'), 'vi sparo', 'vi accoltello', 'vi sgozzo',
      'vi faccio a pezzi',
    ],
    gore: [
      // A throat cut, told of someone.
      'tagliato la gola', 'tagliata la gola', 'sgozzati', 'sgozzarono',
      'decapitato', 'decapitata', 'decapitazione', 'smembrato', 'smembrata',
      // "ci hanno fatto a pezzi in finale", "la critica l'ha fatto a pezzi": beaten or panned, not dismembered
      { term: 'fatto a pezzi', unless: [...pairs(['ci hanno', 'mi hanno', 'ti hanno', 'vi hanno', 'ci ha', 'mi ha', 'ti ha', 'vi ha', 'l’ha', "l'ha", 'l’hanno', "l'hanno"], ['fatto a pezzi']),
        ...pairs(['fatto a pezzi'], ['in finale', 'in semifinale', 'in partita', 'a calcio', 'a calcetto', 'all’esame', "all'esame", 'dalla critica', 'dai critici'])] }, 'mutilato', 'mutilata', 'mutilazione', 'sgozzato', 'sgozzata',
      'budella', 'cervello spappolato', 'video della decapitazione', 'video di esecuzione', 'cadavere in decomposizione', 'corpi dilaniati',
      'video gore',
      'spappolato', 'spappolata', 'sbudellato', 'sbudellata', 'squartato', 'squartata', 'testa mozzata',
    ],
    'self-harm': [
      // Cutting again, and the note already written.
      'mi taglio le braccia',
      // Cutting told as a habit back again, on the arms or legs.
      'tagliarmi le braccia', 'mi taglio le braccia', 'mi sono tagliata le braccia', 'ho ricominciato a tagliarmi',
      ...MORE['self-harm'],
      'tagliare le vene', 'mi taglio le vene', 'tagliarmi i polsi', 'mi taglio i polsi', 'tagliare i polsi',
      ...withPlain(['voglio morire', 'vorrei morire', 'voglio morì', 'vojo morì', 'vorrei morì']).map(unlessBefore(DIE_OF)), 'voglio ammazzarmi',
      // "mi ammazzo dalle risate" is laughing
      { term: 'mi ammazzo', unless: ['mi ammazzo dalle risate', 'mi ammazzo dal ridere', 'mi ammazzo di risate', 'mi ammazzo di lavoro'] },
      'mi voglio ammazzare', 'mi uccido', 'voglio uccidermi', 'mi voglio uccidere',
      'suicidarmi', 'mi suicido',
      // assisted suicide is a political debate (sensitive), not self-harm
      { term: 'suicidio', unless: ['suicidio assistito'] },
      'pensieri suicidi', 'tagliarmi le vene', 'autolesionismo', 'farmi del male', 'non voglio più vivere',
      'non voglio piu vivere', 'togliermi la vita', 'voglio farla finita', unlessBefore(['con questa', 'con questo', 'con il', 'con lo', 'con le', 'con gli', 'con i'])('la faccio finita'), 'vorrei essere morto', 'vorrei essere morta', 'buttarmi dal ponte', 'buttarmi sotto un treno',
      'impiccarmi', 'prendere tutte le pillole',
      ...SELF_HARM,
      // Not waking up wished for good, with "più" or "mai più": "non voglio svegliarmi domani, è lunedì" is a joke about work.
      ...withPlain(['non voglio più svegliarmi', 'non mi voglio più svegliare', 'non voglio svegliarmi mai più', 'non mi voglio svegliare mai più',
        'non voglio più risvegliarmi', 'non voglio risvegliarmi più', 'spero di non svegliarmi più', 'spero di non svegliarmi mai più', 'magari non mi sveglio più',
        'speriamo che non mi svegli più', 'non voglio più aprire gli occhi', 'nn voglio più svegliarmi', 'non voglio svegliarmi più']).map(unlessBefore(WAKE_LATER)),
      // Tired of living, not of a town or a way of life.
      ...withPlain(['sono stanca di vivere', 'sono stanco di vivere', 'stanca di vivere', 'stanco di vivere', 'stufa di vivere', 'stufo di vivere', 'stanca della vita',
        'stanco della vita', 'stanca di essere viva', 'stanco di essere vivo']).map(unlessBefore(LIVING_HOW)),
      // Cutting told again (not hair, shaving nor the kitchen knife: "mi sono tagliata di nuovo la frangia"); not "ritagliata", a space carved out.
      ...withPlain(['mi sono tagliata di nuovo', 'mi sono tagliato di nuovo', 'mi sono tagliata ancora', 'mi sono tagliato ancora', "mi sono tagliata un'altra volta",
        "mi sono tagliato un'altra volta", 'mi sono di nuovo tagliata', 'mi sono di nuovo tagliato', 'mi so tagliata di nuovo', 'mi so tagliato di nuovo',
        'mi sono rimessa a tagliarmi', 'mi sono rimesso a tagliarmi', 'mi sono tagliata di novo', 'mi sono ancora tagliata', 'mi sono ancora tagliato'])
        .map(unlessBefore(NOT_SELF_CUT)),
      // Learners mix English in: "I really want morire", "I don't want vivere più".
      ...pairs(['want', 'wanna', 'want to'], ['morire']).map(unlessBefore(DIE_OF)),
      ...pairs(["don't want", 'dont want', "don't wanna", 'dont wanna', 'do not want'], ['vivere', 'più vivere']).map(unlessBefore(LIVING_HOW)),
    ],
    hate: [
      ...MORE.hate,
      'hitler aveva ragione',
      'negri', 'negro di merda', 'sporco negro', 'frocio', 'froci', 'frocetto', 'ricchione', 'ricchioni', 'recchione', 'culattone',
      'finocchio di merda', 'lesbicona', 'trans di merda', 'terrone', 'terroni', 'polentone', 'polentoni', 'zingaro', 'zingara', 'zingari', 'zingaro di merda',
      'marocchino di merda', 'albanese di merda', 'ebreo di merda', 'sporco ebreo', 'muso giallo', 'mangiaspaghetti', 'vu cumprà', 'vu cumpra', 'extracomunitario di merda',
      'tornatene al tuo paese', 'torna al tuo paese', 'tornate a casa vostra', 'a morte gli ebrei', 'heil hitler', 'sieg heil', 'razza inferiore',
      'pulizia etnica', 'scimmia negra', 'mongoloidi',
      ...groupHate,
      'terrona', 'polentona', 'negretto', 'negretti', 'musi gialli', 'zingaraccio', 'zingaracci',
    ],
    sensitive: [
      // A country called a terrorist state, or to be wiped off the map.
      'stato terrorista', 'cancellare dalla mappa', 'cancellarlo dalla mappa',
      ...MORE.sensitive,
      'aborto', 'pro vita', 'giorgia meloni', 'governo meloni', 'salvini', 'fratelli d’italia', "fratelli d'italia", 'lega nord', 'fascismo', 'fascista', 'fascisti', 'mussolini',
      'duce', 'comunisti', 'antifascismo', 'dio non esiste', 'la religione è', "l'islam è", 'l’islam è', 'gli ebrei sono', 'i musulmani sono',
      'israele palestina', 'genocidio a gaza', 'pena di morte', 'nazisti', 'nazismo', 'olocausto', 'negazionismo', 'la chiesa è', 'il papa è',
      'ius soli', 'immigrazione clandestina', 
      'eutanasia', 'fine vita', 'suicidio assistito', 'testamento biologico', 'unioni civili', 'matrimonio gay', 'matrimoni gay', 'utero in affitto',
      'gestazione per altri', 'ddl zan', 'legge zan', 'ius scholae', 'partito democratico', 'movimento 5 stelle', 'grillini', 'berlusconi', 'schlein',
      'vannacci', 'casapound', 'forza nuova', 'brigate rosse', 'foibe',
    ],
    // A group on its own is talk ("i miei amici marocchini"); next to contempt in one sentence it is an attack on the group.
    group: GROUP_TERMS,
    negative: [...HATE_LIKENESS, ...CONTEMPT, ...READER_CONTEMPT, ...THING_CONTEMPT, ...GROUP_LIES, ...MORE.negative],
    app: [...APPS, 'wazzap', 'uatsap', 'telegramma', 'whatsap', 'watsapp', 'watsap', 'su wa', 'tuo wa', 'sul wa'],
    contact: [
      // a number that reaches nobody: "il tuo numero di scarpe", "il numero del binario", "il tuo numero preferito"
      ...contactNumberWords(['numero', 'num']),
      'numero di telefono', 'cellulare', 'cell', 'tel', 'telefono', 'email', 'e-mail', 'indirizzo', 'contatto', 'nome utente', 'profilo', 'social',
      'numerino', 'recapito', 'nickname', 'username', 'account',
    ],
    picture: [...MORE.picture, 'foto', 'fotina', 'fotine', 'fotografia', 'fotografie', 'selfi', 'selfie', 'video', 'videochiamata', 'immagine', 'immagini', 'cam', 'webcam'],
    body: [
      // Undressed without a body word: just a towel, fresh out of the shower, in underwear.
      "solo con l'asciugamano", 'in asciugamano',
      'tette', 'tettine', 'seno', 'capezzoli', 'culo', 'culetto', 'sedere', 'chiappe', 'gambe', 'cosce', 'piedi', 'corpo', 'mutandine', 'mutande',
      'perizoma', 'reggiseno', 'intimo', 'lingerie', 'bikini', 'nuda', 'nudo', 'senza vestiti', 'sotto la doccia', 'cazzo', 'pene', 'figa',       'scollatura',
      'in intimo', 'in mutande', 'in mutandine', 'in reggiseno', 'in perizoma',
      { term: 'in costume', unless: ['in costume di carnevale', 'in costume da halloween', 'in costume tradizionale', 'in costume d’epoca', "in costume d'epoca"] },
      'costume da bagno', 'minigonna', 'calze a rete', 'senza reggiseno', 'senza mutande', 'topless', 'in topless', 'in accappatoio', 'in asciugamano',
    ],
    request: [
      // Asking a Moment's readers all at once: "lasciate il vostro numero qui sotto".
      'lasciate il vostro', 'lasciatemi il vostro', 'lasciate qui il vostro', 'scrivete il vostro', 'scrivetemi il vostro', 'mandatemi il vostro', 'inviatemi il vostro', 'lasciate i vostri', 'scrivete i vostri',
      ...MORE.request,
      'mi serve un', 'mi servono',
      'mi fai una', 'me le fai vedere', 'me lo fai vedere',
      'mandami', 'inviami', 'passami', 'dammi', 'dammi il tuo', 'dammi la tua', 'aggiungimi', 'aggiungimi su', 'scrivimi su', 'scrivimi al',
      'chiamami', 'fammi vedere', 'mostrami', 'fammi una foto', 'qual è il tuo', 'qual e il tuo', 'qual è la tua', 'com’è il tuo', 'prestami', 'mi presti',
      'mi passi', 'mi mandi', 'mi dai il tuo', 'mi dai la tua', 'seguimi su', 'cercami su', 'puoi prestarmi', 'potresti prestarmi', 'prestarmi',
      'mi puoi prestare', 'mi presteresti', 'me li presti', 'mi anticipi', 'mi fai un prestito', 'mi fai una ricarica', 'mi fai un bonifico', 'mi puoi fare un bonifico', 'puoi farmi un bonifico', 'potresti farmi un bonifico', 'mi faresti un bonifico',
      'mi puoi mandare', 'puoi mandarmi', 'potresti mandarmi', 'mi invii', 'mi puoi fare una ricarica', 'mi ricarichi', 'mi presta', 'può prestarmi',
      ...[...APPS, ...WA].flatMap((app) => [`hai ${app}`, `ce l’hai ${app}`, `ce l'hai ${app}`, `usi ${app}`, `sei su ${app}`]),
      // moving the talk elsewhere: "continuiamo su tg", "ci sentiamo su whatsapp"
      'continuiamo su', 'ci sentiamo su', 'passiamo su', 'spostiamoci su', 'parliamo su', 'ci scriviamo su',
      // imperatives and questions of every person, Roman "famme vede" included; a need or a shortfall said to the reader asks too
      'dimmi il tuo', 'dimmi la tua', 'mi dici il tuo', 'mi dici la tua', 'lasciami il tuo', 'lasciami la tua', 'mi lasci il tuo', 'mi lasci la tua',
      'manda una', 'manda un', 'mandane una',
      'mandamela', 'mandamelo', 'mandamele', 'mandameli', 'mandatemi', 'inviatemi', 'scrivimi', 'scrivetemi', 'contattami', 'contattatemi', 'aggiungetemi',
      'fammela vedere', 'fammele vedere', 'fammelo vedere', 'mi fai vedere', 'famme vede', 'mandame',
      // not a need of one's own to change, save, earn or withdraw money
      // nor a need told as a reason or a plan ("lavoro in un bar perché ho bisogno di soldi per l'università")
      { term: 'ho bisogno di', unless: [
        ...['cambiare', 'risparmiare', 'guadagnare', 'trovare', 'prelevare', 'contare'].map((verb) => `ho bisogno di ${verb}`),
        ...pairs(['perché', 'perche', 'poiché', 'poiche', 'siccome', 'visto che', 'dato che', 'quando', 'se', 'lavoro perché', 'lavoro perche'], ['ho bisogno di']),
        ...pairs(['ho bisogno di soldi', 'ho bisogno di denaro', 'ho bisogno di soldi per'], ["per l'università", 'per l’università', "per l'universita", 'per gli studi',
          'per studiare', 'per il viaggio', 'per le vacanze', 'quindi lavoro', 'quindi cerco lavoro', 'quindi risparmio', 'così lavoro', 'cosi lavoro']).map((phrase) => phrase.replace('per per', 'per')),
      ] },
      'mi mancano', 'mi compri', 'comprami',
      'mi regali', 'regalami', 'girami', 'mi giri', 'giramelo', 'girameli', 'pagami', 'anticipami', 'prestatemi',
    ],
    // Costs friends split: a money request beside one is settling up ("mandami i 10 euro della pizza").
    // An investment scam's promise: a stake and a payout at least twice as large (lexicons/types.ts).
    stake: ['investi', 'investire', 'investite', 'deposita', 'depositare', 'depositi', 'ricarica', 'ricaricare', 'metti'],
    payout: ['ricevi', 'ricevere', 'riceverai', 'guadagni', 'guadagnare', 'guadagnerai', 'ottieni', 'ottenere', 'prelevi', 'prelevare', 'ritiri', 'incassi', 'ti restituisco', 'restituisco', 'avrai'],
    growth: ['diventano', 'diventati', 'sono diventati', 'trasformato', 'trasformati', 'moltiplicato'],
    measure: ['minuto', 'minuti', 'ore', 'giorno', 'giorni', 'settimana', 'settimane', 'mese', 'mesi', 'anno', 'anni', 'gb', 'giga', 'punti', 'like', 'follower'],
    // Someone else named as the lender, with a modal or a verb of theirs, right before a lending verb: "my sister can lend me 50"
    // asks the reader for nothing. A name alone may be the reader addressed ("my friend lend me 500").
    lender: pairs(['mia sorella', 'mio fratello', 'mia madre', 'mia mamma', 'mio padre', 'mio papà', 'mio papa', 'i miei genitori', 'il mio amico', 'la mia amica', 'un amico', "un'amica", 'il mio ragazzo', 'la mia ragazza', 'mia zia', 'mio zio', 'mia nonna', 'mio nonno', 'il mio capo', 'la banca'], ['può', 'puo', 'potrebbe', 'mi può', 'mi puo', 'mi potrebbe', 'mi presta', 'mi presterà', 'mi prestera', 'dice che può', 'ha detto che può']),
    lend: ['mi puoi fare un bonifico', 'puoi farmi un bonifico', 'potresti farmi un bonifico', 'mi presteresti', 'prestami', 'mi presti', 'mi puoi prestare', 'mi prestate', 'fammi un bonifico di', 'mandami un bonifico di', 'anticipami'],
    expense: [
      'il conto', 'alla romana', 'dividere il conto', 'dividiamo', 'la tua parte', 'la mia parte', 'la tua quota', 'la quota', 'metà', 'a testa',
      'pizza', 'la cena', 'della cena', 'il pranzo', 'del pranzo', 'aperitivo', "l'aperitivo", "dell'aperitivo", 'le birre', 'i caffè', 'la spesa',
      'le pizze', 'delle pizze', 'la benzina', 'della benzina', 'il taxi', 'del taxi', 'la bolletta', 'le bollette', 'della bolletta', 'delle bollette',
      'il sushi', 'del sushi', 'la colazione', 'della colazione', 'il regalo', 'del regalo', 'dell’affitto', "dell'affitto",
    ],
    // Right before a threat or self-harm phrase, denies it: "non ti ammazzo", "mai ti farei del male".
    negation: ['non', 'nn', 'mai', 'non ho intenzione di', 'non ho nessuna intenzione di', 'nn ho intenzione di', 'giammai', 'non voglio', 'non vorrei', 'mai e poi mai'],
    money: [
      'una ricarica',
      'soldi', 'soldini', 'denaro', 'euro', 'bonifico', 'ricarica', 'postepay', 'paypal', 'satispay', 'carta di credito',
      'bitcoin', 'cripto', 'prestito', 'contanti', 'sghei', 'piccioli', 'euri', 'eur', 'dollari', 'sterline', 'franchi', 'criptovalute', 'criptovaluta',
      'crypto', 'btc', 'ethereum', 'usdt', 'revolut', 'western union', 'moneygram', 'carta prepagata', 'ricarica postepay', 'buono amazon',
      { term: 'sacchi', unless: ['sacchi della', 'sacchi di', 'sacchi a pelo', 'sacchi neri', 'sacchi per'] }, 'soldoni', 'cash', 'donazione', 'donazioni',
      'spese di spedizione', 'bancomat',
    ],
    account: ['conto corrente', 'iban', 'numero di conto', 'numero della carta', 'coordinate bancarie', 'tuo iban'],
    windfall: ['il tuo pacco', 'il suo pacco', 'prestito approvato', 'finanziamento approvato', 'premio', 'hai vinto', 'ha vinto', 'vincita', 'rimborso', 'il rimborso', 'risarcimento', 'lotteria'],
    upfront: ['spese di gestione', 'spese di svincolo', 'spese doganali', 'costi di sblocco', 'commissione di', 'per sbloccarlo', 'per sbloccare', 'per riceverlo'],
    guarantee: ['garantito', 'garantiti', 'garantita', 'senza rischi', 'senza rischio'],
    multiply: ['ogni giorno ti danno', 'raddoppia i tuoi soldi', 'raddoppiare i tuoi soldi', 'rendimento giornaliero'],
    deal: ['sconti', 'offerta', 'offerte', 'sconto', 'codice sconto'],
    purchase: ['ho comprato', 'ho preso', 'ho usato', 'bottino', 'mi sono presa', 'mi sono preso', 'è finita', 'sono finiti', 'finiti ieri'],
    payer: ['ti faccio il bonifico', 'ti faccio un bonifico', 'ti mando i soldi', 'ti faccio una ricarica', 'per pagarti', 'per ridarti', 'ti ridò i soldi', 'ti rido i soldi', 'ti giro i soldi', 'ti faccio un satispay'],
    you: [
      'tu', 'te', 'ti', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vi', 'vostro', 'sei', 'lei', 'sei un', 'sei una', 'siete', 'sembri', 'eri',
      // "sei" with an intensifier before the contempt word: "sei davvero un incapace", "sei proprio una stupida"
      ...pairs(['sei proprio', 'sei davvero', 'sei veramente', 'sei solo', 'sei proprio solo'], ['un', 'una', 'uno']),
      'sei proprio', 'sei davvero', 'sei veramente', 'sei così', 'sei cosi', 'sei tanto', 'sei troppo',
    ],
    your: ['tuo', 'tua', 'tuoi', 'tue', 'vostro'],
    // Verbs that maim, in the forms a threat takes (first person, mostly with ti: "ti spacco"; spacco, strappo and sfondo alone are also nouns), for a body part of the reader's beside
    // them (see `limb`): "ti spezzo le dita", "ti rompo la faccia". "ti rompi una gamba" is an accident; "rompere le scatole" is to bore.
    maim: [
      'ti spacco', 'ti rompo', 'rompo', 'ti spezzo', 'spezzo', { term: 'ti taglio', unless: ['ti taglio i capelli'] }, 'ti stacco', 'ti sfregio', 'ti fracasso', 'ti frantumo', 'ti strappo', 'ti cavo', 'ti apro',
      'ti torco', 'ti storco', 'ti sfondo', 'ti massacro',
      'spaccarti', 'romperti', 'spezzarti', 'tagliarti', 'staccarti', 'sfregiarti', 'strapparti', 'cavarti', 'aprirti', 'sfondarti',
    ],
    limb: [
      'pancia',
      'dita', 'dito', 'mano', 'mani', 'braccio', 'braccia', 'gamba', 'gambe', 'ginocchio', 'ginocchia', 'rotule', 'denti', 'dente', 'mascella', 'naso', 'faccia',
      'muso', 'grugno', 'collo', 'cranio', 'ossa', 'costole', 'testa', 'occhi', 'lingua', 'polsi',
    ],
    // Self-harm told as a plan: the means and the act, each harmless alone (see CUE_POLICY.cuePairs).
    pills: ['pastiglie', 'pillole', 'pasticche', 'farmaci', 'sonniferi', 'medicine', 'psicofarmaci', 'compresse',
      // The medicines people name: over the counter, for sleep, for anxiety.
      'tachipirina', 'tachipirine', 'paracetamolo', 'aspirina', 'aspirine', 'brufen', 'ibuprofene', 'xanax', 'tavor', 'lexotan', 'valium', 'rivotril', 'minias', 'stilnox',
      'zolpidem', 'antidepressivi', 'ansiolitici', 'benzodiazepine',
      // The singular and the drops Italians are prescribed ("quante gocce di ansiolitico").
      'ansiolitico', 'sonnifero', 'antidepressivo', 'calmante', 'calmanti', 'gocce per dormire', ...pairs(['gocce di', 'gocce del'], ['xanax', 'tavor', 'lexotan', 'valium',
        'rivotril', 'minias', 'en', 'ansiolitico', 'sonnifero', 'calmante'])],
    overdose: ['le prendo tutte', 'li prendo tutti', 'prenderle tutte', 'prenderli tutti', 'tutta la scatola', 'la scatola intera', 'ingoio tutto', 'le ingoio tutte', 'tutto il flacone', 'tutte in una volta'],
    leap: ['mi butterò', 'buttarmi', 'mi lancio', 'lanciarmi', 'salto giù', 'mi getto', 'gettarmi', 'mi butto dal', 'mi butto giù', 'mi butto sotto'],
    height: ['ponte', 'tetto', 'balcone', 'finestra', 'palazzo', 'scogliera', 'sotto un treno', 'sotto il treno', 'sui binari', 'terrazzo', 'cavalcavia'],
    farewell: ['grazie di tutto', 'grazie per tutto', 'vi ho voluto bene', 'vi ho voluto tanto bene', 'regalo tutte le mie cose', 'regalo le mie cose', 'lettera', 'lettere', 'addio', 'ultimo messaggio', 'ho regalato', 'scusa per tutto',
      'grazie a tutti per tutto', 'ciao per sempre', 'addio per sempre', 'addio a tutti', 'questo è il mio ultimo post', 'il mio ultimo post', 'vi voglio bene a tutti',
      'ho regalato tutte le mie cose', 'prendetevi cura del mio gatto', 'prendetevi cura del mio cane'],
    relief: ['preoccuparvi per me', 'preoccuparti per me', 'sopportarmi', 'più sopportarmi', 'preoccuparsi per me', 'un peso per', 'meglio senza di me', 'liberarsi di me', 'nessuno sentirà la mia mancanza', 'nessuno sentira la mia mancanza', 'a nessuno mancherò',
      ...withPlain(['più felici senza di me', 'starebbero meglio senza di me', 'liberi da me', 'vi libererete di me', 'si libereranno di me',
        'nessuno si accorgerà che non ci sono', 'nessuno si accorgerebbe della mia assenza', 'nessuno noterà la mia assenza'])],
    // The speaker gone for good ("I won't wake up", "soon it won't hurt anymore"; not "I won't be here anymore", said when moving away, nor
    // "my last night" before a place): with pills, farewells or relief in the text, a plan (CUE_POLICY.cuePairs).
    vanish: [...withPlain(['per non svegliarsi più', 'per non svegliarmi più', 'non svegliarmi più', 'per non svegliarsi', 'per non svegliarmi', 'e non svegliarmi',
      'non risvegliarmi più', 'non svegliarmi mai più', 'non svegliarsi mai più',
      // Said of anyone, as a dose is asked about: "quante gocce ci vogliono per non svegliarsi più".
      'non svegliarsi più', 'e non svegliarsi', 'per non risvegliarsi', 'per non risvegliarsi più', 'addormentarsi e non svegliarsi', 'addormentarsi per sempre',
      'per non svegliarsi mai', 'per dormire per sempre', 'per non risvegliarmi', 'senza svegliarsi più', 'per non aprire più gli occhi']).map(unlessBefore(WAKE_AT)), 'non farà più male', 'non fara piu male', unlessBefore(['a', 'in', 'qui', 'con', 'da'])('la mia ultima notte'), 'non mi servono più', 'non mi servono piu', 'non mi servirà più', 'non mi servira piu', 'non mi sveglierò più', 'non mi svegliero piu', 'stanotte finisce tutto', 'stanotte la faccio finita'],
    selfinjure: ['pugni al muro', 'a pugni il muro', 'non ho mangiato niente', 'non mangio niente', 'vado a vomitare', 'mi faccio vomitare', 'mi strappo i capelli', 'mi sono bruciata', 'mi sono bruciato', 'bruciarmi', 'mi brucio', 'sigaretta sul braccio', 'la testa contro il muro', 'sbattuto la testa', 'sbatto la testa', 'mi picchio', 'picchiarmi', 'mi graffio', 'fino a sanguinare', 'non merito di mangiare',
      // Nails and lips are bitten out of habit: "mi mordo le unghie".
      unlessBefore(['le unghie', 'il labbro', 'le labbra', 'la lingua', 'le pellicine', "l'interno", 'le guance'])('mi mordo'),
      // Cutting again (not hair: "mi sono tagliata di nuovo la frangia").
      ...withPlain(['mi sono tagliata di nuovo', 'mi sono tagliato di nuovo', 'mi sono tagliata ancora', 'mi sono tagliato ancora', "mi sono tagliata un'altra volta",
        "mi sono tagliato un'altra volta", 'mi taglio di nuovo', 'mi sono tagliata più a fondo', 'mi sono tagliato più a fondo']).map(unlessBefore(NOT_SELF_CUT))],
    deliberate: ['almeno sento qualcosa', "l'unica cosa che mi aiuta", 'per punirmi', { term: 'apposta', unless: ['non apposta', "non l'ho fatto apposta", 'non era apposta'] }, 'di proposito', 'volutamente', 'come punizione', 'me lo merito', "l'unica cosa che mi calma", "l'unica cosa che mi fa", 'per sentire qualcosa',
      ...withPlain(['più a fondo questa volta', 'stavolta più a fondo', 'più profondo stavolta', 'stavolta più profondo', 'maniche lunghe per nascondere',
        'maniche lunghe per coprire', 'per nascondere i tagli', 'per coprire i tagli', 'non riesco a smettere di tagliarmi']),
      // Can't stop, said of nothing else ("non riesco a smettere di ridere" is a laugh).
      ...['non riesco a smettere', 'nn riesco a smettere'].map(unlessBefore(['di', 'con']))],
    // Not a film or a party: "finisce tutto bene", "finisce tutto alle 18", "sarà tutto finito entro venerdì".
    ending: [...withPlain(['finisce tutto', 'tutto finisce', 'sarà tutto finito']).map(unlessBefore(withPlain(['bene', 'male', 'in', 'con', 'alle', 'a', 'il', 'la', 'lo',
      'i', 'le', 'gli', 'dopo', 'prima', 'entro', 'per', 'tra', 'fra', 'domani alle']))),
      ...withPlain(['stasera finisce tutto', 'oggi finisce tutto', 'finisce tutto stasera', 'stasera chiudo con tutto', 'la faccio finita stasera', 'stanotte la faccio finita',
        'questa è la fine', 'qui finisce tutto'])],
    dissuade: ['non provare a convincermi', 'non provare a fermarmi'],
    // Everyone's forgiveness asked with a farewell (review: also a break-up), the speaker a burden with others freed of them, a
    // lethal dose asked about with the pills named (review: also a worried parent) (CUE_POLICY.cuePairs): self-harm.
    // Not "excuse me" before a question or for a delay: "scusate il ritardo", "scusate, qualcuno sa...".
    forgive: [...['scusate', 'scusatemi', 'perdonatemi'].map(unlessBefore(['il', 'lo', 'la', "l'", 'i', 'gli', 'le', 'se', 'ma', 'però', 'per il', 'per la', 'per lo',
      'per i', 'per gli', 'per le', "per l'", 'del', 'della', 'dei', 'delle', 'ho', 'qualcuno', 'chi', 'dove', 'come', 'cosa', 'che', 'una', 'un', 'a', 'ragazzi ma',
      'mi', 'ci', 'non', 'sapete', 'avete', 'sono', 'è'])),
      // Not one thing regretted: "scusa per tutto quello che ti ho detto".
      ...withPlain(['perdonami per tutto', 'perdonatemi per tutto', 'scusatemi per tutto', 'scusate per tutto', 'scusa per tutto', 'mi dispiace per tutto'])
        .map(unlessBefore(['quello', 'quel', 'il', 'lo', 'la', 'i', 'gli', 'le', 'ciò'])),
      ...withPlain(['chiedo scusa a tutti', 'chiedo perdono a tutti', 'vi chiedo perdono', 'vi chiedo scusa per tutto'])],
    // Said of everything, not of a kitchen or a game: "sono solo un problema in cucina".
    burden: [...withPlain(['sono un peso', 'sono solo un peso', 'sono un fardello', 'sono solo un problema', 'creo solo problemi', 'do solo problemi', 'porto solo problemi',
      'do solo fastidio a tutti', 'sono di troppo', "sono d'intralcio", 'sono un intralcio', 'rovino tutto', 'rovino sempre tutto', 'sono un peso morto'])
      .map(unlessBefore(['in', 'al', 'alla', 'con', 'quando', 'nel', 'nella', 'stasera', 'qui']))],
    lethal: [...withPlain(['dose letale', 'dose mortale', 'dose fatale', 'quantità letale', 'mi ucciderebbe', 'mi ucciderebbero', 'mi ammazzerebbero', 'per ammazzarmi',
      'per uccidermi', 'per farla finita', 'sono letali']), ...withPlain(['per non svegliarsi', 'per non svegliarmi più', 'per non svegliarsi più', 'per non risvegliarsi',
        'per non svegliarsi mai più']).map(unlessBefore(WAKE_AT))],
    // What one hangs or suffocates oneself with (rope, charcoal, 練炭, 번개탄): with the speaker gone for good, a plan (CUE_POLICY.cuePairs); a letter is
    // too everyday a farewell for it ("bought charcoal for the barbecue and wrote to grandma").
    method: ['una corda', 'la corda', 'carbonella', 'il carbone'],
    // A code, PIN or card number and a verb asking to be told it, in one clause: fraud, as banks and couriers never ask (CUE_POLICY.cuePairs).
    secret: ['codice di verifica', 'codice di sicurezza', 'codice ricevuto', 'codice che le è arrivato', 'codice che ti è arrivato', 'codice via sms', 'codice sms', 'codice otp', 'il pin', 'suo pin', 'tuo pin', 'codice pin', 'numero carta', 'numero della carta', 'cvv', 'cvc', 'dati della carta', 'password della banca'],
    divulge: ['mi comunichi', 'ci comunichi', 'comunicarci', 'comunicami', 'mi dica', 'ci dica', 'mi dia', 'mi detti', 'ci detti', 'dettami', 'mi invii', 'ci invii', 'inviami', 'mandami', 'inserisca qui', 'inserisca', 'confermi', 'conferma il', 'risponda con', 'rispondi con', 'mi legga', 'leggimi'],
    // Advice against scams: in its sentence a code or a money ask is warned of, not asked for (CUE_POLICY.retractions).
    warning: ['non chiede mai', 'non chiederà mai', 'non chiediamo mai', 'non ti chiederà mai', 'non le chiederà mai', 'non comunicare mai', 'non condividere mai', 'mai condividere', 'attenzione alle truffe', 'occhio alle truffe', 'è una truffa vero', 'e una truffa vero', 'è una truffa, vero'],
    // Not drinking: alcohol in its sentence is no drinking promoted (CUE_POLICY.retractions).
    // The reader told the speaker themselves: knowing where they live or work is then no stalking (CUE_POLICY.retractions).
    toldme: ['mi hai detto dove', "me l'hai detto", 'mi hai raccontato'],
    // Politics said with heat (CUE_POLICY.cuePairs): those who govern, called criminals or traitors, or a call to rise against them.
    polity: ['governo', 'presidente', 'parlamento', 'elezioni', 'politici', 'ministri'],
    vilify: ['mafiosi', 'banda di ladri', 'sono ladri', 'sono dei ladri', 'tutti ladri', 'traditori', 'sono criminali', 'corrotti', 'assassini', 'sono bugiardi', 'truccate', 'burattini', 'terroristi', 'fascisti', 'devono andare a casa'],
    uprising: ['tutti in piazza', 'scendiamo in piazza', 'scendete in piazza', 'rovesciare', 'ribaltare tutto', 'rivoluzione subito'],
    // A threat meant: where it will be done, 'wait and see', 'not joking'. A laugh beside them is no banter (CUE_POLICY.jest). Not a
    // time alone, which game banter names as often.
    menace: ['non scherzo', 'non sto scherzando', 'non è uno scherzo', 'dico sul serio', 'sono serio', 'fuori da scuola', "all'uscita", 'aspettami', 'vedrai', 'quando ti vedo', 'quando ti becco', 'quando ti trovo', 'che ti trovo', 'sotto casa tua'],
    // Laughing or joking: a threat said with it is banter (CUE_POLICY.jest).
    jest: [{ term: 'scherzo', unless: ['che sia uno scherzo', 'sia uno scherzo', 'non scherzo', 'non è uno scherzo', 'nessuno scherzo'] }, { term: 'sto scherzando', unless: ['non sto scherzando'] }, { term: 'scherzavo', unless: ['non scherzavo'] }, { term: 'è uno scherzo', unless: ['non è uno scherzo'] }, 'per scherzo'],
    // A veiled threat: accidents happen, said to someone told to keep talking like that (CUE_POLICY.cuePairs).
    accident: ['gli incidenti capitano', 'un incidente capita', 'gli incidenti succedono'],
    goad: ['continua a parlare così', 'guardati le spalle'],
    // Cooking: wine or beer in a recipe is no drinking promoted (CUE_POLICY.retractions).
    cooking: ['sfumare', 'sfumate', 'sfumato', 'sfumatelo', 'risotto', 'ricetta', 'marinata', 'marinare', 'sugo', 'brasato', 'cucchiaio', 'cucinare'],
    // A faith to be banned, a disputed land claimed (CUE_POLICY.cuePairs): politically or religiously sensitive.
    faith: ['religione', "l'islam", 'cristianesimo', 'ebraismo', 'moschee', 'chiese', 'sinagoghe', 'questa setta'],
    outlaw: ['va vietata', 'andrebbe vietata', 'bisogna vietare', 'dovrebbe essere vietata', 'cacciarli tutti'],
    disputed: ['la crimea', 'alto adige', 'istria', 'palestina', 'gerusalemme'],
    claim: ['è nostra', 'ci appartiene', 'riprenderla con la forza'],
    // A night together in bed, and what the reader is wearing or not (CUE_POLICY.cuePairs): sexual harassment.
    onenight: ['una notte insieme', 'una notte con te', 'passiamo la notte insieme', 'passare la notte con te'],
    // The sheets say bed as well, with teaching the innuendo of a lesson in bed ("ti insegno io, sotto le lenzuola").
    inbed: ['a letto', 'nel letto', 'sotto le lenzuola', 'tra le lenzuola', 'fra le lenzuola', 'nel mio letto', 'nel lettone'],
    wearing: ['cosa indossi', 'che cosa indossi', 'che indossi', 'cosa hai addosso', 'che hai addosso', 'che cosa hai addosso', "cos'hai addosso", 'come sei vestita',
      'come sei vestito', 'cosa ti sei messa addosso', 'che ti sei messa addosso', 'cosa porti sotto'],
    naked: ['nuda', 'senza niente addosso', 'nudo', 'nudi', 'nudina', 'tutta nuda', 'svestita', 'senza mutande', 'senza mutandine', 'senza reggiseno', 'in topless',
      NOT_LAUNDRY('senza vestiti'),
      // The reader's clothes off, said or imagined: "senza i vestiti sarai ancora meglio", "se ti spogli".
      ...withPlain(['senza i vestiti', 'senza quei vestiti', 'senza vestitini', 'con meno vestiti', 'se ti togli i vestiti', 'se ti togliessi i vestiti',
        'togliendoti i vestiti']).map(NOT_LAUNDRY),
      ...withPlain(['senza nulla addosso', 'se ti spogli', 'se ti spogliassi', 'tutto nudo', 'nuda nuda', 'come mamma ti ha fatta',
        'come mamma ti ha fatto', 'senza slip', 'senza niente sotto'])],
    // The reader's underwear, their body called sexy, arousing or pictured in the speaker's bed, a naked video call, how many
    // people they have slept with, someone sought to warm the speaker's bed (CUE_POLICY.cuePairs): sexual harassment.
    // The speaker's hotel tonight and what the reader wears right now go to review.
    // Not "intimo" alone ("il tuo amico intimo"), "slip" (an English payment slip) nor "boxer" (the dog).
    underwear: ['mutandine', 'mutande', 'mutandina', 'biancheria intima', 'reggiseno', 'reggipetto', 'perizoma', 'tanga', 'lingerie', 'culotte', 'completino intimo', 'in intimo'],
    now: ['adesso', 'ora', 'in questo momento', 'proprio ora', 'proprio adesso'],
    // "Il tuo corpo ha bisogno di riposo": the body alone is a coach's or a doctor's word; the pair word carries the sense.
    physique: ['il tuo corpo', 'tuo corpo', 'il tuo fisico', 'tuo fisico', 'che fisico', 'che corpo', 'bel fisico', 'quel fisico', 'quel corpo', 'le tue curve', 'che curve',
      'le tue forme', 'che forme', 'il tuo corpicino', 'che corpicino', 'fisicaccio', 'le tue cosce', 'che gambe',
      // The body praised: "che bel corpo", "fisico da paura", "hai un fisico pazzesco".
      ...withPlain(['bel corpo', 'gran fisico', 'fisico pazzesco', 'fisico da paura', 'fisico scolpito', 'fisico perfetto', 'corpo perfetto', 'fisico statuario',
        'corpo da modella', 'fisico da modella', 'hai un corpo', 'hai un fisico', 'corpo da urlo', 'fisico da urlo', 'corpo mozzafiato', 'fisico mozzafiato'])],
    // Not "figa" or "figo" (cool), "porca" (porca miseria), "bono" (Roman for good) nor "da urlo" (a gym compliment).
    lewd: ['sexy', 'sexi', 'arrapante', 'arrapata', 'bona', 'bonazza', 'bonazzo', 'gnocca', 'figona', 'scopabile', 'eccitante', 'provocante',
      // What makes a photo asked for sexual, said of the photo: a bare "calda" or "piccante" is the weather or the food, and "sensuale" a dance.
      ...withPlain(pairs(['foto', 'fotine', 'fotina', 'fotografia', 'selfie', 'video', 'videino'], ['hot', 'piccante', 'piccanti', 'spinta', 'spinte', 'osé', 'sensuale',
        'sensuali', 'provocante', 'provocanti', 'audace', 'audaci', 'birichina', 'birichine', 'maliziosa', 'maliziose', 'bollente', 'bollenti', 'sexy']))],
    videocall: ['videochiamata', 'videochiamate', 'video chiamata', 'videochiamiamo', 'videochiamarci', 'videochiamarti', 'chiamata video', 'in videochiamata'],
    // Not "hai dormito" ("quante ore hai dormito?") nor the sick in bed ("sei stata a letto con la febbre").
    bedded: [...['sei stata a letto con', 'sei stato a letto con', 'sei andata a letto con', 'sei andato a letto con', 'sei stata a letto', 'sei andata a letto']
      .map(unlessBefore(['la febbre', "l'influenza", 'il raffreddore', 'il covid', 'la tosse', 'mal di', 'il mal di', 'la bronchite', 'alle', 'tardi', 'presto', 'ieri',
        'stanotte', 'malata', 'malato', 'per', 'tutto il giorno'])),
      'hai scopato', 'ti sei scopata', 'ti sei scopato', 'hai fatto sesso', "hai fatto l'amore con", 'ti sei portata a letto', 'ti sei portato a letto',
      'hai portato a letto', 'hai portati a letto',
      unlessBefore(['la', 'il', 'le', 'i', 'gli', 'lo', "l'", 'un', 'una', 'la finestra', 'il condizionatore', 'i calzini', 'la luce'])('hai dormito con')],
    tally: [...['quanti', 'quante', 'con quanti', 'con quante'].map(unlessBefore(COUNTED_TIME)), 'quanti ragazzi', 'quanti uomini', 'quante ragazze', 'quante donne'],
    // Someone sought, not a blanket or a heater: "cerco una coperta che mi scaldi".
    bedwarm: ['qualcuna che mi scaldi', 'qualcuno che mi scaldi', 'qualcuna che mi scaldi il letto', 'chi mi scaldi il letto', 'qualcuna per scaldare il letto',
      'qualcuno per scaldarmi il letto', 'una che mi scaldi', 'qualcuna che mi tenga al caldo', 'qualcuno che mi tenga al caldo', 'qualcuna che dorma con me',
      'qualcuna con cui dormire stanotte', 'qualcuno con cui dormire stanotte'],
    // The reader asked to the speaker's hotel, not a traveller's night ("stasera torno nel mio hotel") nor "camera mia".
    hotelroom: ['vieni in hotel da me', 'vieni da me in hotel', 'vieni nel mio hotel', 'vieni al mio hotel', 'vieni nel mio albergo', "vieni in albergo da me",
      'passa dal mio hotel', 'ti aspetto in hotel', 'ti aspetto nel mio hotel', "ti aspetto in camera d'albergo", 'sali in camera mia'],
    tonight: ['stasera', 'stanotte', 'questa sera', 'questa notte', 'sta sera', 'sta notte', 'stasera stessa'],
    // What a lesson or a service costs per unit (CUE_POLICY.cuePairs): beside a sum, a priced offer.
    rate: ['per lezione', 'ogni lezione', 'lezione di prova'],
    // The learner's side of a lesson's price: the speaker pays it, or it is their own teacher's (CUE_POLICY.retractions).
    pupil: ['io pago', 'ho pagato', 'sto pagando', 'pagavo', 'mi fa pagare', 'il mio insegnante', 'la mia insegnante', 'il mio prof', 'la mia prof', 'il mio tutor', 'la mia tutor', 'quanto paghi'],
    // Teaching offered in bed; a stay at the speaker's with one bed, for review (CUE_POLICY.cuePairs). The speaker teaching, or a
    // lesson "only learned" somewhere; not the learner ("ripasso i vocaboli a letto ogni sera"), nor a study tip ("si impara meglio di sera").
    teach: [...withPlain(['ti insegno', 'te lo insegno', 'te la insegno', 'ti insegnerò', 'ti insegnerei', 'insegnarti', 'ti posso insegnare', 'posso insegnarti',
      'lascia che ti insegni', 'ti faccio vedere io', 'ti faccio vedere cosa so fare', 'ti do lezioni', 'ti do lezione', 'ti do ripetizioni', 'ti darei lezioni',
      'ti faccio lezione', 'ti faccio da maestro', 'ti faccio da maestra', 'si insegna meglio', 'si insegnano meglio', 'si impara solo', 'si imparano solo'])
      .map(unlessBefore(withPlain(['a investire', 'a guadagnare', 'a fare trading', 'a usare', 'a cucinare', 'a guidare', 'online', 'su zoom', 'leggendo', 'con', 'di',
        'a scuola', 'in classe', 'con la pratica', 'praticando'])))],
    onebed: [...withPlain(['il letto è uno solo', 'il letto è solo uno', 'un solo letto', 'ho un solo letto', "c'è un solo letto", "c'è solo un letto", 'ho solo un letto',
      'solo un letto', 'un letto solo', 'ho solo il matrimoniale', "c'è solo il matrimoniale", 'dividere il letto', 'dividiamo il letto', 'condividere il letto',
      'condividiamo il letto', 'nello stesso letto', 'non ho il divano', 'non ho divano', 'niente divano', 'non ho un divano'])],
    // The reader staying the night at the speaker's ("dormi da me", "ti ospito io").
    stayover: [...withPlain(['dormi da me', 'dormire da me', 'puoi dormire da me', 'stai da me', 'stare da me', 'resti da me', 'restare da me', 'resta da me', 'rimani da me',
      'rimanere da me', 'ti fermi da me', 'fermarti da me', 'fermati da me', 'vieni a dormire da me', 'ti ospito', 'ti ospito io', 'ospitarti', 'dormi a casa mia',
      'dormire a casa mia', 'stai a casa mia', 'stare a casa mia', 'resti a casa mia', 'rimani a casa mia', 'ti fermi a dormire', 'fermati a dormire', 'resta a dormire',
      'rimani a dormire', 'ti fermi a casa mia'])],
    // Pressing for a contact detail after a refusal (CUE_POLICY.solicitContact).
    insist: ['perché non mi vuoi dare', 'perche non mi vuoi dare', 'non sono un maniaco'],
    // Someone else's speech reported (said, decía, a dit, sagte, говорил, قال, bola, 说, って言って, 라고 했): a threat quoted by it is theirs.
    reported: ['ha detto', 'diceva', 'dice', 'mi diceva', 'mi ha detto', 'ha scritto', 'mi ha scritto', 'urlava'],
    // The speaker apologising: the reader asked again with a count is not pushing (CUE_POLICY.pushedContact).
    apology: ['scusa', 'scusami', 'scusate', 'mi dispiace', 'perdonami', 'sorry'],
    // Regret promised to the reader: a threat with a `coerce` near it (CUE_POLICY.cuePairs), advice or a feeling alone.
    regret: ['te ne pentirai', 'ti pentirai', 'te ne penterai', 've ne pentirete', 'vi pentirete', 'te ne farò pentire', 'te ne faro pentire', 'ti farò pentire', 'ti faro pentire', 'lo rimpiangerai'],
    // What the reader does to the speaker that a promised regret punishes (CUE_POLICY.cuePairs).
    coerce: ['ignorarmi', 'mi ignori', 'mi stai ignorando', 'mi hai ignorato', 'mi hai ignorata', 'ignori i miei messaggi', 'bloccami', 'mi blocchi', 'bloccarmi', 'mi hai bloccato', 'mi hai bloccata', 'se non mi rispondi', 'se nn mi rispondi', 'se non mi scrivi', 'quello che mi hai detto', 'quello ke mi hai detto', 'quel che mi hai detto', 'ciò che mi hai detto', 'cio che mi hai detto', 'quello che hai detto su di me', 'mi segnali', 'segnalarmi', 'mi hai segnalato', 'mi hai segnalata', 'mi lasci in visualizzato', 'mi hai lasciato', 'lasciarmi', 'quello che hai detto'],
    // A count of times, beside the speaker's asking (`asked`).
    repeat: ['3 volte', 'tre volte', 'tipo 3 volte', '2 volte', 'due volte', '4 volte', 'quattro volte', '5 volte', 'cinque volte', 'mille volte', 'cento volte', 'tante volte', 'diverse volte', 'più volte', 'piu volte', 'quante volte', 'per l\'ultima volta', 'per l ultima volta', '3x'],
    // The speaker's own asking: with a count beside it (`repeat`), pushing a contact ask (CUE_POLICY.pushedContact).
    asked: ['chiesto', 'chiedo', 'ho chiesto', 'ti ho chiesto', 'te l\'ho chiesto', 'te lho chiesto', 'ti chiedo', 'te lo chiedo', 'sto chiedendo', 'chiedendo', 'domandato', 'ti ho domandato', 'ti domando', 'richiesto', 'ti richiedo'],
    // Pushing after a refusal, in words that ask for nothing themselves: a contact ask near them is pressed for (CUE_POLICY.pushedContact).
    pressure: ['te l\'ho già chiesto', 'te l\'ho gia chiesto', 'te l\'ho chiesto tre volte', 'te l\'ho chiesto mille volte', 'ti ho chiesto tre volte', 'ti ho chiesto 3 volte', 'quante volte te lo devo chiedere', 'quante volte devo chiedertelo', 'quante volte te lo devo dire', 'per l\'ultima volta', 'terza volta che te lo chiedo', 'hai detto no ma', 'anche se hai detto no', 'so che non vuoi ma', 'lo so che non vuoi', 'non dirmi di no', 'non mi dire di no', 'non accetto un no', 'che problema c\'è', 'che problema c\'e', 'che problema ce', 'che ti costa', 'cosa ti costa', 'non ti costa niente', 'non ti costa nulla', 'cosa ci perdi', 'che ci perdi', 'è solo un numero', 'e solo un numero', 'che sarà mai', 'non fare la difficile', 'non fare il difficile', 'non fare la preziosa', 'non te la tirare', 'non tirartela', 'perché fai così', 'perche fai cosi', 'xke fai cosi', 'non sono strano', 'non sono strana', 'non sono un maniaco', 'non sono un malintenzionato', 'eviti sempre la domanda', 'eviti sempre', 'continui a evitare', 'smettila di evitare la domanda', 'non rispondi mai alla domanda', 'cambi sempre discorso', 'non cambiare discorso', 'svii sempre il discorso', 'smettila di sviare', 'non svicolare', 'stai svicolando', 'fai sempre finta di niente', 'hai schivato la domanda', 'schivi sempre', 'giri sempre intorno', 'perché fai tante storie', 'perche fai tante storie', 'non fare tante storie', 'quante storie', 'non farne un dramma', 'perché ne fai un dramma', 'perche ne fai un dramma', 'quanto la fai lunga', 'non farla così lunga', 'perché la fai così lunga', 'non fare la drammatica', 'non essere così complicata', 'non essere così difficile', 'non fare così la difficile', 'non fare tanto la difficile', 'non fare tanto la preziosa', 'smettila di fare la preziosa', 'non essere così chiusa', 'non fare la sostenuta', 'non tirartela così'],
    // An experience missed: the regret promised in its sentence is advice, not a threat (CUE_POLICY.retractions).
    missout: ['se non provi', 'se non lo provi', 'se non la provi', 'se non li provi', 'se nn provi', 'se non prova', 'se non lo prova', 'se non provate', 'se non assaggi', 'se non lo assaggi', 'se non la assaggi', 'se non visiti', 'se nn visiti', 'se non visita', 'se non ci vai', 'se nn ci vai', 'se non ci va', 'se non ci andate', 'se non vai a vedere', 'se non vai a vederlo', 'se non vedi', 'se non lo vedi', 'se non lo guardi', 'se non mangi', 'se non viaggi', 'se non lo leggi', 'se non approfitti', 'se non ne approfitti', 'se non cogli l\'occasione', 'se non prenoti', 'se non compri i biglietti', 'se te lo perdi', 'se te la perdi', 'se ve lo perdete', 'di non esserci andato', 'di non esserci andata', 'di non esserci stato', 'di non averlo provato', 'di non aver provato', 'di non averla provata', 'di non aver assaggiato', 'di non aver visto', 'di non averlo visto', 'di non aver visitato', 'di non aver approfittato', 'di non provare', 'di non andarci', 'di non visitare', 'senza provare', 'senza assaggiare', 'senza vedere', 'senza visitare', 'e non mangi', 'e non provi', 'e non assaggi', 'e non vedi', 'e non visiti', 'se non guardi', 'di non essere venuta', 'di non essere venuto', 'di non essere andata', 'di non essere andato', 'pentirai di niente', 'pentirai di nulla', 'pentirai mai'],
    // The speaker naming themselves (CUE_POLICY.selfLabel): "sono proprio un idiota", "mi sento una cretina", "lo scemo sono io". Not a bare
    // "sono": "sono stronzi" is "they are".
    selfbefore: ['io sono', 'io sono proprio', 'sono un', 'sono una', 'sono il', 'sono la', 'sono il solito', 'sono la solita', 'sono il più', 'sono la più', 'sono stato', 'sono stata', 'mi sento', 'mi sono sentito', 'mi sono sentita', ...pairs(['sono', 'sono stato', 'sono stata', 'mi sento', 'mi sento come', 'mi sono sentito', 'mi sono sentita', 'io sono'], ['proprio un', 'proprio una', 'davvero un', 'davvero una', 'veramente un', 'veramente una', 'un vero', 'una vera', 'un gran', 'una gran', 'un completo', 'una completa', 'come un', 'come una']), 'mi sento un', 'mi sento una', 'mi sono sentito un', 'mi sono sentita una', 'sono stato un', 'sono stata una'],
    selfretort: ['certo', 'sì certo', 'si certo', 'come no'],
    selfafter: ['sono io'],
    selflead: ['che', 'il', 'la', 'lo', 'quel', 'quella', 'che razza di'],
    selfsigh: ['oddio', 'uffa', 'mamma mia', 'ah', 'cavolo'],
    abstain: ['non bevo', 'io non bevo', 'non bevo mai', 'analcolico', 'analcolica', 'analcolici', 'senza alcol', 'senza alcool', 'ho smesso di bere', 'sono astemio', 'sono astemia', 'astemio', 'astemia'],
    // A fee paid to start work, with earnings or a task job beside it: the paid-task scam (CUE_POLICY.cuePairs).
    fee: ['deposito per attivare', 'costo di attivazione', 'spese di formazione', "per attivare l'account"],
    gig: ['lavoro da casa', 'a like', 'per ogni like', 'per recensione', 'sei stata selezionata', 'sei stato selezionato'],
    // Telling the reader they will not sleep, with the speaker's bed in the text: a night in bed promised (CUE_POLICY.cuePairs).
    sleepless: ['non ti faccio dormire', 'non ti lascio dormire'],
    bedroom: ['nel mio letto', 'nel letto con me'],
    // The reader's voice arousing the speaker; the two of them pictured in the shower: desire aimed at the reader (CUE_POLICY.cuePairs).
    voice: ['la tua voce'],
    // "Mi scalda il cuore" is heartwarming; "mi accendi la sigaretta?" a light.
    aroused: ['mi eccita', unlessBefore(['il cuore', "l'anima", 'la giornata', 'le mani', 'il pranzo', 'la cena', 'il latte'])('mi scalda'), 'mi ecciti', 'mi fai eccitare',
      'mi fa eccitare', 'mi arrapi', 'mi arrapa', 'mi fai arrapare', 'mi fa arrapare', 'mi fai sangue', 'mi fai bagnare',
      unlessBefore(['la', 'il', 'lo', 'una', 'un', 'le', 'i', 'gli', 'il fuoco', 'la luce', 'la tv'])('mi accendi')],
    fantasy: ['immaginarci', 'ci immagino', 'immagino noi', 'penso a noi'],
    sharedbath: ['sotto la doccia insieme', 'doccia insieme', 'nella vasca insieme'],
    // A romance ad: a seeking verb with a partner (see CUE_POLICY.romanceAd). Not one's own partner ("a gift for my wife").
    seek: ['cerco', 'cercasi', 'sto cercando', 'alla ricerca di', 'in cerca di', 'cerchiamo'],
    partner: ['fidanzata', 'fidanzato', 'moglie', 'futura moglie', 'marito', 'futuro marito', 'anima gemella', 'relazione seria', 'una relazione', 'donna giovane', 'compagna di vita', 'compagno di vita', 'ragazza giovane', 'giovane donna'].map(unlessAfter(['mia', 'mio', 'tua', 'tuo', 'sua', 'suo', 'la mia', 'il mio'])),
    // Gore told in two cues each harmless alone (see CUE_POLICY.cuePairs): spilled insides, a body cut in two, a pet skinned or an animal skinned alive.
    viscera: ['cervello', 'cervella', 'budella', 'intestini', 'interiora', 'viscere'],
    spill: ['dappertutto', 'ovunque', 'di fuori', 'fuori dalla pancia', 'penzolanti', 'sparse', 'sparsi', 'per terra', 'sull’asfalto', "sull'asfalto", 'spappolato', 'spiaccicato'],
    bisect: ['tagliato in due', 'tagliata in due', 'spezzato in due', 'diviso in due', 'in due pezzi', 'testa schiacciata', 'testa spappolata'],
    corpse: ['corpo', 'cadavere', 'tizio', 'uomo', 'treno', 'motociclista', 'investito'],
    bloodshed: ['sangue schizzava', 'il sangue schizzava', 'schizzi di sangue', 'pozza di sangue', 'lago di sangue', 'coperto di sangue', 'coperta di sangue', 'ricoperto di sangue', 'sangue a fiotti', 'sangue zampillava', 'si vedevano le ossa', "si vedeva l'osso", 'osso esposto', 'sangue ovunque', 'sangue dappertutto'],
    mishap: ['punti di sutura', 'mi hanno dato i punti', 'sangue dal naso', 'mi sono tagliato', 'mi sono tagliata', 'tagliando la cipolla', 'caduto dalla bici', 'caduta dalla bici', 'dal dentista', 'cerotto'],
    flay: ['scuoiato', 'scuoiata', 'scuoiare', 'scorticato', 'scorticata', 'scuoiati'],
    alive: ['si muoveva ancora', 'ancora vivo', 'ancora viva', 'ancora urlava'],
    pet: ['cane', 'cagnolino', 'gatto', 'gattino', 'gattini', 'cani', 'gatti', 'criceto'],
    cruelty: ['annegato', 'annegati', 'impiccato', 'dato fuoco', 'bruciato vivo', 'preso a calci fino', 'torturato'],
    // Films, shows and games: gore said of them describes fiction (see CUE_POLICY.fiction).
    fiction: ['spoilerare', 'spoileri', 'fai spoiler', 'film', 'serie', 'episodio', 'anime', 'videogioco', 'horror', 'zombie', 'halloween', 'trucco', 'effetti speciali'],
    violence: [
      ...MORE.violence,
      'ti spacco', 'ti sfondo', 'ti gonfio', 'ti meno',
      'ammazzarti', 'ucciderti', 'accoltellare', 'accoltellarti', 'spararti', 'sgozzare', 'sgozzarti', 'strangolarti',
      'picchiarti', 'massacrarti', 'pestarti', 'stuprare', 'stuprarti', 'violentarti', 'torturarti', 'bruciarti',
      'ammazzarvi', 'uccidervi', 'farti fuori', 'farvi fuori', 'spaccarti', 'spaccarvi', 'menarti', 'menarvi', 'gonfiarti', 'pestarvi', 'picchiarvi',
      'accoltellarvi', 'ammazzerò', 'ammazzero', 'ammazzerei', 'ucciderò', 'uccidero', 'ucciderei',
    ],
    intensifier: ['molto', 'troppo', 'così', 'cosi', 'davvero', 'proprio', 'veramente', 'super', 'completamente', 'totalmente', 'assolutamente', 'parecchio', 'tanto', 'sul serio', 'letteralmente', 'decisamente', 'alquanto'],
    laughter: ['ahah*', 'ahahah*', 'ahahaha*', 'haha*', 'asd', 'asdasd*'],
    fondness: ['ti voglio bene', 'ti amo', 'tvb', 'tvtb', 'ti adoro'],
    meta: [
      'cosa vuol dire', 'che vuol dire', 'cosa significa', 'che significa', 'cosa vuole dire', 'significato di', 'come si dice', 'come si scrive',
      'è una parolaccia', 'parolaccia', 'parolacce', 'è volgare', 'è offensivo', 'la parola', 'questa parola', 'quella parola', 'traduzione', 'tradurre',
      'la differenza tra', 'in italiano si dice', 'perché si dice', 'perche si dice', 'in dialetto',
      'cosa vuol dì', 'che cosa significa', 'è un insulto', 'e un insulto', 'come si usa', 'mi spieghi', 'cosa significa la parola',
    ],
  },
};
