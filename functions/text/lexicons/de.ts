import { pairs, unlessAfter } from './term-builders';
import type { Lexicon } from './types';

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

const APPS = ['whatsapp', 'whatsi', 'watsapp', 'whats app', 'insta', 'instagram', 'snap', 'snapchat', 'telegram', 'discord', 'threema', 'facebook', 'tiktok'];

export const de: Lexicon = {
  lang: 'de',
  terms: {
    insult: [
      'arschloch', 'arschlöcher', 'arschloecher', 'arschlocher', 'arschgeige', 'arschkriecher', 'oaschloch', 'wichser', 'wixer', 'wixxer', 'hurensohn',
      'hurensöhne', 'hurensoehne', 'hurentochter', 'hurenkind', 'missgeburt', 'mißgeburt', 'spast', 'spasti', 'spasten', 'spacko', 'vollspast',
      'bist du behindert', 'du behinderter', 'du bist behindert', 'voll behindert', 'vollidiot', 'vollidioten', 'depp', 'deppen', 'trottel',
      'dummkopf', 'dumme kuh', 'blöde kuh', 'bloede kuh', 'dumme sau', 'blöde sau', 'drecksau', 'dreckssau', 'du schwein', 'du sau', 'sauhund',
      'penner', 'du opfer', 'so ein opfer', 'du bist so ein opfer', 'hackfresse', 'fotze', 'fotzen', 'schlampe', 'schlampen', 'nutte', 'nutten', 'hure',
      'huren', 'pisser', 'scheißkerl', 'scheisskerl', 'kackbratze', 'vollpfosten', 'evolutionsbremse', 'du lauch', 'schafseckel', 'tubel',
      'gschissener', 'fick dich', 'fick dich selbst', 'fick deine mutter', 'fdm', 'deine mutter ist eine hure', 'hurensohn bastard', 'verpiss dich',
      'verpisst euch', 'halt die fresse', 'halts maul', "halt's maul", 'halt dein maul', 'maul halten', 'fresse halten', 'halt die klappe du',
      'leck mich am arsch', 'leck mich', 'lmaa', 'du kannst mich mal', 'niemand mag dich', 'keiner mag dich', 'du bist hässlich', 'du bist haesslich',
      'hässliche kuh', 'fette sau', 'fettsack', 'du bist dumm', 'du bist so dumm', 'bist du dumm', 'du idiot', 'idioten', 'schwachkopf', 'schwachmat',
      'volltrottel', 'dreckskerl', 'drecksack', 'dreckstück', 'miststück', 'mistkerl', 'blödmann', 'bloedmann', 'arschgesicht', 'pissnelke',
      'lutsch meinen schwanz', 'blas mir einen du',
    ],
    harassment: [
      'welchen bus du morgens nimmst', 'ich weiß wo du arbeitest', 'ich weiß wann du',
      'ich finde raus wo du wohnst', 'finde raus wo du wohnst', 'ich kenn deine schule', 'ich kenne deine schule', 'warte nach der schule auf dich', 'warte nach dem unterricht auf dich',
      'ich weiß wo du wohnst', 'ich weiss wo du wohnst', 'ich weiß, wo du wohnst', 'weiß wo du wohnst', 'weiss wo du wohnst', 'ich kenne deine adresse',
      'ich beobachte dich', 'ich werde dich finden', 'ich finde dich', 'du kannst dich nicht verstecken', 'ich veröffentliche deine bilder',
      'ich veroeffentliche deine bilder', 'ich leake deine nudes', 'ich schick deine nacktbilder', 'ich mach dein leben kaputt',
      'ich mache dein leben zur hölle', 'ich mach dir das leben zur hölle', 'bring dich um', 'bring dich doch um', 'häng dich auf', 'haeng dich auf',
      'häng dich doch auf', 'stirb', 'stirb doch', 'verreck', 'verreck doch', 'krepier', 'krepier doch', 'ich hoffe du stirbst', 'ich hoffe du verreckst',
      'antworte schlampe', 'antworte mir du hure',
    ],
    curse: [
      'scheiße', 'scheisse', 'scheise', 'scheiß', 'scheiss', 'scheiß*', 'scheiss*', 'schei*e', 'sch***e', 'shice', 'sheisse', 'schice', 'verdammt',
      'verdammte', 'verdammter', 'verdammtes', 'verdammt nochmal', 'verdammt noch mal', 'verflucht', 'verfluchte', 'verfickt', 'verfickte', 'verfickter',
      'fick', 'ficken', 'fickt euch', 'gefickt', 'kacke', 'kack*', 'arsch', 'am arsch', 'im arsch', 'zum teufel', 'was zum teufel', 'himmel arsch und zwirn',
      'gopfertammi', 'gopferdammi', 'gopferdelli', 'heilandsack', 'kruzifix nochmal', 'herrgottsakrament', 'leck mich fett', 'scheißegal', 'drecks*',
      'hdf', 'halt die fresse', 'fresse', 'pisse', 'pissen', 'angepisst', 'bockmist', 'bullshit', 'so ein mist', 'so ne scheiße',
    ],
    sexual: [
      'richtig durchnehmen', 'dich durchnehmen',
      'ficken', 'fickst du', 'wollen wir ficken', 'lass uns ficken', 'sex haben', 'sex mit dir', 'sex mit mir', 'willst du sex', 'porno', 'pornos',
      'porn', 'pornoseite', 'nacktbilder', 'nacktbild', 'nacktfotos', 'nacktfoto', 'nackt', 'ganz nackt', 'bin geil', 'ich bin geil', 'ich bin so geil',
      'bin so geil auf dich', 'geil auf dich', 'geile titten', 'titten', 'tittchen', 'mein schwanz', 'dein schwanz', 'großer schwanz', 'deine muschi',
      'meine muschi', 'muschi lecken', 'fotze lecken', 'einen blasen', 'blas mir einen', 'blasen lassen', 'wichsen', 'ich wichse', 'einen runterholen',
      'sich einen runterholen', 'hol mir einen runter', 'bumsen', 'wollen wir bumsen', 'willst du vögeln', 'lass uns vögeln', 'lass uns poppen',
      'willst du poppen', 'sexting', 'sexchat', 'camsex', 'telefonsex', 'dirty talk', 'onlyfans', 'hab einen ständer', 'hab nen ständer',       'feucht für dich', 'orgasmus', 'selbstbefriedigung', 'masturbieren', 'gangbang', 'analsex', 'oralsex', 
    ],
    'sexual-harassment': [
      'zeig mal deine brüste', 'zeig mal deine titten',
      'schick nacktbilder', 'schick mir nacktbilder', 'schick nudes', 'schick mir nudes', 'schick mal nudes', 'schick ein nacktbild', 'zeig mir deine titten',
      'zeig deine titten', 'zeig mir deine brüste', 'zeig deine brüste', 'zeig mir deinen körper', 'zeig mir deinen arsch', 'was hast du an',
      'was trägst du gerade', 'was traegst du gerade', 'was hast du gerade an', 'welche farbe hat dein höschen', 'welche farbe hat dein slip',
      'welche bh größe', 'welche bh groesse', 'bh größe', 'körbchengröße', 'bist du noch jungfrau', 'bist du jungfrau', 'willst du ficken',
      'ich will dich ficken', 'ich will dich anfassen', 'ich will dich lecken', 'ich will dich nackt sehen', 'du machst mich geil', 'du machst mich so geil',
      'du machst mich scharf', 'du bist so heiß', 'zieh dich aus', 'zieh dich für mich aus', 'zieh dich fuer mich aus', 'ohne klamotten', 'ohne kleidung',
      'komm in mein bett', 'setz dich auf meinen schoß', 'spreiz die beine', 'ich werde dich vergewaltigen', 'ich vergewaltige dich', 'videoanruf nackt',
    ],
    spam: [
      'du hast gewonnen', 'sie haben gewonnen', 'glückwunsch du hast', 'glueckwunsch du hast', 'herzlichen glückwunsch sie haben', 'gewinn abholen',
      'gewinn sichern', 'jetzt gewinn', 'gratis iphone', 'iphone gratis', 'kostenloses iphone', 'klick hier', 'klicke hier', 'hier klicken', 'jetzt klicken',
      'link in bio', 'link in meiner bio', 'folge mir für', 'folgt mir auf', 'follow for follow', 'leite diese nachricht weiter', 'teile diese nachricht',
      'zeitlich begrenzt', 'nur für kurze zeit', 'antworte mit stop', 
    ],
    phishing: [
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
    ],
    ads: [
      'meld dich per dm', 'melde dich per dm', 'like und teile', 'teilen und gewinnen', 'gewinne ein',
      'nebenjob von zuhause', 'geld verdienen von zuhause',
      'nebenjob von zu hause', 'geld verdienen von zu hause', 'von zu hause aus geld verdienen', 'heimarbeit',
      'zu verkaufen', 'verkaufe', 'verkaufe mein', 'angebot', 'sonderangebot', 'rabatt', 'rabattcode', 'gutscheincode', 'versandkostenfrei', 'kostenloser versand',
      'jetzt kaufen', 'jetzt bestellen', 'preis per dm', 'preis per pn', 'preis auf anfrage', 'bei interesse pn', 'bei interesse dm', 'bei interesse melden',
      'pn für preise', 'großhandel', 'grosshandel', 'abonniert meinen kanal', 'abonniere meinen kanal', 'abonnieren nicht vergessen', 'mein youtube kanal',
      'wir stellen ein', 'wir suchen mitarbeiter', 'jobangebot', 'stellenangebot', 'ich suche arbeit', 'ich suche einen job', 'suche job', 'suche arbeit',
      'mein lebenslauf', 'von zu hause arbeiten', 'von zuhause arbeiten', 'geld verdienen', 'schnelles geld', 'passives einkommen', 'nebenverdienst',
      'gewinnspiel', 'verlosung', 'wir verlosen', 'tombola', 'versteigerung', 'auktion', 'spendet', 'spenden', 'spendenaufruf', 'spendenlink',
      'spendensammlung', 'bitte spenden', 'crowdfunding', 'empfehlungscode', 'gesponsert', 
    ],
    fraud: [
      'verdoppelst du dein geld', 'dein geld verdoppeln',
      'gutscheine kaufen', 'gutschein kaufen', 'gutscheine für mich kaufen',
      'hier ist der zoll', 'gegen gebühr freigegeben', 'paket wird nur gegen',
      'leih mir geld', 'leihst du mir geld', 'kannst du mir geld leihen', 'kannst du mir geld schicken', 'schick mir geld', 'überweis mir geld',
      'ueberweis mir geld', 'ich brauche dringend geld', 'brauche dringend geld', 'ich zahl es dir zurück', 'ich zahle es dir zurück', 'ich zahl es zurück',
      'garantierte rendite', 'garantierter gewinn', 'täglicher gewinn', 'taeglicher gewinn', 'tägliche rendite', 'verdopple dein geld', 'verdoppeln sie ihr geld',
      'investiere in bitcoin', 'in krypto investieren', 'krypto investment', 'investmentplattform', 'tradingsignale', 'forex trading', 'ich bin vom hellotalk team',
      'hellotalk team', 'hellotalk support', 'hellotalk kundendienst', 'ich bin der admin', 'geschenkkarte', 'geschenkkarten', 'google play karte',
      'itunes karte', 'paysafecard', 'psc code', 'zollgebühren', 'zollgebühr', 'zollgebuehr', 'dein paket liegt beim zoll', 'gebühr bezahlen', 'erbschaft',
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
    ],
    dating: [
      'sucht nette sie', 'er sucht sie', 'sie sucht ihn', 'sucht sie für',
      'suche freundin', 'suche eine freundin', 'ich suche eine freundin', 'suche festen freund', 'suche einen festen freund', 'suche partner',
      'suche einen partner', 'suche partnerin', 'suche eine partnerin', 'suche frau', 'suche eine frau', 'suche mann', 'suche einen mann',
      'suche die große liebe', 'suche die grosse liebe', 'suche die liebe meines lebens', 'suche eine beziehung', 'suche feste beziehung', 'single sucht',
      'willst du meine freundin sein', 'willst du mein freund sein', 'willst du mit mir gehen', 'willst du mich heiraten', 'heirate mich', 'affäre',
      'suche affäre', 'suche affaere', 'freundschaft plus', 'sugar daddy', 'escort', 'escortservice', 'singlebörse', 'singleboerse',
      'singles in deiner nähe', 'einsame frauen', 'seitensprung',
    ],
    drugs: [
      'hab noch gras', 'gras und pillen', 'pillen schmeißen',
      'kiffen', 'ich kiffe', 'kiffe gerne', 'gekifft', 'alter kiffer', 'du kiffer', 'bubatz', 'einen joint rauchen', 'joint drehen', 'ne tüte rauchen', 'haschisch', 'hasch', 'marihuana',
      'cannabis', 'gras rauchen', 'gras kaufen', 'koks', 'koksen', 'kokain', 'ne line ziehen', 'eine line ziehen', 'pillen einwerfen', 'ecstasy', 'xtc',
      'mdma', 'crystal meth', 'heroin', 'ketamin', 'lsd', 'zugedröhnt', 'zugedroehnt', 'bekifft', 'drogen nehmen', 'drogen kaufen',       'dealen', 'magic mushrooms',
    ],
    alcohol: [
      'drei maß', 'zwei maß', 'ne maß',
      'bier', 'biere', 'bierchen', 'wein', 'rotwein', 'weißwein', 'weisswein', 'glühwein', 'gluehwein', 'sekt', 'schnaps', 'schnäpse', 'wodka', 'vodka',
      'whisky', 'jägermeister', 'jaegermeister', 'saufen', 'besaufen', 'besoffen', 'betrunken', 'sturzbetrunken', 'voll wie', 'einen kater haben',
      'hab nen kater', 'komasaufen', 'alkohol', 'kneipentour', 'bierpong', 'saufspiel', 'feierabendbier', 'pils', 'eine maß', 'maß bier',
      'kasten bier', 'sturzbesoffen', 'angetrunken', 'schnapsleiche', 'vorglühen', 'vorgluehen',
    ],
    threat: [
      'schlag ich dir die zähne aus', 'die zähne ausschlagen', 'schlag dir die zähne aus',
      'ich bring dich um', 'ich bringe dich um', 'ich töte dich', 'ich toete dich', 'ich werde dich töten', 'ich mach dich kalt', 'ich mach dich fertig',
      'ich schlag dich tot', 'ich hau dir eine rein', 'ich polier dir die fresse', 'ich schlag dir die fresse ein', 'ich stech dich ab', 'ich steche dich ab',
      'ich knall dich ab', 'ich erschieß dich', 'ich erschiesse dich', 'ich erschieße dich', 'du bist tot', 'du bist so tot', 'du bist ein toter mann',
      'ich zünde dein haus an', 'ich zuende dein haus an', 'ich lauf amok', 'amoklauf an',       'bombe legen', 'ich schlitz dich auf', 'ich brech dir die beine', 'ich breche dir die knochen', 'wir kriegen dich',
    ],
    gore: [
      'enthauptet', 'enthauptung', 'zerstückelt', 'zerstueckelt', 'zerstückelte leiche', 'verstümmelt', 'verstuemmelt', 'verstümmelung', 'blut überall',
      'eingeweide', 'hirnmasse', 'köpfungsvideo', 'hinrichtungsvideo', 'leichenteile', 'verweste leiche', 'verwesende leiche', 'gore video',
    ],
    'self-harm': [
      'mich danach geschnitten', 'mich wieder geschnitten',
      'will nicht mehr aufwachen', 'einfach nicht mehr aufwachen', 'nie wieder aufwachen',
      'ich will sterben', 'ich möchte sterben', 'ich moechte sterben', 'will nur noch sterben', 'ich will nicht mehr leben', 'ich bring mich um',
      'ich bringe mich um', 'mich umbringen', 'mir das leben nehmen', 'selbstmord', 'suizid', 'suizidgedanken', 'selbstmordgedanken', 'ich ritze mich',
      'mich ritzen', 'selbstverletzung', 'pulsadern aufschneiden', 'von der brücke springen', 'von der bruecke springen', 'vor den zug werfen',
      'vor den zug springen', 'mich aufhängen', 'mich aufhaengen', 'wäre lieber tot', 'waere lieber tot', 'keinen sinn mehr zu leben', 'alle tabletten nehmen',
    ],
    hate: [
      'hitler hatte recht', 'hitler hat recht gehabt',
      'kanake', 'kanaken', 'kanacke', 'schwuchtel', 'schwuchteln', 'neger', 'negerin', 'bimbo', 'kameltreiber', 'kümmeltürke', 'kuemmeltuerke',
      'scheißtürke', 'scheisstürke', 'scheiß türken', 'scheiss tuerken', 'scheiß ausländer', 'scheiss ausländer', 'scheiss auslaender', 'ausländer raus',
      'auslaender raus', 'judensau', 'drecksjude', 'scheißjude', 'scheissjude', 'zigeuner', 'zigeunerpack', 'schlitzauge', 'schlitzaugen', 'polacke',
      'polacken', 'itaker', 'spaghettifresser', 'tunte', 'tunten', 'kinderficker', 'asylant', 'asylantenpack', 'dreckspack', 'kopftuchmädchen',
      'heil hitler', 'sieg heil', 'untermensch', 'untermenschen', 'rassenschande', 'ab in die gaskammer', 'ab ins gas', 'vergasen', 'umvolkung',
      'geh zurück in dein land', 'geh zurueck in dein land', 'geh dahin zurück wo du herkommst', 'nafri', 'nafris',
      ...groupHate,
    ],
    sensitive: [
      'abtreibung', 'afd', 'höcke', 'hoecke', 'rechtsradikal', 'linksradikal', 'rechtsextrem', 'neonazi', 'neonazis', 'holocaustleugnung',
      'israel palästina', 'israel palaestina', 'genozid', 'völkermord', 'todesstrafe', 'gott gibt es nicht', 'die religion ist', 'der islam ist',
      'islamisierung', 'flüchtlingskrise', 'remigration', 'querdenker', 'reichsbürger', 'lügenpresse', 'luegenpresse', 'merkel muss weg',
      'kopftuchverbot', 'die juden sind', 'die muslime sind', 'nazi', 'nazis',
    ],
    // A group on its own is talk ("meine türkischen Freunde"); next to contempt in one sentence it is an attack on the group.
    group: GROUP_TERMS,
    negative: CONTEMPT,
    app: [...APPS, 'whatsapp nummer', 'insta name', 'snap name'],
    contact: [
      'nummer', 'handynummer', 'telefonnummer', 'tel', 'e-mail', 'email', 'mailadresse', 'adresse', 'benutzername', 'profil', 'kontakt',
      'kontaktdaten', 
    ],
    picture: ['foto', 'fotos', 'bild', 'bilder', 'bildchen', 'pic', 'pics', 'selfie', 'selfies', 'video', 'videos', 'videoanruf', 'videocall', 'facetime', 'cam', 'webcam'],
    body: [
      'titten', 'brüste', 'brueste', 'busen', 'nippel', 'arsch', 'hintern', 'beine', 'füße', 'fuesse', 'körper', 'koerper', 'unterwäsche',
      'unterwaesche', 'höschen', 'hoeschen', 'slip', 'bh', 'dessous', 'bikini', 'nackt', 'ohne klamotten', 'unter der dusche', 'schwanz', 'muschi',
      'pimmel', 'ausschnitt',
    ],
    request: [
      'zeig mir mal', 'kaufst du mir',
      'was ist dein', 'wie ist dein', 'wie lautet dein',
      'schick mir', 'schick mal', 'schicke mir', 'schickst du mir', 'sende mir', 'gib mir', 'gib mal', 'gibst du mir', 'zeig mir', 'zeig mal', 'zeigst du mir',
      'lass mich sehen', 'will sehen', 'adde mich', 'add mich', 'füg mich hinzu', 'fueg mich hinzu', 'schreib mir auf', 'schreib mir bei', 'schreib mir per',
      'meld dich auf', 'meld dich bei', 'ruf mich an', 'wie ist deine', 'was ist deine', 'wie lautet deine', 'verrat mir deine', 'leih mir', 'leihst du mir',
      'überweis mir', 'ueberweis mir', 'folg mir auf',
      ...APPS.flatMap((app) => [`hast du ${app}`, `hast du auch ${app}`, `bist du auf ${app}`, `bist du bei ${app}`]),
    ],
    money: [
      'gutscheine', 'gutschein', 'amazon gutscheine', 'guthabenkarte',
      'geld', 'kohle', 'knete', 'kies', 'euro', 'dollar', 'überweisung', 'ueberweisung', 'paypal', 'bankkonto', 'kontonummer', 'iban', 'kreditkarte',
      'bitcoin', 'krypto', 'kredit', 'bargeld',
    ],
    you: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'ihr', 'euch', 'bist du', 'du bist'],
    your: ['dein', 'deine', 'deinen', 'deinem', 'deiner'],
    violence: [
      'mach dich kalt', 'stech dich ab', 'knall dich ab', 'schlag dich tot', 'polier dir die fresse', 'hau dir eine rein', 'dich kaltmachen',
      'umbringen', 'töten', 'toeten', 'abstechen', 'erstechen', 'erschießen', 'erschiessen', 'abknallen', 'verprügeln', 'verpruegeln', 'zusammenschlagen',
      'vergewaltigen', 'erwürgen', 'erwuergen', 'aufschlitzen', 'kaltmachen', 'foltern', 'abmurksen',
    ],
    laughter: ['hihi*', 'hehe*'],
    meta: [
      'was bedeutet', 'was heißt', 'was heisst', 'was meint man mit', 'bedeutung von', 'wie sagt man', 'wie sagt ihr', 'ist das ein schimpfwort',
      'schimpfwort', 'schimpfwörter', 'schimpfwoerter', 'ist das unhöflich', 'ist das unhoeflich', 'ist das vulgär', 'ist das beleidigend', 'das wort',
      'dieses wort', 'übersetzung', 'uebersetzung', 'übersetzen', 'der unterschied zwischen', 'umgangssprache', 'auf deutsch sagt man', 'warum sagt man',
    ],
  },
};
