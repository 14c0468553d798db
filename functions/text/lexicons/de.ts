import { pairs, unlessAfter, unlessBefore } from './term-builders';
import type { Lexicon, TermWithExceptions } from './types';

/**
 * German as typed in Germany, Austria and Switzerland: umlauts and ß written out or dropped (scheisse,
 * scheiße, schwuchtel, arschloecher), chat shorthands (lmaa, fdm, hdf, hdgdl), youth slang (du opfer,
 * bubatz, lauch), Austrian and Swiss curses (Oaschloch, Gopfertammi, Schafseckel, Tubel).
 * Everyday words that double as insults stay inside phrases: Opfer (victim), behindert (disabled),
 * Schwein/Sau (pig), geil (also "great"), Muschi (a pussycat), blasen (to blow), vögeln (birds, dative),
 * Ständer (a stand), Latte (latte), Gras (grass), Kater (tomcat), Mist (English "mist"), huere (Swiss
 * "very"), Freund (a friend: "suche Freund" is the whole point of a language exchange).
 */

const GROUPS = [
  'die ausländer', 'ausländer', 'auslaender', 'die türken', 'türken', 'tuerken', 'die araber', 'araber', 'die juden', 'juden', 'die flüchtlinge',
  'flüchtlinge', 'fluechtlinge', 'die muslime', 'muslime', 'die schwarzen', 'die zigeuner', 'die polen', 'die russen', 'die asylanten', 'asylanten',
  'die schwulen', 'die frauen', 'die kanaken', 'die ossis', 'die migranten', 'migranten',
];
const DEHUMANISING = [
  'sind tiere', 'sind abschaum', 'sind parasiten', 'sind ungeziefer', 'sind untermenschen', 'sind minderwertig', 'sind keine menschen',
  'sollten sterben', 'sollen sterben', 'müssen weg', 'muessen weg', 'raus', 'gehören vergast', 'gehoeren vergast', 'sind alle kriminell',
  'sind alle vergewaltiger', 'sind eine plage', 'stinken', 'sind dreck', 'sind pack', 'abschieben alle',
];
const groupHate = pairs(GROUPS, DEHUMANISING);

/**
 * People as a group: nouns only, plural and singular, with umlauts written out or dropped. Words that are
 * also adjectives of things ("deutsche Grammatik", "schwarze Schuhe", "Schweizer Käse") or other words
 * ("Polen" the country, "Roma" Rome, "Ossi" Italian bones, "Jude" a name, "amis" French friends) stand
 * inside phrases that can only mean the people.
 */
const GROUP_NOUNS = [
  'ausländer', 'auslaender', 'auslander', 'ausländern', 'auslaendern', 'ausländerinnen', 'flüchtlinge', 'fluechtlinge', 'fluchtlinge', 'flüchtlingen',
  'fluechtlingen', 'flüchtling', 'fluechtling', 'migranten', 'migrantinnen', 'migrant', 'einwanderer', 'einwanderern', 'zuwanderer', 'asylanten',
  'asylbewerber', 'asylbewerbern', 'gastarbeiter', 'türken', 'tuerken', 'turken', 'türke', 'tuerke', 'türkinnen', 'araber', 'arabern', 'russen',
  'russe', 'russinnen', 'die polen', 'den polen', 'rumänen', 'rumaenen', 'bulgaren', 'albaner', 'albanern', 'serben', 'kosovaren', 'syrer', 'syrern',
  'afghanen', 'kurden', 'ukrainer', 'ukrainern', 'tschechen', 'griechen', 'italiener', 'italienern', 'spanier', 'franzosen', 'engländer',
  'englaender', 'briten', 'amerikaner', 'amerikanern', 'chinesen', 'japaner', 'koreaner', 'vietnamesen', 'inder', 'pakistaner', 'asiaten',
  'afrikaner', 'afrikanern', 'nigerianer', 'marokkaner', 'tunesier', 'algerier', 'nordafrikaner', 'deutsche sind', 'die deutschen sind',
  'wir deutschen', 'österreicher', 'oesterreicher', 'die schweizer', 'ossis', 'wessis', 'wessi', 'die bayern', 'die sachsen', 'die schwaben',
  'schwarze menschen', 'schwarze leute', 'schwarze sind', 'die schwarzen sind', 'weiße menschen', 'weisse menschen', 'weiße leute', 'sinti',
  'die roma', 'juden', 'der jude', 'ein jude', 'jüdinnen', 'juedinnen', 'muslime', 'muslimen', 'moslems', 'moslem', 'muslima', 'musliminnen',
  'christen', 'katholiken', 'hindus', 'atheisten', 'frauen', 'weiber', 'männer', 'maenner', 'schwule', 'schwulen', 'lesben', 'homos',
  'homosexuelle', 'homosexuellen', 'transen', 'transleute', 'transmenschen', 'feministinnen', 'emanzen', 'rentner', 'rentnern', 'senioren',
  'alte leute', 'die alten', 'jugendliche', 'jugendlichen',
];
/** Talk against contempt ("Rassismus gegen Ausländer ist widerlich") names the group and the contempt too. */
const AGAINST_CONTEMPT = [
  'rassismus gegen', 'hass auf', 'hass gegen', 'hetze gegen', 'gewalt gegen', 'diskriminierung von', 'vorurteile gegen', 'vorurteile über',
  'vorurteile ueber', 'klischees über', 'klischees ueber',
];
const GROUP_TERMS = GROUP_NOUNS.map(unlessAfter(AGAINST_CONTEMPT));
/**
 * Contempt that is no insult alone but said of people is contempt for them. Words with an everyday sense
 * ("dumme Frage", "Tiere", "Dreck") stay in phrases; words that are also English or French ("primitive",
 * "pack", "plage" a beach, "assis" seated) stay out, since every lexicon reads every text.
 */
const CONTEMPT = [
  'faul', 'faule', 'faulen', 'fauler', 'faulpelze', 'faulenzer', 'dreckig', 'dreckige', 'dreckigen', 'dreckiger', 'schmutzig', 'schmutzige',
  'schmutzigen', 'ekelhaft', 'ekelhafte', 'ekelhaften', 'eklig', 'ekelig', 'eklige', 'ekligen', 'widerlich', 'widerliche', 'widerlichen',
  'abstoßend', 'abstossend', 'abartig', 'abartige', 'abartigen', 'pervers', 'perverse', 'widernatürlich', 'widernatuerlich', 'unnatürlich',
  'unnatuerlich', 'kriminell', 'kriminelle', 'kriminellen', 'verbrecher', 'diebe', 'klauen', 'klauen alle', 'lügner', 'luegner', 'lugner',
  'betrüger', 'betrueger', 'schmarotzer', 'sozialschmarotzer', 'parasiten', 'ungeziefer', 'abschaum', 'gesindel', 'das pack', 'dieses pack',
  'minderwertig', 'minderwertige', 'minderwertigen', 'primitiv', 'primitiven', 'rückständig', 'rueckstaendig', 'rückständige', 'unterentwickelt',
  { term: 'dumm', unless: ['dumm gelaufen'] }, { term: 'dumme', unless: ['dumme frage', 'dumme fragen', 'dumme fehler', 'dumme idee'] },
  { term: 'dummen', unless: ['dummen fehler', 'dummen fragen', 'dummen fehlern'] }, 'blöd', 'bloed', 'blöde', 'bloede', 'hirnlos', 'nutzlos',
  'nutzlose', 'wertlos', 'hässlich', 'haesslich', 'hässliche', 'haessliche', 'stinken', 'stinkt', 'terroristen',
  'vergewaltiger', 'sind tiere', 'wie tiere', 'sind schweine', 'sind alle schweine', 'sind affen', 'wie affen', 'kakerlaken', 'ratten', 'barbaren', 'asozial', 'asoziale', 'asozialen',
  'gierig', 'gierige', 'geldgierig', 'geldgierige', 'an allem schuld', 'sind schuld', 'gehören nicht hierher', 'gehoeren nicht hierher',
  'haben hier nichts verloren', 'haben hier nichts zu suchen', 'sollen verschwinden', 'sollen abhauen', 'alle abschieben', 'sofort abschieben',
  'hasse', 'taugen nichts', 'nichts wert', 'zu nichts zu gebrauchen', 'gehören in die küche', 'gehoeren in die kueche', 'gehören an den herd',
  'gehoeren an den herd', 'vermehren sich wie', 'kann man nicht trauen', 'nicht zu trauen', 'seuche', 'krebsgeschwür', 'krebsgeschwuer',
];

/** Promises to pay back, as German word order splits them ("ich zahle es dir nächste Woche zurück"). */
const PAYBACK = pairs(
  ['zahle es dir', 'zahl es dir', 'zahle ich dir', 'zahl ich dir', 'zahle dir alles', 'zahl dir alles', 'zahle dir das geld', 'zahl dir das geld',
    'gebe dir das geld', 'geb dir das geld', 'kriegst das geld', 'bekommst das geld', 'bekommst du das geld', 'kriegst du das geld'],
  ['zurück', 'zurueck', 'nächste woche zurück', 'naechste woche zurueck', 'morgen zurück', 'morgen zurueck', 'bald zurück', 'sofort zurück',
    'doppelt zurück', 'am montag zurück', 'am freitag zurück', 'am wochenende zurück', 'nach dem gehalt zurück'],
);

const APPS = ['whatsapp', 'whatsi', 'watsapp', 'whats app', 'insta', 'instagram', 'snap', 'snapchat', 'telegram', 'discord', 'threema', 'facebook', 'tiktok', 'skype', 'telegramm', 'whatsap', 'watsap', 'viber', 'kik'];

/**
 * Every spelling of a term as people type it: umlauts and ß as written, written out (ae, oe, ue, ss) or
 * dropped (a, o, u, and ß as s: "ich weis"). New word lists below go through it, so one spelling in the list stands for all three.
 */
const spellings = (terms: readonly string[]): string[] => [
  ...new Set(
    terms.flatMap((term) => [
      term,
      term.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'),
      term.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss'),
      term.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 's'),
    ]),
  ),
];

/** The umlaut spellings people type, applied to a term and its harmless hosts alike. */
const SPELLING_VARIANTS: readonly ((term: string) => string)[] = [
  (term) => term,
  (term) => term.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'),
  (term) => term.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss'),
  (term) => term.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 's'),
];
/** A term in every spelling, each with the harmless phrases it stands in (spelt the same way). */
const except = (term: string, unless: readonly string[]): TermWithExceptions[] => {
  const seen = new Set<string>();
  return SPELLING_VARIANTS.flatMap((spell) => {
    const spelt = spell(term);
    if (seen.has(spelt)) return [];
    seen.add(spelt);
    return [{ term: spelt, unless: [...new Set(unless.map(spell))].filter((host) => host.includes(spelt)) }];
  });
};

/**
 * Everyday hosts of short lewd or hostile phrases, kept as exceptions so the phrases stay in the lexicon:
 * "Was hast du an Ostern vor?" (what are you doing at Easter), "Bist du Jungfrau oder Waage?" (star signs),
 * "ohne Handy fühl ich mich nackt", "du kannst mich mal anrufen", "hab einen Ständer fürs Fahrrad".
 */
const WAS_HAST_DU_AN = except('was hast du an', pairs(['was hast du an'], [
  'ostern', 'weihnachten', 'silvester', 'pfingsten', 'neujahr', 'heiligabend', 'karneval', 'fasching', 'feiertagen', 'wochenenden', 'deinem', 'deiner',
  'deinen', 'der', 'dem', 'den', 'diesem', 'dieser', 'diesen', 'einem', 'einer', 'freien tagen', 'freitagen', 'montagen', 'sonntagen', 'samstagen',
  'plänen', 'ideen', 'erfahrung', 'erfahrungen', 'material', 'büchern', 'unterlagen', 'tipps', 'apps',
]));
/** "was hast du grad an" and its spellings, what the reader has on right now; "was hast du jetzt an Ostern vor" is a plan. */
const WAS_HAST_DU_GRAD_AN = ['was hast du grad an', 'was hast du grade an', 'was hast du jetzt an', 'was hast du denn an', 'was haste an', 'was haste grad an'].flatMap((term) => except(term, pairs([term], [
  'ostern', 'weihnachten', 'silvester', 'pfingsten', 'feiertagen', 'wochenenden', 'deinem', 'deiner', 'deinen', 'der', 'dem', 'den', 'diesem', 'dieser', 'diesen', 'einem', 'einer',
  'plänen', 'ideen', 'erfahrung', 'material', 'büchern', 'unterlagen', 'tipps', 'apps', 'terminen', 'hausaufgaben',
])));
const JUNGFRAU = except('bist du jungfrau', ['bist du jungfrau oder', 'bist du jungfrau vom sternzeichen', 'bist du jungfrau im sternzeichen', 'sternzeichen bist du jungfrau']);
const NACKT_IDIOMS = [
  'fühle mich nackt', 'fühl mich nackt', 'fühle ich mich nackt', 'fühl ich mich nackt', 'fühle mich total nackt', 'fühle ich mich total nackt',
  'fühl mich total nackt', 'fühl ich mich total nackt', 'fühle mich so nackt', 'fühle ich mich so nackt', 'fühle mich ganz nackt', 'fühle ich mich ganz nackt',
  'fühl mich ganz nackt', 'fühl ich mich ganz nackt', 'fühle mich irgendwie nackt', 'fühle ich mich irgendwie nackt', 'fühlt sich nackt an',
  'nackt ohne mein', 'nackt ohne meine', 'nackt ohne meinen', 'der kaiser ist nackt', 'des kaisers neue kleider',
];
const NACKT = [...except('nackt', NACKT_IDIOMS), ...except('ganz nackt', NACKT_IDIOMS)];
/** "Du kannst mich mal!" tells the reader off; followed by a verb or a place it invites them. */
const KANNST_MICH_MAL = except('du kannst mich mal', pairs(['du kannst mich mal', 'du kannst mich gern mal', 'du kannst mich gerne mal'], [
  'anrufen', 'besuchen', 'abholen', 'fragen', 'korrigieren', 'zurückrufen', 'mitnehmen', 'anschreiben', 'kontaktieren', 'erinnern', 'wecken', 'beraten',
  'informieren', 'ansprechen', 'abfragen', 'testen', 'hinbringen', 'vorbeibringen', 'einladen', 'treffen', 'begleiten', 'unterstützen', 'in', 'im', 'bei',
  'auf', 'wieder', 'um', 'zum', 'zur', 'nach', 'vom', 'von', 'an', 'per', 'über', 'via', 'am wochenende', 'am montag', 'am dienstag', 'am mittwoch',
  'am donnerstag', 'am freitag', 'am samstag', 'am sonntag', 'am abend', 'am nachmittag', 'am telefon', 'am bahnhof',
]));
const STAENDER = except('hab einen ständer', pairs(['hab einen ständer', 'hab nen ständer'], [
  'für mein fahrrad', 'fürs fahrrad', 'für das fahrrad', 'für mein rad', 'fürs rad', 'für mein handy', 'fürs handy', 'für das handy', 'für die noten',
  'für meine noten', 'für den weihnachtsbaum', 'für meine gitarre', 'für die gitarre', 'für das tablet', 'für mein tablet', 'für den laptop',
  'für meinen laptop', 'für das mikro', 'für mein mikro', 'für die kamera', 'für meine kamera', 'gekauft', 'bestellt', 'gebaut',
])).concat(except('hab nen ständer', pairs(['hab nen ständer'], ['für mein fahrrad', 'fürs fahrrad', 'fürs rad', 'für mein handy', 'fürs handy', 'für die noten', 'für meine gitarre', 'für den laptop', 'gekauft', 'bestellt'])));

/** Fees, earnings and partners as everyday talk: "ich muss noch die Gebühr bezahlen", "ich muss Geld verdienen", "suche Partner zum Deutschlernen". */
const GEBUEHR = except('gebühr bezahlen', pairs(['ich muss', 'ich muss noch', 'muss ich', 'muss ich noch', 'wir müssen', 'wir müssen noch', 'müssen wir', 'müssen wir noch', 'ich hab', 'ich habe', 'ich will', 'ich kann', 'ich konnte'], ['die gebühr bezahlen', 'eine gebühr bezahlen', 'keine gebühr bezahlen', 'die gebühr nicht bezahlen']));
const GELD_VERDIENEN = except('geld verdienen', [
  'muss geld verdienen', 'müssen geld verdienen', 'muss ja geld verdienen', 'muss auch geld verdienen', 'müssen ja geld verdienen', 'muss irgendwie geld verdienen',
  'ich will geld verdienen', 'ich möchte geld verdienen', 'eigenes geld verdienen', 'genug geld verdienen', 'kein geld verdienen', 'wenig geld verdienen',
  'mein eigenes geld verdienen', 'ihr eigenes geld verdienen', 'sein eigenes geld verdienen',
]);
const MIT_MEINEM_CODE = except('mit meinem code', [
  'problem mit meinem code', 'probleme mit meinem code', 'fehler mit meinem code', 'hilfe mit meinem code', 'hilf mir mit meinem code', 'mit meinem code stimmt',
  'mit meinem code ist', 'mit meinem code funktioniert', 'mit meinem code klappt', 'mit meinem code läuft', 'was ist mit meinem code', 'mit meinem code passiert',
  'stimmt was mit meinem code', 'stimmt etwas mit meinem code', 'mit meinem code nicht',
]);
/** Partners for learning, sport and projects, which is what a language exchange is for; "Partner fürs Leben" stays a dating ad. */
const PARTNER_FOR = [
  'zum deutschlernen', 'zum lernen', 'zum üben', 'zum sprachaustausch', 'zum sprechen', 'zum reden', 'zum schreiben', 'zum chatten', 'zum sprachtandem',
  'für sprachaustausch', 'für den sprachaustausch', 'für einen sprachaustausch', 'für tandem', 'fürs tandem', 'für ein tandem', 'für ein sprachtandem',
  'für das tandem', 'für sprachpraxis', 'für deutsch', 'für russisch', 'für englisch', 'für spanisch', 'für französisch', 'für italienisch',
  'für chinesisch', 'für japanisch', 'für koreanisch', 'fürs lernen', 'für gruppenarbeit', 'für die gruppenarbeit', 'für das projekt', 'für ein projekt',
  'fürs projekt', 'für mein projekt', 'für die hausaufgaben', 'für hausaufgaben', 'für die uni', 'für die prüfung', 'für die prüfungsvorbereitung',
  'zum joggen', 'zum laufen', 'zum tennis', 'für tennis', 'für den tanzkurs', 'zum tanzen', 'zum wandern', 'zum klettern', 'für badminton',
  'für tischtennis', 'zum schach', 'fürs schach', 'für schach', 'zum zocken', 'zum gaming', 'fürs gaming', 'für mein startup', 'für mein start up',
  'für die firma', 'für mein business', 'für meine firma', 'im sprachaustausch', 'auf deutsch', 'auf russisch', 'auf englisch',
];
const PARTNER_SEARCH = ['suche partner', 'suche einen partner', 'suche partnerin', 'suche eine partnerin', 'suche lernpartner'].flatMap((term) => except(term, pairs([term], PARTNER_FOR)));
/** "Freundschaft, gerne auch mehr" is a dating ad; "gerne auch mehr über deine Kultur" is not. */
const MORE_OF = [
  'über', 'üben', 'fragen', 'zeit', 'erzählen', 'lesen', 'schreiben', 'sprechen', 'reden', 'erklären', 'korrigieren', 'details', 'infos', 'informationen',
  'beispiele', 'wörter', 'vokabeln', 'sätze', 'texte', 'übungen', 'fotos', 'bilder', 'videos', 'nachrichten', 'tipps', 'hilfe', 'lernen', 'machen',
  'zeigen', 'erfahren', 'wissen', 'als', 'davon', 'dazu', 'darüber', 'deutsch', 'russisch', 'englisch', 'grammatik', 'sprachnachrichten',
];
const GERNE_AUCH_MEHR = ['gerne auch mehr', 'gern auch mehr'].flatMap((term) => except(term, pairs([term], MORE_OF)));

/** Hyperbole and idioms that borrow a threat, a drink or a dealer: "meine Mutter wird mich umbringen", "das ist nicht mein Bier", "wein nicht". */
const KRIEGEN_DICH = except('wir kriegen dich', pairs(['wir kriegen dich', 'wir kriegen dich schon', 'wir kriegen dich noch'], [
  'durch', 'da durch', 'da raus', 'hin', 'wieder hin', 'fit', 'wieder fit', 'gesund', 'wieder gesund', 'auf die beine', 'wieder auf die beine', 'ins team',
  'in die mannschaft', 'auf die liste', 'unter', 'nach hause', 'zum lachen', 'überredet', 'rein',
]));
const MICH_UMBRINGEN = except('mich umbringen', pairs(['wird', 'werden', 'würde', 'würden', 'wird mich noch', 'werden mich noch'], ['mich umbringen']).map((phrase) => phrase.replace('mich noch mich', 'mich noch')));
const WEIN = except('wein', ['alkoholfreier wein', 'alkoholfreien wein', 'alkoholfreiem wein', 'wein nicht', 'wein doch nicht', 'wein bitte nicht', 'wein nicht mehr', 'wein nicht so', 'nicht wein', 'wein doch']);
const BIER = except('bier', ['nicht mein bier', 'nicht dein bier', 'nicht sein bier', 'nicht ihr bier', 'nicht euer bier', 'nicht unser bier', 'ist dein bier', 'ist sein bier', 'ist ihr bier', 'ist euer bier',
  'alkoholfreies bier', 'alkoholfreie bier', 'alkoholfreien bier', 'alkoholfreiem bier', 'alkoholfrei bier', 'kein alkohol bier']);
/** "voll wie" said of trains and rooms ("voll wie immer") is full; drunk is "voll wie eine Haubitze". */
const VOLL_WIE = pairs(['voll wie'], ['eine haubitze', 'ne haubitze', 'eine strandhaubitze', 'ne strandhaubitze', 'ein eimer', 'ein fass', 'tausend russen', 'ein kanonenrohr', 'ne natter', 'eine natter', 'ein affe', 'n eimer']);
/** Denglisch "damit muss ich dealen" (deal with it); dealing drugs names what is dealt or who deals. */
const DEALEN = spellings([
  ...pairs(['drogen', 'gras', 'koks', 'pillen', 'teile', 'kokain', 'heroin', 'crystal', 'meth', 'hasch', 'ecstasy', 'mit drogen', 'mit gras', 'mit koks'], ['dealen', 'gedealt', 'vertickt', 'verticken']),
  'angefangen zu dealen', 'fängt an zu dealen', 'fing an zu dealen', 'dealen gehen', 'geht dealen', 'dealt mit drogen', 'dealt gras', 'dealt koks', 'als dealer',
]);

/**
 * Stalking told as a story: the writer knows where the reader lives or works, watched them leave, stands at
 * their door. "ich weiß" is typed "ich weis" as often as not. Places are the reader's, so "ich weiß, wo der
 * Bahnhof ist" stays out.
 */
const KNOWS = ['ich weiß', 'ich weis', 'weiß genau', 'weiß jetzt', 'ich weiß jetzt', 'ich kenne', 'ich kenn', 'hab rausgefunden', 'habe rausgefunden', 'hab herausgefunden', 'habe herausgefunden'];
const WHERE_YOU_ARE = [
  'wo du wohnst', 'wo du arbeitest', 'wo du schläfst', 'in welchem haus du', 'in welcher straße du', 'in welcher wohnung du', 'in welchem stock du',
  'wann du feierabend hast', 'wann du nach hause kommst', 'wann du heimkommst', 'wann du allein bist', 'wann du alleine bist', 'wann du allein zuhause bist', 'wann du alleine zuhause bist', 'wann du allein zu hause bist', 'wann du alleine zu hause bist', 'wann deine eltern weg sind', 'wann dein freund weg ist', 'wann dein mann weg ist', 'wann du schlafen gehst', 'wann du das haus verlässt', 'wo deine eltern wohnen',
  'wo deine familie wohnt', 'wo du zur schule gehst', 'auf welche schule du', 'wo du studierst', 'wo dein auto steht', 'welchen weg du',
];
const STALKING = spellings([
  ...pairs(KNOWS, WHERE_YOU_ARE),
  ...pairs(['ich kenne', 'ich kenn', 'kenne jetzt'], ['deinen arbeitsplatz', 'deine arbeitsstelle', 'deine wohnung', 'dein haus', 'deine straße', 'deinen wohnort', 'deine hausnummer', 'deine wohnadresse']),
  'deine adresse rausgefunden', 'deine adresse herausgefunden', 'deine adresse gefunden', 'deine adresse ausfindig', 'rausgefunden wo du', 'herausgefunden wo du',
  ...pairs(['gesehen wie du', 'beobachtet wie du'], [
    'aus der arbeit', 'von der arbeit', 'aus dem büro', 'aus der schule', 'aus der uni', 'aus deiner wohnung', 'aus deinem haus', 'das haus verlassen',
    'das haus verlässt', 'nach hause gegangen', 'nach hause gekommen', 'nach hause gehst', 'heimgekommen', 'heimgegangen', 'dich umgezogen',
  ]),
  'ich hab dich beobachtet', 'ich habe dich beobachtet', 'hab dich die ganze zeit beobachtet', 'ich beobachte dich schon', 'ich beobachte dich jeden tag',
  'bin dir gefolgt', 'bin dir nachgegangen', 'bin dir hinterhergelaufen', 'ich verfolge dich', 'hab dich verfolgt', 'habe dich verfolgt', 'ich folge dir nach hause',
  ...pairs(['ich stand', 'ich saß', 'saß', 'stand'], ['direkt hinter dir', 'genau hinter dir', 'die ganze zeit hinter dir']),
  ...pairs(['ich steh', 'ich stehe', 'ich steh grad', 'ich stehe gerade', 'ich steh gerade', 'steh grad'], [
    'vor deiner tür', 'vor deiner haustür', 'vor deinem haus', 'vor deiner wohnung', 'vor deinem fenster', 'unter deinem fenster',
  ]),
  // persistent disturbance and blackmail with pictures
  'ich hör nicht auf bis du', 'hör nicht auf dir zu schreiben', 'höre nicht auf dir zu schreiben', 'ich schreib dir so lange bis', 'ich schreibe dir so lange bis',
  'du kannst mich nicht ignorieren', 'egal wie oft du mich blockierst', 'auch wenn du mich blockierst', 'ich mach einfach einen neuen account',
  'an deine eltern schicken', 'an deine familie schicken', 'an alle deine freunde schicken', 'an deinen chef schicken', 'deine bilder an alle', 'deine nacktbilder an',
  // telling the reader to die
  'geh sterben', 'geh doch sterben', 'geh einfach sterben', 'kill dich', 'töte dich selbst', 'bring dich einfach um', 'stirb einfach', 'verrecke', 'krepiere',
  'die welt wäre besser ohne dich', 'niemand würde dich vermissen', 'keiner würde dich vermissen',
]);

/**
 * Threats: a violent verb with "dich"/"dir" in the order German puts it ("ich stech dich ab", "ich werd dich
 * abstechen", "ich brech dir die Beine"), and threats told as consequences ("das wirst du bereuen", "pass auf
 * deinen Rücken auf"). "mach dich fertig" (get ready) and "du bist dran" (your turn) stay out.
 */
/** Separable violent verbs, stem and particle: "ich stech dich ab", and after a "wenn" clause "stech ich dich ab". */
const SEPARABLE_THREATS: readonly (readonly [string, string])[] = [
  ['bring', 'um'], ['stech', 'ab'], ['stech', 'nieder'], ['knall', 'ab'], ['mach', 'kalt'], ['mach', 'platt'], ['mach', 'alle'], ['schlag', 'tot'], ['schlag', 'zusammen'],
  ['schlag', 'krankenhausreif'], ['schlag', 'windelweich'], ['prügel', 'krankenhausreif'], ['prügel', 'windelweich'], ['prügel', 'tot'], ['hau', 'windelweich'],
  ['schlitz', 'auf'], ['leg', 'um'], ['tret', 'tot'], ['box', 'tot'],
];
/** Violent verbs with "dir" and what they break: "ich brech dir die Beine", "brech ich dir die Beine". */
const DIR_THREATS: readonly (readonly [string, string])[] = [
  ['brech', 'die beine'], ['brech', 'die knochen'], ['brech', 'alle knochen'], ['brech', 'das genick'], ['brech', 'die nase'], ['brech', 'den arm'],
  ['polier', 'die fresse'], ['polier', 'die schnauze'], ['hau', 'eine rein'], ['hau', 'aufs maul'], ['hau', 'auf die fresse'], ['schlag', 'die fresse ein'],
  ['schlag', 'die zähne aus'], ['schlag', 'den schädel ein'], ['dreh', 'den hals um'], ['reiß', 'den kopf ab'], ['stech', 'ein messer'],
];
const THREATS = spellings([
  ...SEPARABLE_THREATS.flatMap(([verb, particle]) => [`${verb} dich ${particle}`, `${verb}e dich ${particle}`, `${verb} ich dich ${particle}`, `${verb}e ich dich ${particle}`, `${verb}en dich ${particle}`, `${verb}en wir dich ${particle}`]),
  ...DIR_THREATS.flatMap(([verb, rest]) => [`${verb} dir ${rest}`, `${verb}e dir ${rest}`, `${verb} ich dir ${rest}`, `${verb}e ich dir ${rest}`]),
  'verprügel dich', 'verprügle dich', 'verprügeln dich', 'verprügel ich dich', 'erschieß dich', 'erschieße dich', 'erschieß ich dich', 'erstech dich', 'ersteche dich',
  'erstech ich dich', 'erwürg dich', 'erwürge dich', 'erwürg ich dich',
  ...pairs(['werd dich', 'werde dich', 'werden dich', 'will dich', 'wollen dich'], [
    'umbringen', 'abstechen', 'abknallen', 'kaltmachen', 'kalt machen', 'plattmachen', 'platt machen', 'totschlagen', 'tot schlagen', 'totprügeln',
    'zusammenschlagen', 'verprügeln', 'erschießen', 'erstechen', 'erwürgen', 'aufschlitzen', 'umlegen', 'töten', 'abmurksen', 'krankenhausreif schlagen',
    'windelweich prügeln', 'fertig machen', 'fertigmachen', 'kaputt machen', 'abfackeln', 'anzünden',
  ]),
  'dir die fresse polieren', 'dir die fresse einschlagen', 'dir eine reinhauen', 'kriegst du eine auf die fresse', 'kriegst eine auf die fresse', 'gibt es auf die fresse',
  'gibts auf die fresse', "gibt's auf die fresse", 'gibts aufs maul', 'gibt es aufs maul', 'dir das genick brechen', 'dir die beine brechen',
  'dir alle knochen brechen', 'dir den hals umdrehen', 'dir den kopf abreißen', 'dir den schädel einschlagen', 'messer zwischen die rippen', 'kugel in den kopf', 'kugel durch den kopf',
  // consequences
  'das wirst du bereuen', 'das wirst du noch bereuen', 'wirst du bereuen', 'wirst du noch bereuen', 'wirst du bitter bereuen', 'du wirst es bereuen',
  'du wirst es noch bereuen', 'du wirst das bereuen', 'du wirst das noch bereuen', 'das bereust du noch', 'dafür wirst du büßen', 'dafür wirst du bezahlen',
  'das wirst du büßen', 'das wirst du mir büßen', 'dafür büßt du', 'das zahl ich dir heim', 'das zahle ich dir heim', 'pass bloß auf wenn du', 'pass bloß auf dass du',
  'pass lieber auf wenn du', 'pass auf deinen rücken auf', 'pass gut auf deinen rücken auf', 'pass auf deinen rücken', 'schau dich lieber um', 'guck dich lieber um',
  'dann bist du erledigt', 'sonst bist du erledigt', 'du bist so erledigt', 'wenn ich dich erwische', 'wenn ich dich in die finger kriege',
  'wenn ich dich in die finger bekomme', 'dann bist du fällig', 'du bist fällig', 'sonst bist du fällig', 'dir wird noch was passieren',
  'dir wird was passieren', 'dir passiert noch was', 'sonst passiert dir was', 'sonst knallts', 'sonst knallt es', 'sonst setzt es was', 'ich hol meine jungs',
  'ich hole meine jungs', 'ich schick dir meine jungs', 'meine jungs warten auf dich', 'deine tage sind gezählt', 'du lebst nicht mehr lange',
  'du wirst nicht mehr lange leben', 'dich gibt es bald nicht mehr', 'ich zünde dich an', 'ich fackel dein haus ab', 'zünde dein auto an',
]);

/**
 * Self-harm as people say it without the word: an overdose being planned ("alle Tabletten gesammelt"), leaving
 * ("bald bin ich nicht mehr da"), no will to live ("keinen Bock mehr zu leben"), cutting ("geritzt": but "das ist
 * geritzt" means "it's settled", and words are "in Stein geritzt").
 */
/** Not waking said of a night's sleep or how one wakes ("will nicht mehr aufwachen müssen um 6", "... mit Kopfweh"), not of dying. */
/** Not words that may open a clause of their own after a comma ("möchte nie wieder aufwachen, weil alles sinnlos ist"). */
const WAKE_HOSTS = ['müssen', 'muss', 'um', 'mit', 'wegen', 'vor', 'durch', 'bei', 'nachts', 'in der nacht', 'so früh', 'zu früh', 'mitten', 'ständig',
  'dauernd', 'jede nacht', 'von', 'neben', 'allein', 'alleine', 'ohne', 'gerädert', 'verschwitzt', 'vom'];
const SELF_HARM = [
  // Not waking said of a night's sleep ("melatonin, damit man nicht mehr aufwacht mitten in der Nacht").
  ...['um nicht mehr aufzuwachen', 'damit ich nicht mehr aufwache', 'damit man nicht mehr aufwacht', 'nie mehr aufwachen'].flatMap((term) => except(term, pairs([term], WAKE_HOSTS))),
  ...spellings([
    'alle tabletten genommen', 'alle tabletten schlucken', 'alle tabletten geschluckt', 'alle pillen nehmen', 'alle pillen schlucken', 'ganze packung tabletten',
    'die ganze packung schlucken', 'tabletten gesammelt', 'tabletten sammeln', 'tabletten gehortet', 'schlaftabletten gesammelt',
    // A lethal dose asked about ("tödliche Dosis") is a `lethal` cue, for review with the pills named: also a worried parent.
    'überdosis nehmen', 'überdosis tabletten', 'überdosis schlaftabletten', 'wie viele schlaftabletten', 'wieviele schlaftabletten',
    'wie viele tabletten braucht man', 'wieviele tabletten braucht man',
    'dann habt ihr eure ruhe', 'dann habt ihr endlich eure ruhe', 'dann habt ihr endlich ruhe', 'dann seid ihr mich los',
    'ihr seid mich bald los', 'bald seid ihr mich los', 'ohne mich besser dran', 'ohne mich wäre alles besser', 'ohne mich wären alle', 'bin allen nur eine last',
    'ich bin nur eine last', 'mich geritzt', 'mich wieder geritzt', 'ritze mich wieder', 'wieder angefangen zu ritzen', 'keinen bock mehr zu leben',
    'kein bock mehr zu leben', 'keine lust mehr zu leben', 'keine lust mehr auf das leben', 'keinen bock mehr auf das leben', 'keine kraft mehr zu leben',
    'keinen grund mehr zu leben', 'kein grund mehr zu leben', 'will nicht mehr leben', 'möchte nicht mehr leben', 'mag nicht mehr leben',
    'will nicht mehr da sein', 'will dass alles aufhört', 'dass alles endlich aufhört', 'vom dach springen', 'spring vom dach', 'springe vom dach',
    'spring ich vom dach', 'springe ich vom dach', 'vom hochhaus springen', 'von einem hochhaus springen', 'vor die bahn werfen',
    'vor einen zug werfen', 'mich erhängen', 'mich vergiften', 'mich selbst töten', 'mich umzubringen', 'mir was antun', 'mir etwas antun',
    'mir was anzutun', 'mir etwas anzutun', 'mir das leben zu nehmen', 'mir die pulsadern', 'abschiedsbrief geschrieben', 'abschiedsbrief schreiben',
    'mein abschiedsbrief', 'meinen abschiedsbrief', 'suizidal',
  ]),
  { term: 'geritzt', unless: ['ist geritzt', 'in stein geritzt', 'in den stein geritzt', 'ins holz geritzt', 'in die rinde geritzt', 'in den baum geritzt'] },
  { term: 'lebensmüde', unless: ['bist du lebensmüde', 'seid ihr lebensmüde'] },
];

/** Gore and cruelty to people and animals, described. */
const GORE = spellings([
  'kopf abgeschnitten', 'köpfe abgeschnitten', 'kopf abgehackt', 'kopf abgetrennt', 'abgetrennter kopf', 'abgetrennten kopf', 'abgeschnittener kopf',
  'abgeschnittenen kopf', 'abgeschlachtet', 'zu tode gefoltert', 'zu tode geprügelt', 'totgeprügelt', 'zu tode gequält', 'blutlache', 'in seinem eigenen blut',
  'blutüberströmt', 'gedärme', 'gehirn überall', 'leiche zerstückelt', 'tierquälerei video', 'gequält und getötet', 'bei lebendigem leib',
  'lebendig verbrannt', 'lebendig gehäutet',
]);

/** Sexual talk beyond the words for it: "Lust auf Sex", "ne Nummer schieben" (to have sex; not a phone number). */
const SEXUAL = spellings([
  'lust auf sex', 'bock auf sex', 'lust auf ficken', 'bock zu ficken', 'bock auf ficken', 'ne nummer schieben', 'eine nummer schieben', 'nummer schieben',
  'sexdate', 'sex date', 'sextreffen', 'fickfreundin', 'fickfreund', 'fickbeziehung', 'fickkumpel', 'one night stand',
  'macht mich feucht', 'machst mich feucht', 'machst mich hart', 'bin rattig', 'so rattig', 'bin so spitz',
  'spitz auf dich', 'scharf auf dich', 'bin horny', 'so horny', 'nacktselfie', 'nacktselfies', 'dickpic', 'dickpics', 'schwanzbild', 'schwanzbilder', 'pimmelbild',
  'blowjob', 'handjob', 'tittenfick',
]);

/**
 * Sexual harassment: lewd wishes aimed at the reader ("ich würd dich gern vernaschen"), questions about their
 * body and underwear, asks for "something hot" without a body word.
 */
const SEXUAL_HARASSMENT = spellings([
  ...pairs(['dich', 'dich mal', 'dich gern', 'dich gerne', 'dich gern mal', 'dich gerne mal', 'dich so', 'dich richtig', 'dich hart', 'dich so hart', 'dich heute'], [
    'vernaschen', 'flachlegen', 'vögeln', 'bumsen', 'ficken', 'nageln', 'durchnehmen', 'rannehmen', 'durchficken', 'besteigen', 'lecken', 'befriedigen',
  ]),
  'ich vernasch dich', 'ich nehm dich ran',
  ...pairs(['schick mir', 'schick mal', 'schick ma', 'schickst du mir', 'zeig mir', 'zeig mal', 'sende mir'], ['was heißes', 'was versautes', 'was sexy', 'was freizügiges', 'was intimes', 'was nacktes']),
  'sexy bilder', 'sexy fotos', 'heiße bilder von dir', 'heiße fotos von dir', 'versaute bilder', 'versaute fotos', 'freizügige bilder', 'freizügige fotos',
  'unter deinem shirt', 'unter deinem t-shirt', 'unter deinem top', 'unter deinem rock', 'unter deinen rock', 'unter dein shirt', 'unter deiner bluse',
  'unter deinem kleid', 'was trägst du drunter', 'was hast du drunter', 'was du drunter hast', 'was du drunter trägst', 'trägst du was drunter',
  'trägst du unterwäsche', 'trägst du einen bh', 'bist du rasiert', 'bist du unten rasiert', 'unten rasiert', 'da unten rasiert', 'intim rasiert', 'intimrasur',
  'du bist gut im bett', 'bist du gut im bett', 'du bist bestimmt gut im bett', 'du bist sicher gut im bett', 'wie bist du im bett', 'was magst du im bett',
  'was machst du gern im bett', 'deine brüste', 'deine möpse', 'deine nippel', 'deinen busen', 'deine muschi',
]);

/**
 * Short names for apps that are everyday words elsewhere ("wa", "tele" the TV, "signal" reception: "hast du
 * Signal?"): only after the prepositions that put an app in a sentence ("schreib mir auf wa").
 */
const APP_SHORT = pairs(['auf', 'bei', 'per', 'über', 'ueber'], ['wa', 'tele', 'signal', 'ig', 'sc', 'insta', 'snap', 'whatsi', 'telegramm']).concat([
  'wa nummer', 'wa nr', 'signal nummer', 'tele nummer',
]);

/**
 * Money asks the way they are phrased: "kannst du mir paar Euro …", a stranded lover, a parcel held at customs,
 * an uncle's trading tips. Bare "brauche" stays out: "ich brauche 20 Euro für das Buch" is talk.
 */
const FRAUD = spellings([
  'am flughafen fest', 'sitze am flughafen fest', 'stecke am flughafen fest', 'hänge am flughafen fest', 'im ausland fest', 'sitze im ausland fest',
  'stecke im ausland fest', 'der zoll will', 'der zoll verlangt', 'zoll verlangt',
  'trading tipps', 'trading tipp', 'tradingtipps', 'krypto tipps',
  'insidertipp', 'insider tipp', 'insider tipps', 'mit trading verdient', 'mit krypto verdient', 'mit bitcoin verdient',
  'willst du auch einsteigen', 'willst du auch investieren', 'investiere nur', 'investier nur', 'investieren sie nur', 'mindesteinzahlung', 'ersteinzahlung',
  'einzahlung von nur', 'sofortige auszahlung', 'mit geld helfen', 'mit geld aushelfen', 'kannst du mir finanziell', 'mich finanziell unterstützen',
  'finanziell aushelfen', 'schick mir kohle', 'paypal mir', 'paypalst du mir',
]);

/** Sales, job hunting, paid lessons, influencer plugs and coupon codes. */
const JOB_WORDS = [
  'minijob', 'nebenjob', 'job', 'teilzeitjob', 'vollzeitjob', 'aushilfsjob', 'studentenjob', 'ferienjob', 'werkstudentenjob', 'praktikum', 'praktikumsplatz',
  'ausbildungsplatz', 'neue stelle', 'feste stelle', 'festanstellung', 'arbeitsstelle', 'arbeit', 'arbeitsplatz', 'putzstelle',
];
const ADS = spellings([
  'vb', 'vhb', 'verhandlungsbasis', 'festpreis', 'neuwertig', 'originalverpackt', 'ovp', 'nur abholung', 'selbstabholung', 'versand möglich',
  'privatverkauf', 'keine rücknahme', 'schreibt mir bei interesse', 'bei interesse einfach',
  ...pairs(['suche', 'ich suche', 'suche einen', 'suche eine', 'ich suche einen', 'ich suche eine', 'suche dringend', 'suche dringend einen', 'suche dringend eine'], JOB_WORDS),
  'ab sofort verfügbar', 'kann ab sofort anfangen', 'kann sofort anfangen', 'stehe ab sofort zur verfügung', 'auf jobsuche', 'auf arbeitssuche', 'suche nach einem job',
  'suche nach arbeit', 'jobsuche', 'wir suchen leute', 'suchen leute für', 'suchen verstärkung', 'verstärkung für unser team', 'keine erfahrung nötig',
  'keine erfahrung erforderlich', 'keine vorkenntnisse nötig', 'quereinsteiger willkommen', 'bewerbt euch', 'jetzt bewerben',
  'm w d', 'im monat verdienen', 'pro woche verdienen', 'verdiene bis zu', 'verdienst bis zu', 'verdienen sie bis zu', 'verdienen bis zu',
  ...pairs(['folgt meinem', 'folg meinem', 'folge meinem', 'folgt meiner', 'folgt mir auf'], ['tiktok', 'insta', 'instagram', 'kanal', 'account', 'profil', 'youtube', 'twitch', 'blog', 'podcast', 'channel', 'seite']),
  'für mehr content', 'abonniert mich', 'abonniert meinen', 'schaut auf meinem kanal',
  'biete nachhilfe', 'gebe nachhilfe', 'nachhilfe', 'biete unterricht', 'biete deutschunterricht', 'gebe deutschunterricht', 'biete sprachunterricht', 'privatunterricht',
  'privatstunden', 'euro die stunde', 'euro pro stunde', 'eur pro stunde', '€ die stunde', '€ pro stunde', 'probestunde', 'erste stunde gratis', 'erste stunde kostenlos',
  'jetzt sparen', 'prozent sparen', 'sparen mit dem code', 'rabatt mit dem code', 'mit dem rabattcode',
  'mit meinem link', 'über meinen link', 'solange der vorrat reicht', 'schnell zugreifen',
]);

/** Dating ads in their shorthand ("m 28 sucht w") and the things they promise ("Kuscheln und mehr"). */
const DATING = spellings([
  'm sucht w', 'w sucht m', 'm sucht m', 'w sucht w', 'sucht w für', 'sucht m für', 'sucht w zum', 'sucht m zum', 'mann sucht frau', 'frau sucht mann',
  'sucht frau für', 'sucht mann für', 'sucht frau zum', 'sucht mann zum', 'sucht sie zum', 'sucht ihn für', 'sucht ihn zum', 'jemanden zum kuscheln',
  'jemand zum kuscheln', 'kuscheln und mehr', 'kuschelpartner', 'kuschelpartnerin', 'freundschaft und mehr',
  'freundschaft oder mehr', 'freundschaft und vielleicht mehr', 'freundschaft oder vielleicht mehr', 'kennenlernen und mehr', 'frau fürs leben',
  'mann fürs leben', 'partner fürs leben', 'partnerin fürs leben', 'jemanden fürs leben', 'lust auf ein date', 'bock auf ein date', 'lust auf date',
  'suche ein date', 'suche date', 'date gesucht', 'willst du ein date', 'gehst du mit mir aus', 'willst du mit mir ausgehen', 'date mit mir', 'suche nette frau',
  'suche netten mann', 'suche ein nettes mädchen', 'suche nettes mädchen', 'suche eine süße', 'suche einen süßen', 'jemanden zum verlieben', 'partnersuche',
  'auf partnersuche', 'suche die liebe',
]);

/** Prize spam and parcel / code phishing. */
const SPAM = spellings([
  'du wurdest ausgewählt', 'sie wurden ausgewählt', 'du wurdest ausgelost', 'sie wurden ausgelost', 'als gewinner ausgewählt', 'hier abholen', 'jetzt abholen',
  'gutschein abholen', 'gewinn einlösen', 'preis abholen', 'gratis gutschein', 'gutschein gewonnen', 'glückwunsch', 'jetzt registrieren', 'kostenlos registrieren',
]);
const PHISHING = spellings([
  ...pairs(['gib mir', 'schick mir', 'sag mir', 'nenn mir', 'nenne mir', 'schreib mir', 'leite mir'], ['mal den code', 'bitte den code', 'kurz den code', 'schnell den code', 'den code weiter', 'den sechsstelligen code']),
  'sechsstelligen code', 'sechsstellige code', '6 stelligen code', 'sechsstelligen zahlencode', ...pairs(['code der', 'code den du'], ['gerade bei dir', 'gerade kam', 'gerade ankam', 'gerade gekommen', 'eben kam', 'du gerade bekommen', 'gerade bekommen', 'eben bekommen']),
  'gerade einen code bekommen', 'eben einen code bekommen', 'code weiterleiten', 'den code weiterleiten', 'paket konnte nicht zugestellt', 'konnte nicht zugestellt werden',
  'sendung konnte nicht', 'zustellung fehlgeschlagen', 'zustellversuch fehlgeschlagen', 'versandgebühr', 'versandgebühr zahlen', 'versandgebühr bezahlen',
  'lieferadresse bestätigen', 'lieferadresse aktualisieren', 'ihr paket wartet', 'dein paket wartet', 'logindaten', 'zugangsdaten', 'anmeldedaten', 'deine login daten', 'deine logindaten', 'deine zugangsdaten', 'deine anmeldedaten', 'ihre zugangsdaten', 'ihre login daten',
]);

/** Drug slang: Pappe (an LSD blotter; also cardboard), Teile (pills), eine Nase ziehen (a line), breit (high). */
const DRUGS = spellings([
  // not 'kiff*': French 'je kiffe' means 'I love'
  'kiffen', 'kifft', 'kiffst', 'kiffte', 'kifften', 'zum kiffen', 'einen durchziehen', 'einen durchgezogen', 'nen joint', 'einen joint', 'joint rauchen', 'tüte bauen', 'ne tüte bauen', 'pappe genommen', 'pappen genommen',
  ...pairs(['pappe', 'pappen', 'teile', 'pillen'], ['geschmissen', 'eingeworfen', 'schmeißen', 'einwerfen', 'werfen']), 'wegballern',
  'uns wegballern', 'weggeballert', 'nase ziehen', 'nasen ziehen', 'lines ziehen', 'line gezogen', 'nase gezogen',
  ...pairs(['zieh', 'ziehe', 'ziehen', 'ziehst', 'zieht', 'ziehen uns', 'zieh mir', 'ziehen wir'], ['ne nase', 'eine nase', 'ne line', 'eine line', 'ne bahn', 'lines']), 'gekokst', 'kokst',
  'amphe', 'amphetamin', 'speed ziehen', 'gras besorgen', 'gras holen', 'gras verkaufen', 'mein dealer', 'vom dealer', 'voll breit', 'richtig breit', 'komplett breit',
  'total breit', 'drogen genommen', 'drogen besorgen', 'drogen verkaufen', 'auf koks',
]);

/** Drinking and being drunk: gesoffen, hackedicht, "so dicht gewesen". */
const ALCOHOL = spellings([
  'gesoffen', 'sauf*', 'säuft', 'besoff*', 'hackedicht', 'hackevoll', 'stockbesoffen', 'stockvoll', 'rotzevoll', 'strunzbesoffen', 
  'bis zum umfallen trinken', 'flaschen vodka', 'flasche vodka', 'flasche wodka', 'flaschen wodka', 'flasche wein', 'flaschen wein',
  'flasche schnaps', 'tequila', 'aperol', 'prosecco', 'gin tonic', 'verkatert', 'kampftrinken', 'trinkspiel',
]);

/**
 * "du" + adjective is often a question ("hast du dreckige Wäsche?", "magst du fette Beats?"): the adjective counts
 * only before a noun that makes it name-calling. The nouns are animals and words that insult only when aimed.
 */
const INSULT_ADJECTIVES = [
  'du hässliche', 'du hässliches', 'du hässlicher', 'du fette', 'du fettes', 'du fetter', 'du dumme', 'du dummer', 'du dummes', 'du blöde', 'du blöder', 'du blödes',
  'du dreckige', 'du dreckiger', 'du dreckiges', 'du kleine', 'du kleiner', 'du kleines', 'du elende', 'du elender', 'du elendes', 'du miese', 'du mieser', 'du mieses',
  'du widerliche', 'du widerlicher', 'du widerliches', 'du ekelhafte', 'du ekelhafter', 'du ekelhaftes', 'du hohle', 'du hohler', 'du hohles',
];
const INSULT_NOUNS = [
  'stück', 'sau', 'kuh', 'ratte', 'schwein', 'kröte', 'ziege', 'affe', 'made', 'assel', 'null', 'niete', 'versager', 'versagerin', 'loser', 'lauch', 'lappen',
  'opfer', 'mongo', 'kek', 'nuss', 'bitch', 'hexe', 'pute', 'fresse', 'missgeburt', 'schlampe', 'idiot', 'idiotin',
];

/** Insults aimed at the reader in youth slang and with inflected adjectives ("du hässliches Stück Scheiße"). */
const INSULTS = [{ term: 'huso', unless: ['huso horario', 'husos horarios'] }, ...spellings([
  'du lappen', 'so ein lappen', 'für ein lappen', 'bist ein lappen', 'stück scheiße', 'stück dreck', 'stück müll', 'wixxa', 'wichsa', 'wixa', 'hurenbock',
  'hurenböcke', 'hurensohns', 'deine mudda', 'deine mutter fick ich', 'ich fick deine mutter', 'ich ficke deine mutter', 'fick deine mudda', 'halt die schnauze',
  'halt deine schnauze', 'halt doch die schnauze', 'schnauze halten', 'halt deine fresse', 'halt einfach die fresse', 'du kek', 'so ein kek', 'du mongo',
  'so ein mongo', 'bist du mongo', 'du spacken', 'du honk', 'so ein honk', 'vollhonk', 'du knecht', 'du opfa',
  'fettes schwein',
  'niemand braucht dich', 'keiner braucht dich', 'du bist nichts wert',
  'du bist wertlos', 'du bist ein nichts', 'du bist abschaum', 'du bist erbärmlich', 'du bist widerlich', 'du bist ekelhaft', 'du ekelst mich an', 'du kotzt mich an',
  'niemand will mit dir reden', 'keiner will mit dir reden', 'niemand will was mit dir zu tun haben', 'keiner will was mit dir zu tun haben',
  ...pairs(INSULT_ADJECTIVES, INSULT_NOUNS), ...INSULT_NOUNS.filter((noun) => !['stück', 'null', 'fresse'].includes(noun)).map((noun) => `du ${noun}`),
  'missgeburten', 'spastiker', 'behindi', 'vollspacko', 'hohlbirne', 'hohlkopf', 'dummbatz', 'dummschwätzer', 'flachzange', 'sackgesicht', 'pissgesicht',
  'schwanzlutscher', 'pimmelkopf',
])];

/** Curses beyond scheiße: gottverdammt, heilige Scheiße, Bavarian zefix, sakra. */
const CURSES = spellings([
  'verfick*', 'gottverdammt', 'gottverdammte', 'gottverdammter', 'gottverdammtes', 'gottverdammich', 'heilige scheiße', 'verdammte axt', 'zefix', 'sakra',
  'herrgott nochmal', 'herrgott noch mal', 'scheiz', 'scheize', 'shize', 'schaiße', 'ficker', 'fickt', 'verfickt nochmal', 'arschkalt',
]);

/** Slurs, and the claims of racist talk: what a group "takes from us", "controls", is "less" of. */
const SLURS = spellings([
  'kanacken', 'kanaks', 'fidschis', 'musels', 'ziegenficker', 'kümmeltürken', 'bimbos', 'negern', 'überfremdung', 'bevölkerungsaustausch', 'judenschwein',
  'judenpack', 'juden raus', 'türken raus', 'messermigranten',
]);
const CLAIMS = spellings([
  'messerstecher', 'messermänner', 'messerfachkräfte', 'sozialtouristen', 'invasoren', 'nehmen uns die jobs weg', 'nehmen uns die arbeit weg', 'nehmen uns alles weg',
  'nehmen uns die wohnungen weg', 'leben auf unsere kosten', 'auf unsere kosten', 'von unseren steuern', 'von unseren steuergeldern', 'kontrollieren die banken',
  'kontrollieren die welt', 'kontrollieren die medien', 'kontrollieren alles', 'steuern die welt', 'beherrschen die welt', 'regieren die welt', 'weniger intelligent',
  'nicht so intelligent', 'dümmer', 'niedrigen iq', 'niedriger iq', 'weniger wert', 'zurück in ihr land', 'zurück in ihre heimat', 'zurück wo sie herkommen',
  'sollen alle zurück', 'gehören abgeschoben', 'sollte man abschieben', 'muss man abschieben', 'vergewaltigen unsere',
]);

/** Religion and politics that go to review: atheist provocations, wars, parties' migration talk. */
const SENSITIVE = spellings([
  'afd wählen', 'afd wähler', 'afd verbieten', 'afd verbot', 'wählt afd', 'scholz muss weg', 'habeck muss weg',
  'merz muss weg', 'ampel muss weg', 'die ampel ist', 'grüne wählen', 'links grün versifft', 'linksgrün versifft', 'gutmenschen', 'allah ist der einzige', 'jesus ist der einzige weg', 'konvertiere zum islam',
  'bekehre dich', 'ungläubige', 'ungläubigen', 'abtreibung ist mord', 'gender wahn', 'genderwahn', 'klimalüge', 'klimawahn', 'corona lüge', 'coronalüge',
  'gott existiert nicht', 'es gibt keinen gott', 'gibt keinen gott', 'opium fürs volk', 'opium des volkes', 'religion ist gift', 'religion ist schwachsinn',
  'religion ist eine lüge', 'gaza', 'hamas', 'palästina', 'zionisten', 'scharia', 'kalifat', 'selenskyj', 'ukrainekrieg', 'krieg in der ukraine',
  'nahostkonflikt', 'migrationspolitik', 'asylpolitik', 'abschiebungen',
]);

/* ---- Recall additions: the wider family of ways each thing is said. ---- */
/**
 * Name-calling with an adjective: "du armseliger Versager", "so ein hässlicher Vogel", "was für ein dummes Stück".
 * Nouns that are insults anyway stand with any of the adjectives; animals and everyday nouns (a fat pig may be a
 * pig, an ugly piece may be furniture) only after "du", "so ein" or "was für ein".
 */
const NAME_ADJ_STEMS = ['hässlich', 'fett', 'dumm', 'blöd', 'dreckig', 'widerlich', 'ekelhaft', 'armselig', 'erbärmlich', 'nutzlos', 'wertlos', 'dämlich', 'bescheuert', 'behindert', 'hirnlos', 'peinlich', 'lächerlich', 'elend', 'mies', 'verfickt'];
const NAME_ADJ = [...NAME_ADJ_STEMS.flatMap((stem) => [`${stem}e`, `${stem}er`, `${stem}es`]), 'scheiß'];
const INSULT_ONLY_NOUNS = ['spinner', 'versager', 'versagerin', 'trottel', 'idiot', 'idiotin', 'niete', 'penner', 'pisser', 'wichser', 'lappen', 'lauch', 'loser', 'opfer', 'mongo', 'spast',
  'hurensohn', 'schlampe', 'hure', 'fotze', 'bitch', 'missgeburt', 'witzfigur', 'kotzbrocken', 'schmarotzer', 'fettsack', 'nichtsnutz', 'taugenichts', 'heuchler', 'feigling', 'waschlappen', 'weichei', 'assi', 'prolet', 'psycho', 'freak'];
/** Everyday nouns by gender, so the article and the adjective's ending agree ("so ein dummer Bauer", "so eine fette Kuh", "du dummes Schwein"). */
const EVERYDAY_NOUNS: readonly (readonly [string, string, readonly string[]])[] = [
  ['ein', 'er', ['vogel', 'bauer', 'typ', 'kerl', 'clown', 'affe', 'köter']],
  ['ein', 'es', ['stück', 'schwein']],
  ['eine', 'e', ['kuh', 'sau', 'ratte', 'null']],
];
const NAME_CALLING = spellings([
  // Masculine and feminine endings ("armseliger Versager", "dumme Schlampe"); the neuter for Opfer.
  ...pairs(NAME_ADJ.filter((adjective) => !adjective.endsWith('es')), INSULT_ONLY_NOUNS.filter((noun) => noun !== 'opfer')), ...pairs(NAME_ADJ_STEMS.map((stem) => `${stem}es`), ['opfer']),
  ...EVERYDAY_NOUNS.flatMap(([article, ending, nouns]) =>
    pairs(pairs(['du', `so ${article}`, `was für ${article}`, `nur ${article}`, `echt ${article}`], NAME_ADJ_STEMS.map((stem) => `${stem}${ending}`)), nouns),
  ).filter((term) => !/(fett|dick)es stück$/.test(term)),
  ...pairs(['du'], INSULT_ONLY_NOUNS.filter((noun) => !['psycho', 'clown'].includes(noun))), 'du spinner', 'du vogel', 'du witzfigur',
  ...pairs(['halt', 'halts', 'halt einfach', 'halt mal', 'halt endlich', 'halt doch', 'halt jetzt', 'halt bloß'], ['dein maul', 'die fresse', 'deine fresse', 'die schnauze', 'deine schnauze', 'das maul', 'dein drecksmaul', 'deinen mund du', 'die klappe du']),
  'der letzte abschaum', 'der letzte dreck', 'das letzte stück', 'du bist das letzte', 'du bist echt das letzte', 'bist das allerletzte', 'du bist abschaum', 'bist echt abschaum', 'bist so abschaum',
  'du bist so peinlich', 'du bist peinlich', 'du bist echt peinlich', 'bist so peinlich', 'wie peinlich bist du', 'schäm dich du', 'du bist so erbärmlich', 'du bist so lächerlich', 'du bist lächerlich',
  ...pairs(['du bist so', 'du bist echt so', 'du bist voll', 'du bist echt', 'du bist einfach', 'du bist wirklich', 'bist du so', 'bist echt so', 'du bist so verdammt', 'du bist so scheiß'],
    ['dumm', 'blöd', 'hässlich', 'hohl', 'behindert', 'dämlich', 'bescheuert', 'erbärmlich', 'armselig', 'widerlich', 'ekelhaft', 'wertlos', 'nutzlos', 'hirnlos', 'assi', 'asozial', 'fett und hässlich']),
  'niemand mag dich', 'keiner mag dich', 'alle hassen dich', 'jeder hasst dich', 'keiner kann dich leiden', 'niemand kann dich leiden',
]);
/** Persistence, blackmail with pictures, and watching told as a story. */
const HARASS_MORE = spellings([
  ...pairs(['antworte', 'antwort', 'antworte mir', 'antworte endlich', 'antworte mir endlich', 'schreib zurück', 'schreib mir zurück'], ['sofort', 'jetzt sofort', 'gefälligst', 'verdammt nochmal', 'du schlampe', 'du hure']),
  'antworte mir jetzt', 'antworte jetzt', 'antwortest du jetzt endlich', 'du antwortest mir jetzt', 'du kannst mich nicht ewig ignorieren', 'du kannst mich nicht blockieren', 'ich mach neue accounts',
  'ich mache neue accounts', 'neue accounts bis du', 'so lange schreiben bis du', 'so lange bis du antwortest', 'so lange bis du mir antwortest', 'werde dir so lange schreiben', 'werd dir so lange schreiben',
  ...pairs(pairs(['ich schick', 'ich schicke', 'ich zeig', 'ich zeige', 'ich leite', 'ich poste', 'ich stell', 'ich verschick', 'schick ich', 'zeig ich', 'ich werde', 'ich werd'], ['deine fotos an', 'deine bilder an', 'deine nacktbilder an', 'deine nudes an', 'deine videos an', 'die nudes an', 'die nacktbilder an', 'deine fotos', 'deine nacktbilder']),
    ['deine eltern', 'deine familie', 'deinen chef', 'deine mutter', 'deine mama', 'deinen vater', 'deinen papa', 'deinen freund', 'deinen mann', 'deine frau', 'deine kollegen', 'deinen arbeitgeber']),
  ...pairs(pairs(['gesehen wie du', 'beobachtet wie du', 'gesehen dass du'], ['heute', 'gestern', 'heute morgen', 'gestern abend', 'vorhin', 'heute früh', 'gerade']), [
    'aus der arbeit', 'von der arbeit', 'aus dem büro', 'aus der schule', 'aus der uni', 'aus deiner wohnung', 'aus deinem haus', 'aus dem fitnessstudio', 'aus dem gym', 'ins fitnessstudio',
    'in dein auto', 'nach hause gegangen', 'nach hause gekommen', 'heimgekommen', 'aus der dusche', 'dich umgezogen', 'das haus verlassen']),
  ...pairs(['gesehen wie du', 'beobachtet wie du'], ['aus dem fitnessstudio', 'aus dem gym', 'ins fitnessstudio', 'in dein auto', 'aus der dusche', 'in deine wohnung']),
  ...pairs(pairs(['bin dir', 'ich bin dir'], ['', 'gestern', 'heute', 'heimlich', 'einfach', 'gestern abend', 'neulich', 'mal']).map((term) => term.trim()), ['nach hause gefolgt', 'bis nach hause gefolgt', 'zur arbeit gefolgt', 'bis zur arbeit gefolgt', 'zur schule gefolgt', 'zum auto gefolgt', 'heimlich gefolgt']),
  'ich hoffe du krepierst', 'ich hoffe du stirbst', 'hoffentlich stirbst du', 'hoffentlich verreckst du', 'hoffentlich krepierst du', 'ich wünsch dir den tod', 'ich wünsche dir den tod',
]);
const SEX_MORE = spellings([
  ...pairs(['hol mir', 'hole mir', 'ich hol mir'], ['grad einen runter', 'gerade einen runter', 'jetzt einen runter', 'gleich einen runter', 'einen runter bei', 'einen runter wenn']), 'mir einen runterholen', 'einen runtergeholt', 'einen von der palme wedeln',
  'mit mir schlafen', 'mit dir schlafen', 'mit dir ins bett', 'mit mir ins bett', 'sexten', 'lass uns sexten', 'willst du sexten', 'sexnachrichten', 'nacktbilder tauschen', 'nudes tauschen',
  ...pairs(['lust auf', 'bock auf', 'hattest du schon mal', 'hatte schon mal'], ['nen dreier', 'einen dreier']), 'lust auf dreier', 'bock auf dreier',
  'hart im bett', 'wild im bett', 'es hart im bett', 'magst du es im bett', 'was magst du im bett', 'stehst du auf harten sex', 'harter sex', 'harten sex',
  'meinen schwanz', 'meinem schwanz', 'deinen schwanz', 'mein schwanz ist', 'um meinen schwanz', 'an meinem schwanz', 'so hart wegen dir',
  'so feucht wegen dir', 'bin so geil grad', 'bin so geil gerade', 'so spitz gerade',
]);
const SEX_HARASS_MORE = spellings([
  ...pairs(['welche farbe hat dein', 'welche farbe hat deine', 'welche farbe haben deine', 'welchen'], ['bh', 'höschen', 'slip', 'string', 'tanga', 'dessous', 'unterwäsche']),
  ...pairs(['trägst du', 'trägst du gerade', 'trägst du grad', 'trägst du heute', 'trägst du jetzt', 'hast du gerade', 'hast du grad', 'hast du heute'], ['ein höschen', 'einen string', 'einen tanga', 'unterwäsche an', 'einen bh', 'nen bh', 'nen string', 'nen tanga', 'dessous', 'überhaupt was an', 'nichts an', 'was drunter']),
  ...pairs(['will dich', 'würde dich gern', 'würde dich gerne', 'möchte dich', 'will dich mal', 'möchte dich mal', 'würd dich gern'], ['in unterwäsche sehen', 'nackt sehen', 'im bikini sehen', 'in dessous sehen', 'ohne klamotten sehen', 'oben ohne sehen', 'ausziehen', 'anfassen', 'überall anfassen', 'überall küssen', 'spüren']),
  'dich in unterwäsche', 'dich in dessous', 'dich im bikini sehen', 'dich oben ohne', 'dich nackt', 'du nackt aussiehst', 'schläfst du nackt', 'bist du nackt', 'bist du gerade nackt',
  ...pairs(['geile', 'schöne', 'große', 'dicke', 'pralle', 'geilen', 'knackige', 'knackigen', 'dicken', 'geiler', 'knackiger'], ['brüste', 'titten', 'möpse', 'arsch', 'hintern', 'nippel']).filter((term) => !['große brüste'].includes(term)),
  'dich über den tisch beugen', 'dich über den tisch legen', 'dich übers bett', 'bück dich für mich', 'beug dich für mich', 'auf die knie für mich', 'knie dich hin für mich',
  'deine lippen um', 'deine lippen an meinem',
]);
const PHISH_MORE = spellings([
  ...pairs(['bestätigen sie', 'aktualisieren sie', 'verifizieren sie', 'überprüfen sie', 'bestätige', 'aktualisiere', 'verifiziere', 'hinterlegen sie', 'hinterlege'], ['ihre zahlungsdaten', 'deine zahlungsdaten', 'ihre kontodaten', 'deine kontodaten', 'ihre kreditkartendaten', 'deine kreditkartendaten', 'ihre bankdaten', 'deine bankdaten', 'ihre identität', 'deine identität', 'ihre daten', 'deine daten', 'ihre adresse über', 'ihre telefonnummer über']),
  ...pairs(['sparkassen', 'sparkasse', 'volksbank', 'postbank', 'commerzbank', 'dkb', 'ing', 'n26', 'paypal', 'amazon', 'apple', 'netflix', 'bank', 'online banking', 'online-banking'], ['konto wurde gesperrt', 'konto wird gesperrt', 'konto ist gesperrt', 'konto gesperrt', 'konto eingeschränkt', 'konto wurde eingeschränkt']),
  'jetzt entsperren', 'hier entsperren', 'konto entsperren', 'konto wieder freischalten', 'konto freischalten', 'konto reaktivieren', 'klick auf den link', 'klicke auf den link', 'klicken sie auf den link', 'klicken sie hier',
  'klick auf diesen link', 'klicke auf diesen link', 'zahlungsdaten aktualisieren', 'zahlungsinformationen aktualisieren', 'zahlungsmethode aktualisieren', 'zahlungsdaten bestätigen',
  ...pairs(pairs(['dein', 'ihr', 'ihre', 'deine'], ['netflix abo', 'amazon abo', 'spotify abo', 'prime abo', 'disney abo', 'abo', 'abonnement', 'mitgliedschaft', 'prime mitgliedschaft']), ['ist abgelaufen', 'läuft ab', 'wurde gekündigt', 'wurde pausiert']),
  'sie haben eine rückerstattung', 'ihre rückerstattung', 'rückerstattung anfordern', 'erstattung anfordern', 'rückerstattung beantragen sie',
  ...pairs(['gib mir', 'gib mir mal', 'gib mir bitte', 'schick mir', 'schick mir mal', 'sag mir', 'sag mir mal', 'nenn mir', 'verrat mir', 'schreib mir'], ['dein passwort', 'deine zugangsdaten', 'deine pin', 'dein kennwort', 'deine logindaten', 'deine login daten', 'dein apple id passwort']),
]);
const SPAM_MORE = spellings(['ich folge zurück', 'folge zurück', 'folge sofort zurück', 'follow back', 'folgt mir und ich', 'sichere dir', 'sichere dir jetzt', 'sichern sie sich', 'gratis gutschein', 'klick auf den link']);
const FRAUD_MORE = spellings([
  ...pairs(pairs(['kannst du mir', 'könntest du mir', 'kannst mir', 'könntest mir'], ['kurz', 'mal', 'bitte', 'vielleicht', 'schnell', 'mal kurz', 'bitte kurz']), ['was leihen', 'etwas leihen', 'geld leihen', 'was borgen', 'geld borgen', 'was vorstrecken', 'geld schicken', 'was überweisen', 'geld überweisen']),
  'mein konto ist gesperrt', 'mein konto wurde gesperrt', 'meine karte ist gesperrt', 'meine karte wurde gesperrt', 'komme nicht an mein geld', 'komm nicht an mein geld',
  ...pairs(['bezahl mir', 'bezahlst du mir', 'zahlst du mir', 'brauche geld für', 'brauch geld für', 'brauche geld fürs'], ['das flugticket', 'den flug', 'flugticket', 'ticket', 'das ticket', 'das ticket zu dir', 'mein visum', 'das visum', 'meinen flug']),
  ...pairs(['geld damit ich', 'geld um'], ['dich endlich sehen kann', 'zu dir kommen kann', 'dich besuchen kann', 'zu dir fliegen kann', 'dich zu sehen', 'zu dir zu kommen', 'zu dir zu fliegen']),
  'us soldat', 'amerikanischer soldat', 'bin soldat in', 'friedensmission', 'un mission', 'auf einer ölplattform', 'ölbohrinsel',
  ...pairs(['mit bitcoin', 'mit krypto', 'mit trading', 'mit forex', 'mit kryptowährung', 'mit bitcoin trading', 'mit krypto trading'], ['gemacht', 'verdient', 'verdiene', 'verdient habe', 'reich geworden']),
  ...pairs(['in einer woche', 'in einem monat', 'in wenigen tagen', 'in 24 stunden', 'in kurzer zeit', 'über nacht'], ['verdoppeln', 'verdreifachen', 'vervielfachen', 'verzehnfachen']),
  'das doppelte zurück', 'das dreifache zurück', 'das zehnfache zurück', 'zurück garantiert', 'mit forex kannst du', 'mit krypto kannst du', 'mit bitcoin kannst du',
  'damit das paket freigegeben', 'paket freigegeben wird', 'paket freizugeben', 'paket freigeben', 'zollgebühr bezahlen', 'zollgebühren bezahlen', 'gebühr für das paket', 'gebühr für dein paket',
  'geld für die operation', 'geld für ihre operation', 'geld für seine operation', 'hab kein geld für die operation', 'per paypal freunde schicken', 'paypal freunde und familie',
]);
const DATING_MORE = spellings([
  ...pairs(['sucht', 'suche', 'ich suche', 'suche noch'], ['liebevolle frau', 'liebevollen mann', 'eine liebevolle frau', 'einen liebevollen mann', 'ehrliche frau', 'ehrlichen mann', 'treue frau', 'treuen mann',
    'eine frau fürs leben', 'frau zum heiraten', 'mann zum heiraten', 'ernsthafte beziehung', 'eine ernsthafte beziehung', 'feste beziehung', 'feste partnerin', 'festen partner', 'eine feste partnerin', 'einen festen partner',
    'feste freundin', 'eine feste freundin', 'seelenverwandten', 'seelenverwandte', 'meinen seelenverwandten', 'meine seelenverwandte', 'traumfrau', 'traummann', 'meine traumfrau', 'meinen traummann',
    'eine ehefrau', 'einen ehemann', 'hübsche frau', 'eine hübsche frau', 'hübsches mädchen', 'süße frau', 'eine süße frau', 'nette sie', 'netten ihn']),
  ...pairs(['geschiedener', 'einsamer', 'lediger', 'single', 'alleinstehender', 'netter'], ['mann sucht', 'herr sucht', 'typ sucht', 'er sucht']), ...pairs(['geschiedene', 'einsame', 'ledige', 'single', 'alleinstehende', 'nette'], ['frau sucht', 'dame sucht', 'sie sucht']),
  'witwer sucht', 'witwe sucht', 'suche dringend eine freundin', 'suche dringend ne freundin', 'suche ne freundin', 'brauche eine freundin', 'brauch ne freundin', 'brauche dringend eine freundin',
  'mädels meldet euch', 'mädels schreibt mir', 'ladies meldet euch', 'frauen meldet euch', 'mädels schreibt', 'damen meldet euch', 'single mädels', 'singles meldet euch',
  'unverbindliche treffen', 'unverbindliches treffen', 'unverbindlichen spaß', 'unverbindlicher spaß', 'sexkontakte', 'lockere treffen', 'nur für treffen', 'nur was lockeres',
  'willst du mein valentinsschatz', 'sei mein valentinsschatz', 'suche einen partner fürs leben',
]);
const ADS_MORE = spellings([
  'ich folge zurück', 'folge sofort zurück', 'folge zurück', 'folgt mir und ich folge',
  'verkaufe meine', 'verkaufe meinen', 'verkaufe mein', 'kaum benutzt', 'kaum genutzt', 'wenig benutzt', 'kaum getragen', 'neu und unbenutzt', 'top zustand', 'bei interesse pn', 'pn an mich', 'schreibt mir eine pn',
  ...pairs(['schaut auf meinem', 'schaut bei meinem', 'schaut mal auf meinem', 'schaut mal bei meinem', 'schaut auf meinem neuen', 'schaut bei meinem neuen', 'guckt auf meinem', 'guckt bei meinem', 'besucht meinen', 'besucht meine', 'besucht meinen neuen'],
    ['kanal', 'neuen kanal', 'youtube kanal', 'youtubekanal', 'neuen youtube kanal', 'shop', 'neuen shop', 'onlineshop', 'website', 'blog', 'profil', 'twitch', 'tiktok']),
  'und abonniert', 'abonniert mich', 'lasst ein abo da', 'lasst ein abo', 'abo da lassen', 'daumen hoch und abonnieren', 'liken und abonnieren', 'abonnieren und liken',
  'liken und teilen', 'liken teilen', 'teilen und liken', 'liken kommentieren', 'markiere deine freunde', 'markiert eure freunde', 'markiert 3 freunde', 'markiert drei freunde',
  'follower kaufen', 'likes kaufen', 'günstige follower', 'follower günstig', 'echte follower', 'mehr follower bekommen',
  'in meinem shop', 'in meinem onlineshop', 'in meinem etsy', 'mein etsy shop', 'meinem etsy shop', 'link in bio', 'link in meiner bio',
  ...pairs(['suchen', 'wir suchen', 'suche'], ['verkäufer', 'verkäuferin', 'mitarbeiter', 'aushilfen', 'promoter']).filter((term) => !term.startsWith('suche ')), 'm w d', 'mwd', 'w m d',
  ...pairs(['gebe', 'biete', 'ich gebe', 'ich biete', 'unterrichte'], ['deutschunterricht online', 'online unterricht', 'onlineunterricht', 'unterricht online', 'nachhilfe online', 'deutschkurse', 'sprachkurse']),
]);
const DRUG_MORE = spellings([
  ...pairs(pairs(['rauche', 'rauch', 'rauchen', 'geraucht', 'baue', 'bau', 'bauen', 'gebaut', 'dreh', 'drehe', 'gedreht'], ['', 'grad', 'gerade', 'jetzt', 'erstmal', 'noch', 'mir', 'mir grad', 'uns']).map((term) => term.trim()),
    ['nen joint', 'einen joint', 'nen fetten joint', 'einen fetten joint', 'nen dicken joint', 'ne tüte', 'eine tüte', 'nen ott', 'ott', 'nen spliff', 'einen spliff', 'bubatz', 'ne bong', 'eine bong']),
  'gras dealer', 'grasdealer', 'weed dealer', 'koks dealer', 'nen dealer', 'einen dealer', 'neuen dealer', 'dealer gesucht', 'wo bekommt man koks', 'wo kriegt man koks', 'wo bekomm ich koks', 'wo krieg ich koks',
  ...pairs(['wo bekommt man', 'wo kriegt man', 'wo bekomm ich', 'wo krieg ich', 'wer hat', 'wer verkauft', 'brauche', 'brauch'], ['gras', 'koks', 'mdma', 'ecstasy', 'speed', 'pep', 'molly', 'ketamin', 'lsd', 'pappen', 'hasch', 'weed'])
    .filter((term) => !['wer hat gras', 'brauche gras', 'brauch gras', 'brauche speed', 'brauch speed', 'wer hat speed', 'brauche pep', 'brauch pep', 'wer hat pep'].includes(term)),
  ...pairs(['mdma', 'ecstasy', 'pappen', 'lsd', 'speed', 'koks', 'ketamin'], ['auf dem festival', 'auf der party', 'im club', 'beim rave', 'am wochenende genommen', 'genommen', 'eingeworfen', 'geschmissen', 'gezogen', 'geballert']).filter((term) => !['speed genommen', 'speed auf der party'].includes(term)),
  ...pairs(['teile', 'pillen'], ['eingeworfen', 'geschmissen', 'geballert']),
]);
const DRINK_MORE = spellings([
  ...pairs(['lust auf', 'bock auf'], ['shots', 'kurze']), 'shots trinken', 'shots kippen', 'paar shots trinken',
  ...pairs(['ich war', 'bin', 'war ich', 'waren wir', 'wir waren', 'ich bin', 'bin gestern', 'war gestern'], ['sturzbetrunken', 'so betrunken', 'total betrunken', 'voll betrunken', 'breit wie']),
  'bierchen trinken', 'flasche sekt', 'weinchen', 'saufen gehen', 'gehen saufen', 'einen heben', 'einen trinken gehen',
]);
const THREAT_MORE = spellings([
  ...pairs(['schneid', 'schneide', 'schlitz', 'schlitze'], ['dir die kehle durch', 'dir die kehle auf', 'ich dir die kehle durch', 'dir den hals auf']), 'die kehle durchschneiden', 'kehle aufschlitzen', 'dir die kehle durchschneiden',
  ...pairs(['du landest', 'landest du', 'dann landest du', 'sonst landest du'], ['im krankenhaus', 'im rollstuhl', 'im grab', 'unter der erde', 'auf der intensivstation', 'im sarg']),
  ...pairs(['ich kenne leute die', 'ich kenn leute die', 'ich hab leute die', 'ich habe leute die', 'ich kenne jungs die', 'ich hab freunde die', 'ich habe freunde die'], ['dir wehtun', 'dir weh tun', 'dich finden', 'dich fertig machen', 'dich fertigmachen', 'dich besuchen kommen', 'dich verschwinden lassen', 'sich um dich kümmern']),
  'ich werde dir wehtun', 'ich werd dir wehtun', 'ich tu dir weh', 'ich tue dir weh', 'ich will dir wehtun', 'ich lass dich verschwinden', 'ich lasse dich verschwinden',
  'werde amok laufen', 'werd amok laufen', 'in deiner schule amok', 'an deiner schule amok', 'in eurer schule amok', 'morgen amok', 'deine schule in die luft', 'eure schule in die luft', 'dein haus in die luft',
  ...pairs(['erwisch ich dich', 'ich erwisch dich', 'ich erwische dich', 'erwische ich dich'], ['allein', 'alleine', 'irgendwann', 'nachts']), 'und stech zu', 'stech ich zu', 'dann stech ich zu',
  'ich erwürge dich', 'ich erwürg dich', 'dich erwürgen', 'ich ersteche dich', 'ich erstech dich', 'ich bring dich noch um', 'ich bring dich eines tages um', 'du bist tot wenn', 'du bist ein toter',
]);
const SELF_HARM_MORE = spellings([
  'nicht mehr am leben sein', 'will nicht mehr hier sein', 'will nicht mehr existieren', 'möchte nicht mehr existieren', 'will nicht mehr am leben', 'will einfach nur noch sterben',
  ...pairs(['alle meine', 'meine ganzen', 'alle'], ['tabletten nehmen', 'tabletten schlucken', 'pillen nehmen', 'pillen schlucken']), 'nehm ich alle meine tabletten', 'nehme ich alle meine tabletten', 'nehm alle meine tabletten',
  'für immer einschlafen', 'einschlafen und nicht mehr aufwachen',
  'ginge es besser ohne mich', 'geht es besser ohne mich', 'wäre es besser ohne mich', 'wären besser ohne mich', 'besser dran ohne mich', 'alle wären froh wenn ich weg bin', 'vermisst mich eh keiner', 'würde mich eh keiner vermissen',
  'darüber nachdenken mich umzubringen', 'denke darüber nach mich umzubringen', 'denke an selbstmord', 'denke über selbstmord nach', 'ich will mich umbringen', 'ich werde mich umbringen', 'ich werd mich umbringen',
  'hab mich geschnitten absichtlich', 'mich absichtlich geschnitten', 'mir die arme aufgeschnitten', 'mir die arme geritzt',
]);
/** The wish not to wake ANYMORE ("will einfach nich mehr aufwachen", "möchte nie wieder aufwachen"); "will morgen nicht aufwachen" is a Monday. */
const NO_MORE_WAKING = [
  ...pairs(['will', 'will einfach', 'möchte', 'möchte einfach', 'mag', 'würde gern', 'würd gern', 'würde gerne', 'am liebsten', 'würde am liebsten', 'würd am liebsten', 'einfach', 'wär schön', 'wäre schön'],
    ['nich mehr aufwachen', 'net mehr aufwachen', 'nimmer aufwachen', 'nie mehr aufwachen', 'nie wieder aufwachen', 'nicht mehr aufwachen']),
  'hoffe ich wache nicht mehr auf', 'hoffe ich wach nicht mehr auf', 'hoffentlich wach ich nicht mehr auf', 'hoffentlich wache ich nicht mehr auf', 'hoffentlich wach ich nie wieder auf',
  'wünschte ich würde nicht mehr aufwachen', 'wünschte ich wache nicht mehr auf', 'wünsch mir nicht mehr aufzuwachen', 'wünsche mir nicht mehr aufzuwachen',
  'keine lust mehr aufzuwachen', 'kein bock mehr aufzuwachen', 'keinen bock mehr aufzuwachen', 'keine kraft mehr aufzuwachen',
].filter((term) => !['will nicht mehr aufwachen', 'einfach nicht mehr aufwachen'].includes(term)).flatMap((term) => except(term, pairs([term], WAKE_HOSTS)));
/** Not waking as what a dose is for, said of anyone ("wie viele braucht man damit man nicht mehr aufwacht"): with pills, a plan. */
const GENERIC_NO_WAKING = ['damit man nicht mehr aufwacht', 'damit man nie mehr aufwacht', 'damit man nie wieder aufwacht', 'damit man nich mehr aufwacht', 'dass man nicht mehr aufwacht',
  'dass man nie wieder aufwacht', 'damit ich nie wieder aufwache', 'dass ich nicht mehr aufwache', 'damit ich nich mehr aufwache', 'um nie wieder aufzuwachen', 'um nie mehr aufzuwachen',
  'um nich mehr aufzuwachen', 'einschlafen und nie wieder aufwachen', 'einschlafen und nicht mehr aufwachen'].flatMap((term) => except(term, pairs([term], WAKE_HOSTS)));
/** Cutting again told plainly ("hab mich wieder geritzt"); "geritzt" with "mich" is never a name carved in a tree. */
const CUT_AGAIN = spellings(['mich schon wieder geritzt', 'mich gestern wieder geritzt', 'mich heute wieder geritzt', 'mich erneut geritzt', 'mich wieder ritzen',
  'wieder angefangen mich zu ritzen', 'ritz mich wieder', 'wieder am ritzen', 'rückfall mit ritzen', 'ritzrückfall']);
const GORE_MORE = spellings(['kopf weggeschossen', 'kopf weggeblasen', 'hirn weggeschossen', 'gehirn weggeblasen', 'kopfschuss video', 'körperteile überall', 'leiche ohne kopf']);
const HATE_MORE = spellings([
  'hitler hat nichts falsch gemacht', 'hitler war ein held', 'hitler war gut', 'holocaust hat nie stattgefunden', 'holocaust ist eine lüge', 'holocaust gab es nicht', 'den holocaust gab es nie',
  'den holocaust gab es nicht', 'auschwitzlüge', 'auschwitz lüge', 'gaskammern gab es nicht', 'holocaust war erfunden', 'holocaust ist erfunden', 'judenpresse', 'deutschland den deutschen',
]);
const NEGATIVE_MORE = spellings([
  'von natur aus dümmer', 'von natur aus dumm', 'von natur aus kriminell', 'von natur aus faul', 'von natur aus minderwertig', 'genetisch minderwertig', 'genetisch dümmer', 'genetisch unterlegen',
  'fressen hunde', 'essen hunde', 'fressen katzen', 'essen katzen', 'verbreiten viren', 'verbreiten krankheiten', 'schleppen krankheiten ein', 'bringen krankheiten', 'ruinieren unser land', 'ruinieren deutschland',
  'zerstören unser land', 'zerstören deutschland', 'übernehmen unser land', 'kontrollieren die medien und', 'kontrollieren die banken und', 'sind böse', 'sind das letzte',
]);
const PICTURE_MORE = spellings(['dein gesicht', 'deinem gesicht', 'ganzkörperfoto', 'ganzkörperbild', 'ganzkörper selfie', 'ganzkörperselfie', 'gesichtsfoto', 'foto von dir', 'bild von dir', 'fotos von dir', 'bilder von dir', 'wie du aussiehst', 'kamera an', 'cam an', 'kamera anmachen', 'kamera einschalten', 'videocall', 'video call', 'videochat']);
const REQUEST_MORE = spellings(['mach die kamera an', 'mach deine kamera an', 'mach mal die kamera an', 'mach die cam an', 'mach mal cam an', 'schalt die kamera an', 'schalte die kamera an', 'lass mal videocall', 'lass uns videocall', 'lass mal facetimen', 'schreib mir auf', 'schreib mir bei', 'meld dich auf', 'adde mich auf', 'adde mich bei']);
const CURSE_MORE = spellings(['was zur hölle', 'zur hölle', 'zum henker', 'verdammte hölle', 'scheißtag', 'scheiß tag', 'kacktag', 'so ein scheiß', 'so eine scheiße', 'scheiße nochmal', 'verfickte scheiße', 'alles scheiße', 'alles kacke']);
/** "total dicht" is drunk; "so dicht dran", "dicht hinter" is close. */
const DICHT = pairs(['ich war', 'bin', 'war ich', 'waren wir', 'wir waren', 'ich bin'], ['total dicht', 'voll dicht', 'so dicht', 'richtig dicht', 'komplett dicht'])
  .flatMap((term) => except(term, pairs([term], ['dran', 'daran', 'am', 'an', 'bei', 'hinter', 'vor', 'neben', 'beieinander', 'zusammen', 'dabei'])));

/** Sexual talk aimed at the reader: their body undressed, kissed all over, moaning; being aroused by them. */
const AIMED_DESIRE = [
  'deine stimme macht mich an', 'du machst mich an', 'macht mich geil', 'machst mich geil', 'jeden zentimeter von deinem körper', 'dich stöhnen hören',
  'dich zum stöhnen bringen', 'zieh ich dich aus', 'dich ausziehen', 'dich langsam ausziehen', 'nackt in meinem bett',
];
/** Likening a group to animals, dirt or disease, calling them thieves, saying they live off others, wanting them thrown out: contempt next to a group. */
const HATE_LIKENESS = [
  'wie tiere', 'wie ratten', 'eine krankheit', 'eine seuche', 'dreckig', 'alles diebe', 'nur diebe', 'sind diebe', 'abschieben', 'abgeschoben werden',
  'raus mit ihnen',   // What xenophobes say migrants come for: benefits, our taxes, our jobs.
  'wegen bürgergeld', 'wegen buergergeld', 'wegen hartz', 'leben von unseren steuern', 'nehmen uns die arbeit weg', 'nehmen uns die jobs weg',
];

export const de: Lexicon = {
  lang: 'de',
  terms: {
    insult: [
      ...NAME_CALLING,
      'arschloch', 'arschlöcher', 'arschloecher', 'arschlocher', 'arschgeige', 'arschkriecher', 'oaschloch', 'wichser', 'wixer', 'wixxer', 'hurensohn',
      'hurensöhne', 'hurensoehne', 'hurentochter', 'hurenkind', 'missgeburt', 'mißgeburt', 'spast', 'spasti', 'spasten', 'spacko', 'vollspast',
      'bist du behindert', 'du behinderter', 'du bist behindert', 'voll behindert', 'vollidiot', 'vollidioten', 'depp', 'deppen', 'trottel',
      'dummkopf', 'dumme kuh', 'blöde kuh', 'bloede kuh', 'dumme sau', 'blöde sau', 'drecksau', 'dreckssau', 'du schwein', 'du sau', 'sauhund',
      'penner', 'du opfer', 'so ein opfer', 'du bist so ein opfer', 'hackfresse', 'fotze', 'fotzen', 'schlampe', 'schlampen', 'nutte', 'nutten', 'hure',
      'huren', 'pisser', 'scheißkerl', 'scheisskerl', 'kackbratze', 'vollpfosten', 'evolutionsbremse', 'du lauch', 'schafseckel', 'tubel',
      'gschissener', 'fick dich', 'fick dich selbst', 'fick deine mutter', 'fdm', 'deine mutter ist eine hure', 'hurensohn bastard', 'verpiss dich',
      'verpisst euch', 'halt die fresse', 'halts maul', "halt's maul", 'halt dein maul', 'maul halten', 'fresse halten', 'halt die klappe du',
      'leck mich am arsch', ...except('leck mich', ['leck mich fett']), 'lmaa', ...KANNST_MICH_MAL, 'niemand mag dich', 'keiner mag dich', 'du bist hässlich', 'du bist haesslich',
      'hässliche kuh', 'fette sau', 'fettsack', 'du bist dumm', 'du bist so dumm', 'bist du dumm', 'du idiot', 'idioten', 'idiotin', 'schwachkopf', 'schwachmat',
      'volltrottel', 'dreckskerl', 'drecksack', 'dreckstück', 'miststück', 'mistkerl', 'blödmann', 'bloedmann', 'arschgesicht', 'pissnelke',
      'lutsch meinen schwanz', 'blas mir einen du',
      ...INSULTS,
    ],
    harassment: [
      // Driving the reader away (nobody here likes you, delete your account) and pestering till they answer.
      'keiner hier kann dich leiden', 'niemand hier kann dich leiden', 'niemand hier mag dich', 'keiner hier mag dich', 'alle lachen über dich', 'alle lachen dich aus', 'verschwinde aus der app', 'verschwinde einfach aus der app', 'hau ab aus der app', 'lösch deinen account', 'lösch dein konto', 'du nervst alle',
      // Stalking the reader: knowing where they live or work or their child's school, watching them, catching them alone.
      'wer dir so nachläuft', 'wer dir nachläuft',
      ...HARASS_MORE,
      'welchen bus du morgens nimmst', 'ich weiß wo du arbeitest', 'ich weiß wann du',
      'ich finde raus wo du wohnst', 'finde raus wo du wohnst', 'ich kenn deine schule', 'ich kenne deine schule', 'warte nach der schule auf dich', 'warte nach dem unterricht auf dich',
      'ich weiß wo du wohnst', 'ich weiss wo du wohnst', 'ich weiß, wo du wohnst', 'weiß wo du wohnst', 'weiss wo du wohnst', 'ich kenne deine adresse',
      'ich beobachte dich', 'ich werde dich finden', 'ich finde dich schon', 'ich finde dich überall', 'ich finde dich sowieso', 'ich finde dich egal wo', 'du kannst dich nicht verstecken', 'ich veröffentliche deine bilder',
      'ich veroeffentliche deine bilder', 'ich leake deine nudes', 'ich schick deine nacktbilder', 'ich mach dein leben kaputt',
      'ich mache dein leben zur hölle', 'ich mach dir das leben zur hölle', 'bring dich um', 'bring dich doch um', 'häng dich auf', 'haeng dich auf',
      'häng dich doch auf', 'stirb', 'stirb doch', 'verreck', 'verreck doch', 'krepier', 'krepier doch', 'ich hoffe du stirbst', 'ich hoffe du verreckst',
      'antworte schlampe', 'antworte mir du hure',
      ...STALKING,
    ],
    curse: [
      ...CURSE_MORE,
      'scheiße', 'scheisse', 'scheise', 'scheiß', 'scheiss', 'scheiß*', 'scheiss*', 'schei*e', 'sch***e', 'shice', 'sheisse', 'schice', 'verdammt',
      'verdammte', 'verdammter', 'verdammtes', 'verdammt nochmal', 'verdammt noch mal', 'verflucht', 'verfluchte', 'verfickt', 'verfickte', 'verfickter',
      'fick', 'ficken', 'fickt euch', 'gefickt', 'kacke', 'kack*', 'arsch', 'am arsch', 'im arsch', 'zum teufel', 'was zum teufel', 'himmel arsch und zwirn',
      'gopfertammi', 'gopferdammi', 'gopferdelli', 'heilandsack', 'kruzifix nochmal', 'herrgottsakrament', 'leck mich fett', 'scheißegal', 'drecks*',
      'hdf', 'halt die fresse', 'fresse', 'pisse', 'pissen', 'angepisst', 'bockmist', 'bullshit', 'so ein mist', 'so ne scheiße',
      ...CURSES,
    ],
    sexual: [
      ...SEX_MORE,
      'richtig durchnehmen', 'dich durchnehmen',
      'ficken', 'fickst du', 'wollen wir ficken', 'lass uns ficken', 'sex haben', 'sex mit dir', 'sex mit mir', 'willst du sex', 'porno', 'pornos',
      'porn', 'pornoseite', 'nacktbilder', 'nacktbild', 'nacktfotos', 'nacktfoto', ...NACKT, 'bin geil', 'ich bin geil', 'ich bin so geil',
      'bin so geil auf dich', 'geil auf dich', 'geile titten', 'titten', 'tittchen', 'mein schwanz', 'dein schwanz', 'großer schwanz', 'deine muschi',
      'meine muschi', 'muschi lecken', 'fotze lecken', 'einen blasen', 'blas mir einen', 'blasen lassen', 'wichsen', 'ich wichse', 'einen runterholen',
      'sich einen runterholen', 'hol mir einen runter', 'bumsen', 'wollen wir bumsen', 'willst du vögeln', 'lass uns vögeln', 'lass uns poppen',
      'willst du poppen', 'sexting', 'sexchat', 'camsex', 'telefonsex', 'dirty talk', 'onlyfans', ...STAENDER,       'feucht für dich', 'orgasmus', 'selbstbefriedigung', 'masturbieren', 'gangbang', 'analsex', 'oralsex', 
      ...SEXUAL,
    ],
    'sexual-harassment': [
      // Asked about their virginity or sex life, or for something 'spicy'.
      'noch jungfrau', 'schick mir mal was heißes', 'schick mir doch mal was heißes', 'was heißes schicken',
      // A stranger asked up to a hotel room, told they must be good in bed, or that the speaker wants to touch them.
      'auf mein hotelzimmer', 'flachlegen', 'im bett bestimmt', 'gut im bett',
      ...AIMED_DESIRE,
      ...SEX_HARASS_MORE,
      'zeig mal deine brüste', 'zeig mal deine titten',
      'schick nacktbilder', 'schick mir nacktbilder', 'schick nudes', 'schick mir nudes', 'schick mal nudes', 'schick ein nacktbild', 'zeig mir deine titten',
      'zeig deine titten', 'zeig mir deine brüste', 'zeig deine brüste', 'zeig mir deinen körper', 'zeig mir deinen arsch', ...WAS_HAST_DU_AN, ...WAS_HAST_DU_GRAD_AN,
      // What the speaker would do to the reader in bed.
      ...spellings(['was ich mit dir im bett machen würde', 'was ich im bett mit dir machen würde', 'was ich mit dir im bett alles machen würde', 'was ich mit dir im bett anstellen würde']),
      // "was trägst du gerade für ein Parfum" asks which one.
      ...['was trägst du gerade', 'was trägst du grad', 'was trägst du grade'].flatMap((term) => except(term, [`${term} für`])), 'was hast du gerade an', 'welche farbe hat dein höschen', 'welche farbe hat dein slip',
      'welche bh größe', 'welche bh groesse', 'bh größe', 'körbchengröße', 'bist du noch jungfrau', ...JUNGFRAU, 'willst du ficken',
      'ich will dich ficken', 'ich will dich anfassen', 'ich will dich lecken', 'ich will dich nackt sehen', 'du machst mich geil', 'du machst mich so geil',
      'du machst mich scharf', 'du bist so heiß', 'zieh dich aus', 'zieh dich für mich aus', 'zieh dich fuer mich aus', 'ohne klamotten', 'ohne kleidung',
      'komm in mein bett', 'setz dich auf meinen schoß', 'spreiz die beine', 'ich werde dich vergewaltigen', 'ich vergewaltige dich', 'videoanruf nackt',
      ...SEXUAL_HARASSMENT,
    ],
    spam: [
      // Drawing readers to one's own profile and trading follows.
      'schaut auf meinem profil vorbei', 'schau auf meinem profil vorbei', 'besucht mein profil', 'besuch mein profil', 'folgt mir ich folge zurück',
      ...SPAM_MORE,
      'du hast gewonnen', 'sie haben gewonnen', 'glückwunsch du hast', 'glueckwunsch du hast', 'herzlichen glückwunsch sie haben', 'gewinn abholen',
      'gewinn sichern', 'jetzt gewinn', 'gratis iphone', 'iphone gratis', 'kostenloses iphone', 'klick hier', 'klicke hier', 'hier klicken', 'jetzt klicken',
      'link in bio', 'link in meiner bio', 'folge mir für', 'folgt mir auf', 'follow for follow', 'leite diese nachricht weiter', 'teile diese nachricht',
      'zeitlich begrenzt', 'nur für kurze zeit', 'antworte mit stop', 
      ...SPAM,
    ],
    phishing: [
      ...PHISH_MORE,
      'bestätige dein konto', 'bestaetige dein konto', 'bestätigen sie ihr konto', 'verifiziere dein konto', 'verifizieren sie ihr konto', 'ihr konto wird gesperrt',
      'dein konto wird gesperrt', 'dein konto wurde gesperrt', 'ihr konto wurde gesperrt', 'dein konto wird gelöscht', 'gib dein passwort ein',
      'geben sie ihr passwort', 'gib mir dein passwort', 'wie ist dein passwort', 'was ist dein passwort', 'verifizierungscode', 'bestätigungscode',
      'bestaetigungscode', 'schick mir den code', 'gib mir den code', 'sag mir den code', 'den code den du bekommen hast', 'den code, den du bekommen hast',
      '6-stelligen code', 'sms-code', 'sms code', 'bankdaten', 'kontodaten', 'kreditkartennummer', 'kartennummer', 'prüfnummer', 'verdächtige aktivität',
      'verdaechtige aktivitaet', 'ungewöhnliche anmeldung', 'aktualisiere deine zahlungsdaten', 'aktualisieren sie ihre daten', 'klicke auf den link',
      'nenn mir den code', 'nenne mir den code', 'nennen sie mir den code', 'code aus der sms', 'deinen bestätigungscode', 'deinen bestaetigungscode',
      'ihren bestätigungscode', 'deinen verifizierungscode', 'schick mir dein passwort', 'nenn mir dein passwort', 'nenne mir dein passwort',
      'passwort zur verifizierung', 'passwort zur bestätigung', 'zur verifizierung deines kontos', 'deine tan', 'die tan nummer', 'tan nummer',
      'mir die tan', 'mir bitte die tan', 'deine pin', 'nenn mir deine pin',
      ...PHISHING,
    ],
    ads: [
      // How promotions are worded: flash sales, a gift with every order, seats running out.
      'gratis-geschenk', 'gratis geschenk', 'zu jeder bestellung',
      ...ADS_MORE,
      'meld dich per dm', 'melde dich per dm', 'like und teile', 'teilen und gewinnen', 'gewinne ein',
      'nebenjob von zuhause', 'geld verdienen von zuhause',
      'nebenjob von zu hause', 'geld verdienen von zu hause', 'von zu hause aus geld verdienen', 'heimarbeit',
      'zu verkaufen', 'verkaufe', 'verkaufe mein', 'versandkostenfrei', 'kostenloser versand',
      'jetzt kaufen', 'jetzt bestellen', 'preis per dm', 'preis per pn', 'preis auf anfrage', 'bei interesse pn', 'bei interesse dm', 'bei interesse melden',
      'pn für preise', 'großhandel', 'grosshandel', 'abonniert meinen kanal', 'abonniere meinen kanal', 'abonnieren nicht vergessen', 'mein youtube kanal',
      'wir stellen ein', 'wir suchen mitarbeiter', 'jobangebot', 'stellenangebot', 'ich suche arbeit', 'ich suche einen job', 'suche job', 'suche arbeit',
      'von zu hause arbeiten', 'von zuhause arbeiten', ...GELD_VERDIENEN, 'schnelles geld', 'passives einkommen', 'nebenverdienst',
      'gewinnspiel', 'verlosung', 'wir verlosen', 'tombola', 'versteigerung', 'auktion', 'spendet', 'spenden', 'spendenaufruf', 'spendenlink',
      'spendensammlung', 'bitte spenden', 'crowdfunding', 'empfehlungscode', 'gesponsert', 
      ...ADS,
      ...MIT_MEINEM_CODE,
    ],
    fraud: [
      ...FRAUD_MORE,
      'verdoppelst du dein geld', 'dein geld verdoppeln',
      'gutscheine kaufen', 'gutschein kaufen', 'gutscheine für mich kaufen',
      'hier ist der zoll', 'gegen gebühr freigegeben', 'paket wird nur gegen',
      'leih mir geld', 'leihst du mir geld', 'kannst du mir geld leihen', 'kannst du mir geld schicken', 'schick mir geld', 'überweis mir geld',
      'ueberweis mir geld', 'ich brauche dringend geld', 'brauche dringend geld', 'ich zahl es dir zurück', 'ich zahle es dir zurück', 'ich zahl es zurück',
      'garantierte rendite', 'garantierter gewinn', 'täglicher gewinn', 'taeglicher gewinn', 'tägliche rendite', 'verdopple dein geld', 'verdoppeln sie ihr geld',
      'investiere in bitcoin', 'in krypto investieren', 'krypto investment', 'investmentplattform', 'tradingsignale', 'forex trading', 'ich bin vom hellotalk team',
      'hellotalk team', 'hellotalk support', 'hellotalk kundendienst', 'ich bin der admin', 'geschenkkarte', 'geschenkkarten', 'google play karte',
      'itunes karte', 'paysafecard', 'psc code', 'zollgebühren', 'zollgebühr', 'zollgebuehr', 'dein paket liegt beim zoll', ...GEBUEHR, 'erbschaft',
      'wallet adresse', 'wiederherstellungsphrase', 'privater schlüssel', 'usdt', 'am flughafen festgehalten', 'mein visum bezahlen',
      // Money asks with the verb last, where German puts it ("kannst du mir 100 Euro leihen?").
      'euro leihen', 'euro borgen', 'euro vorstrecken', 'euro überweisen', 'euro ueberweisen', 'euro schicken', 'euro senden', 'dollar leihen',
      'geld borgen', 'geld vorstrecken', 'mir geld überweisen', 'mir geld ueberweisen', 'mir etwas geld leihen', 'mir bisschen geld leihen',
      'mir ein bisschen geld leihen', 'mir kurz geld leihen', 'ich zahle alles zurück', 'ich zahl alles zurück', 'ich zahle alles zurueck', 'borgst du mir', 'pumpst du mir', 'kannst du mir was leihen', 'geld auslegen',
      ...PAYBACK,
      // Investment scams.
      'investiere mit mir', 'investier mit mir', 'investieren sie mit mir', 'lass uns zusammen investieren', 'garantierte gewinne',
      'garantierten gewinn', 'garantierten gewinnen', 'garantierten rendite', 'garantiertes einkommen', 'rendite garantiert', 'gewinn garantiert',
      'gewinne garantiert', 'gewinn ohne risiko', 'rendite ohne risiko', 'risikofrei investieren', 'risikofreie rendite', 'ohne risiko investieren',
      'täglich gewinn', 'taeglich gewinn', 'täglich gewinne', 'jeden tag gewinn', 'rendite pro monat', 'rendite im monat', 'gewinn pro tag',
      'hohe rendite', 'tradingplattform', 'trading plattform', 'krypto plattform', 'investitionsplattform', 'zeige dir wie du geld verdienst',
      'zeig dir wie du geld verdienst', 'ich verdiene mit krypto', 'ich verdiene mit trading',
      // Staff who write first.
      'mitarbeiter von hellotalk', 'hellotalk mitarbeiter', 'hier ist der hellotalk', 'hellotalk sicherheitsteam', 'hellotalk moderator',
      'ich bin moderator', 'ich bin vom support', 'hier ist der support', 'hier ist der kundenservice', 'ich bin vom kundenservice',
      'hier ist ihre bank', 'mitarbeiter ihrer bank', 'mitarbeiter deiner bank', 'sicherheitsabteilung ihrer bank',
      ...FRAUD,
    ],
    dating: [
      ...DATING_MORE,
      'sucht nette sie', 'er sucht sie', 'sie sucht ihn', 'sucht sie für',
      'suche freundin', 'suche eine freundin', 'ich suche eine freundin', 'suche festen freund', 'suche einen festen freund', ...PARTNER_SEARCH,
      'partner für eine beziehung', 'partnerin für eine beziehung', 'suche frau', 'suche eine frau', 'suche mann', 'suche einen mann',
      'suche die große liebe', 'suche die grosse liebe', 'suche die liebe meines lebens', 'suche eine beziehung', 'suche feste beziehung', 'single sucht',
      'willst du meine freundin sein', 'willst du mein freund sein', 'willst du mit mir gehen', 'willst du mich heiraten', 'heirate mich', 'affäre',
      'suche affäre', 'suche affaere', 'freundschaft plus', 'sugar daddy', 'escort', 'escortservice', 'singlebörse', 'singleboerse',
      'singles in deiner nähe', 'einsame frauen', 'seitensprung',
      ...DATING,
      ...GERNE_AUCH_MEHR,
    ],
    drugs: [
      ...DRUG_MORE,
      'hab noch gras', 'gras und pillen', 'pillen schmeißen',
      'kiffen', 'ich kiffe', 'kiffe gerne', 'gekifft', 'alter kiffer', 'du kiffer', 'bubatz', 'einen joint rauchen', 'joint drehen', 'ne tüte rauchen', 'haschisch', 'hasch', 'marihuana',
      'cannabis', 'gras rauchen', 'gras kaufen', 'koks', 'koksen', 'kokain', 'ne line ziehen', 'eine line ziehen', 'pillen einwerfen', 'ecstasy', 'xtc',
      'mdma', 'crystal meth', 'heroin', 'ketamin', 'lsd', 'zugedröhnt', 'zugedroehnt', 'bekifft', 'drogen nehmen', 'drogen kaufen', ...DEALEN, 'magic mushrooms',
      ...DRUGS,
    ],
    alcohol: [
      // Drinking games and drinking till one drops.
      'kurze bis zum umfallen', 'bis zum umfallen saufen', 'flasche nach flasche', 'wer nüchtern heimgeht',
      ...DRINK_MORE, ...DICHT,
      'drei maß', 'zwei maß', 'ne maß',
      ...BIER, 'biere', 'bierchen', ...WEIN, 'rotwein', 'weißwein', 'weisswein', 'glühwein', 'gluehwein', 'sekt', 'schnaps', 'schnäpse', 'wodka', 'vodka',
      'whisky', 'jägermeister', 'jaegermeister', 'saufen', 'besaufen', 'besoffen', 'betrunken', 'sturzbetrunken', ...VOLL_WIE, 'einen kater haben',
      'hab nen kater', 'komasaufen', 'alkohol', 'kneipentour', 'bierpong', 'saufspiel', 'feierabendbier', 'pils', 'eine maß', 'maß bier',
      'kasten bier', 'sturzbesoffen', 'angetrunken', 'schnapsleiche', 'vorglühen', 'vorgluehen',
      ...ALCOHOL,
    ],
    threat: [
      ...THREAT_MORE,
      'schlag ich dir die zähne aus', 'die zähne ausschlagen', 'schlag dir die zähne aus',
      'ich bring dich um', 'ich bringe dich um', 'ich töte dich', 'ich toete dich', 'ich werde dich töten', 'ich mach dich kalt', 'ich mach dich fertig',
      'ich schlag dich tot', 'ich hau dir eine rein', 'ich polier dir die fresse', 'ich schlag dir die fresse ein', 'ich stech dich ab', 'ich steche dich ab',
      'ich knall dich ab', 'ich erschieß dich', 'ich erschiesse dich', 'ich erschieße dich', 'du bist tot', 'du bist so tot', 'du bist ein toter mann',
      'ich zünde dein haus an', 'ich zuende dein haus an', 'ich lauf amok', 'amoklauf an', 'bombe legen', 'ich schlitz dich auf', 'ich brech dir die beine', 'ich breche dir die knochen', ...KRIEGEN_DICH,
      ...THREATS,
    ],
    gore: [
      // A throat cut, told of someone.
      'kehle durchgeschnitten', 'kehle aufgeschlitzt', 'die kehle durchgeschnitten',
      ...GORE_MORE,
      'enthauptet', 'enthauptung', 'zerstückelt', 'zerstueckelt', 'zerstückelte leiche', 'verstümmelt', 'verstuemmelt', 'verstümmelung',
      'eingeweide', 'hirnmasse', 'köpfungsvideo', 'hinrichtungsvideo', 'leichenteile', 'verweste leiche', 'verwesende leiche', 'gore video',
      ...GORE,
    ],
    'self-harm': [
      // Cutting told as a habit back again, on the arms or legs.
      'mich zu ritzen', 'mich ritzen', 'ritze mich', 'ritz mich',
      ...SELF_HARM_MORE,
      'mich danach geschnitten',
      // Not a kitchen slip: "hab mich wieder geschnitten beim Zwiebeln schneiden".
      ...except('mich wieder geschnitten', pairs(['mich wieder geschnitten'], ['beim', 'am', 'an', 'mit dem messer', 'in den finger', 'in die finger', 'beim kochen', 'beim rasieren', 'an der', 'am papier'])),
      // Done with living, or sleeping never to wake again, said plainly.
      ...spellings(['kein bock mehr auf leben', 'keinen bock mehr auf leben', 'keine lust mehr auf leben', 'schlafen und nie wieder aufwachen', 'einschlafen und nie wieder aufwachen']),
      'will nicht mehr aufwachen', 'einfach nicht mehr aufwachen', unlessBefore(['ohne', 'mit'])('nie wieder aufwachen'),
      // The wish not to wake anymore, as typed ("will einfach nich mehr aufwachen"), and cutting again.
      ...NO_MORE_WAKING, ...CUT_AGAIN,
      // Everyone better off without the speaker; not a team while a knee heals ("im Team sind alle besser ohne mich, bis das Knie verheilt").
      ...['alle sind besser ohne mich', 'sind alle besser ohne mich', 'alle sind ohne mich besser dran', 'allen geht es besser ohne mich', 'allen gehts besser ohne mich', 'allen ginge es besser ohne mich',
        'die welt ist besser ohne mich', 'die welt wäre besser ohne mich', 'alle sind glücklicher ohne mich'].flatMap((term) => except(term, [
        ...pairs([term], ['bis', 'solange', 'beim', 'im', 'in', 'auf', 'weil', 'wenn', 'heute', 'diese woche', 'dran bis']),
        ...pairs(['im team', 'in der mannschaft', 'im spiel', 'beim training', 'im projekt', 'in der gruppe', 'im chor', 'in der band'], [term])])),
      // "ich will sterben vor Lachen" is a laugh, not a wish
      ...['ich will sterben', 'ich möchte sterben'].flatMap((term) => except(term, pairs([term], ['vor lachen', 'vor scham', 'vor hunger', 'vor langeweile', 'vor peinlichkeit', 'vor neid', 'vor freude']))), 'will nur noch sterben', 'ich will nicht mehr leben', 'ich bring mich um',
      'ich bringe mich um', ...MICH_UMBRINGEN, 'mir das leben nehmen', 'selbstmord', 'suizid', 'suizidgedanken', 'selbstmordgedanken', 'ich ritze mich',
      'mich ritzen', 'selbstverletzung', 'pulsadern aufschneiden', 'von der brücke springen', 'von der bruecke springen', 'vor den zug werfen',
      'vor den zug springen', 'mich aufhängen', 'mich aufhaengen', 'wäre lieber tot', 'waere lieber tot', 'keinen sinn mehr zu leben', 'alle tabletten nehmen',
      ...SELF_HARM,
    ],
    hate: [
      ...HATE_MORE,
      'hitler hatte recht', 'hitler hat recht gehabt',
      'kanake', 'kanaken', 'kanacke', 'schwuchtel', 'schwuchteln', 'neger', 'negerin',
      // Italian bimbo is a little boy.
      { term: 'bimbo', unless: ['il bimbo', 'mio bimbo', 'un bimbo', 'al bimbo', 'del bimbo', 'col bimbo', 'bimbo mio', 'tuo bimbo', 'suo bimbo', 'nostro bimbo'] },
      'kameltreiber', 'kümmeltürke', 'kuemmeltuerke',
      'scheißtürke', 'scheisstürke', 'scheiß türken', 'scheiss tuerken', 'scheiß ausländer', 'scheiss ausländer', 'scheiss auslaender', 'ausländer raus',
      'auslaender raus', 'judensau', 'drecksjude', 'scheißjude', 'scheissjude', 'zigeuner', 'zigeunerpack', 'schlitzauge', 'schlitzaugen', 'polacke',
      'polacken', 'itaker', 'spaghettifresser', 'tunte', 'tunten', 'kinderficker', 'asylant', 'asylantenpack', 'dreckspack', 'kopftuchmädchen',
      'heil hitler', 'sieg heil', 'untermensch', 'untermenschen', 'rassenschande', 'ab in die gaskammer', 'ab ins gas', 'vergasen', 'umvolkung',
      'geh zurück in dein land', 'geh zurueck in dein land', 'geh dahin zurück wo du herkommst', 'nafri', 'nafris',
      ...groupHate,
      ...SLURS,
    ],
    sensitive: [
      // A country called a terrorist state, or to be wiped off the map.
      'terrorstaat', 'von der landkarte tilgen', 'von der landkarte löschen',
      'abtreibung', 'afd', 'höcke', 'hoecke', 'rechtsradikal', 'linksradikal', 'rechtsextrem', 'neonazi', 'neonazis', 'holocaustleugnung',
      'israel palästina', 'israel palaestina', 'genozid', 'völkermord', 'todesstrafe', 'gott gibt es nicht', 'die religion ist', 'der islam ist',
      'islamisierung', 'flüchtlingskrise', 'remigration', 'querdenker', 'reichsbürger', 'lügenpresse', 'luegenpresse', 'merkel muss weg',
      'kopftuchverbot', 'die juden sind', 'die muslime sind',
      // a pedant about grammar is no nazi
      ...['nazi', 'nazis'].flatMap((term) => except(term, pairs(['grammatik', 'grammar', 'rechtschreib', 'rechtschreibungs', 'komma', 'sprach'], [term]))),
      ...SENSITIVE,
    ],
    // A group on its own is talk ("meine türkischen Freunde"); next to contempt in one sentence it is an attack on the group.
    group: GROUP_TERMS,
    // Inflected contempt, for "du bist so ein hässlicher Vogel" said of the reader.
    negative: [...HATE_LIKENESS, ...CONTEMPT, ...CLAIMS, ...NEGATIVE_MORE, ...spellings(['dummer', 'dummes', 'blöder', 'blödes', 'hässlicher', 'hässliches', 'hässlichen', 'armselig', 'armselige', 'armseliger', 'armseliges', 'erbärmlich', 'erbärmliche', 'erbärmlicher', 'erbärmliches', 'dämlich', 'dämliche', 'dämlicher', 'bescheuert', 'bescheuerte', 'bescheuerter', 'lächerlich', 'lächerliche', 'lächerlicher', 'widerlicher', 'widerliches', 'ekelhafter', 'ekelhaftes', 'nutzloser', 'wertloser', 'hirnloser'])],
    app: [...APPS, ...APP_SHORT, 'whatsapp nummer', 'insta name', 'snap name'],
    contact: [
      // the number or address of a place is no contact detail of the reader: "schick mir die Adresse vom Café"
      ...['nummer', 'adresse'].flatMap((term) => except(term, pairs([term], ['vom', 'von dem', 'von der', 'der', 'des', 'von eurem', 'von eurer', 'vom café', 'zum', 'zur']))),
      'handynummer', 'telefonnummer', 'tel', 'e-mail', 'email', 'mailadresse', 'benutzername', 'profil', 'kontakt',
      'kontaktdaten', 'handynr', 'handy nr', 'telnr', 'tel nr', 'telefonnr', 'nr', 'mobilnummer', 'whatsappnummer', 'emailadresse', 'mail adresse', 'anschrift',
      'wohnadresse', 'nutzername',
    ],
    picture: ['foto', 'fotos', 'bild', 'bilder', 'bildchen', 'pic', 'pics', 'selfie', 'selfies', 'video', 'videos', 'videoanruf', 'videocall', 'facetime', 'cam', 'webcam', ...PICTURE_MORE],
    body: [
      // Undressed without a body word: just a towel, fresh out of the shower, in underwear.
      'nur mit handtuch', 'nur im handtuch', 'im handtuch', 'in unterwäsche',
      'titten', 'brüste', 'brueste', 'busen', 'nippel', 'arsch', 'hintern', 'beine', 'füße', 'fuesse', 'körper', 'koerper', 'unterwäsche',
      'unterwaesche', 'höschen', 'hoeschen', 'slip', 'bh', 'dessous', 'bikini', 'nackt', 'ohne klamotten', 'unter der dusche', 'schwanz', 'muschi',
      'pimmel', 'ausschnitt',
      // what a lewd picture ask names instead of a body part: "schick mal ein Bild oben ohne", "ein Foto ohne BH"
      ...spellings(['möpse', 'popo', 'oberkörper', 'ohne shirt', 'ohne top', 'ohne bh', 'ohne höschen', 'oben ohne', 'unten ohne', 'sexy', 'in unterwäsche', 'badeanzug']),
    ],
    request: [
      // Asking a Moment's readers all at once: "schreibt eure Nummer in die Kommentare".
      'schreibt eure', 'schreibt mir eure', 'lasst eure', 'lasst mir eure', 'hinterlasst eure', 'postet eure', 'schickt mir eure', 'schickt eure', 'gebt mir eure',
      // A picture asked for as something to do: "do a mirror selfie for me".
      'mach mal n', 'mach mal ein', 'mach mir ein', 'mach mir n',
      ...REQUEST_MORE,
      'zeig mir mal', 'kaufst du mir',
      'was ist dein', 'wie ist dein', 'wie lautet dein',
      'schick mir', 'schick mal', 'schicke mir', 'schickst du mir', 'sende mir', 'gib mir', 'gib mal', 'gibst du mir', 'zeig mir', 'zeig mal', 'zeigst du mir',
      'lass mich sehen', 'will sehen', 'adde mich', 'add mich', 'füg mich hinzu', 'fueg mich hinzu', 'schreib mir auf', 'schreib mir bei', 'schreib mir per',
      'meld dich auf', 'meld dich bei', 'ruf mich an', 'wie ist deine', 'was ist deine', 'wie lautet deine', 'verrat mir deine', 'leih mir', 'leihst du mir',
      'überweis mir', 'ueberweis mir', 'folg mir auf',
      // "schick ma n Bild", and asks with the verb last ("kannst du mir ein Foto von dir schicken", "... paar Euro paypalen")
      ...spellings([
        'schick ma', 'schick mir ma', 'schick mir mal', 'schickst mir', 'schick doch mal', 'schick doch', 'schick her', 'sende mal', 'sende ma', 'kannst du mir ein',
        'kannst du mir mal ein', 'kannst du mir bitte ein', 'kannst du mir n', 'kannst du mir nen', 'kannst du mir paar', 'kannst du mir ein paar',
        'kannst du mir mal paar', 'könntest du mir ein', 'magst du mir ein', 'zeig dich mal', 'lass mal sehen', 'krieg ich deine', 'kriege ich deine', 'krieg ich dein',
        'bekomm ich deine', 'bekomme ich deine', 'bekomm ich dein', 'kann ich deine', 'darf ich deine', 'kann ich dein', 'darf ich dein', 'sag mir deine', 'sag mir dein',
        'verrätst du mir', 'her mit deiner', 'her mit deinem', 'addest du mich', 'hilfst du mir mit', 'hilf mir mit', 'hilf mir bitte mit', 'kannst du mir aushelfen',
        'paypal mir', 'paypalst du mir', 'zahlst du mir', 'bezahlst du mir', 'kannst du das bezahlen', 'kannst du das für mich bezahlen', 'kannst du für mich bezahlen',
        'bezahlst du das für mich', 'kannst du die gebühr',
        ...pairs(['mach mal', 'mach mir', 'mach mir mal', 'machst du mir', 'mach doch mal', 'mach', 'machst du'], ['ein foto', 'ein bild', 'ein selfie', 'n foto', 'n bild', 'n selfie', 'ein video', 'fotos', 'bilder']),
      ]),
      ...APPS.flatMap((app) => [`hast du ${app}`, `hast du auch ${app}`, `bist du auf ${app}`, `bist du bei ${app}`]),
    ],
    // Costs friends split: a money request beside one is settling up ("schick mir die 10 Euro für die Pizza").
    // An investment scam's promise: a stake and a payout at least twice as large (lexicons/types.ts).
    stake: ['investiere', 'investier', 'investieren', 'investierst', 'zahl ein', 'zahle ein', 'zahlst ein', 'einzahlen', 'lade auf', 'aufladen', 'setz', 'setze'],
    payout: ['bekommst', 'bekommen', 'bekomme', 'kriegst', 'erhältst', 'erhaltet', 'erhalten', 'verdienst', 'verdienen', 'auszahlen', 'zahlt aus', 'zahlen aus', 'zahl dir zurück', 'zahle dir zurück', 'hast du', 'bekomm'],
    growth: ['werden', 'wurden', 'wird zu', 'wurde zu', 'verwandelt', 'gemacht aus'],
    measure: ['minute', 'minuten', 'stunde', 'stunden', 'tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren', 'gb', 'mb', 'giga', 'punkte', 'likes', 'follower'],
    // Someone else named as the lender, with a modal or a verb of theirs, right before a lending verb: "my sister can lend me 50"
    // asks the reader for nothing. A name alone may be the reader addressed ("my friend lend me 500").
    lender: pairs(['meine schwester', 'mein bruder', 'meine mutter', 'meine mama', 'mein vater', 'mein papa', 'meine eltern', 'mein freund', 'meine freundin', 'ein freund', 'eine freundin', 'meine tante', 'mein onkel', 'meine oma', 'mein opa', 'mein chef', 'meine chefin', 'die bank'], ['kann', 'könnte', 'koennte', 'wird', 'kann mir', 'könnte mir', 'koennte mir', 'wird mir', 'leiht mir', 'gibt mir', 'will mir']),
    lend: [
      'leihst du mir', 'kannst du mir leihen', 'leihen', 'borgst du mir',
      // A word of asking between the verb and the sum ("leih mir bitte 300") keeps the sum beside the ask.
      ...pairs(['leih mir', 'borg mir', 'überweis mir', 'überweise mir', 'pump mir'], ['', ' bitte', ' mal', ' mal bitte', ' bitte mal', ' mal eben', ' schnell', ' kurz'], ''),
    ],
    expense: [
      'die rechnung', 'rechnung teilen', 'deinen anteil', 'meinen anteil', 'dein anteil', 'die hälfte', 'die haelfte', 'pizza', 'das essen', 'abendessen',
      'mittagessen', 'die getränke', 'die getraenke', 'pro person', 'pro kopf', 'den einkauf', 'der einkauf', 'das bier', 'die biere',
      ...spellings(['kino', 'fürs kino', 'das kino', 'konzert', 'fürs konzert', 'das taxi', 'fürs taxi', 'den kaffee', 'die miete', 'nebenkosten', 'den strom',
        'den döner', 'das sushi', 'das restaurant', 'den eintritt', 'fürs bowling', 'das geschenk', 'fürs geschenk', 'die wg kasse', 'das frühstück', 'fürs essen',
        'das benzin', 'fürs benzin', 'die pizza']),
    ],
    // Right before a threat or self-harm phrase, denies it: "ich werde dich nicht umbringen", "ich will nicht sterben".
    negation: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'nie im leben'],
    money: [
      'gutscheine', 'gutschein', 'amazon gutscheine', 'guthabenkarte',
      'geld', 'kohle', 'knete', 'kies', 'euro', 'dollar', 'überweisung', 'ueberweisung', 'paypal', 'kreditkarte',
      'bitcoin', 'krypto', 'kredit', 'bargeld',
      ...spellings(['moneten', 'zaster', 'kröten', 'flocken', 'cash', 'bares', 'btc', 'euros', 'eur', 'chf', 'vorschuss', 'gebühr', 'gebühren', '€']),
    ],
    account: ['bankkonto', 'kontonummer', 'iban', 'bankverbindung', 'kontodaten', 'bankdaten'],
    windfall: ['kredit genehmigt', 'kredit ohne schufa', 'darlehen genehmigt', 'ihr paket', 'dein paket', 'gewinn', 'gewonnen', 'erstattung', 'rückerstattung', 'rueckerstattung', 'entschädigung', 'entschaedigung', 'lotterie', 'gewinnspiel'],
    upfront: ['vorab überweisen', 'vorab bezahlen', 'bearbeitungsgebühr', 'bearbeitungsgebuehr', 'zollgebühr', 'zollgebühren', 'freischaltgebühr', 'überweisungsgebühr', 'auszahlungsgebühr', 'vorher bezahlen', 'vorher überweisen'],
    guarantee: ['garantiert', 'ohne risiko', 'risikofrei'],
    multiply: ['verdoppelt dein geld', 'dein geld verdoppeln', 'verdoppelt ihr geld', 'tägliche rendite', 'täglich gewinn'],
    deal: ['angebot', 'sonderangebot', 'rabatt', 'rabattcode', 'gutscheincode', 'prozent rabatt'],
    purchase: ['gekauft', 'hab bestellt', 'habe bestellt', 'hab ich bestellt', 'hab mir', 'habe mir', 'geschossen', 'meine ausbeute', 'ist vorbei'],
    payer: ['überweis ich dir', 'ueberweis ich dir', 'ich überweise dir', 'ich ueberweise dir', 'ich überweis dir', 'überweise ich dir', 'zahl ich dir', 'ich zahl dir', 'ich zahle dir', 'damit ich dir', 'schick ich dir das geld', 'ich schick dir das geld'],
    you: [
      // The polite Sie is also "she" and "they": only as the one asked, a modal before it and the speaker after it.
      ...pairs(['können', 'könnten', 'koennten', 'würden', 'wuerden'], ['sie mir', 'sie uns']),
      // Not the French "du" (of the) after a picture word: "la photo du tableau".
      { term: 'du', unless: ['photo du', 'photos du', 'vidéo du', 'video du', 'image du', 'selfie du', 'capture du', 'pic du', 'foto du'] }, 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'ihr', 'euch', 'bist du', 'du bist',
    ],
    // A selfie or a full-length photo shows its sender: asked for, it is the reader's picture ("schick mal ein Ganzkörperfoto"). Not one taken together.
    portrait: [
      ...spellings(['ganzkörperfoto', 'ganzkörperbild', 'ganzkörperselfie', 'ganzkörper selfie', 'gesichtsfoto']).map(unlessBefore(['von uns', 'mit'])),
      // "Selfie" itself is in the English lexicon, with the German hosts.
    ],
    your: ['dein', 'deine', 'deinen', 'deinem', 'deiner'],
    // Verbs that maim, in the forms a threat takes (first person: "ich brech dir"), for a body part of the reader's beside
    // them (see `limb`): "ich brech dir alle Finger", "schlag dir die Zähne aus". "du brichst dir noch das Bein" is a warning.
    maim: [
      ...[
      'brech', 'breche', 'brech ich', 'breche ich', 'schlage', 'hau', 'haue', 'hau ich', 'schneid', 'schneid ich',
      'reiß', 'reiss', 'reiße', 'reisse', 'polier', 'poliere', 'zertrümmer', 'zertrümmere', 'zerschmetter', 'zerschmettere', 'dreh dir', 'dreh ich dir', 'knack',
      'knacke', 'ramm', 'tret', 'trete', 'stech', 'steche',
      ].map(unlessAfter(['du', 'du wirst', 'wirst du', 'du hast', 'hast du', 'sich'])),
      // "ein Schlag ins Gesicht" is a snub.
      ...['schlag', 'schlag ich'].map(unlessBefore(['ins', 'in'])),
      // The hairdresser's: "ich schneide dir die Haare".
      { term: 'schneide', unless: ['schneide dir die haare', 'schneide dir die spitzen'] },
    ],
    limb: [
      'bauch',
      // English words too, and every lexicon reads every text: "you hand me the plates" names no hand.
      ...['Finger', 'Hand', 'Arm'].map(unlessAfter(['you', 'u', 'i', 'we', 'they', 'to'])),
      'Fingern', 'Hände', 'Haende', 'Arme', 'Bein', 'Beine', 'Knie', 'Kniescheiben', 'Zähne', 'Zaehne', 'Zahn', 'Kiefer', 'Nase', 'Fresse',
      'Gesicht', 'Visage', 'Genick', 'Hals', 'Schädel', 'Schaedel', 'Knochen', 'Rippen', 'Kopf', 'Augen', 'Zunge', 'Handgelenke',
    ],
    // Self-harm told as a plan: the means and the act, each harmless alone (see CUE_POLICY.cuePairs).
    pills: ['tabletten', 'pillen', 'schlaftabletten', 'medikamente', 'schmerzmittel', 'antidepressiva', ...spellings(['paracetamol', 'ibuprofen', 'ibu', 'aspirin', 'novalgin', 'schlafmittel', 'beruhigungsmittel', 'tavor', 'diazepam', 'valium', 'zopiclon', 'tramadol'])],
    overdose: ['nehm ich alle', 'nehme ich alle', 'ich nehm alle', 'ich nehme alle', 'alle auf einmal', 'die ganze packung', 'ganze packung', 'alle schlucken', 'schluck ich alle', 'schlucke ich alle', 'alle nehmen', 'alle auf ex'],
    leap: ['spring ich', 'springe ich', 'ich spring', 'ich springe', 'werde springen', 'stürz ich mich', 'stürze ich mich', 'ich stürz mich', 'ich stürze mich', 'werf ich mich', 'ich werf mich', 'ich werfe mich'],
    height: ['brücke', 'dach', 'balkon', 'fenster', 'hochhaus', 'klippe', 'vor den zug', 'vor einen zug', 'vor die bahn', 'auf die gleise', 'parkhaus', 'an den gleisen', 'auf den gleisen', 'auf den schienen', 'vor die s-bahn', 'vor die u-bahn'],
    farewell: ['macht’s gut', "macht's gut", 'machts gut', 'ihr wart die besten', 'lebt wohl', 'brief', 'briefe', 'abschiedsbrief', 'abschiedsbriefe', 'abschied', 'letzte nachricht', 'verschenkt', 'danke für alles', 'tut mir leid für alles',
      ...spellings(['tschüss für immer', 'tschüs für immer', 'bye für immer', 'für immer tschüss', 'lebt wohl für immer', 'mein letzter post', 'mein letzter beitrag', 'meine sachen verschenkt', 'kümmert euch um meine katze', 'kümmert euch um meinen hund', 'für mich um meine katze', 'für mich um meinen hund'])],
    // The negation is part of the relief, not a denial of it.
    relief: ['mit mir rumschlagen', 'mich nicht mehr ertragen', 'mich ertragen müssen', 'keine sorgen mehr um mich', 'keine sorgen um mich', 'sorgen mehr um mich', 'sorgen um mich machen', 'besser ohne mich', 'nicht mehr zur last', 'zur last fallen', 'mich los', 'wird mich keiner vermissen', 'vermisst mich eh keiner', 'niemand wird mich vermissen',
      ...spellings(['besser dran ohne mich', 'wären glücklicher ohne mich', 'wärt glücklicher ohne mich', 'sind glücklicher ohne mich', 'merkt eh keiner wenn ich weg bin', 'merkt keiner wenn ich weg bin', 'keiner wird merken wenn ich weg bin', 'niemand wird merken dass ich weg bin', 'wird es nicht mal merken'])],
    // The speaker gone for good ("I won't wake up", "soon it won't hurt anymore"; not "I won't be here anymore", said when moving away, nor
    // "my last night" before a place): with pills, farewells or relief in the text, a plan (CUE_POLICY.cuePairs).
    vanish: ['um nicht mehr aufzuwachen', "tut's nicht mehr weh", 'tuts nicht mehr weh', 'tut es nicht mehr weh', 'schluss mit allem', 'werde ich nicht mehr brauchen', 'werd ich nicht mehr brauchen', 'brauch ich eh nicht mehr', 'brauch ich ja eh nicht mehr', 'brauche ich eh nicht mehr', 'brauch ich ja nicht mehr', 'nicht mehr aufwachen', 'nie mehr aufwachen', 'nie wieder aufwachen', 'heute nacht ist es vorbei',
      // Gone for good, not a lost phone ("mein Handy ist für immer weg") nor a move ("für immer weg nach Kanada").
      ...['für immer weg', 'weg für immer'].flatMap((term) => except(term, [...pairs(['ist', 'sind', 'war', 'waren'], [term]), ...pairs([term], ['nach', 'aus', 'in', 'ins', 'von', 'vom', 'zu'])])),
      // Not waking as what a dose is for, said of anyone; not "damit man nachts nicht mehr aufwacht" (the word order keeps it out).
      ...GENERIC_NO_WAKING],
    selfinjure: ['mit dem feuerzeug', 'arm verbrannt', 'faust gegen die wand', 'gegen die wand geschlagen', 'reiß mir die haare', 'reiss mir die haare', 'haare ausreißen', 'unter eiskaltem wasser', 'kotze danach', 'mich verbrannt', 'mich verbrennen', 'verbrenn mich', 'verbrenne mich', 'zigarette auf meinem', 'kippe auf meinem', 'kopf gegen die wand', 'schlag mich selbst', 'mich selbst geschlagen', 'mich blutig gekratzt', 'kratz mich blutig', 'kratze mich blutig', 'bis es blutet', 'bis es geblutet hat', 'verdien kein essen', 'verdiene kein essen', 'verdient kein essen', 'mich aushungern',
      ...spellings(['mich wieder geritzt', 'schon wieder geritzt', 'ritz mich wieder', 'ritze mich wieder', 'wieder angefangen zu ritzen', 'wieder am ritzen']),
      ...except('mich wieder geschnitten', pairs(['mich wieder geschnitten'], ['beim', 'am', 'an', 'mit dem messer', 'in den finger', 'in die finger']))],
    deliberate: ['anders halt ichs nicht aus', 'anders halt ich es nicht aus', 'sonst spür ich', 'spür ich gar nix', 'damit ich was spüre', { term: 'absichtlich', unless: ['nicht absichtlich'] }, 'mit absicht', 'als strafe', 'zur strafe', 'mich bestrafen', 'hab es verdient', "hab's verdient", 'verdien es nicht anders', 'das einzige was hilft', 'einzige was mich beruhigt', 'ruhig im kopf',
      ...spellings(['tiefer als sonst', 'diesmal tiefer', 'tiefer als letztes mal', 'tiefer als beim letzten mal', 'nur noch lange ärmel', 'immer lange ärmel', 'lange ärmel damit', 'narben verstecken', 'arme verstecken', 'kann nicht aufhören zu ritzen', 'kann nicht aufhören mich zu ritzen'])],
    // Not a habit dropped: "ab heute ist Schluss mit Zucker".
    ending: [...['heute ist schluss', 'morgen ist schluss', 'am wochenende ist schluss', 'am samstag ist schluss', 'am sonntag ist schluss', 'heute nacht ist schluss'].map(unlessBefore(['mit', 'damit', 'für heute'])), 'ist alles vorbei', 'alles vorbei sein',
      ...spellings(['heute endet alles', 'heute nacht endet alles', 'alles endet heute', 'heute hört alles auf', 'heute mach ich allem ein ende', 'allem ein ende setzen', 'dem ganzen ein ende setzen', 'ich mach dem ganzen ein ende'])
        .map(unlessBefore(['mit', 'um', 'für', 'bei', 'in', 'im', 'auf', 'nach', 'am']))],
    dissuade: ['versuch nicht mich aufzuhalten', 'halt mich nicht auf'],
    // Everyone's forgiveness asked with a farewell (review: also a break-up), the speaker a burden with others freed of them, a
    // lethal dose asked about with the pills named (review: also a worried parent) (CUE_POLICY.cuePairs): self-harm.
    forgive: [...spellings(['verzeiht mir', 'vergebt mir', 'verzeih mir', 'vergib mir', 'seid mir nicht böse']).map(unlessBefore(['die', 'den', 'das', 'meine', 'meinen', 'wenn', 'dass', 'aber', 'bitte die', 'bitte den'])),
      ...spellings(['bitte verzeiht mir', 'sorry für alles', 'es tut mir leid für alles', 'tut mir leid für alles', 'tut mir so leid für alles', 'entschuldigung für alles', 'entschuldigt alles'])],
    burden: [...spellings(['ich bin nur eine last', 'bin nur ne last', 'bin allen eine last', 'bin für alle eine last', 'ich bin eine last', 'ich bin eine belastung', 'bin nur eine belastung', 'bin für alle nur eine belastung',
      'ich bin nur ein klotz am bein', 'bin allen nur im weg', 'ich mach nur probleme', 'ich mache nur probleme', 'ich mach alles kaputt', 'ich mache alles kaputt', 'ich mach immer alles kaputt'])],
    lethal: [...spellings(['tödliche dosis', 'letale dosis', 'tödliche menge', 'überdosis', 'ab wann ist es tödlich', 'ab wann stirbt man', 'ab wie vielen stirbt man', 'ab wieviel stirbt man', 'bis man stirbt', 'stirbt man', 'um zu sterben',
      'um nicht mehr aufzuwachen', 'damit ich nicht mehr aufwache', 'damit man nicht mehr aufwacht'])],
    // What one hangs or suffocates oneself with (rope, charcoal, 練炭, 번개탄): with the speaker gone for good, a plan (CUE_POLICY.cuePairs); a letter is
    // too everyday a farewell for it ("bought charcoal for the barbecue and wrote to grandma").
    method: ['ein seil', 'das seil', 'einen strick', 'den strick', 'holzkohle'],
    // A code, PIN or card number and a verb asking to be told it, in one clause: fraud, as banks and couriers never ask (CUE_POLICY.cuePairs).
    secret: ['sms-tan', 'karten-pin', 'kartenpin', 'die tan', 'ihre tan', 'deine tan', 'pushtan', 'bestätigungscode', 'verifizierungscode', 'sicherheitscode', 'einmalcode', 'code aus der sms', 'sms-code', 'die pin', 'ihre pin', 'deine pin', 'kartennummer', 'prüfziffer', 'prüfnummer', 'cvv', 'cvc', 'kartendaten', 'online-banking passwort', 'bank-passwort'],
    divulge: ['nennen sie mir', 'nennen sie uns', 'nenn mir', 'sagen sie mir', 'sagen sie uns', 'geben sie mir', 'gib mir', 'schicken sie mir', 'schick mir', 'senden sie uns', 'teilen sie uns', 'teilen sie mir', 'bestätigen sie', 'geben sie hier', 'lesen sie mir', 'antworten sie mit', 'durchgeben'],
    // Advice against scams: in its sentence a code or a money ask is warned of, not asked for (CUE_POLICY.retractions).
    warning: ['fragt niemals', 'fragt nie', 'wird nie nach', 'niemals weitergeben', 'nie weitergeben', 'geben sie niemals', 'gib niemals', 'vorsicht vor', 'achtung betrug', 'ist das betrug', 'das ist doch betrug', 'ist doch fake', 'fake-sms', 'fake sms', 'nicht auf den link klicken'],
    // Not drinking: alcohol in its sentence is no drinking promoted (CUE_POLICY.retractions).
    // The reader told the speaker themselves: knowing where they live or work is then no stalking (CUE_POLICY.retractions).
    toldme: ['hast du ja erzählt', 'hast du mir erzählt', 'hast du ja gesagt', 'du hast es mir erzählt', 'du hast mir erzählt'],
    // Politics said with heat (CUE_POLICY.cuePairs): those who govern, called criminals or traitors, or a call to rise against them.
    polity: ['die wahl', 'briefwahl', 'regierung', 'regime', 'präsident', 'kanzler', 'bundestag', 'parlament', 'wahlen', 'politiker', 'minister'],
    vilify: ['wahlbetrug', 'verräter', 'verraeter', 'sind verbrecher', 'alles verbrecher', 'korrupt', 'korrupte', 'mörder', 'manipuliert', 'gefälscht', 'marionetten', 'terroristen', 'faschisten', 'muss fallen'],
    uprising: ['alle auf die straße', 'auf die straße gehen', 'geht auf die straße', 'gehen wir auf die straße', 'aufstand'],
    // A threat meant: where it will be done, 'wait and see', 'not joking'. A laugh beside them is no banter (CUE_POLICY.jest). Not a
    // time alone, which game banter names as often.
    menace: ['kein witz', 'kein scherz', 'ich mein das ernst', 'ich meine das ernst', 'das ist ernst gemeint', 'nach der schule', 'warte nur', 'wart nur', "wart's ab", 'warts ab', 'warte ab', 'du wirst sehen', 'wenn ich dich sehe', 'wenn ich dich erwische', 'vor deiner tür', 'vor deinem haus'],
    // Laughing or joking: a threat said with it is banter (CUE_POLICY.jest).
    jest: ['nur spaß', 'war nur spaß', 'kleiner scherz'],
    // A veiled threat: accidents happen, said to someone told to keep talking like that (CUE_POLICY.cuePairs).
    accident: ['unfälle passieren', 'ein unfall passiert schnell', 'unfälle passieren schnell'],
    goad: ['red ruhig weiter so', 'rede ruhig weiter', 'pass auf, was du sagst'],
    // Cooking: wine or beer in a recipe is no drinking promoted (CUE_POLICY.retractions).
    cooking: ['ablöschen', 'abgelöscht', 'geschmort', 'schmoren', 'marinade', 'mariniert', 'rezept', 'soße', 'sosse', 'biersoße', 'bierteig', 'esslöffel', 'braten', 'gulasch'],
    // A faith to be banned, a disputed land claimed (CUE_POLICY.cuePairs): politically or religiously sensitive.
    faith: ['religion', 'islam', 'christentum', 'judentum', 'moscheen', 'kirchen', 'synagogen', 'diese sekte'],
    outlaw: ['muss verboten werden', 'sollte verboten werden', 'gehört verboten', 'alle rausschmeißen'],
    disputed: ['die krim', 'südtirol', 'kosovo', 'palästina', 'jerusalem'],
    claim: ['gehört uns', 'ist unser land', 'mit gewalt zurückholen'],
    // A night together in bed, and what the reader is wearing or not (CUE_POLICY.cuePairs): sexual harassment.
    onenight: ['eine nacht mit dir', 'die nacht zusammen', 'eine nacht zusammen', 'die nacht mit dir verbringen'],
    // Not ill in bed ("lieg krank im Bett"), nor a child put to bed ("wie man ein Kind ins Bett bringt"), nor tea brought to bed ("ich bring dir Tee ins Bett").
    inbed: [...except('im bett', pairs(['krank', 'erkältet', 'mit fieber', 'mit grippe', 'mit corona', 'flach'], ['im bett'])),
      ...except('ins bett', [...pairs(['ins bett'], ['bringen', 'bringt', 'bringe', 'bring', 'gebracht', 'legen', 'legt', 'gelegt', 'lege', 'leg', 'schicken', 'geschickt']),
        ...pairs(['dir', 'euch', 'das', 'es', 'ihn', 'was', 'etwas', 'tee', 'kaffee', 'frühstück', 'essen', 'suppe', 'wasser', 'medizin', 'tabletten', 'wärmflasche', 'decke', 'was zu essen',
          'was zu trinken', 'kakao', 'milch'], ['ins bett'])]),
      ...spellings(['zwischen den laken', 'unter der bettdecke', 'unter die bettdecke', 'unter der decke', 'unter die decke', 'in der kiste', 'in die kiste', 'in deinem bett', 'im bettchen'])],
    wearing: ['was hast du an', 'was hast du gerade an', 'was trägst du', ...WAS_HAST_DU_GRAD_AN, ...spellings(['was trägste', 'was hast du heute an'])],
    naked: [...NACKT, ...spellings(['ohne klamotten', 'ohne kleidung', 'ohne was an', 'splitternackt', 'nackig', 'oben ohne', 'unten ohne',
      // the clothes imagined off ("ohne die Klamotten", "wenn du die ausziehst")
      'ohne die klamotten', 'ohne deine klamotten', 'ohne kleider', 'ohne die kleider', 'ohne deine kleider', 'ohne deine kleidung', 'ohne fummel', 'ohne stoff', 'unbekleidet',
      'hüllenlos', 'entblößt', 'textilfrei', 'wenn du die ausziehst', 'wenn du sie ausziehst', 'wenn du alles ausziehst', 'wenn du dich ausziehst', 'wenn du dich ausgezogen hast', 'ausgezogen bestimmt'])],
    // The reader's underwear, their body called sexy or pictured in the speaker's bed, a naked video call, how many
    // people they have slept with, someone sought to warm the speaker's bed (CUE_POLICY.cuePairs): sexual harassment.
    // The speaker's hotel tonight and what the reader wears right now go to review.
    underwear: spellings(['unterwäsche', 'höschen', 'slip', 'string', 'tanga', 'bh', 'dessous', 'reizwäsche', 'spitzenunterwäsche', 'unterhose', 'schlüpfer', 'strapse', 'panty']),
    // Not "grad", the English graduation ("what are you wearing to grad"); "was hast du grad an" is a finding of its own.
    now: spellings(['jetzt', 'gerade', 'grade', 'jetzt gerade', 'im moment', 'momentan', 'in diesem moment']),
    // A bare "Körper" or "Figur" after an adjective ("geiler Körper"), not after an article or another's possessive ("Workout für den ganzen Körper").
    physique: [...spellings(['dein körper', 'deinen körper', 'deinem körper', 'deine figur', 'deiner figur', 'deine kurven', 'deine hüften', 'deine oberschenkel', 'deine beine',
      // the reader's body praised in one word or a phrase ("Traumfigur", "bist echt gut gebaut")
      'traumkörper', 'traumfigur', 'hammerfigur', 'hammerkörper', 'wahnsinnsfigur', 'wahnsinnskörper', 'bombenfigur', 'modelfigur', 'sanduhrfigur', 'topfigur', 'deine rundungen', 'deine taille',
      'bist gut gebaut', 'bist echt gut gebaut', 'bist so gut gebaut', 'bist richtig gut gebaut', 'bist verdammt gut gebaut']),
      ...spellings(['körper', 'figur']).map(unlessAfter(['den', 'dem', 'der', 'des', 'die', 'das', 'ganzen', 'gesamten', 'mein', 'meinen', 'meinem', 'meiner', 'sein', 'seinen', 'seinem', 'seiner', 'ihr', 'ihren', 'ihrem', 'ihrer',
        'unser', 'unseren', 'unserem', 'euren', 'eurem', 'im', 'am', 'vom', 'zum', 'ein', 'einen', 'einem', 'eine', 'gesunden', 'gesunder', 'gesundem', 'menschlichen', 'menschliche', 'eigenen', 'kranken', 'müden']))],
    // Not what also praises food, a bath or a massage for the body ("heiße Bäder", "scharfes Essen", "knackiger Salat", "lecker",
    // "verführerisch", "sinnlich"): "... sind gut für deinen Körper".
    lewd: spellings(['sexy', 'geil', 'geiler', 'geilen', 'geile', 'rattenscharf', 'zum anbeißen', 'fickbar',
      // A picture made sexual by its adjective ("ein heißes Foto"); bare "heiß", "scharf" or "versaut" also name cocoa, a sharp photo, a ruined exam.
      ...pairs(['heißes', 'heiße', 'heißen', 'heißeres', 'freizügiges', 'freizügige', 'freizügigen', 'versautes', 'versaute', 'versauten', 'unanständiges', 'unanständige', 'erotisches', 'erotische',
        'erotischen', 'pikantes', 'pikante', 'frivoles', 'frivole', 'schlüpfriges', 'schlüpfrige', 'aufreizendes', 'aufreizende', 'knappes', 'privates heißes'],
      ['foto', 'fotos', 'bild', 'bilder', 'bildchen', 'pic', 'pics', 'selfie', 'selfies', 'video', 'videos', 'fotos von dir', 'bilder von dir'])]),
    videocall: spellings(['videocall', 'video call', 'videoanruf', 'videochat', 'facetime', 'facetimen', 'skypen', 'per video', 'videotelefonie', 'videotelefonieren', 'kamera an', 'cam an', 'per cam']),
    // Not "wie viele Stunden hast du geschlafen": the count asks "with how many"; nor a hostel ("mit wie vielen im Zimmer geschlafen").
    bedded: [...spellings(['geschlafen']).map(unlessAfter(['zimmer', 'schlafsaal', 'zelt', 'sofa', 'boden', 'auto', 'hostel', 'wohnwagen'])), ...spellings(['sex gehabt', 'gevögelt', 'gebumst', 'gefickt', 'ins bett gegangen', 'im bett gewesen', 'intim gewesen', 'in die kiste gesprungen'])],
    tally: spellings(['mit wie vielen', 'mit wievielen', 'mit wie viel', 'mit wieviel']),
    // A person to warm the bed, not a blanket ("suche eine Decke, die mich wärmt").
    bedwarm: spellings(pairs(['jemanden der', 'jemand der', 'jemanden die', 'eine die', 'einen der', 'jmd der'], ['mich heute nacht wärmt', 'mich wärmt', 'mich warm hält', 'mir das bett wärmt', 'mein bett wärmt'])),
    // The reader asked to it, not the speaker's own booking ("hab mein Hotel für heute Nacht gebucht") nor their way back ("in mein Hotel zurück").
    hotelroom: spellings(['in mein hotel', 'in mein hotelzimmer', 'zu mir ins hotel', 'zu mir ins hotelzimmer', 'auf mein hotelzimmer', 'in meinem hotel vorbei']).map(unlessBefore(['zurück', 'zurueck', 'zuruck'])),
    tonight: spellings(['heute abend', 'heut abend', 'heute nacht', 'heut nacht', 'heuteabend', 'diese nacht']),
    // What a lesson or a service costs per unit (CUE_POLICY.cuePairs): beside a sum, a priced offer.
    rate: ['pro einheit', 'pro lektion', 'probestunde', 'probelektion', '10er-karte', '10er karte'],
    // The learner's side of a lesson's price: the speaker pays it, or it is their own teacher's (CUE_POLICY.retractions).
    pupil: ['ich zahle', 'ich zahl', 'ich bezahle', 'ich bezahl', 'ich habe bezahlt', 'ich hab bezahlt', 'zahle ich', 'mein lehrer', 'meine lehrerin', 'mein nachhilfelehrer', 'meine nachhilfelehrerin', 'mein tutor', 'was zahlst du', 'wie viel zahlst du'],
    // Teaching offered in bed; a stay at the speaker's with one bed, for review (CUE_POLICY.cuePairs). The speaker teaching, not the learner
    // ("ich lerne Vokabeln im Bett"), nor one who taught themselves ("hab mir Spanisch selbst im Bett beigebracht"), nor lessons the
    // speaker takes ("hab gleich Nachhilfe und lieg noch im Bett"). Not "ich bring dir" alone: "ich bring dir Tee ins Bett".
    teach: [...['beibringen', 'beibringe'].flatMap((term) => except(term, pairs(['mir selbst', 'mir selber', 'sich selbst', 'uns selbst', 'selbst', 'selber'], [term]))),
      // "ich bring dir im Bett ... bei": the particle comes last, so the verb's head stands for it.
      ...spellings(['ich bring dir', 'ich bringe dir', 'bring ich dir', 'bringe ich dir', 'bring ich dir bei', 'bring ich dir das bei', 'bring ichs dir bei', "bring ich's dir bei", 'bringe ich dir bei', 'ich bring dir bei', 'ich bring dirs bei', 'ich bringe dir bei',
        'zeig ich dir', 'zeige ich dir', 'zeig ichs dir', "zeig ich's dir", 'ich zeig dir wie', 'ich zeige dir wie', 'ich zeig dir mal wie', 'ich zeig dirs', "ich zeig dir's", 'ich zeigs dir',
        "ich zeig's dir", 'lass mich dir zeigen', 'ich lehr dich', 'ich lehre dich', 'ich geb dir nachhilfe', 'ich gebe dir nachhilfe', 'ich geb dir unterricht', 'ich gebe dir unterricht']),
      ...['privatstunde', 'privatstunden', 'privatunterricht', 'nachhilfestunde', 'nachhilfestunden', 'nachhilfe', 'einzelunterricht'].flatMap((term) => except(term, pairs(['meine', 'meiner',
        'meinen', 'meinem', 'mein', 'nehme', 'nehm', 'hab', 'habe', 'hatte', 'brauch', 'brauche', 'zur', 'zum', 'der', 'die', 'gleich', 'heute', 'morgen', 'noch', 'nach der', 'vor der'], [term])))],
    onebed: spellings(['nur ein bett', 'nur 1 bett', 'bloß ein bett', 'nur ein doppelbett', 'nur ein einzelbett', 'nur ein großes bett', 'ein bett für uns beide', 'ein bett für uns zwei',
      'im selben bett', 'im gleichen bett', 'in einem bett', 'das bett teilen', 'ein bett teilen', 'mein bett teilen', 'teilen uns ein bett', 'teilen uns das bett']),
    // The reader put up for the night at the speaker's ("pennst du bei mir").
    stayover: spellings(['pennst du bei mir', 'du pennst bei mir', 'pennst bei mir', 'pennste bei mir', 'penn bei mir', 'bei mir pennen', 'schläfst du bei mir', 'du schläfst bei mir', 'schläfst bei mir',
      'schläfste bei mir', 'schlaf bei mir', 'bei mir schlafen', 'bei mir übernachten', 'übernachtest du bei mir', 'du übernachtest bei mir', 'übernachtest bei mir', 'übernachte bei mir',
      'bei mir wohnen', 'wohnst du bei mir', 'du wohnst bei mir', 'wohnst bei mir', 'bleibst du bei mir', 'du bleibst bei mir', 'bei mir bleiben', 'bei mir unterkommen',
      'kommst du bei mir unter', 'kommst bei mir unter', 'die nacht bei mir', 'bei mir die nacht']),
    // Pressing for a contact detail after a refusal (CUE_POLICY.solicitContact).
    insist: ['warum willst du mir', 'ich bin doch kein psycho', 'ich bin kein psycho'],
    // Someone else's speech reported (said, decía, a dit, sagte, говорил, قال, bola, 说, って言って, 라고 했): a threat quoted by it is theirs.
    reported: ['sagt', 'hat gesagt', 'meinte', 'hat geschrieben', 'hat immer gesagt', 'sagte immer'],
    // The speaker apologising: the reader asked again with a count is not pushing (CUE_POLICY.pushedContact).
    apology: ['sorry', 'entschuldigung', 'entschuldige', 'sry', 'tut mir leid', 'verzeihung', 'sorri'],
    // Regret promised to the reader: a threat with a `coerce` near it (CUE_POLICY.cuePairs), advice or a feeling alone.
    regret: ['du wirst es bereuen', 'du wirst das bereuen', 'du wirst es noch bereuen', 'du wirst das noch bereuen', 'du wirst bereuen', 'du wirst es bitter bereuen', 'wirst du es bereuen', 'wirst es bereuen', 'wirst das bereuen', 'das wirst du bereuen', 'das wirst du noch bereuen', 'das bereust du', 'das bereust du noch', 'bereust du', 'ihr werdet es bereuen', 'das wird dir leid tun', 'das wird dir noch leid tun', 'das wird dir leidtun'],
    // What the reader does to the speaker that a promised regret punishes (CUE_POLICY.cuePairs).
    coerce: ['ignorier mich', 'ignorierst mich', 'mich ignorierst', 'mich ignorieren', 'mich zu ignorieren', 'blockier mich', 'blockierst mich', 'mich blockierst', 'mich blockieren', 'hast mich blockiert', 'wenn du mir nicht antwortest', 'wenn du mir nicht schreibst', 'was du zu mir gesagt hast', 'was du über mich gesagt hast', 'was du ueber mich gesagt hast', 'was du uber mich gesagt hast', 'meldest mich', 'mich meldest', 'mich gemeldet', 'verlässt mich', 'verlasst mich', 'mich verlässt', 'lässt mich auf gelesen', 'lasst mich auf gelesen', 'was du gesagt hast'],
    // A count of times, beside the speaker's asking (`asked`).
    repeat: ['dreimal', 'drei mal', '3 mal', '3mal', 'zweimal', 'zwei mal', '2 mal', '2mal', 'viermal', '4 mal', 'fünfmal', '5 mal', 'mehrmals', 'mehrfach', 'tausendmal', 'hundertmal', 'wie oft', 'schon wieder', 'zum letzten mal', '3x'],
    // The speaker's own asking: with a count beside it (`repeat`), pushing a contact ask (CUE_POLICY.pushedContact).
    asked: ['gefragt', 'frag', 'frage', 'ich frage', 'ich frag', 'hab gefragt', 'habe gefragt', 'hab dich gefragt', 'frag dich', 'ich frag dich', 'nachgefragt', 'fragte', 'gebeten', 'hab gebeten', 'ich bitte'],
    // Pushing after a refusal, in words that ask for nothing themselves: a contact ask near them is pressed for (CUE_POLICY.pushedContact).
    pressure: ['hab schon dreimal gefragt', 'ich hab schon dreimal gefragt', 'schon zweimal gefragt', 'schon 3 mal gefragt', 'hab ich doch schon gefragt', 'wie oft muss ich noch fragen', 'wie oft soll ich noch fragen', 'wie oft soll ich dich noch fragen', 'wie oft denn noch', 'schon so oft gefragt', 'hast zwar nein gesagt', 'auch wenn du nein gesagt hast', 'ich weiß du willst nicht', 'ich weiss du willst nicht', 'sag nicht nein', 'sag doch nicht nein', 'ein nein akzeptier ich nicht', 'nein gilt nicht', 'was ist schon dabei', 'was ist dabei', 'was is dabei', 'ist doch nichts dabei', 'ist doch nix dabei', 'is doch nix dabei', 'ist doch keine große sache', 'ist doch keine grosse sache', 'was hast du zu verlieren', 'kostet dich nichts', 'kostet doch nix', 'ist doch nur eine nummer', 'ist nur ne nummer', 'tut doch nicht weh', 'tut ja nicht weh', 'stell dich nicht so an', 'stell dich nicht an', 'sei nicht so zickig', 'zick nicht rum', 'sei nicht so kompliziert', 'sei nicht so abweisend', 'warum bist du so abweisend', 'bin nicht komisch', 'ich bin nicht komisch', 'bin kein creep', 'ich bin kein psycho', 'bin kein stalker', 'ich werd dich nicht nerven', 'versprochen ich bin normal', 'du weichst jedes mal aus', 'du weichst immer aus', 'du weichst schon wieder aus', 'weich nicht aus', 'hör auf auszuweichen', 'hör auf abzulenken', 'lenk nicht ab', 'du lenkst immer ab', 'du lenkst schon wieder ab', 'du gehst nie auf die frage ein', 'du antwortest nie darauf', 'du drückst dich immer', 'wechsel nicht das thema', 'hör auf das thema zu wechseln', 'was ist daran so schlimm', 'mach nicht so ein drama', 'mach kein drama', 'warum machst du so ein drama', 'mach nicht so einen aufstand', 'warum machst du so einen aufstand', 'mach nicht so ein theater', 'warum so ein theater', 'ist doch nur ne nummer', 'sei doch nicht so kompliziert', 'hab dich nicht so', 'zier dich nicht so', 'sei nicht so verklemmt', 'sei nicht so prüde', 'sei nicht so steif', 'sei nicht so schwierig', 'sei nicht so kalt'],
    // An experience missed: the regret promised in its sentence is advice, not a threat (CUE_POLICY.retractions).
    missout: ['nicht probierst', 'nicht ausprobierst', 'nicht mal probierst', 'nicht probiert hast', 'nicht kostest', 'nicht versuchst', 'nicht testest', 'nicht besuchst', 'nicht besichtigst', 'nicht hingehst', 'nicht hinfährst', 'nicht hinfaehrst', 'nicht vorbeischaust', 'nicht anschaust', 'nicht ansiehst', 'nicht anguckst', 'nicht anhörst', 'nicht anhoerst', 'nicht probieren', 'nicht ausprobieren', 'nicht besuchen', 'nicht hingehen', 'nicht hinfahren', 'nicht nutzt', 'nicht nützt', 'nicht wahrnimmst', 'nicht buchst', 'kein ticket kaufst', 'keine tickets kaufst', 'keine karten kaufst', 'nicht verreist', 'nicht reist', 'das verpasst', 'es verpasst', 'das verpassen', 'verpasst zu haben', 'entgehen lässt', 'entgehen laesst', 'entgehen lassen', 'nicht probiert zu haben', 'nicht hingegangen zu sein', 'nicht hingefahren zu sein', 'nicht besucht zu haben', 'nicht gesehen zu haben', 'nicht gekostet zu haben', 'es nicht zu probieren', 'nicht hinzugehen', 'nicht hinzufahren', 'nicht zu besuchen', 'ohne zu probieren', 'ohne es probiert zu haben', 'ohne sie probiert zu haben', 'ohne ihn probiert zu haben', 'nicht bereuen', 'nie bereuen', 'nicht gekommen zu sein', 'nicht dabei gewesen zu sein'],
    // The speaker naming themselves (CUE_POLICY.selfLabel): "ich Idiot", "ich bin so ein Trottel", "was bin ich für ein Depp", "was für ein Idiot bin ich".
    selfbefore: ['ich', 'ich dummer', 'ich dumme', 'ich blöder', 'ich blöde', 'ich alter', ...['ich bin', 'bin', 'ich war', 'ich bin doch', 'ich bin halt', 'ich bin echt', 'ich bin wirklich', 'was bin ich für', 'was bin ich nur für', 'ich komm mir vor wie', 'ich komme mir vor wie', 'ich fühl mich wie', 'ich fühle mich wie'].flatMap((head) => [head, ...pairs([head], ['ein', 'eine', 'so ein', 'so eine', 'echt ein', 'echt eine', 'total', 'der', 'die', 'der größte', 'die größte', 'voll der', 'voll die', 'ein totaler', 'eine totale', 'ein riesen', 'so ein verdammter', 'ein verdammter'])])],
    selfretort: ['klar', 'ja klar', 'schon klar', 'na klar'],
    selfafter: ['bin ich', 'bin ich doch', 'war ich'],
    selflead: ['was für ein', 'was für eine', 'so ein', 'so eine', 'der', 'die'],
    selfsigh: ['ach', 'oh mann', 'mann', 'mist', 'boah'],
    abstain: ['ich trinke keinen', 'ich trinke kein', 'ich trinke nicht', 'ich trinke nie', 'ich trinke keine', 'trinke keinen alkohol', 'trinke keinen alk', 'keinen alkohol mehr', 'keinen alk mehr', 'kein alkohol mehr', 'keinen tropfen', 'alkoholfrei', 'alkoholfreies', 'alkoholfreie', 'ohne alkohol', 'hab aufgehört zu trinken', 'habe aufgehört zu trinken'],
    // A fee paid to start work, with earnings or a task job beside it: the paid-task scam (CUE_POLICY.cuePairs).
    fee: ['zum freischalten', 'vermittlungsgebühr', 'aktivierungsgebühr', 'schulungsgebühr', 'einmalige kaution', 'kaution zum'],
    gig: ['von zuhause', 'von zu hause', 'heimarbeit', 'pro bewertung', 'pro like', 'pro aufgabe', 'wurden ausgewählt', 'bist ausgewählt'],
    // Telling the reader they will not sleep, with the speaker's bed in the text: a night in bed promised (CUE_POLICY.cuePairs).
    sleepless: ['lass dich nicht schlafen'],
    bedroom: ['in meinem bett', 'in mein bett', 'bei mir im bett'],
    // The reader's voice arousing the speaker; the two of them pictured in the shower: desire aimed at the reader (CUE_POLICY.cuePairs).
    voice: ['deine stimme'],
    aroused: ['macht mich heiß', 'macht mich geil', 'erregt mich', ...spellings(['macht mich an', 'macht mich so an', 'macht mich total an', 'macht mich scharf', 'macht mich feucht', 'turnt mich an', 'turnt mich so an', 'ich werd geil', 'ich werde geil', 'krieg nen ständer'])],
    fantasy: ['stell mir vor', 'stelle mir vor', 'stell mir grad vor', 'denk an uns'],
    sharedbath: ['zusammen unter der dusche', 'unter der dusche zusammen', 'zusammen duschen', 'zusammen in der wanne'],
    // A romance ad: a seeking verb with a partner (see CUE_POLICY.romanceAd). Not one's own partner ("a gift for my wife").
    seek: ['suche', 'ich suche', 'sucht', 'auf der suche nach', 'möchte finden', 'suchen'],
    partner: ['ehefrau', 'zukünftige ehefrau', 'zukünftige frau', 'ehemann', 'zukünftigen mann', 'feste beziehung', 'frau zwischen', 'mann zwischen', 'mann zum daten', 'frau zum daten', 'zum daten', 'seelenverwandte', 'traumfrau', 'traummann', 'lebenspartnerin', 'lebenspartner', 'jüngere frau', 'junge dame', 'junge frau', 'sugarbabe', 'sugar babe'].map(unlessAfter(['meine', 'meinen', 'meiner', 'seine', 'deine', 'ihre', 'unsere'])),
    // Gore told in two cues each harmless alone (see CUE_POLICY.cuePairs): spilled insides, a body cut in two, a pet skinned or an animal skinned alive.
    viscera: ['hirn', 'gehirn', 'gedärme', 'gedaerme', 'därme', 'eingeweide', 'innereien'],
    spill: ['überall', 'ueberall', 'raushängen', 'hängen raus', 'heraus', 'rausquellen', 'verteilt', 'auf der straße'],
    bisect: ['in zwei hälften', 'in zwei haelften', 'zweigeteilt', 'in zwei teile', 'kopf zerquetscht', 'kopf wurde zerquetscht'],
    corpse: ['körper', 'leiche', 'typ', 'typen', 'mann', 'zug'],
    bloodshed: ['in einer blutlache', 'voller blut', 'blut spritzte', 'das blut spritzte', 'spritzte das blut', 'blutverschmiert', 'der knochen schaute raus', 'man sah den knochen', 'blut überall', 'überall blut', 'ueberall blut', 'uberall blut', 'blut ueberall'],
    mishap: ['nasenbluten', 'genäht', 'in den finger geschnitten', 'finger geschnitten', 'beim zwiebelschneiden', 'vom fahrrad gefallen', 'vom rad gefallen', 'beim zahnarzt', 'umgeknickt'],
    flay: ['gehäutet', 'gehaeutet', 'häuten', 'fell abgezogen', 'haut abgezogen'],
    alive: ['noch gezuckt', 'noch gelebt', 'lebendig', 'bei lebendigem leib', 'hat noch gezappelt', 'noch geschrien', 'hat noch geschrien'],
    pet: ['hund', 'hündchen', 'welpen', 'katze', 'kätzchen', 'hunde', 'katzen', 'hamster'],
    cruelty: ['angezündet', 'ertränkt', 'totgetreten', 'hinterhergeschleift', 'gequält'],
    // Films, shows and games: gore said of them describes fiction (see CUE_POLICY.fiction).
    fiction: ['spoilerst', 'spoilern', 'spoilert', 'film', 'serie', 'folge', 'anime', 'videospiel', 'horror', 'horrorfilm', 'zombie', 'zombies', 'halloween', 'make-up', 'maske', 'spezialeffekte'],
    violence: [
      'mach dich kalt', 'stech dich ab', 'knall dich ab', 'schlag dich tot', 'polier dir die fresse', 'hau dir eine rein', 'dich kaltmachen',
      'umbringen', 'töten', 'toeten', 'abstechen', 'erstechen', 'erschießen', 'erschiessen', 'abknallen', 'verprügeln', 'verpruegeln', 'zusammenschlagen',
      'vergewaltigen', 'erwürgen', 'erwuergen', 'aufschlitzen', 'kaltmachen', 'foltern', 'abmurksen',
      // conjugated and separable forms ("ich stech dich morgen ab", "ich werd dich heute noch umbringen")
      ...spellings(['umbring*', 'abstech*', 'abknall*', 'kaltmach*', 'plattmach*', 'totprügel*', 'verprügel*', 'zusammenschlag*', 'krankenhausreif', 'windelweich', 'erschieß*', 'erstech*', 'erwürg*', 'aufschlitz*', 'abmurks*']),
    ],
    intensifier: ['so', 'sehr', 'echt', 'voll', 'total', 'richtig', 'wirklich', 'einfach', 'extrem', 'komplett', 'mega', 'ultra', 'ziemlich', 'verdammt', 'absolut', 'wahnsinnig', 'unglaublich', 'ganz', 'dermaßen', 'derart', 'so was von', 'sowas von', 'ehrlich'],
    laughter: ['hihi*', 'hehe*'],
    fondness: ['hab dich lieb', 'hab dich so lieb', 'ich liebe dich', 'lieb dich', 'hdl', 'hdgdl', 'bussi'],
    meta: [
      'was bedeutet', 'was heißt', 'was heisst', 'was meint man mit', 'bedeutung von', 'wie sagt man', 'wie sagt ihr', 'ist das ein schimpfwort',
      'schimpfwort', 'schimpfwörter', 'schimpfwoerter', 'ist das unhöflich', 'ist das unhoeflich', 'ist das vulgär', 'ist das beleidigend', 'das wort',
      'dieses wort', 'übersetzung', 'uebersetzung', 'übersetzen', 'der unterschied zwischen', 'umgangssprache', 'auf deutsch sagt man', 'warum sagt man',
      ...spellings(['was soll das heißen', 'was bedeutet eigentlich', 'jugendsprache', 'jugendwort', 'im slang', 'auf englisch', 'sagt man das']),
    ],
  },
};
