import { contactNumberWords } from './romance-numbers';
import { pairs, unlessAfter, unlessAround, unlessBefore, withPlain } from './term-builders';
import type { Lexicon } from './types';

/**
 * French as typed in France, Belgium, Switzerland and Quebec: SMS shorthands (ntm, fdp, tg, ftg, vtff,
 * ptn, jtm, stp, slt), dropped accents and elisions (t'es/tes, j'vais, encule), verlan (keuf, beuh,
 * meuf), Quebec swearing built on church words (tabarnak, câlisse, crisse, ostie, sacrament).
 * Ordinary words that double as insults stay inside phrases: con (Spanish "with", and "le con" is
 * rare), bite (English "bite"), chatte (a she-cat), queue (a queue), cave (a cellar in France), tapette
 * (a fly swatter), calice (a chalice), hostie (the host at mass), baiser (to kiss, in old usage),
 * noir/arabe/juif (only with "sale"), herbe (grass), coke (Coca-Cola), came (a cam shaft).
 */

/** Said of oneself: "quelle idiote je suis", "je suis trop débile", "je me sens idiot". Not "t'es idiote". */
const SELF_LABELS = (noun: string): string[] => [
  ...pairs(['je suis', 'jsuis', 'chui', "j'suis", 'je suis trop', 'je suis vraiment', 'je suis tellement', 'je suis une', 'je suis un', 'je me sens', 'je me sens trop', 'je me suis senti', 'je me suis sentie'], [noun]),
  `quelle ${noun} je suis`, `quel ${noun} je suis`, `que je suis ${noun}`, `${noun} que je suis`,
];
const GROUPS = [
  'les noirs', 'les arabes', 'les juifs', 'les musulmans', 'les roms', 'les gitans', 'les immigrés', 'les immigres', 'les migrants', 'les étrangers',
  'les etrangers', 'les chinois', 'les asiatiques', 'les africains', 'les maghrébins', 'les maghrebins', 'les pédés', 'les homos', 'les gays',
  'les femmes', 'les renois', 'les rebeus', 'les bougnoules', 'les réfugiés', 'les refugies',
];
const DEHUMANISING = [
  'sont des animaux', 'sont des singes', 'sont des rats', 'sont des parasites', 'sont des sous-hommes', 'sont inférieurs', 'sont inferieurs',
  'ne sont pas humains', 'devraient mourir', 'doivent mourir', 'faut tous les tuer', 'il faut les exterminer', 'dehors', 'hors de france',
  'rentrez chez vous', 'sont tous des voleurs', 'sont tous des terroristes', 'sont tous des délinquants', 'sont une plaie', 'puent', 'sont une maladie',
];
const groupHate = pairs(GROUPS, DEHUMANISING);

/**
 * Groups of people. French demonyms are adjectives too ("des films italiens", "la cuisine chinoise") and
 * the masculine singular is the language ("le chinois", "mon français est nul"), so demonyms count as a
 * group only after a determiner that makes them people: "les Italiens", "ces Chinois", "aux Arabes".
 * Nouns that only name people ("musulmans", "immigrés") count bare. "les mecs", "les filles" stay out:
 * "putain les mecs, c'était génial" greets friends.
 */
const PEOPLE_DETERMINERS = ['les', 'des', 'ces', 'aux'];
const DEMONYMS = [
  'français', 'francais', 'françaises', 'francaises', 'anglais', 'anglaises', 'américains', 'americains', 'américaines', 'americaines', 'ricains',
  'amerloques', 'allemands', 'allemandes', 'italiens', 'italiennes', 'ritals', 'espagnols', 'espagnoles', 'portugais', 'portugaises', 'belges', 'suisses',
  'québécois', 'quebecois', 'québécoises', 'quebecoises', 'canadiens', 'canadiennes', 'anglos', 'chinois', 'chinoises', 'japonais', 'japonaises',
  'coréens', 'coreens', 'coréennes', 'coreennes', 'vietnamiens', 'thaïlandais', 'thailandais', 'philippins', 'indiens', 'indiennes', 'pakistanais',
  'turcs', 'turques', 'russes', 'ukrainiens', 'polonais', 'polonaises', 'roumains', 'roumaines', 'albanais', 'serbes', 'arabes', 'africains', 'africaines',
  'maghrébins', 'maghrebins', 'algériens', 'algeriens', 'algériennes', 'algeriennes', 'marocains', 'marocaines', 'tunisiens', 'tunisiennes',
  'sénégalais', 'senegalais', 'maliens', 'congolais', 'camerounais', 'ivoiriens', 'comoriens', 'haïtiens', 'haitiens', 'antillais', 'asiatiques',
  'européens', 'europeens', 'latinos', 'mexicains', 'brésiliens', 'bresiliens', 'brésiliennes', 'bresiliennes', 'colombiens', 'israéliens',
  'israeliens', 'palestiniens', 'iraniens', 'afghans', 'syriens', 'kurdes', 'tchétchènes', 'tchetchenes', 'autochtones', 'amérindiens', 'amerindiens',
  // colour and ethnicity
  'noirs', 'noires', 'blacks', 'renois', 'blancs', 'blanches', 'babtous', 'toubabs', 'rebeus', 'beurs', 'beurettes', 'métis', 'metis', 'gitans', 'gitanes',
  'roms', 'manouches', 'tziganes', 'tsiganes', 'gens du voyage',
  // religion
  'juifs', 'juives', 'feujs', 'musulmans', 'musulmanes', 'chrétiens', 'chretiens', 'chrétiennes', 'catholiques', 'cathos', 'protestants', 'évangéliques',
  'evangeliques', 'mormons', 'témoins de jéhovah', 'temoins de jehovah', 'bouddhistes', 'hindous', 'sikhs', 'athées', 'athees',
  // migration
  'immigrés', 'immigres', 'immigrées', 'immigrees', 'immigrants', 'migrants', 'réfugiés', 'refugies', 'étrangers', 'etrangers', 'étrangères',
  'etrangeres', 'clandestins', 'sans-papiers', 'sans papiers', 'demandeurs d’asile', "demandeurs d'asile",
  // regions
  'parisiens', 'parisiennes', 'marseillais', 'lyonnais', 'bretons', 'corses', 'alsaciens', 'normands', 'ch’tis', "ch'tis", 'chtis', 'provinciaux',
  'banlieusards', 'flamands', 'wallons', 'bruxellois', 'frouzes',
  // gender, orientation, age, disability
  'femmes', 'hommes', 'meufs', 'gonzesses', 'homosexuels', 'homosexuelles', 'homos', 'gays', 'lesbiennes', 'bisexuels', 'trans', 'transgenres',
  'transsexuels', 'lgbt', 'personnes âgées', 'personnes agees', 'retraités', 'retraites', 'boomers', 'handicapés',
  'handicapes', 'autistes',
];
/** Nouns that name people wherever they stand: no determiner needed. */
const PEOPLE_NOUNS = [
  'musulmans', 'musulmanes', 'juifs', 'juives', 'feujs', 'immigrés', 'immigres', 'immigrées', 'immigrees', 'immigrants', 'migrants', 'réfugiés',
  'refugies', 'clandestins', 'sans-papiers', 'gitans', 'gitanes', 'roms', 'manouches', 'tziganes', 'renois', 'rebeus', 'beurs', 'homosexuels',
  'lesbiennes', 'transgenres', 'maghrébins', 'maghrebins', 'toutes les femmes', 'tous les hommes', 'toutes les meufs', 'toutes les filles', 'tous les mecs',
];
/** One person named by the group: "cet Arabe", "une Juive". */
const ONE_OF_THEM = [
  ...pairs(['un', 'ce', 'le'], ['juif', 'musulman', 'gitan', 'immigré', 'immigre', 'migrant', 'réfugié', 'refugie', 'renoi', 'rebeu', 'clandestin']),
  ...pairs(['une', 'cette', 'la'], ['juive', 'musulmane', 'gitane', 'immigrée', 'immigree', 'arabe', 'noire', 'rom', 'lesbienne', 'trans', 'étrangère', 'etrangere']),
  'un arabe', 'cet arabe', 'un noir', 'un rom', 'un homo', 'un trans', 'un étranger', 'un etranger', 'cet étranger', 'cet etranger', 'cet immigré',
  'cet immigre', 'un chinois', 'une chinoise', 'cette chinoise', 'un roumain', 'une roumaine', 'un algérien', 'un algerien', 'un marocain',
  'une marocaine', 'un africain', 'une africaine', 'un asiatique', 'une asiatique',
];
/**
 * "vieux" and "jeunes" come before nouns too ("des vieux meubles", "les jeunes pousses"), and "salut les
 * jeunes !" greets a class: only "les vieux", "ces jeunes", "les jeunes d'aujourd'hui".
 */
const AGE = [
  ...pairs(['les', 'ces'], ['vieux', 'vieilles']), 'ces jeunes', 'les jeunes de banlieue', 'les jeunes de cité', 'les jeunes de cite',
  'les jeunes d’aujourd’hui', "les jeunes d'aujourd'hui", 'les jeunes d aujourd hui', 'les jeunes de nos jours',
];
const GROUP_TERMS = [...pairs(PEOPLE_DETERMINERS, DEMONYMS), ...PEOPLE_NOUNS, ...ONE_OF_THEM, ...AGE];

/**
 * Contempt that is no insult alone but is one when said of a group ("les Roumains sont tous des voleurs").
 * Words that are also about things or plain description (pauvres, vieux, différents, bruyants, nuls, racistes)
 * stay out. Nouns that also name real animals or real offenders ("ils élèvent des porcs", "victimes de
 * violeurs", "attaques terroristes") count only where they are predicated of people ("sont des", "tous des").
 */
const CONTEMPT_NOUNS = [
  'voleurs', 'voleuses', 'menteurs', 'menteuses', 'escrocs', 'arnaqueurs', 'profiteurs', 'parasites', 'assistés', 'assistes', 'fainéants', 'faineants',
  'feignants', 'feignasses', 'sauvages', 'barbares', 'primitifs', 'arriérés', 'arrieres', 'dégénérés', 'degeneres', 'consanguins', 'sous-hommes',
  'sous hommes', 'cafards', 'voyous', 'mafieux', 'envahisseurs', 'cons', 'idiots', 'crétins', 'cretins', 'imbéciles', 'imbeciles', 'attardés',
  'attardes', 'hypocrites', 'traîtres', 'traitres', 'incapables', 'ordures', 'pourritures', 'nuisibles', 'racailles', 'moutons',
  // insults said of a whole group ("les femmes sont toutes des salopes")
  'salopes', 'putes', 'connards', 'connasses', 'enculés', 'encules', 'bâtards', 'batards', 'chiennes', 'traînées', 'trainees', 'pétasses', 'petasses',
  'abrutis', 'débiles', 'debiles', 'tarés', 'tares', 'merdes', 'sous-merdes', 'fils de pute',
];
const PREDICATED_NOUNS = [
  'rats', 'singes', 'animaux', 'chiens', 'porcs', 'cochons', 'criminels', 'délinquants', 'delinquants', 'terroristes', 'violeurs',
  'bandits', 'déchets', 'dechets',
];
const CONTEMPT = [
  ...pairs(['des', 'tous des', 'toutes des', 'que des', 'comme des', 'bande de'], CONTEMPT_NOUNS),
  // not after "comme": "ils bossent comme des bêtes" is the idiom for working hard
  ...pairs(['sont des', 'tous des', 'toutes des', 'que des', 'c’est des', "c'est des", 'cest des', 'ce sont des', 'bande de'], PREDICATED_NOUNS),
  // nouns and adjectives that are contempt wherever they stand
  'voleurs', 'voleuses', 'menteurs', 'menteuses', 'escrocs', 'arnaqueurs', 'profiteurs', 'parasites', 'assistés', 'fainéants', 'faineants', 'fainéantes',
  'faineantes', 'feignants', 'feignasses', 'flemmards', 'paresseux', 'arriérés', 'arrieres', 'dégénérés', 'degeneres', 'consanguins', 'sous-hommes',
  'sous-race', 'sous race', 'vermine', 'racaille', 'racailles', 'cafards', 'mafieux', 'envahisseurs', 'crétins', 'cretins', 'idiots', 'imbéciles',
  'imbeciles', 'attardés', 'hypocrites', 'fourbes', 'sournois', 'malhonnêtes', 'malhonnetes', 'incultes', 'ignorants', 'stupides', 'inférieurs',
  'inferieurs', 'inférieures', 'inferieures', 'dégoûtants', 'degoutants', 'dégoûtantes', 'dégueulasses', 'degueulasses', 'répugnants', 'repugnants',
  'immondes', 'crasseux', 'puants', 'pouilleux', 'moches', 'bons à rien', 'bons a rien', 'bonnes à rien', 'moins que rien', 'sont cons', 'trop cons',
  'tellement cons', 'sont bêtes', 'sont betes',
  // one of them
  'un voleur', 'une voleuse', 'un menteur', 'une menteuse', 'un escroc', 'un parasite', 'un sauvage', 'une racaille',
  // "sale" is also English ("for sale"): only in French word order
  'ces sales', 'les sales', 'des sales', 'de sales', 'tous ces sales', 'ce sale', 'cette sale', 'un sale', 'une sale', 'sale race', 'sales races',
  // what people say they should do or suffer
  'puent', 'qui puent', 'sentent mauvais', 'sentent la merde', 'je hais', 'je déteste', 'je deteste', 'j’ai la haine', "j'ai la haine", 'faut les virer',
  'faut tous les virer', 'faut les expulser', 'faut les renvoyer', 'faut les tuer', 'faut les buter', 'faut les gazer', 'dehors les', 'à la porte les',
  'a la porte les', 'rentrez chez vous', 'retournez chez vous', 'rentrent chez eux', 'retournent chez eux', 'rentrer chez eux', 'retourner dans leur pays',
  'retournez dans votre pays', 'qu’ils crèvent', "qu'ils crèvent", 'quils crevent', "qu'ils crevent", 'qu’ils dégagent', "qu'ils dégagent",
  "qu'ils degagent", 'devraient crever', 'doivent crever', 'doivent disparaître', 'doivent disparaitre', 'pas des humains', 'pas humains',
  'servent à rien', 'servent a rien', 'nous envahissent', 'nous volent', 'volent tout', 'pourrissent tout', 'vivent des aides', 'profitent du système',
  'profitent du systeme',  // locking up, curing, forbidding people for what they are; the stereotypes said as contempt. Not "sont malades"
  // ("les migrants sont malades" is news) nor "à la cuisine" alone ("les femmes sont à la cuisine" describes a kitchen)
  'devraient être enfermés', 'devraient être enfermées', 'doivent être enfermés', 'faut les enfermer', 'faut les soigner', 'des malades mentaux',
  'contre nature', 'contre-nature', 'une abomination', 'devraient pas exister', 'ne devraient pas exister', 'devraient être interdits', 'devraient être interdites',
  'pas le droit de vivre', 'savent pas conduire', 'fait pour la cuisine', 'faites pour la cuisine', 'leur place est à la cuisine', 'restez à la cuisine',
  'bonnes qu’à', "bonnes qu'à", 'bonnes qu a', 'servent qu’à', "servent qu'à", 'servent qu a',
];

const APPS = ['snap', 'snapchat', 'insta', 'instagram', 'whatsapp', 'wtsp', 'watsap', 'whatsap', 'wts', 'telegram', 'télégram', 'discord', 'facebook', 'fb', 'tiktok', 'messenger'];


/**
 * The object pronoun as it is written before a verb: "te" before a consonant, "t'" before a vowel or a mute h
 * (t'éclater, t'égorger). The normaliser reads an apostrophe as a space, so "t'éclater", "t’éclater" and
 * "j'vais t'éclater" all come out as separate words; but a lone "t" is too short to be a `you` word, so the
 * elided threats have to be spelled out as phrases rather than left to the you + violence cue.
 */
const ELIDES = /^[aeiouyhàâéèêëîïôûù]/;
const toYou = (verb: string): string => (ELIDES.test(verb) ? `t'${verb}` : `te ${verb}`);

/**
 * Verbs of harm with the forms threats are made in: the infinitive after "je vais", "jvais", "on va", "je veux"
 * and the first person present ("je te démonte", "jte bute", "j't'éclate"). Left out on purpose: découper
 * ("je vais te découper une part"), allumer ("je vais t'allumer la télé"), taper (to type), noyer.
 */
const HARM_VERBS: readonly (readonly [infinitive: string, present: string])[] = [
  ['tuer', 'tue'], ['buter', 'bute'], ['crever', 'crève'], ['défoncer', 'défonce'], ['démonter', 'démonte'], ['éclater', 'éclate'],
  ['massacrer', 'massacre'], ['fracasser', 'fracasse'], ['tabasser', 'tabasse'], ['dérouiller', 'dérouille'], ['défigurer', 'défigure'],
  ['égorger', 'égorge'], ['étrangler', 'étrangle'], ['poignarder', 'poignarde'], ['saigner', 'saigne'], ['cogner', 'cogne'],
  ['frapper', 'frappe'], ['exploser', 'explose'], ['démolir', 'démolis'], ['enterrer', 'enterre'], ['achever', 'achève'], ['marave', 'marave'],
  ['casser la gueule', 'casse la gueule'], ['péter la gueule', 'pète la gueule'], ['casser les dents', 'casse les dents'],
  ['péter les dents', 'pète les dents'], ['faire la peau', 'fais la peau'], ['faire du mal', 'fais du mal'], ['refaire le portrait', 'refais le portrait'],
  ['faire regretter', 'ferai regretter'], ['faire payer', 'ferai payer'],
  ['casser les jambes', 'casse les jambes'], ['casser les bras', 'casse les bras'], ['péter les genoux', 'pète les genoux'], ['briser les jambes', 'brise les jambes'],
  ['tirer une balle', 'tire une balle'], ['tirer dessus', 'tire dessus'], ['ouvrir le crâne', 'ouvre le crâne'], ['arracher la tête', 'arrache la tête'],
  ['trancher la gorge', 'tranche la gorge'], ['crever les yeux', 'crève les yeux'],
];
/** How a first-person threat opens, SMS spellings included: "j'vais" and "j vais" normalise alike, "jvais" and "jvé" do not. */
const THREAT_FUTURE = ['je vais', 'j vais', 'jvais', 'jvé', 'on va', 'ils vont', 'je vais venir', 'jvais venir', 'je viens', 'je veux', 'jveux'];
const futureOf = (infinitive: string): string => {
  const [verb = '', ...rest] = infinitive.split(' ');
  const future = verb === 'faire' || verb === 'refaire' ? verb.replace(/faire$/, 'ferai') : verb.endsWith('e') ? `${verb}rai` : `${verb}ai`;
  return [future, ...rest].join(' ');
};
const HARM_THREATS = withPlain(
  HARM_VERBS.flatMap(([infinitive, present]) => [
    ...THREAT_FUTURE.map((head) => `${head} ${toYou(infinitive)}`),
    ...['je', 'j', 'on'].map((head) => `${head} ${toYou(present)}`),
    ELIDES.test(present) ? `jt'${present}` : `jte ${present}`,
    `je ${toYou(futureOf(infinitive))}`,
  ]),
);
/** The same verbs as cues, for the you + violence combination in wordings no phrase foresees ("si je te croise je te démonte"). */
const HARM_CUES = withPlain(HARM_VERBS.flatMap(([infinitive, present]) => [toYou(infinitive), toYou(present)]));

/**
 * Gamers and players trash-talk with the same verbs: "je te tue au Mario Kart", "je vais te défoncer à FIFA", "je te
 * démonte aux échecs". Where the verb goes straight on into a game or a match, it is a challenge, not a threat.
 */
const GAME_PLACES = withPlain([
  'au mario kart', 'sur mario kart', 'à fifa', 'au fifa', 'sur fifa', 'à fortnite', 'au jeu', 'à ce jeu', 'aux échecs', 'aux cartes', 'au uno',
  'au tennis', 'au ping-pong', 'au babyfoot', 'au baby-foot', 'au billard', 'au bowling', 'au badminton', 'au padel', 'au foot', 'au basket', 'en 1v1',
  'à la course', 'au prochain match', 'au match', 'à la revanche', 'au poker',
]);
/** The verbs players boast with, in the first-person forms a challenge takes ("je te tue", "je vais te démonter", "jte défonce", "te massacrer"). */
const GAME_VERBS = /^(je|j|jte|on|jvais|te|t)[ '’](.*[ '’])?(tue|tuer|tuerai|bute|buter|buterai|défonce|defonce|défoncer|defoncer|défoncerai|defoncerai|démonte|demonte|démonter|demonter|démonterai|demonterai|éclate|eclate|éclater|eclater|éclaterai|eclaterai|massacre|massacrer|massacrerai)$/;
const NOT_GAME_TALK = /^(je vais venir|jvais venir|je viens|je veux|jveux|ils vont|jvé|jve) /;
/** A threat or violence term made harmless where a game follows it. */
const unlessGame = (terms: readonly string[]) =>
  terms.map((term) => (GAME_VERBS.test(term) && !NOT_GAME_TALK.test(term) ? { term, unless: GAME_PLACES.map((place) => `${term} ${place}`) } : term));

/** Threats told as a consequence: nothing violent is named, the reader is told what is coming. */
const CONSEQUENCES = withPlain([
  'tu vas le regretter', 'vous allez le regretter', 'tu vas le payer', 'tu vas me le payer', 'tu me le paieras',
  'tu me le payeras', 'tu le paieras', 'tu vas le payer cher', 'tu vas le sentir passer', 'tu vas voir ce qui va t’arriver', "tu vas voir ce qui va t'arriver",
  'tu vas voir ce que tu vas prendre', 'tu vas morfler', 'tu vas en prendre plein la gueule', 'ça va mal finir pour toi', 'ça va mal se passer pour toi',
  'ça va chauffer pour toi', 'tes jours sont comptés', 'ta dernière heure', 't’es un homme mort', "t'es un homme mort", "t'es une femme morte",
  'surveille tes arrières', 'fais gaffe à tes arrières', 'fais attention à tes arrières', 'gare à toi', 'on règle ça dehors', 'viens te battre',
  'je te retrouverai', 'on te retrouvera', 'on sait où te trouver', 'je sais où te trouver', 'mes potes vont te', 'mes gars vont te',
  'mes frères vont te', 'je vais envoyer mes potes', "j'envoie mes gars",
  ...pairs(['tu vas finir', 'tu finiras', 'tu vas terminer', 'vous allez finir', 'tu vas te retrouver'], [
    "à l'hosto", "à l'hôpital", 'aux urgences', 'au cimetière', 'à la morgue', 'dans un sac', 'dans un fossé', 'six pieds sous terre',
    'en fauteuil roulant', 'dans le coma', 'entre quatre planches',
  ]),
]);

/**
 * Stalking told as a story: what the writer knows of the reader's whereabouts, and having watched or followed them.
 * Seeing someone is ordinary ("je t'ai vu au cours de yoga"); seeing them leave home or work, or follow them, is not.
 */
const STALKING = withPlain([
  ...pairs(['je sais', 'jsais', 'je sais très bien', 'je connais', "j'ai trouvé", "j'ai retrouvé", 'jai trouvé', 'on sait'], [
    'dans quel immeuble tu', 'dans quelle rue tu', 'où tu dors', 'où tu vas en cours', 'où tu te caches', 'où habitent tes parents',
    'où vit ta famille', 'à quelle heure tu sors', 'à quelle heure tu rentres', 'à quelle heure tu finis', 'tes horaires', 'ton immeuble', 'ton étage',
    'ton digicode', 'où tu te gares', 'où tu habites', 'où t’habites', "où t'habites", 'où tu vis', 'où tu bosses', 'où tu travailles', 'ton adresse',
  ]),
  ...pairs(["je t'ai vu", "je t'ai vue", 'jt ai vu', 'jtai vu', 'jt ai vue', 'jtai vue', "je t'ai aperçu", "je t'ai aperçue", "je t'ai suivi",
    "je t'ai suivie", "je t'ai observé", "je t'ai observée", "je t'ai regardé", "je t'ai regardée", "je t'ai pris en photo", "je t'ai prise en photo"], [
    'sortir de chez toi', 'rentrer chez toi', 'entrer chez toi', 'sortir du boulot', 'sortir du travail', 'sortir du taf', 'sortir de ton travail',
    'sortir de ton boulot', 'sortir de ton immeuble', 'sortir de la douche', 'à ta fenêtre', 'par ta fenêtre', 'par la fenêtre', 'en bas de chez toi',
    'jusque chez toi', "jusqu'à chez toi", 'jusqu’à chez toi', 'dormir', 'te déshabiller', 'sortir de ton école', 'sortir du lycée', 'sortir de ton lycée',
  ]),
  "je t'ai suivie jusqu", "je t'ai suivi jusqu", 'je te suis partout', 'je te suivrai partout', 'je te regarde dormir', 'je te vois par ta fenêtre',
  // persistence: not letting go, coming back after a block
  ...pairs(["jusqu'à ce que", 'jusqua ce que'], ['tu répondes', 'tu me répondes', 'tu me parles', 'tu cèdes', 'tu acceptes', 'tu me débloques', 'tu sortes avec moi']),
  'je te lâcherai pas', 'je te lâcherai jamais', 'je vais pas te lâcher', 'je vais te harceler', 'je te harcèle', 'même si tu me bloques',
  'je vais créer un autre compte', 'je reviendrai avec un autre compte', 'je te retrouverai sur un autre compte',
  // wishing the reader dead or alone
  'personne veut de toi', 'personne ne veut de toi', 'tout le monde te déteste', 'tout le monde te hait', 'le monde serait mieux sans toi',
  'tu mérites de crever', 'tu mérites de mourir', 'tu mériterais de crever', 'fais nous plaisir et crève',
]);

/**
 * Insults aimed at the reader. Animal and thing nouns are insults only in the frames that aim them ("sale rat",
 * "t'es qu'une chienne", "espèce de baleine"): alone they are animals ("gros chien" is a big dog). Person nouns
 * (naze, clown, raté) also take "gros", "pauvre". Adjectives count after "t'es"/"tu es" with or without an
 * intensifier; "tes" (also "your") only for those that never follow a possessive. "bête", "nul" stay out:
 * "t'es trop bête mdr" is banter.
 */
/** Frames that aim a noun at the reader, by the gender they take ("t'es qu'un rat", "t'es qu'une ordure", "sale ..."). */
const AIM_AT_MASCULINE = ["t'es qu'un", 'tes qu un', "tu n'es qu'un", "t'es un", "t'es vraiment un", "t'es un vrai"];
const AIM_AT_FEMININE = ["t'es qu'une", 'tes qu une', "tu n'es qu'une", "t'es une", "t'es vraiment une", "t'es une vraie"];
/** "espèce de" elides before a vowel: "espèce d'ordure", "espèce de clown". */
const speciesOf = (noun: string): string => (ELIDES.test(noun) ? `espèce d'${noun}` : `espèce de ${noun}`);
const ANIMAL_INSULTS = {
  masculine: ['rat', 'chien', 'porc', 'cochon', 'thon', 'cafard', 'singe', 'âne', 'chacal'],
  feminine: ['chienne', 'vache', 'truie', 'baleine', 'larve', 'dinde', 'hyène'],
};
const PERSON_INSULTS = {
  masculine: ['naze', 'nase', 'clown', 'clochard', 'clodo', 'guignol', 'blaireau', 'baltringue', 'raté', 'loser', 'looser', 'minable', 'crevard',
    'mongol', 'gogol', 'teubé', 'tebé', 'fumier', 'déchet', 'parasite', 'plouc', 'beauf', 'cas social', 'gros lard', 'bon à rien', 'moins que rien'],
  feminine: ['ratée', 'minable', 'crevarde', 'mongole', 'merde', 'ordure', 'pourriture', 'raclure', 'enflure', 'charogne', 'victime', 'grosse merde',
    'bonne à rien', 'moins que rien', 'cassos'],
};
const aimed = (nouns: { masculine: readonly string[]; feminine: readonly string[] }): string[] => [
  ...pairs(AIM_AT_MASCULINE, nouns.masculine),
  ...pairs(AIM_AT_FEMININE, nouns.feminine),
  ...pairs(['sale'], [...nouns.masculine, ...nouns.feminine]),
];
const INSULT_ADJECTIVES = [
  'laid', 'laide', 'moche', 'con', 'conne', 'débile', 'stupide', 'idiot', 'idiote', 'dégueulasse', 'dégoûtant', 'dégoûtante', 'pathétique',
  'minable', 'inutile', 'teubé', 'naze', 'pitoyable', 'immonde', 'répugnant', 'répugnante', 'affreux', 'affreuse', 'une merde', 'un déchet',
];
const INTENSIFIERS = ['', 'trop ', 'vraiment ', 'tellement ', 'grave ', 'si ', 'complètement '];
const AIMED_INSULTS = withPlain([
  ...aimed(PERSON_INSULTS),
  ...[...PERSON_INSULTS.masculine, ...PERSON_INSULTS.feminine].map(speciesOf),
  // animals not after "espèce de": "une espèce de baleine" is a species
  ...aimed(ANIMAL_INSULTS),
  // "t'es qu'une grosse ...", "t'es qu'un sale ...": the restrictive frame is contempt whatever noun follows
  ...pairs(["t'es qu'un", "t'es qu'une", 'tes qu un', 'tes qu une', "tu n'es qu'un", "tu n'es qu'une"], ['gros', 'grosse', 'sale', 'pauvre', 'petit', 'petite']),
  // not "pauvre clochard" (said with pity) nor "gros parasite" (biology)
  ...pairs(['gros', 'pauvre', 'sombre'], PERSON_INSULTS.masculine.filter((noun) => !['gros lard', 'clochard', 'clodo', 'parasite'].includes(noun))),
  ...pairs(['grosse', 'pauvre'], ['ratée', 'conne', 'crevarde', 'mongole', 'merde', 'ordure', 'raclure', 'enflure']),
  ...pairs(["t'es", 'tu es'], pairs(INTENSIFIERS, INSULT_ADJECTIVES, '')),
  ...pairs(['tes'], pairs(INTENSIFIERS, ['moche', 'laide', 'débile', 'stupide', 'conne', 'pathétique', 'inutile', 'pitoyable'], '')),
  ...pairs(['nique', 'niquer', 'nik', 'nike', 'niké'], ['ta mère', 'ta reum', 'ta race', 'tes morts', 'ta grand-mère', 'ta sœur', 'ta soeur']),
  'tu sers à rien', 'tu ne sers à rien', 'tu fais pitié', 'tu me fais pitié', 'vous faites pitié', 'tu me dégoûtes', 'je t’emmerde', "je t'emmerde",
  "t'as pas de cerveau", "t'as zéro cerveau", "t'as rien dans le crâne", "t'as un pois chiche dans la tête", 'cerveau de moineau',
  'va pleurer chez ta mère', 'retourne pleurer chez ta mère',
]);

/** Self-harm said sideways: ending it, not waking up, disappearing, the world better off, an overdose planned. */
const OVERDOSE_PILLS = ['médocs', 'médicaments', 'cachets', 'comprimés', 'pilules', 'doliprane', 'dafalgan', 'efferalgan', 'paracétamol', 'somnifères', 'anxiolytiques', 'antidépresseurs', 'xanax', 'lexomil'];
/** Not waking up said of a lie-in or a broken night, not a wish to be gone: "et pas me réveiller avant midi", "pour ne plus me réveiller la nuit". */
const WAKE_HOSTS = ['avant', 'jusqu', 'jusque', 'de la', 'du', 'pendant', 'demain', 'tôt', 'tot', 'trop tôt', 'trop tot', 'à', 'a', 'en', 'la nuit', 'cette nuit',
  'le matin', 'au milieu', 'toutes les', 'tout le temps', 'pour', 'avec', 'quand', 'à cause', 'a cause'];
/** Falling asleep and not waking, as a wish ("m'endormir ce soir et ne plus me réveiller"). */
const NO_WAKING = withPlain(['et pas me réveiller', 'et ne pas me réveiller', 'et plus me réveiller', 'et ne plus me réveiller', 'et jamais me réveiller', 'et ne jamais me réveiller',
  'et plus jamais me réveiller', 'et ne plus jamais me réveiller', 'et pas se réveiller', 'et ne pas se réveiller', 'et ne plus se réveiller', 'et plus se réveiller']).map(unlessBefore(WAKE_HOSTS));
/** Cutting again, not a cook's or a hairdresser's slip: "je me suis encore coupée en cuisinant", "... les cheveux". */
const CUT_HOSTS = ['les', 'la', 'le', 'en', 'avec', 'au', 'à', 'a', 'sur', 'un', 'une', 'des', 'du', 'pendant', 'ce matin en', 'hier en', 'moi-même', 'moi même', 'toute seule', 'tout seul'];
const CUT_AGAIN = withPlain(['je me suis encore coupé', 'je me suis encore coupée', 'je me suis recoupée', 'je me suis recoupé', "j'ai recommencé à me couper", 'je me coupe encore',
  'je me suis remise à me couper', 'je me suis remis à me couper',
  // Told again in the contracted forms people type, or as hurting oneself again.
  'jme suis encore coupé', 'jme suis encore coupée', "j'me suis encore coupé", "j'me suis encore coupée", 'jme suis recoupée', 'jme suis recoupé', 'je me suis re-coupée',
  'je me suis encore tailladé', 'je me suis encore tailladée', 'jme suis encore tailladée', 'je me suis encore mutilé', 'je me suis encore mutilée',
  'je me suis encore fait du mal', 'jme suis encore fait du mal', 'je me suis refait du mal', 'jme suis refait du mal', 'je me suis encore ouvert les bras']).map(unlessBefore(CUT_HOSTS));
/** Not waking up said of a night's sleep, a lie-in or how one wakes (tired, with a headache, at every noise), not a wish to be gone. */
/** Not words that may open a clause of their own after a comma ("je voudrais plus jamais me réveiller, chaque matin c'est pire"). */
const WAKE_HOSTS_MORE = withPlain([...WAKE_HOSTS, 'fatigué', 'fatiguée', 'crevé', 'crevée', 'la tête', 'mal', 'plusieurs fois', 'sans', 'chaque nuit', 'chaque heure', 'chaque fois', 'vers',
  'au bout', 'dans la nuit', 'ce matin', 'le lendemain', 'en sursaut', 'au son', 'aux aurores', 'si tôt', 'aussi tôt', 'trop', 'trempée', 'trempé', 'par le bruit', 'seul', 'seule', 'à côté']);
/** The wish not to wake ANYMORE ("j'ai envie de plus me réveiller", "je veux plus jamais me réveiller"); "pas envie de me réveiller demain" is a Monday. */
const NO_MORE_WAKING = withPlain([
  ...pairs(['envie de', 'envie de ne', 'veux', 'voudrais', 'aimerais', 'préférerais', 'rêve de', 'souhaite', 'espère'], ['plus me réveiller', 'plus jamais me réveiller', 'jamais me réveiller']),
  "j'ai plus envie de me réveiller", 'jai plus envie de me réveiller', "je n'ai plus envie de me réveiller", 'plus envie de me réveiller', 'marre de me réveiller',
  'que je me réveille plus', 'que je ne me réveille plus', 'que je me réveillerai plus', 'que je ne me réveillerai plus', 'que je me réveille jamais', 'que je me réveille plus jamais',
]).map(unlessBefore(WAKE_HOSTS_MORE));
/** Sleeping and not waking as what a dose is for, said of anyone ("combien il en faut pour pas se réveiller"): with pills, a plan. */
const GENERIC_NO_WAKING = withPlain(['pour ne pas se réveiller', 'pour pas se réveiller', 'pour plus se réveiller', 'pour ne jamais se réveiller', 'pour jamais se réveiller',
  'pour plus jamais se réveiller', 'pour ne plus jamais se réveiller', 'pour ne jamais me réveiller', 'pour jamais me réveiller', 'pour plus jamais me réveiller', 'pour plus me réveiller',
  'de quoi ne plus se réveiller', 'de quoi plus se réveiller', 'de quoi ne jamais se réveiller', 'ne plus jamais se réveiller', 'plus jamais se réveiller', 'ne jamais se réveiller']).map(unlessBefore(WAKE_HOSTS_MORE));
const SELF_HARM_SIDEWAYS = withPlain([
  ...pairs(['ce soir', 'cette nuit', 'demain', 'bientôt', "aujourd'hui"], ["j'en finis", "j'en finirai", 'je vais en finir', 'jvais en finir']),
  ...pairs(["j'en finis", "j'en finirai", 'je vais en finir', 'jvais en finir'], ['ce soir', 'cette nuit', 'demain', 'pour de bon', 'une fois pour toutes']),
  'je veux en finir une bonne fois', 'je veux que tout s’arrête', "je veux que tout s'arrête",
  "m'endormir pour toujours",
  'disparaître pour de bon', 'disparaître pour toujours', 'je veux disparaître', 'envie de disparaître pour', 'jpp de la vie', 'jpp de vivre',
  "j'en peux plus de vivre", "j'en peux plus de cette vie", 'marre de vivre', 'marre de la vie', 'fatigué de vivre', 'fatiguée de vivre',
  'plus personne me verra', 'plus personne ne me verra', 'vous me reverrez plus', 'vous ne me reverrez plus', 'mieux sans moi',
  'je serai plus là demain', 'je ne serai plus là demain', 'demain je serai plus là', 'je suis un fardeau pour',
  // everyone better off if the speaker were gone ("tout le monde sera plus heureux si je suis plus là")
  ...pairs(['tout le monde sera plus heureux si', 'tout le monde serait plus heureux si', 'tout le monde sera mieux si', 'tout le monde serait mieux si', 'tout le monde ira mieux si',
    'tout le monde irait mieux si', 'vous serez plus heureux si', 'vous seriez plus heureux si', 'vous seriez mieux si', 'le monde serait mieux si', 'le monde irait mieux si'],
  ['je suis plus là', 'je ne suis plus là', "j'étais plus là", "je n'étais plus là", 'je disparais', 'je disparaissais', "j'existais pas", "je n'existais pas", "j'étais morte", "j'étais mort"]),
  // an overdose: a whole box of pills ("toute la boîte de chocolats" is a treat, so the pills are named)
  ...pairs(['toute la boîte de', 'toute la boite de', 'toute la plaquette de', 'une boîte entière de', 'tout le flacon de', 'une overdose de', 'une od de',
    'avaler tous mes', 'avaler toutes mes', 'pris tous mes', 'pris toutes mes', 'prendre tous mes', 'prendre toutes mes'], OVERDOSE_PILLS),
  'je me fais du mal', 'je me mutile', 'je me taillade', 'me taillader', 'me couper les bras', 'me couper les poignets', 'je me brûle exprès',
]);

/** Sexual talk with no anatomy in it: the activity named by slang or by an idiom. */
const SEXUAL_SLANG = withPlain([
  'trucs coquins', 'choses coquines', 'trucs cochons', 'choses cochonnes', 'plan coquin', 'soirée coquine', 'délire coquin', 'plan q', 'plan ku',
  'plan kul', 'plan cu', 'plan sexe', 'je suis toute mouillée', 'je suis trempée pour toi', 'tu me fais mouiller', 'ça me fait mouiller',
  'je mouille pour toi', "j'ai la trique", "j'ai la gaule", 'grimper aux rideaux', 'te faire jouir', 'me faire jouir', 'je vais jouir', 'te doigter',
  'me doigter', 'te faire l’amour', "te faire l'amour", 'coucher avec moi', 'couche avec moi', 'tu couches le premier soir', 'on couche ensemble',
  'coucher ensemble', 'sexting', 'sexter', 'on sexte', 'ton petit cul', 'ta petite chatte', 'ta petite culotte', 'te prendre par derrière',
  'à quatre pattes devant moi', 'une sodo', 'sodo', 'chaudasse', 'bombasse',
]);

/** What the reader is told they would undergo, or how they are pictured undressed: implication without a picture request. */
const NUDE_STATES = ['en petite tenue', 'en tenue légère', 'en sous-vêtements', 'en sous vêtements', 'en string', 'en lingerie', 'en nuisette', 'à poil',
  'toute nue', 'tout nu', 'nue', 'sans rien sur toi', 'sans culotte', 'sans soutif', 'en bikini', 'en culotte', 'en slip', 'en caleçon', 'en boxer',
  'en soutif', 'en soutien-gorge', 'sans rien', 'sans string'];
const SEXUAL_IMPLICATION = withPlain([
  ...pairs(['te voir', 'je veux voir', 'te mater', 'mets toi', 'montre toi', 'tu dors', "t'es", 'tu es', 'tu te mets'], NUDE_STATES),
  'ce que je te ferais', 'tout ce que je te ferais', 'ce que je pourrais te faire', 'ce que je te ferais subir', 'je te ferais des trucs',
  'je te ferais crier', 'je te prendrais', 'tu dois être bonne', 'tu dois être chaude', "t'es une chaudasse",
  'taille de bonnet', 'quel bonnet', 'tu fais quel bonnet', 'tes seins', 'tes nichons', 'tes tétons', 'tes petits seins',
  'tes gros seins', 'ton corps de rêve', 'ton corps me rend fou', 'ton corps me fait',
]);

/** Short and misspelled app names (télégramme, wsp, sc) and the requests that go with them (ajoutez-moi, mp moi, viens en pv). */
const MORE_APPS = ['télégramme', 'telegramme', 'tlg', 'tlgrm', 'wsp', 'watsapp', 'watsaap', 'whatsaap', 'sc', 'snapp', 'ig', 'kik', 'skype',
  'viber', 'twitter', 'twitch', 'bereal', 'tik tok'];
const CONTACT_REQUESTS = withPlain([
  'ajoutez moi', 'ajoutez-moi', 'addez moi', 'ajt moi', 'rajoutez moi', 'écris moi', 'écrivez moi', 'écrivez-moi', 'contactez moi', 'contactez-moi',
  'suivez moi', 'follow moi', 'mp moi', 'dm moi', 'rejoins moi sur', 'retrouve moi sur', 'retrouvez moi sur', 'viens en pv', 'viens en privé',
  'passe en pv', 'on passe sur', 'on continue sur', 'on parle sur', 'parlons sur', 'laisse ton', 'laisse moi ton', 'laissez votre', 'file ton',
  'balance ton', 'balance ta', 'balance moi', 'balance une', 'balance des', 'dis moi ton', 'envoie moi des', 'envoyez moi', 'envoyez-moi',
]);
/**
 * Asking for money or a payment: helping out, settling a fee, buying something for the writer. Not "il me faut"
 * ("il me faut deux heures pour y aller, le billet est à 40 €" states a need to nobody).
 */
const MONEY_REQUESTS = withPlain([
  "tu peux m'aider", 'tu pourrais m’aider', "tu pourrais m'aider", 'aide moi', 'aidez moi', "m'aider financièrement",
  'tu peux régler', 'tu peux payer', 'tu pourrais payer', 'tu pourrais régler', 'peux-tu payer', 'payer pour moi', 'régler pour moi', 'paye moi',
  'paie moi', 'achète moi', 'achète-moi', 'tu peux m’acheter', "tu peux m'acheter", "tu m'achètes", 'offre moi', 'tu m’offres', "tu m'offres",
]);
/** Money as people name it: the euro sign (500€ stays one word), slang (moula, flouze), gift cards and prepaid coupons scammers ask for. */
/** "des sous" stays out: "des sous-titres", "des sous-vêtements". */
const MORE_MONEY = withPlain([
  '€', 'k€', 'moula', 'moulaga', 'flouze', 'maille', 'en espèces', 'en liquide',
  'virement bancaire', 'paysafecard', 'paysafe', 'carte steam', 'cartes steam', 'carte amazon', 'carte apple', 'carte itunes', 'carte cadeau',
  'cartes cadeaux', 'carte google play', 'carte prépayée', 'transcash', 'neosurf', 'bitcoins', 'les frais', 'des frais',
]);

/**
 * Recall additions, by family: the reader told they stink or are brainless; persistence and coming back
 * after a block; death wished on the reader as advice; sexual wants said with "envie de" and sexual questions;
 * body compliments; lottery bait and follow-back spam; credential asks; returns per day or week, doubling
 * money, platforms to join, parcels held at customs; asking for pictures with "je veux / t'aurais"; dating
 * posts; job hunting, shops, crowdfunding; property burned and catching the reader; jumping to one's death;
 * what smears say groups do.
 */
const TIME_SEEN = ['hier', 'ce matin', 'ce soir', "aujourd'hui", 'encore', "tout à l'heure", 'la dernière fois', 'la semaine dernière'];
const MORE = {
  insult: withPlain([
    ...pairs(['tu pues', 'tu schlingues', 'tu refoules', 'vous puez'], ['la merde', 'du cul', 'de la gueule', 'la mort', 'le cadavre', 'la pisse']),
    ...pairs(["t'as un qi de", 'tu as un qi de', 'tas un qi de', 'ton qi de', "t'as le qi d'une", "t'as le qi d'un", 'qi de', "qi d'une", "qi d'un"], [
      'bulot', 'moule', 'huître', 'huitre', 'poisson rouge', 'mouche', 'pigeon', 'chèvre', 'crevette', 'limace', 'poulpe', 'huître', 'endive', 'huitre morte',
    ]),
    "t'as zéro qi", 'qi négatif', 'cerveau de poulet', 'cerveau de mouche', 'cerveau de bulot', "t'as un cerveau de", 'tu as un cerveau de',
    'gros tas de merde', 'espèce de gros tas', 'sale gros tas', "t'es qu'un gros tas",
    ...pairs(['ferme', 'fermes', 'fermez', 'ferme moi', 'ferme-moi'], ['ta grande gueule', 'ta sale gueule', 'ta putain de gueule', 'ta grosse gueule', 'votre gueule', 'vos gueules',
      'ta grande bouche', 'ta sale bouche']),
    'tu me fais gerber', 'tu me donnes envie de vomir', 'tu me fais vomir', 'tu me répugnes', 'tu me files la gerbe', 'tu me débectes', 'tu me donnes la gerbe',
  ]),
  harassment: withPlain([
    ...pairs(['je sais', 'jsais', 'je connais', 'on sait', 'je sais très bien', "j'ai trouvé"], ['dans quelle école tu', 'dans quel lycée tu', 'dans quelle fac tu', 'dans quelle classe tu',
      'quel bus tu prends', 'quel train tu prends', 'à quelle école tu', 'où tu fais du sport', 'où va ta fille', 'où vont tes enfants', 'avec qui tu vis', 'ta plaque',
      'où vivent tes parents', 'où bosse ta mère', 'où travaille ta mère', 'quelle voiture tu conduis', 'à quelle heure tu te couches']),
    ...pairs(['si tu me bloques', 'si tu me bloque', 'si tu me bloques encore', 'tu peux me bloquer', 'même si tu me bloque'], ['je recrée', 'je reviens', 'je te retrouve', 'je te retrouverai', 'je crée', 'je vais créer', 'jte retrouve', 'je ferai un autre']),
    ...pairs(['comptes pour', 'compte pour', 'faux compte pour', 'faux comptes pour', 'autre compte pour', 'nouveau compte pour'], ['te parler', 'te harceler', 'te retrouver', "t'écrire", 'te suivre', 'te contacter']),
    ...pairs(['réponds', 'réponds moi', 'répond', 'répond moi', 'répondez moi'], ['ou je continue', 'ou tu vas voir', 'ou ça va mal finir', 'sinon tu vas voir', 'sinon je continue', 'sinon je viens', 'sinon je débarque', 'sinon je te']),
    'tant que tu réponds pas', 'tant que tu me réponds pas', 'tant que tu ne réponds pas', 'tant que tu ne me réponds pas', 'si tu me réponds pas je viens',
    'si tu me réponds pas je continue',
    "je vais continuer à t'écrire", "je continuerai à t'écrire", "je vais t'écrire toute la nuit", 'je vais te spammer', 'je te spammerai', "je t'écrirai jusqu'à",
    'je vais pas arrêter de t’écrire', "je vais pas arrêter de t'écrire",
    ...pairs(["je t'ai vu", "je t'ai vue", 'jtai vu', 'jtai vue', "je t'ai aperçu", "je t'ai aperçue"].flatMap((seen) => TIME_SEEN.map((time) => `${seen} ${time}`)), [
      'sortir de chez toi', 'rentrer chez toi', 'sortir du boulot', 'sortir du travail', 'sortir de la salle', 'sortir de la fac', 'sortir du lycée', 'à ta fenêtre',
      'en bas de chez toi', 'devant chez toi', 'avec ton copain', 'avec ta copine',
    ]),
    ...pairs(['je te suis', 'je te suivais', 'je vais te suivre', 'je te suivrai', 'je te suis discrètement'], ['dans la rue', 'depuis la gare', 'depuis le métro',
      "jusqu'à chez toi", 'jusque chez toi', 'en voiture', 'à la sortie', 'depuis ton boulot', 'depuis ton travail', "depuis l'école", 'depuis la fac']),
    ...pairs(['tu devrais', 'tu ferais mieux de', 'va', 'va donc', 'vas', 'tu peux aller', 'va juste'], ['te pendre', 'te tuer', 'te suicider', 'crever', 'te jeter sous un train',
      "te jeter d'un pont", "te foutre en l'air", 'mourir', 'te flinguer']),
  ]),
  sexual: withPlain([
    ...pairs(["j'ai envie de", 'jai envie de', 'envie de', 'besoin de', 'je veux', 'jveux', 'je vais', 'jvais', 'laisse moi', 'je rêve de', 'je voudrais', "j'aimerais"], [
      'te sucer', 'te lécher partout', 'te lécher la', 'te baiser', 'te doigter', 'baiser', 'sexe', 'coucher avec toi', 'jouir', 'te faire jouir',
      'sucer ta', 'sucer une', 'lécher ta',
    ]),
    'te sucer', 'je te suce', 'je te sucerais', 'je te lèche', 'je te lécherais', 'me sucer', 'suce moi', 'suce-moi',
    ...pairs(['je me touche', 'je me caresse', 'me toucher', 'me caresser', 'je me branle'], ['en pensant à toi', 'en pensant a toi', 'pour toi', 'devant toi', 'en te parlant', 'en regardant ta photo', 'en regardant tes photos']),
    'je me caresse', 'je me masturbe',
    ...pairs(['facetime', 'appel', 'appel vidéo', 'visio', 'live', 'cam', 'vidéo', 'vidéos', 'sexto', 'snap', 'photos', 'photo', 'tchat', 'discussion', 'soirée'], [
      'coquin', 'coquine', 'coquins', 'coquines', 'hot', 'cochon', 'cochonne', 'cochons', 'cochonnes', 'sexy', 'osé', 'osée', 'osées', 'érotique', 'érotiques',
    ]),
    'je suis excitée pour toi', 'je suis excité pour toi', 'je suis chaude pour toi', 'je suis chaud pour toi',
  ]),
  'sexual-harassment': withPlain([
    ...pairs(["t'as déjà", 'tu as déjà', 'tas déjà', 'tu as deja', "t'as deja"], ['sucé', 'baisé', 'couché avec', "fait l'amour", 'fait une pipe', 'léché', 'joui', 'fait une levrette', 'fait un plan à trois', 'fait la sodo']),
    ...pairs(["t'aimes", 'tu aimes', 'tu kiffes', 'tu préfères', 'tu aime', "t'aime", 'vous aimez'], ['le sexe', 'baiser', 'sucer', 'la sodomie', 'la sodo', 'la levrette', 'le sexe anal',
      'te faire prendre', 'te faire baiser', 'les grosses bites', 'être dominée', "faire l'amour", 'les plans cul', 'te faire lécher']),
    ...pairs(['beau', 'joli', 'ton beau', 'ton joli', 'ton gros', 'ce beau', 'ce joli', 'un beau', 'un joli', 'un gros', 'ton petit'], ['cul', 'boule', 'popotin']),
    ...pairs(['beaux', 'jolis', 'gros', 'quels', 'tes beaux', 'tes jolis', 'de beaux', 'de gros', 'de jolis', 'des gros', 'des beaux', 'des petits', 'des jolis', 'tes petits'], ['seins', 'nichons', 'tétons', 'lolos', 'obus']),
    ...pairs(['belle', 'jolie', 'quelle', 'ta belle', 'ta jolie', 'ta grosse', 'une belle', 'une grosse', 'une jolie', 'ta petite'], ['poitrine', 'paire de seins', 'paire de fesses']),
    ...pairs(['belles', 'jolies', 'quelles', 'tes belles', 'tes jolies', 'de belles', 'des belles', 'tes petites'], ['fesses', 'miches', 'loches']),
    'te mettre à poil', 'te mettre nue', 'te dessaper', 'arracher tes vêtements', 'enlever ta culotte', 'enlever ton soutif', 'retirer ta culotte', 'te voir à poil', 'te voir nue',
    'je rêve de te déshabiller', 'tu dors nue', 'tu dors toute nue', 'tu dors en culotte', 'tu portes une culotte', 'tu portes un string', 'tu mets des strings',
    'quelle taille de seins', 'tu fais quelle taille de soutif', 'tes seins sont', 'tes fesses sont', 'ton cul est',
  ]),
  spam: withPlain([
    ...pairs(['gagner', 'gagne', 'gagnez', 'remporter', 'remporte', 'remportez', 'tente de gagner', 'tentez de gagner', 'pour gagner', 'chance de gagner'], [
      'un iphone', 'un ipad', 'un macbook', 'une ps5', 'une playstation', 'un samsung', "un bon d'achat", 'une carte cadeau', 'un chèque cadeau', 'des cadeaux', 'un voyage gratuit',
      'des bons d’achat', "des bons d'achat", 'une console',
    ]),
    'clique sur ce lien pour', 'cliquez sur ce lien pour',
    'follow en retour', 'je follow en retour', 'suivi en retour', 'je suis tout le monde en retour',
    'abonnement en retour', 'abonnés gratuits', 'followers gratuits', 'likes gratuits', 'vues gratuites', 'gagne des abonnés', 'gagner des abonnés', 'gagnez des abonnés',
    'booste ton compte', 'boostez votre compte', 'en cliquant ici', 'en cliquant sur le lien', 'en cliquant sur ce lien',
  ]),
  phishing: withPlain([
    'identifiant et mot de passe', 'identifiant et ton mot de passe', 'identifiants et mot de passe', 'tes identifiants', 'vos identifiants', 'ton login',
    "tes codes d'accès", "vos codes d'accès", 'ton code secret', 'code secret de ta carte', 'ton code pin', 'ton code de carte', 'ton mot de passe stp',
    ...pairs(['votre compte', 'ton compte', 'votre profil', 'ton profil'], ['est signalé', 'a été signalé', 'a ete signale', 'sera supprimé', 'va être supprimé', 'sera bloqué', 'va être bloqué',
      'sera fermé', 'va être fermé', 'va être suspendu', 'sera suspendu', 'est suspendu', 'a été restreint']),
    'connecte toi via ce lien', 'connectez vous via ce lien',
  ]),
  fraud: withPlain([
    "besoin d'aide financière", "besoin d'une aide financière", "besoin d'un coup de main financier", 'aidez moi financièrement', 'aide moi financièrement',
    'aider financièrement', "m'aider financièrement", 'un soutien financier', 'dépanner financièrement',
    'de la part de hellotalk', 'au nom de hellotalk', 'sécurité de hellotalk', 'votre compte hellotalk',
    ...pairs(['de rendement', 'de profit', 'de profits', 'de bénéfice', 'de bénéfices', 'de gains', 'de gain', 'de rentabilité', "d'intérêts", "d'intérêt", 'de retour sur investissement', 'rendement', 'profit', 'gains'], [
      'par jour', 'par semaine', 'chaque jour', 'chaque semaine', 'en une semaine', 'en 24h', 'hebdomadaire', 'journalier', 'quotidien', 'garanti', 'garantis', 'assuré', 'assurés',
    ]),
    ...pairs(['doubler', 'double', 'doubles', 'tripler', 'triple', 'multiplier', 'multiplie', 'décupler', 'peut doubler', 'peux doubler'], [
      'ton argent', 'votre argent', 'ton capital', 'votre capital', 'ta mise', 'votre mise', 'ton investissement', 'votre investissement', 'ton dépôt', 'votre dépôt', 'tes économies', 'vos économies',
    ]),
    ...pairs(['rejoins', 'rejoignez', 'inscris toi sur', 'inscrivez vous sur', 'entre dans', 'investis sur', 'investis via', 'inscris-toi sur'], [
      'ma plateforme', 'notre plateforme', 'mon groupe de trading', "mon groupe d'investissement", 'mon équipe de trading',
    ]),
    ...pairs(['bloqué', 'bloquée', 'bloqués', 'coincé', 'coincée'], ['à la douane', 'en douane', 'par la douane', 'aux douanes']), 'retenu par la douane', 'retenue par la douane', 'retenu en douane', 'retenue en douane',
    'payer la douane', 'payer le dédouanement', 'frais de livraison du colis', 'taxe de douane', 'taxes de douane',
    ...pairs(['tu retires', 'tu récupères', 'tu reçois', 'tu touches', 'et tu retires', 'vous retirez', 'vous recevez', 'vous récupérez', 'retirer', 'récupérer'], ['le double', 'le triple', 'deux fois plus', 'trois fois plus', 'dix fois plus']),
    'dépose sur ce site', 'dépose sur la plateforme', 'déposer sur la plateforme', 'dépôt sur la plateforme',
  ]),
  dating: withPlain([
    ...pairs(['qui veut', 'qui voudrait', "quelqu'un veut", 'une fille veut', 'une meuf veut', 'un mec veut', 'qui serait partant pour', 'qui serait partante pour'], [
      'sortir avec moi', 'être ma copine', 'être mon copain', 'être ma meuf', 'être mon mec', 'me rencontrer', 'un date', 'un rencard', 'se marier avec moi', "m'épouser",
      'être ma femme', 'être mon mari', 'être ma valentine',
    ]),
    ...pairs(['trouver', 'rencontrer', 'je cherche', 'cherche', 'à la recherche de', 'en quête de', 'ici pour trouver', 'pour trouver'], [
      'ma future femme', 'ma future épouse', 'mon futur mari', 'mon futur époux', 'ma future copine', 'mon futur copain', 'ma moitié', "l'âme sœur", "l'âme soeur",
      "l'amour de ma vie", 'une relation sérieuse', 'ma future compagne', 'la femme de ma vie', "l'homme de ma vie", 'une femme sérieuse', 'un homme sérieux',
    ]),
  ]),
  ads: withPlain([
    'je cherche un boulot', 'cherche un boulot', 'cherche du boulot', 'je cherche du boulot', "à la recherche d'un emploi", "à la recherche d'un travail", "à la recherche d'un job", 'disponible pour travailler', 'dispo pour travailler',
    'ma cagnotte', 'notre cagnotte', 'soutenez ma', 'soutenez mon projet', 'participez à ma', 'lien de la cagnotte', 'lien de ma cagnotte', 'aidez moi à financer',
    'aidez nous à financer', 'aidez moi à récolter', 'chaque don compte', 'tout don est le bienvenu',
    'sur toute la boutique', 'sur tout le site', 'sur tout le magasin', 'ma boutique en ligne', 'notre boutique en ligne', 'ma boutique etsy', 'ma boutique vinted',
    'avec le code promo', 'livraison partout', 'livraison dans toute la france', 'envoi partout en france', 'envoi dans toute la france', 'expédition partout',
    'commandes ouvertes', "€ l'heure", '€ la leçon', '€ le cours', 'euros le cours',
    'visitez ma boutique', 'passez commande',
    // follow-for-follow self-promotion
    'suivez-moi je', 'suivez moi je', 'retour 100', 'retour à 100', 'retour assuré',
  ]),
  drugs: withPlain([
    ...pairs(['on se fait un', 'se faire un', 'je me fais un', 'on se roule un', 'on se fume un', 'tu te fais un', 'se taper un', 'on se tape un', 'je me roule un', 'je me fume un'],
      ['joint', 'pétard', 'bédo', 'spliff', 'oinj', 'blunt', 'pilon']),
    'un pochon', 'pochon de', 'de la came', 'du crack', 'fumer du crack', 'poppers', 'ballons de proto', 'gaz hilarant', 'gober un cachet', 'gober un taz',
    'gober une pilule', 'une trace de coke', 'sniffer de la', 'un plan beuh', 'un plan shit', 'plan coke', 'chercher de la beuh',
    'acheter de la beuh', 'acheter du shit', 'acheter de la coke', 'qui a du shit', 'qui a de la coke',
  ]),
  threat: withPlain([
    ...pairs(['je vais brûler', 'je vais cramer', 'jvais cramer', 'jvais brûler', 'je brûle', 'je crame', 'on va brûler', 'on va cramer', 'je vais incendier',
      'je vais foutre le feu à', 'je fous le feu à', 'on va foutre le feu à', 'je vais défoncer', 'je vais exploser', 'je vais casser', 'je vais péter'], [
      'ta voiture', 'ta caisse', 'ta maison', 'ta baraque', 'ton appart', 'ton appartement', 'ta bagnole', 'ton scooter', 'ta moto', 'ton magasin', 'ton resto', 'ta boutique',
    ]),
    'je vais crever tes pneus', 'je crève tes pneus',
    'si je te chope', 'quand je te chope', 'que je te chope', 'le jour où je te chope', 'si jte chope', 'quand jte chope', "si je t'attrape", "quand je t'attrape",
    "que je t'attrape",
  ]),
  timedThreats: withPlain(['ce soir', 'demain', 'bientôt', 'cette nuit']).flatMap((time) => withPlain(['tu meurs', "t'es mort", "t'es morte", 'tu crèves', 'tu vas crever']).map((end) => ({
    term: `${time} ${end}`, unless: ['de rire', 'de faim', 'de froid', 'de chaud', 'de fatigue', 'de honte', "d'ennui"].map((why) => `${time} ${end} ${why}`),
  }))),
  'self-harm': withPlain([
    ...pairs(['me jeter', 'me balancer', 'je me jette', 'je me balance', 'je vais me jeter', 'je vais me balancer', 'me laisser tomber', 'je vais sauter'], [
      'du pont', "d'un pont", 'du haut du pont', 'par la fenêtre', 'du balcon', 'du toit', "d'un immeuble", "du haut d'un immeuble", 'sous un train', 'sous le train', 'sous le métro',
      'sous une voiture', 'sous un camion', "d'une falaise", 'dans le vide',
    ]),
    "me foutre en l'air", "je vais me foutre en l'air", 'me tirer une balle', 'me mettre une balle', "m'ouvrir les veines", 'me tailler les veines',
    'je veux partir pour toujours', 'envie de partir pour toujours', 'je veux mourir ce soir', 'plus envie de vivre',
  ]),
  negative: withPlain([
    'dirigent le monde', 'contrôlent le monde', 'controlent le monde', 'contrôlent les médias', 'contrôlent les banques', 'dirigent les banques', 'dirigent les médias',
    'possèdent tout', 'mangent des chiens', 'mangent les chiens', 'mangent des chats', 'volent nos emplois', 'volent notre travail', 'prennent nos emplois',
    'nous prennent le travail', 'apportent des maladies', 'ramènent des maladies', 'violent nos femmes', 'violent les femmes', 'vivent sur notre dos',
    'vivent aux crochets', 'profitent des allocs', 'vivent des allocs', 'touchent les allocs',
  ]),
  request: withPlain([
    'tu me donnes', 'tu me donne', 'tu me files', 'tu me file', 'tu me passes', 'tu me laisses', 'tu peux me donner', 'tu pourrais me donner', 'tu veux bien me donner',
    'vous pouvez me donner', 'tu me donnerais', 'donnez moi', 'passez moi', 'filez moi', 'tu peux me passer', "tu m'ajoutes", "tu peux m'ajouter", 'envoi moi', 'envois moi',
    'tu peux me montrer', 'tu me montres',
    ...pairs(['je veux', 'je voudrais', "j'aimerais", 'jveux', 'tu aurais', "t'aurais", "t'aurais pas", 'tu aurais pas', "t'as pas", 'tu as pas', 'tu as', "t'as",
      'tu peux me faire', 'fais moi', 'tu me fais', 'je peux avoir', 'je pourrais avoir', 'on peut avoir'], [
      'une photo', 'des photos', 'une pic', 'une tof', 'une vidéo', 'une photo récente', 'une autre photo', 'plus de photos', "d'autres photos", 'une vraie photo',
    ]),
  ]),
  picture: withPlain(pairs(['photo', 'photos', 'pic', 'selfie', 'tof', 'vidéo'], ['de ton visage', 'de ta tête', 'de ta tronche', 'de ta face', 'de ton corps', 'de ton sourire', 'de ta bouche'])),
};

/** Sexual talk aimed at the reader: their body undressed, kissed all over, moaning; being aroused by them. */
const AIMED_DESIRE = [
  'ta voix m’excite', "ta voix m'excite", "tu m'excites", 'tu m’excites', "t'entendre gémir", 't’entendre gémir', 'te faire gémir',
  'chaque centimètre de ton corps', 'je te déshabille', 'te déshabiller', 'nue dans mon lit', "t'imaginer nue", 't’imaginer nue',
];
/** Likening a group to animals, dirt or disease, calling them thieves, saying they live off others, wanting them thrown out: contempt next to a group. */
const HATE_LIKENESS = [
  'une maladie pour', 'sont une maladie',
  'comme des animaux', 'comme des rats', 'une plaie', 'dans la saleté', 'dans la salete', 'tous des voleurs',
  'que des voleurs', 'dehors tous', 'qu’ils restent chez eux', "qu'ils restent chez eux", 'rentrez chez vous', 'à virer', 'a virer',
  // What xenophobes say migrants come for: benefits, our taxes, our jobs.
  'vivent des aides', 'vivent des allocs', 'vivent de nos impôts', 'volent nos emplois', 'piquent notre travail', 'prennent notre travail', 'viennent pour les allocs',
];

export const fr: Lexicon = {
  lang: 'fr',
  terms: {
    insult: [
      ...MORE.insult,
      ...AIMED_INSULTS,
      'tête de cul',
      't\'es qu\'une merde', 't\'es qu\'une grosse merde', 'tu n\'es qu\'une merde', 'espèce de merde',
      'connard', 'connards', 'connasse', 'connasses', 'conne', 'connes', 'pauvre con', 'sale con', 'gros con', 'espèce de con', 'espece de con',
      'petit con', 'bande de cons', 'quel con', 't’es con', "t'es con", 'tes con', 't’es conne', "t'es conne", 'tes conne', 'salope', 'salopes',
      'salaud', 'salauds', 'salopard', 'enculé', 'encule', 'enculés', 'encules', 'enculée', 'enfoiré', 'enfoire', unlessAfter(['concert des', 'spectacle des', 'tournée des', 'chanson des'])('enfoirés'), 'enfoirée', 'fils de pute',
      'fdp', 'fils de chien', 'ntm', 'nique ta mère', 'nique ta mere', 'nique ta race', 'ntr', 'nique ta grand-mère', 'ta mère la pute',
      'ta mere la pute', 'ta gueule', 'ferme ta gueule', 'ftg', 'ferme-la', 'va te faire foutre', 'va te faire enculer', 'vtff', 'va te faire',
      'va chier', 'casse-toi', 'casse toi', 'dégage connard', ...['bâtard', 'batard'].map(unlessAfter(['pain', 'un pain', 'le pain'])), 'bâtards', 'batards', 'abruti', { term: 'abrutie', unless: SELF_LABELS('abrutie') }, 'abrutis', 'crétin',
      'cretin', { term: 'crétine', unless: SELF_LABELS('crétine') }, { term: 'débile', unless: SELF_LABELS('débile') }, 'debile', 'débiles', 'attardé', 'attarde', 'mongolien', 'triso', 'trisomique',
      { term: 'idiote', unless: SELF_LABELS('idiote') }, 'imbécile', 'imbecile', 'sous-merde', 'sous merde', 'merdeux', 'merdeuse', 'pétasse', 'petasse', 'pouffiasse', 'poufiasse', 'grognasse',
      'trainée', 'traînée', 'catin', 'garce', 'pute', 'putes', 'sale pute', 'grosse pute', 'bouffon', 'bouffonne', 'tocard', 'tocarde', 'boloss',
      'bolosse', 'cassos', 'trou du cul', 'trouduc', 'tête de nœud', 'tete de noeud', 'tête de con', 'tete de con', 'face de rat',
      'sac à merde', 'sac a merde', 'grosse vache', 'gros porc', 'sale porc', 'sale pd', 'gros pd', 'espèce de pd', 'pd va', 't’es moche', "t'es moche", 'tes moche', 'personne ne t’aime',
      "personne ne t'aime", 'personne t’aime', "personne t'aime", 'suce ma bite', 'suce-moi', 'va sucer', 'lèche-cul', 'leche cul', 'pd de merde',
      'mange de la marde', 'mange d’la marde', "mange d'la marde", 'mange de la merde', 'niaiseux', 'niaiseuse', 'gros cave', 'maudit cave',
      'espèce de cave', 'ma tabarnak', 'mon tabarnak', 'mange un char de marde', 'ostie de cave', 'crisse de cave', 'osti de mongol',
    ],
    harassment: [
      // Driving the reader away (nobody here likes you, delete your account) and pestering till they answer.
      "jusqu'à ce que tu craques", 'personne ici ne t’aime', 'personne te supporte', 'tout le monde se moque de toi', 'supprime ton compte', 'dégage de l’appli',
      // Stalking the reader: knowing where they live or work or their child's school, watching them, catching them alone.
      'je connais ta rue', 'je connais ton adresse', 'je sais dans quelle école',
      ...MORE.harassment,
      ...STALKING,
      'je sais où tu bosses', 'je sais où tu travailles', 'je t\'attendrai devant',
      'te pécho à la sortie', 'jvais te pécho',
      'je sais où tu habites', 'je sais ou tu habites', 'je sais où t’habites', "je sais où t'habites", 'je sais ou t habites', 'je sais où tu vis',
      'je connais ton adresse', 'je te surveille', 'je t’observe', "je t'observe", 'je vais te retrouver', 'je vais te trouver', 'tu peux pas te cacher',
      'tu ne peux pas te cacher', 'je vais balancer tes photos', 'je vais publier tes photos', 'je vais leak tes nudes', 'je vais diffuser tes nudes',
      'je vais pourrir ta vie', 'je vais te pourrir la vie', 'je vais ruiner ta vie', 'va te tuer', 'tue-toi', 'tue toi', 'suicide-toi', 'suicide toi',
      'va crever', 'que tu crèves', 'que tu creves', 'que tu crèves',
      // "crève !" wishes death; "je crève de faim", "on crève de chaud", "j'ai la crève" (a cold), "ça crève les yeux" do not. Typed
      // without its accent it is as often "crevé" (worn out: "tondu toute la pelouse, creve"), so alone it needs the accent.
      'creve salope', 'creve connard', 'creve conne', 'allez creve', 'creve en enfer', 'va creve',
      unlessAround(
        ['je', 'j', 'on', 'la', 'une', 'ma', 'sa', 'ta', 'ça me', 'ca me', 'ça', 'ca', 'il', 'elle', 'me', 'ce boulot me', 'ce taf me'],
        ['de', "d'", 'd’', 'les yeux', "l'écran", 'l ecran', 'le cœur', 'le coeur', 'cœur', 'coeur', 'le plafond'],
      )('crève'),
      'crève salope', 'j’espère que tu vas crever', "j'espère que tu vas crever", 'jespere que tu vas crever',
      'j’espère que tu meurs', "j'espère que tu meurs", 'pends-toi', 'pends toi', 'réponds salope', 'reponds salope',
    ],
    curse: [
      // "p'tain" normalises to two words; "ce con" is never Spanish "con" (with)
      'ptain', 'p tain', 'ptn de', 'ce con', 'ces cons', 'cette conne', 'merdique', 'merdiques', 'chiotte', 'chiottes', 'foutu', 'foutue', 'foutus',
      'foutues', 'qu’est-ce que tu fous', "qu'est-ce que tu fous", 'tu fous quoi', "qu'est-ce qu'il fout", 'on s’en fout', "on s'en fout",
      'on s en fout', 'jm en fous', 'jmen fous', 'osef', 'rien à branler', 'rien a branler', 'emmerdant', 'emmerdante', 'emmerdes', 'fait chié',
      'putain', 'ptn', 'ptin', 'put1', 'putin de', 'merde', 'merdes', 'mrd', 'de merde', 'bordel', 'bordel de merde', 'chier', 'fait chier', 'ça me fait chier',
      'ca me fait chier', 'fais chier', 'chiant', 'chiante', 'chiants', 'fais pas chier',
      // Italian il tg is the TV news.
      { term: 'tg', unless: ['il tg', 'al tg', 'del tg', 'dal tg', 'sul tg', 'nel tg'] }, 'couilles', 'couille', 'mes couilles',
      'se branler', 'je m’en branle', "je m'en branle", 'jmen bats les couilles', 'je m’en bats les couilles', "je m'en bats les couilles", 'foutre',
      'rien à foutre', 'rien a foutre', 'ràf', 'j’en ai rien à foutre', 'je m’en fous', // "pique-nique" is a picnic
      ...['nique', 'niquer', 'niqué', 'niques', 'niquent'].map((term) => ({ term, unless: [`pique-${term}`, `pique ${term}`] })), 'nique sa mère',
      'nique sa mere', 'nsm', 'bordel de dieu', 'nom de dieu', 'bon dieu de merde', 'saloperie', 'saloperies', 'connerie', 'conneries', 'emmerder',
      'emmerdeur', 'emmerdeuse', 'emmerdé', 'fait iech', 'ça me saoule', 'ptn de merde', 'wesh gros putain', 'tabarnak', 'tabarnac', 'tabarnaque',
      'tabarouette', 'câlisse', 'calisse', 'caliss', 'crisse', 'ostie', 'osti', 'estie', 'esti',
      'ciboire', 'saint-ciboire', 'viarge', 'marde', 'de la marde', 'crisse de', 'chriss', 'mautadit', 'maudit crisse', 'enculer',
      'enculé de ta race', 'pute de merde', 'mon cul', 'trou de balle', 'chatte à ta mère', 'chatte a ta mere',
    ],
    sexual: [
      ...MORE.sexual,
      ...SEXUAL_SLANG,
      'te faire prendre', 'te faire défoncer',
      // "je suis dur de la feuille" is hard of hearing
      { term: 'je suis tout dur', unless: ['je suis tout dur de la feuille'] },
      // "tu suces ?" is the proposition; a thumb or a sweet is not.
      { term: 'tu suces', unless: ['tu suces ton pouce', 'tu suces des bonbons', 'tu suces une glace', 'tu suces des glaçons'] },
      'baiser avec toi', 'on baise', 'on va baiser', 'on pourrait baiser', 'viens baiser', 'je veux baiser', 'veux baiser', 'tu baises', 'baise-moi', 'baise moi', 'niquer avec', 'on nique', 'baiser ce soir',
      'faire l’amour avec toi', "faire l'amour avec toi", 'coucher avec toi', 'on couche ensemble', 'porno', 'faire du sexe', 'du sexe avec', 'parler de sexe',
      'porn', 'pornographie', 'nudes', 'nude', 'toute nue', 'tout nu', 'je suis nue', 'photo nue', 'photos nues',       'chaude comme', 'je bande', 'ça me fait bander', 'branlette', 'branler',
      'me branler', 'je me branle', 'masturber', 'me masturber', 'masturbation', 'une pipe', 'tailler une pipe',
      'fellation', 'cunni', 'sodomie', 'levrette', 'en levrette', 'gode', 'godemichet', 'plan cul', 'plans cul', 'sexto', 'sextos',
      'ma bite', 'ta chatte', 'grosse bite', 'ta bite', 'nichons', 'gros seins', 'gros nichons', 'foufoune', 'teub', 'zizi', 'chibre',
      'partouze', 'plan à trois', 'plan a trois', 'cam coquine', 'webcam coquine', 'sexcam', 'onlyfans',
      'contenu +18', 'contenu adulte', 'vends nudes', 'vend nudes',
    ],
    'sexual-harassment': [
      // Asked about their virginity or sex life, or for something 'spicy'.
      'encore vierge', 'photo coquine', 'photos coquines', 'envoie-moi un truc chaud',
      // A stranger asked up to a hotel room, told they must be good in bed, or that the speaker wants to touch them.
      'viens dans ma chambre d’hôtel', 'doué au lit', 'douée au lit', 'une bombe au lit', 'envie de te toucher',
      ...AIMED_DESIRE,
      ...MORE['sexual-harassment'],
      ...SEXUAL_IMPLICATION,
      'envoie des nudes', 'envoie nudes', 'envoie-moi des nudes', 'envoie moi des nudes', 'envoie une photo nue', 'envoie-moi une photo de tes seins',
      'montre-moi tes seins', 'montre moi tes seins', 'montre tes seins', 'montre tes fesses', 'montre-moi tes fesses', 'montre moi tes fesses',
      'montre-moi ton corps', 'montre moi ton corps', 'montre ta chatte',
      // An outfit for an occasion: "tu portes quoi pour le mariage", "tu portes quoi ce soir pour la soirée".
      unlessBefore(['pour', 'ce soir pour', 'demain', 'à', 'au', 'samedi', 'ce week-end', 'comme chaussures', 'comme robe', 'comme tenue', 'comme costume'])('tu portes quoi'), 'tu portes quoi là', 'tu portes quoi comme culotte',
      'quelle couleur ta culotte', 'quelle couleur est ta culotte', 'couleur de ta culotte', 'taille de soutif', 'ta taille de soutien-gorge',
      'bonnet de quelle taille', 't’es vierge', "t'es vierge", 'tes vierge', 'tu es vierge', 'tu veux baiser', 'tu veux coucher avec moi',
      'je veux te baiser', 'je vais te baiser', 'je veux te toucher', 'je veux te lécher', 'je veux te lecher', 'je veux te sucer', 'je veux te prendre',
      'tu me fais bander', 'tu m’excites', "tu m'excites", 'tu mexcites', 't’es bonne', "t'es bonne", 'tes bonne', 't’es trop bonne', "t'es trop bonne",
      'tes trop bonne', 'bonne à baiser', 'enlève tes vêtements', 'enleve tes vetements', 'déshabille-toi', 'deshabille toi', 'déshabille toi', 'sans vêtements',
      'sans vetements', 'écarte les jambes', 'ecarte les jambes', 'viens dans mon lit', 'assieds-toi sur moi', 'je vais te violer', 'je veux te violer',
      'appel vidéo nue', 'appel video nue',
      // Which underwear the reader has on, asked without a possessive ("t'as quoi comme culotte").
      ...withPlain(pairs(["t'as quoi comme", 'tu as quoi comme', 'tas quoi comme', 'tu mets quoi comme', "t'as mis quoi comme", 'tu portes quelle', 'quelle couleur ta', 'de quelle couleur est ta', "c'est quoi la couleur de ta", 'c quoi la couleur de ta'], ['culotte', 'petite culotte', 'lingerie'])),
      ...withPlain(pairs(["t'as quoi comme", 'tu as quoi comme', 'tas quoi comme', 'tu mets quoi comme', "t'as mis quoi comme", 'tu portes quel', 'quelle couleur ton', 'de quelle couleur est ton', "c'est quoi la couleur de ton", 'c quoi la couleur de ton'], ['string', 'soutif', 'soutien-gorge', 'tanga'])),
    ],
    spam: [
      // Drawing readers to one's own profile and trading follows.
      'passez sur mon profil', 'passe sur mon profil', 'allez voir mon profil', 'va voir mon profil', 'abonne-toi je m’abonne', 'je m’abonne en retour',
      ...MORE.spam,
      'des gagnants', 'parmi les gagnants', 'heureux gagnant', 'heureuse gagnante', 'tu as été tiré au sort', 'vous avez été tiré au sort',
      'tu as été tirée au sort', 'clique vite', 'cliquez vite', 'clique sur ce lien', 'cliquez sur ce lien', 'clique sur mon lien',
      ...withPlain(pairs(['récupérer', 'récupère', 'récupérez', 'réclamer', 'réclame', 'réclamez', 'retirer', 'retire', 'retirez', 'obtenir', 'obtiens', 'obtenez'], [
        'ton lot', 'votre lot', 'ton gain', 'tes gains', 'vos gains', 'votre gain', 'ton cadeau', 'votre cadeau', 'ta récompense', 'votre récompense', 'ton bonus', 'votre bonus',
      ])),
      'vous avez gagné', 'vous avez gagne', 't’as gagné', "t'as gagné", 'tu as gagné', 'tu as gagne', 'félicitations vous avez', 'felicitations vous avez',
      'vous avez été sélectionné', 'vous avez ete selectionne', 'réclamez votre', 'reclamez votre', 'récupérez votre cadeau', 'cadeau gratuit', 'iphone gratuit',
      'iphone offert', 'gagnez un iphone', 'lot à gagner', 'cliquez ici', 'clique ici', 'cliquez sur le lien', 'clique sur le lien', 'lien dans ma bio',
      'lien en bio', 'abonne-toi', 'abonnez-vous', 'abonne toi', 'follow back', 'je follow back', 'je suis en retour', 'partagez ce message',
      'transférez ce message', 'envoie ce message à', 'offre limitée', 'offre limitee', 'stop au 36', 'répondez stop', 'repondez stop',
    ],
    phishing: [
      ...MORE.phishing,
      // someone else's code, not "j'ai pas reçu le code de confirmation de la banque"
      ...pairs(['ton', 'votre', 'envoie moi le', 'donne moi le', 'envoie le', 'donne le'], ['code de confirmation', 'code de validation', "code d'activation", 'code sms']),
      'envoie moi ton code', 'donne moi ton code', 'donne ton code', 'envoie ton code', 'vérifier ton profil', 'verifier ton profil', 'valider ton compte',
      'valider ton profil', 'certifier ton compte', 'certifier ton profil', 'compte sera désactivé', 'compte sera desactive', 'compte va être désactivé',
      'profil sera désactivé', 'connectez-vous ici',
      'connectez vous ici', 'connecte toi ici', 'connecte-toi ici', 'identifiez-vous ici', 'connecte toi sur ce lien',
      'vérifiez votre compte', 'verifiez votre compte', 'vérifie ton compte', 'verifie ton compte', 'confirmez votre compte', 'confirme ton compte',
      'votre compte sera suspendu', 'votre compte a été suspendu', 'votre compte a ete suspendu', 'ton compte va être supprimé', 'ton compte a été bloqué',
      'votre compte a été bloqué', 'entrez votre mot de passe', 'donne-moi ton mot de passe', 'donne moi ton mot de passe', 'c’est quoi ton mot de passe',
      "c'est quoi ton mot de passe", 'ton mdp', 'code de vérification', 'code de verification', 'donne-moi le code', 'donne moi le code', 'envoie-moi le code',
      'envoie moi le code', 'le code que tu as reçu', 'le code que tu as recu', 'code à 6 chiffres', 'code a 6 chiffres', 'code reçu par sms',
      'le cryptogramme', 'activité suspecte',
      'activite suspecte', 'connexion inhabituelle', 'mettez à jour vos informations', 'mettre à jour votre paiement', 'cliquez sur le lien ci-dessous',
      'donne ton mot de passe', 'envoie ton mot de passe', 'envoie-moi ton mot de passe', 'envoie moi ton mot de passe', 'dis-moi ton mot de passe',
      'dis moi ton mot de passe', 'écris ton mot de passe', 'ecris ton mot de passe', 'quel est ton mot de passe', 'quel est votre mot de passe',
      'donnez votre mot de passe', 'envoyez votre mot de passe', 'communiquez votre mot de passe', 'donnez-moi votre code', 'envoyez-moi le code',
      'envoyez moi le code', 'dis-moi le code', 'dis moi le code', 'donne le code', 'envoie le code', 'le code que tu viens de recevoir',
      'le code que vous avez reçu', 'le code que vous avez recu', 'code que tu as reçu', 'code que tu as recu', 'le code par sms',
      'pour vérifier ton compte',
      'pour verifier ton compte', 'pour débloquer ton compte', 'pour debloquer ton compte', 'pour vérifier votre compte',
    ],
    ads: [
      // How promotions are worded: flash sales, a gift with every order, seats running out.
      ...withPlain(['à chaque commande', 'en mp pour le lien']),
      ...MORE.ads,
      // sales wording, tutoring offers, hiring and job hunting, follow-for-follow self-promotion
      'prix cassés', 'prix casses', 'prix cassé', 'petits prix', 'prix imbattables', 'prix imbattable', 'prix choc', 'état neuf', 'etat neuf',
      'jamais porté', 'jamais portée', 'jamais servi', 'prix négociable', 'prix negociable', 'à saisir', 'infos en mp', "plus d'infos en mp",
      "plus d'infos en dm", 'séance offerte', 'seance offerte', 'première séance offerte', 'premier cours offert', 'cours offert', "séance d'essai",
      "cours d'essai", 'je donne des cours', 'propose des cours', 'mes tarifs', '€ de l’heure', "€ de l'heure", 'euros de l’heure', "euros de l'heure",
      '€ la séance', 'euros la séance', '€ h', 'on embauche', 'nous embauchons', "j'embauche", 'je recrute', 'recrutement', 'postes à pourvoir',
      'poste à pourvoir', 'sans diplôme', 'sans diplome', 'vendeurs à domicile', 'vente à domicile', 'vendeur à domicile', 'vendeuse à domicile',
      'salaire attractif', 'rémunération attractive', 'complément de revenu', // offered or sought, not one had ("j'ai trouvé un job d'été", "mon job étudiant")
      ...['job étudiant', "job d'été", 'job d’été', 'job d ete', 'job etudiant'].map((term) => ({
        term,
        unless: pairs(['mon', 'ton', 'son', 'trouvé un', 'trouve un', 'eu un', 'fait un', 'fais un', 'ai un', 'as un', 'décroché un', 'decroche un', 'premier', 'dernier', 'pendant mon', 'à mon', 'a mon',
          'mon petit', 'trouvé un petit', 'trouve un petit', 'eu un petit', 'fait un petit', 'ai un petit', 'décroché un petit', 'decroche un petit'], [term]),
      })), 'recherche un poste', 'je recherche un poste',
      'recherche un emploi', 'je recherche un travail', 'disponible immédiatement', 'dispo immédiatement', 'cherche un taf', 'je cherche un taf',
      'suivez mon compte', 'suis mon compte', 'abonnez-vous à mon compte', 'abonne toi à mon compte', 'likez mes', 'like mes publis', 'like mes photos',
      'like pour like', 'follow pour follow', 'je rends la pareille', 'abonnement en retour', 'je like en retour', 'rejoignez mon groupe', 'rejoins mon groupe',
      'lien dans la bio',
      'sans expérience', 'par semaine depuis chez toi',
      'à vendre', 'a vendre', 'je vends', 'vends', 'livraison gratuite',
      'achetez maintenant', 'commandez maintenant', 'commande en dm', 'commandes en dm', 'prix en dm', 'prix en mp', 'dispo en mp',
      'contactez-moi en mp', 'écris-moi en mp', 'ecris moi en mp', 'en inbox pour', 'vente en gros', 'grossiste', 'cours particuliers', 'tarif horaire',
      'ma chaîne youtube', 'ma chaine youtube', 'abonnez-vous à ma chaîne', 'abonne toi à ma chaîne', 'suivez ma page', 'on recrute', 'nous recrutons',
      'offre d’emploi', "offre d'emploi", 'je cherche un travail', 'je cherche du travail', 'je cherche un emploi', 'cherche un job',
      'travail à domicile', 'travail a domicile', 'travaillez depuis chez vous', 'gagner de l’argent', "gagner de l'argent", 'gagnez de l’argent',
      "gagnez de l'argent", 'argent facile', 'revenus passifs', 'revenu complémentaire', 'jeu concours', 'tirage au sort', 'giveaway',
      'tombola', 'enchères', 'encheres', 'vente aux enchères', 'cagnotte', 'leetchi', 'faites un don', 'fais un don', 'collecte de fonds',
      'parrainage', 'code de parrainage', 'lien d’affiliation', 'partenariat rémunéré',
    ],
    fraud: [
      ...MORE.fraud,
      // stranded abroad, a parcel held by customs, a trader relative, a gift card: the romance and investment scripts
      // (not "coincé à l'aéroport" alone, a cancelled flight, nor "récupérer le colis" at the post office)
      ...withPlain(pairs(['retenu', 'retenue'], ["à l'aéroport", 'à la frontière', 'à la douane'])),
      'la douane demande', 'la douane réclame', 'la douane exige', 'débloquer le colis', 'libérer le colis', 'débloquer les fonds', 'libérer les fonds',
      'frais de déblocage', 'stratégie crypto', 'stratégie de trading', 'expert en trading', 'experte en trading', 'expert en crypto', 'mon mentor en trading',
      { term: 'te faire gagner', unless: ['te faire gagner du temps', 'te faire gagner de la place'] },
      { term: 'vous faire gagner', unless: ['vous faire gagner du temps', 'vous faire gagner de la place'] },
      // "j'ai fait x10 en un mois": a return claimed over a short time ("j'ai fait x2 sur mon score" is a test)
      ...pairs(['x2', 'x3', 'x5', 'x10', 'x20', 'x50', 'x100'], ['en un mois', 'en 1 mois', 'en une semaine', 'en 1 semaine', 'en deux semaines', 'en quelques jours', 'en 24h']),
      ...withPlain(pairs(['je suis', 'jsuis', 'nous sommes', 'ici'], pairs(['administrateur', "l'administrateur", 'admin', "l'admin", 'modérateur', 'le modérateur', 'agent', 'technicien'],
        ["de l'appli", "de l'application", 'du support', 'du service client'])),
      ),
      'conseiller ameli', 'votre rib et code', 'code de carte', 'envoyez-moi votre rib',
      'prête-moi de l’argent', "prête-moi de l'argent", 'prete moi de l argent', 'prête moi de l’argent', "prete moi de l'argent", 
      // a need told as a reason or a plan ("je bosse le soir parce que j'ai besoin d'argent pour mes études") asks nobody
      ...["j'ai besoin d'argent", 'jai besoin dargent'].map(
        unlessAround(
          ['parce que', 'parce qu', 'car', 'comme', 'quand', 'si', 'je travaille', 'je bosse'],
          ['pour mes études', 'pour mes etudes', 'pour mon voyage', 'pour mes vacances', 'pour partir', 'alors je', 'donc je',
            'alors j', 'donc j', 'je cherche un job', 'je cherche un travail', 'je vais travailler', 'je vais bosser'],
        ),
      ),
      'besoin d’argent urgent',
      "besoin d'argent urgent", 'envoie-moi de l’argent', "envoie-moi de l'argent", 'envoie moi de l argent', 'fais-moi un virement', 'fais moi un virement',
      ...['je te rembourse', 'je te rembourserai'].map(unlessBefore(['le resto', 'le restau', 'les billets', 'le billet', 'les places', 'ta part', 'le ciné', 'le cine', 'le taxi', 'les courses', 'le loyer', "l'essence", 'le concert'])), 'placement garanti', 'rendement garanti', 'profit garanti', 'bénéfice garanti', 'gains garantis',
      'rendement quotidien', 'doublez votre argent', 'double ton argent', 'investir dans le bitcoin', 'investis en crypto', 'investissement crypto',
      'plateforme d’investissement', "plateforme d'investissement", 'signaux de trading', 'trading forex', 'je suis de l’équipe hellotalk',
      "je suis de l'équipe hellotalk", 'équipe hellotalk', 'equipe hellotalk', 'support hellotalk', 'service client hellotalk', 'je suis l’administrateur',
      "je suis l'administrateur", 'carte cadeau', 'cartes cadeaux', 'carte google play', 'carte itunes', 'coupon pcs', 'recharge pcs', 'transcash',
      'neosurf', 'ton colis est bloqué', 'votre colis est bloqué', 'héritage', 'heritage de',
      'portefeuille crypto', 'phrase de récupération', 'phrase secrète', 'clé privée',
      'minage cloud', 'usdt', 'bloqué à l’aéroport', "bloqué à l'aéroport", 'payer mon visa', 'payer mon billet',
      // investment pitches
      'investis avec moi', 'investissez avec moi', 'investir avec moi', 'investis avec nous', 'rendements garantis', 'gain garanti',
      'profits garantis', 'bénéfices garantis', 'benefices garantis', 'rendement assuré', 'rendement assure', 'gains assurés', 'gains assures',
      'rendement mensuel garanti', 'intérêts garantis', 'interets garantis', 'investis en cryptomonnaie', 'investir en cryptomonnaie',
      'trading crypto', 'plateforme de trading', 'options binaires', 'je t’apprends à trader', "je t'apprends à trader", 'je t’apprends à investir',
      "je t'apprends à investir", 'multiplie ton argent', 'fais fructifier ton argent', 'dépôt minimum', 'depot minimum',
      // staff impersonation
      'je suis du staff', 'staff hellotalk', 'staff de hellotalk', 'équipe de hellotalk', 'equipe de hellotalk', 'modérateur hellotalk',
      'moderateur hellotalk', 'modérateur de hellotalk', 'je suis modérateur', 'je suis moderateur', 'je suis le modérateur', 'sécurité hellotalk',
    ],
    dating: [
      ...MORE.dating,
      // the classified-ad shorthand; not "femme cherche" alone ("ma femme cherche un travail")
      'h cherche f', 'f cherche h', 'h cherche h', 'f cherche f', 'jh cherche', 'jf cherche', 'cherche jf', 'cherche jh',
      'jeune homme cherche', 'jeune femme cherche', 'cherche f', 'cherche h', 'pour relation sérieuse', 'pour une relation sérieuse', 'pour relation serieuse',
      'relation durable', 'pour partager ma vie', 'partager ma vie avec', 'mp si intéressée', 'mp si interessee', 'mp si intéressé', 'si intéressée mp', 'célib',
      'celib',
      'cherche homme mûr', 'pour rencontres', 'cherche femme pour',
      'cherche copine', 'cherche une copine', 'je cherche une copine', 'cherche copain', 'cherche un copain', 'je cherche un copain', 'cherche une meuf',
      'je cherche une meuf', 'cherche un mec',
      // a cleaner is hired, not dated
      { term: 'cherche femme', unless: ['cherche femme de ménage', 'cherche femme de menage'] },
      { term: 'cherche une femme', unless: ['cherche une femme de ménage', 'cherche une femme de menage'] }, 'cherche homme', 'cherche un homme', 'cherche l’amour',
      "cherche l'amour", 'cherche ma moitié', 'cherche l’âme sœur', "cherche l'âme sœur", 'cherche ame soeur',       'cherche relation', 'célibataire cherche', 'celibataire cherche', 'tu veux être ma copine', 'tu veux etre ma copine', 'tu veux sortir avec moi',
      'veux-tu m’épouser', "veux-tu m'épouser", 'épouse-moi', 'epouse moi', 'plan d’un soir', "plan d'un soir", 'coup d’un soir', "coup d'un soir",
      'sex friend', 'sexfriend', 'sugar daddy', 'sugar baby', 'escort', 'escorte', 'escortes', 'site de rencontre', 'appli de rencontre',
      'rencontres coquines', 'femmes célibataires', 'célibataires près de chez vous', 'celibataires pres de chez vous', 'rencontre sérieuse',
    ],
    drugs: [
      ...MORE.drugs,
      // "du shit" is hashish; "un petit joint" and "un gros pétard" stay out (silicone seals, New Year's firecrackers) (English "shit" never follows "du"); a joint by its slang names, pills of MD
      'du shit', 'le shit', 'de shit', 'fumer du shit', 'barrette de shit', 'plaquette de shit', 'de la beu', 'beu', 'bédave', 'bedave',
      ...withPlain(pairs(['fumer un', 'fume un', 'fumé un', 'fumes un', 'fumez un', 'fumons un', 'rouler un', 'roule un', 'roulé un', 'se rouler un', 'tirer sur le'], ['pétard', 'joint', 'bédo', 'spliff', 'pilon', 'blunt'])),
      'de la md', 'cachets de md', 'cachet de md', 'prendre de la md', 'taper de la md', 'de la cc', 'un rail de', 'champis', 'champignons magiques',
      { term: 'je suis stone', unless: ['je suis stone de fatigue'] },
      'dispo coke', 'coke et md', 
      'beuh', { term: 'weed', unless: ['weed killer', 'weedkiller'] }, 'chichon', 'cannabis', 'marijuana', 'un oinj', 'oinj', 'bédo', 'bedo', 'spliff',
      'fumer un joint', 'rouler un joint', 'fumer de la beuh', 'tarpé', 'teuteu', 'cocaïne', 'cocaine', 'de la coke', 'ligne de coke',
      'sniffer', 'taper une trace', 'ecsta', 'ecstasy', 'taz', 'mdma', 'lsd', 'champignons hallucinogènes',
      'kétamine', 'ketamine', unlessBefore(['lachs', 'salmon'])('keta'),
      // The heroine of a story is not the drug: "l'héroïne du roman", "l'héroïne veut mettre fin à ses jours".
      ...['héroïne', 'heroine'].map((drug) => ({ term: drug, unless: [...pairs(["l'", 'l’'], [`${drug} du roman`, `${drug} du film`, `${drug} du livre`, `${drug} de la série`, `${drug} veut`, `${drug} principale`], ''), `super ${drug}`, `super-${drug}`, `notre ${drug}`] })),
      'méthamphétamine',
      // high is "être défoncé"; with "avoir" it is having smashed something ("tu l'as défoncé ton exam", "j'ai défoncé le boss")
      ...['défoncé', 'defonce', 'défoncée', 'defoncee'].map((term) => ({
        term,
        unless: pairs(['ai', 'as', 'a', 'avons', 'avez', 'ont', 'avoir', 'aurais', 'aurait', 'avait', 'avais', 'jai', 'tas', 'la', 'lai', 'las', 'les'], [term]),
      })),       'dealeur', 'mon dealer', 'mon plug', 'drogué', 'drogue dure', 'se droguer', 'vente de beuh', 
    ],
    alcohol: [
      // Drinking games and drinking till one drops.
      'jeu à boire', 'jeu a boire', 'cul sec', 'finir tous à l’envers', 'bouteille sur bouteille', 'shots toute la nuit', 'rouler sous la table',
      // getting wasted ("se mettre une race / une mine / minable") and wine by the bottle
      ...withPlain(pairs(['se mettre', 'on se met', 'on s’est mis', "on s'est mis", 'je me suis mis', 'je me suis mise', 'me mettre', 'se met', 'je me mets'], [
        'une race', 'une grosse race', 'une mine', 'une caisse', 'une cuite', 'une murge', 'minable', 'bien minable',
      ])),
      ...withPlain(pairs(['bouteille de', 'bouteilles de', 'verre de', 'verres de', 'un ballon de', 'un coup de'], ['rouge', 'rosé', 'blanc', 'vodka', 'whisky', 'rhum', 'bière', 'champagne', 'gin'])),
      'boire un coup', 'boire des coups', 'pompette', 'éméché', 'éméchée', 'gin tonic', 'mojito', 'spritz', 'sangria', 'jagerbomb',
      'bière', 'biere', 'bières', 'bieres', 'binouze', 'une pinte', 'pintes', { term: 'vin rouge', unless: ['vinaigre de vin rouge'] }, { term: 'vin blanc', unless: ['vinaigre de vin blanc'] }, 'verre de vin', 'bouteille de vin',
      'pinard', 'rosé', 'champagne', 'vodka', 'whisky', 'rhum', 'pastis', 'ricard', 'apéro', 'apero', 'l’apéro', "l'apéro", 'tequila',
      'cidre', 'calva', 'eau-de-vie', 'bourrée', 'saoul', 'soûl', 'soul comme', 'ivre', 'prendre une cuite', 'une cuite', 'une grosse cuite', 'une bonne cuite', 'une grosse murge', 'des shots', 'shots à volonté', 'alcool à volonté', 'open bar',
      'se bourrer la gueule', 'se murger', 'murge', 'je suis bourré', 'je suis bourrée', 'complètement bourré', 'il est bourré', 'on était bourrés', 'bourrés comme', 'gueule de bois', 'teq paf', 'shots de vodka', 'boire jusqu’à', 'picoler', 'picole', 'alcool',
      'alcoolisé', 'bière froide', 'caisse de bière', 'sur la brosse', 'une broue', 'broue', 'un 40 onces',
    ],
    threat: [
      ...MORE.threat, ...MORE.timedThreats,
      ...unlessGame([...HARM_THREATS,
      'je vais te tuer', 'je vais te buter', 'je vais te crever', 'je te tue', 'je te bute', 'je vais te défoncer', 'je vais te defoncer', 'je te défonce',
      'je te defonce', 'je vais te casser la gueule', 'je te casse la gueule', 'je vais te péter la gueule', 'je te pète la gueule', 'je te pete la gueule',
      'je vais te planter', 'je te plante', 'je vais te poignarder', 'je vais te tirer dessus', 'je vais te mettre une balle', 'une balle dans la tête',
      't’es mort', "t'es mort", 'tes mort', 't’es morte', "t'es morte", 'tu es mort', 'tu vas mourir', 'tu vas crever', 'fais gaffe à toi',
      'fais attention à toi', 'je vais brûler ta maison', 'je vais te brûler', 'je vais te égorger', 'je vais t’égorger', "je vais t'égorger",
      'je vais te violer', 'je vais tout faire péter', 'je vais faire sauter', 'fusillade au lycée', 'je vais tirer sur', 'je vais te retrouver et',
      'on va te niquer', 'je vais te faire la peau', 'je vais te fumer', 'je te fume',
      ]),
      ...CONSEQUENCES,
      // "Lis-le, tu le regretteras pas" promises the opposite.
      { term: 'tu le regretteras', unless: ['tu le regretteras pas', 'tu le regretteras jamais'] },
    ],
    gore: [
      ...withPlain(pairs(['corps', 'cadavre', 'mec', 'homme', 'femme', 'type', 'gars', 'meuf'], ['découpé', 'découpée', 'découpé en morceaux', 'démembré', 'démembrée',
        'décapité', 'décapitée', 'égorgé', 'égorgée', 'brûlé vif', 'brûlée vive', 'dépecé', 'dépecée', 'éventré', 'éventrée'])),
      'se fait décapiter', 'se fait egorger', 'se fait égorger', 'se fait découper', 'vidéo de torture', 'video de torture', 'vidéo de meurtre',
      'décapité', 'decapite', 'décapitée', 'décapitation', 'decapitation', 'démembré', 'demembre', 'démembrement', 'mutilé', 'mutile', 'mutilée', 'mutilation',
      'égorgé', 'egorge', 'égorgée', 'éventré', 'eventre', 'tripes à l’air', 'cervelle éclatée', 'vidéo de décapitation',
      'video de decapitation', 'vidéo d’exécution', 'corps déchiqueté', 'cadavre en décomposition', 'cadavres mutilés', 'vidéo gore', 'video gore',
    ],
    'self-harm': [
      // Cutting told as a habit back again, on the arms or legs.
      ...withPlain(['me scarifier', 'je me scarifie', 'me suis scarifiée', 'me suis scarifié', 'encore scarifiée', 'me taillader', 'je me coupe les bras']),
      ...MORE['self-harm'],
      ...SELF_HARM_SIDEWAYS,
      // "envie d'en finir avec ce dossier" is a chore; "en finir avec la vie" is listed on its own
      ...["envie d'en finir", 'je veux en finir', 'jveux en finir', "j'veux en finir", 'je voudrais en finir', "j'aimerais en finir", 'jaimerais en finir', 'je vais en finir', 'jvais en finir'].map((term) => ({ term, unless: [`${term} avec`] })),
      { term: 'dormir pour toujours', unless: ['pourrais dormir pour toujours', 'pourrait dormir pour toujours'] },
      'toute la boîte de médocs', 'avalé toute la boîte', 'j\'espère ne pas me réveiller',
      // Falling asleep and never waking, as a wish; a lie-in ("et pas me réveiller avant midi") is excepted.
      ...NO_WAKING, ...withPlain(['ne plus me réveiller', 'plus jamais me réveiller', 'jamais me réveiller', 'ne plus jamais me réveiller']).map(unlessBefore(WAKE_HOSTS)), ...CUT_AGAIN,
      // The wish not to wake anymore, without the "ne" ("j'ai envie de plus me réveiller"); not "pas envie de me réveiller demain".
      ...NO_MORE_WAKING,
      // "mourir de rire", "crever de rire": laughing
      ...['je veux mourir', 'jveux mourir', "j'ai envie de mourir", 'jai envie de mourir', 'envie de crever', 'je veux crever', 'jveux crever'].map(unlessBefore(['de rire', 'de honte', 'de jalousie', "d'envie", 'de froid', 'de chaud'])), 'je vais me tuer',
      'je veux me tuer', 'me suicider', 'je vais me suicider', 'je veux me suicider', 'suicide', 'suicidaire', 'idées suicidaires', 'idees suicidaires',
      'me scarifier', 'je me scarifie', 'scarification', { term: 'je me coupe', unless: ['je me coupe les cheveux', 'je me coupe les ongles', 'je me coupe la frange', 'je me coupe une part', 'je me coupe un morceau', 'je me coupe du monde'] }, 'me couper les veines', 'mutilation volontaire', 'automutilation',
      'je veux plus vivre', 'jveux plus vivre', "j'veux plus vivre", 'je ne veux plus vivre', 'j’ai plus envie de vivre', "j'ai plus envie de vivre", 'en finir avec la vie', 'mettre fin à mes jours',
      'mettre fin a mes jours', 'en finir une bonne fois', 'je préférerais être mort', 'je préférerais être morte', 'sauter d’un pont', "sauter d'un pont",
      'me pendre', 'me jeter sous un train', 'avaler tous mes médicaments', 'la vie ne vaut pas la peine',
    ],
    hate: [
      // a people called a breed of contempt ("peuple de sauvages", "race de voleurs": "une race de chiens" is a dog breed and stays out)
      ...pairs(['peuple de', 'race de'], ['sauvages', 'barbares', 'voleurs', 'dégénérés', 'degeneres', 'arriérés', 'consanguins', 'parasites', 'merde', 'sous-hommes', 'cafards']),
      'les pd', 'ces pd', 'des pd', 'tous des pd', 'bande de pd', 'retourne à la cuisine', 'retourne a la cuisine', 'retourne dans ta cuisine',
      'les juifs contrôlent', 'juifs contrôlent toutes les banques',
      'sales noirs', 'sales noires', 'sales arabes', 'sales bougnoules',
      'hitler avait raison',
      // Unaccented, pede and pedes are Portuguese "asks" and "you ask" ("ela me pede um favor"): only in French company.
      'pédé', 'pédés', 'sale pédé', ...pairs(['sale', 'sales', 'gros', 'espèce de', 'espece de', "t'es", 'les', 'ces'], ['pede', 'pedes']), 'tarlouze', 'tarlouzes', 'tantouze', 'fiotte', 'gouine', 'gouines', 'sale gouine',
      'grosse tapette', 'espèce de tapette', 'sale tapette', 'travelo', 'bougnoule', 'bougnoules', 'bicot', 'bicots',       'négro', 'négros', 'nègre', 'negre', 'bamboula', 'bamboulas', 'sale noir', 'sale noire', 'sale arabe', 'sale juif',
      'sale juive', 'youpin', 'youpine', 'youtre', 'feuj de merde', 'chinetoque', 'chinetoques', 'niakoué', 'niakoue', 'sale chinois',
      'sale rom', 'sale gitan', 'boukak', 'sale blanc', 'sale français', 'sale immigré', 'retourne dans ton pays', 'rentre chez toi sale',
      'retourne en afrique', 'mort aux juifs', 'mort aux arabes', 'heil hitler', 'sieg heil', 'race inférieure', 'race inferieure', 'grand remplacement',
      'sidaïque', 'maudit français', 'maudits immigrants', 'sale bloke', 'crisse de nègre',
      ...groupHate,
    ],
    sensitive: [
      // A country called a terrorist state, or to be wiped off the map.
      'état terroriste', 'etat terroriste', 'rayer de la carte', 'rayé de la carte',
      'est un dictateur', 'est une dictature', 'en dictature', 'dictature sanitaire', 'macronie', 'macroniste', 'macronistes', 'mélenchon', 'melenchon',
      'bardella', 'rassemblement national', 'front national', 'france insoumise', 'extrême droite', 'extreme droite', 'extrême gauche', 'extreme gauche',
      'violences policières', 'violences policieres', 'acab', 'sioniste', 'sionistes', 'sionisme', 'islamophobie', 'charia', 'djihad', 'jihad', 'wokisme',
      'contre le pen',
      'avortement', 'ivg', 'pro-vie', 'pro vie', 'laïcité', 'laicite', 'voile islamique', 'burqa', 'burkini', 'islamisme', 'islamiste',
      'islamistes', 'dieu n’existe pas', "dieu n'existe pas", 'la religion est', 'l’islam est', "l'islam est", 'les juifs sont', 'les musulmans sont',
      'israël palestine', 'israel palestine', 'génocide à gaza', 'genocide a gaza', 'peine de mort', 'nazi', 'nazis', 'nazisme',
      // denying the Shoah is; a memorial visit or a history book is not ("le Mémorial de la Shoah", "un livre sur la Shoah")
      'la shoah n’a pas existé', "la shoah n'a pas existé", "la shoah n'a jamais existé", 'la shoah est un mensonge', 'le mythe de la shoah', 'négationnisme',
      'facho', 'fachos', 'fasciste', 'fascistes', 'gauchiste', 'gauchistes', 'islamo-gauchiste', 'marine le pen', 'zemmour', 'macron démission',
      'gilets jaunes', 'souveraineté du québec', 'indépendance du québec', 'guerre d’algérie', "guerre d'algérie", 'la françafrique',
    ],
    // A group on its own is talk ("mes amis marocains"); next to contempt in one sentence it is an attack on the group.
    group: GROUP_TERMS,
    negative: [...HATE_LIKENESS, ...CONTEMPT, ...MORE.negative],
    app: [...APPS, ...MORE_APPS, 'snp', 'insta ou snap', 'wathsapp'],
    contact: [
      // a French mobile is "ton 06"
      'ton 06', 'ton 07', 'ton zéro six', 'ton snap', 'ton insta',
      // a number that reaches nobody: "ton numéro de vol", "numéro de page", "ton numéro préféré"
      ...contactNumberWords(['numéro', 'numero', 'num', 'ton num', 'ton numéro', 'ton numero']),
      'tel', 'tél', 'téléphone', 'telephone', 'portable', 'e-mail', 'email',
      'adresse mail', 'adresse', 'pseudo', 'identifiant', 'contact', 'coordonnées', 'coordonnees', 'réseaux', 'tes réseaux',
    ],
    picture: [
      ...MORE.picture,
      'pics', 'toff', 'photo de toi', 'photos de toi', 'vids',
      'photos coquines', 'photo coquine', 'photos osées', 'photo osée',
'photo', 'photos', 'tof', 'tofs', 'pic', 'selfie', 'selfies', 'vidéo', 'video', 'vidéos', 'videos', 'appel vidéo', 'appel video', 'facetime', 'image', 'images', 'cam', 'webcam'],
    body: [
      // Undressed without a body word: just a towel, fresh out of the shower, in underwear.
      ...withPlain(['juste avec la serviette', 'en serviette', 'en soutif', 'en soutien-gorge', 'en culotte']),
      // not "chaude"/"hot": "envoie une photo de ta soupe chaude"
      'petite tenue', 'tenue légère', 'tenue sexy', 'nuisette', 'à poil', 'sexy', 'cochonne', 'dénudée', 'déshabillée', 'topless', 'tes formes',
      'coquine', 'coquines', 'osée', 'osées', 'en maillot', 'en sous-vêtements',
      'seins', 'nichons', 'poitrine', 'tétons', 'tetons', 'fesses', 'cul', 'boule', 'jambes', 'cuisses', 'pieds', 'corps', 'ton corps', 'culotte',
      'string', 'soutif', 'soutien-gorge', 'sous-vêtements', 'sous vetements', 'lingerie', 'bikini', 'maillot', 'nue', 'nu', 'sans vêtements',
      'sous la douche', 'bite', 'queue', 'chatte', 'décolleté', 'decollete', 'ventre',
    ],
    request: [
      // A picture asked for as something to do: "do a mirror selfie for me".
      ...withPlain(['tu me ferais un', 'fais-moi un', 'fais moi un', 'prends-toi en photo']),
      ...MORE.request,
      ...CONTACT_REQUESTS,
      ...MONEY_REQUESTS,
      // "montre-toi en photo": the verb, but not the watch ("ma montre", "une montre à 200 €") nor "la photo montre que"
      { term: 'montre', unless: [...pairs(['ma', 'ta', 'sa', 'une', 'la', 'cette', 'ce', 'mon', 'ton', 'son', 'les', 'des', 'votre', 'notre', 'leur', 'il', 'elle', 'ça', 'ca', 'qui', 'on', 'cela', 'belle', 'nouvelle', 'vieille', 'je', 'je te', 'je vous', 'je lui', 'te'], ['montre']), 'montre connectée', 'montre en or'] },
      // the writer sending ("je t'envoie des photos") asks for nothing
      { term: 'envoie des', unless: ['je t’envoie des', "je t'envoie des", 'je vous envoie des', 'je lui envoie des', "j'envoie des", 'jte envoie des'] },
      'à m\'envoyer', 'm\'envoyer', 'send moi',
      'envoie-moi', 'envoie moi', 'envoies moi', 'envoi moi', 'envoie une', 'envoie ta', 'envoie ton', 'tu m’envoies', "tu m'envoies", 'tu menvoies',
      'donne-moi', 'donne moi', 'donne ton', 'donne ta', 'file-moi', 'file moi', 'passe-moi', 'passe moi', 'passe ton', 'ajoute-moi', 'ajoute moi',
      'ajoutes moi', 'add moi', 'ajoute-moi sur', 'ajoute moi sur', 'rajoute-moi', 'rajoute moi', 'écris-moi sur', 'ecris moi sur', 'écris-moi au',
      'appelle-moi', 'appelle moi', 'contacte-moi', 'contacte moi', 'montre-moi', 'montre moi', 'fais voir', 'je peux voir', 'je veux voir ta',
      'je veux voir ton', 'c’est quoi ton', "c'est quoi ton", 'cest quoi ton', 'c’est quoi ta', "c'est quoi ta", 'cest quoi ta', 'il est quoi ton',
      'donne ton num', 'prête-moi', 'prete moi', 'prête moi', 'tu me prêtes', 'tu me pretes', 'tu peux me prêter', 'tu peux me preter', 'viens sur',
      'me prêter', 'me preter', 'peux-tu me prêter', 'tu pourrais me prêter', 'vous pouvez me prêter', 'pourriez-vous me prêter', 'avance-moi',
      'avance moi', 'tu m’avances', "tu m'avances", 'tu peux m’avancer', "tu peux m'avancer", 'me dépanner', 'me depanner', 'tu me dépannes',
      'tu me depannes', 'tu peux m’envoyer', "tu peux m'envoyer", 'tu pourrais m’envoyer', "tu pourrais m'envoyer", 'tu me fais un virement',
      'fais-moi un virement', 'tu me vires', 'vire-moi', 'vire moi', 'me faire un virement', 'tu peux me virer', 'tu pourrais me virer',
      'suis-moi sur', 'suis moi sur',
      ...APPS.flatMap((app) => [`t’as ${app}`, `t'as ${app}`, `tas ${app}`, `tu as ${app}`, `t’as un ${app}`, `t'as un ${app}`, `tu as un ${app}`, `tu utilises ${app}`]),
    ],
    // Costs friends split: a money request beside one is settling up ("envoie-moi les 10 € de la pizza").
    subject: ['ça', 'ca', "c'était", "c'est", 'cela', 'il', 'elle', 'ils', 'elles'],
    // An investment scam's promise: a stake and a payout at least twice as large (lexicons/types.ts).
    stake: ['investis', 'investissez', 'investir', 'dépose', 'déposez', 'déposer', 'depose', 'deposez', 'recharge', 'rechargez', 'mise', 'misez'],
    payout: ['reçois', 'recevez', 'recevoir', 'recois', 'gagne', 'gagnez', 'gagner', 'obtiens', 'obtenez', 'retire', 'retirez', 'récupère', 'récupérez', 'recupere', 'touche', 'touchez', 'je te renvoie', 'renvoie', 'je te rends', 'tu auras'],
    growth: ['passer de', 'passé de', 'sont devenus', 'deviennent', 'devenus', 'a transformé', 'transformé'],
    measure: ['minute', 'minutes', 'heure', 'heures', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années', 'go', 'mo', 'giga', 'gigas', 'points', 'likes', 'abonnés'],
    // Someone else named as the lender, with a modal or a verb of theirs, right before a lending verb: "my sister can lend me 50"
    // asks the reader for nothing. A name alone may be the reader addressed ("my friend lend me 500").
    lender: pairs(['ma sœur', 'ma soeur', 'mon frère', 'mon frere', 'ma mère', 'ma mere', 'mon père', 'mon pere', 'mes parents', 'mon ami', 'mon amie', 'mon pote', 'mon copain', 'ma copine', 'ma tante', 'mon oncle', 'mon cousin', 'ma cousine', 'ma grand-mère', 'ma grand-mere', 'mon patron', 'la banque'], ['peut', 'pourrait', 'va', 'peut me', 'pourrait me', 'va me', 'me prête', 'me prete', 'me prêtera', 'me pretera', "dit qu'elle peut", "dit qu'il peut"]),
    lend: ['me faire un virement', 'tu peux me virer', 'prête-moi', 'prête moi', 'tu peux me prêter', 'tu me prêtes', 'tu pourrais me prêter', 'vire-moi', 'vire moi', 'fais-moi un virement de', 'avance-moi'],
    expense: [
      "l'addition", 'la note', 'ta part', 'ma part', 'la moitié', 'la moitie', 'moitié moitié', 'moitie moitie', 'pizza', 'le resto', 'du resto', 'le dîner',
      'le diner', 'du dîner', 'du diner', 'les courses', 'des courses', 'les verres', 'les bières', 'les bieres', 'par personne', 'partager la note',
    ],
    // Right before a threat or self-harm phrase, denies it: "je vais pas te tuer", "je veux pas mourir".
    // "j'imagine même pas" denies nothing after it: "j'imagine meme pas sans les vêtements" pictures it all the same.
    negation: [{ term: 'pas', unless: withPlain(pairs(["j'imagine", 'jimagine', "t'imagine", 'timagine', 'tu imagines', "t'imagines", 'vous imaginez', 'imaginez'], ['pas', 'même pas'])) }, 'jamais', 'pas du tout', 'ne', "n'"],
    money: [
      ...MORE_MONEY,
      'argent', 'de l’argent', "de l'argent", 'thune', 'thunes', 'fric', 'pognon', 'oseille', 'euros', 'dollars', 'virement',
      'paypal', 'lydia', 'paylib', 'western union', 'carte bancaire', 'carte de crédit', 'bitcoin', 'crypto',
      'cash', 'balles', 'eur', 'francs', 'piasses', 'piastres', 'cryptos', 'cryptomonnaie', 'cryptomonnaies', 'btc', 'ethereum', 'usdt', 'revolut',
      'wero', 'interac', 'virement interac', 'mandat cash', 'moneygram', 'recharge pcs', 
    ],
    account: ['iban', 'compte bancaire', 'coordonnées bancaires', 'coordonnees bancaires', 'ton rib', 'votre rib', 'numéro de carte', 'numero de carte', 'numéro de compte', 'numero de compte', 'ton iban', 'votre iban'],
    windfall: ['votre colis', 'ton colis', 'prêt accordé', 'prêt approuvé', 'crédit accordé', 'pret accorde', 'vous avez gagné', 'tu as gagné', 'vous avez gagne', 'tu as gagne', 'gains', 'remboursement', 'votre remboursement', 'indemnisation', 'loterie', 'tirage au sort'],
    upfront: ['réglez les frais', 'payez les frais', 'frais de traitement', 'frais de douane', 'frais de dédouanement', 'frais de déblocage', 'frais de transfert', 'frais de gestion', 'payer les frais', 'régler les frais', 'non réglés', 'au préalable'],
    guarantee: ['garanti', 'garantis', 'garantie', 'sans risque'],
    multiply: ['double ton argent', 'doubler ton argent', 'doubler votre argent', 'gains quotidiens', 'rendement quotidien'],
    deal: ['reduction', 'réduction', 'promo', 'promotion', 'promos', 'code promo', 'soldes', 'stock limité', 'quantité limitée', 'quantités limitées', 'livraison offerte'],
    purchase: ["j'ai acheté", 'j’ai acheté', "j'ai pris", "j'ai utilisé", 'mon haul', "j'ai craqué", 'est finie', 'sont finies', 'fini hier'],
    payer: ['je te vire', 'je te fais un virement', 'je te fais le virement', 'pour te rembourser', 'pour te payer', 'que je te rembourse', 'que je te paie', 'que je te paye', 'je te fais un lydia', 'je te fais un paylib', 'je t\'envoie l\'argent', 'je t\'envoie les sous'],
    // a lone "t'" is too short to match, so elided forms are listed whole (t'as, t'étais); "jte" is "je te" run together
    you: ['tu', 't’', "t'", 'toi', 'te', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos', 'ti', 't’es', "t'es", 'tes', "t'as", "t'avais", "t'étais", "t'etais", "t'auras", "t'iras", 'jte', 'jtai', 'jt'],
    your: ['ton', 'ta', 'tes', 'votre', 'vos'],
    // Verbs that maim, in the forms a threat takes ("je vais te", "je te"), for a body part of the reader's beside them
    // (see `limb`): "je vais te casser les doigts", "je te pète les dents". Not "tu te casses la jambe", nor "casser les pieds" (to bore).
    maim: withPlain([
      'te casse', 'vais te casser', 'va te casser', 'vais casser', 'casserai', 'te pète', 'vais te péter', 'va te péter', 'péterai', 'te coupe', 'vais te couper',
      'couperai', "t'arrache", 'vais t’arracher', "vais t'arracher", 'arracherai', 'te défonce', 'vais te défoncer', 'te brise', 'vais te briser', 'briserai',
      'te démonte', 'vais te démonter', 'te fracasse', 'vais te fracasser', 'te tranche', 'vais te trancher', 'te refais', 'vais te refaire', 'te broie', 'vais te broyer',
    ]).map(unlessBefore(['les pieds', 'les couilles', 'la tête'])),
    limb: withPlain([
      'ventre', 'bide',
      'doigts', 'doigt', 'la main', 'ta main', 'mains', 'bras', 'jambe', 'jambes', 'genou', 'genoux', 'rotules', 'dents', 'dent', 'mâchoire', 'nez', 'gueule', 'tronche', 'visage',
      'face', 'figure', 'cou', 'nuque', 'crâne', 'os', 'côtes', 'tête', 'yeux', 'langue', 'poignets', 'chevilles',
    ]),
    // Self-harm told as a plan: the means and the act, each harmless alone (see CUE_POLICY.cuePairs).
    pills: [...withPlain(['armoire à pharmacie', 'cachets', 'médocs', 'comprimés', 'pilules', 'somnifères', 'médicaments', 'anxiolytiques', 'doliprane', 'dafalgan', 'efferalgan', 'paracétamol', 'antidépresseurs', 'xanax', 'lexomil', 'stilnox', 'tramadol', 'ibuprofène'])],
    overdose: [...withPlain(['je les prends tous', 'je les prends toutes', 'les prendre tous', 'les prendre toutes', "j'avale tout", 'j’avale tout', 'tout avaler', 'toute la boîte', 'toute la plaquette', 'la boîte entière', 'tous d’un coup', "tous d'un coup", 'toutes d’un coup', "toutes d'un coup"])],
    leap: [...withPlain(['je saute', 'je vais sauter', 'sauter', 'je me jette', 'je vais me jeter', 'me jeter', 'je me balance', 'me balancer'])],
    height: [...withPlain(['pont', 'toit', 'balcon', 'fenêtre', 'immeuble', 'falaise', 'quai', 'rails', 'viaduc', 'dixième étage', 'sous le train', 'sous un train', 'sous le métro', 'sous le rer', 'sur les voies'])],
    farewell: [...withPlain(['merci pour tout', 'adieu à tous', 'je vous aime tous', 'je donne toutes mes affaires', 'donne toutes mes', 'lettre', 'lettres', 'adieux', 'mot d’adieu', "mot d'adieu", 'dernier message', 'donné mon', 'donné ma', 'désolé pour tout', 'desole pour tout',
      'adieu pour toujours', 'adieu tout le monde', 'au revoir pour toujours', 'mon dernier post', 'mon dernier message', 'de mon chat pour moi', 'de mon chien pour moi', 'je vous laisse mes affaires'])],
    relief: [...withPlain(["t'inquiète plus pour moi", 'inquiète plus pour moi', 'inquiétez plus pour moi', 'plus à me supporter', 'plus me supporter', 'me supporter plus longtemps', 'plus à s’inquiéter pour moi', "plus à s'inquiéter pour moi", 'plus s’inquiéter pour moi', "plus s'inquiéter pour moi", 'soucis pour moi', 'souci pour moi', 'un poids pour', 'un fardeau', 'mieux sans moi', 'débarrassés de moi', 'personne me reverra', 'personne ne me reverra', 'personne ne me regrettera', 'personne va me regretter',
      'seraient plus heureux sans moi', 'serait plus heureux sans moi', 'serez plus heureux sans moi', 'seriez plus heureux sans moi', 'sera plus heureux sans moi',
      'personne remarquera mon absence', 'personne ne remarquera mon absence', 'personne va remarquer mon absence', 'personne verra que je suis plus là', 'libérés de moi'])],
    // The speaker gone for good ("I won't wake up", "soon it won't hurt anymore"; not "I won't be here anymore", said when moving away, nor
    // "my last night" before a place): with pills, farewells or relief in the text, a plan (CUE_POLICY.cuePairs).
    vanish: [...['pour ne plus se réveiller', 'pour ne plus me réveiller'].map(unlessBefore(WAKE_HOSTS)), 'ça fera plus mal', 'ça fera plus jamais mal', 'ca fera plus mal', unlessBefore(['à', 'a', 'en', 'au', 'ici', 'chez', 'avec', 'de', 'dans'])('ma dernière nuit'), unlessBefore(['à', 'a', 'en', 'au', 'ici', 'chez', 'avec', 'de', 'dans'])('ma derniere nuit'), ...withPlain(["j'en aurai plus besoin", "je n'en aurai plus besoin", 'j’en aurai plus besoin', 'je me réveillerai plus', 'je ne me réveillerai plus', 'ce soir tout sera fini', 'tout sera fini ce soir', 'ce soir j’en finis', "ce soir j'en finis"]), ...NO_WAKING,
      // Not waking as what a dose is for, said of anyone ("combien il en faut pour pas se réveiller"); not "pour pas se réveiller la nuit".
      ...GENERIC_NO_WAKING],
    selfinjure: [...withPlain(['ma tête contre le mur', 'ma tête contre les murs', 'me gratte la peau', 'je me gratte', 'je me fais vomir', 'me faire vomir', "je m'arrache les cheveux", 'coups de poing dans le mur', 'avec ma clope', 'avec une clope', 'avec mon briquet', 'avec le briquet', 'brûlée avec', 'brûlé avec', 'me brûler', 'me suis brûlé', 'me suis brûlée', 'je me brûle', 'la clope sur mon', 'cigarette sur mon', 'la tête contre le mur', 'la tête contre les murs', 'me frapper', 'je me frappe', 'jusqu’au sang', "jusqu'au sang", 'me griffer', 'je me griffe', 'je me mords', 'je mérite pas de manger', 'je ne mérite pas de manger', 'me priver de manger']), ...CUT_AGAIN,
      ...withPlain(['recommencé à me scarifier', 'je me scarifie encore', 'je me suis encore scarifiée', 'je me suis encore scarifié'])],
    deliberate: [{ term: 'exprès', unless: ['pas exprès', 'pas fait exprès'] }, ...withPlain(["quand je m'en veux", "seul truc qui m'aide", 'seule chose qui m’aide', "seule chose qui m'aide", 'pour me punir', 'volontairement', 'comme punition', 'je le mérite', "je l'ai mérité", 'seul truc qui me calme', 'seule chose qui me calme', 'pour sentir quelque chose',
      'plus profond cette fois', 'cette fois plus profond', 'plus profond que la dernière fois', 'plus profondément', 'manches longues pour cacher', 'cacher mes bras', 'cacher mes poignets',
      'cacher mes cicatrices', 'cacher les cicatrices', 'cacher les marques', "j'arrive pas à arrêter de me", "je n'arrive pas à arrêter de me", "j'arrive plus à arrêter de me"])],
    // "en finir" alone, not "en finir avec" a chore; not a timetable or a plot ("tout se termine à 18h", "tout finit bien").
    ending: ['ce week-end c’est fini', "ce week-end c'est fini", "ce soir c'est fini", "demain c'est fini",
      ...['tout sera fini', 'tout se termine', 'tout finit'].map(unlessBefore(['bien', 'mal', 'par', 'à', 'a', 'en', 'vers', 'avant', 'dans', 'toujours', 'le', 'la', 'les', 'au'])),
      { term: 'en finir', unless: ['en finir avec', "hâte d'en finir", "hate d'en finir", "vivement d'en finir"] },
      ...withPlain(["ce soir c'est la fin", "c'est la fin pour moi", "tout s'arrête ce soir", "ça s'arrête ce soir", 'tout se termine ce soir', 'je mets fin à tout', 'mettre fin à tout']).map(unlessBefore(['du', 'de', 'des', "d'"]))],
    dissuade: ["n'essaie pas de me retenir", "essaie pas de me faire changer d'avis"],
    // Everyone's forgiveness asked with a farewell (review: also a break-up), the speaker a burden with others freed of them, a
    // lethal dose asked about with the pills named (review: also a worried parent) (CUE_POLICY.cuePairs): self-harm.
    forgive: [...withPlain(['pardonnez-moi', 'pardonnez moi', 'pardonne-moi', 'pardonne moi']).map(unlessBefore(['mais', 'de', 'du', 'des', 'la', 'le', "l'", 'pour le', 'pour la', 'pour ce', 'cette', 'ce', 'cet', 'si', 'ma', 'mon', 'mes', 'nos'])),
      // Not "désolé pour tout le bruit".
      ...withPlain(['pardon pour tout', 'désolé pour tout', 'désolée pour tout', 'dsl pour tout', 'excusez-moi pour tout', 'pardonnez-moi pour tout']).map(unlessBefore(['le', 'la', 'les', 'ce', 'ça', 'ca', 'cela', 'ton', 'ta', 'tes', 'votre', 'vos'])),
      ...withPlain(["m'en voulez pas", 'ne m’en voulez pas']).map(unlessBefore(['si', 'mais', 'pour le', 'pour la', 'du', 'de']))],
    burden: [...withPlain(['je suis un poids', 'jsuis un poids']).map(unlessBefore(['mort', 'plume', 'lourd'])), ...withPlain(["je suis qu'un poids", "je ne suis qu'un poids", 'je suis un fardeau', "je ne suis qu'un fardeau", "je suis qu'un fardeau", 'un poids pour tout le monde',
      'je gâche tout', 'je fais que gâcher', 'je cause que des problèmes', "j'apporte que des problèmes", 'je fais que des problèmes', 'je dérange tout le monde', 'je fais que déranger', 'je pourris la vie'])],
    lethal: [...withPlain(['dose mortelle', 'dose létale', 'dose fatale', 'quantité mortelle', 'qui est mortelle', 'surdose', 'pour mourir', 'pour en mourir', 'pour y rester']),
      ...withPlain(['pour ne pas me réveiller', 'pour pas me réveiller', 'pour ne plus me réveiller', 'pour plus me réveiller']).map(unlessBefore(WAKE_HOSTS))],
    // What one hangs or suffocates oneself with (rope, charcoal, 練炭, 번개탄): with the speaker gone for good, a plan (CUE_POLICY.cuePairs); a letter is
    // too everyday a farewell for it ("bought charcoal for the barbecue and wrote to grandma").
    method: [...withPlain(['une corde', 'la corde', 'du charbon', 'le charbon'])],
    // A code, PIN or card number and a verb asking to be told it, in one clause: fraud, as banks and couriers never ask (CUE_POLICY.cuePairs).
    secret: [...withPlain(['code reçu', 'code de vérification', 'code de sécurité', 'code à 6 chiffres', 'code par sms', 'code sms', 'code confidentiel', 'code pin', 'votre pin', 'cryptogramme', 'cvv', 'numéro de carte', 'numéro de votre carte', 'coordonnées bancaires', 'mot de passe bancaire'])],
    divulge: [...withPlain(['communiquer le', 'me communiquer', 'nous communiquer', 'communiquez', 'communiquez-moi', 'communiquez-nous', 'dites-moi', 'donnez-moi', 'donne-moi', 'envoyez-moi', 'envoie-moi', 'renvoyez', 'répondez avec', 'réponds avec', 'confirmez', 'lisez-moi', 'transmettez', 'me transmettre', 'nous transmettre'])],
    // Advice against scams: in its sentence a code or a money ask is warned of, not asked for (CUE_POLICY.retractions).
    warning: [...withPlain(['ne demande jamais', 'ne demandera jamais', 'ne demandent jamais', 'ne communiquez jamais', 'ne donnez jamais', 'ne partagez jamais', 'ne partage jamais', 'attention aux', 'méfiez-vous']), "c'est une arnaque non", "c'est une arnaque hein"],
    // Not drinking: alcohol in its sentence is no drinking promoted (CUE_POLICY.retractions).
    // The reader told the speaker themselves: knowing where they live or work is then no stalking (CUE_POLICY.retractions).
    toldme: ["tu m'as dit où", "tu me l'as dit", "tu m'as raconté"],
    // Politics said with heat (CUE_POLICY.cuePairs): those who govern, called criminals or traitors, or a call to rise against them.
    polity: ['gouvernement', 'président', 'parlement', "l'assemblée", 'élections', 'elections', 'politiciens', 'politicards', 'ministres', 'macron'],
    vilify: ['sont des voleurs', 'bande de voleurs', 'traîtres', 'traitres', 'sont des criminels', 'corrompus', 'assassins', 'sont des menteurs', 'truquées', 'truquees', 'marionnettes', 'terroriste', 'terroristes', 'fascistes', 'doit tomber'],
    uprising: ['tous dans la rue', 'descendez dans la rue', 'descendons dans la rue', 'tous à la manif', 'renverser le gouvernement', 'renverser le régime', 'soulevons-nous'],
    // A threat meant: where it will be done, 'wait and see', 'not joking'. A laugh beside them is no banter (CUE_POLICY.jest). Not a
    // time alone, which game banter names as often.
    menace: ['je rigole pas', 'je plaisante pas', "c'est pas une blague", 'je suis sérieux', 'je suis sérieuse', 'à la sortie', 'a la sortie', 'attends-moi', 'attends moi', 'tu vas voir', 'quand je te vois', 'quand je te verrai', 'devant chez toi'],
    // Laughing or joking: a threat said with it is banter (CUE_POLICY.jest).
    jest: [{ term: "c'est une blague", unless: ["c'est pas une blague", "ce n'est pas une blague"] }, { term: 'c’est une blague', unless: ['c’est pas une blague', 'ce n’est pas une blague'] }, { term: 'je rigole', unless: ['que je rigole', 'je rigole pas', 'je ne rigole pas'] }, { term: 'je plaisante', unless: ['que je plaisante', 'je plaisante pas', 'je ne plaisante pas'] }, "c'est pour rire"],
    // A veiled threat: accidents happen, said to someone told to keep talking like that (CUE_POLICY.cuePairs).
    accident: ['un accident est vite arrivé', 'les accidents arrivent', 'un accident arrive vite'],
    goad: ['continue à parler comme ça', 'surveille tes arrières'],
    // Cooking: wine or beer in a recipe is no drinking promoted (CUE_POLICY.retractions).
    cooking: ['déglacer', 'déglacez', 'mijote', 'mijoter', 'mijoté', 'marinade', 'mariner', 'recette', 'bourguignon', 'coq au vin', 'la sauce', 'cuillère', 'fondue'],
    // A faith to be banned, a disputed land claimed (CUE_POLICY.cuePairs): politically or religiously sensitive.
    faith: ['religion', "l'islam", 'christianisme', 'judaïsme', 'mosquées', 'mosquees', 'églises', 'synagogues', 'cette secte'],
    outlaw: ['il faut interdire', 'faut interdire', 'doit être interdite', 'devrait être interdite', 'virer ceux qui'],
    disputed: ['la crimée', 'le kosovo', 'taïwan', 'la palestine', 'jérusalem'],
    claim: ['est à nous', 'nous appartient', 'reprendre par la force'],
    // A night together in bed, and what the reader is wearing or not (CUE_POLICY.cuePairs): sexual harassment.
    onenight: ['une nuit avec toi', 'passer la nuit ensemble', 'une nuit ensemble', 'passer la nuit avec toi'],
    // Not ill in bed ("clouée au lit avec la grippe").
    inbed: [unlessAfter(['cloué', 'clouée', 'cloue', 'clouee', 'malade', 'alitée'])('au lit'), 'dans un lit', ...withPlain(['entre les draps', 'sous les draps', 'dans les draps', 'sous la couette', 'au pieu', 'au plumard', 'dans le lit', 'dans ton lit'])],
    // Not "t'as mis quoi" (in your bag, as your profile picture) nor "t'as quoi sur toi" (cash, papers).
    wearing: ['tu portes quoi', "qu'est-ce que tu portes", ...withPlain(['tu porte quoi', 'tu portes koi', "t'es habillée comment", 'tu es habillée comment', 'comment tu es habillée', "comment t'es habillée"])],
    // Not "tout nu": a baby out of the bath on a video call with grandma.
    naked: ['nue', 'toute nue', ...withPlain(['tout nus', 'toutes nues', 'à poil', 'sans vêtements', 'sans rien sur toi', 'sans rien sur le dos', 'sans habits',
      // the clothes imagined off ("sans les vêtements", "si tu les enlevais")
      'sans les vêtements', 'sans tes vêtements', 'sans vos vêtements', 'sans les habits', 'sans tes habits', 'sans fringues', 'sans les fringues', 'sans tes fringues', 'sans tes sapes',
      'sans les sapes', 'sans rien dessus', 'déshabillée', 'toute déshabillée', 'dénudée', "en tenue d'ève", "en tenue d'adam", 'à oilp', 'seins nus', 'sans soutif',
      'si tu les enlevais', 'si tu les enlèves', 'si tu enlevais tout', 'si tu retirais tout', 'quand tu les enlèves', 'une fois déshabillée'])],
    // The reader's underwear, their body called sexy or pictured in the speaker's bed, a naked video call, how many
    // people they have slept with, someone sought to warm the speaker's bed (CUE_POLICY.cuePairs): sexual harassment.
    // The speaker's hotel tonight and what the reader wears right now go to review. Not "dessous" ("ci-dessous").
    underwear: [...withPlain(['culotte', 'culottes', 'petite culotte', 'string', 'strings', 'tanga', 'soutif', 'soutien-gorge', 'soutien gorge', 'lingerie', 'sous-vêtements', 'sous-vêtement', 'sous vêtements', 'nuisette', 'brassière'])],
    now: [...withPlain(['maintenant', 'là maintenant', 'en ce moment', 'tout de suite', 'là tout de suite', 'actuellement', 'mtn', 'mnt'])],
    physique: [...withPlain(['ton corps', 'ton petit corps', 'ta silhouette', 'tes formes', 'ton physique', 'tes courbes', 'tes cuisses', 'tes hanches', 'ta plastique', 'votre corps', 'votre silhouette', 'vos formes', 'ce corps', 'quel corps',
      // the reader's body praised ("t'as un corps de rêve", "t'es bien foutue")
      'corps de rêve', 'corps de déesse', 'corps de mannequin', 'corps de ouf', 'beau corps', 'joli corps', 'super corps', 'sacré corps', 'corps parfait', 'belle silhouette',
      'jolie silhouette', 'silhouette de rêve', 'belles formes', 'jolies formes',
      "t'es bien foutue", 'tes bien foutue', 'tu es bien foutue', "t'es trop bien foutue", "t'es bien gaulée", 'tes bien gaulée', 'tu es bien gaulée', "t'es bien gaulé", 'taille de guêpe'])],
    // Not "canon", a friend's compliment, "excitant", exciting, "chaud", a fever ("ton corps est chaud"), nor what also praises food,
    // weather or a massage ("appétissant", "torride", "sensuel", "à croquer"), nor the English "hot" ("your body is hot").
    lewd: ['sexy', 'bandant', 'bandante', 'baisable', 'chaudasse', 'bonnasse', 'bombasse',
      // A picture made sexual by its adjective ("une photo chaude", "une tof hot"); bare "chaude", "sensuelle", "torride" also praise a soup or a massage.
      ...withPlain([...pairs(['photo', 'photos', 'tof', 'tofs', 'pic', 'selfie', 'vidéo', 'photo de toi', 'photos de toi'], ['chaude', 'chaudes', 'suggestive', 'suggestives', 'sensuelle', 'sensuelles',
        'torride', 'torrides', 'olé olé']), ...pairs(['tof', 'tofs', 'pic', 'selfie'], ['hot', 'coquine', 'coquines', 'cochonne', 'osée', 'sexy'])])],
    videocall: [...withPlain(['appel vidéo', 'appel en vidéo', 'en vidéo', 'facetime', 'visio', 'en visio', 'appel visio', 'webcam', 'en cam', 'appel cam', 'skype'])],
    // Not "t'as couché les enfants"; "tu t'es couché" is going to bed.
    bedded: [...withPlain(["t'as couché", 'tu as couché', 'tas couché', 'as-tu couché', "t'as baisé", 'tu as baisé']).map(unlessBefore(['les enfants', 'le bébé', 'la petite', 'le petit', 'les petits'])),
      ...withPlain(['couché avec', 'coucher avec', "fait l'amour avec", "t'as fait l'amour", "tu as fait l'amour", 'partenaires sexuels', 'eu des rapports'])],
    tally: ['combien', 'cb', 'cmb'],
    // A person to warm the bed, not a blanket or a hot-water bottle ("je cherche une bouillotte pour réchauffer mon lit").
    bedwarm: [...withPlain(pairs(["quelqu'un", 'qqn', 'une meuf', 'une fille', 'un mec', 'une femme', 'un homme', 'une nana', 'une go', 'une copine'], ['pour me réchauffer', 'pour me tenir chaud', 'qui me réchauffe', 'qui me tienne chaud', 'pour réchauffer mon lit', 'pour dormir avec moi', 'pour partager mon lit']))],
    // The reader asked up to it; not "my room" nor "my place" ("ranger ma chambre ce soir"), nor the speaker's own booking ("je réserve mon hôtel pour ce soir").
    hotelroom: [...withPlain(pairs(['viens', 'passe', 'rejoins-moi', 'rejoins moi', 'monte', 'retrouve-moi'], ['à mon hôtel', "dans ma chambre d'hôtel", 'dans mon hôtel']))],
    tonight: ['ce soir', 'cette nuit', 'cesoir', 'c soir', 'ce soir même'],
    // What a lesson or a service costs per unit (CUE_POLICY.cuePairs): beside a sum, a priced offer.
    rate: ['par cours', "cours d'essai", 'cours d’essai'],
    // The learner's side of a lesson's price: the speaker pays it, or it is their own teacher's (CUE_POLICY.retractions).
    pupil: ['je paie', 'je paye', "j'ai payé", 'j’ai payé', 'je payais', 'me facture', 'me prend', 'mon prof', 'ma prof', 'mon professeur', 'ma professeure', 'mon tuteur', 'ma tutrice', 'tu paies combien', 'tu payes combien'],
    // Teaching offered in bed; a stay at the speaker's with one bed, for review (CUE_POLICY.cuePairs). The speaker teaching, not
    // the learner ("j'apprends mes mots au lit", "t'apprends tes mots au lit ?" is "tu apprends"), nor a word taught ("je t'apprends
    // un mot : rester au lit"), nor lessons the speaker takes ("mes cours particuliers").
    teach: [...withPlain(["je t'apprends", "jt'apprends", 'jtapprends', "je t'apprendrai", "t'apprendre", 'tapprendre', "t'apprenne", "je vais t'enseigner", "je t'enseigne",
      "t'enseigner", "je t'enseignerai", "s'enseigne", "s'enseignent", 'je te donne des cours', 'je te donnerai des cours', 'je te donne des leçons', 'je te donnerai des leçons',
      ...pairs(['je te montre', 'je te montrerai', 'je vais te montrer', 'jvais te montrer', 'je peux te montrer', 'laisse-moi te montrer', 'laisse moi te montrer'], ['comment', 'ce que', "ce qu'"])])
      .map(unlessBefore(withPlain(['un mot', 'le mot', 'ce mot', 'des mots', 'un nouveau mot', 'une expression', "l'expression", 'cette expression', 'à dire', 'à prononcer', 'comment on dit', 'comment dire']))),
      ...withPlain(['cours particuliers', 'cours particulier', 'leçons particulières', 'leçon particulière', 'cours privés'])
        .map(unlessAfter(withPlain(['mes', 'mon', 'ses', 'son', 'prends des', 'prend des', 'prendre des', 'pris des', 'suivre des', 'suis des', 'à mes', 'après mon', 'après mes', 'avant mon', 'avant mes'])))],
    onebed: [...withPlain(['un seul lit', "qu'un seul lit", "qu'un lit", 'un lit pour deux', 'un seul matelas', 'partager le lit', 'partager mon lit', 'partager un lit', 'on partagera le lit',
      'dans le même lit', 'le même lit'])],
    // The reader put up for the night at the speaker's ("tu dors chez moi").
    stayover: [...withPlain(['tu dors chez moi', 'tu dormiras chez moi', 'tu peux dormir chez moi', 'dormir chez moi', 'dors chez moi', 'tu restes chez moi', 'tu resteras chez moi', 'rester chez moi',
      'rester dormir', 'tu crèches chez moi', 'crécher chez moi', 'tu loges chez moi', 'tu logeras chez moi', 'loger chez moi', 'passer la nuit chez moi', 'squatter chez moi', 'tu squattes chez moi',
      'tu pieutes chez moi'])],
    // Pressing for a contact detail after a refusal (CUE_POLICY.solicitContact).
    insist: ['pourquoi tu veux pas me donner', 'pourquoi tu ne veux pas me donner', 'je vais pas te harceler'],
    // Someone else's speech reported (said, decía, a dit, sagte, говорил, قال, bola, 说, って言って, 라고 했): a threat quoted by it is theirs.
    reported: ['a dit', 'disait', 'me disait', 'm\'a dit', 'm\'a écrit', 'a écrit', 'criait', 'a crié'],
    // The speaker apologising: the reader asked again with a count is not pushing (CUE_POLICY.pushedContact).
    apology: ['désolé', 'désolée', 'desole', 'desolee', 'dsl', 'pardon', 'excuse-moi', 'excuse moi', 'excusez-moi', 'je m\'excuse'],
    // Regret promised to the reader: a threat with a `coerce` near it (CUE_POLICY.cuePairs), advice or a feeling alone.
    regret: ['tu vas regretter', 'tu vas le regretter', 'tu le regretteras', 'tu regretteras', 'tu le regrettera', 'tu va regretter', 'tu va le regretter', 'tu vas le regretté', 'tu vas regretté', 'tu vas le regreter', 'tvas regretter', 't\'vas regretter', 'tu vas t\'en mordre les doigts', 'tu vas t en mordre les doigts', 'vous allez regretter', 'vous allez le regretter', 'vous le regretterez', 'je vais te faire regretter', 'jvais te faire regretter'],
    // What the reader does to the speaker that a promised regret punishes (CUE_POLICY.cuePairs).
    coerce: ['m\'ignorer', 'm ignorer', 'tu m\'ignores', 'tu m ignores', 'tu mignores', 'bloque-moi', 'bloque moi', 'tu me bloques', 'me bloquer', 'tu m\'as bloqué', 'tu m\'as bloquée', 'tu m\'as bloque', 'si tu me réponds pas', 'si tu me reponds pas', 'si tu me repond pas', 'si tu ne me réponds pas', 'si tu ne me reponds pas', 'ce que tu m\'as dit', 'ce que tu m as dit', 'ce que tu as dit sur moi', 'me signaler', 'tu me signales', 'tu me laisses en vu', 'me laisser en vu', 'tu me quittes', 'me quitter', 'ce que t\'as dit', 'ce que tas dit'],
    // A count of times, beside the speaker's asking (`asked`).
    repeat: ['genre 3 fois', '3 fois', 'trois fois', '2 fois', 'deux fois', '4 fois', 'quatre fois', '5 fois', 'cinq fois', 'plusieurs fois', 'mille fois', '100 fois', 'cent fois', 'combien de fois', 'tellement de fois', 'une dernière fois', 'une derniere fois', 'pour la dernière fois', 'pour la derniere fois', '3x'],
    // The speaker's own asking: with a count beside it (`repeat`), pushing a contact ask (CUE_POLICY.pushedContact).
    asked: ['demandé', 'demande', 'j\'ai demandé', 'jai demandé', 'jai demande', 'je demande', 'je te demande', 'jte demande', 'je redemande', 'je te redemande', 'redemandé', 'je t\'ai demandé', 'je t\'ai demande', 'je demandais'],
    // Pushing after a refusal, in words that ask for nothing themselves: a contact ask near them is pressed for (CUE_POLICY.pushedContact).
    pressure: ['je te l\'ai déjà demandé', 'je te l\'ai deja demande', 'jte l\'ai deja demande', 'combien de fois je dois demander', 'combien de fois faut que je demande', 'combien de fois je t\'ai demandé', 'pour la dernière fois', 'pour la derniere fois', 'troisième fois que je demande', 'troisieme fois que je demande', 't\'as dit non mais', 'tu as dit non mais', 'même si t\'as dit non', 'meme si t\'as dit non', 'je sais que tu veux pas', 'dis pas non', 'me dis pas non', 'j\'accepte pas un non', 'ça coûte rien', 'ca coute rien', 'ça te coûte rien', 'ca te coute rien', 'ça te coute rien', 'qu\'est-ce que ça peut faire', 'qu\'est ce que ca peut faire', 'tu perds rien', 't\'as rien à perdre', 't\'as rien a perdre', 'c\'est juste un numéro', 'c\'est juste un numero', 'fais pas ta difficile', 'fais pas la difficile', 'fais pas ta farouche', 'sois pas comme ça', 'sois pas comme ca', 'pourquoi t\'es comme ça', 'pourquoi t\'es comme ca', 'je suis pas chelou', 'jsuis pas chelou', 'je suis pas bizarre', 'je suis pas un psychopathe', 'je suis pas un pervers', 'je te promets je suis normal', 'tu esquives à chaque fois', 'tu esquives toujours', 'tu esquives encore', 'arrête d\'esquiver', 'arrete d\'esquiver', 'tu évites la question', 'tu evites la question', 'arrête de changer de sujet', 'arrete de changer de sujet', 'tu changes toujours de sujet', 'tu réponds jamais à ça', 'tu reponds jamais a ca', 'tu fuis la question', 'tu te défiles', 'tu te defiles', 'pourquoi t\'en fais tout un plat', 't\'en fais tout un fromage', 'en fais pas tout un plat', 'pourquoi tu fais tout un drame', 'arrête de dramatiser', 'arrete de dramatiser', 'c\'est qu\'un numéro', 'pourquoi tant de mystère', 'arrête de faire ta compliquée', 'arrete de faire ta compliquee', 'sois pas si compliquée', 'arrête de faire ta difficile', 'fais pas ta coincée', 'sois pas si coincée', 'fais pas ta prude', 'pourquoi tu fais ta compliquée', 'fais pas ta sainte-nitouche'],
    // An experience missed: the regret promised in its sentence is advice, not a threat (CUE_POLICY.retractions).
    missout: ['si tu ne goûtes pas', 'si tu ne goutes pas', 'si tu goûtes pas', 'si tu goutes pas', 'si tu ne le goûtes pas', 'si tu n\'essaies pas', 'si tu n’essaies pas', 'si tu essaies pas', 'si t\'essaies pas', 'si tu n\'essayes pas', 'si tu essayes pas', 'si tu ne testes pas', 'si tu testes pas', 'si tu ne tentes pas', 'si tu tentes pas', 'si tu n\'y vas pas', 'si tu n’y vas pas', 'si t\'y vas pas', 'si tu y vas pas', 'si tu ne visites pas', 'si tu visites pas', 'si tu ne le vois pas', 'si tu ne regardes pas', 'si tu regardes pas', 'si tu ne manges pas', 'si tu manges pas', 'si tu ne voyages pas', 'si tu ne réserves pas', 'si tu n\'en profites pas', 'si tu en profites pas', 'si vous ne goûtez pas', 'si vous n\'essayez pas', 'si vous n\'y allez pas', 'si vous ne visitez pas', 'si tu rates ça', 'si tu rates ca', 'si tu loupes ça', 'si tu loupes ca', 'si tu manques ça', 'si tu passes à côté', 'si tu passes a cote', 'de passer à côté', 'de ne pas y aller', 'de pas y aller', 'de ne pas y être allé', 'de ne pas y etre alle', 'de ne pas être allé', 'de ne pas avoir goûté', 'de ne pas l\'avoir goûté', 'de ne pas avoir essayé', 'de ne pas l\'avoir essayé', 'de ne pas avoir vu', 'de ne pas l\'avoir vu', 'de ne pas avoir visité', 'de ne pas essayer', 'de ne pas goûter', 'de ne pas visiter', 'sans goûter', 'sans gouter', 'sans essayer', 'sans voir', 'sans visiter', 'sans avoir goûté', 'sans avoir vu', 'sans avoir essayé', 'regretter rien', 'regretteras rien', 'regretteras pas', 'regretteras jamais', 'vas pas le regretter', 'vas pas regretter'],
    // The speaker naming themselves (CUE_POLICY.selfLabel): "je suis trop con", "je me sens comme une idiote", "quel connard je suis", "quelle conne je fais".
    selfbefore: ['je suis', "j'suis", 'jsuis', 'chuis', 'chui', "j'étais", "j'etais", 'je me sens', 'je me suis senti', 'je me suis sentie', "j'ai l'air"].flatMap((head) => [head, ...pairs([head], ['un', 'une', 'trop', 'tellement', 'vraiment', 'vraiment un', 'vraiment une', 'vraiment trop', 'comme un', 'comme une', 'un vrai', 'une vraie', 'un gros', 'une grosse', 'le pire', 'la pire', 'grave', "qu'un", "qu'une", "d'un", "d'une"])]),
    selfretort: ["c'est ça", 'ouais c’est ça', "ouais c'est ça", 'bien sûr', 'bien sur', 'donc maintenant'],
    selfafter: ['je suis', 'que je suis', "que j'suis", 'que chuis', 'je fais', 'que je fais'],
    selflead: ['quel', 'quelle', 'quel gros', 'quelle grosse', 'le', 'la', 'que'],
    selfsigh: ['oh', 'pff', 'ah', 'bref', 'franchement', 'décidément'],
    abstain: ['je bois pas', 'je ne bois pas', 'je bois jamais', 'je ne bois jamais', 'je ne bois plus', "je bois plus d'alcool", 'sans alcool', "j'ai arrêté de boire", "j'ai arrêté l'alcool", "je supporte pas l'alcool"],
    // A fee paid to start work, with earnings or a task job beside it: the paid-task scam (CUE_POLICY.cuePairs).
    fee: [...withPlain(['frais de dossier', 'frais de formation', "frais d'activation", 'frais d’activation', 'dépôt pour débloquer', 'dépôt pour activer'])],
    gig: [...withPlain(['job facile', 'travail à domicile', 'par like', 'par avis', 'par tâche', 'vos missions', 'candidature est retenue', 'êtes sélectionné', 'êtes sélectionnée'])],
    // Telling the reader they will not sleep, with the speaker's bed in the text: a night in bed promised (CUE_POLICY.cuePairs).
    sleepless: [...withPlain(['je te laisserai pas dormir'])],
    bedroom: [...withPlain(['dans mon lit', 'dans mes draps', 'sur mon lit', 'dans mon pieu'])],
    // The reader's voice arousing the speaker; the two of them pictured in the shower: desire aimed at the reader (CUE_POLICY.cuePairs).
    voice: [...withPlain(['ta voix'])],
    aroused: [...withPlain(['m’excite', "m'excite", 'me chauffe', 'me fait bander', 'me fais bander', 'me rend chaud', 'me rend chaude', "m'allume", 'me fait mouiller', 'me fais mouiller', "me fait de l'effet", "me fais de l'effet", 'me donne envie de toi'])],
    fantasy: [...withPlain(['je nous imagine', 'je pense à nous'])],
    sharedbath: [...withPlain(['sous la douche ensemble', 'douche ensemble', 'ensemble sous la douche', 'dans le bain ensemble'])],
    // A romance ad: a seeking verb with a partner (see CUE_POLICY.romanceAd). Not one's own partner ("a gift for my wife").
    seek: ['cherche', 'je cherche', 'recherche', 'à la recherche de', 'a la recherche de', 'cherchons'],
    partner: ['petite amie', 'petit ami', 'future femme', 'future épouse', 'future epouse', 'épouse', 'mari', 'futur mari', 'âme sœur', 'âme soeur', 'ame soeur', 'relation sérieuse', 'relation serieuse', 'homme sérieux', 'femme sérieuse', 'compagne', 'compagnon de vie', 'jeune femme', 'relation sugar', 'jeune fille'].map(unlessAfter(['ma', 'mon', 'sa', 'son', 'ta', 'ton', 'notre'])),
    // Gore told in two cues each harmless alone (see CUE_POLICY.cuePairs): spilled insides, a body cut in two, a pet skinned or an animal skinned alive.
    viscera: ['cervelle', 'cerveau', 'tripes', 'intestins', 'boyaux', 'viscères', 'visceres'],
    spill: ['partout', 'qui sortent', 'sortir du ventre', 'qui pendent', 'à l’air', "à l'air", 'étalés', 'étalée', 'par terre', 'sur la route', 'en morceaux', 'des morceaux partout'],
    bisect: ['coupé en deux', 'coupée en deux', 'en deux morceaux', 'sectionné', 'sectionnée', 'tête écrasée', 'tête a été écrasée'],
    corpse: ['corps', 'cadavre', 'mec', 'homme', 'motard', 'camion', 'par le train', 'par un train'],
    bloodshed: ['mare de sang', 'baignait dans son sang', 'couvert de sang', 'couverte de sang', 'le sang giclait', 'du sang giclait', 'giclée de sang', 'gerbes de sang', "on voyait l'os", 'on voyait les os', 'du sang partout'],
    mishap: ['points de suture', 'saignement de nez', 'saigné du nez', 'saigne du nez', 'je me suis coupé', 'je me suis coupée', 'je me suis ouvert', 'je me suis ouverte', 'en coupant des oignons', 'tombé de vélo', 'tombée de vélo', 'chez le dentiste', 'pansement'],
    flay: ['dépecé', 'dépecée', 'dépecer', 'écorché', 'écorchée', 'écorcher', 'depece', 'ecorche'],
    alive: ['bougeait encore', 'encore vivant', 'encore vivante', 'en hurlant', 'il hurlait'],
    pet: ['chien', 'chiot', 'chat', 'chaton', 'chats', 'chiens', 'chatons'],
    cruelty: ['foutu le feu', 'mis le feu', 'brûlé vif', 'brule vif', 'noyé les', 'noye les', 'traîné derrière', 'tabassé à mort', 'torturé'],
    // Films, shows and games: gore said of them describes fiction (see CUE_POLICY.fiction).
    fiction: ['spoiles', 'spoile', 'me spoiles', 'film', 'série', 'serie', 'épisode', 'anime', 'jeu vidéo', 'jeu video', 'horreur', 'zombie', 'zombies', 'halloween', 'maquillage', 'effets spéciaux'],
    violence: unlessGame([
      ...HARM_CUES,
      'te défoncer', 'te défonce', 't\'éclater', 'je t\'éclate', 'te bute', 'te crever', 'te fracasser', 'te fumer',
      'te tuer', 'te buter', 'poignarder', 'te poignarder', 'égorger', 'egorger', 'étrangler', 'etrangler',       'te frapper', 'tabasser', 'te tabasser', 'casser la gueule', 'péter la gueule', 'te violer', 'torturer', 'brûler vif',
      'te planter', 'tirer dessus',
    ]),
    intensifier: ['très', 'tres', 'trop', 'tellement', 'vraiment', 'super', 'grave', 'complètement', 'completement', 'totalement', 'carrément', 'carrement', 'franchement', 'sérieux', 'serieux', 'si', 'hyper', 'archi', 'vachement', 'tout à fait', 'littéralement', 'juste'],
    laughter: ['mdr', 'ptdr', 'hihi*', 'ahah*'],
    fondness: ['je t\'aime', 'je t\'adore', 'jtm', 'jtd', 'bisous', 't\'aime fort'],
    meta: [
      'que veut dire', 'ça veut dire quoi', 'ca veut dire quoi', 'ça veut dire', 'ca veut dire', 'veut dire quoi', 'c’est quoi le mot', "c'est quoi le mot",
      'signifie', 'signification de', 'le sens de', 'comment on dit', 'comment dit-on', 'comment dire', 'comment ça se dit', 'gros mot', 'gros mots',
      'un juron', 'c’est vulgaire', "c'est vulgaire", 'est-ce vulgaire', 'c’est impoli', "c'est impoli", 'c’est insultant', 'le mot', 'ce mot',
      'traduction', 'traduire', 'la différence entre', 'argot', 'en argot', 'au québec on dit', 'en france on dit', 'pourquoi on dit',
    ],
  },
};
