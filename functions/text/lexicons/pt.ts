import { againstContempt, demonymPhrases, notDenied, notEvery, NOT_THE_READER, type DemonymGrammar } from './iberian-groups';
import { contactNumberWords } from './romance-numbers';
import { pairs, unlessAfter, unlessBefore, withPlain } from './term-builders';
import type { Lexicon, LexiconTerm, TermWithExceptions } from './types';

/**
 * Portuguese as typed in Brazil and Portugal: internet shorthands (vc, pqp, fdp, vsf, vtnc, tnc, krl,
 * crl, tmnc), dropped accents (otario, bebado, voce), Brazilian curses (porra, caralho, foda-se) next to
 * Portugal's (cabrão, vai pó caralho, paneleiro, cona), WhatsApp as zap/zapzap, money by Pix in Brazil
 * and MB Way in Portugal. The normaliser keeps accents, so both spellings are listed.
 * Everyday homonyms stay inside phrases: bicha (a queue in Portugal), veado (deer), piranha (the fish),
 * macaco (monkey), gostosa (also said of food), pegar (pick someone up), fds (fim de semana), lula
 * (squid), erva (herbs, erva-mate), pó/farinha (dust/flour), bala (sweets), pinga (drips), ano (year).
 */

const GROUPS = [
  'os negros', 'negros', 'os pretos', 'pretos', 'os nordestinos', 'nordestinos', 'os baianos', 'os judeus', 'judeus', 'os ciganos', 'ciganos',
  'os imigrantes', 'imigrantes', 'os muçulmanos', 'os muculmanos', 'os gays', 'os viados', 'as mulheres', 'os brasileiros', 'os venezuelanos',
  'os haitianos', 'os chineses', 'os índios', 'os indios', 'os refugiados', 'os pretos e pobres',
];
const DEHUMANISING = [
  'são animais', 'sao animais', 'são lixo', 'sao lixo', 'são uma praga', 'sao uma praga', 'são inferiores', 'sao inferiores', 'não são gente',
  'nao sao gente', 'não são humanos', 'deviam morrer', 'deveriam morrer', 'tem que morrer', 'têm que morrer', 'tinham que morrer',
  'têm que ser exterminados', 'tem que ser exterminados', 'fora daqui', 'fora do brasil', 'fora de portugal', 'são todos bandidos',
  'sao todos bandidos', 'são todos ladrões', 'sao todos ladroes', 'não prestam', 'nao prestam', 'são uma doença', 'fedem',
];
const groupHate = pairs(GROUPS, DEHUMANISING);


/** Masculine and feminine, singular and plural of a people noun: baiano, judeu, português, alemão, europeu, espanhol, paulista, potiguar. */
const inflect = (word: string): readonly [string, string, string, string] => {
  const stem = (cut: number): string => word.slice(0, word.length - cut);
  if (word.endsWith('o')) return [word, `${stem(1)}a`, `${word}s`, `${stem(1)}as`];
  if (word === 'judeu') return [word, 'judia', 'judeus', 'judias'];
  if (word.endsWith('ês')) return [word, `${stem(2)}esa`, `${stem(2)}eses`, `${stem(2)}esas`];
  if (word.endsWith('ão')) return [word, `${stem(2)}ã`, `${stem(2)}ães`, `${stem(2)}ãs`];
  if (word.endsWith('eu')) return [word, `${stem(2)}eia`, `${word}s`, `${stem(2)}eias`];
  if (word.endsWith('ol')) return [word, `${word}a`, `${stem(1)}is`, `${word}as`];
  if (word.endsWith('r')) return [word, word, `${word}es`, `${word}es`];
  return [word, word, `${word}s`, `${word}s`];
};

/**
 * People named by where they are from. The same words are adjectives of things ("produtos chineses", "a comida
 * mineira", "o inglês" the language), so they count as a group only after a word that makes them people:
 * "os nordestinos", "todo baiano", "esses venezuelanos", "dos paulistas", "um bando de portugueses".
 */
const DEMONYMS = [
  'brasileiro', 'português', 'angolano', 'moçambicano', 'cabo-verdiano', 'guineense', 'timorense', 'venezuelano', 'haitiano', 'boliviano',
  'paraguaio', 'argentino', 'colombiano', 'peruano', 'chileno', 'uruguaio', 'cubano', 'mexicano', 'americano', 'gringo', 'chinês', 'japonês',
  'coreano', 'indiano', 'paquistanês', 'nepalês', 'bengali', 'ucraniano', 'russo', 'romeno', 'africano', 'árabe', 'marroquino', 'turco', 'europeu',
  'espanhol', 'francês', 'alemão', 'italiano', 'inglês', 'asiático', 'latino', 'estrangeiro', 'nordestino', 'nortista', 'sulista', 'paulista',
  'paulistano', 'carioca', 'baiano', 'mineiro', 'gaúcho', 'paraibano', 'paraíba', 'pernambucano', 'cearense', 'maranhense', 'piauiense', 'potiguar',
  'alagoano', 'sergipano', 'paraense', 'amazonense', 'goiano', 'capixaba', 'catarinense', 'paranaense', 'brasiliense', 'alentejano', 'lisboeta',
  'tripeiro', 'alfacinha', 'nortenho', 'açoriano', 'madeirense', 'transmontano', 'algarvio', 'minhoto', 'tuga', 'portuga', 'brasuca', 'índio',
  'indígena', 'negro', 'preto', 'pardo', 'cigano', 'judeu', 'muçulmano', 'crente', 'evangélico',
];
/** Words that are also a language, a coffee or a colour in the singular ("o inglês é difícil", "um americano", "o preto"): plural only. */
const PLURAL_ONLY = new Set([
  'português', 'chinês', 'japonês', 'coreano', 'bengali', 'nepalês', 'ucraniano', 'russo', 'romeno', 'árabe', 'turco', 'espanhol', 'francês',
  'alemão', 'italiano', 'inglês', 'americano', 'latino', 'negro', 'preto', 'pardo', 'mineiro', 'paraíba', 'crente',
]);
/** Feminine forms that are something else: a China, a Índia, a Paraíba (the state), a mineira/à mineira (a style of cooking). */
const NOT_PEOPLE = new Set(['paraíba', 'paraíbas', 'preta', 'pretas', 'parda', 'pardas', 'negra', 'negras', 'latina', 'latinas', 'crente', 'crentes']);

const GRAMMAR: DemonymGrammar = {
  inflect,
  pluralHeads: { masculine: ['os', 'uns', 'esses', 'dos', 'aos', 'de', 'malditos'], feminine: ['as', 'umas', 'essas', 'das', 'às', 'de', 'malditas'] },
  singularHeads: { masculine: ['o', 'um', 'todo', 'cada'], feminine: ['uma', 'toda', 'cada'] },
  pluralOnly: PLURAL_ONLY,
  notPeople: NOT_PEOPLE,
  curse: 'de merda',
};
/** The groups most talked about, in the plural: their article forms get the phrases against contempt too ("racismo contra os nordestinos"). */
const DISCUSSED = new Set([
  'nordestino', 'cigano', 'judeu', 'muçulmano', 'índio', 'indígena', 'negro', 'preto', 'venezuelano', 'haitiano', 'boliviano', 'angolano',
  'brasileiro', 'baiano', 'chinês', 'árabe', 'estrangeiro',
].flatMap((word) => withPlain(inflect(word).slice(2))));
const demonymTerms = demonymPhrases(DEMONYMS, GRAMMAR);
/** Nouns that only ever name people (or name them first): bare forms count. */
const PEOPLE_NOUNS = withPlain([
  'nordestinos', 'nordestinas', 'ciganos', 'ciganas', 'judeus', 'judias', 'muçulmanos', 'muçulmanas', 'índios', 'indígenas', 'imigrantes',
  'migrantes', 'emigrantes', 'refugiados', 'refugiadas', 'gringos', 'gringas', 'tugas', 'brasucas', 'mulheres', 'homens', 'feministas', 'gays', 'gay',
  'lésbicas', 'bissexuais', 'homossexuais', 'transexuais', 'travestis', 'lgbts', 'cristãos', 'cristãs', 'católicos', 'católicas', 'evangélicos',
  'evangélicas', 'protestantes', 'espíritas', 'macumbeiros', 'umbandistas', 'candomblecistas', 'mórmons', 'testemunhas de jeová', 'ateus', 'ateias',
  'budistas', 'hindus', 'islamistas', 'boomers', 'millennials',
]);
/** Groups that need a word before them: "os pretos" (not "sapatos pretos"), "os trans", "os velhos" (not "os velhos tempos"). */
const GROUP_PHRASES = withPlain([
  'pessoas negras', 'pessoas pretas', 'gente preta', 'gente negra', 'gente de cor', 'os trans', 'as trans', 'pessoas trans', 'os idosos', 'os jovens',
  'a juventude', 'os adolescentes', 'as velhas', 'os pretos e pobres', 'toda mulher', 'lugar de mulher', 'todo homem', 'mulher brasileira',
  'mulheres brasileiras',
]);
/**
 * Brazilian speech makes a bare singular mean all of them with "é tudo": "baiano é tudo preguiçoso", "mulher é
 * tudo interesseira". Never unaccented: "trouxe a mulher e tudo" is "the wife and all". Words that are also a
 * language or a colour in the singular stay out ("inglês é tudo na carreira").
 * The same bare singular opens a habitual generalisation: "judeu só pensa em dinheiro", "nordestino nem devia
 * votar", "mulher não sabe dirigir". Those frames are only a group; contempt must still stand next to them.
 */
const GENERIC_FRAMES = ['é tudo', 'só', 'nem', 'não', 'nao'];
const GENERIC_SINGULAR = pairs(
  [
    ...DEMONYMS.filter((word) => !PLURAL_ONLY.has(word)).flatMap((word) => inflect(word).slice(0, 2).filter((form) => !NOT_PEOPLE.has(form))),
    'mulher', 'homem', 'gay', 'feminista', 'crente', 'evangélico', 'imigrante', 'refugiado',
  ],
  GENERIC_FRAMES,
);
const GROUP = [
  ...GENERIC_SINGULAR,
  // Demonyms after an article: the denial ("no todos los ...") and, for the groups most talked about, talk against contempt.
  // Every exception is one more pattern in the automaton every text is scanned with, so the rest go without.
  ...demonymTerms.map((term) => {
    if (/^(os|as) /.test(term)) return againstContempt(term, DISCUSSED.has(term.slice(term.indexOf(' ') + 1)));
    return /^(todo|toda) /.test(term) ? notEvery(term) : term;
  }),
  ...[...PEOPLE_NOUNS, ...GROUP_PHRASES].map((term) => (/^(os|as) /.test(term) || !term.includes(' ') ? againstContempt(term) : term)),
  { term: 'os velhos', unless: ['os velhos tempos', 'os velhos amigos', 'os velhos hábitos'] },
];

/**
 * Contempt that is no insult alone but said of people is contempt for them. Words with an everyday sense
 * stay in phrases ("uns animais", "são lixo", "uns porcos", "uma praga": Praga is Prague), and words that
 * are something else in another language that every lexicon reads stay out (baratas are cheap in Spanish).
 */
const CONTEMPT = withPlain([
  'ladrão', 'ladrões', 'bandido', 'bandida', 'bandidos', 'bandidas', 'marginais', 'criminosos', 'criminosas', 'delinquentes', 'terroristas',
  'estupradores', 'assassinos', 'traficantes', 'trambiqueiros', 'caloteiros', 'mentirosos', 'mentirosas', 'mentiroso', 'mentirosa', 'criminoso',
  'terrorista', 'ignorante', 'hipócrita', 'degenerado', 'degenerada', 'parasita', 'fedorento', 'fedorenta', 'sujo', 'suja', 'vagabundos',
  'vagabundas', 'preguiçoso', 'preguiçosa', 'preguiçosos', 'preguiçosas', 'parasitas', 'sanguessugas', 'aproveitadores', 'vivem de bolsa família',
  'vivem de bolsa', 'vivem de esmola', 'vivem às custas', 'mamam no governo', 'sujos', 'sujas', 'imundo', 'imunda', 'imundos', 'imundas',
  'fedorentos', 'fedorentas', 'fedidos', 'fedidas', 'fedem', 'cheiram mal', 'não tomam banho', 'uns porcos', 'são porcos', 'como porcos',
  'é um nojento', 'é uma nojenta', 'nojentos', 'nojentas', 'dão nojo', 'me dão nojo', 'nojo', 'asco', 'dão asco', 'repugnantes', 'inferiores',
  'sub-humanos', 'subumanos', 'burro', 'burra', 'burros', 'burras', 'ignorantes', 'uns jumentos', 'são jumentos', 'uns selvagens', 'são selvagens',
  'uns animais', 'como animais', 'uns macacos', 'são macacos', 'uma praga', 'são praga', 'escória', 'ralé', 'gentalha', 'corja', 'cambada',
  'uns lixos', 'são lixo', 'uns ratos', 'são ratos', 'vermes', 'são um câncer', 'são o câncer', 'a pior raça', 'raça ruim', 'raça maldita',
  'não prestam', 'não servem pra nada', 'não valem nada', 'não são de confiança', 'roubam nossos empregos', 'roubam os empregos',
  'tiram nossos empregos', 'vêm roubar', 'hipócritas', 'degenerados', 'degeneradas', 'pervertidos', 'uns doentes', 'aberração', 'uma aberração',
  'antinatural', 'contra a natureza', 'interesseira', 'interesseiras', 'interesseiros', 'histéricas', 'umas loucas', 'sem vergonha', 'sem-vergonha',
  'mal-educados', 'mal educados', 'malcriados', 'invasores', 'odeio os', 'odeio as', 'odeio esses', 'odeio essas', 'odeio todos', 'odeio todo',
  'odeio toda', 'deviam ser expulsos', 'têm que ser expulsos', 'tem que ser expulsos', 'voltem pra sua terra', 'voltem pro seu país', 'é na cozinha',
  'volta pra cozinha', 'volta pro fogão',
  // Habitual generalisations: "só servem pra roubar", "nem devia votar", "não sabe dirigir" said of a group.
  'só servem pra', 'só servem para', 'só serve pra', 'servem pra roubar', 'serve pra roubar', 'só sabem roubar', 'só sabe roubar', 'pensa em dinheiro',
  'pensam em dinheiro', 'nem devia votar', 'nem deviam votar', 'não devia votar', 'não deviam votar', 'não deveria votar', 'não deveriam votar',
  'não sabe dirigir', 'não sabem dirigir', 'são todos doentes', 'são uns doentes', 'doentes mentais', 'merecem apanhar', 'merecem morrer',
  'deviam ser presos', 'tinha que ficar em casa', 'devia voltar pra', 'deviam voltar pra', 'tinham que voltar pra', 'são uma vergonha', 'só fazem filho',
  'não gosta de trabalhar', 'não gostam de trabalhar', 'só querem mamar', 'uma desgraça', 'desgraçados', 'malditos',
]);


const APPS = ['zap', 'zapzap', 'zap zap', 'no whats', 'pelo whats', 'whatsapp', 'wpp', 'wts', 'insta', 'instagram', 'telegram', 'snap', 'snapchat', 'discord', 'tiktok'];

/**
 * Insults told to the reader as what they are: "vc é mt burro", "sua ridícula", "és mesmo um parvo", "tu é um
 * lixo". These words are everyday talk about things ("esse filme é ridículo", "o jogo foi um lixo", "uma anta" the
 * animal), so they count only aimed: after "vc é"/"tu és"/"és" (Portugal drops the pronoun), with an intensifier
 * or an article between, or after "seu"/"sua". Accents are typed or dropped independently, so both spellings of
 * each part are paired.
 */
const YOU_ARE = ['vc é', 'vc e', 'vc eh', 'você é', 'voce e', 'cê é', 'tu é', 'tu és', 'tu es', 'és', 'és mesmo'];
const DEGREE = ['', 'mt ', 'mto ', 'muito ', 'tão ', 'um ', 'uma '];
const AIMED_WORDS = withPlain([
  'burro', 'burra', 'ridículo', 'ridícula', 'patético', 'patética', 'inútil', 'nojento', 'nojenta', 'feio', 'feia', 'lerdo', 'lerda', 'lesado',
  'lesada', 'tapado', 'tapada', 'parvo', 'parva', 'fracassado', 'fracassada', 'insuportável', 'horroroso', 'horrorosa', 'gordo', 'gorda', 'lixo',
  'merda', 'bosta', 'anta', 'jumento', 'jumenta', 'besta', 'trouxa', 'palhaço', 'palhaça', 'perdedor', 'perdedora', 'baleia', 'porco', 'porca',
  'verme', 'parasita', 'ignorante', 'escória',
]);
/** Said to the reader as a noun of what they are, never with "seu"/"sua" ("sua vergonha" is "your shame"). */
const AIMED_ONLY_AFTER_BE = ['um nojo', 'um nojo de pessoa', 'um lixo de pessoa', 'um nada', 'uma nada', 'uma piada', 'um fracasso', 'uma vergonha', 'um zero à esquerda', 'uma decepção', 'uma decepcao'];
const AIMED_INSULTS = [
  ...pairs(pairs(YOU_ARE, DEGREE, ' '), AIMED_WORDS, '').map((term) => term.replace(/ {2}/g, ' ')),
  ...pairs(YOU_ARE, AIMED_ONLY_AFTER_BE),
  ...pairs(['seu', 'sua'], AIMED_WORDS),
];

/**
 * Stalking told as a story: the reader's home, school or work found, the reader seen or followed there. "Não sei
 * onde vc mora" (I don't know where you live) asks for directions, so the "sei" forms carry the negation.
 */
const notKnown = (term: LexiconTerm): LexiconTerm =>
  typeof term === 'string' && term.startsWith('sei ') ? { term, unless: [`não ${term}`, `nao ${term}`] } : term;
const YOUR_PLACES = [
  ...pairs(['teu', 'seu', 'o teu', 'o seu'], ['endereço', 'endereco', 'prédio', 'predio', 'apartamento', 'bairro', 'trabalho']),
  ...pairs(['tua', 'sua', 'a tua', 'a sua'], ['casa', 'rua', 'escola', 'faculdade', 'janela']),
];
const STALKING = [
  ...pairs(
    ['sei onde', 'descobri onde', 'já sei onde', 'ja sei onde'],
    pairs(['vc', 'você', 'voce', 'tu', 'cê'], ['mora', 'moras', 'trabalha', 'trabalhas', 'estuda', 'estudas', 'dorme', 'fica']),
  ),
  ...pairs(
    pairs(['sei em qual', 'sei em que', 'descobri em qual', 'descobri em que'], ['prédio', 'predio', 'apartamento', 'andar', 'bairro', 'rua']),
    ['vc', 'você', 'voce', 'tu'],
  ),
  ...pairs(['descobri', 'sei qual é', 'sei qual e', 'sei onde é', 'sei onde fica'], YOUR_PLACES),
  ...pairs(
    ['te vi', 'vi vc', 'vi você', 'vi voce', 'vi-te', 'te segui', 'segui vc', 'segui você', 'fiquei te olhando', 'fiquei te observando'],
    [
      'saindo do trabalho', 'saindo de casa', 'saindo da escola', 'saindo da faculdade', 'saindo do prédio', 'saindo da academia', 'entrando em casa',
      'entrando no prédio', 'chegando em casa', 'na janela', 'pela janela', 'até em casa', 'até tua casa', 'até sua casa', 'até a tua casa',
      'até a sua casa',
    ],
  ),
  'te segui até', 'segui vc até', 'segui você até', 'tô te observando', 'to te observando', 'fico te observando', 'tô te vigiando', 'te vigiando',
  'te ando a seguir', 'ando a seguir-te', 'ando te seguindo',
  // Persistent disturbance: messages promised until the reader gives in.
  'vou continuar mandando', 'vou continuar te mandando', 'vou continuar te ligando', 'vou continuar te chamando', 'vou continuar a mandar',
  'não vou parar de te mandar', 'nao vou parar de te mandar', 'não vou parar de te ligar', 'nao vou parar de te ligar', 'não vou parar até vc',
  'não vou te deixar em paz', 'nao vou te deixar em paz', 'nunca vou te deixar em paz',
];

/**
 * A friend's mock threat: "te mato kkkk", "vou te matar se me der spoiler". A laugh right after it or the spoiler it
 * punishes clears it; "te mato se não me responder" stays a threat. "Te mato" is Spanish too ("te mato jaja", "si me
 * haces spoiler te mato"), and every lexicon reads every text, so the Spanish hosts are here as well.
 */
const LAUGHS = ['kkk*', 'rsrs*', 'haha*', 'jaja*', 'jeje*', 'xd'];
const SPOILERS = [
  'se me der spoiler', 'se me der spoilers', 'se você me der spoiler', 'se vc me der spoiler', 'se tu me der spoiler', 'se me contar o final',
  'se me spoilar', 'se der spoiler', 'se contar o final', 'se você contar o final', 'se vc contar o final', 'se tu contar o final', 'se me contar o fim', 'si me haces spoiler', 'si me spoileas', 'si me haces spoilers', 'si me cuentas el final',
];
const mockThreat = (term: string): LexiconTerm => ({
  term,
  // "Vou te matar de saudade", "te mato de susto".
  unless: [...LAUGHS.map((laugh) => `${term} ${laugh}`), ...SPOILERS.flatMap((spoiler) => [`${term} ${spoiler}`, `${spoiler} ${term}`]),
    ...[...DIE_OF, 'susto', 'beijos'].map((cause) => `${term} de ${cause}`)],
});
/**
 * Trash talk over a game or a match: "vou te dar uma surra no FIFA", "vou te arrebentar no xadrez", "te dou um pau no
 * truco". The beating and killing phrases do not count right before the game they are about.
 */
const GAMES = withPlain([
  'no fifa', 'no mario kart', 'no xadrez', 'no tênis', 'no ping pong', 'no jogo', 'no videogame', 'no videojogo', 'no lol', 'no fortnite', 'no free fire',
  'no futebol', 'no futsal', 'no vôlei', 'na sinuca', 'no truco', 'no uno', 'no baralho', 'no dominó', 'no karaokê', 'na partida', 'jogando', 'no game',
  'no cs', 'no play',
]);
const SPANISH_GAMES = withPlain(['en el fifa', 'al fifa', 'en el ajedrez', 'al ajedrez', 'al tenis', 'en el juego', 'en el fortnite', 'en el lol',
  'en el mario kart', 'al mario kart', 'en el partido', 'jugando']);
const BEATING_VERBS = ['matar', 'bater', 'arrebentar', 'dar uma surra', 'dar um pau', 'quebrar', 'quebrar todo', 'quebrar inteiro', 'rebentar', 'partir todo', 'destruir', 'amassar'];
const BEATINGS = new Set(withPlain([
  ...pairs(['vou te', 'vo te', 'vô te', 'vou-te', 'vamos te', 'a gente vai te', 'te'], BEATING_VERBS), 'te mato', 'te bato', 'te quebro', 'te arrebento',
  'te dou uma surra', 'te parto', 'te rebento', 'te destruo', 'bater-te', 'partir-te', 'rebentar-te', 'vou bater-te', 'vou matar-te', 'vou matar você',
  'vou matar vc', 'te dou um pau',
]));
/** A beating phrase with the games it is said over as exceptions (kept with any exceptions it had). */
const overGames = (term: LexiconTerm): LexiconTerm => {
  const text = typeof term === 'string' ? term : term.term;
  if (!BEATINGS.has(text)) return term;
  const unless = typeof term === 'string' ? [] : term.unless;
  // "Te mato" and "te parto" are Spanish too: "te parto en el Fortnite".
  const games = ['te mato', 'te parto'].includes(text) ? [...GAMES, ...SPANISH_GAMES] : GAMES;
  return { term: text, unless: [...unless, ...games.map((game) => `${text} ${game}`)] };
};
/** What people "die of" in hyperbole: "quero morrer de vergonha", "você vai morrer de rir", "tu tá morto de sono". */
const DIE_OF = withPlain([
  'rir', 'tanto rir', 'vergonha', 'sono', 'fome', 'calor', 'frio', 'tédio', 'inveja', 'saudade', 'saudades', 'amor', 'cansaço', 'medo', 'ciúmes',
  'ciúme', 'raiva', 'fofura', 'nervoso', 'curiosidade', 'sede', 'emoção', 'felicidade', 'alegria', 'estudar', 'trabalhar', 'preguiça',
]);
const hyperbole = (term: string): TermWithExceptions => ({ term, unless: DIE_OF.map((cause) => `${term} de ${cause}`) });
/** Suicide as a topic, in Portuguese and, for the unaccented spelling both languages share, Spanish: prevention, the taboo, the rates. */
const SUICIDE_TOPIC = [
  ...withPlain(['prevenção ao suicídio', 'prevenção do suicídio', 'prevenção de suicídio', 'o suicídio ainda é um tabu', 'o suicídio é um tabu',
    'o suicídio é um tema', 'tema do suicídio', 'sobre o suicídio', 'taxa de suicídio', 'taxas de suicídio']),
  ...withPlain(['prevención del suicidio', 'prevención de suicidio', 'tema del suicidio', 'el suicidio es un tema', 'sobre el suicidio',
    'tasa de suicidio', 'tasas de suicidio', 'tasa de suicidios']),
];
const suicideTopic = (term: string): LexiconTerm => ({ term, unless: SUICIDE_TOPIC.filter((host) => host.includes(term)) });

/**
 * Threats as first-person plans against "te" (Brazil puts the clitic first: "vou te bater"; Portugal after:
 * "vou bater-te", "parto-te a cara"), and threats told as the reader's consequences ("vai se arrepender disso",
 * "não perdes pela demora", "seus dias estão contados"). "Vou te pegar" (pick up) and "quebrar a cara" (to fail)
 * stay out: the threat needs the violent verb or the reader's face.
 */
const HARM = [
  'matar', 'bater', 'espancar', 'socar', 'arrebentar', 'quebrar todo', 'quebrar inteiro', 'quebrar na porrada', 'furar', 'esfaquear', 'dar um tiro',
  'dar uns tiros', 'dar porrada', 'dar uma surra', 'dar um pau', 'encher de porrada', 'encher de bala', 'enforcar', 'estrangular', 'queimar vivo',
  'queimar viva', 'enterrar vivo', 'enterrar viva', 'degolar', 'esquartejar', 'caçar', 'pegar na porrada', 'pegar de porrada',
  'partir a cara', 'partir todo', 'rebentar', 'fazer sangrar', 'desfigurar',
];
const FACE = [
  'tua cara', 'sua cara', 'a tua cara', 'a sua cara', 'teus dentes', 'seus dentes', 'os teus dentes', 'tua boca', 'sua boca', 'a tua boca', 'teu focinho',
  'seu focinho', 'tua fuça', 'sua fuça',
];
const THREATS: LexiconTerm[] = [
  ...pairs(['vou te', 'vo te', 'vô te', 'vou-te', 'vamos te', 'a gente vai te', 'vão te', 'eu ainda vou te'], HARM)
    .map((term) => (term.endsWith(' matar') ? mockThreat(term) : term)),
  ...pairs(['vou quebrar', 'vou arrebentar', 'vou partir', 'vou rebentar', 'vou amassar', 'vou socar', 'vou desfigurar', 'quebro', 'arrebento', 'parto'], FACE),
  'vou bater-te', 'vou matar-te', 'vou partir-te a cara', 'parto-te a cara', 'parto-te os dentes', 'parto-te todo', 'rebento-te', 'vou rebentar-te',
  'dou-te um tiro', 'vou dar-te um tiro', 'vou dar-te porrada', 'levas porrada', 'vais levar porrada', 'vai levar porrada', 'vai levar bala',
  'vai se arrepender amargamente', 'vai se arrepender de ter nascido', 'tu mas pagas', 'hás de mas pagar', 'não perdes pela demora',
  'nao perdes pela demora', 'não perde por esperar',
  'nao perde por esperar', 'teus dias estão contados', 'seus dias estão contados', 'seus dias estao contados', 'é um homem morto', 'és um homem morto',
  'é uma mulher morta', 'és uma mulher morta', 'não sabe com quem tá mexendo', 'não sabe com quem está mexendo', 'nao sabe com quem ta mexendo',
  'não sabes com quem te meteste', 'vai ver o que é bom pra tosse', 'vou te mostrar o que é bom pra tosse', 'vou te caçar', 'vou-te caçar',
  'vou atrás de ti', 'vou atras de ti', 'vou atrás de você', 'vou atras de voce',
];
/** In Portugal "apanhar" is also to catch: "vais apanhar o autocarro", "apanhar sol". */
const CATCHING = ['apanhar o', 'apanhar a', 'apanhar os', 'apanhar as', 'apanhar um', 'apanhar uma', 'apanhar sol', 'apanhar ar', 'apanhar chuva', 'apanhar frio'];
/** Violent verbs that threaten when "te"/"você" stands near: "se eu te encontrar na rua tu vai apanhar". */
const VIOLENT_VERBS = [
  ...['vai apanhar', 'vais apanhar', 'vão apanhar'].map((term) => ({ term, unless: CATCHING.map((caught) => term.replace('apanhar', caught)) })),
  'vai levar uma surra', 'levar uma surra minha',
  'te dar uma surra', 'te dou uma surra', 'dar uma surra em você', 'dar uma surra em vc', 'te bato', 'te espanco', 'te parto', 'te rebento', 'bater-te',
  'partir-te', 'rebentar-te', 'espancar-te', 'esfaquear-te', 'te dar porrada', 'te pegar na porrada', 'te dar um soco', 'te dou um soco', 'te socar',
  // Consequences: a review with "vc"/"tu" near ("vc vai se arrepender disso"), not a strike on their own ("vai se arrepender se não provar").
  { term: 'vai se arrepender', unless: ['vai se arrepender se não', 'vai se arrepender se nao', 'vai se arrepender de não', 'vai se arrepender de nao'] },
  'vais te arrepender', 'vais arrepender-te', 'vão se arrepender', 'vai pagar caro', 'vai me pagar caro', 'vais pagar caro',
];

/** Where or how one lives is no wish to die: "cansada de viver em SP", "cansei de viver de aluguel", "cansado da vida de solteiro". */
const LIVING_HOW = withPlain(['em', 'no', 'na', 'nos', 'nas', 'nessa', 'nesse', 'neste', 'nesta', 'de', 'do', 'da', 'com', 'sem', 'aqui', 'lá', 'assim', 'só', 'sozinho',
  'sozinha', 'longe', 'pra', 'para', 'pro', 'de aluguel', 'adulta', 'adulto', 'noturna', 'agitada', 'corrida', 'acadêmica', 'social', 'de solteiro', 'de solteira',
  'entre', 'sob', 'à', 'ao']);
/** Waking at a time or someone else: "não quero mais acordar cedo", "não quero acordar mais o bebê"; said of work, a joke about it. */
const WAKE_LATER = withPlain(['cedo', 'tão cedo', 'mais cedo', 'tarde', 'mais tarde', 'amanhã', 'hoje', 'segunda', 'na segunda', 'de madrugada', 'de noite', 'à noite',
  'no meio da noite', 'às', 'antes', 'até', 'atrasado', 'atrasada', 'cansado', 'cansada', 'com despertador', 'com o despertador', 'com dor', 'com ressaca', 'com barulho',
  'com sono', 'o bebê', 'a bebê', 'o nenê', 'o neném', 'meu', 'minha', 'seu', 'sua', 'teu', 'tua', 'ninguém', 'os vizinhos', 'o vizinho', 'pra trabalhar', 'para trabalhar',
  'pra ir', 'para ir', 'pra estudar', 'pro trabalho', 'pra escola', 'pra aula', 'pra academia', 'sem café', 'de manhã', 'todo dia', 'todos os dias', 'pra nada']);
/**
 * Self-harm rarely names itself: overdose plans ("a cartela inteira de remédio"), tiredness of living, sleeping and not
 * waking, the world better off without the writer. "Vou me matar de rir/estudar" is an idiom, not a plan.
 */
const SELF_HARM = [
  // "Tomar a cartela inteira" is also how a pill course is taken: the overdose says "de uma vez" or names the whole box of medicine.
  ...pairs(
    ['tomar', 'tomei', 'engolir', 'engoli', 'vou tomar'],
    [
      'a cartela inteira de uma vez', 'todos os comprimidos de uma vez', 'todos os remédios de uma vez', 'todos os remedios de uma vez',
      'tudo de uma vez pra morrer', 'todos de uma vez',
    ],
  ),
  'cartela inteira de remédio', 'cartela inteira de remedio', 'cartela toda de remédio', 'cartela toda de remedio', 'caixa inteira de remédio',
  'caixa inteira de remedio', 'caixa toda de remédio', 'caixa de remédio inteira',
  'juntando comprimidos', 'juntei comprimidos', 'juntando remédios', 'juntando remedios', 'guardando comprimidos', 'overdose de remédio', 'overdose de remedio',
  'overdose de comprimidos', 'tomar uma overdose',
  ...withPlain(['cansei de viver', 'cansado de viver', 'cansada de viver', 'to cansado de viver', 'tô cansada de viver', 'cansei da vida', 'cansado da vida',
    'cansada da vida', 'cansada de estar viva', 'cansado de estar vivo']).map(unlessBefore(LIVING_HOW)),
  'não aguento mais viver', 'nao aguento mais viver', 'não aguento mais essa vida', 'dormir e não acordar mais', 'dormir e nao acordar mais',
  'dormir e não acordar nunca mais', 'dormir pra sempre e não acordar', 'queria não ter nascido', 'queria nao ter nascido', 'queria nunca ter nascido',
  'o mundo seria melhor sem mim', 'todos seriam mais felizes sem mim', 'seriam mais felizes sem mim', 'ninguém vai sentir minha falta',
  'ninguem vai sentir minha falta', 'ninguém sentiria minha falta', 'ninguem sentiria minha falta', 'ninguém vai sentir a minha falta', 'carta de despedida',
  'vontade de morrer', 'vontade de me matar', 'pensando em me matar', 'pensando em suicídio', 'pensando em suicidio', 'penso em suicídio', 'me matar hoje',
  'me corto pra', 'me corto para', 'me corto quando', 'me corto de novo', 'me corto escondido', 'me cortar de novo', 'voltei a me cortar',
  'me machucar de propósito', 'me machuco de propósito', 'me mutilar', { term: 'vou matar-me', unless: ['vou matar-me a'] }, 'quero matar-me',
  'suicidar-me', 'me jogar da janela', 'me atirar da ponte', 'atirar-me da ponte', 'me jogar na frente do',
  'me jogar na linha do trem', 'acabar com tudo de vez', 'desistir da vida', 'desisti da vida', 'quero desaparecer para sempre',
  'quero sumir do mapa pra sempre',
];

/** Sex proposed to the reader: "quero te chupar", "vou te pegar de quatro", "gozar na sua boca", "por baixo dessa roupa". */
const SEX_TO_YOU = [
  ...pairs(
    ['quero te', 'queria te', 'vou te', 'deixa eu te', 'quero-te', 'adorava te', 'adoraria te', 'ia te'],
    [
      'chupar', 'chupar todinha', 'chupar todinho', 'lamber', 'lamber todinha', 'comer todinha', 'foder', 'fuder', 'pegar de quatro',
      'colocar de quatro', 'botar de quatro', 'deixar molhadinha', 'fazer gozar', 'fazer minha', 'fazer minha a noite toda', 'fazer gemer', 'fazer gritar de prazer', 'encoxar', 'mamar', 'levar pra cama', 'esquentar na cama',
    ],
  ),
  ...pairs(
    ['gozar', 'gozo', 'goza', 'gozei', 'gozando'],
    [
      'na sua boca', 'na tua boca', 'na sua cara', 'na tua cara', 'em você', 'em vc', 'dentro de você', 'dentro de vc', 'dentro', 'pra mim',
      'pensando em você', 'pensando em vc', 'pensando em ti', 'gostoso', 'junto',
    ],
  ),
  // "Uma camiseta por baixo da roupa" is dress: what is under the clothes is looked for.
  ...pairs(
    ['tem por baixo', 'tem debaixo', 'ver por baixo', 'ver debaixo', 'mostra por baixo'],
    ['da roupa', 'dessa roupa', 'da sua roupa', 'da tua roupa', 'da calcinha', 'da saia', 'dessa saia', 'do vestido', 'da cueca', 'da toalha'],
  ),
  'me fazer gozar', 'te fazer gozar', 'fazer vc gozar', 'ir pra cama com você', 'ir pra cama com vc', 'ir pra cama contigo',
  'fazer amor com você', 'fazer amor com vc', 'fazer amor contigo', 'sexo a três', 'sexo a tres', 'sexo grupal', 'de quatro pra mim',
  { term: 'fica de quatro', unless: ['fica de quatro apoios'] },
  'senta gostoso', 'sentar na minha cara', 'senta na minha cara', 'te chupar', 'te lamber toda', 'te esquentar na cama', 'te levar pra cama',
  'te levar pra minha cama',
];

/**
 * Money asked in slang amounts ("50 conto", "100 pila", "20 pau"): "conto" is also a short story and "eu conto" is
 * "I tell", so only after an amount.
 */
const AMOUNTS = ['5', '10', '20', '30', '50', '100', '150', '200', '300', '500', '1000', 'cinco', 'dez', 'vinte', 'cinquenta', 'cem', 'duzentos', 'mil'];
const SLANG_MONEY = pairs(AMOUNTS, ['conto', 'contos', 'pila', 'pilas', 'pau', 'paus', 'mangos', 'real', 'reais', 'euros']);

/** "Que burro vc é", "nojenta você é", "ridícula tu és": the judgement before the you-word ("merda"/"bosta" stay out: "puta merda vc é bom"). */
const JUDGED_FIRST = pairs(
  AIMED_WORDS.filter((word) => !['merda', 'bosta'].includes(word)),
  ['vc é', 'vc e', 'vc eh', 'você é', 'voce e', 'cê é', 'tu é', 'tu és', 'tu es'],
).map(unlessAfter(['não', 'nao']));
const MORE_INSULTS = [
  ...JUDGED_FIRST,
  ...pairs(['seu', 'sua', 'vc é', 'você é', 'tu é', 'tu és', 'vc é um', 'vc é uma', 'você é um', 'você é uma', 'tu és um', 'tu és uma', 'és um', 'és uma'],
    withPlain(['mongol', 'mongoloide', 'retardado', 'retardada', 'idiota', 'imbecil', 'otário', 'otária', 'babaca', 'escroto', 'escrota', 'estúpido', 'estúpida',
      'cretino', 'cretina', 'mocreia', 'baranga', 'vagabunda', 'vagabundo', 'desgraçado', 'desgraçada', 'fracassado', 'fracassada', 'verme', 'nojento', 'nojenta'])),
  ...withPlain(['mocreia', 'mocréia', 'baranga', 'tribufu', 'zé ninguém', 'zé-ninguém', 'um zé ninguém', 'cala tua boca', 'cala sua boca', 'cala a tua boca',
    'cala a sua boca', 'cala o bico', 'cala-te', 'fecha a matraca', 'cala a porra da boca', 'cala a merda da boca', 'cala essa matraca', 'cala a boca porra',
    'filho de uma puta', 'filha de uma puta', 'filho duma puta', 'sua mãe é uma vadia', 'sua mãe é uma puta', 'tua mãe é uma puta', 'tua mãe é uma vadia',
    'sua mãe é vadia', 'tua mãe é vadia', 'a puta da tua mãe', 'a puta da sua mãe', 'corno manso', 'arrombado do caralho', 'otário do caralho',
    'lixo de pessoa', 'pessoa nojenta', 'ser humano nojento', 'ser humano desprezível', 'verme nojento', 'olho do seu cu', 'olho do teu cu', 'no olho do cu',
    'tomar no olho do', 'nojo de pessoa', 'ninguém te quer', 'ninguem te quer', 'ngm te quer', 'some daqui', 'some da minha frente', 'desaparece daqui']).map((term) =>
    (term.endsWith('te quer') ? { term, unless: [`${term} mal`] } : term)),
];
/** Blackmail and persistence the lists missed: the pictures spread, the reader chased after a block, the routine known. */
const MORE_STALKING = [
  ...pairs(['vou espalhar', 'vou vazar', 'vou divulgar', 'vou expor', 'vou jogar na net', 'vou postar'], ['seus prints', 'teus prints', 'suas fotos íntimas',
    'tuas fotos íntimas', 'suas conversas', 'tuas conversas', 'nossas conversas', 'nossos prints', 'seus segredos', 'teus segredos', 'seus vídeos', 'teus vídeos',
    'suas fotos', 'tuas fotos', 'seus nudes', 'teus nudes', 'suas nudes', 'tuas nudes']).map((term) => (term.startsWith('vou postar') && term.endsWith('fotos') ? { term, unless: [`${term} da`, `${term} do`] } : term)),
  ...pairs(pairs(['mandar', 'mostrar', 'enviar', 'contar'], ['suas fotos', 'tuas fotos', 'seus prints', 'teus prints', 'tudo', 'nossas conversas']),
    ['pro teu', 'pro seu', 'pra tua', 'pra sua', 'pra todo mundo']),
  ...pairs(['te mandando mensagem', 'te mandando mensagens', 'te ligando', 'te chamando', 'te enchendo', 'te mandar mensagem'],
    ['até vc', 'até você', 'até tu', 'até me responder', 'até você me responder', 'até vc me responder']),
  ...withPlain(['não adianta me ignorar', 'não adianta me bloquear', 'não adianta bloquear', 'para de me ignorar', 'pare de me ignorar', 'parar de me ignorar',
    'fiz outra conta só pra', 'fiz outra conta pra', 'criei outra conta pra', 'criei outra conta só pra', 'outra conta só pra falar', 'mesmo que me bloqueie',
    'mesmo que vc me bloqueie', 'mesmo que você me bloqueie', 'pode me bloquear que', 'por que vc não me responde', 'por que você não me responde',
    'todo mundo te odiar', 'todos te odiarem', 'acabar com sua reputação', 'acabar com tua reputação', 'destruir sua reputação', 'destruir tua reputação',
    'responde logo sua', 'responde logo seu', 'me responde logo sua', 'me responde logo seu']),
  ...pairs(['sei onde', 'já sei onde', 'descobri onde'], pairs(['seu filho', 'sua filha', 'teu filho', 'tua filha', 'seus filhos', 'teus filhos', 'sua mãe', 'tua mãe',
    'sua família', 'tua família', 'seu irmão', 'sua irmã', 'teu irmão', 'tua irmã', 'seu namorado', 'sua namorada', 'teu namorado', 'tua namorada', 'sua esposa',
    'seu marido', 'seus pais', 'teus pais'], ['mora', 'moram', 'estuda', 'estudam', 'trabalha', 'trabalham'])),
  ...pairs(withPlain(['tomara que', 'espero que', 'queria que', 'oxalá']), withPlain(['te atropele', 'um carro te atropele', 'um caminhão te atropele', 'te matem',
    'você morra', 'vc morra', 'tu morra', 'você se foda', 'vc se foda', 'te estuprem', 'você pegue câncer', 'vc pegue câncer', 'você tenha câncer', 'vc apodreça',
    'você apodreça', 'seja atropelado', 'seja atropelada', 'morra logo'])),
  'um carro te atropele', 'um caminhão te atropele',
  ...pairs(['se me bloquear', 'se vc me bloquear', 'se você me bloquear', 'se me bloqueares', 'se me bloqueia'], ['eu crio outra', 'crio outra', 'faço outra',
    'eu faço outra', 'vou criar outra', 'eu volto', 'volto com outra', 'eu te acho', 'te acho']),
  ...pairs(['sei', 'já sei', 'conheço'], ['o horário que vc', 'o horário que você', 'o horário que tu', 'a hora que vc', 'a hora que você', 'que horas vc sai',
    'que horas você sai', 'sua rotina', 'tua rotina', 'a sua rotina', 'a tua rotina', 'seu horário', 'teu horário']),
];
const MORE_SEX = [
  ...withPlain(['bati uma pensando', 'bater uma pensando', 'batendo uma pensando', 'bati uma pra você', 'bati uma pra vc', 'bati uma vendo', 'bati uma olhando',
    'batendo uma pra', 'bater uma pra você', 'sentar em vc', 'sentar em você', 'sentar em ti', 'sentar na sua cara', 'sentar na tua cara', 'sentar no teu pau',
    'sentar no seu pau', 'minha pica', 'na minha pica', 'pica dura', 'pau duro', 'pau tá duro', 'pinto duro', 'rola dura', 'chupar minha pica', 'mamar minha pica',
    'molhada pensando em', 'molhadinha pensando em', 'molhadinha pra você', 'molhadinha pra vc', 'molhadinha por você', 'molhadinha por vc',
    'comer de quatro', 'te comer de quatro', 'te pegar de quatro', 'te botar de quatro', 'te colocar de quatro', 'vamos foder', 'bora foder', 'vamo foder',
    'quer foder', 'vamos fuder', 'bora fuder', 'foder comigo', 'fuder comigo', 'me fode', 'me fode gostoso', 'meter em ti', 'meter em voce',
    'meter gostoso', 'meter fundo', 'gozei olhando', 'gozei vendo', 'gozei com sua foto', 'gozei com tua foto', 'chamada de vídeo safada',
    'chamada safada', 'vídeo chamada safada', 'chamada de vídeo pelada', 'sexo por chamada', 'sexo por vídeo chamada', 'sexo na chamada', 'fazer sexo por',
    'punheta pra você', 'me masturbei pensando', 'me toquei pensando', 'fazer putaria', 'bora fazer putaria', 'vamos fazer putaria', 'putaria na cam',
    'putaria na chamada', 'putaria por chamada', 'tira a blusa', 'tira o sutiã', 'tira o sutia', 'tira tudo pra mim', 'fica pelada', 'fica nua', 'fica peladinha',
    'ver sem nada', 'ver sem roupa', 'te ver pelada', 'te ver nua', 'ver você pelada', 'ver vc pelada', 'te ver sem roupa', 'que coxas', 'que coxão', 'coxas gostosas',
    'vídeo se tocando', 'video se tocando', 'você se tocando', 'vc se tocando', 'te tocando pra mim', 'se toca pra mim', 'se masturbando', 'vídeo se masturbando',
    'quero acabar com tudo', 'áudio gemendo', 'audio gemendo', 'vídeo gemendo', 'geme pra mim', 'quero te ouvir gemer', 'ouvir você gemer', 'te ouvir gemendo',
    'te ter na minha cama', 'te quero na minha cama', 'quero você na minha cama', 'na minha cama pelada', 'na minha cama pelado', 'te ver de lingerie',
    'te ver de calcinha', 'te ver de biquíni', 'te ver de sutiã', 'ver você de lingerie', 'te ver só de toalha', 'te ver de toalha']),
  ...['tô molhadinha', 'to molhadinha', 'estou molhadinha', 'toda molhadinha'].map((term) => ({
    term, unless: ['da chuva', 'de chuva', 'do banho', 'de suor', 'na chuva', 'da piscina', 'do mar'].map((tail) => `${term} ${tail}`),
  })),
];
const MORE_LEWD = [
  ...pairs(['gostosa', 'gostoso', 'gata', 'tesuda', 'delícia', 'delicia', 'safada', 'gostosinha'], ['vc é', 'você é', 'voce e', 'tu é', 'tu és']),
  ...withPlain(['bunda gostosa', 'bundinha gostosa', 'peitos gostosos', 'peitinhos gostosos', 'que bunda', 'que bundão', 'que peitão', 'que peitos', 'que rabo',
    'que rabão', 'rabão', 'bundão gostoso', 'pegava fácil', 'pegaria fácil', 'comia fácil', 'comeria fácil', 'eu comia ela',
    'que mina gostosa', 'mina gostosa', 'mulher gostosa', 'gostosona', 'gostosuda', 'dorme pelada', 'dorme pelado', 'dormir pelada',
    'dorme sem roupa', 'tá pelada', 'está pelada', 'tá de calcinha', 'está de calcinha', 'tá sem calcinha', 'manda foto de calcinha', 'foto só de toalha']),
].map((term) => (term === 'que rabo' ? { term, unless: ['que rabo de'] } : term));
const MORE_PHISHING = [
  ...pairs(['conta', 'cadastro', 'cartão', 'cartao', 'acesso'], ['será desativada', 'sera desativada', 'foi desativada', 'será desativado', 'foi desativado',
    'será encerrada', 'sera encerrada', 'será suspensa', 'sera suspensa', 'será cancelada', 'sera cancelada', 'foi cancelada', 'está suspensa', 'esta suspensa',
    'será bloqueado', 'sera bloqueado']),
  ...withPlain(['faça login aqui', 'faça login no link', 'faça o login aqui', 'entre com sua senha', 'clique aqui para confirmar', 'para confirmar sua conta',
    'para confirmar seus dados', 'aguardando pagamento de taxa', 'aguardando pagamento da taxa',
    'verifique sua identidade', 'confirme sua identidade', 'verificar sua identidade', 'perderá sua conta', 'vai perder sua conta', 'perderá o acesso', 'perder o acesso à',
    'te mandei um código por', 'te enviei um código por', 'código que chegou', 'código que te chegou', 'código do zap', 'código que chegou no teu']),
];
const MORE_SPAM = withPlain([
  'segue aí', 'sigam', 'sigam-me', 'me sigam', 'deixa o follow', 'sigo todos', 'sigo geral', 'foi selecionado', 'foi selecionada', 'foi escolhido', 'foi escolhida',
  'resgate no link', 'resgatar no link', 'resgate aqui', 'resgate pelo link', 'ganhou um vale', 'ganhou um vale presente', 'resgate já', 'resgate agora', 'resgatar agora', 'receber um prêmio', 'receber seu prêmio', 'ganhou um prêmio', 'reais por dia', 'euros por dia', 'reais por semana',
  'dólares por dia', 'link na bio', 'acesse agora', 'acesse já',
]);
const MORE_FRAUD = [
  ...withPlain(['ao mês garantido', 'por mês garantido', 'ao dia garantido', 'por dia garantido', 'semanal garantido', 'mensal garantido', 'lucro mensal garantido',
    'lucros semanais', 'lucros mensais', 'trabalho com cripto', 'trabalho com trade', 'trabalho com forex', 'mentor de cripto', 'sou soldado', 'sou militar americano',
    'soldado americano', 'militar americano', 'missão de paz', 'plataforma de petróleo', 'plataforma petrolífera', 'enviar meu dinheiro pra você',
    'me ajuda com qualquer valor', 'me ajude com qualquer valor', 'me manda qualquer valor', 'pix de qualquer valor', 'me ajuda com o que puder', 'me ajude com o que puder',
    'qualquer valor me ajuda', 'faz um pix de qualquer valor', 'esse é meu número novo', 'este é o meu novo número',
    'tenho uma herança', 'herança que quero dividir', 'dividir minha herança', 'minha herança com você', 'meu falecido marido me deixou',
    'ganhar dinheiro com cripto', 'apaga o outro número', 'te devolvo a grana', 'te devolvo o dinheiro', 'te devolvo o pix', 'depois te devolvo', 'te devolvo semana que vem', 'te devolvo na sexta',
    'te pago na sexta', 'te pago no fim do mês', 'te dou o dobro', 'te devolvo o dobro', 'te pago o dobro', 'dobro seu dinheiro', 'eu dobro seu dinheiro',
    'dobro o seu dinheiro', 'triplico seu dinheiro']),
  ...pairs(['me ajuda com', 'me ajude com', 'me faz', 'me manda', 'me ajuda com uma', 'me ajuda numa'], ['uma recarga', 'uma recarguinha', 'recarga', 'crédito no celular', 'um crédito']),
  ...pairs(withPlain(['preciso de dinheiro pra', 'preciso de grana pra', 'preciso de dinheiro para', 'preciso de uma grana pra', 'me falta dinheiro pra']),
    withPlain(['passagem', 'a passagem', 'o hospital', 'pagar o hospital', 'a cirurgia', 'o remédio', 'voltar pra casa', 'a fiança', 'pagar a taxa', 'sair daqui', 'o visto'])),
  ...pairs(['sua encomenda está', 'seu pacote está', 'a sua encomenda está', 'sua encomenda esta'], ['aguardando pagamento', 'aguardando o pagamento', 'pendente',
    'parada na alfândega', 'retida na alfândega', 'em espera']),
];
const MORE_DATING = [
  ...pairs(['procura', 'busca', 'procuro', 'busco', 'procurando', 'buscando'], ['mulher para', 'mulher pra', 'homem para', 'homem pra', 'namorada', 'namorado', 'garota pra', 'garota para', 'garoto pra', 'mina pra', 'moça pra', 'moça para',
    'relacionamento', 'um relacionamento', 'esposa', 'marido']),
  ...pairs(['um', 'uma'], ['gringo', 'gringa', 'estrangeiro', 'estrangeira', 'brasileiro', 'brasileira', 'português', 'portuguesa', 'moço', 'moça', 'rapaz',
    'garota', 'garoto', 'homem', 'mulher']).flatMap((who) => ['pra namorar', 'para namorar', 'pra casar', 'para casar'].map((why) => `${who} ${why}`)),
  ...withPlain([
    'ser meu crush', 'ser minha crush', 'quer ficar comigo', 'quem quer ficar comigo', 'quem quer sair comigo', 'quem quer namorar comigo', 'quer sair comigo',
    'que queira um relacionamento', 'que queira namorar', 'que queira algo sério', 'mulher madura', 'mulheres maduras', 'alguma mulher madura',
    'pra algo sério', 'para algo sério', 'pra algo serio', 'para algo serio', 'solteira e carente', 'solteiro e carente', 'carente chama', 'homem solteiro procura', 'mulher solteira procura', 'só quero mulheres']),
];
const MORE_ADS = withPlain([
  'qualquer valor ajuda', 'qualquer ajuda é bem-vinda', 'ajude com o que puder', 'doe qualquer valor', 'se inscreve no meu canal',
  'se inscrevam no meu canal', 'se inscreva no meu canal', 'meu canal do youtube', 'inscreva-se', 'inscrevam-se', 'deixa o like', 'deixem o like', 'ativem o sininho',
  'aceito proposta', 'aceito propostas', 'aceito oferta', 'aceito ofertas', 'tá novinha', 'tá novinho', 'pouco usado', 'pouco usada', 'valor a combinar',
  'aulas a domicílio', 'aula a domicílio', 'atendimento domiciliar', 'pergunte os valores', 'consulte valores', 'consulte os valores', 'pergunte o valor',
  'envio para todo', 'envio pra todo', 'envios para todo', 'enviamos para todo', 'entrego em todo', 'entregamos em todo', 'preço a combinar', 'negociável', 'vendo ingressos', 'vendo ingresso', 'vendo meu ingresso', 'revendo produtos', 'peça o catálogo', 'peça seu catálogo', 'peça já', 'faça já seu pedido', 'revendedora natura', 'revendedora avon', 'salário + comissão',
  'salário mais comissão', 'ganhe até', 'trabalhe de casa e ganhe', 'ofereço traduções',
]);
const MORE_DRUGS = [
  ...withPlain(['umas carreiras', 'cheirei uma carreira', 'cheirei umas', 'cheirei pó', 'cheirei cocaína', 'cheirando pó', 'cheirando cocaína', 'cheirando umas',
    'doce pra rave', 'doce na rave', 'bala pro rolê', 'bala pro role', 'md e bala', 'fumar um beck', 'fumei um beck', 'fumamos um beck',
    'fumar uma maconha', 'fumei maconha', 'fumamos maconha', 'quem vende maconha', 'quem vende bala', 'quem tem maconha']),
  'baseadinho', 'baseadinhos', 'beckzinho', 'maconhinha',
  ...pairs(['me arruma', 'quem me arruma', 'arruma', 'quem tem', 'alguém tem', 'quem vende', 'vende', 'tem'], ['pó pra', 'pó hoje', 'um pino', 'uns pinos', 'lança pra',
    'lança hoje', 'md pra', 'um doce pra']),
  ...pairs(['tem', 'alguém tem', 'quem tem', 'vende', 'vendo', 'tô vendendo', 'compro', 'onde compra', 'onde compro', 'onde arrumo', 'arruma'],
      ['maconha', 'beck', 'prensado', 'md', 'skunk', 'haxixe', 'cocaína', 'lsd', 'ecstasy']),
    ...['erva pra vender', 'erva para vender', 'erva pra fumar', 'vende erva', 'vendo erva', 'compro erva', 'arruma erva', 'tem erva pra'].map((term) => ({
      term, unless: [`${term} mate`, `${term} doce`, `${term} cidreira`],
    })),
];
const MORE_DRINKING = [
  ...pairs(['enchemos', 'encheu', 'encheram', 'enchi', 'vou encher', 'vamos encher', 'bora encher', 'vamo encher'], ['a cara', 'o caneco']),
  ...['bora tomar umas', 'vamos tomar umas', 'vamo tomar umas', 'bora tomar uma', 'tomar umas hoje', 'tomando umas', 'tomamos umas'].map((term) => ({
    term, unless: ['aulas', 'vacinas', 'decisões', 'decisoes', 'providências', 'notas', 'vitaminas', 'fotos'].map((tail) => `${term} ${tail}`),
  })),
  'sair pra beber', 'saímos pra beber', 'saimos pra beber', 'fomos beber', 'vamos sair pra beber', 'bora sair pra beber', 'beber com os amigos', 'bebemos até',
  'fiquei bêbado', 'fiquei bêbada', 'fiquei bebado', 'fiquei bebada', 'tô bêbado', 'tô bêbada', 'to bebado', 'to bebada', 'tava bêbado', 'tava bêbada',
];
const HARM_YOU = ['você', 'voce', 'vc', 'ti'];
const MORE_THREATS: LexiconTerm[] = [
  ...pairs(['vou', 'vamos', 'eu vou', 'a gente vai', 'eu ainda vou'], pairs(['furar', 'esfaquear', 'espancar', 'socar', 'enforcar', 'estrangular', 'queimar',
    'degolar', 'esquartejar', 'atirar em', 'dar um tiro em', 'dar uns tiros em', 'meter bala em', 'meter a faca em', 'enfiar a faca em', 'caçar', 'matar'], HARM_YOU))
    .map((term) => (/ matar /.test(term) ? mockThreat(term) : term)),
  ...pairs(['vai morrer', 'vais morrer', 'tu vai morrer', 'você vai morrer', 'vc vai morrer'], withPlain(['seu', 'sua', 'desgraçado', 'desgraçada',
    'filho da puta', 'fdp', 'arrombado', 'arrombada', 'vagabundo', 'vagabunda', 'otário', 'otária', 'maldito', 'maldita', 'corno', 'cuzão', 'viado', 'cabrão'])),
  ...pairs(['vou', 'vamos', 'vou mandar'], ['queimar sua casa', 'queimar tua casa', 'matar sua família', 'matar tua família', 'matar sua mãe', 'matar tua mãe',
    'matar seus filhos', 'matar teus filhos']),
  'com vc dentro', 'com você dentro', 'com tua família dentro', 'com sua família dentro', 'mandar te matar', 'vou mandar te pegar', 'te quebro todinho',
  'te fazer sumir do mapa', 'vou sumir com você', 'vou sumir com vc', 'vou te fazer desaparecer', 'vou te fazer sumir', 'te dar uma facada', 'te meter a faca',
  'te partir no meio', 'te partir ao meio', 'partir você no meio', 'te rachar no meio', 'te cortar em pedaços',
  'te quebro todo', 'te arrebento todinho', 'te furo todinho', 'furar você todinho', 'furar vc todinho',
];
/** A cut while shaving or cooking is an accident: "me cortei de novo fazendo a barba". */
const NOT_SELF_CUT = withPlain(['fazendo a barba', 'com a faca', 'com faca', 'na faca', 'na cozinha', 'cortando', 'com papel', 'no papel', 'com a folha', 'depilando',
  'o dedo', 'no dedo', 'no vidro', 'com vidro', 'descascando', 'picando', 'o cabelo', 'a franja', 'as pontas', 'a unha', 'as unhas', 'cozinhando', 'no trabalho',
  'raspando', 'me depilando', 'me barbeando']);
/** Waking someone else, or not before a time: "pra não acordar o bebê", "e não acordar até meio-dia", "nunca mais acordar cedo". */
const WAKE_SOMEONE = withPlain(['o', 'a', 'os', 'as', 'ninguém', 'cedo', 'tarde', 'até', 'antes', 'de madrugada', 'de noite', 'à noite', 'no meio da noite', 'com',
  'meu', 'minha', 'seu', 'sua', 'teu', 'tua', 'vc', 'você', 'ele', 'ela', 'eles', 'elas', 'cansado', 'cansada', 'atrasado', 'atrasada', 'às', 'mais cedo', 'mais tarde',
  'suspeitas']);
/** Clothes run out, not taken off: "fiquei sem roupa limpa". */
const NOT_LAUNDRY = unlessBefore(withPlain(['limpa', 'seca', 'pra', 'para', 'nova', 'de frio', 'de inverno', 'de verão', 'no armário', 'decente', 'passada', 'molhada',
  'suja', 'do varal', 'da máquina', 'da mala', 'apertada', 'justa', 'de academia', 'de treino', 'confortável', 'térmica', 'adequada']));
/** How many days, hours or times: "quantos dias você dormiu com febre?" counts no partners. */
const COUNTED_TIME = ['dias', 'horas', 'noites', 'vezes', 'anos', 'meses', 'semanas', 'minutos'];
const MORE_SELF_HARM = [
  ...pairs(['tomei', 'tomar', 'vou tomar', 'engoli', 'engolir'], ['todos os remédios da caixa', 'todos os remedios da caixa', 'todos os comprimidos da caixa',
    'a caixa toda de remédio', 'a caixa inteira', 'a cartela toda', 'o frasco todo', 'o frasco inteiro', 'o vidro todo de remédio', 'todos os comprimidos que eu tinha',
    'todos os remédios que eu tinha']),
  'não aguento mais viver', 'vou acabar com tudo hoje', 'acabar com tudo hoje', 'hoje eu acabo com tudo', ...['me cortei de novo', 'me cortei outra vez'].map(unlessBefore(NOT_SELF_CUT)),
  'voltei a me cortar', 'quero morrer logo', 'quero acabar com tudo', 'vou acabar com tudo de uma vez',
  ...pairs(['vou me jogar', 'me jogo', 'quero me jogar', 'vou pular', 'vou me atirar', 'me atiro'], ['da janela', 'da ponte', 'do prédio', 'de um prédio',
    'na frente do trem', 'na frente do metrô', 'do viaduto', 'da sacada', 'do terraço']),
];
const MORE_GORE = [
  ...['ficou todo despedaçado', 'ficou toda despedaçada', 'ficaram despedaçados', 'todo despedaçado', 'toda despedaçada'].map((term) => ({
    term, unless: ['coração', 'coracao', 'meu coração', 'o coração'].map((host) => `${host} ${term}`),
  })),
  ...withPlain(['corpo sem cabeça', 'corpos sem cabeça', 'cabeça cortada', 'miolos espalhados', 'miolos pra fora', 'sendo torturado', 'torturando um cachorro',
    'torturando o cachorro', 'torturando um gato', 'torturando animais', 'maltratando um cachorro', 'espancado até a morte', 'espancada até a morte',
    'poça de sangue']),
];
const MORE_CONTEMPT = withPlain([
  ...pairs(['deviam sair', 'deveriam sair', 'têm que sair', 'tinham que sair', 'deviam ir embora', 'deviam voltar pra'], ['do país', 'do brasil', 'da europa',
    'de portugal', 'daqui', 'da minha terra']),
  'não pertencem aqui', 'fora da europa',
  'controlam a mídia', 'controlam o mundo', 'controlam os bancos', 'controlam o dinheiro', 'dominam o mundo', 'mandam no mundo', 'controlam tudo',
  'dominam a mídia', 'estão invadindo', 'tão invadindo', 'vêm invadindo', 'invadindo o brasil', 'invadindo o país', 'invadindo portugal', 'invadem',
  'estão infestando', 'infestando', 'só trazem crime', 'trazem crime', 'vêm roubar', 'só vêm roubar', 'são todos iguais',
]);
const MORE_HATE = withPlain([
  'macaco volta pra', 'volta pra jaula', 'volta pra selva', 'voltem pra selva', 'voltem pra jaula', 'volta pro zoológico', 'macaco fedido', 'macaca fedida',
  'gringos imundos', 'gringo imundo', 'pretos imundos', 'viado tem que apanhar', 'viado tem que morrer', 'gay tem que apanhar', 'bicha tem que apanhar',
  'tem que apanhar até virar homem', 'morte aos gays', 'malditos judeus', 'malditos pretos', 'malditos nordestinos', 'malditos ciganos', 'malditos imigrantes',
]);
const MORE_SENSITIVE = withPlain([
  'bolsonaro genocida', 'lula ladrão', 'lula na cadeia', 'petralhas na cadeia', 'intervenção militar já', 'ditadura já', 'volta ditadura', 'o aborto deveria ser crime',
  'aborto é assassinato', 'o islã é uma religião', 'religião de terroristas', 'religiao de terroristas', 'salazar fez', 'salazar tinha razão',
]);

/** Sexual talk aimed at the reader: their body undressed, kissed all over, moaning; being aroused by them. */
const AIMED_DESIRE = [
  'você me excita', 'voce me excita', 'sua voz me excita', 'me deixa com tesão', 'me deixa com tesao', 'cada centímetro do seu corpo',
  'cada centimetro do seu corpo', 'cada centímetro do teu corpo', 'te ouvir gemer', 'te fazer gemer', 'tirar sua roupa', 'tirar tua roupa',
  'te despir', 'pelada na minha cama',
];
/** Likening a group to animals, dirt or disease, calling them thieves, saying they live off others, wanting them thrown out: contempt next to a group. */
const HATE_LIKENESS = [
  'igual bicho', 'como bicho', 'como animais', 'na sujeira', 'é doença', 'e doença', 'uma doença', 'uma praga', 'tudo ladrão', 'tudo ladrao',
  'são ladrões', 'sao ladroes', 'expulsar todos', 'tem que expulsar', 'voltem pro país', 'voltem pro pais',
  // What xenophobes say migrants come for: benefits, our taxes, our jobs.
  'roubar emprego', 'roubam nossos empregos', 'vivem de bolsa', 'vivem às nossas custas', 'só vêm aqui roubar', 'so vem aqui roubar',
];

export const pt: Lexicon = {
  lang: 'pt',
  terms: {
    insult: [
      ...AIMED_INSULTS,
      ...MORE_INSULTS,
      'atrasado mental', 'atrasada mental', 'zé ruela', 'ze ruela', 'zé mané', 'ze mane', 'lazarento', 'lazarenta', 'cretino', 'cretina', 'boçal',
      'filho de rapariga', 'filha de rapariga', 'ninguém te perguntou', 'ninguem te perguntou', 'ngm te perguntou', 'ninguém te aguenta',
      'ninguem te aguenta', 'ngm te aguenta', 'ninguém te quer aqui', 'ninguem te quer aqui', 'ngm te quer aqui', 'ninguém te suporta mais', 'se enxerga',
      'vai se fude', 'vai se fode', 'vai te fuder', 'vai se lascar', 'vai se ferrar', 'vai-te lixar', 'vai te lixar', 'vai-te catar',
      'vc é burra', 'você é burra', 'tu és burra', 'voce e burra',
      'filho da puta', 'filha da puta', 'filhos da puta', 'fio da puta', 'fi da puta', 'fdp', 'fdps', 'vai se foder', 'vai se fuder', 'vai te foder',
      'vai-te foder', 'vsf', 'vai tomar no cu', 'vai toma no cu', 'vtnc', 'tnc', 'tmnc', 'toma no cu', 'vai pro caralho', 'vai pó caralho',
      'vai po caralho', 'vai pra puta que te pariu', 'vai à merda', 'vai a merda', 'vai pra merda', 'vai cagar', 'pau no cu', 'pau no seu cu',
      'arrombado', 'arrombada', 'arrombados', 'otário', 'otario', 'otária', 'otaria', 'otários', 'babaca', 'babacas', 'imbecil', 'imbecis',
      'idiota', 'idiotas', 'cuzão', 'cuzao', 'cuzona', 'corno', 'corna', 'corno manso', 'cabrão', 'cabrao', 'cabrona', 'desgraçado', 'desgracado',
      'desgraçada', 'desgracada', 'vagabunda', 'vagabundo', 'vadia', 'vadias', 'sua piranha', 'piranha safada', 'piriguete', 'sua puta',
      'puta barata', 'sua vaca', 'sua cachorra', 'sua galinha', 'seu lixo', 'você é um lixo', 'voce é um lixo', 'vc é um lixo', 'vc e um lixo',
      'seu burro', 'sua burra', 'você é burro', 'vc é burro', 'vc eh burro', 'seu trouxa', 'sua trouxa', 'sua besta', 'seu merda', 'seu bosta',
      'merdinha', 'escroto', 'escrota', 'retardado', 'retardada', 'mongoloide', 'mongolóide', 'débil mental', 'debil mental', 'energúmeno',
      'estúpido', 'estupido', 'estúpida', 'estupida', 'parvalhão', 'parvalhona', 'anormal do caralho', 'seu nojento', 'sua nojenta', 'cala a boca',
      'cala boca', 'cala essa boca', 'ninguém gosta de você', 'ninguem gosta de voce', 'ninguém te suporta', 'chupa meu pau', 'mama aqui',
      'sua mãe é puta', 'tua mãe é puta', 'sua mae e puta', 'puta que te pariu', 'cornudo', 'filho de uma égua', 'palhaço de merda', 'lixo humano',
    ],
    harassment: [
      // Driving the reader away (nobody here likes you, delete your account) and pestering till they answer.
      'ninguém aqui gosta de você', 'ninguem aqui gosta de voce', 'ninguém te suporta', 'todo mundo ri de você', 'todo mundo tá rindo de você', 'apaga sua conta', 'apaga tua conta', 'sai desse app', 'some desse app',
      // Stalking the reader: knowing where they live or work or their child's school, watching them, catching them alone.
      'quando te pegar sozinha', 'quando te pegar sozinho',
      ...STALKING,
      ...MORE_STALKING,
      'sei onde tu trabalha', 'vou te esperar lá',
      'sei onde você mora', 'sei onde voce mora', 'sei onde vc mora', 'sei onde tu moras', 'sei onde tu mora', 'sei onde você estuda',
      'sei onde vc estuda', 'sei onde você trabalha', 'tô te vigiando', 'to te vigiando', 'estou te observando', 'estou a observar-te',
      'ainda vou te achar', 'vou te achar onde', 'vou te achar e', 'vou te achar de qualquer jeito', 'ainda vou te encontrar', 'vou te encontrar onde', 'vou te encontrar e', 'não adianta se esconder', 'vou vazar suas fotos',
      'vou vazar seus nudes', 'vou postar seus nudes',
      'vou expor você', 'vou te expor', 'vou acabar com sua vida', 'vou destruir sua vida', 'se mata', 'se mata logo', 'vai se matar',
      'mata-te', 'tomara que você morra', 'tomara que vc morra', 'espero que você morra', 'espero que morras', 'morre logo', 'se enforca',
      'me responde sua puta', 'responde vadia',
    ].map(notKnown),
    curse: [
      'puto da vida', 'puta da vida', 'tô puto', 'to puto', 'tô puta', 'to puta', 'fiquei puto', 'fiquei puta', 'tá puto', 'ta puto', 'me deixa puto',
      'porra', 'porras', 'porra nenhuma', 'caralho', 'caralhos', 'caraio', 'carai', 'krl', 'crl', 'krlh', 'caralhada', 'puta que pariu', 'pqp',
      'ptqp', 'puta merda', 'puta', 'putas', 'foda-se', 'fodase', 'foda se', 'foda', 'fodeu', 'fudeu', 'fodido', 'fodida', 'fudido', 'fudida',
      'merda', 'merdas', 'mrd', 'bosta', 'bostas', 'cacete', 'que droga', 'ah droga', 'mas que droga', 'droga de vida', 'droga de dia', 'puta vida', 'putaria', 'cuzinho', 'no cu', 'cona',
      'que se foda', 'q se foda', 'se foder', 'tomar no cu', 'pqp mano', 'caralhinho', 'merdoso', 'merdosa', 'chatice do caralho', 'do caralho',
      'foda-te', 'caguei', 'cagada', 'cagar', 'desgraça do caralho', 'inferno do caralho', 'diabo que o carregue', 'vai pro inferno',
    ],
    sexual: [
      ...MORE_SEX,
      'chupar teus peitos', 'chupar seus peitos', 'chupar teus',
      'transar', 'transa comigo', 'vamos transar', 'quer transar', 'bora transar', 'quero transar', 'transar contigo', 'fazer sexo', 'quero sexo',
      'sexo comigo', 'sexo oral', 'sexo anal', 'sexo virtual', 'sexo por vídeo', 'pornô', 'porno', 'pornografia', 'putaria no privado', 'nudes',
      'nude', 'peladinha', 'tesão', 'tesao', 'tesuda', 'tesudo', 'com tesão', 'cheio de tesão',       'punheta', 'punhetas', 'punheteiro', 'bater punheta', 'siririca', 'masturbar', 'me masturbar', 'masturbação',       'boquete', 'chupar seu pau', 'chupar teu pau', 'meu pinto', 'minha piroca', 'piroca', 'pirocudo', 'rola grande',
      'buceta', 'boceta', 'xoxota', 'xereca', 'xota', 'ppk', 'perereca molhada', 'sua buceta', 'tua cona', 'caralho duro', 'peitões', 'peituda',
      'rabuda', 'bunduda', 'foder contigo', 'quero te foder', 'te foder gostoso', 'fuder gostoso', 'meter em você', 'meter em vc', 'mete gostoso',
      'sentar no meu', 'senta no meu', 'sentar gostoso', { term: 'ménage', unless: ['femme de ménage', 'faire le ménage', 'fais le ménage', 'du ménage', 'le ménage', 'mon ménage', 'ménage de printemps', 'ménage de fond', 'ménage du printemps', 'ménages'] }, { term: 'menage', unless: ['femme de menage', 'faire le menage', 'fais le menage', 'du menage'] }, 'suruba', 'orgia', 'webcam sexy', 'chamada pelada', 'onlyfans',
      'pack do pezinho', 'vendo pack', 'vendo packs', 'conteúdo +18', 'conteudo +18', 'conteúdo adulto', 'conteudo adulto',
    ],
    'sexual-harassment': [
      // A lesson "best learned between the sheets": the sheets make the innuendo a study tip in bed ("se aprende melhor na cama antes de dormir") lacks.
      ...pairs(withPlain(['se aprende melhor', 'se aprendem melhor', 'se pratica melhor', 'se praticam melhor', 'aprende-se melhor']),
        withPlain(['entre os lençóis', 'entre lençóis', 'debaixo dos lençóis', 'embaixo dos lençóis'])),
      // Asked about their virginity or sex life, or for something 'spicy'.
      'ainda é virgem', 'já transou', 'ja transou', 'foto picante',
      // A stranger asked up to a hotel room, told they must be good in bed, or that the speaker wants to touch them.
      'passa aqui no meu quarto', 'vem pro meu quarto', 'delícia na cama', 'boa de cama', 'bom de cama',
      ...AIMED_DESIRE,
      ...SEX_TO_YOU,
      ...MORE_LEWD,
      'manda nudes', 'manda nude', 'me manda nudes', 'me manda um nude', 'manda foto pelada', 'manda uma foto pelada', 'manda pack', 'me passa o pack',
      'mostra os peitos', 'mostra teus peitos', 'mostra seus peitos', 'mostra a bunda', 'mostra tua bunda', 'mostra sua bunda', 'mostra o corpo',
      'mostra teu corpo', 'mostra seu corpo', // An outfit for an occasion is no such question: "que roupa você tá usando pra formatura?"; "tá usando o quê pra limpar?" is a tool.
      ...['que roupa você tá usando', 'que roupa vc ta usando', 'tá usando o quê'].map(unlessBefore(withPlain(['pra', 'para', 'na', 'no', 'amanhã', 'hoje pra', 'de']))),
      'cor da sua calcinha',
      'cor da tua calcinha', 'qual a cor da calcinha', 'tamanho do sutiã', 'tamanho do sutia', 'você é virgem', 'voce e virgem', 'vc é virgem',
      'vc e virgem', 'és virgem', 'quer fazer sexo', 'quer transar comigo', 'quero te comer', 'vou te comer', 'quero te chupar', 'quero te lamber',
      'quero te tocar', 'te pegar de jeito', 'você é gostosa', 'voce e gostosa', 'vc é gostosa', 'vc e gostosa', 'sua gostosa', 'que gostosa você',
      'gostosa demais você', 'gostosa pra caralho', 'tô de pau duro', 'to de pau duro', 'me deixa de pau duro', 'você me deixa com tesão',
      'vc me deixa com tesao', 'me deixa excitado', 'tira a roupa', 'tira essa roupa', 'tira a calcinha', NOT_LAUNDRY('sem roupa'), 'abre as pernas',
      'senta no meu colo', 'dorme comigo', 'vem pra minha cama', ...withPlain(['bora transar', 'vamos transar', 'vamo transar', 'quer ir pra cama comigo', 'bora pro motel']), 'vou te estuprar', 'quero te estuprar',
    ],
    spam: [
      // Drawing readers to one's own profile and trading follows.
      'passa no meu perfil', 'passem no meu perfil', 'visita meu perfil', 'visitem meu perfil', 'me segue que eu sigo de volta',
      ...MORE_SPAM,
      'você ganhou', 'voce ganhou', 'vc ganhou', 'parabéns você ganhou', 'parabens voce ganhou', 'você foi sorteado', 'voce foi sorteado',
      'vc foi sorteado', 'resgate seu prêmio', 'resgate seu premio', 'resgatar prêmio', 'retire seu prêmio', 'prêmio garantido', 'premio garantido',
      'iphone grátis', 'iphone gratis', 'brinde grátis', 'diamantes grátis', 'diamantes gratis', 'sigo de volta', 'sdv', 'segue de volta', 'segue que sigo',
      'seguindo de volta', 'link na bio', 'link no perfil', 'clique aqui', 'clica aqui', 'clique no link', 'clica no link', 'acesse o link',
      'acessa o link', 'repasse essa mensagem', 'repassa pra', 'encaminhe para', 'compartilhe com 10',       'oferta relâmpago', 'oferta relampago', 'por tempo limitado', 'responda sair', 'para cancelar envie',
    ],
    phishing: [
      ...MORE_PHISHING,
      ...pairs(
        ['confirme', 'confirmar', 'confirma', 'atualize', 'atualizar', 'atualiza', 'valide', 'validar', 'verifique', 'informe'],
        [
          'seus dados', 'os seus dados', 'teus dados', 'os teus dados', 'seus dados bancários', 'seu cpf', 'o seu cpf', 'sua chave pix',
          'os dados do cartão', 'seu cadastro',
        ],
      ),
      ...pairs(
        ['seu pix', 'sua chave pix', 'seu cpf', 'seu cadastro', 'sua conta bancária', 'seu cartão', 'seu cartao'],
        [
          'foi bloqueado', 'foi bloqueada', 'está bloqueado', 'esta bloqueado', 'foi suspenso', 'foi suspensa', 'está irregular', 'esta irregular',
          'será cancelado', 'sera cancelado',
        ],
      ),
      'cpf irregular', 'regularize seu', 'regularize sua', 'evite o bloqueio', 'evitar o bloqueio',
      'confirme sua conta', 'confirme a sua conta', 'verifique sua conta', 'verifica a tua conta', 'sua conta será bloqueada', 'sua conta sera bloqueada',
      'sua conta foi suspensa', 'sua conta foi bloqueada', 'a tua conta foi suspensa', 'sua conta será excluída', 'informe sua senha', 'digite sua senha',
      'me passa sua senha', 'me passa tua senha', 'qual sua senha', 'qual a tua senha', 'código de verificação', 'codigo de verificacao',
      'me passa o código', 'me passa o codigo', 'me manda o código', 'me manda o codigo', 'o código que chegou', 'o codigo que chegou',
      'código que chegou no seu', 'código de 6 dígitos', 'codigo de 6 digitos', 'código sms', 'dados do cartão', 'dados do cartao',
      'dados bancários', 'dados bancarios', 'número do cartão', 'numero do cartao', 'código de segurança do cartão', 'atualize seus dados',
      'atualize o cadastro', 'atividade suspeita', 'acesso suspeito', 'clique no link abaixo', 'regularize sua conta',
      'preciso da sua senha', 'preciso da tua senha', 'me manda sua senha', 'me manda a tua senha', 'me manda a senha', 'me fala sua senha',
      'me diz sua senha', 'diz-me a tua senha', 'me fala o código', 'me fala o codigo', 'me diz o código', 'me diz o codigo', 'diz-me o código',
      'me envia o código', 'me envia o codigo', 'me encaminha o código', 'me encaminha o codigo', 'o código que te enviamos', 'o codigo que te enviamos',
      'te mandei um código por engano', 'te mandei um codigo por engano', 'te enviei um código por engano', 'código por engano', 'codigo por engano',
      'código do whatsapp', 'codigo do whatsapp', 'senha do banco', 'senha do cartão', 'senha do cartao',
    ],
    ads: [
      // How promotions are worded: flash sales, a gift with every order, seats running out.
      ...withPlain(['brinde em toda compra', 'chama no direct']),
      ...MORE_ADS,
      ...pairs(
        [
          'encomendas', 'pedidos', 'orçamentos', 'orcamentos', 'agendamentos', 'informações', 'informacoes', 'mais informações', 'mais info',
          'interessados', 'interessadas',
        ],
        [
          'pelo zap', 'pelo whats', 'pelo whatsapp', 'no zap', 'no whats', 'no pv', 'no privado', 'no direct', 'na dm', 'inbox', 'pelo direct',
          'via zap', 'via whats', 'chamar no privado', 'chamar no pv', 'chama no pv', 'chama no privado', 'chamar inbox', 'chamar no zap',
        ],
      ),
      'aceito pix', 'aceito cartão', 'aceito cartao', 'aceito trocas', 'aceitamos pix', 'aceitamos cartão', 'aceitamos encomendas', 'encomendas abertas',
      'faço encomendas', 'seminovo', 'seminova', 'semi novo', 'semi nova', 'usado poucas vezes',
      // "Vendo" is also "seeing" in Brazil and "tô vendendo bem" is how work goes: a sale names what is sold.
      ...pairs(['tô vendendo', 'to vendendo', 'estou vendendo', 'estou a vender'], ['meu', 'minha', 'meus', 'minhas', 'um', 'uma', 'esse', 'essa']),
      'vendo barato', 'vendo baratinho', 'apenas r$', 'a partir de r$', 'agende seu horário', 'agende seu horario', 'agende já',
      'agende ja', 'marque seu horário', 'marque seu horario', 'atendo a domicílio', 'atendo a domicilio', 'atendimento a domicílio',
      'primeira aula grátis', 'primeira aula gratis', 'aula experimental grátis', 'aula experimental gratuita', 'dou aulas online', 'ofereço aulas',
      'ofereço serviços', 'faço unhas', 'faço design de sobrancelha', 'faço tranças', 'faço fretes', 'trabalhe conosco', 'venha trabalhar conosco',
      'contrata-se', 'precisa-se de', 'mande seu cv', 'envie seu cv', 'mande seu currículo', 'mande seu curriculo', 'envie seu currículo',
      'envie seu curriculo', 'oportunidade de emprego', 'procurando emprego', 'procurando trabalho', 'procurando trampo', 'procuro trampo',
      'preciso de trampo', 'preciso de um emprego', 'preciso de um trampo', 'sabe de alguma vaga', 'sabe de vaga', 'sabem de alguma vaga',
      'alguma vaga de emprego', 'aceito qualquer trabalho', 'faço bicos', 'faço freelas', 'seguidores grátis', 'seguidores gratis', 'curtidas grátis',
      'curtidas gratis', 'ganhe seguidores', 'compre seguidores', 'comprar seguidores',
      'siga, curta e marque', 'marque 3 amigos', 'marque três amigos',
      'vende-se', 'à venda', 'frete grátis', 'frete gratis',
      'entrega grátis', 'compre já', 'compre ja', 'compre agora', 'chama no direct', 'chama na dm', 'chama no pv', 'chama no privado',       'pedidos pelo zap', 'pedidos no direct', 'valores no privado', 'valor no privado', 'preço no privado', 'preco no privado',
      'preço no pv', 'orçamento sem compromisso', 'faça seu pedido', 'faca seu pedido', 'revenda', 'revendedora',
      'seja revendedor', 'use meu cupom', 'meu código de desconto', 'se inscreve no canal', 'se inscreva no canal',
      'se inscrevam', 'meu canal no youtube', 'ativa o sininho', 'segue lá no insta', 'segue la no insta', 'estamos contratando', 'vagas de emprego',
      'vaga de emprego', 'vagas abertas', 'procuro emprego', 'procuro trabalho', 'preciso de emprego',
      'trabalhe de casa', 'trabalhe em casa', 'renda extra', 'ganhe dinheiro', 'ganhar dinheiro em casa', 'ganhar dinheiro online',
      'dinheiro fácil', 'dinheiro facil', 'renda passiva', 'sorteio', 'sorteando', 'rifa', 'rifas', 'vaquinha', 'vakinha', 'vaquinha online',
      'doação', 'doacao', 'doações', 'doacoes', 'doem', 'ajude com qualquer valor', 'leilão', 'leilao', 'lance mínimo', 'aulas particulares',
      'valor da hora aula', 'afiliado', 'link de afiliado', 'catálogo', 'catalogo', 
    ],
    fraud: [
      ...MORE_FRAUD,
      ...pairs(['preso', 'presa', 'detido', 'detida'], ['na alfândega', 'na alfandega', 'na imigração', 'na imigracao']),
      ...pairs(
        [
          'sua encomenda foi', 'seu pacote foi', 'sua encomenda está', 'seu pacote está', 'sua encomenda esta', 'seu pacote esta',
          'a tua encomenda foi', 'a tua encomenda está',
        ],
        ['taxada', 'taxado', 'retida', 'retido', 'tributada', 'tributado', 'apreendida', 'apreendido'],
      ),
      ...pairs(
        ['lucro', 'lucros', 'retorno', 'rendimento', 'rende', 'rendendo', 'ganhe', 'ganhos'],
        ['em 24h', 'em 24 horas', 'em 48h', 'em 48 horas', 'ao dia', 'todo santo dia'],
      ),
      ...pairs(
        ['sou', 'sou o', 'sou a', 'aqui é', 'aqui é o', 'aqui é a', 'falo', 'falamos', 'somos'],
        [
          'gerente do seu banco', 'gerente da sua conta', 'do seu banco', 'da central do seu banco', 'da segurança do seu banco',
          'do setor de fraudes',
        ],
      ),
      'taxa alfandegária', 'taxa alfandegaria', 'taxa de desembaraço', 'pague a taxa', 'pagar a taxa de', 'pague para liberar', 'pagar pra liberar',
      'pague pra liberar', 'liberar o presente', 'libera o presente', 'liberação do presente', 'invista e receba',
      'investe e recebe', 'invista hoje', 'invista agora', 'esquema de cripto', 'esquema de pirâmide', 'grupo de sinais', 'sala de sinais',
      // Single words: weak alone, a review together ("invista 200 e receba 2000, é garantido").
      'invista', 'invistam', 'garantido', 'garantida',
      'equipe de suporte do app', 'sua conta será suspensa', 'confirme sua senha',
      'me empresta dinheiro', 'me empresta uma grana', 'me empresta uns', 'empresta dinheiro', 'empresta-me dinheiro', 'faz um pix', 'me faz um pix',
      'manda um pix', 'me manda um pix', 'pix pra mim', 'faz um pix pra mim', 'me arruma um dinheiro', 'preciso de dinheiro urgente',
      'preciso de uma grana', 'te devolvo amanhã', 'te devolvo amanha', 'te pago depois', 'te pago semana que vem', 'investimento garantido',
      'lucro garantido', 'retorno garantido', 'rendimento diário', 'rendimento diario', 'lucro diário', 'lucro diario', 'dobre seu dinheiro',
      'dobrar seu dinheiro', 'multiplique seu dinheiro', 'invista em bitcoin', 'invista em cripto', 'investir em criptomoedas', 'opções binárias',
      'opcoes binarias', 'plataforma de investimento', 'sinais de trade', 'sou da equipe do hellotalk', 'equipe do hellotalk',
      'suporte do hellotalk', 'suporte hellotalk', 'sou o administrador', 'sou moderador oficial', 'cartão presente', 'cartao presente',
      'vale-presente', 'vale presente', 'gift card', 'cartão google play', 'taxa da alfândega', 'taxa da alfandega', 'taxa de liberação',
      'taxa de liberacao', 'sua encomenda está retida', 'sua encomenda esta retida', 'pagar a taxa', 'herança milionária',       'carteira cripto', 'frase semente', 'frase de recuperação', 'chave privada',
      'mineração na nuvem', 'usdt', 'pirâmide financeira',
      { term: 'preso no aeroporto', unless: ['fiquei preso no aeroporto', 'ficou preso no aeroporto', 'ficamos presos no aeroporto'] },
      'pagar meu visto', 'pagar minha passagem',
      'investe comigo', 'invista comigo', 'investir comigo', 'invistam comigo', 'te ensino a investir', 'ensino você a investir', 'te ajudo a investir',
      'ganhos garantidos', 'ganho garantido', 'rendimento garantido', 'renda garantida', 'retorno diário', 'retorno diario', 'lucro todo dia',
      'lucro por dia', 'lucros diários', 'lucros diarios', 'investimento sem risco', 'dobrar o seu dinheiro', 'duplicar seu dinheiro',
      'multiplicar seu dinheiro', 'triplique seu dinheiro', 'trade de cripto', 'trading de cripto', 'plataforma de trade', 'plataforma de trading',
      'robô de trade', 'robo de trade', 'robô de investimento', 'meu mentor de investimentos', 'minha mentora de investimentos', 'mentor de trade',
      'moderador do hellotalk', 'administrador do hellotalk', 'equipe hellotalk', 'conta oficial do hellotalk', 'hellotalk oficial', 'staff do hellotalk',
      'funcionário do hellotalk', 'funcionario do hellotalk', 'sou da equipe de segurança', 'sou da equipe de seguranca', 'central de segurança do banco',
      'central de seguranca do banco', 'sou do suporte', 'suporte oficial', 'falo do banco', 'aqui é do banco', 'pro hospital da minha mãe',
      'pro hospital da minha mae', 'para o hospital da minha mãe', 'cirurgia da minha mãe', 'cirurgia da minha mae',
      ...pairs(
        ['me ajuda com', 'me ajude com', 'me ajudar com', 'ajuda-me com', 'pode me ajudar com', 'preciso de ajuda com'],
        ['uma grana', 'um dinheiro', 'algum dinheiro', 'dinheiro', 'um pix', 'uns trocados'],
      ),
    ],
    dating: [
      ...MORE_DATING,
      ...pairs(
        [
          'procuro', 'procurando', 'busco', 'buscando', 'à procura de', 'a procura de', 'em busca de', 'quero conhecer', 'afim de conhecer',
          'a fim de conhecer',
        ],
        [
          'uma mulher', 'um homem', 'uma namorada', 'um namorado', 'uma gata', 'uma mina', 'alguém pra namorar', 'alguem pra namorar', 'um amor',
          'o amor da minha vida', 'uma esposa', 'um marido', 'mulheres', 'garotas', 'homens',
        ],
      ),
      'pra relacionamento sério', 'pra relacionamento serio', 'para relacionamento sério', 'para um relacionamento sério', 'pra um relacionamento sério',
      'afim de namorar', 'a fim de namorar', 'afim de namoro', 'alguém solteiro', 'alguem solteiro', 'alguém solteira', 'alguem solteira', 'alguma solteira',
      'algum solteiro', 'solteiras aí', 'solteiros aí', 'solteiras ai', 'tô solteiro', 'to solteiro', 'tô solteira', 'to solteira', 'estou solteiro',
      'estou solteira', 'quem quiser me conhecer', 'amizade e quem sabe algo mais', 'quem sabe algo mais', 'amizade ou algo mais', 'amizade e algo mais',
      'quem sabe um namoro', 'procuro crush', 'alguém pra dar uns beijos',
      'procuro namorada', 'procuro namorado', 'procurando namorada', 'procurando namorado', 'busco namorada', 'busco namorado', 'quero uma namorada',
      'quero um namorado', 'quero namorar', 'quer namorar comigo', 'namora comigo', 'quer ser minha namorada', 'quer ser meu namorado',
      'quer casar comigo', 'procuro esposa', 'procuro marido', 'procuro alguém especial', 'procuro alguem especial',
      'procuro relacionamento sério', 'procuro relacionamento serio', 'procuro algo sério', 'procuro algo serio', 'procuro minha alma gêmea',
      'solteira procurando', 'solteiro procurando', 'solteira à procura', 'solteiro à procura', 'sugar daddy', 'sugar baby', 'amizade colorida',
      'procuro ficante', 'pegação', 'pegacao', 'encontro casual', 'sexo casual', 'garota de programa', 'garotas de programa', 'acompanhantes de luxo',
      'acompanhante de luxo', 'mulheres solteiras', 'solteiras perto de você', 'app de namoro',
    ],
    drugs: [
      ...MORE_DRUGS,
      'um prensado', 'uns prensado', 'prensadinho', 'fumar um prensado', 'prensado do bom', 'vendo prensado', 'fumar erva', 'fumar uma erva',
      'tapa na erva', 'tapa no beck', 'tapinha no beck', 'dar um dois', 'dá um dois', 'queimar um beck', 'queimar uma erva', 'apertar um beck',
      'apertar um baseado', 'apertar um charro', 'chapei', 'chapados', 'brisado', 'brisada', 'brisadão', 'entorpecente', 'entorpecentes', 'loko de lança',
      'louco de lança', 'cheirar lança', 'tomar bala', 'tomei bala', 'tomando bala', 'bala pra rave', 'balas pra rave', 'bala na rave', 'tomar um doce',
      'tomei um doce', 'tomar md', 'tomei md', 'pó do bom', 'po do bom', 'vendo pó', 'cheirar uma carreira', 'dar um teco', 'pinos de cocaína',
      'pino de cocaína', 'pino de coca', 'maconheiros', 'fumo do bom', 'fumar unzinho', 'cogumelos alucinógenos', 'doce de ácido', 'bala de ecstasy',
      'maconha', 'maconheiro', 'maconheira', { term: 'baseado', unless: ['baseado em', 'baseado num', 'baseado numa', 'baseado na história', 'baseado na vida', 'baseado no livro', 'baseado no filme', 'baseado nos fatos', 'baseado no que'] }, 'baseados', 'beck', 'becks', 'fumar um', 'fumar maconha', 'fumando maconha', 'fumar um baseado',
      'bolar um', 'bolar um beck', 'erva da boa', 'cannabis', 'haxixe', 'charro', 'charros', 'ganza', 'cocaína', 'cocaina', 'uma carreira',
      'cheirar pó', 'cheirar po', 'cheirar cocaína', 'lança-perfume', 'lanca perfume', 'loló', 'ecstasy', 'balinha de ecstasy',       'mdma', 'doce de lsd', 'lsd', 'ketamina', 'cogumelos mágicos', 'cogumelo mágico', 'chá de cogumelo', 'pedra de crack', 'fumar crack',
      'cracolândia', 'cracolandia', 'drogado', 'drogada', 'se drogar', 'me drogar', 'chapado', unlessBefore(['diamantina', 'dos veadeiros', 'dos guimarães', 'dos guimaraes', 'do araripe'])('chapada'), 'chapadão', 'boca de fumo',
      'vendo maconha', 'vendo droga', 'traficar', 'skank', 'metanfetamina', 'heroína', 'heroina', 'rivotril',
    ],
    alcohol: [
      // Drinking games and drinking till one drops.
      'jogo de bebida', 'virar o copo', 'vira vira', 'garrafa atrás de garrafa', 'ninguém volta sóbrio', 'shots a noite toda',
      ...MORE_DRINKING,
      { term: 'tomar todas', unless: ['tomar todas as'] }, { term: 'tomei todas', unless: ['tomei todas as'] }, 'tomando todas',
      { term: 'beber todas', unless: ['beber todas as'] }, 'bora beber', 'vamos beber', 'vamo beber', 'bora pro bar', 'vamos pro bar', 'bora pro boteco',
      'tomar uma gelada', 'umas geladas', 'uma geladinha', 'tomar umas e outras', 'tomar umas geladas', 'enchendo a cara', 'encher o caneco', 'bebi demais',
      'mamado', 'bêbedo', 'bebedo', 'bêbeda', 'uns copos', 'beber uns copos', 'shot de tequila', 'shots de tequila', 'dose de whisky',
      'cerveja', 'cervejas', 'cervejinha', 'cerva', 'breja', 'brejas', 'chope', 'chopp', 'chopinho', 'cachaça', 'cachaca', 'caipirinha', 'caipirinhas',
      'caipiroska', { term: 'vinho', unless: ['vinagre de vinho'] }, 'vinhos', { term: 'vinho tinto', unless: ['vinagre de vinho tinto'] }, 'vinho verde', 'vinho do porto', 'vodka', 'whisky', 'uísque', 'uisque', 'tequila', 'gin tônica',
      'gin tonica', 'cachaceiro', 'bebedeira', 'bêbado', 'bebado', 'bêbada', 'bebada', 'bêbados', 'bebum', 'porre', 'tomar um porre', 'encher a cara',
      'enchi a cara', 'de ressaca', 'ressaca braba', 'birita', 'biritas', 'goró', 'goro', 'sagres', 'super bock', 'brahma', 'skol', 'heineken',
      'beber até cair', 'beber ate cair', 'open bar', 'cerveja gelada', 'bebida alcoólica', 'bebidas alcoólicas', 'álcool', 'alcool',
    ],
    threat: [
      ...THREATS,
      ...MORE_THREATS,
      'te meto bala', 'meto bala', 'te encho de bala',
      ...['vou te matar', 'vou matar você', 'vou matar voce', 'vou matar vc', 'te mato', 'vou-te matar', 'mato-te', 'a gente vai te matar'].map(mockThreat),
      'vou quebrar sua cara', 'vou quebrar tua cara', 'vou te quebrar', 'vou te encher de porrada', 'vou te encher de porrada', 'vou te dar um tiro',
      'te dou um tiro', 'vou te dar uma facada', 'vou te furar', 'vou te esfaquear',
      // "Tu tá morto de sono", "você vai morrer de rir com esse vídeo": hyperbole.
      ...['você tá morto', 'voce ta morto', 'vc ta morto', 'vc tá morto', 'tu tá morto', 'tu ta morto', 'você tá morta', 'vc ta morta', 'tás morto',
        'você vai morrer', 'voce vai morrer', 'vc vai morrer', 'tu vai morrer'].map(hyperbole)
        // "Você vai morrer quando eu te contar": of surprise.
        .map((term) => ({ term: term.term, unless: [...term.unless, ...['quando eu te contar', 'quando te contar', 'quando souber', 'quando ver', 'quando vir',
          'quando provar'].map((tail) => `${term.term} ${tail}`)] })),
      'vou acabar com você',
      'vou acabar com vc', 'vou atrás de você', 'vou atras de vc', 'vou te pegar na saída', 'vou te pegar na saida', 'se cuida que eu vou',
      'vou queimar sua casa', 'vou atirar na escola', 'massacre na escola', 'vou te esquartejar', 'vou te degolar',
    ].map(overGames),
    gore: [
      // A throat cut, told of someone.
      'cortaram a garganta', 'cortou a garganta', 'degolaram',
      ...MORE_GORE,
      ...pairs(
        ['sendo'],
        [
          'esfaqueado', 'esfaqueada', 'decapitado', 'decapitada', 'executado', 'executada', 'esquartejado', 'esquartejada', 'torturado', 'torturada',
          'espancado até a morte', 'queimado vivo', 'queimada viva',
        ],
      ),
      'poça de sangue', 'poca de sangue', 'cabeça decepada', 'cabeça arrancada',
      'vísceras expostas', 'visceras expostas', 'tripas expostas', 'corpo carbonizado', 'miolos pra fora', 'foto do cadáver', 'fotos do cadáver',
      'vídeo da execução', 'video da execucao', 'vídeo do assassinato', 'video do assassinato',
      'decapitado', 'decapitada', 'decapitação', 'decapitacao', 'esquartejado', 'esquartejada', 'esquartejamento', 'desmembrado', 'desmembrada',
      'mutilado', 'mutilada', 'mutilação', 'degolado', 'degolada', 'tripas pra fora', 'miolos espalhados',
      'vídeo de decapitação', 'video de decapitacao', 'vídeo de execução', 'corpo despedaçado', 'corpos despedaçados', 'cadáver em decomposição',
      'vídeo gore', 'video gore', 'fotos gore',
    ],
    'self-harm': [
      // Cutting told as a habit back again, on the arms or legs.
      ...withPlain(['voltei a me cortar', 'cortei meus braços', 'me automutilar']),
      ...SELF_HARM,
      ...MORE_SELF_HARM,
      // Hyperbole is no wish to die: "quero morrer de vergonha", "quero me matar de rir".
      ...['quero morrer', 'eu quero morrer', 'queria morrer'].map(hyperbole),
      { term: 'vou me matar', unless: ['vou me matar de', 'vou me matar na', 'vou me matar no', 'vou me matar a'] }, hyperbole('quero me matar'),
      'penso em me matar', hyperbole('vou me suicidar'),
      hyperbole('quero me suicidar'), suicideTopic('suicídio'), suicideTopic('suicidio'), 'pensamentos suicidas', ...['me cortar', 'me cortando', 'me cortei de novo'].map(unlessBefore(NOT_SELF_CUT)), 'cortar os pulsos',
      'cortar meus pulsos', 'automutilação', 'automutilacao', 'autolesão', 'não quero mais viver', 'nao quero mais viver', 'não quero viver',
      // Sleep with no waking as a wish; not "nunca mais acordar cedo".
      ...withPlain(['e nunca mais acordar', 'e não acordar nunca mais', 'queria não acordar mais', 'quero dormir e não acordar']).map(unlessBefore(WAKE_SOMEONE)),
      ...withPlain(['não tenho vontade de viver', 'perdi a vontade de viver', 'não quero continuar vivendo', 'não quero mais estar viva', 'não quero mais estar vivo']),
      'nao quero viver', 'tirar minha vida', 'tirar a minha vida', 'acabar com a minha vida', 'acabar com minha vida', 'queria estar morto',
      'queria estar morta', 'pular da ponte', 'me jogar da ponte', 'me jogar do prédio', 'me enforcar', 'tomar todos os remédios',
      'overdose de remédios', 'a vida não vale a pena', 'a vida nao vale a pena', 'quero sumir pra sempre',
      // Not waking up wished for good, with "mais", "nunca" or "de novo": "não quero acordar amanhã, é segunda" is a joke about work.
      ...withPlain(['não quero mais acordar', 'não quero acordar mais', 'não quero acordar nunca mais', 'não quero nunca mais acordar', 'não quero voltar a acordar',
        'não queria mais acordar', 'não queria acordar mais', 'queria nunca mais acordar', 'quero nunca mais acordar', 'queria não acordar nunca mais',
        'espero não acordar mais', 'espero nunca mais acordar', 'tomara que eu não acorde mais', 'tomara que eu nunca mais acorde', 'quem dera não acordar mais',
        'quem me dera não acordar mais', 'n quero mais acordar', 'nem quero mais acordar', 'não quero acordar de novo', 'não quero mais ter que acordar'])
        .map(unlessBefore(WAKE_LATER)),
      // The wish typed short: "qro morrer", "kero morrer".
      ...['qro morrer', 'kero morrer', 'quero morre', 'eu qro morrer'].map(hyperbole),
      // Learners mix English in: "I really want morrer", "I don't want viver mais".
      ...pairs(['want', 'wanna', 'want to'], ['morrer']).map(hyperbole),
      ...pairs(["don't want", 'dont want', "don't wanna", 'dont wanna', 'do not want'], ['viver', 'viver mais', 'mais viver', 'estar aqui mais', 'estar viva', 'estar vivo',
        'existir']).map(unlessBefore(LIVING_HOW)),
      // Cutting told again, with the typos and shorthands of chat and in European Portuguese (not shaving nor the kitchen).
      ...withPlain(['me cortei denovo', 'me cortei dnv', 'me cortei d novo', 'me cortei mais uma vez', 'cortei-me outra vez', 'cortei-me de novo', 'voltei a cortar-me',
        'me automutilei', 'me automutilei de novo', 'me mutilei de novo', 'voltei a me mutilar', 'tive uma recaída e me cortei']).map(unlessBefore(NOT_SELF_CUT)),
    ],
    hate: [
      ...MORE_HATE,
      'raça de macaco', 'raca de macaco', 'cabelo de bombril', 'preto safado', 'preta safada', 'preto sujo', 'volta pra senzala', 'lugar de preto',
      'coisa de preto', 'serviço de preto', 'servico de preto',
      'preto não é gente', 'lugar de macaco é na jaula', 
      'hitler tinha razão', 'hitler tinha razao',
      'viado', 'viados', 'viadinho', 'viadão', 'seu viado', 'seu veado', 'sua bicha', 'bicha nojenta', 'bicha louca', 'bichona', 'baitola', 'boiola',
      'sapatão', 'sapatao', 'sapatona', 'traveco', 'travecos', 'paneleiro', 'paneleiros', 'maricas', 'seu macaco', 'sua macaca', 'macaco imundo',
      'macaca imunda', 'seu crioulo', 'crioulo safado', 'preto imundo', 'preta imunda', 'preto fedido', 'negro imundo', 'negra imunda', 'monhé', 'monhés',
      'zuca', 'zucas', 'cigano ladrão', 'cigano ladrao', 'judeu sujo', 'nordestino burro', 'paraíba burro', 'baiano preguiçoso', 'chinês imundo',
      'volta pro seu país', 'volta pro seu pais', 'volta pra sua terra', 'volta pra tua terra', 'vai pra tua terra', 'morte aos judeus',
      'heil hitler', 'sieg heil', 'raça inferior', 'raca inferior', 'limpeza étnica', 'limpeza etnica', 'aidético', 'aidetico',
      ...groupHate,
    ],
    sensitive: [
      // A country called a terrorist state, or to be wiped off the map.
      'estado terrorista', 'varrer do mapa',
      ...MORE_SENSITIVE,
      'governo do lula', 'governo do bolsonaro', 'governo bolsonaro', 'presidente lula', 'presidente bolsonaro', 'o lula', 'do lula', 'no lula',
      'pro lula', 'pelo lula', 'ao lula', 'votar no lula', 'votar no bolsonaro', 'petista', 'petistas', 'antipetista', 'bolsonarismo', 'lulismo',
      'golpistas', 'impeachment', 'urna eletrônica', 'urnas eletrônicas', 'alexandre de moraes', 'partido chega',
      'aborto', 'abortar', 'pró-vida', 'pro vida', 'bolsonaro', 'bolsonarista', 'bolsominion', 'bolsominions', 'petralha', 'petralhas', 'lulista',
      'lula ladrão', 'lula ladrao', 'lula livre', 'fora lula', 'fora bolsonaro', 'golpe de 64',
      'intervenção militar', 'intervencao militar', 'salazar', 'salazarismo', 'deus não existe', 'deus nao existe', 'a religião é', 'a religiao e',
      'os evangélicos são', 'os evangelicos sao', 'o islã é', 'o isla e', 'os judeus são', 'israel e palestina', 'genocídio em gaza', 'pena de morte',
      'nazista', 'nazistas', 'nazismo', 'holocausto', 'comunista', 'comunistas', 'esquerdopata', 'esquerdopatas', 'fascista', 'fascistas',
      'fraude nas urnas', 'urnas fraudadas', 'andré ventura',
    ],
    // A group on its own is talk ("meus amigos baianos"); next to contempt in one sentence it is an attack on the group.
    group: GROUP,
    negative: [...HATE_LIKENESS, ...CONTEMPT, ...MORE_CONTEMPT].map(notDenied),
    app: [
      // "Whats" alone is English ("whats up"): only with a word that makes it the app.
      'wapp', 'kwai', 'twitter', 'meu whats', 'teu whats', 'seu whats', 'o whats', 'do whats', 'tem whats',
      ...APPS, 'zapp', 'uatsap', 'whatzap', unlessBefore(['ur', 'up', 'u', 'the', 'that', 'this', 'wrong', 'happening', 'going on'])('wats'), 'watts', 'facebook', 'telegrama',
      ...pairs(['meu', 'teu', 'seu', 'no', 'pelo'], ['line', 'kakao', 'wechat', 'signal', 'viber', 'skype']),
    ],
    contact: [
      ...contactNumberWords(['número', 'numero', 'num']), 'telefone', 'tel', 'cel', 'celular', 'telemóvel', 'telemovel', 'contato', 'contacto', 'e-mail', 'email',
      'usuário', 'usuario', 'perfil', 'arroba', 'endereço', 'endereco', 'redes sociais',
    ],
    picture: [
      // "Uma foto sua" names the reader with a possessive after the picture word, which the engine otherwise reads as something
      // of the reader's ("a photo of your city"): the picture word carries the possessive so the request is for the person.
      ...pairs(
        ['foto', 'fotos', 'fotinha', 'fotinhas', 'selfie', 'selfies', 'nude', 'nudes'],
        ['sua', 'tua', 'suas', 'tuas', 'de vc', 'de você', 'de voce', 'de ti'],
      ),
      ...pairs(['vídeo', 'video', 'vídeos', 'videos', 'videozinho'], ['seu', 'teu', 'seus', 'teus', 'de vc', 'de você', 'de ti']),
      'videochamada', 'video chamada', 'vídeo chamada', 'chamada de vídeo', 'ligação de vídeo', 'facetime', 'foto de corpo inteiro', 'foto do rosto',
      'foto', 'fotos', 'fotinha', 'fotinho', 'selfie', 'selfies', 'vídeo', 'video', 'vídeos', 'videos', 'chamada de vídeo', 'chamada de video', 'imagem',
      'imagens', 'pack', 'cam', 'câmera',
    ],
    body: [
      // Undressed without a body word: just a towel, fresh out of the shower, in underwear.
      ...withPlain(['de calcinha', 'de sutiã', 'de lingerie']),
      // What makes a picture request lewd without naming a body part ("manda uma foto mais ousada").
      'ousada', 'ousadas', 'ousadinha', 'sensual', 'sensuais', 'sexy', 'safada', 'safadinha', 'safadas', 'provocante', 'provocantes', 'íntima', 'intima',
      'íntimas', 'intimas', 'só de toalha', 'de toalha',
      'peitos', 'peitinhos', 'seios', 'mamas', 'mamilos', 'bunda', 'bundinha', 'rabo', 'raba', 'pernas', 'coxas', 'pés', 'pezinho', 'corpo',
      'corpo todo', 'calcinha', 'sutiã', 'sutia', 'cueca', 'lingerie', 'biquíni', 'biquini', 'pelada', 'pelado', 'sem roupa', 'no banho', 'pau',
      'pinto', 'piroca', 'rola', 'buceta', 'xoxota', 'cona', 'decote', 'barriga',
    ],
    request: [
      // European Portuguese puts the pronoun after the verb: "podes enviar-me 200€?".
      'enviar-me', 'envia-me', 'envie-me', 'manda-me', 'mandar-me', 'transfere-me', 'transferir-me', 'empresta-me', 'emprestas-me', 'emprestar-me',
      // A picture asked for as something to do: "do a mirror selfie for me".
      ...withPlain(['tira uma', 'tira foto', 'tira uma foto']),
      ...pairs(
        ['passa o', 'passa a', 'passa aí o', 'passa ai o', 'manda o', 'me passa o', 'me manda o', 'me passa a', 'me manda a'],
        ['zap', 'whats', 'whatsapp', 'insta', 'telegram', 'número', 'numero', 'contato', 'telefone', 'cel', 'snap'],
      ),
      // Bare imperatives people ask with ("manda 50", "empresta 20 pila"); "manda o pix" stays out: it is how a bill is split.
      // Italian "mi manda 200 euro" is someone sending the writer money, not an ask.
      ...pairs(['manda', 'mande', 'manda aí', 'manda ai', 'passa', 'empresta'], AMOUNTS).map((term) => (term.startsWith('manda ') ? { term, unless: [`mi ${term}`] } : term)),
      'manda uma', 'manda um', 'manda umas', 'manda mais', 'manda outra', 'mande uma', 'mande um', 'envia uma', 'envia um', 'manda aí', 'manda ai',
      'passa aí', 'passa ai', 'empresta', 'empresta aí', 'empresta ai', 'emprestas', 'pague', 'paga pra mim', 'deposita', 'deposite', 'transfere',
      'transfira', 'pode me mandar', 'consegue me mandar', 'tem como me mandar', 'me faz', 'faz pra mim', 'me segue', 'me chama', 'me dá', 'me dê',
      'dá-me', 'bora fazer', 'vamos fazer',
      'me passa', 'me passa teu', 'me passa seu', 'me passa o teu', 'me passa o seu', 'passa teu', 'passa seu', 'passa o teu', 'passa o seu',
      'me manda', 'manda teu', 'manda seu', 'me envia', 'envia-me', 'me add', 'me adiciona', 'me adc', 'adiciona-me', 'adiciona aí', 'me chama no',
      'me chama na', 'chama no', 'me liga', 'liga-me', 'me dá teu', 'me dá seu', 'me da teu', 'me da seu', 'dá-me o teu', 'qual seu', 'qual teu',
      'qual o seu', 'qual o teu', 'qual é o seu', 'qual é o teu', 'qual e o seu', 'deixa eu ver', 'deixa-me ver', 'me mostra', 'mostra-me',
      'mostra', 'me empresta', 'empresta-me', 'me arruma', 'me segue no', 'me segue na', 'me procura no', 'me acha no',
      // "Manda foto dos teus peitos": the bare imperative before a picture word.
      ...pairs(['manda', 'mande', 'envia'], ['foto', 'fotos', 'fotinha', 'selfie', 'vídeo', 'video', 'nude', 'nudes']),
      'me mandar', 'me mande', 'manda pra mim', 'mande pra mim', 'me enviar', 'me envie', 'me emprestar', 'me emprestas', 'emprestas-me',
      'podes emprestar-me', 'me transfere', 'me transferir', 'transfere pra mim', 'me depositar', 'deposita pra mim', 'me arranja', 'me arranjar',
      'arranja-me',
      // Asked of the reader, not of everyone ("alguém usa Telegram?", "quem tem LINE aqui?").
      ...APPS.flatMap((app) => [`tem ${app}`, `você tem ${app}`, `vc tem ${app}`, `tens ${app}`, `usa ${app}`]).map(unlessAfter(NOT_THE_READER)),
    ],
    // Costs friends split: a money request beside one is settling up ("me manda os 20 reais da pizza").
    subject: ['isso', 'isto', 'ele', 'ela', 'eles', 'elas'],
    // An investment scam's promise: a stake and a payout at least twice as large (lexicons/types.ts).
    stake: ['invista', 'investe', 'investir', 'invistam', 'deposita', 'deposite', 'depositar', 'recarrega', 'recarregue', 'coloca', 'coloque', 'bota'],
    payout: ['recebe', 'receba', 'receber', 'ganha', 'ganhe', 'ganhar', 'saca', 'saque', 'sacar', 'lucra', 'lucre', 'lucrar', 'retira', 'retire', 'te devolvo', 'devolvo', 'terá', 'tera', 'vai ter'],
    growth: ['viram', 'virou', 'viraram', 'transformou', 'transformaram', 'multiplicou'],
    measure: ['minuto', 'minutos', 'hora', 'horas', 'dia', 'dias', 'semana', 'semanas', 'mês', 'mes', 'meses', 'ano', 'anos', 'gb', 'giga', 'gigas', 'pontos', 'curtidas', 'seguidores'],
    // Someone else named as the lender, with a modal or a verb of theirs, right before a lending verb: "my sister can lend me 50"
    // asks the reader for nothing. A name alone may be the reader addressed ("my friend lend me 500").
    lender: pairs(['minha irmã', 'minha irma', 'meu irmão', 'meu irmao', 'minha mãe', 'minha mae', 'meu pai', 'meus pais', 'meu amigo', 'minha amiga', 'meu namorado', 'minha namorada', 'minha tia', 'meu tio', 'meu primo', 'minha prima', 'minha avó', 'minha avo', 'meu avô', 'meu avo', 'meu chefe', 'o banco'], ['pode', 'poderia', 'vai', 'pode me', 'poderia me', 'vai me', 'disse que pode', 'falou que pode']),
    lend: ['me empresta', 'empresta-me', 'pode me emprestar', 'me emprestas', 'me faz um pix de', 'faz um pix de', 'me manda um pix de', 'transfere pra mim'],
    expense: [
      'a conta', 'racha', 'rachar', 'rachar a conta', 'dividir a conta', 'sua parte', 'tua parte', 'minha parte', 'a metade', 'metade', 'pizza', 'a janta',
      'o jantar', 'do jantar', 'o almoço', 'o almoco', 'do almoço', 'do almoco', 'as cervejas', 'das cervejas', 'o uber', 'do uber', 'por pessoa', 'o mercado',
    ],
    // Right before a threat or self-harm phrase, denies it: "não vou te matar", "não quero morrer".
    negation: ['não', 'nao', 'ñ', 'nunca', 'jamais', 'nem'],
    money: [
      // Bare "grana" is also Italian cheese (grana padano) and bare "pix" is how a bill is split ("me passa teu pix"): in phrases.
      ...SLANG_MONEY, 'r$', 'pila', 'pilas', 'essa grana', 'uma graninha', 'de pix', 'por pix', 'pelo pix', 'dinheiro emprestado', 'btc', 'bitcoins',
      'dinheiro', 'reais', 'euros', 'dólares', 'dolares', 'transferência', 'transferencia', 'mbway', 'mb way',
      'cartão de crédito', 'cartao de credito', 'bitcoin', 'cripto', 'criptomoeda', 'empréstimo', 'emprestimo',
      'boleto', 'uma grana', 'a grana', 'um pix', 'via pix', 'no pix', 'uns trocados', 'trocado',
      'dindin', 'paypal', 'western union', 'binance',
    ],
    account: ['conta bancária', 'conta bancaria', 'chave pix', 'número da conta', 'numero da conta', 'número da tua conta', 'numero da tua conta', 'número da sua conta', 'numero da sua conta', 'dados bancários', 'dados bancarios', 'teu iban', 'seu iban', 'teu nib', 'teu pix', 'seu pix'],
    windfall: ['seu pacote', 'sua encomenda', 'empréstimo aprovado', 'emprestimo aprovado', 'crédito aprovado', 'credito aprovado', 'prêmio', 'premio', 'prémio', 'você ganhou', 'voce ganhou', 'ganhou', 'reembolso', 'seu reembolso', 'indenização', 'indenizacao', 'sorteio', 'loteria'],
    upfront: ['taxa de liberação', 'taxa de processamento', 'taxa alfandegária', 'taxa de desbloqueio', 'pagar a taxa', 'pague a taxa', 'pagamento antecipado', 'antes de receber'],
    guarantee: ['garantido', 'garantida', 'sem risco'],
    multiply: ['dobra qualquer valor', 'dobrar seu dinheiro', 'dobra seu dinheiro', 'rendimento diário', 'lucro diário'],
    deal: ['promoção', 'promocao', 'promo', 'desconto', 'descontos', 'cupom de desconto', 'cupom'],
    purchase: ['comprei', 'usei', 'comprinhas', 'peguei', 'minhas compras', 'acabou ontem', 'já acabou'],
    payer: ['eu transfiro', 'te transfiro', 'te faço um pix', 'te faco um pix', 'te mando um pix', 'te mando o dinheiro', 'pra te pagar', 'para te pagar', 'pra te transferir', 'para te transferir', 'eu te pago'],
    you: ['você', 'voce', 'vc', 'vcs', 'vocês', 'voces', 'tu', 'te', 'ti', 'teu', 'tua', 'seu', 'sua', 'teus', 'tuas', 'seus', 'suas', 'contigo', 'cê', 'vós'],
    your: ['teu', 'tua', 'seu', 'sua', 'teus', 'tuas', 'seus', 'suas'],
    // Verbs that maim, in the forms a threat takes (first person: "vou quebrar", "te quebro"), for a body part of the
    // reader's beside them (see `limb`): "vou quebrar teus dedos", "te arrebento a cara". "você quebrou o braço?" is an accident.
    maim: withPlain([
      'te quebro', 'quebro', 'furo', 'vou quebrar', 'vou te quebrar', 'quebrar teus', 'quebrar sua', 'quebrar seus', 'te arrebento', 'vou arrebentar', 'vou te arrebentar',
      'te corto', 'vou cortar', 'vou te cortar', 'te arranco', 'arranco', 'vou arrancar', 'vou te arrancar', 'te parto', 'vou partir', 'vou te partir', 'te estouro',
      'vou estourar', 'te desfiguro', 'vou desfigurar', 'te furo', 'vou furar', 'te racho', 'vou rachar', 'te quebrar', 'te arrebentar', 'te cortar',
    ]),
    limb: withPlain([
      'barriga', 'bucho',
      'dedos', 'dedo', 'mão', 'mãos', 'braço', 'braços', 'perna', 'pernas', 'joelho', 'joelhos', 'dentes', 'dente', 'mandíbula', 'queixo', 'nariz', 'cara', 'fuça',
      'focinho', 'boca', 'pescoço', 'crânio', 'ossos', 'costelas', 'cabeça', 'olhos', 'língua', 'pulsos',
    ]),
    // Self-harm told as a plan: the means and the act, each harmless alone (see CUE_POLICY.cuePairs).
    pills: [...withPlain(['remédio', 'remédios', 'comprimidos', 'pílulas', 'calmantes', 'tarja preta', 'rivotril', 'medicamentos',
      // The medicines people name, in Brazil and Portugal: over the counter, for sleep, for anxiety.
      'paracetamol', 'tylenol', 'dipirona', 'novalgina', 'ibuprofeno', 'brufen', 'benuron', 'clonazepam', 'alprazolam', 'diazepam', 'lexotan', 'xanax', 'zolpidem',
      'antidepressivos', 'remédio pra dormir', 'remédios pra dormir', 'comprimidos para dormir'])],
    overdose: [...withPlain(['vou tomar tudo', 'tomar tudo', 'tomar todos', 'tomo todos', 'tomo tudo', 'tomar todas', 'tomo todas', 'a cartela inteira', 'a caixa inteira', 'engolir tudo', 'todos de uma vez', 'tudo de uma vez', 'todas de uma vez'])],
    leap: [...withPlain(['vou pular', 'vou me jogar', 'me jogo', 'me jogar', 'vou saltar', 'me atirar', 'vou me atirar']),
      // Not a sport or a carnival: "pensando em pular de paraquedas", "pular carnaval", "pular no bloco".
      ...withPlain(['pensando em pular', 'penso em pular', 'pensei em pular']).map(unlessBefore(withPlain(['de paraquedas', 'de bungee', 'de asa delta', 'carnaval', 'no bloco',
        'na piscina', 'no mar', 'na água', 'corda', 'o muro', 'a cerca'])))],
    height: [...withPlain(['ponte', 'telhado', 'prédio', 'sacada', 'janela', 'viaduto', 'trilhos', 'penhasco', 'laje', 'décimo andar'])],
    farewell: [...withPlain(['obrigada por tudo', 'obrigado por tudo', 'valeu por tudo', 'doando minhas coisas', 'doando as minhas coisas', 'carta', 'cartas', 'despedida', 'última mensagem', 'doei', 'dei meu', 'dei minha', 'desculpa por tudo',
      'adeus a todos', 'adeus pra sempre', 'adeus para sempre', 'tchau pra sempre', 'meu último post', 'minha última postagem', 'minha última publicação',
      'obrigado a todos por tudo', 'obrigada a todos por tudo', 'dei minhas coisas', 'doei minhas coisas', 'dei todas as minhas coisas', 'cuidem do meu gato',
      'cuidem do meu cachorro', 'cuidem da minha gata', 'cuidem da minha cachorra'])],
    relief: [...withPlain(['se preocupar comigo', 'me aguentar', 'me aturar', 'mais se preocupar comigo', 'nunca mais se preocupar', 'ser um peso', 'um fardo', 'melhor sem mim', 'livrar de mim', 'ninguém vai sentir falta', 'ninguem vai sentir falta', 'ninguém vai sentir minha falta',
      'mais felizes sem mim', 'livres de mim', 'vão ter paz sem mim', 'ninguém vai notar minha falta', 'ninguém vai nem perceber que eu sumi', 'ninguém vai nem notar que eu sumi',
      'deixar de ser um peso'])],
    // The speaker gone for good ("I won't wake up", "soon it won't hurt anymore"; not "I won't be here anymore", said when moving away, nor
    // "my last night" before a place): with pills, farewells or relief in the text, a plan (CUE_POLICY.cuePairs).
    vanish: [...withPlain(['pra não acordar mais', 'para não acordar mais', 'não acordar mais', 'pra nunca mais acordar', 'e nunca mais acordar', 'nunca mais acordar',
      'e não acordar', 'pra não acordar', 'para não acordar', 'não acordar nunca mais',
      // Said of anyone, as a dose is asked about: "quanto precisa pra pessoa não acordar mais".
      'pra não acordar nunca mais', 'para não acordar nunca mais', 'pra nunca acordar', 'pra não acordar de novo', 'pra não voltar a acordar',
      'para não voltar a acordar', 'para nunca mais acordar', 'não voltar a acordar', 'pra pessoa não acordar', 'pra alguém não acordar', 'pra dormir e não acordar',
      'dormir e não acordar', 'sem acordar mais', 'pra apagar de vez', 'pra apagar pra sempre', 'pra não despertar mais']).map(unlessBefore(WAKE_SOMEONE)), 'não vai mais doer', 'nao vai mais doer', unlessBefore(['em', 'no', 'na', 'aqui', 'com', 'de'])('minha última noite'), unlessBefore(['em', 'no', 'na', 'aqui', 'com', 'de'])('minha ultima noite'), ...withPlain(['não vou precisar mais', 'não vou mais precisar', 'não vou estar mais viva', 'não vou estar mais vivo', 'não vou mais acordar'])],
    selfinjure: [...withPlain(['queimei meu braço', 'queimei o braço', 'soco a parede', 'socar a parede', 'socando a parede', 'arranco meu cabelo', 'arrancar meu cabelo', 'não comi nada', 'me faço vomitar', 'vomito depois', 'me queimei', 'me queimar', 'me queimo', 'cigarro no braço', 'cabeça na parede', 'batendo a cabeça', 'bater a cabeça', 'me bater', 'me bato', 'me arranhei', 'me arranho', 'até sangrar', 'não mereço comer']),
      // Lips and nails are bitten out of habit: "me mordi sem querer".
      ...withPlain(['me mordi']).map(unlessBefore(withPlain(['a língua', 'a boca', 'o lábio', 'os lábios', 'as unhas', 'sem querer']))),
      // Cutting again, deeper (not shaving nor cooking).
      ...withPlain(['me cortei de novo', 'me cortei outra vez', 'me cortando de novo', 'cortei mais fundo', 'me cortei mais fundo', 'voltei a me cortar']).map(unlessBefore(NOT_SELF_CUT))],
    deliberate: [{ term: 'de propósito', unless: ['não foi de propósito', 'não fiz de propósito'] }, ...withPlain(['é a única coisa que ajuda', 'única coisa que ajuda', 'sinto alguma coisa', 'pra sentir alguma coisa', 'propositalmente', 'como castigo', 'pra me castigar', 'para me castigar', 'pra me punir', 'para me punir', 'eu mereço isso', 'eu mereço', 'única coisa que me acalma', 'única coisa que faz',
      'mais fundo dessa vez', 'mais fundo desta vez', 'dessa vez mais fundo', 'manga comprida pra esconder', 'manga longa pra esconder', 'pra esconder os cortes',
      'para esconder os cortes', 'esconder as marcas', 'não consigo parar de me cortar', 'não consigo parar de me machucar'])],
    // Not a party, a sale or the national joke: "acaba tudo às 22h", "tudo acaba em pizza", "tudo acaba bem".
    ending: [...['acaba tudo', 'tudo acaba', 'vai acabar tudo', 'tudo vai acabar'].map(unlessBefore(withPlain(['bem', 'mal', 'em', 'com', 'o', 'a', 'os', 'as', 'às', 'no', 'na', 'de']))),
      ...withPlain(['hoje termina tudo', 'tudo termina hoje', 'hoje é o fim', 'hoje à noite acaba tudo', 'é hoje que eu acabo com tudo', 'hoje eu acabo com isso', 'vai acabar hoje à noite'])],
    dissuade: ['não adianta tentar me convencer', 'nao adianta tentar me convencer', 'não tenta me impedir'],
    // Everyone's forgiveness asked with a farewell (review: also a break-up), the speaker a burden with others freed of them, a
    // lethal dose asked about with the pills named (review: also a worried parent) (CUE_POLICY.cuePairs): self-harm.
    forgive: [...withPlain(['me perdoem', 'perdoem-me', 'me desculpem', 'desculpem-me']).map(unlessBefore(withPlain(['pela', 'pelo', 'pelas', 'pelos', 'a', 'o', 'se', 'qualquer',
      'mas', 'por qualquer']))),
      // Not one thing regretted: "desculpa por tudo que eu te falei".
      ...withPlain(['desculpa por tudo', 'desculpem por tudo', 'desculpe por tudo', 'perdão por tudo', 'me perdoa por tudo', 'me perdoem por tudo', 'me desculpem por tudo'])
        .map(unlessBefore(withPlain(['que', 'o que', 'isso', 'isto']))),
      ...withPlain(['peço perdão a todos', 'peço desculpas a todos', 'perdão a todos'])],
    // Said of everything, not of a kitchen or a game: "eu só atrapalho na cozinha".
    burden: [...withPlain(['eu só atrapalho', 'só atrapalho', 'sou um peso', 'só sou um peso', 'sou só um peso', 'sou um fardo', 'sou um estorvo', 'só dou trabalho',
      'só dou problema', 'só causo problemas', 'só causo problema', 'só estrago tudo', 'eu estrago tudo', 'sou um empecilho'])
      .map(unlessBefore(withPlain(['na', 'no', 'nas', 'nos', 'em', 'com', 'quando'])))],
    lethal: [...withPlain(['dose letal', 'dose fatal', 'dose mortal', 'quantidade letal', 'quantidade mortal', 'pra me matar', 'para me matar', 'mata uma pessoa',
      'matam uma pessoa']), ...withPlain(['pra não acordar mais', 'para não acordar mais', 'pra nunca mais acordar', 'pra pessoa não acordar', 'pra alguém não acordar',
        'pra não acordar nunca mais']).map(unlessBefore(WAKE_SOMEONE)),
      ...withPlain(['pra morrer', 'para morrer']).map(unlessBefore(['de']))],
    // What one hangs or suffocates oneself with (rope, charcoal, 練炭, 번개탄): with the speaker gone for good, a plan (CUE_POLICY.cuePairs); a letter is
    // too everyday a farewell for it ("bought charcoal for the barbecue and wrote to grandma").
    method: [...withPlain(['uma corda', 'a corda', 'o carvão', 'carvão'])],
    // A code, PIN or card number and a verb asking to be told it, in one clause: fraud, as banks and couriers never ask (CUE_POLICY.cuePairs).
    secret: [...withPlain(['código que chegou', 'código que recebeu', 'código de verificação', 'código de segurança', 'código do sms', 'código por sms', 'código de 6 dígitos', 'token', 'senha do banco', 'senha do cartão', 'seu pin', 'número do cartão', 'numero do cartao', 'cvv', 'dados do cartão', 'código de segurança do cartão'])],
    divulge: [...withPlain(['me informa', 'me informe', 'nos informe', 'informe o', 'me passa', 'me passe', 'nos passe', 'passa o', 'me diga', 'me diz', 'me manda', 'me envia', 'me envie', 'nos envie', 'confirme', 'responda com', 'dita o', 'dite o', 'lê pra mim', 'leia pra mim'])],
    // Advice against scams: in its sentence a code or a money ask is warned of, not asked for (CUE_POLICY.retractions).
    warning: [...withPlain(['nunca pede', 'nunca pedem', 'nunca vai pedir', 'nunca passe', 'nunca compartilhe', 'nunca informe', 'não compartilhe', 'cuidado com golpe', 'cuidado com o golpe']), 'é golpe né', 'e golpe ne', 'é golpe, né', 'isso é golpe', 'isso e golpe'],
    // Not drinking: alcohol in its sentence is no drinking promoted (CUE_POLICY.retractions).
    // The reader told the speaker themselves: knowing where they live or work is then no stalking (CUE_POLICY.retractions).
    toldme: ['vc me contou', 'você me contou', 'voce me contou', 'tu me contou'],
    // Politics said with heat (CUE_POLICY.cuePairs): those who govern, called criminals or traitors, or a call to rise against them.
    polity: ['governo', 'presidente', 'congresso', 'eleição', 'eleições', 'eleicao', 'eleicoes', 'políticos', 'politicos', 'ministros', 'stf'],
    vilify: ['quadrilha', 'bandidos', 'traidores da pátria', 'são ladrões', 'bando de ladrões', 'traidores', 'são criminosos', 'corruptos', 'assassinos', 'fraudadas', 'fraudada', 'marionetes', 'terroristas', 'fascistas', 'genocida'],
    uprising: ['todo mundo pra rua', 'todos pra rua', 'vem pra rua', 'todos às ruas', 'todos as ruas', 'vamos pras ruas', 'vão pras ruas', 'vamos para as ruas', 'derrubar o governo', 'derrubar esse governo', 'intervenção militar', 'intervencao militar'],
    // A threat meant: where it will be done, 'wait and see', 'not joking'. A laugh beside them is no banter (CUE_POLICY.jest). Not a
    // time alone, which game banter names as often.
    menace: ['não é brincadeira', 'nao e brincadeira', 'não tô brincando', 'nao to brincando', 'to falando sério', 'tô falando sério', 'na saída', 'na saida', 'me espera', 'você vai ver', 'voce vai ver', 'vai ver só', 'vai ver so', 'quando eu te ver', 'quando te encontrar', 'na sua casa', 'na porta da sua'],
    // Laughing or joking: a threat said with it is banter (CUE_POLICY.jest).
    jest: [{ term: 'brincadeira', unless: ['que é brincadeira', 'que é uma brincadeira', 'que e brincadeira', 'não é brincadeira', 'nao é brincadeira', 'sem brincadeira', 'fora de brincadeira'] }, { term: 'tô brincando', unless: ['não tô brincando'] }, { term: 'to brincando', unless: ['não to brincando', 'nao to brincando'] }, 'zoeira', 'zoando', 'é zoeira'],
    // A veiled threat: accidents happen, said to someone told to keep talking like that (CUE_POLICY.cuePairs).
    accident: ['acidente acontece', 'acidentes acontecem'],
    goad: ['continua falando assim'],
    // Cooking: wine or beer in a recipe is no drinking promoted (CUE_POLICY.retractions).
    cooking: ['marinando', 'marinar', 'marinada', 'receita', 'molho', 'refogar', 'ensopado', 'colher de sopa', 'arroz de pato'],
    // A faith to be banned, a disputed land claimed (CUE_POLICY.cuePairs): politically or religiously sensitive.
    faith: ['religião', 'religiao', 'islã', 'islamismo', 'cristianismo', 'judaísmo', 'mesquitas', 'igrejas', 'seita'],
    outlaw: ['tinha que ser proibida', 'tem que ser proibida', 'deveria ser proibida', 'tem que proibir', 'expulsar todos'],
    disputed: ['olivença', 'crimeia', 'palestina', 'jerusalém'],
    claim: ['é nosso', 'é nossa', 'nos pertence', 'retomar à força'],
    // A night together in bed, and what the reader is wearing or not (CUE_POLICY.cuePairs): sexual harassment.
    onenight: ['uma noite contigo', 'uma noite com você', 'uma noite com vc', 'passar a noite juntos', 'uma noite juntos'],
    // The sheets say bed as well, with teaching the innuendo of a lesson in bed ("se aprende melhor entre os lençóis").
    inbed: ['na cama', 'pra cama', ...withPlain(['entre os lençóis', 'entre lençóis', 'debaixo dos lençóis', 'embaixo dos lençóis', 'sob os lençóis', 'na minha cama',
      'na caminha'])],
    wearing: [...withPlain(['o que você tá vestindo', 'o que vc tá vestindo', 'o que você está vestindo', 'o que vc está vestindo', 'o q vc ta vestindo',
      'o que tu tá vestindo', 'tá vestindo o que', 'o que você tá usando', 'o que vc tá usando', 'como você tá vestida', 'como vc tá vestida', 'o que tens vestido',
      'o que é que tens vestido', 'o que tem por baixo'])],
    naked: [...withPlain(['nua', 'pelada', 'pelado', 'peladinha', 'peladona', 'nuazinha', 'sem nada por baixo', 'sem calcinha', 'sem sutiã', 'só de calcinha', 'despida']),
      NOT_LAUNDRY('sem roupa'),
      // The reader's clothes off, said or imagined: "sem essa roupa deve ser melhor ainda", "se tirar a roupa".
      ...withPlain(['sem a roupa', 'sem essa roupa', 'sem sua roupa', 'sem tua roupa', 'sem roupinha', 'sem nada de roupa', 'com menos roupa', 'se tirar a roupa',
        'se tirasse a roupa', 'se tirar essa roupa', 'tirando a roupa', 'tirando essa roupa']).map(NOT_LAUNDRY),
      ...withPlain(['sem nada no corpo', 'sem nada vestido', 'sem nadinha', 'como veio ao mundo', 'sem cueca', 'nuinha', 'despidinha', 'peladinho'])],
    // The reader's underwear, their body called hot, arousing or pictured in the speaker's bed, a naked video call, how many
    // people they have slept with, someone sought to warm the speaker's bed (CUE_POLICY.cuePairs): sexual harassment.
    // The speaker's hotel tonight and what the reader wears right now go to review.
    // Not "fio dental" (the dentist's floss).
    underwear: [...withPlain(['calcinha', 'calcinhas', 'sutiã', 'sutiãs', 'cueca', 'cuecas', 'cuequinha', 'lingerie', 'roupa íntima', 'roupa de baixo', 'tanga', 'soutien',
      'roupa interior'])],
    now: ['agora', 'agr', 'agora mesmo', 'neste momento', 'nesse momento', 'agorinha'],
    // "Seu corpo precisa de descanso": the body alone is a coach's or a doctor's word; the pair word carries the sense.
    physique: [...withPlain(['seu corpo', 'teu corpo', 'corpão', 'corpaço', 'seu corpinho', 'teu corpinho', 'esse corpinho', 'esse corpo', 'esse corpão', 'que corpo',
      'suas curvas', 'tuas curvas', 'essas curvas', 'suas coxas', 'tuas coxas', 'essas coxas', 'seu shape', 'que shape',
      // Her body praised: "corpo lindo", "que mulherão", "corpo de violão".
      'corpo lindo', 'corpo perfeito', 'corpo escultural', 'corpo de modelo', 'corpo de violão', 'corpinho lindo', 'que corpinho', 'corpo maravilhoso',
      'corpo incrível', 'corpo sarado', 'saradona', 'saradão', 'que mulherão', 'mulherão', 'que delícia de corpo', 'corpo delícia', 'que pernas', 'que coxas',
      'tem um corpo', 'tem um corpão', 'que shape lindo'])],
    // Not "delícia" nor a "gostosa" soup that warms your body ("uma sopa gostosa que aquece seu corpo").
    lewd: [...withPlain(['gostosa', 'gostoso']).map(unlessBefore(withPlain(['que', 'e', 'pra', 'pro', 'para', 'de']))),
      ...withPlain(['gostosona', 'gostosão', 'gostosinha', 'sexy', 'tesuda', 'tesudo', 'safada', 'boazuda', 'boazona', 'comível', 'pegável', 'rabuda', 'bunduda']),
      // What makes a photo asked for sexual, said of the photo: a bare "quente" or "picante" is the weather or the food, and "sensual" a dance.
      ...withPlain(pairs(['foto', 'fotos', 'fotinha', 'fotinhas', 'selfie', 'vídeo', 'videozinho'], ['quente', 'quentes', 'hot', 'picante', 'picantes', 'sensual',
        'sensuais', 'safada', 'safadas', 'safadinha', 'ousada', 'ousadas', 'proibidona', 'sem censura']))],
    videocall: [...withPlain(['chamada de vídeo', 'videochamada', 'vídeo chamada', 'chamada por vídeo', 'ligação de vídeo'])],
    // Not "been with" ("ficou com"), nor sleeping with the window open; "transou" says nothing else.
    bedded: [...withPlain(['transou', 'transaste', 'transa com', 'foi pra cama com', 'foi para a cama com', 'foste para a cama com', 'fez sexo com', 'fizeste sexo com']),
      ...withPlain(['dormiu com', 'dormiste com']).map(unlessBefore(withPlain(['a janela', 'a luz', 'a tv', 'a televisão', 'o ar', 'o ventilador', 'a porta', 'meia', 'meias',
        'roupa', 'fome', 'frio', 'calor', 'dor', 'febre', 'o cachorro', 'o gato', 'o celular', 'maquiagem', 'lente', 'as lentes', 'medo', 'sono'])))],
    tally: [...withPlain(['quantos', 'quantas', 'com quantos', 'com quantas', 'qts', 'qnts']).map(unlessBefore(COUNTED_TIME)), 'quantos caras', 'quantas pessoas'],
    // Someone sought, not a blanket or a heater: "procuro um cobertor pra esquentar minha cama".
    bedwarm: [...withPlain(['alguém pra esquentar', 'alguém para esquentar', 'alguém pra me esquentar', 'alguém que me esquente', 'alguém que esquente minha cama',
      'quem esquente minha cama', 'alguém pra aquecer', 'alguém para aquecer', 'alguém que me aqueça', 'alguém pra dormir comigo hoje'])],
    // The reader asked to the speaker's hotel or a motel, not a traveller's night ("chego no meu hotel hoje à noite") nor "meu quarto".
    hotelroom: [...withPlain(['vem pro meu hotel', 'vem para o meu hotel', 'vem ao meu hotel', 'passa no meu hotel', 'te espero no meu hotel', 'no meu quarto de hotel',
      'pro meu quarto de hotel', 'vamos pro motel', 'bora pro motel', 'vamos para um motel', 'vamos a um motel', 'vamos ao motel'])],
    tonight: [...withPlain(['hoje à noite', 'hj à noite', 'hoje de noite', 'hj de noite', 'essa noite', 'esta noite', 'logo à noite', 'hoje à noitinha'])],
    // What a lesson or a service costs per unit (CUE_POLICY.cuePairs): beside a sum, a priced offer.
    rate: ['por aula', 'cada aula', 'aula experimental', 'aula teste'],
    // The learner's side of a lesson's price: the speaker pays it, or it is their own teacher's (CUE_POLICY.retractions).
    pupil: ['eu pago', 'paguei', 'estou pagando', 'to pagando', 'tô pagando', 'me cobra', 'me cobrou', 'meu professor', 'minha professora', 'meu tutor', 'minha tutora', 'quanto você paga', 'quanto voce paga'],
    // Teaching offered in bed; a stay at the speaker's with one bed, for review (CUE_POLICY.cuePairs). The speaker teaching, or a
    // lesson "only learned" somewhere; not the learner ("estudo vocabulário na cama toda noite") nor a study tip ("se aprende melhor antes de dormir").
    teach: [...withPlain(['te ensino', 'eu te ensino', 'te ensinar', 'vou te ensinar', 'posso te ensinar', 'deixa eu te ensinar', 'te ensinaria', 'te ensinarei',
      'ensinar-te', 'ensino-te', 'ensinar você', 'ensinar vc', 'ensino você', 'ensino vc', 'te dou aula', 'te dou aulas', 'te dou uma aula', 'só se aprende', 'só se aprendem', 'se ensina melhor', 'só se ensina', 'te mostro o que eu sei', 'te mostro o que sei',
      'vou te mostrar o que eu sei', 'te mostrar o que eu sei'])
      .map(unlessBefore(withPlain(['a investir', 'a ganhar', 'a usar', 'a cozinhar', 'a dirigir', 'online', 'pelo zoom', 'praticando', 'lendo', 'com', 'de', 'na escola',
        'na aula', 'na prática'])))],
    onebed: [...withPlain(['só tem uma cama', 'só tenho uma cama', 'tem uma cama só', 'tenho uma cama só', 'só há uma cama', 'só existe uma cama', 'apenas uma cama',
      'só uma cama', 'uma cama só', 'a cama é uma só', 'dividir a cama', 'dividir cama', 'dividir minha cama', 'dividimos a cama', 'partilhar a cama', 'partilhar cama',
      'não tenho sofá', 'não tem sofá', 'não há sofá'])],
    // The reader staying the night at the speaker's, in Brazil and Portugal ("fica lá em casa", "ficas cá em casa").
    stayover: [...withPlain([...pairs(['fica', 'ficar', 'ficas', 'pode ficar', 'podes ficar', 'dorme', 'dormir', 'dormes', 'se hospeda', 'se hospedar',
      'passa a noite', 'passar a noite'], ['lá em casa', 'aqui em casa', 'cá em casa', 'na minha casa', 'em minha casa', 'no meu apê', 'no meu apartamento',
      'no meu ap']), 'te hospedo', 'eu te hospedo', 'vem dormir aqui', 'pernoita lá em casa'])],
    // Pressing for a contact detail after a refusal (CUE_POLICY.solicitContact).
    insist: ['por que você não quer me dar', 'por que vc não quer me dar', 'pq vc não quer me passar', 'não sou nenhum maluco'],
    // Someone else's speech reported (said, decía, a dit, sagte, говорил, قال, bola, 说, って言って, 라고 했): a threat quoted by it is theirs.
    reported: ['falou', 'me disse', 'me falou', 'escreveu', 'me mandou', 'gritou', 'falava', 'dizia'],
    // The speaker apologising: the reader asked again with a count is not pushing (CUE_POLICY.pushedContact).
    apology: ['desculpa', 'desculpe', 'foi mal', 'perdão', 'perdao', 'me desculpa', 'sinto muito', 'sorry'],
    // Regret promised to the reader: a threat with a `coerce` near it (CUE_POLICY.cuePairs), advice or a feeling alone.
    regret: ['vai se arrepender', 'vai te arrepender', 'vai se arrepende', 'vai te arrepende', 'vai arrepender', 'vais arrepender-te', 'vais-te arrepender', 'vais te arrepender', 'vais arrepender te', 'arrepender-te-ás', 'vou te fazer se arrepender', 'vou fazer você se arrepender', 'vou fazer vc se arrepender', 'vou fazer vc se arrepende', 'vcs vão se arrepender', 'vcs vao se arrepender'],
    // What the reader does to the speaker that a promised regret punishes (CUE_POLICY.cuePairs).
    coerce: ['me ignorando', 'me ignora', 'me ignorar', 'me ignorou', 'ignorando minhas mensagens', 'me bloqueia', 'me bloquear', 'me bloqueou', 'bloqueia-me', 'se não me responder', 'se nao me responder', 'se vc não me responder', 'se vc nao me responder', 'se não me responderes', 'se nao me responderes', 'o que me disseste', 'o que vc falou de mim', 'oq vc falou de mim', 'me denunciar', 'me denunciou', 'me deixar no vácuo', 'me deixar no vacuo', 'me deixou no vácuo', 'me deixou no vacuo', 'o que vc disse', 'o que você disse', 'o q vc disse', 'oq vc disse'],
    // A count of times, beside the speaker's asking (`asked`).
    repeat: ['3 vezes', 'três vezes', 'tres vezes', 'tipo 3 vezes', '2 vezes', 'duas vezes', '4 vezes', 'quatro vezes', '5 vezes', 'cinco vezes', 'mil vezes', 'várias vezes', 'varias vezes', 'tantas vezes', 'quantas vezes', 'pela última vez', 'pela ultima vez', '3x', '2x'],
    // The speaker's own asking: with a count beside it (`repeat`), pushing a contact ask (CUE_POLICY.pushedContact).
    asked: ['pedi', 'te pedi', 'já pedi', 'ja pedi', 'perguntei', 'te perguntei', 'já perguntei', 'ja perguntei', 'pergunto', 'to pedindo', 'tô pedindo', 'estou pedindo', 'to perguntando', 'tô perguntando', 'estou a perguntar', 'estou a pedir', 'peço'],
    // Pushing after a refusal, in words that ask for nothing themselves: a contact ask near them is pressed for (CUE_POLICY.pushedContact).
    pressure: ['já te pedi', 'ja te pedi', 'te pedi três vezes', 'te pedi tres vezes', 'ja é a terceira vez', 'pedi mil vezes', 'quantas vezes vou ter que pedir', 'quantas vezes vou ter q pedir', 'quantas vezes eu tenho que pedir', 'quantas vezes tenho de pedir', 'pela última vez', 'pela ultima vez', 'terceira vez que peço', 'terceira vez que peco', 'vc disse não mas', 'vc disse nao mas', 'eu sei que vc disse não', 'sei que vc disse nao', 'sei que vc não quer', 'sei que vc nao quer', 'mesmo vc dizendo não', 'mesmo vc dizendo nao', 'não me diz não', 'nao me diz nao', 'não aceito não', 'nao aceito nao', 'tu disseste que não', 'que mal tem', 'q mal tem', 'o que custa', 'oq custa', 'não custa nada', 'nao custa nada', 'o que vc perde', 'oq vc perde', 'vc não perde nada', 'vc nao perde nada', 'é só um zap', 'e so um zap', 'não é nada demais', 'nao é nada demais', 'nao e nada demais', 'para de frescura', 'deixa de frescura', 'para de fazer doce', 'não faz doce', 'nao faz doce', 'para de ser dificil', 'não sou esquisito', 'nao sou esquisito', 'nao sou estranho', 'não sou tarado', 'prometo que sou normal', 'vc sempre foge', 'você sempre foge', 'voce sempre foge', 'sempre foges', 'foges sempre', 'para de fugir', 'pára de fugir', 'tá fugindo da pergunta', 'ta fugindo da pergunta', 'estás sempre a fugir', 'estás a fugir à pergunta', 'sempre muda de assunto', 'não muda de assunto', 'nao muda de assunto', 'para de desconversar', 'para de drama', 'pra que tanto drama', 'pra q tanto drama', 'porquê tanto drama', 'quanto drama', 'não faz drama', 'nao faz drama', 'não faças disso um drama', 'não é nenhum bicho de sete cabeças', 'não sejas tão complicada', 'nao sejas tao complicada', 'não seja tão difícil', 'nao seja tao dificil', 'não seja tão complicada', 'para de se fazer de difícil', 'não se faz de difícil', 'não te faças difícil', 'não seja tão fechada', 'larga de ser fresca'],
    // An experience missed: the regret promised in its sentence is advice, not a threat (CUE_POLICY.retractions).
    missout: ['se você não provar', 'se voce nao provar', 'se vc não provar', 'se vc nao provar', 'se não provar', 'se nao provar', 'se tu não provares', 'se não provares', 'se não experimentar', 'se nao experimentar', 'se você não experimentar', 'se vc nao experimentar', 'se não experimentares', 'se não for lá', 'se nao for la', 'se você não for lá', 'se vc nao for la', 'se não fores lá', 'se não for ver', 'se não visitar', 'se nao visitar', 'se não visitares', 'se não conhecer', 'se nao conhecer', 'se não assistir', 'se nao assistir', 'se não viajar', 'se nao viajar', 'se não aproveitar', 'se nao aproveitar', 'se perder essa', 'se perder esse', 'se perder isso', 'se deixar passar', 'se não comprar ingresso', 'se não comprar o ingresso', 'se não comprar os bilhetes', 'se não reservar', 'de não ter ido', 'de nao ter ido', 'de não ter provado', 'de nao ter provado', 'de não ter experimentado', 'de não ter visitado', 'de não ter visto', 'de não ter conhecido', 'de não ter aproveitado', 'de não ir', 'de não provar', 'sem provar', 'sem experimentar', 'sem conhecer', 'sem visitar', 'sem ver', 'arrepender de nada', 'arrepender nada'],
    // The speaker naming themselves (CUE_POLICY.selfLabel): "sou muito burro", "me sinto uma idiota", "que idiota eu sou", "o burro sou eu".
    selfbefore: ['sou', 'eu sou', 'fui', 'eu fui', 'me sinto', 'me senti', 'me sinto como', 'me senti como', 'pareço', 'pareco'].flatMap((head) => [head, ...pairs([head], ['um', 'uma', 'muito', 'tão', 'tao', 'mesmo', 'mesmo um', 'mesmo uma', 'um baita', 'uma baita', 'o maior', 'a maior', 'um completo', 'uma completa', 'meio', 'mó', 'mto', 'mt'])]),
    selfretort: ['claro', 'tá bom', 'ta bom', 'ah tá', 'ah ta'],
    selfafter: ['eu sou', 'que eu sou', 'que sou', 'sou eu', 'sou'],
    selflead: ['que', 'como', 'que grande'],
    selfsigh: ['nossa', 'aff', 'putz', 'ai', 'caramba'],
    abstain: ['não bebo', 'nao bebo', 'eu não bebo', 'eu nao bebo', 'nunca bebo', 'sem álcool', 'sem alcool', 'parei de beber', 'não tomo bebida alcoólica', 'zero álcool', 'sou abstêmio', 'sou abstêmia'],
    // A fee paid to start work, with earnings or a task job beside it: the paid-task scam (CUE_POLICY.cuePairs).
    fee: [...withPlain(['taxa de cadastro', 'taxa de ativação', 'depósito pra liberar', 'depósito para liberar', 'depósito para ativar', 'depósito pra ativar'])],
    gig: [...withPlain(['trabalho em casa', 'por curtida', 'por avaliação', 'por tarefa', 'foi aprovada', 'foi aprovado', 'foi selecionada', 'foi selecionado'])],
    // Telling the reader they will not sleep, with the speaker's bed in the text: a night in bed promised (CUE_POLICY.cuePairs).
    sleepless: [...withPlain(['não vou te deixar dormir'])],
    bedroom: [...withPlain(['na minha cama', 'pra minha cama'])],
    // The reader's voice arousing the speaker; the two of them pictured in the shower: desire aimed at the reader (CUE_POLICY.cuePairs).
    voice: [...withPlain(['sua voz', 'tua voz'])],
    aroused: [...withPlain(['me excita', 'me deixa com tesão', 'me dá tesão', 'me deixa excitado', 'me deixa excitada', 'me deixa louco de tesão', 'fico com tesão',
      'fiquei com tesão', 'tô com tesão', 'me deixa molhadinha', 'me excitas', 'me deixas excitado', 'me deixa de pau duro'])],
    fantasy: [...withPlain(['imaginando a gente', 'imagino a gente', 'imaginando nós', 'penso na gente'])],
    sharedbath: [...withPlain(['no chuveiro juntos', 'banho juntos', 'juntos no chuveiro', 'na banheira juntos'])],
    // A romance ad: a seeking verb with a partner (see CUE_POLICY.romanceAd). Not one's own partner ("a gift for my wife").
    seek: ['procuro', 'procurando', 'busco', 'buscando', 'à procura de', 'a procura de', 'em busca de', 'quero encontrar', 'procura'],
    partner: ['namorada', 'namorado', 'esposa', 'futura esposa', 'marido', 'futuro marido', 'alma gêmea', 'alma gemea', 'relacionamento', 'mulher jovem', 'mulher nova', 'menina nova', 'sugar baby', 'moça jovem'].map(unlessAfter(['minha', 'meu', 'sua', 'seu', 'tua', 'teu', 'a minha', 'o meu'])),
    // Gore told in two cues each harmless alone (see CUE_POLICY.cuePairs): spilled insides, a body cut in two, a pet skinned or an animal skinned alive.
    viscera: ['miolos', 'cérebro', 'cerebro', 'tripas', 'intestinos', 'vísceras', 'visceras'],
    spill: ['pra todo lado', 'por todo lado', 'espalhado', 'espalhados', 'saindo', 'pra fora', 'pendurado', 'pendurada', 'no asfalto', 'no chão', 'espalhadas', 'espalhada', 'na pista'],
    bisect: ['partido no meio', 'partido ao meio', 'cortado ao meio', 'partido em dois', 'em dois pedaços', 'cabeça esmagada', 'cabeça foi esmagada'],
    corpse: ['corpo', 'cadáver', 'cadaver', 'cara', 'homem', 'trem', 'motoqueiro', 'atropelado'],
    bloodshed: ['coberto de sangue', 'coberta de sangue', 'banhado em sangue', 'sangue jorrando', 'sangue jorrava', 'sangue espirrando', 'sangue espirrava', 'esguichando sangue', 'dava pra ver o osso', 'osso pra fora', 'sangue pra todo lado', 'sangue pra todo o lado', 'sangue por todo o lado', 'sangue por todo lado'],
    mishap: ['levei pontos', 'levei ponto', 'sangramento no nariz', 'sangrando pelo nariz', 'cortei o dedo', 'cortei a mão', 'picando cebola', 'cortando cebola', 'caí da bicicleta', 'cai da bike', 'no dentista', 'curativo'],
    flay: ['esfolou', 'esfolado', 'esfolada', 'esfolar', 'esfolamos'],
    alive: ['ainda tava mexendo', 'ainda mexia', 'ainda vivo', 'ainda viva', 'ainda gritava'],
    pet: ['cachorro', 'cachorrinho', 'gato', 'gatinho', 'gatinhos', 'cachorros', 'hamster'],
    cruelty: ['a pauladas', 'matou a paulada', 'tacou fogo', 'queimou vivo', 'afogou', 'enforcou', 'torturou'],
    // Films, shows and games: gore said of them describes fiction (see CUE_POLICY.fiction).
    fiction: ['spoilar', 'der spoiler', 'me der spoiler', 'filme', 'série', 'serie', 'episódio', 'anime', 'videogame', 'terror', 'zumbi', 'zumbis', 'halloween', 'maquiagem', 'efeitos especiais'],
    violence: [
      ...VIOLENT_VERBS,
      'te quebro', 'te arrebento', 'te furo', 'te dou porrada', 'te meto a porrada',
      mockThreat('te matar'), 'matar-te', 'matar você', 'matar vc', 'esfaquear', 'te esfaquear', 'te furar', 'te bater', 'te espancar', 'espancar', 'te enforcar',
      'te estrangular', 'estuprar', 'te estuprar', 'te queimar', 'te degolar', 'te dar um tiro', 'te enterrar', 'te arrebentar', 'arrebentar tua',
    ].map(overGames),
    intensifier: ['muito', 'mto', 'mt', 'muuito', 'tão', 'tao', 'bem', 'super', 'demais', 'realmente', 'de verdade', 'sério', 'serio', 'totalmente', 'completamente', 'bastante', 'literalmente', 'mega', 'mais', 'bem mais'],
    laughter: ['kkkk', 'kkk', 'rsrs*', 'hahaha*', 'kkkkk'],
    fondness: ['te amo', 'te adoro', 'amo-te', 'adoro-te', 'amo você', 'te amo muito', 'beijos', 'bjs'],
    meta: [
      'o que significa', 'oq significa', 'o q significa', 'o que quer dizer', 'oq quer dizer', 'que quer dizer', 'como se diz', 'como se fala',
      'como falar', 'significado de', 'a palavra', 'essa palavra', 'esta palavra', 'palavrão', 'palavrao', 'palavrões', 'palavroes', 'é ofensivo',
      'é falta de educação', 'é rude', 'é grosseiro', 'é vulgar', 'tradução', 'traducao', 'traduzir', 'qual a diferença entre', 'no brasil se diz',
      'em portugal diz-se', 'por que falam', 'porque dizem',
    ],
  },
};
