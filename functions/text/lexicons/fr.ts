import { pairs } from './term-builders';
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
  'profitent du systeme',
];

const APPS = ['snap', 'snapchat', 'insta', 'instagram', 'whatsapp', 'wtsp', 'watsap', 'whatsap', 'wts', 'telegram', 'télégram', 'discord', 'facebook', 'fb', 'tiktok', 'messenger'];

export const fr: Lexicon = {
  lang: 'fr',
  terms: {
    insult: [
      'tête de cul',
      't\'es qu\'une merde', 't\'es qu\'une grosse merde', 'tu n\'es qu\'une merde', 'espèce de merde',
      'connard', 'connards', 'connasse', 'connasses', 'conne', 'connes', 'pauvre con', 'sale con', 'gros con', 'espèce de con', 'espece de con',
      'petit con', 'bande de cons', 'quel con', 't’es con', "t'es con", 'tes con', 't’es conne', "t'es conne", 'tes conne', 'salope', 'salopes',
      'salaud', 'salauds', 'salopard', 'enculé', 'encule', 'enculés', 'encules', 'enculée', 'enfoiré', 'enfoire', 'enfoirés', 'enfoirée', 'fils de pute',
      'fdp', 'fils de chien', 'ntm', 'nique ta mère', 'nique ta mere', 'nique ta race', 'ntr', 'nique ta grand-mère', 'ta mère la pute',
      'ta mere la pute', 'ta gueule', 'ferme ta gueule', 'ftg', 'ferme-la', 'va te faire foutre', 'va te faire enculer', 'vtff', 'va te faire',
      'va chier', 'casse-toi', 'casse toi', 'dégage connard', 'bâtard', 'batard', 'bâtards', 'batards', 'abruti', 'abrutie', 'abrutis', 'crétin',
      'cretin', 'crétine', 'débile', 'debile', 'débiles', 'attardé', 'attarde', 'mongolien', 'triso', 'trisomique', 'idiot',
      'idiote', 'imbécile', 'imbecile', 'sous-merde', 'sous merde', 'merdeux', 'merdeuse', 'pétasse', 'petasse', 'pouffiasse', 'poufiasse', 'grognasse',
      'trainée', 'traînée', 'catin', 'garce', 'pute', 'putes', 'sale pute', 'grosse pute', 'bouffon', 'bouffonne', 'tocard', 'tocarde', 'boloss',
      'bolosse', 'cassos', 'trou du cul', 'trouduc', 'tête de nœud', 'tete de noeud', 'tête de con', 'tete de con', 'face de rat',
      'sac à merde', 'sac a merde', 'grosse vache', 'gros porc', 'sale porc', 'sale pd', 'gros pd', 'espèce de pd', 'pd va', 't’es moche', "t'es moche", 'tes moche', 'personne ne t’aime',
      "personne ne t'aime", 'personne t’aime', "personne t'aime", 'suce ma bite', 'suce-moi', 'va sucer', 'lèche-cul', 'leche cul', 'pd de merde',
      'mange de la marde', 'mange d’la marde', "mange d'la marde", 'mange de la merde', 'niaiseux', 'niaiseuse', 'gros cave', 'maudit cave',
      'espèce de cave', 'ma tabarnak', 'mon tabarnak', 'mange un char de marde', 'ostie de cave', 'crisse de cave', 'osti de mongol',
    ],
    harassment: [
      'je sais où tu bosses', 'je sais où tu travailles', 'je t\'attendrai devant',
      'te pécho à la sortie', 'jvais te pécho',
      'je sais où tu habites', 'je sais ou tu habites', 'je sais où t’habites', "je sais où t'habites", 'je sais ou t habites', 'je sais où tu vis',
      'je connais ton adresse', 'je te surveille', 'je t’observe', "je t'observe", 'je vais te retrouver', 'je vais te trouver', 'tu peux pas te cacher',
      'tu ne peux pas te cacher', 'je vais balancer tes photos', 'je vais publier tes photos', 'je vais leak tes nudes', 'je vais diffuser tes nudes',
      'je vais pourrir ta vie', 'je vais te pourrir la vie', 'je vais ruiner ta vie', 'va te tuer', 'tue-toi', 'tue toi', 'suicide-toi', 'suicide toi',
      'va crever', 'crève', 'creve', 'crève salope', 'j’espère que tu vas crever', "j'espère que tu vas crever", 'jespere que tu vas crever',
      'j’espère que tu meurs', "j'espère que tu meurs", 'pends-toi', 'pends toi', 'réponds salope', 'reponds salope',
    ],
    curse: [
      'putain', 'ptn', 'ptin', 'put1', 'putin de', 'merde', 'merdes', 'mrd', 'de merde', 'bordel', 'bordel de merde', 'chier', 'fait chier', 'ça me fait chier',
      'ca me fait chier', 'fais chier', 'chiant', 'chiante', 'chiants', 'fais pas chier', 'tg', 'couilles', 'couille', 'mes couilles',
      'se branler', 'je m’en branle', "je m'en branle", 'jmen bats les couilles', 'je m’en bats les couilles', "je m'en bats les couilles", 'foutre',
      'rien à foutre', 'rien a foutre', 'ràf', 'j’en ai rien à foutre', 'je m’en fous', 'nique', 'niquer', 'niqué', 'nique sa mère',
      'nique sa mere', 'nsm', 'bordel de dieu', 'nom de dieu', 'bon dieu de merde', 'saloperie', 'saloperies', 'connerie', 'conneries', 'emmerder',
      'emmerdeur', 'emmerdeuse', 'emmerdé', 'fait iech', 'ça me saoule', 'ptn de merde', 'wesh gros putain', 'tabarnak', 'tabarnac', 'tabarnaque',
      'tabarouette', 'câlisse', 'calisse', 'caliss', 'crisse', 'ostie', 'osti', 'estie', 'esti',
      'ciboire', 'saint-ciboire', 'viarge', 'marde', 'de la marde', 'crisse de', 'chriss', 'mautadit', 'maudit crisse', 'enculer',
      'enculé de ta race', 'pute de merde', 'mon cul', 'trou de balle', 'chatte à ta mère', 'chatte a ta mere',
    ],
    sexual: [
      'te faire prendre', 'te faire défoncer',
      // "tu suces ?" is the proposition; a thumb or a sweet is not.
      { term: 'tu suces', unless: ['tu suces ton pouce', 'tu suces des bonbons', 'tu suces une glace', 'tu suces des glaçons'] },
      'baiser avec toi', 'on baise', 'je veux baiser', 'veux baiser', 'tu baises', 'baise-moi', 'baise moi', 'niquer avec', 'on nique', 'baiser ce soir',
      'faire l’amour avec toi', "faire l'amour avec toi", 'coucher avec toi', 'on couche ensemble', 'porno', 'faire du sexe', 'du sexe avec', 'parler de sexe',
      'porn', 'pornographie', 'nudes', 'nude', 'toute nue', 'tout nu', 'je suis nue', 'photo nue', 'photos nues',       'chaude comme', 'je bande', 'ça me fait bander', 'branlette', 'branler',
      'me branler', 'je me branle', 'masturber', 'me masturber', 'masturbation', 'une pipe', 'tailler une pipe',
      'fellation', 'cunni', 'sodomie', 'levrette', 'en levrette', 'gode', 'godemichet', 'plan cul', 'plans cul', 'sexto', 'sextos',
      'ma bite', 'ta chatte', 'grosse bite', 'ta bite', 'nichons', 'gros seins', 'gros nichons', 'foufoune', 'teub', 'zizi', 'chibre',
      'partouze', 'plan à trois', 'plan a trois', 'cam coquine', 'webcam coquine', 'sexcam', 'onlyfans',
      'contenu +18', 'contenu adulte', 'vends nudes', 'vend nudes',
    ],
    'sexual-harassment': [
      'envoie des nudes', 'envoie nudes', 'envoie-moi des nudes', 'envoie moi des nudes', 'envoie une photo nue', 'envoie-moi une photo de tes seins',
      'montre-moi tes seins', 'montre moi tes seins', 'montre tes seins', 'montre tes fesses', 'montre-moi tes fesses', 'montre moi tes fesses',
      'montre-moi ton corps', 'montre moi ton corps', 'montre ta chatte', 'tu portes quoi', 'tu portes quoi là', 'tu portes quoi comme culotte',
      'quelle couleur ta culotte', 'quelle couleur est ta culotte', 'couleur de ta culotte', 'taille de soutif', 'ta taille de soutien-gorge',
      'bonnet de quelle taille', 't’es vierge', "t'es vierge", 'tes vierge', 'tu es vierge', 'tu veux baiser', 'tu veux coucher avec moi',
      'je veux te baiser', 'je vais te baiser', 'je veux te toucher', 'je veux te lécher', 'je veux te lecher', 'je veux te sucer', 'je veux te prendre',
      'tu me fais bander', 'tu m’excites', "tu m'excites", 'tu mexcites', 't’es bonne', "t'es bonne", 'tes bonne', 't’es trop bonne', "t'es trop bonne",
      'tes trop bonne', 'bonne à baiser', 'enlève tes vêtements', 'enleve tes vetements', 'déshabille-toi', 'deshabille toi', 'déshabille toi', 'sans vêtements',
      'sans vetements', 'écarte les jambes', 'ecarte les jambes', 'viens dans mon lit', 'assieds-toi sur moi', 'je vais te violer', 'je veux te violer',
      'appel vidéo nue', 'appel video nue',
    ],
    spam: [
      'vous avez gagné', 'vous avez gagne', 't’as gagné', "t'as gagné", 'tu as gagné', 'tu as gagne', 'félicitations vous avez', 'felicitations vous avez',
      'vous avez été sélectionné', 'vous avez ete selectionne', 'réclamez votre', 'reclamez votre', 'récupérez votre cadeau', 'cadeau gratuit', 'iphone gratuit',
      'iphone offert', 'gagnez un iphone', 'lot à gagner', 'cliquez ici', 'clique ici', 'cliquez sur le lien', 'clique sur le lien', 'lien dans ma bio',
      'lien en bio', 'abonne-toi', 'abonnez-vous', 'abonne toi', 'follow back', 'je follow back', 'je suis en retour', 'partagez ce message',
      'transférez ce message', 'envoie ce message à', 'offre limitée', 'offre limitee', 'stop au 36', 'répondez stop', 'repondez stop',
    ],
    phishing: [
      'vérifiez votre compte', 'verifiez votre compte', 'vérifie ton compte', 'verifie ton compte', 'confirmez votre compte', 'confirme ton compte',
      'votre compte sera suspendu', 'votre compte a été suspendu', 'votre compte a ete suspendu', 'ton compte va être supprimé', 'ton compte a été bloqué',
      'votre compte a été bloqué', 'entrez votre mot de passe', 'donne-moi ton mot de passe', 'donne moi ton mot de passe', 'c’est quoi ton mot de passe',
      "c'est quoi ton mot de passe", 'ton mdp', 'code de vérification', 'code de verification', 'donne-moi le code', 'donne moi le code', 'envoie-moi le code',
      'envoie moi le code', 'le code que tu as reçu', 'le code que tu as recu', 'code à 6 chiffres', 'code a 6 chiffres', 'code reçu par sms',
      'coordonnées bancaires', 'coordonnees bancaires', 'ton rib', 'numéro de carte', 'numero de carte', 'le cryptogramme', 'activité suspecte',
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
      'lien dans la bio',
      'sans expérience', 'par semaine depuis chez toi',
      'à vendre', 'a vendre', 'je vends', 'vends', 'promo', 'promotion', 'promos', 'réduction', 'reduction', 'code promo', 'soldes', 'livraison gratuite',
      'livraison offerte', 'achetez maintenant', 'commandez maintenant', 'commande en dm', 'commandes en dm', 'prix en dm', 'prix en mp', 'dispo en mp',
      'contactez-moi en mp', 'écris-moi en mp', 'ecris moi en mp', 'en inbox pour', 'vente en gros', 'grossiste', 'cours particuliers', 'tarif horaire',
      'ma chaîne youtube', 'ma chaine youtube', 'abonnez-vous à ma chaîne', 'abonne toi à ma chaîne', 'suivez ma page', 'on recrute', 'nous recrutons',
      'offre d’emploi', "offre d'emploi", 'je cherche un travail', 'je cherche du travail', 'je cherche un emploi', 'cherche un job', 'mon cv',
      'travail à domicile', 'travail a domicile', 'travaillez depuis chez vous', 'gagner de l’argent', "gagner de l'argent", 'gagnez de l’argent',
      "gagnez de l'argent", 'argent facile', 'revenus passifs', 'revenu complémentaire', 'jeu concours', 'tirage au sort', 'giveaway',
      'tombola', 'enchères', 'encheres', 'vente aux enchères', 'cagnotte', 'leetchi', 'faites un don', 'fais un don', 'collecte de fonds',
      'parrainage', 'code de parrainage', 'lien d’affiliation', 'partenariat rémunéré',
    ],
    fraud: [
      'conseiller ameli', 'votre rib et code', 'code de carte', 'envoyez-moi votre rib',
      'prête-moi de l’argent', "prête-moi de l'argent", 'prete moi de l argent', 'prête moi de l’argent', "prete moi de l'argent", 'tu peux me prêter',
      'tu peux me preter', 'tu me prêtes', 'tu me pretes', 'j’ai besoin d’argent', "j'ai besoin d'argent", 'jai besoin dargent', 'besoin d’argent urgent',
      "besoin d'argent urgent", 'envoie-moi de l’argent', "envoie-moi de l'argent", 'envoie moi de l argent', 'fais-moi un virement', 'fais moi un virement',
      'je te rembourse', 'je te rembourserai', 'placement garanti', 'rendement garanti', 'profit garanti', 'bénéfice garanti', 'gains garantis',
      'rendement quotidien', 'doublez votre argent', 'double ton argent', 'investir dans le bitcoin', 'investis en crypto', 'investissement crypto',
      'plateforme d’investissement', "plateforme d'investissement", 'signaux de trading', 'trading forex', 'je suis de l’équipe hellotalk',
      "je suis de l'équipe hellotalk", 'équipe hellotalk', 'equipe hellotalk', 'support hellotalk', 'service client hellotalk', 'je suis l’administrateur',
      "je suis l'administrateur", 'carte cadeau', 'cartes cadeaux', 'carte google play', 'carte itunes', 'coupon pcs', 'recharge pcs', 'transcash',
      'neosurf', 'frais de douane', 'frais de dédouanement', 'ton colis est bloqué', 'votre colis est bloqué', 'payer les frais', 'héritage', 'heritage de',
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
      'cherche homme mûr', 'pour rencontres', 'cherche femme pour',
      'cherche copine', 'cherche une copine', 'je cherche une copine', 'cherche copain', 'cherche un copain', 'je cherche un copain', 'cherche une meuf',
      'je cherche une meuf', 'cherche un mec', 'cherche femme', 'cherche une femme', 'cherche homme', 'cherche un homme', 'cherche l’amour',
      "cherche l'amour", 'cherche ma moitié', 'cherche l’âme sœur', "cherche l'âme sœur", 'cherche ame soeur',       'cherche relation', 'célibataire cherche', 'celibataire cherche', 'tu veux être ma copine', 'tu veux etre ma copine', 'tu veux sortir avec moi',
      'veux-tu m’épouser', "veux-tu m'épouser", 'épouse-moi', 'epouse moi', 'plan d’un soir', "plan d'un soir", 'coup d’un soir', "coup d'un soir",
      'sex friend', 'sexfriend', 'sugar daddy', 'sugar baby', 'escort', 'escorte', 'escortes', 'site de rencontre', 'appli de rencontre',
      'rencontres coquines', 'femmes célibataires', 'célibataires près de chez vous', 'celibataires pres de chez vous', 'rencontre sérieuse',
    ],
    drugs: [
      'dispo coke', 'coke et md', 
      'beuh', { term: 'weed', unless: ['weed killer', 'weedkiller'] }, 'chichon', 'cannabis', 'marijuana', 'un oinj', 'oinj', 'bédo', 'bedo', 'spliff',
      'fumer un joint', 'rouler un joint', 'fumer de la beuh', 'tarpé', 'teuteu', 'cocaïne', 'cocaine', 'de la coke', 'ligne de coke',
      'sniffer', 'taper une trace', 'ecsta', 'ecstasy', 'taz', 'mdma', 'lsd', 'champignons hallucinogènes',
      'kétamine', 'ketamine', 'keta', 'héroïne', 'heroine', 'méthamphétamine', 'défoncé', 'defonce', 'défoncée',       'dealeur', 'mon dealer', 'mon plug', 'drogué', 'drogue dure', 'se droguer', 'vente de beuh', 
    ],
    alcohol: [
      'bière', 'biere', 'bières', 'bieres', 'binouze', 'une pinte', 'pintes', 'vin rouge', 'vin blanc', 'verre de vin', 'bouteille de vin',
      'pinard', 'rosé', 'champagne', 'vodka', 'whisky', 'rhum', 'pastis', 'ricard', 'apéro', 'apero', 'l’apéro', "l'apéro", 'tequila',
      'cidre', 'calva', 'eau-de-vie', 'bourrée', 'saoul', 'soûl', 'soul comme', 'ivre', 'prendre une cuite', 'une cuite',
      'se bourrer la gueule', 'se murger', 'murge', 'je suis bourré', 'je suis bourrée', 'complètement bourré', 'il est bourré', 'on était bourrés', 'bourrés comme', 'gueule de bois', 'teq paf', 'shots de vodka', 'boire jusqu’à', 'picoler', 'picole', 'alcool',
      'alcoolisé', 'bière froide', 'caisse de bière', 'sur la brosse', 'une broue', 'broue', 'un 40 onces',
    ],
    threat: [
      'je vais te tuer', 'je vais te buter', 'je vais te crever', 'je te tue', 'je te bute', 'je vais te défoncer', 'je vais te defoncer', 'je te défonce',
      'je te defonce', 'je vais te casser la gueule', 'je te casse la gueule', 'je vais te péter la gueule', 'je te pète la gueule', 'je te pete la gueule',
      'je vais te planter', 'je te plante', 'je vais te poignarder', 'je vais te tirer dessus', 'je vais te mettre une balle', 'une balle dans la tête',
      't’es mort', "t'es mort", 'tes mort', 't’es morte', "t'es morte", 'tu es mort', 'tu vas mourir', 'tu vas crever', 'fais gaffe à toi',
      'fais attention à toi', 'je vais brûler ta maison', 'je vais te brûler', 'je vais te égorger', 'je vais t’égorger', "je vais t'égorger",
      'je vais te violer', 'je vais tout faire péter', 'je vais faire sauter', 'fusillade au lycée', 'je vais tirer sur', 'je vais te retrouver et',
      'on va te niquer', 'je vais te faire la peau', 'je vais te fumer', 'je te fume',
    ],
    gore: [
      'décapité', 'decapite', 'décapitée', 'décapitation', 'decapitation', 'démembré', 'demembre', 'démembrement', 'mutilé', 'mutile', 'mutilée', 'mutilation',
      'égorgé', 'egorge', 'égorgée', 'éventré', 'eventre', 'tripes à l’air', 'cervelle éclatée', 'du sang partout', 'vidéo de décapitation',
      'video de decapitation', 'vidéo d’exécution', 'corps déchiqueté', 'cadavre en décomposition', 'cadavres mutilés', 'vidéo gore', 'video gore',
    ],
    'self-harm': [
      'toute la boîte de médocs', 'avalé toute la boîte', 'j\'espère ne pas me réveiller', 'ne plus jamais me réveiller',
      'je veux mourir', 'j’ai envie de mourir', "j'ai envie de mourir", 'jai envie de mourir', 'envie de crever', 'je veux crever', 'je vais me tuer',
      'je veux me tuer', 'me suicider', 'je vais me suicider', 'je veux me suicider', 'suicide', 'suicidaire', 'idées suicidaires', 'idees suicidaires',
      'me scarifier', 'je me scarifie', 'scarification', 'je me coupe', 'me couper les veines', 'mutilation volontaire', 'automutilation',
      'je veux plus vivre', 'je ne veux plus vivre', 'j’ai plus envie de vivre', "j'ai plus envie de vivre", 'en finir avec la vie', 'mettre fin à mes jours',
      'mettre fin a mes jours', 'en finir une bonne fois', 'je préférerais être mort', 'je préférerais être morte', 'sauter d’un pont', "sauter d'un pont",
      'me pendre', 'me jeter sous un train', 'avaler tous mes médicaments', 'la vie ne vaut pas la peine',
    ],
    hate: [
      'les juifs contrôlent', 'juifs contrôlent toutes les banques',
      'sales noirs', 'sales noires', 'sales arabes', 'sales bougnoules',
      'hitler avait raison',
      'pédé', 'pede', 'pédés', 'pedes', 'sale pédé', 'tarlouze', 'tarlouzes', 'tantouze', 'fiotte', 'gouine', 'gouines', 'sale gouine',
      'grosse tapette', 'espèce de tapette', 'sale tapette', 'travelo', 'bougnoule', 'bougnoules', 'bicot', 'bicots',       'négro', 'négros', 'nègre', 'negre', 'bamboula', 'bamboulas', 'sale noir', 'sale noire', 'sale arabe', 'sale juif',
      'sale juive', 'youpin', 'youpine', 'youtre', 'feuj de merde', 'chinetoque', 'chinetoques', 'niakoué', 'niakoue', 'sale chinois',
      'sale rom', 'sale gitan', 'boukak', 'sale blanc', 'sale français', 'sale immigré', 'retourne dans ton pays', 'rentre chez toi sale',
      'retourne en afrique', 'mort aux juifs', 'mort aux arabes', 'heil hitler', 'sieg heil', 'race inférieure', 'race inferieure', 'grand remplacement',
      'sidaïque', 'maudit français', 'maudits immigrants', 'sale bloke', 'crisse de nègre',
      ...groupHate,
    ],
    sensitive: [
      'contre le pen',
      'avortement', 'ivg', 'pro-vie', 'pro vie', 'laïcité', 'laicite', 'voile islamique', 'burqa', 'burkini', 'islamisme', 'islamiste',
      'islamistes', 'dieu n’existe pas', "dieu n'existe pas", 'la religion est', 'l’islam est', "l'islam est", 'les juifs sont', 'les musulmans sont',
      'israël palestine', 'israel palestine', 'génocide à gaza', 'genocide a gaza', 'peine de mort', 'nazi', 'nazis', 'nazisme', 'shoah', 'négationnisme',
      'facho', 'fachos', 'fasciste', 'fascistes', 'gauchiste', 'gauchistes', 'islamo-gauchiste', 'marine le pen', 'zemmour', 'macron démission',
      'gilets jaunes', 'souveraineté du québec', 'indépendance du québec', 'guerre d’algérie', "guerre d'algérie", 'la françafrique',
    ],
    // A group on its own is talk ("mes amis marocains"); next to contempt in one sentence it is an attack on the group.
    group: GROUP_TERMS,
    negative: CONTEMPT,
    app: [...APPS, 'snp', 'insta ou snap', 'wathsapp'],
    contact: [
      'numéro', 'numero', 'num', 'ton num', 'ton numéro', 'tel', 'tél', 'téléphone', 'telephone', 'portable', 'e-mail', 'email',
      'adresse mail', 'adresse', 'pseudo', 'identifiant', 'contact', 'coordonnées', 'coordonnees', 'réseaux', 'tes réseaux',
    ],
    picture: [
      'photos coquines', 'photo coquine', 'photos osées', 'photo osée',
'photo', 'photos', 'tof', 'tofs', 'pic', 'selfie', 'selfies', 'vidéo', 'video', 'vidéos', 'videos', 'appel vidéo', 'appel video', 'facetime', 'image', 'images', 'cam', 'webcam'],
    body: [
      'coquine', 'coquines', 'osée', 'osées', 'en maillot', 'en sous-vêtements',
      'seins', 'nichons', 'poitrine', 'tétons', 'tetons', 'fesses', 'cul', 'boule', 'jambes', 'cuisses', 'pieds', 'corps', 'ton corps', 'culotte',
      'string', 'soutif', 'soutien-gorge', 'sous-vêtements', 'sous vetements', 'lingerie', 'bikini', 'maillot', 'nue', 'nu', 'sans vêtements',
      'sous la douche', 'bite', 'queue', 'chatte', 'décolleté', 'decollete', 'ventre',
    ],
    request: [
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
      'fais-moi un virement', 'tu me vires', 'vire-moi', 'vire moi',
      'suis-moi sur', 'suis moi sur',
      ...APPS.flatMap((app) => [`t’as ${app}`, `t'as ${app}`, `tas ${app}`, `tu as ${app}`, `t’as un ${app}`, `t'as un ${app}`, `tu as un ${app}`, `tu utilises ${app}`]),
    ],
    money: [
      'argent', 'de l’argent', "de l'argent", 'thune', 'thunes', 'fric', 'pognon', 'oseille', 'euros', 'dollars', 'virement',
      'paypal', 'lydia', 'paylib', 'western union', 'iban', 'carte bancaire', 'carte de crédit', 'compte bancaire', 'bitcoin', 'crypto',
      'cash', 'balles', 'eur', 'francs', 'piasses', 'piastres', 'cryptos', 'cryptomonnaie', 'cryptomonnaies', 'btc', 'ethereum', 'usdt', 'revolut',
      'wero', 'interac', 'virement interac', 'mandat cash', 'moneygram', 'recharge pcs', 
    ],
    you: ['tu', 't’', "t'", 'toi', 'te', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos', 'ti', 't’es', "t'es", 'tes'],
    your: ['ton', 'ta', 'tes', 'votre', 'vos'],
    violence: [
      'te défoncer', 'te défonce', 't\'éclater', 'je t\'éclate', 'te bute', 'te crever', 'te fracasser', 'te fumer',
      'te tuer', 'te buter', 'poignarder', 'te poignarder', 'égorger', 'egorger', 'étrangler', 'etrangler',       'te frapper', 'tabasser', 'te tabasser', 'casser la gueule', 'péter la gueule', 'te violer', 'torturer', 'brûler vif',
      'te planter', 'tirer dessus',
    ],
    laughter: ['mdr', 'ptdr', 'hihi*', 'ahah*'],
    meta: [
      'que veut dire', 'ça veut dire quoi', 'ca veut dire quoi', 'ça veut dire', 'ca veut dire', 'veut dire quoi', 'c’est quoi le mot', "c'est quoi le mot",
      'signifie', 'signification de', 'le sens de', 'comment on dit', 'comment dit-on', 'comment dire', 'comment ça se dit', 'gros mot', 'gros mots',
      'un juron', 'c’est vulgaire', "c'est vulgaire", 'est-ce vulgaire', 'c’est impoli', "c'est impoli", 'c’est insultant', 'le mot', 'ce mot',
      'traduction', 'traduire', 'la différence entre', 'argot', 'en argot', 'au québec on dit', 'en france on dit', 'pourquoi on dit',
    ],
  },
};
