import { pairs } from './term-builders';
import type { Lexicon } from './types';

/**
 * Italian as typed in chat: apostrophes and accents dropped or swapped (vaffanculo/fanculo/vaffa,
 * perche/perchè, e' for è), chat shorthands (cmq, nn, xk, vfc, stfu), blasphemy that is ordinary
 * cursing in much of the north (porco dio, porca madonna, dio cane, written p0rc0 d10 or porcod*o),
 * regional insults (minchia and sticchio in Sicily, mortacci tua in Rome, sfaccimma in Naples).
 * Words with an everyday sense stay inside phrases: troia (Troy), figa/fica (also "cool"), pene (also
 * "sorrows"), palle (balls, as in snowballs), canna (a cane, a fishing rod), erba (grass), roba
 * (stuff), fumo (smoke), sballo (a blast), coca (Coca-Cola), cazzata (a silly thing, mild).
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

const APPS = ['whatsapp', 'wapp', 'uozzap', 'insta', 'instagram', 'ig', 'telegram', 'snap', 'snapchat', 'facebook', 'fb', 'tiktok', 'discord'];

export const it: Lexicon = {
  lang: 'it',
  terms: {
    insult: [
      'vaffanculo', 'vaffanculo a te', 'fanculo', 'vaffa', 'vfc', 'va a cagare', 'vai a cagare', 'vai a fare in culo', 'vai a farti fottere', 'fottiti',
      'stronzo', 'stronza', 'stronzi', 'stronze', 'stronzata', 'coglione', 'cogliona', 'coglioni', 'cojone', 'testa di cazzo', 'faccia di cazzo',
      'pezzo di merda', 'pezzo di stronzo', 'figlio di puttana', 'figlia di puttana', 'figli di puttana', 'fdp', 'figlio di troia', 'sei una troia',
      'brutta troia', 'troia di merda', 'troie', 'puttana', 'puttane', 'puttanella', 'zoccola', 'zoccole', 'mignotta', 'mignotte', 'bagascia', 'sgualdrina',
      'cretino', 'cretina', 'cretini', 'deficiente', 'deficienti', 'idiota', 'idioti', 'imbecille', 'imbecilli', 'scemo di merda', 'ritardato',
      'ritardata', 'mongoloide', 'handicappato', 'demente', 'rincoglionito', 'rincoglionita', 'minchione', 'cazzone', 'cazzona', 'sfigato', 'sfigata',
      'leccaculo', 'lecchino', 'bastardo', 'bastarda', 'bastardi', 'porco schifoso', 'maiale schifoso', 'cicciona', 'ciccione', 'sei un cesso',
      'sei brutta', 'sei brutto', 'fai schifo', 'mi fai schifo', 'nessuno ti vuole', 'nessuno ti sopporta', 'stai zitto', 'stai zitta', 'zitto coglione',
      'chiudi quella bocca', 'chiudi il becco', 'mortacci tua', 'mortacci tui', 'mortacci vostra', 'li mortacci', 'sfaccimma', 'sfaccimm',
      'pezz e merd', 'strunz', 'strunzo', 'cornuto', 'cornuta', 'cornuto e mazziato', 'succhiamelo', 'succhiacazzi', 'bocchinara',       'sei un fallito', 'sei una fallita', 'buono a nulla', 'testa di minchia', 'sticchio di tua madre', 'tua madre troia', 'tua madre puttana',
    ],
    harassment: [
      'so dove abiti', 'so dove vivi', 'so dove lavori', 'so dove studi', 'conosco il tuo indirizzo', 'ti sto guardando', 'ti sto osservando', 'ti tengo d’occhio',
      "ti tengo d'occhio", 'ti troverò', 'ti trovero', 'ti vengo a cercare', 'non puoi nasconderti', 'pubblico le tue foto', 'diffondo le tue foto',
      'metto in giro le tue foto', 'ti rovino la vita', 'ti rovinerò la vita', 'ti rendo la vita impossibile', 'ammazzati', 'ucciditi', 'suicidati',
      'impiccati', 'crepa bastardo', 'spero che muori', 'spero che tu muoia', 'spero che crepi', 'rispondi troia', 'rispondimi puttana',
    ],
    curse: [
      'cazzo', 'cazz', 'czz', 'cazzi', { term: 'cazzo*', unless: ['cazzott*'] }, 'incazz*', 'scazz*', 'cazzata', 'cazzate', 'che cazzo', 'col cazzo', 'minchia', 'mnchia', 'minchiata',
      'merda', 'merde', 'di merda', 'che merda', 'porca puttana', 'porca troia', 'porca miseria', 'porco dio', 'porcodio', 'porco d*o', 'porcod*o',
      'dio cane', 'diocane', 'dio porco', 'dioporco', 'porca madonna', 'madonna puttana', 'dio bestia', 'diobestia', 'dio boia', 'dioboia',
      'ostia', 'culo', 'che culo', 'fottuto', 'fottuta', 'fottere', 'me ne frego un cazzo', 'sticazzi',
      'sti cazzi', 'figa', 'che figa', 'rompere le palle', 'rompi le palle', 'rompipalle', 'rompicoglioni', 'che palle', 'coglioni',
      'smerdare', 'sputtanare', 'sputtanato', 'incularsi', 'inculato', 'inculata', 'minkia', 'mincia', 'cavolo di merda', 'merdoso', 'vaccaboia',
    ],
    sexual: [
      'leccarti tutta', 'leccarti',
      'scopare', 'scopiamo', 'scopami', 'ti scopo', 'voglio scopare', 'vuoi scopare', 'facciamo sesso', 'fare sesso', 'fare l’amore con te',
      "fare l'amore con te", 'sesso con me', 'sesso con te', 'porno', 'porn', 'pornografia', 'nudes', 'nude', 'foto nude', 'tutta nuda',
      'arrapata', 'arrapato', 'arrapante', 'bagnata per te', 'sono bagnata', 'ce l’ho duro', "ce l'ho duro", 'cazzo duro',
      'il mio cazzo', 'il tuo cazzo', 'la tua figa', 'la tua fica', 'pompino', 'pompini', 'fare un pompino', 'segarsi', 'mi sego',
      'farsi una sega', 'masturbarmi', 'masturbarsi', 'masturbazione', 'venire in bocca', 'sborra', 'sborrare', 'sborrata', 'tette grosse', 'tettona',
      'culona', 'chiavare', 'chiaviamo', 'trombare', 'trombiamo', 'sesso orale', 'sesso anale', 'cosce aperte', 'orgia', 'scambisti', 'webcam hot',
      'videochiamata hot', 'onlyfans', 'contenuti hot', 'vendo foto hot', 'foto hot',
    ],
    'sexual-harassment': [
      'mandami nudes', 'manda nudes', 'mandami le nudes', 'mandami una foto nuda', 'mandami foto nude', 'fammi vedere le tette', 'fammi vedere il culo',
      'fammi vedere il tuo corpo', 'fammi vedere la figa', 'mostrami le tette', 'mostrami il corpo', 'cosa indossi', 'che cosa indossi', 'cosa hai addosso',
      'di che colore sono le tue mutandine', 'di che colore è il tuo reggiseno', 'che taglia di reggiseno', 'sei vergine', 'sei ancora vergine',
      'vuoi fare sesso', 'vuoi scopare con me', 'ti voglio scopare', 'voglio scoparti', 'voglio toccarti', 'voglio leccarti', 'ti voglio leccare',
      'mi fai eccitare', 'mi ecciti', 'me lo fai venire duro', 'sei una gran figa', 'sei bona', 'quanto sei bona', 'togliti i vestiti', 'spogliati',
      'spogliati per me', 'senza vestiti', 'apri le gambe', 'vieni nel mio letto', 'siediti sulle mie ginocchia', 'ti stupro', 'ti violento',
    ],
    spam: [
      'hai vinto', 'ha vinto un', 'complimenti hai vinto', 'congratulazioni hai vinto', 'sei stato selezionato', 'sei stata selezionata', 'ritira il tuo premio',
      'riscatta il tuo premio', 'premio garantito', 'iphone gratis', 'regalo gratis', 'ricarica gratis', 'clicca qui', 'clicca sul link', 'link in bio',
      'link nella bio', 'seguimi e ti seguo', 'ricambio follow', 'follow per follow', 'inoltra questo messaggio', 'condividi questo messaggio',
      'offerta a tempo limitato', 'rispondi stop',
    ],
    phishing: [
      'verifica il tuo account', 'conferma il tuo account', 'il tuo account sarà sospeso', 'il tuo account sara sospeso', 'il tuo account è stato sospeso',
      'il tuo account è stato bloccato', 'il tuo account e stato bloccato', 'inserisci la password', 'dammi la tua password', 'qual è la tua password',
      'codice di verifica', 'mandami il codice', 'dimmi il codice', 'dammi il codice', 'il codice che ti è arrivato', 'il codice che ti e arrivato',
      'codice a 6 cifre', 'codice sms', 'dati bancari', 'dati della carta', 'numero della carta', 'il cvv', 'attività sospetta', 'attivita sospetta',
      'accesso sospetto', 'aggiorna i tuoi dati', 'clicca sul link qui sotto',
      'dimmi la password', 'dammi la password', 'mandami la password', 'scrivimi la password', 'inviami la password', 'dimmi la tua password',
      'mandami la tua password', 'scrivimi la tua password', 'inviami il codice', 'scrivimi il codice', 'mandami il codice', 'il codice che hai ricevuto',
      'il codice appena ricevuto', 'codice che ti abbiamo inviato', 'per verificare il tuo account', 'per sbloccare il tuo account', 'verificare la tua identità',
    ],
    ads: [
      'tagga 3 amici', 'tagga tre amici', 'e vinci',
      'vendo', 'in vendita', 'svendo', 'offerta', 'offerte', 'sconto', 'sconti', 'codice sconto', 'spedizione gratuita', 'spedizione gratis', 'compra ora',
      'ordina ora', 'prezzo in dm', 'prezzi in privato', 'scrivimi in privato', 'info in privato', 'per info in dm', 'all’ingrosso', "all'ingrosso",
      'lezioni private', 'ripetizioni a', 'iscriviti al mio canale', 'il mio canale youtube', 'seguite la mia pagina', 'stiamo assumendo', 'cerchiamo personale',
      'offerta di lavoro', 'cerco lavoro', 'cerco un lavoro', 'il mio curriculum', 'il mio cv', 'lavoro da casa', 'guadagnare da casa', 'guadagna soldi',
      'guadagnare soldi', 'soldi facili', 'reddito passivo', 'guadagno extra', 'concorso a premi', 'giveaway', 'estrazione', 'lotteria', 'riffa',
      'all’asta', "all'asta", 'raccolta fondi', 'donazioni', 'donate', 'fate una donazione', 'gofundme', 'codice amico', 'link di affiliazione',
    ],
    fraud: [
      'sono dell\'agenzia delle entrate', 'multa di 300€ con ricarica', 
      'militare americano in missione', 'sono un militare americano',
      'codice otp', 'mi confermi il codice', 'consulente di poste',
      'prestami dei soldi', 'prestami soldi', 'mi presti dei soldi', 'mi presti soldi', 'mi puoi prestare', 'mi presteresti', 'ho bisogno di soldi urgente',
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
    ],
    dating: [
      'cerco ragazza', 'cerco una ragazza', 'cerco fidanzata', 'cerco una fidanzata', 'cerco ragazzo', 'cerco un ragazzo', 'cerco fidanzato',
      'cerco un fidanzato', 'cerco moglie', 'cerco marito', 'cerco donna', 'cerco uomo', 'cerco l’amore', "cerco l'amore", 'cerco l’anima gemella',
      "cerco l'anima gemella", 'cerco anima gemella', 'cerco una relazione seria', 'cerco relazione seria', 'single cerca', 'vuoi essere la mia ragazza',
      'vuoi fidanzarti con me', 'vuoi sposarmi', 'sposami', 'avventura di una notte', 'trombamico', 'trombamica', 'amici di letto', 'sugar daddy',
      'escort', 'donne single', 'single nella tua zona', 'incontri', 'sito di incontri', 'app di incontri',
    ],
    drugs: [
      'farsi una canna', 'fumare una canna', 'rollare una canna', 'spinello', 'spinelli', 'erba da fumare', 'fumare erba',       'marijuana', 'cannabis', 'hashish', 'fumo da vendere', 'cocaina', 'coca da tirare', 'tirare una riga', 'pippare', 'pippata',
      'bamba', 'ecstasy', 'calare una pasta', 'mdma', 'keta', 'ketamina', 'eroina', 'lsd',       'sballarsi', 'sballato', 'fatto di canne', 'strafatto', 'drogarsi', 'drogato', 'spacciatore', 'spacciare', 'pusher', 
    ],
    alcohol: [
      'birra', 'birre', 'birretta', 'vino rosso', 'vino bianco', 'bicchiere di vino', 'bottiglia di vino', 'prosecco', 'spritz', 'aperol',
      'grappa', 'limoncello', 'vodka', 'whisky', 'rum', 'gin tonic', 'negroni', 'ubriaco', 'ubriaca', 'ubriachi', 'ubriacarsi', 'ubriacarmi',
      'sbronza', 'sbronzo', 'sbronzarsi', 'prendere una sbornia', 'sbornia', 'hangover', 'alcol', 'alcool', 'alcolici',
      'bere fino a', 'shottini', 
    ],
    threat: [
      'ti ammazzo', 'ti ammazzo di botte', 'ti uccido', 'ti faccio fuori', 'ti spacco la faccia', 'ti spacco il culo', 'ti rompo la faccia', 'ti rompo il culo',
      'ti gonfio di botte', 'ti riempio di botte', 'ti sparo', 'ti accoltello', 'ti sgozzo', 'ti brucio la casa', 'sei morto', 'sei morta', 'sei un uomo morto',
      'guardati le spalle', 'farai una brutta fine', 'morirai', 'ti faccio a pezzi', 'ti stacco la testa', 'vi ammazzo tutti',
      'faccio una strage', 'metto una bomba',
    ],
    gore: [
      'decapitato', 'decapitata', 'decapitazione', 'smembrato', 'smembrata', 'fatto a pezzi', 'mutilato', 'mutilata', 'mutilazione', 'sgozzato', 'sgozzata',
      'budella', 'cervello spappolato', 'sangue ovunque', 'video della decapitazione', 'video di esecuzione', 'cadavere in decomposizione', 'corpi dilaniati',
      'video gore',
    ],
    'self-harm': [
      'tagliare le vene', 'mi taglio le vene', 'tagliarmi i polsi', 'mi taglio i polsi', 'tagliare i polsi',
      'voglio morire', 'vorrei morire', 'voglio ammazzarmi', 'mi ammazzo', 'mi voglio ammazzare', 'mi uccido', 'voglio uccidermi', 'mi voglio uccidere',
      'suicidarmi', 'mi suicido', 'suicidio', 'pensieri suicidi', 'tagliarmi le vene', 'autolesionismo', 'farmi del male', 'non voglio più vivere',
      'non voglio piu vivere', 'togliermi la vita', 'voglio farla finita', 'la faccio finita', 'vorrei essere morto', 'vorrei essere morta', 'buttarmi dal ponte', 'buttarmi sotto un treno',
      'impiccarmi', 'prendere tutte le pillole',
    ],
    hate: [
      'hitler aveva ragione',
      'negri', 'negro di merda', 'sporco negro', 'frocio', 'froci', 'frocetto', 'ricchione', 'ricchioni', 'recchione', 'culattone',
      'finocchio di merda', 'lesbicona', 'trans di merda', 'terrone', 'terroni', 'polentone', 'polentoni', 'zingaro', 'zingara', 'zingari', 'zingaro di merda',
      'marocchino di merda', 'albanese di merda', 'ebreo di merda', 'sporco ebreo', 'muso giallo', 'mangiaspaghetti', 'vu cumprà', 'vu cumpra', 'extracomunitario di merda',
      'tornatene al tuo paese', 'torna al tuo paese', 'tornate a casa vostra', 'a morte gli ebrei', 'heil hitler', 'sieg heil', 'razza inferiore',
      'pulizia etnica', 'scimmia negra', 'mongoloidi',
      ...groupHate,
    ],
    sensitive: [
      'aborto', 'pro vita', 'giorgia meloni', 'governo meloni', 'salvini', 'fratelli d’italia', "fratelli d'italia", 'lega nord', 'fascismo', 'fascista', 'fascisti', 'mussolini',
      'duce', 'comunisti', 'antifascismo', 'dio non esiste', 'la religione è', "l'islam è", 'l’islam è', 'gli ebrei sono', 'i musulmani sono',
      'israele palestina', 'genocidio a gaza', 'pena di morte', 'nazisti', 'nazismo', 'olocausto', 'negazionismo', 'la chiesa è', 'il papa è',
      'ius soli', 'immigrazione clandestina', 
    ],
    // A group on its own is talk ("i miei amici marocchini"); next to contempt in one sentence it is an attack on the group.
    group: GROUP_TERMS,
    negative: CONTEMPT,
    app: [...APPS, 'wazzap', 'uatsap', 'telegramma'],
    contact: ['numero', 'numero di telefono', 'num', 'cellulare', 'cell', 'tel', 'telefono', 'email', 'e-mail', 'indirizzo', 'contatto', 'nome utente', 'profilo', 'social'],
    picture: ['foto', 'fotina', 'fotine', 'selfie', 'video', 'videochiamata', 'immagine', 'immagini', 'cam', 'webcam'],
    body: [
      'tette', 'tettine', 'seno', 'capezzoli', 'culo', 'culetto', 'sedere', 'chiappe', 'gambe', 'cosce', 'piedi', 'corpo', 'mutandine', 'mutande',
      'perizoma', 'reggiseno', 'intimo', 'lingerie', 'bikini', 'nuda', 'nudo', 'senza vestiti', 'sotto la doccia', 'cazzo', 'pene', 'figa',       'scollatura',
    ],
    request: [
      'mi serve un', 'mi servono',
      'mi fai una', 'me le fai vedere', 'me lo fai vedere',
      'mandami', 'inviami', 'passami', 'dammi', 'dammi il tuo', 'dammi la tua', 'aggiungimi', 'aggiungimi su', 'scrivimi su', 'scrivimi al',
      'chiamami', 'fammi vedere', 'mostrami', 'fammi una foto', 'qual è il tuo', 'qual e il tuo', 'qual è la tua', 'com’è il tuo', 'prestami', 'mi presti',
      'mi passi', 'mi mandi', 'mi dai il tuo', 'mi dai la tua', 'seguimi su', 'cercami su', 'puoi prestarmi', 'potresti prestarmi', 'prestarmi',
      'mi puoi prestare', 'mi presteresti', 'me li presti', 'mi anticipi', 'mi fai un prestito', 'mi fai una ricarica', 'mi fai un bonifico',
      'mi puoi mandare', 'puoi mandarmi', 'potresti mandarmi', 'mi invii', 'mi puoi fare una ricarica', 'mi ricarichi', 'mi presta', 'può prestarmi',
      ...APPS.flatMap((app) => [`hai ${app}`, `ce l’hai ${app}`, `ce l'hai ${app}`, `usi ${app}`]),
    ],
    // Costs friends split: a money request beside one is settling up ("mandami i 10 euro della pizza").
    expense: [
      'il conto', 'alla romana', 'dividere il conto', 'dividiamo', 'la tua parte', 'la mia parte', 'la tua quota', 'la quota', 'metà', 'a testa',
      'pizza', 'la cena', 'della cena', 'il pranzo', 'del pranzo', 'aperitivo', "l'aperitivo", "dell'aperitivo", 'le birre', 'i caffè', 'la spesa',
    ],
    // Right before a threat or self-harm phrase, denies it: "non ti ammazzo", "mai ti farei del male".
    negation: ['non', 'mai', 'non ho intenzione di', 'giammai'],
    money: [
      'una ricarica',
      'soldi', 'soldini', 'denaro', 'euro', 'bonifico', 'ricarica', 'postepay', 'paypal', 'satispay', 'conto corrente', 'iban', 'carta di credito',
      'bitcoin', 'cripto', 'prestito', 'contanti', 'sghei', 'piccioli', 'euri', 'eur', 'dollari', 'sterline', 'franchi', 'criptovalute', 'criptovaluta',
      'crypto', 'btc', 'ethereum', 'usdt', 'revolut', 'western union', 'moneygram', 'carta prepagata', 'ricarica postepay', 'buono amazon',
    ],
    you: ['tu', 'te', 'ti', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vi', 'vostro', 'sei', 'lei', 'sei un', 'sei una'],
    your: ['tuo', 'tua', 'tuoi', 'tue', 'vostro'],
    violence: [
      'ti spacco', 'ti sfondo', 'ti gonfio', 'ti meno',
      'ammazzarti', 'ucciderti', 'accoltellare', 'accoltellarti', 'spararti', 'sgozzare', 'sgozzarti', 'strangolarti',
      'picchiarti', 'massacrarti', 'pestarti', 'stuprare', 'stuprarti', 'violentarti', 'torturarti', 'bruciarti',
    ],
    laughter: ['ahah*', 'ahahah*', 'ahahaha*'],
    meta: [
      'cosa vuol dire', 'che vuol dire', 'cosa significa', 'che significa', 'cosa vuole dire', 'significato di', 'come si dice', 'come si scrive',
      'è una parolaccia', 'parolaccia', 'parolacce', 'è volgare', 'è offensivo', 'la parola', 'questa parola', 'quella parola', 'traduzione', 'tradurre',
      'la differenza tra', 'in italiano si dice', 'perché si dice', 'perche si dice', 'in dialetto',
    ],
  },
};
