import { againstContempt, demonymPhrases, notDenied, notEvery, NOT_THE_READER, type DemonymGrammar } from './iberian-groups';
import { contactNumberWords } from './romance-numbers';
import { pairs, unlessAfter, unlessAround, unlessBefore, withPlain } from './term-builders';
import type { Lexicon, LexiconTerm, TermWithExceptions } from './types';

/**
 * Spanish as typed in chat across Spain and Latin America: accents often dropped (cabron, maricon,
 * estupido, tu), texting shorthands (hdp, ptm, ctm, csm, mrd, vrg, alv, ql, wn), regional curses
 * (joder/gilipollas in Spain, chingar/pendejo in Mexico, boludo/pelotudo in the River Plate, weon/culiao
 * in Chile, malparido/gonorrea in Colombia, mamaguevo in Venezuela). The normaliser keeps accents, so a
 * word people type both ways is listed both ways.
 * Words with an everyday sense stay inside phrases: coger (take, in Spain), concha (shell), polla
 * (chicken, a Chilean lottery), perra (dog), zorra (fox), vino (he came), pasta (pasta, and money in
 * Spain), ano (año typed without ñ), huevos (eggs), cuenta (the bill), coca (Coca-Cola), maduro (ripe).
 * `puta`/`puto` match whole words only, so computadora, disputa and reputación stay clean.
 */

/** Groups that hateful generalisations sweep over. */
const GROUPS = [
  'los negros', 'negros', 'los moros', 'moros', 'los judíos', 'los judios', 'judíos', 'judios', 'los gitanos', 'gitanos', 'los inmigrantes',
  'inmigrantes', 'los sudacas', 'los chinos', 'los musulmanes', 'musulmanes', 'los maricones', 'los indios', 'los migrantes', 'los venezolanos',
  'los mexicanos', 'los peruanos', 'los bolivianos', 'los haitianos', 'los gays', 'las mujeres', 'los panchitos',
];
const DEHUMANISING = [
  'son animales', 'son unos animales', 'son basura', 'son una plaga', 'son escoria', 'son ratas', 'son inferiores', 'no son personas',
  'no son humanos', 'deberían morir', 'deberian morir', 'hay que matarlos', 'hay que exterminarlos', 'fuera de aquí', 'fuera de aqui',
  'fuera de españa', 'no merecen vivir', 'son todos delincuentes', 'son todos ladrones', 'son una enfermedad', 'que se mueran', 'apestan',
];
const groupHate = pairs(GROUPS, DEHUMANISING);


/** Masculine and feminine, singular and plural of a people noun: mexicano, inglés, alemán, español, andaluz, costarricense, marroquí, paisa. */
const inflect = (word: string): readonly [string, string, string, string] => {
  const stem = (cut: number): string => word.slice(0, word.length - cut);
  if (word.endsWith('o')) return [word, `${stem(1)}a`, `${word}s`, `${stem(1)}as`];
  if (word.endsWith('án')) return [word, `${stem(2)}ana`, `${stem(2)}anes`, `${stem(2)}anas`];
  if (word.endsWith('és')) return [word, `${stem(2)}esa`, `${stem(2)}eses`, `${stem(2)}esas`];
  if (word.endsWith('ol')) return [word, `${word}a`, `${word}es`, `${word}as`];
  if (word.endsWith('z')) return [word, `${word}a`, `${stem(1)}ces`, `${word}as`];
  if (/[íú]$/.test(word) || word.endsWith('l')) return [word, word, `${word}es`, `${word}es`];
  return [word, word, `${word}s`, `${word}s`];
};

/**
 * People named by where they are from. The same words are adjectives of things ("tacos mexicanos", "la comida
 * china", "el inglés" the language), so they count as a group only after a word that makes them people:
 * "los mexicanos", "unos chilangos", "todo argentino", "pinches gringos", "de colombianos" (not "puros cubanos", cigars).
 */
const DEMONYMS = [
  'mexicano', 'argentino', 'chileno', 'colombiano', 'venezolano', 'peruano', 'boliviano', 'ecuatoriano', 'paraguayo', 'uruguayo', 'cubano',
  'dominicano', 'puertorriqueño', 'hondureño', 'salvadoreño', 'guatemalteco', 'nicaragüense', 'costarricense', 'panameño', 'español', 'brasileño',
  'haitiano', 'estadounidense', 'americano', 'norteamericano', 'gringo', 'yanqui', 'canadiense', 'chino', 'japonés', 'coreano', 'filipino',
  'vietnamita', 'pakistaní', 'hindú', 'ruso', 'ucraniano', 'rumano', 'búlgaro', 'polaco', 'marroquí', 'argelino', 'tunecino', 'senegalés',
  'nigeriano', 'africano', 'árabe', 'turco', 'sirio', 'afgano', 'asiático', 'europeo', 'latino', 'hispano', 'sudamericano', 'latinoamericano',
  'centroamericano', 'inglés', 'británico', 'francés', 'alemán', 'italiano', 'portugués', 'extranjero', 'ilegal', 'andaluz', 'catalán', 'vasco',
  'gallego', 'madrileño', 'valenciano', 'asturiano', 'extremeño', 'murciano', 'aragonés', 'castellano', 'canario', 'manchego', 'charnego', 'chilango',
  'norteño', 'sureño', 'oaxaqueño', 'yucateco', 'regiomontano', 'tapatío', 'jarocho', 'chiapaneco', 'porteño', 'cordobés', 'provinciano', 'paisa',
  'costeño', 'rolo', 'cachaco', 'caleño', 'pastuso', 'limeño', 'serrano', 'santiaguino', 'maracucho', 'caraqueño', 'gocho', 'boricua', 'indio',
  'indígena', 'mestizo', 'mulato', 'moro', 'gitano', 'payo', 'judío', 'musulmán', 'negro',
];
/** Words that are also a language, a coffee, a cheese or a colour in the singular ("el inglés es difícil", "un americano", "el negro"): plural only. */
const PLURAL_ONLY = new Set([
  'español', 'chino', 'japonés', 'coreano', 'ruso', 'ucraniano', 'rumano', 'búlgaro', 'polaco', 'árabe', 'turco', 'inglés', 'francés', 'alemán',
  'italiano', 'portugués', 'catalán', 'vasco', 'gallego', 'valenciano', 'asturiano', 'aragonés', 'castellano', 'andaluz', 'canario', 'manchego',
  'serrano', 'americano', 'latino', 'hindú', 'vietnamita', 'filipino', 'negro', 'ilegal', 'moro', 'indio', 'sirio',
]);
/** Feminine forms that are something else: la China and la India (the countries), moras (blackberries), chinas (pebbles), judías (beans). */
const NOT_PEOPLE = new Set(['china', 'chinas', 'mora', 'moras', 'india', 'canaria', 'canarias', 'negra', 'latina', 'judías']);
/** Styles of cooking and dress ("huevos a la mexicana", "a la española") are no people. */
const laUnless = (term: string): TermWithExceptions | string => (term.startsWith('la ') ? { term, unless: [`a ${term}`] } : term);

const GRAMMAR: DemonymGrammar = {
  inflect,
  pluralHeads: { masculine: ['los', 'unos', 'esos', 'pinches', 'malditos', 'de'], feminine: ['las', 'unas', 'esas', 'pinches', 'malditas', 'de'] },
  singularHeads: { masculine: ['el', 'un', 'todo', 'cada'], feminine: ['la', 'una', 'toda', 'cada'] },
  pluralOnly: PLURAL_ONLY,
  notPeople: NOT_PEOPLE,
  curse: 'de mierda',
};
/** The groups most talked about, in the plural: their article forms get the phrases against contempt too ("racismo contra los gitanos"). */
const DISCUSSED = new Set([
  'gitano', 'judío', 'musulmán', 'moro', 'indio', 'indígena', 'negro', 'mexicano', 'venezolano', 'colombiano', 'peruano', 'boliviano', 'haitiano',
  'marroquí', 'chino', 'árabe', 'latino', 'sudamericano', 'extranjero',
].flatMap((word) => withPlain(inflect(word).slice(2))));
const demonymTerms = demonymPhrases(DEMONYMS, GRAMMAR);
/** Nouns that only ever name people (or name them first): bare forms count. */
const PEOPLE_NOUNS = withPlain([
  'gitanos', 'gitanas', 'judíos', 'musulmanes', 'musulmanas', 'moros', 'indígenas', 'inmigrantes', 'migrantes', 'emigrantes', 'refugiados',
  'refugiadas', 'gringos', 'gringas', 'yanquis', 'charnegos', 'chilangos', 'paisas', 'boricuas', 'afrodescendientes', 'afroamericanos', 'mujeres',
  'hombres', 'feministas', 'gays', 'gais', 'homosexuales', 'lesbianas', 'bisexuales', 'transexuales', 'travestis', 'cristianos', 'cristianas',
  'católicos', 'católicas', 'evangélicos', 'evangélicas', 'protestantes', 'mormones', 'testigos de jehová', 'ateos', 'ateas', 'budistas', 'hindúes',
  'islamistas', 'boomers', 'millennials', 'milenials', 'centennials',
]);
/** Groups that need a word before them: "los trans", "personas negras", "los viejos" (not "los viejos tiempos"). */
const GROUP_PHRASES = withPlain([
  'los negros', 'unos negros', 'esos negros', 'de negros', 'las negras', 'personas negras', 'gente negra', 'gente de color', 'los trans', 'las trans',
  'personas trans', 'un gay', 'el gay', 'los gay', 'una lesbiana', 'los homosexuales', 'los religiosos', 'los curas', 'los ancianos', 'los jóvenes',
  'los chavos', 'los chavales', 'los pibes', 'los adolescentes', 'la juventud', 'las viejas', 'un musulmán', 'los musulmanes', 'un judío',
  'una judía', 'un gitano', 'una gitana', 'las mujeres', 'toda mujer', 'los hombres', 'todo hombre', 'los latinos', 'las latinas',
]);
const GROUP = [
  // Demonyms after an article: the denial ("no todos los ...") and, for the groups most talked about, talk against contempt.
  // Every exception is one more pattern in the automaton every text is scanned with, so the rest go without.
  ...demonymTerms.map((term) => {
    if (/^(los|las) /.test(term)) return againstContempt(term, DISCUSSED.has(term.slice(term.indexOf(' ') + 1)));
    return /^(todo|toda) /.test(term) ? notEvery(term) : laUnless(term);
  }),
  ...[...PEOPLE_NOUNS, ...GROUP_PHRASES].map((term) => (/^(los|las) /.test(term) || !term.includes(' ') ? againstContempt(term) : term)),
  { term: 'los viejos', unless: ['los viejos tiempos', 'los viejos amigos'] },
];

/**
 * Contempt that is no insult alone but said of people is contempt for them. Words with an everyday sense
 * stay in phrases ("unos animales", "son basura", "unas interesadas"), and words that are something else in
 * another language that every lexicon reads stay out (Praga the city, "vagas" job openings in Portuguese).
 */
const CONTEMPT = withPlain([
  'ladrón', 'ladrona', 'ladrones', 'ladronas', 'ratero', 'ratera', 'rateros', 'rateras', 'delincuente', 'delincuentes', 'criminales', 'maleantes',
  'malandros', 'mafiosos', 'terroristas', 'violadores', 'asesinos', 'estafadores', 'tramposos', 'mentirosos', 'mentirosas', 'vagos', 'vago', 'flojos',
  'flojas', 'holgazanes', 'haraganes', 'unos perezosos', 'son perezosos', 'muy perezosos', 'es perezoso', 'muy perezoso', 'unas perezosas',
  'son perezosas', 'muy perezosas', 'mentiroso', 'mentirosa', 'estafador', 'estafadora', 'tacaño', 'tacaña', 'ignorante', 'hipócrita', 'terrorista',
  'degenerado', 'degenerada', 'parásito', 'parásita', 'cochino', 'cochina', 'vividores', 'aprovechados', 'aprovechadas', 'mantenidos', 'parásitos',
  'sanguijuelas', 'chupasangres', 'sucios', 'sucias', 'cochinos', 'cochinas', 'mugrosos', 'mugrosas', 'mugrientos', 'mugrientas', 'apestosos',
  'apestosas', 'huelen mal', 'huelen a mierda', 'no se bañan', 'es un asqueroso', 'es una asquerosa', 'asquerosos', 'asquerosas', 'repugnantes',
  'inmundos', 'inmundas', 'dan asco', 'me dan asco', 'inferiores', 'subhumanos', 'infrahumanos', 'unos salvajes', 'son salvajes',
  'unos animales', 'como animales', 'unas ratas', 'unos ratas', 'ratas', 'cucarachas', 'una plaga', 'plaga', 'escoria', 'gentuza', 'chusma', 'lacra',
  'lacras', 'son basura', 'una basura', 'la peor gente', 'son lo peor', 'no sirven para nada', 'no valen nada', 'no son de fiar', 'unos burros',
  'son burros', 'ignorantes', 'unos retrasados', 'tacaños', 'tacañas', 'rácanos', 'hipócritas', 'degenerados', 'degeneradas', 'depravados',
  'pervertidos', 'unos enfermos', 'una aberración', 'aberración', 'antinatural', 'antinaturales', 'contra natura', 'unas interesadas',
  'unos interesados', 'unas histéricas', 'histéricas', 'unas locas', 'unos borrachos', 'invasores', 'nos roban', 'nos quitan el trabajo',
  'quitan el trabajo', 'roban el trabajo', 'viven de ayudas', 'viven de subsidios', 'viven del gobierno', 'que se larguen', 'que se vayan a su país',
  'fuera de mi país', 'los odio', 'las odio', 'odio a todos', 'odio a todas', 'odio a esos', 'odio a esas', 'deberían estar en la cocina',
  'su lugar es la cocina', 'se reproducen como',
]);
/** Disgust asked about ("¿te da asco el pescado?") is no contempt for the reader. */
const DISGUST = { term: 'asco', unless: ['te da asco', 'te dan asco', 'te da un poco de asco', 'te da mucho asco', 'le da asco', 'les da asco'] };
const HATE_AT = withPlain(['odio a los', 'odio a las']).map(unlessAfter(['el', 'del', 'contra el']));

/** Chat apps as typed in Spanish-speaking countries. */
const APPS = ['wsp', 'wasap', 'guasap', 'whatsapp', 'por whats', 'wpp', 'insta', 'instagram', 'telegram', 'snap', 'snapchat', 'feis', 'discord', 'wechat', 'kakao'];

/**
 * Contempt said of the reader ("eres patética", "sos un fracasado", "cállate inútil", "te ves ridícula"): the
 * engine makes an insult of a `negative` word that follows a you-word closely. Words that as often judge a thing
 * ("¿te parece ridículo el precio?", "te quedó tonto el dibujo") carry that frame as an exception; feo/fea and
 * gordo/gorda stay out ("te queda feo ese color", "te quiero gorda" is Argentine affection).
 */
const judged = (word: string): TermWithExceptions => ({
  term: word,
  unless: ['parece', 'queda', 'quedó', 'quedo', 'salió', 'salio'].map((verb) => `${verb} ${word}`),
});
/** Words that judge things as often as people: these carry the exceptions, the rest name only people. */
const ALSO_OF_THINGS = new Set(withPlain([
  'patético', 'patética', 'inútil', 'asqueroso', 'asquerosa', 'repugnante', 'mediocre', 'lamentable', 'penoso', 'penosa', 'bruto', 'bruta', 'insoportable',
  'tonto', 'tonta', 'ridículo', 'ridícula',
]));
const AIMED_CONTEMPT = [
  ...withPlain([
    'patético', 'patética', 'patéticos', 'patéticas', 'fracasado', 'fracasada', 'fracasados', 'fracasadas', 'un fracaso', 'una vergüenza',
    'perdedor', 'perdedora', 'perdedores', 'perdedoras', 'inútil', 'inútiles', 'asqueroso', 'asquerosa', 'repugnante', 'despreciable', 'mediocre',
    'lamentable', 'penoso', 'penosa', 'cobarde', 'cobardes', 'un muerto de hambre', 'una muerta de hambre', 'pringado', 'pringada', 'lerdo', 'lerda',
    'menso', 'mensa', 'bobo', 'boba', 'gil', 'bruto', 'bruta', 'cerda', 'una rata', 'un parásito', 'un payaso', 'una payasa', 'un cero a la izquierda',
    'una decepción', 'insoportable', 'tonto', 'tonta', 'ridículo', 'ridícula',
  ]).map((word) => (ALSO_OF_THINGS.has(word) ? judged(word) : word)),
  // "Ustedes son unos mediocres": the article keeps the plural within reach of the you-word.
  ...pairs(['unos', 'unas'], withPlain(['patéticos', 'fracasados', 'perdedores', 'inútiles', 'mediocres', 'cobardes', 'ridículos', 'asquerosos'])),
  'unas fracasadas', 'unas asquerosas', 'un cerdo', 'un completo inútil', 'una completa inútil', 'un completo idiota', 'una completa idiota',
];
/** "Hipócrita eres", "qué asco das": Spanish puts the judgement first, where the you-word cannot lead into it. */
const CONTEMPT_FIRST = [
  ...pairs(withPlain(['asqueroso', 'asquerosa', 'patético', 'patética', 'feo', 'fea']), ['eres', 'sos']),
  'asco das', 'das vergüenza ajena', 'das verguenza ajena', 'das pena ajena', 'no vales nada', 'no sirves para nada',
  'no sirves pa nada', 'no servís para nada', 'no le importas a nadie', 'a nadie le importas', 'nadie te soporta', 'nadie te aguanta', 'nadie te banca',
  'gorda asquerosa', 'gordo asqueroso', 'malcogida', 'mal cogida', 'malfollada', 'mal follada', 'malfollado', 'mal follado',
];

/**
 * What people "die of" in hyperbole: "me quiero morir de risa", "me voy a matar de la vergüenza", "estás muerto de
 * sueño", "vas a morir de risa con este video". Not "de tristeza" or "de pena" (sadness in much of Latin America).
 */
const DIE_OF = withPlain([
  'risa', 'la risa', 'vergüenza', 'la vergüenza', 'aburrimiento', 'sueño', 'hambre', 'calor', 'el calor', 'frío', 'el frío', 'amor', 'ternura',
  'envidia', 'nervios', 'los nervios', 'ganas', 'celos', 'emoción', 'la emoción', 'felicidad', 'alegría', 'cansancio', 'sed', 'miedo', 'curiosidad',
  'la curiosidad', 'lo cute', 'lo lindo', 'lo bonito', 'lo tierno', 'asco', 'estrés', 'el estrés', 'tanto estudiar', 'tanto trabajar',
]);
/** The hyperbole hosts of a dying or killing phrase, and the work people "kill themselves" at ("me voy a matar estudiando"). */
const hyperbole = (term: string, tails: readonly string[] = []): TermWithExceptions => ({
  term,
  unless: [...DIE_OF.map((cause) => `${term} de ${cause}`), ...tails.map((tail) => `${term} ${tail}`)],
});
const KILLING_ONESELF_AT = ['estudiando', 'trabajando', 'entrenando', 'en el gimnasio', 'en el gym', 'con la bici', 'con los patines'];
/**
 * "Te mato jaja", "te voy a matar si me haces spoiler": a friend's mock threat. A laugh right after it, or the
 * spoiler it punishes, clears it; "te mato si no me contestas" stays a threat.
 */
const mockThreat = (term: string): TermWithExceptions => ({
  term,
  unless: [
    // "Te mato" is Portuguese too, and every lexicon reads every text: its laughs count as well.
    ...['jaja*', 'jeje*', 'xd', 'kkk*', 'rsrs*', 'haha*'].map((laugh) => `${term} ${laugh}`),
    ...['si me haces spoiler', 'si me spoileas', 'si me haces spoilers', 'si me cuentas el final', 'si me contás el final', 'si cuentas el final',
      'si me haces un spoiler', 'se me contar o final', 'se contar o final', 'se me der spoiler', 'se você contar o final', 'se vc contar o final'].flatMap((cond) => [
      `${term} ${cond}`, `${cond} ${term}`,
    ]),
  ],
});

/**
 * Trash talk over a game or a match: "te voy a dar una paliza en el FIFA", "te reviento al ajedrez", "te parto en el
 * Fortnite". The beating and killing phrases below do not count right before the game they are about.
 */
const GAMES = withPlain([
  'en el fifa', 'al fifa', 'en fifa', 'en el mario kart', 'al mario kart', 'en el ajedrez', 'al ajedrez', 'en ajedrez', 'en el tenis', 'al tenis',
  'al pádel', 'en el pádel', 'al ping pong', 'en el ping pong', 'en el juego', 'en el videojuego', 'en el lol', 'en el fortnite', 'en fortnite',
  'al fútbol', 'en el fútbol', 'en el partido', 'a las cartas', 'al uno', 'al dominó', 'en el karaoke', 'jugando', 'en la play', 'al billar',
]);
const BEATINGS = new Set(withPlain([
  'te voy a matar', 'te mato', 'matarte', 'te voy a dar una paliza', 'te doy una paliza', 'pegarte una paliza', 'te voy a reventar', 'te reviento',
  'reventarte', 'te parto', 'te voy a partir', 'te voy a destrozar', 'te destrozo', 'te voy a hacer mierda', 'te hago mierda', 'te voy a quebrar', 'te quiebro',
]));
/** A beating phrase with the games it is said over as exceptions (kept with any exceptions it had). */
const overGames = (term: LexiconTerm): LexiconTerm => {
  const text = typeof term === 'string' ? term : term.term;
  if (!BEATINGS.has(text)) return term;
  const unless = typeof term === 'string' ? [] : term.unless;
  return { term: text, unless: [...unless, ...GAMES.map((game) => `${text} ${game}`)] };
};

/**
 * Stalking told as a story: the reader seen or followed at home or work, the building or the schedule known.
 * "No sé dónde vives" is denied by the `negation` before it; "te vi en el gym" (a place met at) stays talk.
 */
const STALKING = [
  ...pairs(
    ['te vi', 'te he visto', 'te estuve mirando', 'te estuve observando'],
    ['salir del trabajo', 'salir del curro', 'salir de tu casa', 'entrar a tu casa', 'llegar a tu casa', 'saliendo de tu casa', 'por tu ventana', 'desnudarte',
      'cambiarte'],
  ),
  ...pairs(['te seguí', 'te segui', 'te he seguido'], ['hasta', 'a tu casa', 'desde tu casa', 'desde el trabajo', 'desde el metro']),
  'te estuve siguiendo', 'te estoy siguiendo', 'te fui siguiendo',
  ...pairs(['sé en qué', 'se en que', 'sé en que'], ['edificio vives', 'casa vives', 'piso vives', 'calle vives', 'barrio vives', 'colegio estudias']),
  ...pairs(['sé a qué hora', 'se a que hora', 'sé a que hora'], ['sales del trabajo', 'sales de casa', 'llegas a casa']),
  ...pairs(['sé dónde', 'se donde'], ['duermes', 'viven tus padres', 'vive tu familia', 'estudian tus hijos']),
  'sé con quién vives', 'se con quien vives',
  'conozco tu horario', 'conozco tu rutina', 'me sé tu horario', 'me se tu horario', 'me sé tu rutina', 'me se tu rutina', 'sé todo de ti', 'se todo de ti',
  'sé cuál es tu casa', 'se cual es tu casa', 'sé cuál es tu ventana', 'se cual es tu ventana', 'descubrí dónde vives', 'descubri donde vives',
  'averigüé dónde vives', 'averigue donde vives', 'te tengo vigilado', 'te tengo vigilada', 'te tengo fichado', 'te tengo fichada',
  // Persistent disturbance: answers demanded, messages promised until the reader gives in.
  'contéstame ya', 'contestame ya', 'respóndeme ya', 'respondeme ya', 'contesta ya', 'responde ya', 'deja de ignorarme', 'dejá de ignorarme',
  'no me vas a ignorar', 'no vas a poder ignorarme', 'te voy a seguir escribiendo', 'no voy a parar de escribirte', 'no te voy a dejar en paz',
  'nunca te voy a dejar en paz', 'conteste ya', 'contestá ya', 'respondé ya',
  // Blackmail: answer, pay or send, or everyone sees.
  ...pairs(['o le cuento', 'o se lo cuento', 'o publico', 'o subo'], ['a todos', 'a tu novio', 'a tu familia', 'tus fotos', 'tus videos']),
  // Harm wished on the reader.
  ...pairs(['ojalá te', 'ojala te'], ['atropelle un', 'atropellen', 'dé cáncer', 'de cancer', 'pudras', 'caiga un rayo', 'pase algo malo', 'mueras pronto']),
  'que te pudras', 'que te dé cáncer', 'que te de cancer', 'que te caiga un rayo', 'púdrete', 'pudrete',
];

/**
 * Threats told as the reader's consequences ("te vas a arrepentir de esto", "me las vas a pagar", "vas a ver lo
 * que te pasa"), and the face, mother or bones a writer will break. "No te vas a arrepentir" (an ad's promise) is
 * denied by the negation before it.
 */
// The bare infinitives cover "te voy a romper la cara" and "le voy a partir la madre"; not "la cabeza" ("romperse la cabeza" is a puzzle).
const BREAK_VERBS = ['te rompo', 'te parto', 'romper', 'partir', 'romperte', 'partirte'];
const BREAK_PARTS = ['la cara', 'la madre', 'la boca', 'el hocico', 'los dientes'];
const THREAT_CONSEQUENCES = [
  ...pairs(BREAK_VERBS, BREAK_PARTS),
  'te vas a arrepentir de esto', 'te vas a arrepentir de lo que', 'te vas a arrepentir de haber', 'te vas a arrepentir toda tu vida', 'te arrepentirás de',
  'te arrepentiras de', 'te juro que te vas a arrepentir', 'vas a lamentar esto', 'te vas a acordar de mí', 'te vas a acordar de mi',
  // "Me las vas a pagar jaja, te comiste mi pizza": a laugh after it makes it a joke.
  ...['me las vas a pagar', 'me la vas a pagar'].map(unlessBefore(['jaja*', 'jeje*', 'xd'])),
  'me las pagarás', 'me las pagaras', 'lo vas a pagar caro', 'la vas a pagar caro', 'vas a pagar por esto', 'te voy a hacer pagar',
  'esto no se queda así', 'esto no se queda asi', 'esto no se va a quedar así', 'esto no se va a quedar asi', 'vas a ver lo que te pasa',
  'vas a ver lo que te va a pasar',
  'ya verás lo que te pasa', 'ya veras lo que te pasa', 'o ya verás', 'o ya veras', 'no sabes con quién te metiste', 'no sabes con quien te metiste',
  'no sabes con quién te estás metiendo', 'no sabes con quien te estas metiendo', 'no sabés con quién te metiste', 'cuídate cuando salgas',
  'cuidate cuando salgas', 'ten cuidado cuando salgas', 'cuídate las espaldas', 'cuidate las espaldas', 'tus días están contados',
  'tus dias estan contados',
  'te quiero ver muerto', 'te quiero ver muerta', 'quiero verte muerto', 'quiero verte muerta', 'ojalá te maten', 'ojala te maten', 'te voy a volar la cabeza',
  'volarte la cabeza', 'volarte los sesos', 'te vuelo la cabeza', 'te lleno de plomo', 'llenarte de plomo', 'dar piso', 'te doy piso', 'darte piso',
  'te voy a quebrar', 'te quiebro', 'te voy a hacer mierda', 'te hago mierda', 'agarrar a golpes', 'cagar a trompadas', 'te cago a trompadas', 'moler a golpes',
  'molerte a golpes', 'meter una puñalada', 'te meto una puñalada', 'te voy a acuchillar', 'cortar la cara', 'te corto la cara',
];

/** Pills taken as prescribed are treatment: "me tomé todas las pastillas que me recetó el médico". */
const prescribed = (term: string): TermWithExceptions => ({
  term,
  unless: ['que me recetó', 'que me receto', 'que me recetaron', 'del tratamiento'].map((tail) => `${term} ${tail}`),
});
/** Waking at a time or someone else: "no quiero despertar mañana, es lunes" is a joke about work, "ojalá no despierte al bebé" a parent's hope. */
const WAKE_LATER = withPlain(['mañana', 'hoy', 'temprano', 'tan temprano', 'pronto', 'tarde', 'el lunes', 'los lunes', 'el domingo', 'a las', 'a la', 'a los',
  'a mi', 'a tu', 'a su', 'a mis', 'a nadie', 'a nuestro', 'a nuestra', 'al', 'antes de', 'hasta', 'todavía', 'aún', 'sospechas', 'con la alarma', 'con resaca',
  'con dolor', 'cansada', 'cansado', 'más a', 'más al', 'más tarde', 'más temprano', 'más de', 'más con', 'de madrugada', 'de noche', 'en la noche', 'por la noche',
  'a mitad', 'en mitad', 'el bebé', 'la bebé', 'el niño', 'la niña', 'el peque', 'el perro', 'los vecinos', 'nadie', 'más el', 'más la', 'más los']);
/** Self-harm as a plan or a farewell: the pills to be taken, the letter written, the wish not to wake up. */
const SELF_HARM_PLANS = [
  ...pairs(['me tomo', 'me tomé', 'me tome', 'tomarme', 'me voy a tomar', 'me trago', 'me tragué', 'tragarme'], ['todas las pastillas', 'todas mis pastillas'])
    .map(prescribed),
  ...pairs(['me tomo', 'me tomé', 'me tome', 'tomarme', 'me voy a tomar', 'me trago', 'me tragué', 'tragarme'],
    ['todo el frasco', 'la caja entera', 'toda la caja', 'todo el bote', 'todos los ansiolíticos']),
  'ya escribí mi carta de despedida', 'ya escribi mi carta de despedida', 'escribí mi carta de despedida', 'escribi mi carta de despedida',
  'mi carta de suicidio', ...withPlain(['ojalá no despertar', 'ojalá no despierte', 'no quiero despertar', 'quisiera no despertar']).map(unlessBefore(WAKE_LATER)),
  'dormirme y no despertar', 'dormir y no despertar', 'no despertar nunca más', 'no despertar nunca mas', 'quiero desaparecer para siempre',
  'desaparecer para siempre',
  // Not a job, a town or a class left behind: "ya no quiero estar aquí en esta empresa".
  ...withPlain(['ya no quiero estar aquí']).map((term) => ({
    term,
    unless: withPlain(['en este trabajo', 'en esta empresa', 'en esta ciudad', 'en este país', 'en esta casa', 'en este grupo', 'en esta clase',
      'en el trabajo', 'en la oficina', 'en clase', 'en la clase', 'en la escuela', 'en el colegio', 'en la uni', 'en la universidad', 'en esta reunión',
      'en la reunión', 'en esta fiesta', 'en la fiesta', 'en el gimnasio', 'en el tráfico', 'en esta cola', 'en la cola'])
      .map((tail) => `${term} ${tail}`),
  })),
  'ya no quiero existir', 'quiero dejar de existir', 'estarían mejor sin mí', 'estarian mejor sin mi', 'todos estarían mejor sin mí',
  // Not a bare "me corto": in Spain it is also "I get shy" ("me corto para hablar con chicas").
  'no le veo sentido a la vida', 'no le veo sentido a vivir', 'me corto para sentir', 'me corto para no sentir', 'me corto para calmarme',
  'me corto las muñecas', 'me corto las munecas', 'cortarme las muñecas', 'cortarme las munecas', 'me hago cortes', 'me volví a hacer cortes',
  'me volvi a hacer cortes', 'hacerme cortes', 'me quemo con cigarros', 'hacerme daño a propósito', 'me quiero tirar por la ventana',
  'tirarme por la ventana', 'tirarme al metro', 'tirarme a las vías del tren', 'tirarme a las vias', 'colgarme de una viga', 'colgarme del techo',
  'me voy a ahorcar', 'no aguanto más la vida', 'no aguanto mas la vida', 'me voy a quitar la vida', 'me quiero quitar la vida',
  'pensando en quitarme la vida',
  'nadie me va a extrañar', 'nadie me va a extranar', 'nadie me extrañaría', 'nadie me extrañaria', 'nadie me echaría de menos', 'nadie me echaria de menos',
  'nadie me va a echar de menos', 'irme de este mundo', 'desaparecer de este mundo',
  'quiero acabar con todo', 'voy a acabar con todo de una vez',
];

/**
 * Sex as the writer's plan or memory, often without a body word: "te hago gemir", "te la quiero meter", "me hice una
 * paja pensando en ti". Coger is to take in Spain ("paso a cogerte a las 8"), so it stays inside wanting and doing phrases.
 */
const SEX_ACTS = [
  // Terms match inside longer sentences: "hacerte gemir" also reads "quiero hacerte gemir".
  ...pairs(['te hago', 'hacerte', 'te voy a hacer'], ['gemir', 'gritar de placer', 'mía', 'mia', 'mío', 'correrte']),
  ...pairs(['te la'], ['quiero meter', 'voy a meter', 'meto toda', 'meto hasta el fondo', 'quiero chupar', 'chupo', 'mamo']),
  'metértela', 'metertela', 'mamártela', 'mamartela', 'chupártelo', 'chupartelo',
  ...pairs(['me hice', 'me hago', 'hacerme', 'haciéndome'], ['una paja', 'un dedo']),
  'pajearme', 'pajeándome', 'pajeandome', 'me pajeo', 'me pajeé', 'me la jalo', 'me la jalé', 'jalármela', 'jalarmela', 'me la casco', 'me la casqué',
  'cascármela', 'cascarmela', 'masturb*', 'me toqué pensando en ti', 'me toque pensando en ti', 'me toco pensando en ti', 'tocándome pensando en ti',
  'tocandome pensando en ti', 'pensando en ti mientras me toco', 'ganas de cogerte', 'ganas de follarte', 'ganas de culearte', 'ganas de garcharte',
  'ganas de cogerte toda', 'me muero por cogerte', 'me muero por follarte', 'follarla', 'follarnos', 'follármela',
  'culearte', 'culiarte', 'garcharte', 'empotrarte', 'te empotro', 'te voy a empotrar', 'ponerte en cuatro', 'ponerte en 4', 'te pongo en cuatro',
  'te pongo en 4', 'acabar adentro', 'venirme dentro', 'correrme dentro',
  'me la pusiste dura', 'se me pone dura', 'me mojas', 'me mojé pensando', 'me moje pensando',
  // Not the dinner warmed up: "¿me calientas la comida?".
  ...['me calientas', 'me calentás'].map(unlessBefore(['la', 'el', 'un', 'una', 'los', 'las'])),
  'me excitas', 'me excitás', 'me excitas mucho', 'me pones a mil', 'te chupo', 'te lo chupo', 'chupártela toda',
  ...pairs(['coger', 'cogerte'], ['rico', 'tan rico', 'bien rico', 'bien duro', 'toda la noche', 'sin condón', 'sin condon']),
  'un pete', 'hacerte un pete', 'hacerme un pete', 'sexting', 'sexo telefónico', 'sexo telefonico', 'tener relaciones contigo',
];
/** Looks and lust said to the reader, and the lewd picture asked for without a body word ("pásame algo más picante"). */
const LEWD_AT_YOU = [
  ...pairs(['qué rica', 'que rica', 'q rica', 'bien rica', 'qué rico', 'que rico', 'bien rico', 'qué buena', 'que buena', 'bien buena'],
    ['te ves', 'te miras']),
  ...pairs(['estás', 'estas'], ['bien buena', 'bien rica', 're buena', 'muy buena', 'tan buena', 'bien sabrosa'])
    .map(unlessBefore(['en', 'para'])),
  ...pairs(['pásame', 'pasame', 'mándame', 'mandame', 'envíame', 'enviame'], ['algo hot', 'algo más hot', 'algo mas hot', 'algo sexy', 'algo subido de tono']),
  ...pairs(['te ves', 'te miras'], ['bien rica', 'bien buena', 'bien sabrosa', 'muy rica', 're buena']),
  // "Enséñame tus tetas" is read by "tus tetas" below; the article forms need the verb.
  ...pairs(['enséñame', 'enseñame', 'muéstrame', 'muestrame', 'mostrame'], ['las nalgas', 'las tetas', 'el culo', 'las bubis', 'la verga']),
  'tus bubis', 'tus pechos', 'tu verga', 'tu pene', 'tu cosita', 'tus partes íntimas',
  'culo bien rico', 'culito bien rico', 'rico culo', 'qué rico culo', 'que rico culo', 'tetas bien ricas', 'ricas tetas',
  'verte desnuda', 'verte desnudo', 'verte sin ropa', 'sin nada puesto', 'verte en tanga', 'verte en lencería', 'verte en lenceria',
  'verte en ropa interior', 'en calzones para mí', 'en calzones para mi', 'ese culito', 'ese culazo', 'tremendo culo', 'tremendo culazo', 'tremendas tetas',
  'qué tetas', 'que tetas', 'tus tetas', 'tus tetitas', 'tu culito', 'tus nalgas', 'tus pezones', 'la chupas bien', 'la chupas rico', 'la mamas bien',
  'la mamas rico', 'seguro la chupas', 'seguro la mamas', 'me pones bien caliente', 'me pones re caliente', 'me tienes caliente', 'me tenés caliente',
  'me tienes bien caliente', 'dormís desnuda', 'duermes sin ropa',
];

/**
 * Dating ads: whom the writer is looking for. "Busco una chica nativa para practicar" is a language partner, so
 * the ad needs a word of romance or of marriage, not just a woman or a man.
 */
const DATING_ADS = pairs(
  ['busco', 'busca', 'buscando'],
  withPlain([
    'una mujer seria', 'un hombre serio', 'mujer seria', 'hombre serio', 'una señorita para', 'señorita para', 'dama para', 'un caballero para',
    'caballero para', 'una novia', 'un novio', 'una esposa', 'un esposo', 'mi alma gemela', 'una relación estable', 'una relación seria', 'relación estable',
    'formar una familia',
  ]),
).concat([
  'buscando a mi media naranja', 'buscando mi media naranja', 'busco a mi media naranja', 'amiga con derechos', 'amigo con derechos', 'encuentros casuales',
  'ser mi novia', 'ser mi novio', 'ser mi esposa', 'ser mi esposo', 'mi futura esposa', 'mi futuro esposo', 'algo más que amistad', 'algo mas que amistad',
  'conocer mujeres solteras', 'conocer chicas solteras', 'hombre soltero busca', 'mujer soltera busca', 'caballero busca', 'divorciado busca',
  'divorciada busca', 'viudo busca', 'viuda busca', 'encuentros discretos', 'discreción asegurada', 'discrecion asegurada',
]);

/** "Busco una chica nativa para practicar", "busco pareja de intercambio": the partner people come here for. */
const languagePartner = (term: string): TermWithExceptions => ({
  term,
  unless: ['nativa', 'nativo', 'de intercambio', 'lingüística', 'linguistica', 'para practicar', 'para intercambio', 'que hable', 'que me ayude',
    'para estudiar', 'para compartir piso', 'para compartir departamento', 'para compartir depa', 'para el equipo', 'para trabajar', 'para cuidar']
    .map((tail) => `${term} ${tail}`),
});

/** Sales, jobs and follower pitches: how a post asks to be answered, bought or followed. */
const AD_PITCHES = [
  // Terms match inside longer phrases: "info al dm" also reads "más info al dm".
  ...pairs(['interesados', 'info', 'precios', 'pedidos'], ['al dm', 'por dm', 'al privado', 'por privado', 'por interno', 'por inbox']),
  ...pairs(['gana', 'ganar', 'genera', 'generar'],
    ['desde tu celular', 'desde tu celu', 'desde tu móvil', 'desde tu casa', 'sin salir de casa', 'en tus ratos libres', 'extra']),
  'ofrezco clases', 'ofrezco mis servicios', 'ofrezco servicios', 'primera clase gratis', 'clase de prueba gratis', 'clase de prueba gratuita',
  'agenda tu cita', 'agenda tu clase', 'agenda ya', 'reserva tu cita', 'reserva tu clase', 'servicio a domicilio', 'pregunta por nuestros',
  ...pairs(['se busca', 'se buscan', 'se solicita', 'se solicitan'], ['vendedores', 'repartidores', 'meseros', 'camareros', 'promotores']),
  'sueldo más comisiones', 'sueldo mas comisiones', 'sueldo + comisiones', 'vacantes disponibles', 'únete a mi equipo', 'unete a mi equipo',
  'únete a nuestro equipo', 'unete a nuestro equipo',
  'no se requiere experiencia', 'sin experiencia previa', 'trabajo remoto desde',
  ...pairs(['a la semana', 'al día', 'diarios'], ['desde tu celular', 'desde tu móvil', 'desde casa', 'sin salir de casa']),
  'sigan mi cuenta', 'sigue mi cuenta', 'seguime en', 'síganme en', 'siganme en', 'sigan mi canal', 'suscríbanse', 'suscribanse', 'denle like',
  'dale like a mi', 'apoyen mi', 'pásense por mi', 'pasense por mi', 'visiten mi', 'visita mi tienda', 'mi tienda online',
  'precio negociable', 'precio a tratar', 'acepto ofertas', 'se aceptan ofertas', 'aprovecha ya', 'últimas unidades',
  'ultimas unidades', 'envíos a toda', 'envios a toda', 'pago contra entrega', 'somos distribuidores', 'precios mayoristas', 'revendedores',
  'busco empleo de', 'busco chamba de', 'estoy buscando trabajo', 'ando buscando trabajo', 'alguien que me dé trabajo',
  'alguien que me de trabajo', 'busco clientes',
];

/** Money scams: the "new number" of a child, the parcel held at customs, the platform profits that need a fee to withdraw. */
const FRAUD_STORIES = [
  ...withPlain(['este es mi nuevo número', 'este es mi número nuevo', 'borra el otro número', 'borra mi número anterior', 'estoy retenido en la aduana',
    'estoy retenida en la aduana', 'estoy retenido en el aeropuerto', 'estoy retenida en el aeropuerto', 'me retuvieron en la aduana']),
  ...pairs(['liberar'], ['el paquete', 'tu paquete', 'mi paquete', 'el envío', 'el envio', 'la caja', 'los fondos', 'mis fondos', 'tus fondos', 'la herencia']),
  ...pairs(['retirar', 'desbloquear'],
    ['los fondos', 'mis fondos', 'tus fondos', 'mis ganancias', 'tus ganancias', 'las ganancias', 'sus ganancias', 'la herencia']),
  'pagar los impuestos de aduana', 'tarifa de liberación', 'tarifa de liberacion', 'comisión de retiro', 'comision de retiro',
  'la plataforma de trading', 'con trading', 'trading de cripto', 'trading cripto', 'grupo de trading', 'grupo de señales',
  'invertí', 'inverti', 'inversión mínima', 'inversion minima', 'depósito mínimo', 'deposito minimo', 'recupera tu dinero', 'recuperar tu dinero',
  'para pagar la aduana', 'en tarjetas de regalo',
];

/** Account and parcel lures: the account "blocked", the parcel "not delivered", the prize "won". */
const PHISHING_LURES = [
  // "Cuenta ha sido bloqueada" also reads "su cuenta" and "tu cuenta ha sido bloqueada".
  ...pairs(['cuenta', 'tarjeta'], ['ha sido bloqueada', 'ha sido suspendida', 'ha sido desactivada', 'ha sido restringida', 'será bloqueada', 'sera bloqueada',
    'será suspendida', 'sera suspendida', 'será cancelada', 'sera cancelada']),
  ...pairs(['su cuenta', 'su tarjeta'], ['fue bloqueada', 'está bloqueada', 'esta bloqueada', 'está suspendida', 'esta suspendida']),
  ...pairs(['ingrese', 'ingresa', 'acceda', 'haga clic'], ['en el siguiente enlace', 'al siguiente enlace']),
  'desbloquear su cuenta', 'desbloquear tu cuenta', 'reactivar su cuenta', 'reactivar tu cuenta', 'valide sus datos', 'valida tus datos', 'validar sus datos',
  'validar tus datos', 'verifique sus datos', 'verifique su cuenta', 'confirme sus datos', 'actualice sus datos', 'estimado cliente', 'estimado usuario',
  'evitar la suspensión', 'evitar la suspension', 'evitar el bloqueo', 'no pudo ser entregado', 'no ha podido ser entregado', 'no pudo ser entregada',
  'reprogramar la entrega', 'reprogramar su entrega', 'reprograme su entrega', 'pague los gastos de envío', 'pague los gastos de envio',
  'te llegó un código', 'te llego un codigo', 'te llegó un codigo', 'te ha llegado un código', 'te ha llegado un codigo',
  'a tu número por error', 'a tu numero por error', 'a tu número sin querer', 'a tu numero sin querer', 'código de 6 cifras', 'codigo de 6 cifras',
  'código de seis dígitos', 'codigo de seis digitos',
];
const SPAM_LURES = [
  'fuiste seleccionado', 'fuiste seleccionada', 'has sido seleccionado', 'has sido seleccionada', 'ha sido seleccionado', 'ha sido seleccionada',
  'has resultado ganador', 'resultaste ganador', 'resultaste ganadora', 'reclámalo', 'reclamalo', 'reclama aquí', 'reclama aqui', 'reclámalo aquí',
  'canjea tu premio', 'canjea tu regalo', 'ganador del sorteo', 'ganadora del sorteo', 'para ganar un iphone', 'tu premio te espera', 'premio pendiente',
];

/** Drug words with an everyday sense (hierba the herb, perico the parrot and a Colombian coffee, pepas seeds, coca the cola) count in their dealing phrases. */
const DRUG_DEALS = [
  // Terms match inside longer phrases: "vende" also reads "me vende", "gramo de" also "un gramo de".
  ...pairs(
    ['tienes', 'tenés', 'alguien tiene', 'quién tiene', 'quien tiene', 'vende', 'vendes', 'venden', 'vendo', 'consigo', 'pillar', 'comprar', 'fumar',
      'fumando', 'gramos de'],
    ['hierba', 'pepas'],
  ).map((term) => (term.endsWith('hierba') ? { term, unless: [`${term} buena`, `${term} luisa`] } : term)),
  ...pairs(['tiro de', 'tiros de', 'rayas de', 'gramo de', 'gramos de', 'meterse', 'me metí', 'esnifar'], ['coca', 'perico', 'cristal']),
  'vende perico', 'venden perico', 'tienes perico', 'tenés perico',
  // Seeds come "de" something: "unas pepas de sandía".
  { term: 'unas pepas', unless: ['unas pepas de'] },
  // Italian "farla" is "do it": "farla finita con le sigarette", "farla franca".
  unlessAround(['di', 'per'], ['finita', 'franca', 'pagare', 'breve', 'grossa'])('farla'), 'farlopa', 'perica', 'empepado', 'empepada', 'empepados', 'pepeado', 'empastillado',
  'empastillada', 'enmotado', 'enmotada', 'enmarihuanado',
  'bien pacheco', 'bien pacheca', 'bien fumado', 'bien fumada', 'un peta', 'unos petas', 'liar un peta', 'liar un porro', 'liarme un porro',
  'un faso', 'unos fasos', 'fumar un faso', 'porrito', 'porritos', 'un blunt', 'mi camello', 'tripi', 'tripis', 'micropunto', 'cartón de ácido',
  'carton de acido', 'hongos mágicos', 'hongos magicos', 'lsd',
  'cristal de meth', 'piedra base', 'bazuco', 'basuco', 'pastillas de éxtasis', 'pastillas de extasis', 'ghb',
];
/** Drinking as people boast of it: Mexico pistea, Colombia se emborracha con guaro, Spain sale de cañas. */
const DRINKING = [
  'pistear', 'pisteando', 'pisteamos', 'unos tragos', 'ir de copas', 'salir de copas', 'de cañas', 'unos chupitos', 'me emborraché', 'me emborrache',
  'nos emborrachamos',
  'borrachísimo', 'pedísimo', 'me puse pedo', 'me pongo pedo', 'ponerme pedo', 'hasta las chanclas', 'bien jarra', 'estoy crudo', 'estoy cruda', 'un six de',
  'gin tonic', 'mojitos', 'micheladas', 'michelada', 'vinito', 'unos vinitos', 'vermut', 'cubalibre', 'cuba libre',
];
/** Curses as typed across the regions, and the conjugated forms of joder. */
const MORE_CURSES = [
  'jodas', 'jodás', 'jodan', 'jodiste', 'jodió', 'jodio', 'jodiendo', 'joderte', 'jodidamente',
  'coñazo', 'hostia puta', 'putada', 'putadas', 'puta vida', 'puto día', 'puto dia', 'cojudo', 'cojuda', 'cojudez', 'huevada', 'huevadas', 'güevón',
  'guevon', 'conchudo', 'conchuda', 'chingada madre', 'vergación', 'vergacion', 'chingadazo', 'la puta que lo parió', 'la puta que lo pario',
  'vale verga', 'valió verga', 'valio verga', 'vale madre', 'vale madres', 'valió madre', 'valio madre', 'nmms', 'ni madres',
];

/**
 * Generalisations with "todos"/"todas" put more words between the group and the contempt than the engine's
 * window holds ("los moros son todos unos terroristas"): the quantifier is part of the contempt phrase.
 */
const ALL_OF_THEM = [
  ...pairs(['todos unos'], ['ladrones', 'terroristas', 'delincuentes', 'violadores', 'criminales', 'asesinos', 'narcos', 'vagos', 'sucios', 'cerdos',
    'animales', 'salvajes', 'ignorantes', 'parásitos', 'borrachos', 'enfermos', 'aprovechados']),
  ...pairs(['todas unas'], ['putas', 'interesadas', 'histéricas', 'vagas', 'sucias', 'ignorantes']),
].map(unlessAfter(['no son']));
/** What a group is said to do or be unfit for: said of "las mujeres" or "los venecos" it is contempt for them. */
const GROUP_SLANDER = [
  ...pairs(['no sirven para', 'solo sirven para'], ['manejar', 'conducir', 'cocinar', 'limpiar', 'parir', 'abrir las piernas', 'robar']),
  'no saben manejar', 'no saben conducir', 'no deberían votar', 'no deberian votar', 'no deberían manejar', 'no deberian manejar',
  'no deberían conducir', 'no deberian conducir', 'deberían estar en casa', 'deberian estar en casa', 'vienen a robar', 'vienen a quitarnos', 'nos invaden',
  'nos están invadiendo', 'son un cáncer', 'son un cancer', 'que los deporten', 'hay que deportarlos', 'que se regresen a', 'que se devuelvan a',
  'controlan el mundo', 'controlan los medios', 'controlan los bancos', 'son una lacra', 'son unos parásitos', 'son unos parasitos',
];

/**
 * Insults as typed with a head word that aims them ("maldito perdedor", "pinche vieja chismosa", "puto enfermo",
 * "pedazo de inútil"): the head makes the noun a slur even without a you-word.
 */
const SLUR_HEADS = ['maldito', 'maldita', 'pinche', 'pedazo de', 'grandísimo', 'grandisimo', 'grandísima', 'grandisima', 'so', 'puto', 'puta'];
const SLUR_NOUNS = withPlain([
  'perdedor', 'perdedora', 'fracasado', 'fracasada', 'inútil', 'idiota', 'imbécil', 'estúpido', 'estúpida', 'payaso', 'payasa', 'cerdo', 'cerda',
  'gordo', 'gorda', 'vieja chismosa', 'viejo verde', 'zorra', 'perra', 'bastardo', 'bastarda', 'retrasado', 'retrasada', 'enfermo', 'enferma',
  'mongolo', 'mongola', 'tarado', 'tarada', 'asqueroso', 'asquerosa', 'desgraciado', 'desgraciada', 'subnormal', 'pervertido', 'pervertida',
  'degenerado', 'degenerada', 'mediocre', 'loser', 'muerto de hambre', 'muerta de hambre', 'ignorante', 'naco', 'naca', 'gilipollas', 'mierdero',
]);
/** Strong insults with no everyday sense, and the forms the lists missed (augmentatives, "la gran puta", the mother insulted). */
const MORE_INSULTS = [
  ...pairs(SLUR_HEADS, SLUR_NOUNS),
  'malnacido', 'malnacida', 'malnacidos', 'mal nacido', 'mal nacida', 'cabronazo', 'cabronaza', 'cabronazos', 'hijo de la gran puta', 'hija de la gran puta',
  'hijos de la gran puta', 'hijo de la gran perra', 'hijo de mil putas', 'hija de mil putas', 'hija de perra', 'hijos de perra', 'hijueperra',
  ...pairs(['sos un', 'eres un', 'qué', 'que', 'flor de', 'terrible', 'alto'], ['forro', 'forro de mierda']), 'sos una forra', 'eres una forra',
  'forro hijo de puta', 'forro de mierda', 'pedazo de forro',
  ...pairs(['tu madre', 'tu mamá', 'tu mama', 'tu vieja', 'tu hermana', 'tu jefa'], ['es una puta', 'es una perra', 'es una zorra', 'es una golfa', 'es una prostituta', 'es puta']),
  'tu madre la puta', 'la puta de tu madre', 'la perra de tu madre', 'la zorra de tu madre',
  'tragaleche', 'lambiscón', 'lambiscon', 'chupamedias', 'soplanucas', 'mierdoso de mierda', 'retrasado de mierda', 'retrasada de mierda',
  'subnormal de mierda', 'mongolo de mierda', 'payaso de circo', 'basura humana', 'escoria humana', 'mierda humana', 'desecho humano', 'lacra humana',
  ...pairs(withPlain(['vete', 'váyase', 'ándate', 'andá', 'váyanse', 'lárgate', 'largate a', 'vayan']), ['a la mierda', 'a la verga', 'al carajo', 'a la chingada',
    'a cagar', 'a la puta', 'a tomar por culo', 'a la concha de tu madre', 'a la reverga']),
  'te voy a joder la vida', 'te voy a amargar la vida', 'imbesil', 'imbésil', 'imbesiles', 'inbécil', 'inbecil', 'imvecil', 'gilipoyas', 'jilipoyas', 'pendejx',
  'estupidx', 'ijueputa', 'hijoputa', 'hijo puta', 'malparidx', 'nadie te pidió opinión', 'nadie te pidio opinion', 'nadie te preguntó', 'nadie te pregunto',
  ...pairs(withPlain(['cállate', 'cállese', 'calla', 'cállate ya']), withPlain(['gorda', 'gordo', 'fea', 'feo', 'estúpida', 'pendeja', 'zorra', 'puta', 'perra', 'tonta',
    'tonto', 'mongolo', 'retrasado', 'retrasada', 'cerda', 'cerdo', 'vieja', 'payaso', 'payasa', 'perdedor', 'inútil', 'subnormal', 'naco', 'naca', 'boluda', 'weona'])),
];
/** Judgements friends tease each other with. */
const MILD_TEASING = withPlain(['tonto', 'tonta', 'bobo', 'boba', 'menso', 'mensa', 'baboso', 'babosa', 'payaso', 'payasa', 'lerdo', 'lerda']);
/** "Qué tonto eres", "ridícula sos", "asco me das": the judgement before the you-word, and superlatives. */
const JUDGED_FIRST = [
  ...pairs(withPlain(['tonto', 'tonta', 'imbécil', 'estúpido', 'estúpida', 'inútil', 'ridículo', 'ridícula', 'patético', 'patética', 'pendejo', 'pendeja',
    'bobo', 'boba', 'menso', 'mensa', 'baboso', 'babosa', 'mediocre', 'payaso', 'payasa', 'idiota', 'retrasado', 'retrasada', 'tarado', 'tarada',
    'lerdo', 'lerda', 'cerdo', 'cerda', 'insoportable', 'perdedor', 'perdedora', 'fracasado', 'fracasada',
    'boludo', 'boluda', 'pelotudo', 'pelotuda', 'gilipollas', 'subnormal', 'desgraciado', 'desgraciada', 'cobarde']),
  ['eres', 'sos', 'que eres', 'que sos', 'eres tú', 'eres tu', 'sos vos']).map((term) => ({
    term,
    // "Qué tonto eres jaja, me hiciste reír": a mild word with a laugh after it is teasing between friends.
    unless: [`no ${term}`, ...(MILD_TEASING.some((word) => term.startsWith(word)) ? pairs([term], ['jaja*', 'jeje*', 'xd']) : [])],
  })),
  'asco me das', 'qué asco me das', 'que asco me das', 'pena me das', 'lástima me das', 'lastima me das',
];
/** Contempt said of the reader, in the forms that need a you-word first ("eres un retrasado", "eres tontísima", "eres un pringao"). */
const MORE_AIMED = withPlain([
  'un retrasado', 'una retrasada', 'un subnormal', 'una subnormal', 'un tarado', 'una tarada', 'un mongolo', 'una mongola', 'un pringao', 'una pringada',
  'pringao', 'tontísimo', 'tontísima', 'tontito', 'tontita', 'bobísimo', 'bobísima', 'estupidísimo', 'estupidísima', 'idiotísima', 'idiotísimo',
  'inutilísimo', 'un enfermo mental', 'una enferma mental', 'un asco', 'una basura', 'un cero', 'un desastre de persona', 'un mierda', 'una mierda',
  'un zángano', 'un parásito', 'una parásita', 'un perdedor', 'una perdedora', 'un fracasado', 'una fracasada', 'un gordo', 'una gorda', 'un cerdo',
  'un imbécil', 'una imbécil', 'un payaso', 'un mediocre', 'una mediocre', 'un cobarde', 'una cobarde', 'un mentiroso', 'una mentirosa',
  'un pesado', 'una pesada', 'un creído', 'una creída', 'un baboso', 'una babosa', 'un naco', 'una naca', 'un cornudo', 'una cornuda',
]);

/** Stalking, blackmail and persistence the lists missed: seen at home, the family's school known, a new account after a block. */
const MORE_STALKING = [
  ...pairs(['te vi ayer', 'te vi hoy', 'te vi anoche', 'te estuve viendo', 'te he estado siguiendo'],
    ['salir del trabajo', 'saliendo del trabajo', 'salir de tu casa', 'saliendo de tu casa', 'entrar a tu casa', 'entrando a tu casa', 'llegar a tu casa',
      'llegando a tu casa', 'por tu ventana', 'desnudarte', 'cambiarte', 'saliendo del gimnasio', 'saliendo de clase']),
  ...pairs(['te estoy mirando', 'te estoy viendo', 'te estoy observando', 'te observo', 'te miro'],
    ['desde la ventana', 'desde tu ventana', 'desde afuera', 'desde fuera', 'desde el coche', 'desde el carro', 'desde la calle', 'ahora mismo desde',
      'mientras duermes', 'mientras te cambias']),
  ...pairs(
    withPlain(['sé dónde vive', 'sé dónde estudia', 'sé dónde trabaja', 'sé a qué colegio va', 'sé a qué escuela va', 'sé en qué colegio está',
      'conozco el colegio de', 'sé dónde viven']),
    ['tu hermana', 'tu hermano', 'tu hija', 'tu hijo', 'tus hijos', 'tu novia', 'tu novio', 'tu madre', 'tu mamá', 'tu mama', 'tu familia', 'tus padres'],
  ),
  ...pairs(withPlain(['o le digo a', 'o se lo digo a', 'o les cuento a', 'o le cuento a', 'o le mando a', 'o le enseño a', 'o se lo enseño a', 'o les mando a']),
    ['todos', 'todo el mundo', 'tu novio', 'tu novia', 'tu familia', 'tus padres', 'tu madre', 'tu mamá', 'tu mama', 'tu marido', 'tu esposa', 'tu jefe']),
  ...pairs(withPlain(['voy a publicar', 'voy a subir', 'voy a difundir', 'voy a filtrar', 'voy a mandar', 'voy a enseñar', 'voy a pasar', 'le voy a mandar',
    'les voy a mandar', 'le voy a enseñar']), ['las capturas', 'tus capturas', 'nuestras conversaciones', 'nuestros chats', 'tus fotos íntimas', 'tus nudes', 'tus videos íntimos']),
  ...pairs(withPlain(['te voy a seguir escribiendo', 'voy a seguirte escribiendo', 'voy a seguir escribiéndote', 'te seguiré escribiendo', 'seguiré escribiéndote',
    'te voy a seguir llamando', 'voy a seguir llamándote']), ['hasta que']),
  ...withPlain(['otra cuenta para hablarte', 'otra cuenta para escribirte', 'otra cuenta solo para hablarte', 'aunque me bloquees', 'de nada sirve que me bloquees',
    'no sirve de nada bloquearme', 'no me puedes bloquear', 'no me vas a poder bloquear', 'si me bloqueas me hago otra', 'me hago otra cuenta', 'deja de bloquearme',
    'te voy a estar vigilando', 'te estaré vigilando', 'te voy a vigilar', 'voy a vigilarte', 'te sigo vigilando', 'te tengo en la mira', 'que todos te odien', 'que todo el mundo te odie', 'hacer que te odien', 'arruinar tu reputación', 'destruir tu reputación', 'hacer que te echen',
    'hacer que te despidan', 'que te echen del trabajo', 'no me ignores más', 'no me ignores mas', 'por qué me ignoras', 'por que me ignoras', 'por qué no me contestas', 'por que no me contestas']),
];

/** Sex said outright: the hard-on, the wet, the acts done to the reader, the call made hot. */
const MORE_SEX = [
  ...withPlain(['verga dura', 'verga bien dura', 'polla dura', 'pija dura', 'pito duro', 'la tengo bien dura', 'la tengo parada', 'se me paró',
    'mojada pensando en', 'mojadita pensando en', 'mojada por ti', 'mojadita por ti', 'me tienes mojada', 'me tenés mojada', 'me pones mojada', 'me tienes mojadita',
    'videollamada caliente', 'videollamada hot', 'videollamada picante', 'llamada caliente', 'llamada hot',
    'me la mames', 'me la mamés', 'que me la chupes', 'que me la mames', 'sin condón', 'sin preservativo', 'sexo sin condón', 'a pelo contigo',
    'video tocándote', 'videos tocándote', 'foto tocándote', 'tocándote para mí', 'grábate tocándote', 'video masturbándote', 'masturbándote', 'audio gimiendo', 'audios gimiendo', 'video gimiendo', 'gimiendo para mí', 'gime para mí', 'quiero oírte gemir', 'quiero escucharte gemir', 'oírte gemir',
    'me la pones durísima', 'me la pusiste durísima', 'me la pones bien dura', 'me la paras', 'me la paraste', 'me la pone dura',
    'ando bien caliente', 'ando caliente', 'ando cachondo', 'ando cachonda', 'ando bien cachondo', 'ando bien cachonda', 'hablemos sucio',
    'háblame sucio', 'háblame cochinadas', 'dime cochinadas', 'quítate la blusa', 'quítate la camisa', 'quítate el sostén', 'quítate el brasier', 'quítate el sujetador',
    'quítate las bragas', 'quítate los calzones', 'quítate la tanga', 'quítate todo', 'quítatelo todo', 'desnúdate', 'encuérate', 'empelótate', 'verte sin nada',
    'verlas sin nada', 'verla sin nada', 'verte encuerada', 'verte encuerado', 'te quiero ver desnuda', 'te quiero ver sin ropa',
    'quiero coger contigo', 'quiero follar contigo', 'quiero culear contigo', 'vamos a coger', 'vamos a culear', 'vamos a garchar']),
  ...pairs(['te quiero', 'quiero', 'voy a', 'te voy a'], withPlain(['chupar toda', 'chupar todo', 'chuparte toda', 'chuparte todo', 'lamer toda', 'lamerte toda',
    'comer entera', 'comerte entera', 'coger duro', 'cogerte duro', 'follar duro', 'follarte duro', 'coger', 'follar', 'culear', 'mamar', 'chupar', 'lamer',
    'meter la verga', 'meter la polla', 'meter el pito'])).concat(
    pairs(withPlain(['me corro', 'me corrí', 'me toco', 'me toqué', 'me mojo', 'me mojé', 'me masturbo', 'me masturbé', 'me la jalo', 'me la jalé', 'me pajeo', 'me pajeé',
      'me hago una paja', 'me hice una paja', 'me hice un dedo']), withPlain(['pensando en ti', 'viéndote', 'viendo tus fotos', 'con tus fotos', 'mirando tus fotos',
      'viendo tu foto', 'con tu foto', 'mirando tu foto']))).filter((term) => !['quiero coger', 'quiero chupar', 'quiero lamer', 'quiero mamar', 'voy a chupar',
    'voy a lamer', 'voy a mamar', 'voy a coger', 'te voy a coger', 'quiero follar'].includes(term)),
  ...pairs(['comer', 'comerte', 'chupar', 'chuparte', 'lamer', 'lamerte', 'mamarte', 'meterte'], ['el coño', 'la concha', 'la polla', 'la verga', 'la pija',
    'el pito', 'las tetas', 'el culo', 'el culito', 'la panocha', 'el chocho', 'la vagina', 'el pene']),
];
/** Lewd remarks on the reader's or a woman's body, and bodies asked for without a picture word. */
const MORE_LEWD = [
  ...pairs(withPlain(['enséñame', 'muéstrame', 'mostrame', 'pásame', 'mándame', 'manda', 'envíame', 'déjame ver', 'quiero ver']),
    ['el culito', 'tu culito', 'las tetitas', 'tus tetitas', 'los pechos', 'tus pechos', 'las chichis', 'tus chichis', 'la concha', 'el coño', 'tu coño',
      'tu chocho', 'las bubis', 'los pezones', 'tus pezones', 'tus nalgas', 'las nalgas', 'tu cuerpo desnudo', 'fotos en tanga',
      'fotos en ropa interior', 'fotos en lencería', 'fotos en bikini', 'foto en tanga', 'foto en ropa interior', 'video en ropa interior', 'videito en ropa interior']),
  ...pairs(['qué', 'que', 'tremendo', 'tremendas', 'tremendo'], ['culo tiene', 'culo tienes', 'culazo tiene', 'culazo tienes', 'tetas tiene', 'tetas tienes',
    'tetotas', 'nalgas tiene', 'nalgas tienes', 'piernotas']),
  ...pairs(['qué buenas', 'que buenas', 'qué ricas', 'que ricas', 'qué lindas', 'que lindas', 'buenas', 'lindas', 'tremendas'], ['tetas', 'tetas tienes', 'nalgas', 'chichis']),
  'buen culo', 'buen culazo', 'lindo culo', 'qué buen culo', 'que buen culo', 'buen culo tienes',
  'te quiero en mi cama', 'la quiero en mi cama', 'en mi cama esta noche', 'a mi cama esta noche', 'te daría duro', 'te daria duro', 'le daría duro',
  'le daria duro', 'te daba duro', 'le daba duro', 'dormís en bolas', 'duermes desnuda', 'duermes desnudo', 'estás desnuda',
  'estas desnuda', 'estás sin ropa', 'estas sin ropa',
  ...pairs(withPlain(['de qué color es tu', 'de qué color son tus', 'qué color de', 'qué tipo de', 'cómo son tus', 'cómo es tu']),
    withPlain(['calzones', 'calzón', 'calzoncillos', 'bragas', 'braga', 'pantis', 'panty', 'tanga', 'tangas', 'sostén', 'brasier', 'sujetador', 'bóxer', 'lencería',
      'pezones', 'tetas', 'nalgas'])),
];

/** Phishing and spam the lists missed: the code sent "by mistake", the parcel owed customs, the chosen winner. */
const MORE_PHISHING = [
  ...withPlain(['te mandé un código por', 'te envié un código por', 'te mande un codigo por', 'código por sms', 'el código de whatsapp', 'código de whatsapp',
    'reenvíame el código', 'reenvíame ese código', 'el código que te acaba de llegar', 'el código que te acabo de enviar', 'el código que te mandé']),
  ...pairs(withPlain(['su envío está', 'su paquete está', 'tu envío está', 'tu paquete está', 'su pedido está']),
    ['pendiente de pago', 'retenido', 'en espera de pago', 'pendiente de entrega', 'en aduanas', 'pendiente de aduanas']),
  ...withPlain(['pago de aduanas', 'tasas de aduana', 'gastos de aduana', 'pendiente de pago de aduanas', 'haga clic aquí para', 'pulse aquí para',
    'verifica tu identidad', 'verifique su identidad', 'verificar tu identidad', 'confirma tu identidad', 'confirme su identidad', 'perderás tu cuenta',
    'perderá su cuenta', 'perderás el acceso', 'perderá el acceso', 'inicie sesión aquí', 'inicia sesión aquí', 'inicia sesion aqui', 'para verificar su cuenta', 'para verificar tu cuenta', 'ingrese aquí para verificar']),
];
const MORE_SPAM = withPlain([
  'pulse aquí', 'pulsa aquí', 'pincha aquí', 'pincha en el enlace', 'pulse en el enlace', 'haga clic aquí', 'clic aquí', 'click aquí', 'has sido elegido',
  'has sido elegida', 'fuiste elegido', 'fuiste elegida', 'ha sido elegido para', 'para recibir un premio', 'para recibir una tarjeta', 'tarjeta regalo',
  'tarjetas regalo', 'bono regalo', 'cheque regalo', 'recibir un regalo', 'dólares diarios', 'euros diarios', 'pesos diarios', 'dólares al día', 'euros al día',
  'pesos al día', 'dólares por día', 'link de mi perfil', 'enlace de mi perfil', 'link de mi bio', 'sígueme', 'síganme', 'sigan mi', 'dejen su like', 'denme like',
  'te sigo de vuelta', 'los sigo de vuelta', 'sigo de vuelta', 'reclamar tu premio', 'reclamar su premio', 'resultaste elegido', 'resultaste elegida',
]);
/** Fraud the lists missed: stranded abroad, officials demanding a fine, the needy asking for "whatever you can". */
const MORE_FRAUD = [
  ...withPlain(['varado en el aeropuerto', 'varada en el aeropuerto', 'varados en el aeropuerto', 'atrapado en el aeropuerto', 'atrapada en el aeropuerto',
    'soy agente de la policía', 'le habla la policía', 'te habla la policía', 'somos de la policía',
    'soy agente del fbi', 'soy de la interpol', 'debes pagar una multa', 'debe pagar una multa', 'pagar una multa para evitar', 'para evitar la detención',
    'para evitar su detención', 'para evitar tu detención', 'orden de arresto en su contra', 'orden de arresto en tu contra', 'orden de detención',
    'una denuncia en su contra', 'una denuncia en tu contra', 'le llamamos de hacienda',
    'ayúdenme con lo que puedan', 'ayudenme con lo que puedan',
    'tengo una herencia', 'herencia que quiero compartir', 'compartir mi herencia', 'mi herencia contigo', 'herencia a tu nombre', 'mi difunto esposo me dejó',
    'mi difunto marido me dejó', 'te doy el doble', 'te devuelvo el doble', 'te regreso el doble', 'te pago el doble', 'duplico tu dinero', 'te lo duplico', 'te lo triplico',
    'te devuelvo el dinero', 'te devuelvo la plata', 'te devuelvo la lana',
    'te los pago', 'te lo pago el', 'te pago el lunes', 'te pago la otra semana', 'te pago en cuanto',
    'cualquier cantidad me ayuda', 'lo que puedas mandarme', 'mándame lo que puedas', 'mandame lo que puedas', 'deposítame lo que puedas']),
  ...pairs(withPlain(['necesito dinero para', 'necesito plata para', 'necesito lana para', 'me falta dinero para', 'me falta plata para']),
    withPlain(['el billete', 'el boleto', 'el pasaje', 'el vuelo', 'la visa', 'el visado', 'el hospital', 'la operación', 'la fianza', 'salir de aquí', 'la multa',
      'la aduana', 'volver a casa', 'regresar a mi país'])),
];
/** Dating ads the lists missed: the man or woman sought, the single women called for, "only girls". */
const partnerSought = (term: string): TermWithExceptions => ({
  term,
  unless: ['nativa', 'nativo', 'de intercambio', 'para practicar', 'para intercambio', 'que hable', 'para estudiar', 'para hablar inglés', 'para hablar ingles',
    'practicar', 'intercambio', 'estudiar', 'hablar', 'conversar', 'compartir piso', 'compartir departamento', 'compartir depa', 'el equipo', 'trabajar', 'cuidar']
    .map((tail) => `${term} ${tail}`),
});
const MORE_DATING = [
  ...pairs(['busca', 'buscando', 'busco'], ['mujer para', 'hombre para', 'chica para', 'chico para', 'señora para', 'señor para', 'dama para', 'una relación',
    'relación', 'una relacion', 'relacion', 'novia', 'novio', 'una novia', 'un novio', 'pareja estable', 'una pareja estable']).map(partnerSought),
  ...withPlain(['para relación estable', 'para una relación estable', 'para relación seria', 'para una relación seria', 'para algo serio', 'para formar pareja',
    'para matrimonio', 'con fines de matrimonio', 'fines serios', 'alguna soltera', 'alguna chica soltera', 'algún soltero', 'alguna mujer soltera',
    'algún chico soltero', 'que quiera una relación', 'que quiera algo serio', 'que quiera ser mi novia', 'alguna mujer madura', 'mujer madura', 'mujeres maduras', 'solo chicas guapas', 'solo chicas lindas', 'solo mujeres guapas', 'solo chicas bonitas', 'chicas para salir', 'chica para salir',
    'quiero encontrar el amor', 'encontrar el amor aquí',     'quién quiere ser mi novia', 'quién quiere ser mi novio', 'quien quiere salir conmigo', 'quién quiere salir conmigo', 'no busco amistad',
    'nada de amistad', 'busco amistad y algo más', 'quieres salir conmigo']),
];
/** Sales, fundraising and job pitches the lists missed. */
const MORE_ADS = withPlain([
  'comenta y comparte', 'comparte y comenta', 'dale like y comparte', 'etiqueta a tus amigos', 'etiqueta a 3 amigos', 'etiqueta a tres amigos', 'etiqueta a un amigo',
  'sigue la cuenta', 'cualquier cantidad sirve', 'cualquier aporte', 'cualquier ayuda sirve', 'cualquier donación', 'una donación para',
  'donación para mi', 'donaciones para', 'apoyen con lo que puedan', 'gofundme', 'vaki', 'colecta para', 'usa el código', 'usando el código', 'con mi código',
  'descuento del', 'descuentos de hasta', 'hago traducciones', 'ofrezco traducciones', 'servicio de traducción', 'servicios de traducción', 'contáctame',
  'contáctenos', 'contáctanos', 'precios accesibles', 'precios económicos', 'excelentes precios', 'puja mínima', 'precio de salida', 'mejor postor',
  'necesito empleo', 'necesito un empleo', 'necesito un trabajo', 'empleo urgente', 'trabajo urgente', 'clases a domicilio', 'pregunta precios', 'pregunta por precios',
  'consulta precios', 'precios por interno', 'excelente sueldo', 'salario competitivo', 'vendo entradas', 'vendo boletos', 'vendo mi', 'vendo mis', 'vendo un', 'vendo una', 'vendo este',
  'vendo esta', 'vendo estos', 'vendo estas',
  ...pairs(['pedidos', 'info', 'precios', 'interesados', 'encargos'], ['por whatsapp', 'al whatsapp', 'por wsp', 'al wsp', 'por whats', 'al whats', 'por mensaje',
    'por wasap', 'al interno']),
  ...pairs(['se necesita', 'se necesitan', 'necesitamos', 'buscamos', 'estamos buscando', 'se busca', 'se buscan', 'se solicita', 'se solicitan'],
    ['vendedores', 'vendedoras', 'repartidores', 'meseros', 'meseras', 'camareros', 'camareras', 'promotores', 'promotoras', 'cajeros', 'cajeras',
      'asesores', 'asesoras', 'personal para', 'empleados', 'ayudante de', 'chofer', 'choferes', 'niñera', 'modelos', 'programadores']),
  'suscríbete a mi', 'suscribanse a mi', 'suscríbanse a mi', 'sígueme en mi canal', 'vendo por catálogo', 'venta por catálogo',
]);
/** Curses the lists missed: the fed-up and the bothered. */
const MORE_CURSING = withPlain([
  'hasta los huevos', 'hasta la madre', 'hasta la verga', 'hasta las pelotas', 'hasta los ovarios', 'hasta el coño', 'me toca los huevos', 'tocar los huevos',
  'tocando los huevos', 'me chupa un huevo', 'me rompe los huevos', 'rompe huevos', 'rompehuevos', 'me rompe las pelotas', 'rompepelotas', 'rompebolas',
  'me importa un huevo', 'me importa un carajo', 'me importa una verga', 'me vale madres', 'me vale verga', 'qué putada', 'hostia puta', 'me cago en dios',
  'me cago en la virgen', 'me cago en la hostia', 'hijo de puta', 'la puta madre', 'la re puta', 'la reputa', 'qué verga', 'que verga', 'verguero',
]);
/** Drinking and drugs the lists missed: rum and wine drunk, pills for the festival, lines snorted. */
const MORE_DRINKING = [
  ...pairs(withPlain(['bebiendo', 'tomando', 'tomar', 'beber', 'me tomé', 'nos tomamos', 'unos', 'unas', 'otro', 'otra']),
    ['ron', 'rones', 'guaro', 'pisco', 'vinito', 'vinitos', 'whiskey', 'fernet', 'aguardiente', 'mezcalitos', 'tequilitas', 'cervecitas', 'chelitas', 'cheves',
      'birras', 'chupitos', 'shots', 'tragos', 'copas de vino']),
  'fuimos de copas', 'nos fuimos de copas', 'vamos de copas', 'irnos de copas', 'salimos de copas', 'nos fuimos de fiesta a beber', 'salir a beber',
  'salimos a beber', 'fuimos a beber', 'vamos a beber', 'vamos a emborracharnos', 'bebimos hasta', 'tomamos hasta',
  'ron con coca', 'ron con cola', 'un ron', 'bebiendo vino', 'tomando vino', 'bebiendo alcohol', 'tomando alcohol', 'nos emborrachamos', 'emborracharnos',
  'bien borracho', 'bien borracha', 'bien ebrio', 'bien ebria', 'pedísima', 'bien pedo', 'bien pedos', 'andamos pedos', 'andamos bien pedos', 'estoy pedo',
  'de fiesta con alcohol', 'barra libre', 'open bar',
];
const MORE_DRUGS = [
  ...withPlain(['unas pastis', 'las pastis', 'unas pirulas', 'pastillas para el festival', 'pastillas para la fiesta', 'unas rayitas',
    'me metí una raya', 'nos metimos unas rayas', 'meterse unas rayas', 'me metí coca', 'esnifé', 'esnifando', 'fumando porros', 'nos fumamos un porro',
    'nos fumamos unos porros', 'nos fumamos un peta', 'fumarnos un porro', 'me fumé un porro', 'me fume un porro', 'fumar porros', 'fumando marihuana',
    ...pairs(['quién me pasa', 'me pasas', 'pásame', 'tienes', 'alguien tiene', 'quién tiene', 'consigo', 'conseguir', 'vendes', 'venden', 'quién vende', 'alguien vende'],
      ['perico', 'tusi', 'mota', 'éxtasis', 'pepas', 'tachas', 'merca', 'farlopa', 'marihuana', 'porro', 'un porro', 'cocaína', 'mdma', 'lsd', 'keta']),
    'vendo tusi', 'vendo perico', 'vendo coca', 'vendo pepas', 'vendo éxtasis', 'vendo marihuana', 'vendo hierba']).map(
    (term) => (term.endsWith('vende') ? { term, unless: [`${term} pan`, `${term} ropa`, `${term} boletos`, `${term} entradas`, `${term} libros`] } : term),
  ),
];

/** Threats the lists missed: the infinitive with the clitic ("voy a apuñalarte"), the family and the house, the bones named. */
const HARM_INFINITIVES = withPlain([
  'apuñalarte', 'acuchillarte', 'degollarte', 'ahorcarte', 'estrangularte', 'dispararte', 'balearte', 'quemarte', 'enterrarte', 'descuartizarte', 'torturarte',
  'cortarte la cabeza', 'cortarte el cuello', 'meterte un tiro', 'meterte una bala', 'pegarte un tiro', 'llenarte de balas', 'llenarte de plomo',
  'matarte a golpes', 'hacerte pedazos', 'desfigurarte', 'sacarte los ojos', 'romperte las piernas', 'romperte los huesos', 'romperte el cuello',
  'partirte el cuello', 'rajarte', 'quemarte viva', 'quemarte vivo', 'enterrarte viva', 'enterrarte vivo', 'secuestrarte', 'desaparecerte', 'ahogarte',
]);
const HARM_WITH_TE = withPlain([
  'apuñalar', 'acuchillar', 'ahorcar', 'estrangular', 'ahogar', 'balear', 'disparar', 'meter una bala', 'meter un tiro', 'llenar de balas', 'llenar de balazos',
  'llenar de plomo', 'dar de balazos', 'dar un navajazo', 'dar una puñalada', 'meter una puñalada', 'rajar', 'matar a golpes', 'sacar los ojos', 'arrancar la cabeza',
  'meter un navajazo', 'meter una navaja', 'meter un plomazo', 'meter un cuchillazo', 'dar un cuchillazo', 'meter un machetazo', 'dar un machetazo',
  'dar un plomazo', 'pegar un balazo', 'pegar una puñalada', 'partir el cuello', 'romper el cuello', 'cortar la cabeza', 'desfigurar', 'torturar', 'descuartizar', 'hacer pedazos', 'mandar al hospital', 'mandar matar',
  'mandar a matar', 'secuestrar', 'enterrar vivo', 'enterrar viva', 'quemar vivo', 'quemar viva',
]);
const MORE_THREATS = [
  ...pairs(['voy a', 'vamos a', 'te juro que voy a', 'ya verás cómo voy a'], HARM_INFINITIVES),
  ...pairs(['te voy a', 'te vamos a', 'ya te voy a', 'te juro que te voy a'], HARM_WITH_TE),
  ...pairs(['te rompo', 'te parto', 'romperte', 'partirte'], ['las piernas', 'los brazos', 'las costillas', 'los huesos', 'el cuello', 'la nariz', 'la crisma', 'la jeta']),
  ...pairs(['voy a', 'vamos a', 'te voy a', 'les voy a'], withPlain(['quemar tu casa', 'quemarte la casa', 'incendiar tu casa', 'prenderle fuego a tu casa',
    'matar a tu familia', 'matar a tu madre', 'matar a tu mamá', 'matar a tu hijo', 'matar a tus hijos', 'matar a tu novia', 'matar a tu novio', 'matar a tu perro',
    'hacerle daño a tu familia', 'lastimar a tu familia'])),
  'con tu familia dentro', 'te mato a ti y a tu familia', 'mato a tu familia', 'te lleno de balas', 'te degüello', 'te ahorco', 'te estrangulo',
  'te corto la cabeza', 'te apuñalo', 'te mando matar', 'te mando a matar',
  ...pairs(['vas a morir', 'te vas a morir', 'vas a morirte'], withPlain(['hijo de puta', 'hija de puta', 'cabrón', 'perra', 'puta', 'maldito',
    'maldita', 'pendejo', 'pendeja', 'desgraciado', 'desgraciada', 'gilipollas', 'hdp', 'malparido', 'malparida', 'culiao', 'zorra'])),
];
/** Self-harm the lists missed: the jump planned. */
const MORE_SELF_HARM = [
  ...withPlain(['pensando en matarme', 'pensando en suicidarme', 'pienso en suicidarme', 'he pensado en matarme', 'he pensado en suicidarme', 'pienso en quitarme la vida',
    'hoy me voy a suicidar', 'hoy me mato']).map((term) => hyperbole(term, KILLING_ONESELF_AT)),
  ...pairs(withPlain(['me voy a tirar', 'me tiro', 'me quiero tirar', 'me voy a aventar', 'me aviento', 'me voy a lanzar', 'me lanzo']),
    withPlain(['por la ventana', 'de un puente', 'del puente', 'de un edificio', 'del edificio', 'al metro', 'a las vías', 'del balcón', 'desde el balcón',
      'de la azotea', 'desde la azotea', 'al tren'])),
];
/** Clothes run out, not taken off: "me quedé sin ropa limpia". */
const NOT_LAUNDRY = unlessBefore(withPlain(['limpia', 'seca', 'de invierno', 'de verano', 'para', 'pa', 'que ponerme', 'en el armario', 'nueva', 'de abrigo',
  'ajustada', 'apretada', 'cómoda', 'de deporte', 'deportiva', 'mojada', 'sucia', 'holgada', 'ligera', 'térmica', 'de cama']));
/** Cutting told of hair, a beard or a kitchen knife: "me volví a cortar el pelo", "me corté otra vez con el cuchillo". */
const NOT_SELF_CUT = withPlain(['el pelo', 'el cabello', 'el flequillo', 'las puntas', 'la melena', 'las uñas', 'la barba', 'el bigote', 'el dedo', 'un dedo',
  'la mano', 'con', 'cocinando', 'afeitándome', 'depilándome', 'pelando', 'picando', 'el fleco', 'la chasquilla', 'el cerquillo', 'la pollina', 'el pelito',
  'rasurándome', 'afeitando', 'en la cocina', 'en el trabajo', 'en el curro', 'la cutícula', 'las cutículas', 'un poco el', 'un poco la']);
/** Waking someone or something else, or not until a time: "para no despertar al bebé", "y no despertar sospechas", "y no despertar hasta el lunes". */
const WAKE_SOMEONE = withPlain(['a', 'al', 'hasta', 'sospechas', 'temprano', 'tarde', 'antes', 'de noche', 'por la noche', 'en la noche', 'cansado', 'cansada',
  'con', 'la', 'el', 'los', 'las', 'mi', 'tu', 'su', 'interés', 'celos', 'de madrugada']);
/** Going to bed told as bedtime, or ill: "¿cuántos días te has acostado tarde?", "te acostaste con fiebre". */
const BEDTIME = withPlain(['tarde', 'temprano', 'pronto', 'a las', 'ya', 'sin', 'hoy', 'anoche', 'vestido', 'vestida', 'enfermo', 'enferma', 'con fiebre',
  'con hambre', 'con frío', 'con dolor', 'con sueño', 'con la ropa', 'con el móvil', 'con el celular', 'con la luz', 'con la tele', 'con los zapatos', 'con el maquillaje']);
/** Gore and cruelty the lists missed: brains seen, animals tortured. */
const MORE_GORE = [
  ...withPlain(['se le ven los sesos', 'se le veían los sesos', 'se ven los sesos', 'se le ven las tripas', 'se ven las tripas', 'sesos regados', 'sesos esparcidos',
    'sesos afuera', 'tripas afuera', 'cuerpo sin cabeza', 'cuerpos sin cabeza', 'cabeza cortada', 'cabezas cortadas', 'charco de sangre', 'bañado en sangre',
    'bañada en sangre', 'hasta matarlo', 'hasta matarla', 'hasta matarlos', 'a golpes hasta la muerte', 'lo mataron a golpes', 'la mataron a golpes']),
  ...pairs(withPlain(['torturan', 'torturando', 'torturaron', 'tortura a', 'maltratan', 'maltratando', 'ahorcan', 'ahorcando', 'queman vivo', 'quemando vivo',
    'despellejan', 'despellejando', 'mutilan', 'mutilando']), ['al perro', 'a un perro', 'al gato', 'a un gato', 'a los perros', 'a los gatos', 'al perrito',
    'a un perrito', 'al gatito', 'a un gatito', 'a un animal', 'a los animales', 'a un caballo', 'un perro', 'un gato', 'perros', 'gatos']),
];
/** Hate the lists missed: a group said to control the world, sent back to the jungle, said to invade. */
const MORE_SLANDER = withPlain([
  ...pairs(['deberían irse de', 'deberian irse de', 'tienen que irse de', 'que se vayan de', 'que se larguen de'], ['europa', 'españa', 'aquí', 'aqui', 'mi país',
    'nuestro país', 'este país', 'méxico', 'chile', 'argentina']),
  'fuera de europa', 'deberían largarse', 'no deberían estar aquí', 'deberían volver a su país', 'que vuelvan a su país', 'no pertenecen aquí', 'controlan todo', 'controlan el dinero', 'controlan todo el dinero', 'controlan la economía', 'controlan hollywood', 'controlan el gobierno', 'controlan la banca',
  'dominan el mundo', 'dominan los medios', 'manejan el mundo', 'manejan el dinero', 'mueven los hilos', 'están invadiendo', 'nos están invadiendo', 'invaden',
  'invadiendo españa', 'están infestando', 'infestan', 'son una infección', 'son una peste', 'son todos iguales', 'no se integran', 'solo vienen a robar',
  'vienen a robar', 'solo traen delincuencia', 'unos cerdos', 'unas cerdas', 'son cerdos', 'unos puercos', 'unos marranos', 'unos perros', 'unas perras',
  'unos monos', 'unos parásitos', 'unos vagos', 'unos sucios', 'unos brutos', 'unos ignorantes', 'unos idiotas', 'unos imbéciles', 'unos estúpidos',
  'unos inútiles', 'unas inútiles', 'unas locas histéricas', 'unos delincuentes', 'unos ladrones', 'unos terroristas', 'unos violadores', 'traen delincuencia', 'trajeron el virus', 'son unos salvajes', 'son salvajes', 'unos salvajes',
]);
const MORE_HATE = withPlain([
  'vuelve a la selva', 'vuelvan a la selva', 'vuelve a tu jaula', 'vuelvan a su jaula', 'mono de mierda', 'monos de mierda', 'sudaca de mierda', 'indio sucio',
  'pinches negros', 'pinche indio', 'pinches indios', 'pinche joto', 'pinches jotos', 'puto maricón', 'puto maricon', 'putos moros',
  'putos negros', 'putos judíos', 'putos gitanos', 'putos sudacas', 'putos chinos', 'putos maricones', 'malditos judíos', 'malditos moros', 'malditos negros',
  'malditos gitanos', 'malditos inmigrantes', 'malditos chinos', 'malditos sudacas', 'malditos maricones',
]);
const MORE_SENSITIVE = withPlain([
  'franco hizo', 'franco fue un gran', 'franco tenía razón', 'con franco se vivía mejor', 'con franco vivíamos mejor', 'franco salvó a españa', 'gracias a franco',
  'el aborto es un asesinato', 'el aborto es asesinato', 'muerte a los herejes', 'viva cristo rey', 'dictador asesino', 'régimen asesino', 'golpista',
  'golpistas', 'narcogobierno', 'la dictadura de maduro', 'el dictador maduro', 'maduro dictador', 'abajo el gobierno', 'gobierno corrupto',
]);

/** Sexual talk aimed at the reader: their body undressed, kissed all over, moaning; being aroused by them. */
const AIMED_DESIRE = [
  'me pones cachondo', 'me pones cachonda', 'me pone muchísimo', 'me pone muchisimo', 'me excitas', 'me excita tu', 'me calienta tu',
  'cada centímetro de tu cuerpo', 'cada centimetro de tu cuerpo', 'oírte gemir', 'oirte gemir', 'escucharte gemir', 'hacerte gemir',
  'quitarte la ropa', 'te voy a quitar la ropa', 'te quito la ropa', 'desnuda en mi cama', 'desnudo en mi cama', 'imaginarte desnuda',
];
/** Likening a group to animals, dirt or disease, calling them thieves, saying they live off others, wanting them thrown out: contempt next to a group. */
const HATE_LIKENESS = [
  'como animales', 'unos animales', 'son animales', 'como ratas', 'son ratas', 'una plaga', 'una enfermedad', 'sucios', 'vagos', 'son ladrones', 'unos ladrones',
  'todos ladrones', 'que los echen', 'echarlos a todos', 'fuera de aquí', 'fuera de aqui',
  // What xenophobes say migrants come for: benefits, our taxes, our jobs.
  'viven de las ayudas', 'vivir de las ayudas', 'viven de nuestros impuestos', 'nos quitan el trabajo', 'nos roban el trabajo', 'vienen a robar',
];

export const es: Lexicon = {
  lang: 'es',
  terms: {
    insult: [
      'hijo de puta', 'hija de puta', 'hijo de perra', 'hijos de puta', 'hijueputa', 'hijueputas', 'jueputa', 'hpta', 'hdp', 'hdpt', 'malparido',
      'malparida', 'malparidos', 'gonorrea hijueputa', 'qué gonorrea', 'pendejo', 'pendeja', 'pendejos', 'pendejas', 'pendejazo', 'cabrón', 'cabron',
      'cabrona', 'cabrones', 'gilipollas', 'gilipolla', 'jilipollas', 'gilipuertas', 'pelotudo', 'pelotuda', 'pelotudos', 'boludazo',
      'culero', 'culera', 'culeros', 'culiao', 'culiado', 'culiá', 'culia', 'ql', 'qlo', 'weón culiao', 'aweonao', 'aweonado', 'ahuevonado',
      'mamaguevo', 'mamaguebo', 'mmg', 'mamahuevo', 'mamón', 'mamon', 'mamona', 'comemierda', 'come mierda', 'pedazo de mierda', 'cara de verga',
      'cara de culo', 'carechimba', 'gonorrea de', 'idiota', 'idiotas', 'imbécil', 'imbecil', 'imbéciles', 'imbeciles', 'estúpido', 'estupido',
      'estúpida', 'estupida', 'estúpidos', 'estupidos', 'tarado', 'tarada', 'subnormal', 'subnormales', 'retrasado mental', 'retrasada mental',
      'mongólico', 'mongolico', 'mongólica', 'mongolica', 'tonto del culo', 'tonta del culo', 'payaso de mierda', 'zorra', 'zorras',
      'eres una perra', 'maldita perra', 'perra de mierda', 'puta de mierda', 'puta barata', 'eres una puta', 'es una puta', 'so puta',
      'guarra', 'putita', 'zorrita', 'pinche pendejo', 'pinche puto', 'puto de mierda', 'bastardo', 'bastarda', 'desgraciado', 'desgraciada',
      'lameculos', 'chupapijas', 'chupapollas', 'chupavergas', 'soplapollas', 'huevón de mierda', 'baboso', 'babosa', 'naco', 'naca',
      'gordo de mierda', 'gorda de mierda', 'fea de mierda', 'feo de mierda', 'cerdo asqueroso', 'cerda asquerosa', 'eres un asco',
      'das asco', 'me das asco', 'eres basura', 'eres una basura', 'eres un inútil', 'eres un inutil', 'eres una inútil', 'eres una inutil',
      'inútil de mierda', 'inutil de mierda', 'nadie te quiere', 'cállate la boca', 'callate la boca', 'cállate pendejo', 'cierra el pico',
      'vete a la mierda', 'vete a la verga', 'vete al carajo', 'vete a la chingada', 'váyase a la mierda', 'andate a la mierda', 'andá a la mierda',
      'chinga tu madre', 'chingatumadre', 'chinga a tu madre', 'ctm', 'csm', 'conchetumare', 'conchatumadre', 'concha tu madre',
      'la concha de tu madre', 'la concha de tu hermana', 'la concha de la lora', 'la puta que te parió', 'la puta que te pario', 'ptm',
      'puta madre tuya', 'me cago en tu madre', 'me cago en tus muertos', 'tu puta madre', 'que te den', 'que te jodan',
      'que te follen', 'chúpamela', 'chupamela', 'chúpame la polla', 'chupame la polla', 'cómeme la polla', 'comeme la polla',
      'mamámela', 'mamamela', 'me la pelas', 'me la mamas', 'vete a cagar', 'andate a cagar', 'cornudo', 'cornuda', 'tragasables',
      ...CONTEMPT_FIRST,
      ...MORE_INSULTS, ...JUDGED_FIRST,
    ],
    harassment: [
      // Driving the reader away (nobody here likes you, delete your account) and pestering till they answer.
      'nadie aquí te quiere', 'nadie aqui te quiere', 'nadie te soporta', 'todos se ríen de ti', 'todos se rien de ti', 'borra tu cuenta', 'bórrate la cuenta', 'vete de la app', 'lárgate de la app',
      // Stalking the reader: knowing where they live or work or their child's school, watching them, catching them alone.
      'cuando te pille a solas', 'cuando te pille sola', 'cuando te pille solo', 'cuando te agarre sola', 'cuando te agarre solo',
      'sé dónde vives', 'se donde vives', 'sé donde vives', 'ya sé dónde vives', 'ya se donde vives', 'sé dónde estudias', 'se donde estudias',
      'sé dónde trabajas', 'se donde trabajas', 'te estoy vigilando', 'te estoy observando', 'te voy a encontrar', 'te voy a buscar',
      'no te puedes esconder', 'no podés esconderte', 'voy a publicar tus fotos', 'voy a subir tus fotos', 'voy a filtrar tus fotos',
      'voy a pasar tus fotos', 'tus nudes', 'voy a arruinarte la vida', 'te voy a arruinar la vida', 'te voy a hacer la vida imposible',
      'mátate', 'matate', 'suicídate', 'suicidate', 'muérete', 'muerete', 'ojalá te mueras', 'ojala te mueras', 'ojalá te muerás', 'ojala te muras',
      'ojalá te violen', 'ojala te violen', 'ahórcate', 'ahorcate', 'tírate de un puente', 'tirate de un puente', 'contéstame zorra',
      'contestame zorra', 'contéstame puta', 'contestame puta', 'nadie te extrañaría', 'nadie te extrañaria',
      ...STALKING,
      ...MORE_STALKING,
    ],
    curse: [
      'puta', 'puto', 'putas', 'putos', 'puta madre', 'putamadre', 'ptmr', 'ptmre', 'pta madre', 'me cago en la puta', 'me cago en dios',
      'me cago en la leche', 'me cago en todo', 'me cago en', 'joder', 'jode', 'jodido', 'jodida', 'jodidos', 'jodete', 'jódete', 'jodeme',
      'coño', 'cono de tu madre', 'mierda', 'mierdas', 'mrd', 'mierdero', 'una mierda', 'de mierda', 'carajo', 'carajos', 'al carajo',
      'verga', 'vergas', 'vrg', 'alv', 'a la verga', 'a la vrg', 'vergazo', 'chingar', 'chingada', 'chingado', 'chingados', 'chingadera',
      'chingue', 'chingue su madre', 'chingón', 'chingon', 'no mames', 'no mamar', 'no manches', 'qué pedo', 'que pedo', unlessBefore(['de cocina'])('pinche'), 'pinches',
      'cojones', 'cojonudo', 'me suda la polla', 'hostia', 'hostias', 'ostia', 'ostias', 'me cago', 'cagada', 'cagar', 'cagaste',
      'boludo', 'boluda', 'boludos', 'boludez', 'pelotudez', 'marica', 'maricas', 'huevón', 'huevon', 'huevona', 'weón', 'weon', 'weona',
      'weá', 'wea', 'weas', 'chucha', 'la chucha', 'conchesumadre', 'mamada', 'mamadas', 'culo', 'culos', 'joputa',
      'maldita sea', 'malditos', 'chupa pija', 'mierdoso', 'cagón', 'cagon', 'pendejada', 'pendejadas', 'gilipollez', 'gilipolleces',
      'hijuepucha', 'pucha madre', 'ctmr', 'chingatumadre', 'hdlgp', 'hdlp', 'hdptm',
      ...MORE_CURSES,
      ...MORE_CURSING,
    ],
    sexual: [
      'me la chupes', 'me la chupas',
      'follar', 'follamos', 'follarte', 'follando', 'follada', 'follame', 'fóllame', 'quiero follar', 'vamos a follar', 'quiero cogerte',
      'te quiero coger', 'cogerte toda', 'cogemos', 'cogiendo rico', 'quiero sexo', 'tener sexo', 'tengamos sexo', 'sexo conmigo', 'sexo oral',
      'sexo anal', 'sexo virtual', 'sexo por cam', 'porno', 'porn', 'pornografía', 'pornografia', 'nudes', 'desnuda',
      'desnudas', 'en pelotas', 'en bolas', 'cachonda', 'cachondo', 'caliente conmigo',
      // A fever: "estoy caliente, creo que tengo fiebre".
      { term: 'estoy caliente', unless: ['fiebre', 'con fiebre', 'de fiebre', 'por la fiebre', 'y con fiebre', 'creo que tengo fiebre', 'tengo fiebre', 'de la frente']
        .map((tail) => `estoy caliente ${tail}`) },
      'estoy cachondo',
      'estoy cachonda', 'hacerme una paja', 'hacerte una paja',
      'masturbarme', 'masturbarte', 'masturbación', 'masturbacion', 'me masturbo', 'correrme', 'me corrí', 'venirme en',
      'chupármela', 'chupármelo', 'petear', 'garchar', 'garchamos', 'culear', 'culeamos', 'coger rico', 'coger contigo', 'tetas grandes',
      'tetona', 'culona', 'verga grande', 'pene grande', 'mi verga', 'mi pito', 'mi polla', 'tu chocho', 'tu coño', 'tu concha', 'chocho',
      'panocha', 'vagina mojada', 'mojadita', 'trio sexual', 'orgía', 'orgia', 'webcam sexual', 'videollamada desnuda',
      'onlyfans', 'cam hot', 'vendo pack', 'vendo packs', 'pack hot', 'contenido hot', 'contenido +18', 'contenido para adultos',
      'hacer el amor contigo', 'hacerte el amor', 'chupártela', 'lamerte', 'penetrarte', 'meterte la', 'correrme en',
      ...SEX_ACTS,
      ...MORE_SEX,
    ],
    'sexual-harassment': [
      // A lesson "best learned between the sheets": the sheets make the innuendo a study tip in bed ("se aprende mejor en la cama antes de dormir") lacks.
      ...pairs(withPlain(['se aprende mejor', 'se aprenden mejor', 'se practica mejor', 'se practican mejor', 'se disfruta mejor', 'se disfrutan mejor']),
        withPlain(['entre sábanas', 'entre las sábanas', 'bajo las sábanas'])),
      // Asked about their virginity or sex life, or for something 'spicy'.
      'has tenido sexo', 'foto picante', 'fotito picante', 'fotos picantes', 'mándame algo picante', 'mandame algo picante',
      // A stranger asked up to a hotel room, told they must be good in bed, or that the speaker wants to touch them.
      'ven a mi habitación del hotel', 'vente a mi habitación del hotel', 'ven a mi habitacion del hotel', 'vente a mi habitacion del hotel', 'fiera en la cama', 'buena en la cama', 'bueno en la cama',
      ...AIMED_DESIRE,
      'manda nudes', 'mándame nudes', 'mandame nudes', 'pásame nudes', 'pasame nudes', 'pasa pack', 'pasa el pack', 'pásame el pack', 'pasame el pack',
      'manda pack', 'mándame pack', 'mandame pack', 'enséñame las tetas', 'ensename las tetas', 'enseñame las tetas', 'muéstrame las tetas',
      'muestrame las tetas', 'enséñame tu cuerpo', 'ensename tu cuerpo', 'enseñame tu cuerpo', 'muéstrame tu cuerpo', 'muestrame tu cuerpo',
      'enséñame el culo', 'enseñame el culo',
      // An outfit for an occasion is no such question: "¿qué llevas puesto para la boda?".
      ...withPlain(['qué llevas puesto', 'qué traes puesto']).map(unlessBefore(withPlain(['para', 'pa', 'a la', 'al', 'en la', 'en el', 'mañana', 'hoy para', 'esta noche para']))),
      'de qué color es tu ropa interior',
      'de que color es tu ropa interior', 'de qué color son tus bragas', 'de que color son tus bragas', 'de qué color es tu tanga', 'de que color es tu tanga',
      'talla de sujetador', 'talla de brasier', 'eres virgen', 'sigues siendo virgen', 'quieres tener sexo', 'quieres coger', 'quieres follar',
      'te quiero tocar', 'quiero tocarte', 'quiero lamerte', 'quiero chuparte', 'quiero comerte toda', 'te como toda', 'te comería toda',
      'te comeria toda', 'me pones caliente', 'me pones cachondo', 'me pones muy caliente', 'me la pones dura', 'me pones duro', 'estás buenísima',
      'estas buenisima', ...['qué buena estás', 'que buena estas'].map(unlessBefore(['en', 'para'])), 'mamacita rica',
      'qué rica estás', 'que rica estas', 'estás bien rica', 'estas bien rica',
      'tócate', 'tocate para mí', 'tocate para mi', 'quítate la ropa', 'quitate la ropa', NOT_LAUNDRY('sin ropa'), 'videollamada sin ropa', 'abre las piernas',
      'duerme conmigo', 'ven a mi cama', ...withPlain(['quieres acostarte conmigo', 'te quieres acostar conmigo', 'acuéstate conmigo', 'vamos a un motel']), 'siéntate en mis piernas', 'sientate en mis piernas', 'te voy a violar', 'quiero violarte',
      ...LEWD_AT_YOU,
      ...MORE_LEWD,
    ],
    spam: [
      // Drawing readers to one's own profile and trading follows.
      'pasen por mi perfil', 'pasa por mi perfil', 'visiten mi perfil',
      'has ganado', 'ha ganado', 'haz ganado', 'felicidades has ganado', 'felicidades ganaste', 'ganaste un', 'eres el ganador', 'eres la ganadora',
      'reclama tu premio', 'reclama tu regalo', 'cobra tu premio', 'premio garantizado', 'regalo gratis', 'gratis gratis', 'iphone gratis',
      'recargas gratis', 'saldo gratis', 'diamantes gratis', 'sígueme y te sigo', 'sigueme y te sigo', 'follow x follow', 'sígueme en',
      'sigueme en', 'link en mi perfil', 'enlace en mi perfil', 'link en bio', 'enlace en bio', 'mira mi perfil', 'revisa mi perfil', 'visita mi perfil',
      'ingresa al link', 'entra al link', 'entra al enlace', 'responde stop', 'envía stop', 'envia stop', 'para darte de baja', 'oferta por tiempo limitado',
      'última oportunidad', 'ultima oportunidad', 'solo por hoy', 'haz clic aquí', 'haz click aqui', 'haz clic aqui', 'dale clic', 'dale click',
      'reenvía este mensaje', 'reenvia este mensaje', 'comparte este mensaje', 'manda esto a', 'si no lo reenvías', 'si no lo reenvias',
      ...SPAM_LURES,
      ...MORE_SPAM,
    ],
    phishing: [
      'verifica tu cuenta', 'verificar tu cuenta', 'confirma tu cuenta', 'confirmar tu cuenta', 'tu cuenta será suspendida', 'tu cuenta sera suspendida',
      'tu cuenta ha sido suspendida', 'tu cuenta ha sido bloqueada', 'tu cuenta fue bloqueada', 'tu cuenta será eliminada', 'tu cuenta sera eliminada',
      'ingresa tu contraseña', 'ingresa tu contrasena', 'introduce tu contraseña', 'dame tu contraseña', 'dame tu contrasena', 'pásame tu contraseña',
      'pasame tu contraseña', 'pasame tu contrasena', 'cuál es tu contraseña', 'cual es tu contraseña', 'cual es tu contrasena', 'código de verificación',
      'codigo de verificacion', 'pásame el código', 'pasame el codigo', 'pásame el codigo', 'dame el código', 'dame el codigo', 'el código que te llegó',
      'el codigo que te llego', 'el código que te llego', 'código de 6 dígitos', 'codigo de 6 digitos', 'código sms', 'codigo sms',
      'datos bancarios', 'datos de tu tarjeta', 'número de tarjeta', 'numero de tarjeta', 'el cvv', 'clave de tu tarjeta', 'actividad sospechosa',
      'inicio de sesión sospechoso', 'haz clic en el enlace', 'haz click en el enlace', 'actualiza tus datos', 'actualizar tus datos de pago',
      'necesito tu contraseña', 'necesito tu contrasena', 'necesito tu clave', 'mándame tu contraseña', 'mandame tu contraseña', 'mandame tu contrasena',
      'envíame tu contraseña', 'enviame tu contrasena', 'dime tu contraseña', 'dime tu contrasena', 'mándame el código', 'mandame el codigo',
      'mándame el codigo', 'envíame el código', 'enviame el codigo', 'dime el código', 'dime el codigo', 'reenvíame el código', 'reenviame el codigo',
      'el código que te enviamos', 'el codigo que te enviamos', 'te envié un código por error', 'te envie un codigo por error', 'código por error',
      'codigo por error', 'código por equivocación', 'codigo por equivocacion', 'tu clave de acceso', 'el pin de tu tarjeta', 'la clave que te llegó',
      'la clave que te llego',
      ...PHISHING_LURES,
      ...MORE_PHISHING,
    ],
    ads: [
      // How promotions are worded: flash sales, a gift with every order, seats running out.
      ...withPlain(['regalo con cada pedido', 'regalo con tu compra']),
      'vendo cuenta', 'vendo cuentas',
      'en venta',
      // Asking where a thing is sold is no sale: "¿dónde se vende pan dulce en Toronto?".
      { term: 'se vende', unless: withPlain(['dónde se vende', 'no se vende', 'ya no se vende', 'se vende en el súper', 'se vende en la farmacia']) }, 'vendo', 'envío gratis', 'envio gratis',
      'envíos a todo', 'envios a todo', 'compra ya', 'cómpralo ya', 'pide ya', 'haz tu pedido', 'pedidos por dm', 'pedidos al', 'precio por dm',
      'precios por dm', 'precios al privado', 'info por dm', 'info al privado', 'interesados por privado', 'interesados al privado', 'interesados por inbox', 'interesados inbox', 'escríbeme al privado', 'escribeme al privado', 'inbox para precios',
      'mayoreo', 'al por mayor', 'venta por mayor', 'precio de mayoreo', 'clases particulares', 'precio por hora', 'suscríbete a mi canal',
      'suscribete a mi canal', 'mi canal de youtube', 'sígueme en instagram', 'sigueme en instagram', 'apoya mi canal', 'estamos contratando',
      'se busca personal', 'oferta de empleo', 'oferta de trabajo', 'trabaja desde casa',
      // "Hoy trabajo desde casa" is the day's news, not a job offer.
      { term: 'trabajo desde casa', unless: ['hoy trabajo desde casa', 'mañana trabajo desde casa', 'yo trabajo desde casa', 'también trabajo desde casa'] },
      'gana dinero', 'ganar dinero',
      'gana dinero desde casa', 'ingresos extra', 'ingresos pasivos', 'dinero fácil', 'dinero facil', 'busco trabajo', 'busco empleo',
      'necesito trabajo', 'busco chamba', 'contrátame', 'contratame', 'sorteo', 'sorteamos', 'rifa',
      'rifamos', 'giveaway', 'concurso', 'participa y gana', 'subasta', 'subastamos', 'donaciones', 'dona aquí', 'dona aqui', 'donen',
      'colecta', 'hagamos una vaquita', 'apóyame con', 'apoyame con',
      'usa mi código', 'usa mi codigo', 'mi link de referido',
      'catálogo', 'catalogo', 'hago envíos', 'hago envios', 'entregas a domicilio', 'delivery gratis',
      ...AD_PITCHES,
      ...MORE_ADS,
    ],
    fraud: [
      'este es mi número nuevo', 'se me rompió el móvil', 'hola mamá, se me rompió',
      'invierte 100', 'y recibe 1000',
      'soy del banco', 'confirmes tu clave', 'confirma tu clave',
      'préstame dinero', 'prestame dinero', 'préstame plata', 'prestame plata', 'préstame lana', 'prestame lana', 'me prestas dinero', 'me prestas plata',
      'me prestas lana', 'me puedes prestar', 'necesito dinero urgente', 'necesito plata urgente', 'necesito que me deposites', 'deposítame', 'depositame',
      'hazme una transferencia', 'hazme un bizum', 'mándame un bizum', 'mandame un bizum', 'te lo pago después', 'te lo pago despues',
      'inversión garantizada', 'inversion garantizada', 'ganancias garantizadas', 'ganancia garantizada', 'rentabilidad garantizada', 'rentabilidad diaria',
      'ganancias diarias', 'duplica tu dinero', 'multiplica tu dinero', 'invierte en bitcoin', 'invierte en cripto', 'invertir en criptomonedas',
      'plataforma de inversión', 'plataforma de inversion', 'señales de trading', 'senales de trading', 'trading de forex', 'soy del equipo de hellotalk',
      'equipo de hellotalk', 'soporte de hellotalk', 'soporte técnico de hellotalk', 'soy el administrador', 'soy moderador oficial',
      'tarjeta de regalo', 'tarjetas de regalo', 'tarjeta de google play', 'tarjeta de itunes', 'tarjeta steam', 'pagar la aduana', 'tasa de aduana',
      'impuesto de aduana', 'paquete retenido en aduana', 'tu paquete está retenido', 'tu paquete esta retenido', 'pagar la comisión', 'pagar la comision',
      'herencia millonaria', 'soy soldado', 'soy militar en', 'misión de paz', 'mision de paz', 'plataforma petrolera', 'billetera cripto',
      'frase semilla', 'frase de recuperación', 'frase de recuperacion', 'clave privada', 'minería en la nube', 'mineria en la nube', 'usdt',
      'estoy varado en el aeropuerto', 'pagar mi visa', 'pagar mi boleto', 'para el hospital de mi madre',
      'para el hospital de mi mamá', 'para la operación de mi madre', 'para la operación de mi mamá', 'invierte conmigo', 'invierta conmigo',
      'inviertan conmigo', 'invertir conmigo', 'invierte con nosotros', 'te enseño a invertir', 'te enseno a invertir', 'te ayudo a invertir',
      'te enseño a ganar dinero', 'te enseno a ganar dinero', 'retorno garantizado', 'rendimiento garantizado', 'rendimientos garantizados',
      'ganancias aseguradas', 'ganancia asegurada', 'inversión sin riesgo', 'inversion sin riesgo', 'duplica tu inversión', 'duplica tu inversion',
      'duplicar tu inversión', 'duplicar tu inversion', 'triplica tu dinero', 'ganancias de hasta', 'ganancias semanales', 'trading de criptomonedas',
      'opciones binarias',
      'plataforma de trading', 'mi mentor de trading', 'mi mentora de trading', 'deposita en la plataforma', 'soy moderador de hellotalk',
      'moderador de hellotalk', 'administrador de hellotalk', 'servicio técnico de hellotalk', 'servicio tecnico de hellotalk',
      'equipo de seguridad de hellotalk', 'soy del equipo de seguridad', 'cuenta oficial de hellotalk', 'hellotalk oficial', 'staff de hellotalk',
      'personal de hellotalk', 'soy del soporte', 'soporte oficial', 'te llamo del banco', 'te escribo del banco', 'le escribimos del banco',
      ...pairs(
        ['ayúdame con', 'ayudame con', 'me ayudas con', 'me ayudes con', 'ayudarme con', 'me puedes ayudar con'],
        ['algo de dinero', 'un poco de dinero', 'algo de plata', 'un poco de plata', 'dinero', 'plata', 'lana'],
      ),
      ...FRAUD_STORIES,
      ...MORE_FRAUD,
    ],
    dating: [
      'busca caballero', 'busco caballero',
      'busco novia', 'busco novio', languagePartner('busco pareja'), 'busco esposa', 'busco esposo', 'busco marido', languagePartner('busco mujer'),
      languagePartner('busco hombre'), languagePartner('busco chica'), languagePartner('busco chico'), languagePartner('busco una chica'),
      languagePartner('busco un chico'), 'busco mi media naranja', 'busco el amor', 'busco amor', 'busco relación seria',
      'busco relacion seria', 'busco algo serio', 'busco ligue', 'busco rollo', 'busco algo casual', 'busco sexo', 'soltera busca', 'soltero busca',
      'soltera buscando', 'soltero buscando', 'quieres ser mi novia', 'quieres ser mi novio', 'sé mi novia', 'se mi novia', 'sé mi novio',
      'se mi novio', 'quieres casarte conmigo', 'cásate conmigo', 'casate conmigo', 'amigos con derechos', 'amigos con beneficios', 'follamigos',
      // "Se conocieron en una cita a ciegas" tells a story.
      'follamiga', 'rollo de una noche', 'aventura de una noche', { term: 'cita a ciegas', unless: ['en una cita a ciegas'] }, 'busco sugar', 'sugar daddy',
      'sugar baby', 'scort', 'escort',
      'escorts', 'damas de compañía', 'dama de compañía', 'chicas solteras', 'mujeres solteras', 'solteras cerca de ti', 'citas', 'ligar',
      ...DATING_ADS,
      ...MORE_DATING,
    ],
    drugs: [
      // Selling weed and coke in Latin American slang, and the discreet delivery that goes with it.
      'maría de la buena', 'maria de la buena', 'mota de la buena', 'hierba de la buena', 'tengo perico', 'entrega discreta', 'envío discreto', 'envio discreto', 'envíos discretos',
      'marihuana', 'mariguana', 'marijuana', { term: 'mota', unless: ['mota de polvo', 'una mota de'] }, 'porro', 'porros', 'canuto', 'canutos', 'fumar hierba',
      'fumar mota', 'fumar porro', 'fumarnos un porro', 'fumando mota', 'fumado', 'fumada', 'hachís', 'hachis',
      'cocaína', 'cocaina', 'farlopa', 'merca', 'raya de coca', 'unas rayas', 'tirar una raya', 'meterse una raya', 'esnifar', 'pase de coca',
      'éxtasis', 'extasis', 'tachas', 'tacha', 'mdma', 'metanfetamina', 'cristal meth', 'heroína', 'heroina', 'ketamina',
      unlessBefore(['lachs', 'salmon'])('keta'), 'tusi', 'tussi', 'popper', 'poppers', 'hongos alucinógenos', 'hongos alucinogenos', 'ácido lsd', 'drogarse', 'drogarnos', 'drogado',
      'drogada', 'drogadicto', 'vendo droga', 'vendo mota', 'camello de', 'narcomenudeo', 'piedra de crack',
      'viaje de ácido', 'fentanilo', 'xanax', 'rivotril',
      ...DRUG_DEALS,
      ...MORE_DRUGS,
    ],
    alcohol: [
      // Drinking games and drinking till one drops.
      'chupitos toda la noche', 'botella tras botella', 'hasta perder el conocimiento', 'fondo blanco', 'juego de beber', 'juego para beber', 'hasta el culo de borrachos',
      'cerveza', 'cervezas', 'cheve', 'cheves', 'chela', 'chelas', 'birra', 'birras', 'unas cañas', 'tomar cañas', 'una caña', 'litrona', 'litronas',
      { term: 'vino tinto', unless: ['vinagre de vino tinto'] }, { term: 'vino blanco', unless: ['vinagre de vino blanco'] }, 'copa de vino', 'copas de vino', 'botella de vino', 'tomar vino', 'tequila', 'tequilas', 'mezcal', 'pisco',
      'piscola', 'fernet', 'fernet con coca', 'vodka', 'whisky', 'güisqui', 'ron con cola', 'botella de ron', 'cubata', 'cubatas', 'calimocho',
      'kalimotxo', 'sangría', 'sangria', 'cava', 'aguardiente', 'guaro', 'pulque', 'borracho', unlessAfter(['a', 'uma', 'da', 'na', 'essa', 'minha', 'tua', 'sua'])('borracha'), 'borrachos', 'borrachera',
      'emborracharme', 'emborracharnos', 'emborracharse', 'pedo de borracho', 'bien pedo', 'bien pedos', 'peda', 'pedota', 'chupar hasta',
      'ponernos pedos', 'resaca', 'resacón', 'botellón', 'botellon', 'jarra de cerveza', 'chupitos', 'chupito', 'shots de tequila',
      'ebrio', 'ebria', 'tengo guayabo', 'enguayabado', 'meterse perico', 'caguama', 'caguamas', 'bebida alcohólica', 'bebidas alcohólicas', 'tomar alcohol', 'bebiendo alcohol',
      ...DRINKING,
      ...MORE_DRINKING,
    ],
    threat: [
      'te rajo la cara', 'te reviento la cara',
      'te voy a meter un balazo', 'meterte un balazo', 'pegarte un tiro',
      ...['te voy a matar', 'te vamos a matar', 'voy a matarte', 'vamos a matarte', 'te mato'].map(mockThreat), 'te mataré', 'te matare', 'te matamos',
      'te voy a partir la cara',
      'te parto la cara', 'te rompo la cara', 'te voy a romper la cara', 'te voy a reventar', 'te reviento', 'te voy a romper las piernas',
      'te voy a apuñalar', 'te apuñalo', 'te pego un tiro', 'te meto un tiro', 'te meto un balazo', 'te voy a pegar un tiro', 'te voy a dar un balazo',
      'te voy a quemar', 'quemo tu casa', 'te quemo la casa', 'date por muerto',
      // "Estás muerto de sueño", "vas a morir de risa con este video": hyperbole.
      ...['estás muerto', 'estas muerto', 'estás muerta', 'estas muerta'].map((term) => hyperbole(term)),
      // "Te vas a morir cuando te cuente lo que pasó": of surprise.
      ...['te vas a morir', 'vas a morir'].map((term) => hyperbole(term, withPlain(['cuando te cuente', 'cuando lo veas', 'cuando veas', 'cuando sepas',
        'cuando te enteres', 'cuando lo pruebes']))),
      'date por muerta', 'eres hombre muerto', 'cuídate la espalda', 'cuidate la espalda', 'te voy a degollar',
      'te corto el cuello', 'te voy a cortar el cuello', 'te voy a desaparecer', 'te voy a dar una paliza', 'te cago a palos', 'te voy a cagar a palos',
      'te voy a violar', 'voy a poner una bomba', 'voy a poner una bomba en', 'voy a disparar en la escuela', 'voy a hacer un tiroteo',
      ...THREAT_CONSEQUENCES,
      ...MORE_THREATS,
    ].map(overGames),
    gore: [
      // A throat cut, told of someone.
      'le cortaron el cuello', 'le cortaron la garganta', 'le rebanaron el cuello', 'degollaron',
      'se le ve el cerebro', 'sesos en el asfalto',
      'decapitado', 'decapitada', 'decapitados', 'decapitación', 'decapitacion', 'desmembrado', 'desmembrada', 'descuartizado', 'descuartizada',
      'descuartizados', 'mutilado', 'mutilada', 'mutilados', 'mutilación', 'degollado', 'degollada', 'tripas fuera',
      'sesos por el suelo', 'video de decapitación', 'video de decapitacion', 'video de ejecución', 'cadáveres mutilados', 'cadaveres mutilados',
      'cuerpo destrozado', 'cuerpos destrozados', 'cadáver putrefacto', 'video gore', 'fotos gore',
      'sesos por todos lados', 'sesos por todas partes', 'tripas por todos lados', 'le volaron la cabeza', 'le volaron los sesos',
      'le reventaron la cabeza', 'le cortaron la cabeza', 'cabeza reventada', 'se le salían las tripas', 'se le salian las tripas', 'tripas por fuera',
      ...MORE_GORE,
    ],
    'self-harm': [
      // Cutting again, and the note already written.
      'cortarme los brazos', 'me corto los brazos',
      // Cutting told as a habit back again, on the arms or legs.
      ...withPlain(['me corto los brazos', 'me corté los brazos']),
      ...['me tomé todas las pastillas', 'me tome todas las pastillas'].map(prescribed), 'ya me tomé las pastillas', 'ya me tome las pastillas',
      // Not hair nor the kitchen knife: "me volví a cortar el pelo", "me corté de nuevo con el cuchillo".
      ...['me voy a cortar otra vez', 'me volví a cortar', 'me volvi a cortar', 'me vuelvo a cortar', 'cortarme otra vez', 'cortarme de nuevo', 'me corté de nuevo', 'me corte de nuevo']
        .map(unlessBefore(NOT_SELF_CUT)),
      // Hyperbole is no wish to die: "me quiero morir de risa", "me voy a matar estudiando", "me voy a suicidar de aburrimiento".
      ...['me quiero morir', 'quiero morirme', 'me quiero matar', 'quiero matarme', 'suicidarme', 'me voy a suicidar', 'me quiero suicidar', 'quiero suicidarme']
        .map((term) => hyperbole(term, KILLING_ONESELF_AT)),
      hyperbole('quiero morir', ['en paz', 'de viejo', 'de vieja', 'de viejito', 'de viejita', 'de anciano', 'de anciana']),
      ...['me voy a matar', 'voy a matarme'].map((term) => hyperbole(term, KILLING_ONESELF_AT)), 'pienso en matarme',
      // Suicide as a topic is no plan: "la prevención del suicidio", "el suicidio es un tema tabú".
      { term: 'suicidio', unless: withPlain(['prevención del suicidio', 'prevención de suicidio', 'tema del suicidio', 'el suicidio es un tema', 'sobre el suicidio',
        'tasa de suicidio', 'tasas de suicidio', 'tasa de suicidios', 'día mundial para la prevención del suicidio']) },
      'pensamientos suicidas', 'cortarme las venas',
      'me corto los brazos', 'me sigo cortando', ...['quiero cortarme', 'me corté otra vez', 'me corte otra vez'].map(unlessBefore(NOT_SELF_CUT)), 'autolesión', 'autolesion',
      ...withPlain(['no tengo ganas de vivir', 'ya no tengo ganas de vivir', 'quiero dejar de vivir', 'no quiero seguir viva', 'no quiero seguir vivo']),
      'autolesionarme', 'no quiero vivir', 'no quiero seguir viviendo', 'ya no quiero vivir', 'quitarme la vida', 'acabar con mi vida',
      'terminar con mi vida', 'ojalá estuviera muerto', 'ojala estuviera muerto', 'ojalá estuviera muerta', 'ojala estuviera muerta',
      'prefiero estar muerto', 'prefiero estar muerta', 'tirarme del puente', 'tirarme de un edificio', 'tirarme a las vías', 'ahorcarme', 'sobredosis de pastillas',
      'tomarme todas las pastillas', 'no vale la pena vivir',
      // Not waking up wished for good, with "más", "nunca" or "volver a": "no quiero despertar mañana, es lunes" is a joke about work.
      ...withPlain([...pairs(['no quiero', 'ya no quiero', 'no quisiera', 'quisiera no', 'me gustaría no', 'ojalá no'], ['despertar más', 'despertarme más',
        'despertar nunca más', 'despertarme nunca más', 'volver a despertar', 'volver a despertarme', 'despertar jamás', 'despertarme jamás']),
        'ojalá no despierte más', 'ojalá no vuelva a despertar', 'ojalá no me despierte más', 'ojalá no despierte nunca más', 'ojalá mañana no despierte',
        'ya no quiero despertar', 'ya no quiero despertarme', 'no quiero despertar nunca', 'no quiero despertarme nunca']).map(unlessBefore(WAKE_LATER)),
      // Tired of living, and the wish typed with k ("kiero morir").
      // Where or how one lives is no wish to die: "cansada de vivir en esta ciudad", "harto de vivir con mis padres".
      ...withPlain(['cansada de vivir', 'cansado de vivir', 'harta de vivir', 'harto de vivir', 'me cansé de vivir', 'cansada de estar viva', 'cansado de estar vivo'])
        .map(unlessBefore(withPlain(['en', 'aquí', 'acá', 'allí', 'así', 'con', 'de', 'sin', 'solo', 'sola', 'lejos', 'para', 'pa', 'al', 'a', 'en esta', 'bajo', 'entre']))),
      ...['me kiero morir', 'kiero morir', 'kiero morirme', 'me qiero morir'].map((term) => hyperbole(term, KILLING_ONESELF_AT)),
      // Learners mix English in: "I really want morir", "I don't want estar aquí más".
      ...pairs(['want', 'wanna', 'want to'], ['morir', 'morirme']).map((term) => hyperbole(term, KILLING_ONESELF_AT)),
      ...withPlain(pairs(["don't want", 'dont want', "don't wanna", 'dont wanna', 'do not want'], ['vivir', 'vivir más', 'seguir viviendo', 'estar aquí más',
        'estar viva', 'estar vivo', 'existir']))
        .map(unlessBefore(withPlain(['en', 'aquí', 'acá', 'así', 'con', 'de', 'sin', 'solo', 'sola', 'lejos', 'para', 'al', 'a', 'en esta', 'en este']))),
      // Cutting told again, in the perfect and with typos (not hair nor the kitchen knife: "me he vuelto a cortar el flequillo").
      ...withPlain(['me he vuelto a cortar', 'me he cortado otra vez', 'me he cortado de nuevo', 'volví a cortarme', 'me corté otra ves',
        'me volví a autolesionar', 'volví a autolesionarme', 'me autolesioné otra vez', 'me autolesioné de nuevo', 'me he vuelto a autolesionar', 'recaí y me corté'])
        .map(unlessBefore(NOT_SELF_CUT)),
      ...SELF_HARM_PLANS,
      ...MORE_SELF_HARM,
    ],
    hate: [
      'hitler tenía razón', 'hitler tenia razon',
      'sudaca', 'sudacas', 'maricón', 'maricon', 'maricones', 'marikon', 'mariconazo', 'maricona', 'maricón de mierda', 'maraco', 'maraca culiá',
      'joto', 'jotos', 'puto gay', 'sarasa', 'mayate', 'machorra', 'tortillera', 'bollera', 'travelo', 'sidoso', 'sidosa', 'negro de mierda',
      'negra de mierda', 'negros de mierda', 'indio de mierda', 'india de mierda', 'moro de mierda', 'moros de mierda', 'moro asqueroso',
      'chino de mierda', 'chinos de mierda', 'judío de mierda', 'judio de mierda', 'panchito', 'panchitos', 'sudaca de mierda', 'gitano de mierda',
      'gitanos de mierda', 'negrata', 'negratas', 'chinito de mierda', 'veneco', 'venecos', 'indio patarrajada', 'cholo de mierda',
      'moraco', 'moracos', 'moromierda', 'veneca', 'marimacha', 'marimacho', 'feminazi', 'feminazis',
      'vete a tu país', 'vete a tu pais', 'vuelve a tu país', 'vuelve a tu pais', 'regrésate a tu país', 'regresate a tu pais', 'fuera inmigrantes',
      'muerte a los judíos', 'muerte a los judios', 'heil hitler', 'sieg heil', 'raza inferior', 'limpieza étnica', 'limpieza etnica',
      ...groupHate,
      ...MORE_HATE,
    ],
    sensitive: [
      // A country called a terrorist state, or to be wiped off the map.
      'estado terrorista', 'borrarlo del mapa', 'borrar del mapa a',
      'fuera sánchez',
      'aborto', 'abortar', 'pro vida', 'provida', 'independencia de cataluña', 'independencia de cataluna', 'el procés', 'franquismo', 'franquista',
      { term: 'dictadura', unless: ['sobre la dictadura'] }, 'dictador', 'golpe de estado', 'chavismo', 'chavista', 'kirchnerismo', 'peronismo', 'las malvinas son', 'narcoestado',
      'dios no existe', 'la religión es', 'la religion es', 'el islam es', 'la iglesia es', 'los curas son', 'los judíos son', 'los judios son',
      'los musulmanes son', 'israel y palestina', 'genocidio en gaza', 'pena de muerte', 'fascista', 'fascistas', 'rojos de mierda',
      'comunistas de mierda', 'nazi', 'nazis', 'holocausto', 'el holocausto no', 'supremacía blanca', 'muro de trump', 'amlo', 'bukele', 'milei',
      'los políticos son', 'presos políticos', 'presos politicos', 'elecciones amañadas', 'fraude electoral',
      'viva franco', 'arriba españa', 'palestina libre', 'puigdemont', 'pedro sánchez', 'perro sanxe', 'el régimen de maduro', 'el regimen de maduro',
      'sheinbaum', 'la cuarta transformación', 'acepta a jesús', 'acepta a jesus', 'acepta a cristo', 'israel es un estado genocida',
      ...MORE_SENSITIVE,
    ],
    // A group on its own is talk ("mis amigos colombianos"); next to contempt in one sentence it is an attack on the group.
    group: GROUP,
    negative: [...HATE_LIKENESS, 
      'son todos unos ladrones', 'no deberían dejarlos entrar',
      'son unos monos', 'son monos', 'son unos simios', 'son simios',
...CONTEMPT.map(notDenied), DISGUST, ...HATE_AT, ...ALL_OF_THEM, ...GROUP_SLANDER, ...AIMED_CONTEMPT, ...MORE_SLANDER, ...MORE_AIMED],
    app: [...APPS, 'whatsap', 'guasa', 'watsap', 'wasa', 'telegrama', 'tiktok', 'tik tok', 'messenger', 'el insta', 'el face', 'el wsp', 'el whats',
      // Short names after a preposition or possessive: a bare 'face' or 'tg' is English or French ('show me your face', 'ta gueule').
      ...pairs(['al', 'por', 'mi', 'tu'], ['face', 'fb', 'whats', 'tg', 'ig']),
      // LINE and other apps named with a possessive or preposition: a bare 'line' is English.
      ...pairs(['mi', 'tu', 'por', 'al', 'el'], ['line', 'kakao', 'wechat', 'signal', 'viber', 'skype'])],
    contact: [
      ...contactNumberWords(['número', 'numero', 'num', 'tu número', 'tu numero']), 'teléfono', 'telefono', 'tel', 'cel', 'celular', 'móvil', 'movil', 'correo',       'correo electrónico', 'correo electronico', 'usuario', 'tu usuario', 'perfil', 'contacto', 'dirección', 'direccion', 'redes', 'tus redes',
      'redes sociales', 'arroba', 'cuenta de insta', 'celu', 'tu celu', 'tu cel', 'número de celu', 'numero de celu', 'tu whats', 'tu contacto',
    ],
    picture: [
      'foto', 'fotos', 'fotito', 'fotitos', 'fotico', 'foticos', 'selfie', 'selfies', 'video', 'vídeo', 'videos', 'vídeos', 'videollamada',
      'imagen', 'imágenes', 'imagenes', 'pack', 'cam', 'cámara', 'camara',
      // "Una foto de tu cara", "fotos tuyas": the picture word carries the person, as a possessive after it otherwise names a thing of the reader's.
      ...pairs(['foto', 'fotos', 'fotito', 'fotitos', 'selfie', 'video', 'vídeo', 'videito', 'videitos'], ['de tu cara', 'de tu rostro', 'de ti', 'tuya', 'tuyas', 'tuyo', 'tuyos',
        'de tu cuerpo', 'de cuerpo entero']),
      'videito', 'videitos',
    ],
    body: [
      // Undressed without a body word: just a towel, fresh out of the shower, in underwear.
      ...withPlain(['solo con la toalla', 'con la toalla puesta', 'en toalla']),
      'tetas', 'tetitas', 'tetotas', 'chichis', 'pechos', 'pecho', 'senos', 'pezones', 'culo', 'culito', 'trasero', 'nalgas', 'pompis', 'cola',
      'piernas', 'muslos', 'pies', 'cuerpo', 'cuerpo entero', 'ropa interior', 'bragas', 'calzones', 'tanga', 'sujetador', 'brasier', 'bikini',
      'lencería', 'lenceria', 'desnuda', 'desnudo', 'sin ropa', 'en la ducha', 'verga', 'polla', 'pene', 'pito', 'vagina', 'concha',
      'coño', 'escote', 'abdomen',
    ],
    request: [
      // A picture asked for as something to do: "do a mirror selfie for me".
      ...withPlain(['hazte una foto', 'hazme una foto', 'tómate una foto', 'sácate una foto']),
      'mándame', 'mandame', 'mándamelo', 'envíame', 'enviame', 'pásame', 'pasame', 'pásamelo', 'pasa tu', 'pasa el', 'dame', 'dame tu', 'dame el',
      'agrégame', 'agregame', 'agrégame al', 'agregame al', 'añádeme', 'añademe', 'anademe', 'agrégame en', 'agregame en', 'escríbeme al',
      'escribeme al', 'escríbeme por', 'escribeme por', 'háblame al', 'hablame al', 'háblame por', 'hablame por', 'llámame', 'llamame',
      'enséñame', 'ensename', 'enseñame', 'muéstrame', 'muestrame', 'déjame ver', 'dejame ver', 'cuál es tu',
      'cual es tu', 'me das tu', 'me pasas tu', 'me pasás tu', 'me mandas', 'me envías', 'me envias', 'me pasas', 'me regalas tu', 'préstame',
      'prestame', 'me prestas', 'deposítame', 'depositame', 'transfiéreme', 'transfiereme', 'sígueme en', 'sigueme en', 'búscame en', 'buscame en',
      'me puedes prestar', 'me puedes mandar', 'me puedes enviar', 'me puedes depositar', 'me puedes transferir', 'me podrías prestar',
      'me podrias prestar', 'me podrías mandar', 'me podrias mandar', 'me podés prestar', 'me podes prestar', 'me prestás', 'puedes prestarme',
      'podrías prestarme', 'podrias prestarme', 'puedes mandarme', 'puedes enviarme', 'puedes transferirme', 'puedes depositarme', 'me transfieres',
      'me transfiere', 'me depositas', 'me deposita', 'me envía', 'me envia', 'me regalas', 'regálame', 'regalame',
      // Asked of the reader, not of everyone ("¿alguien usa Telegram?", "¿quién tiene LINE aquí?").
      ...[...APPS, 'ig', 'face', 'tg'].flatMap((app) => [`tienes ${app}`, `tenés ${app}`, `tenes ${app}`, `tiene ${app}`, `usas ${app}`]).map(unlessAfter(NOT_THE_READER)),
      // Subjunctive and voseo asks: "necesito que me mandes plata", "me podés hacer una transferencia", "escribime al whats".
      'me haces', 'me hacés', 'me podes hacer', 'me podés hacer', 'me puedes hacer', 'me podrías hacer', 'me podrias hacer', 'hazme', 'haceme', 'me mandes',
      'me mandás', 'me envíes', 'me envies', 'me deposites', 'me depositás', 'me transfieras', 'me prestes', 'me prestés', 'me pases', 'me pasás',
      'ayúdame con', 'ayudame con', 'me ayudas con', 'me ayudás con', 'me ayudes con', 'necesito que me', 'escribime', 'escribime al', 'escribime por',
      'seguime en',
      // Plural and bare imperatives: "escríbanme por wsp", "manda foto".
      'escríbanme', 'escribanme', 'escríbeme', 'escribeme', 'háblame', 'hablame', 'háblenme', 'hablenme', 'agréguenme', 'agreguenme', 'mándenme', 'mandenme',
      'llámenme', 'llamenme', 'pasa tu', 'pasen su',
      // "Manda foto", but not what someone else sends ("mi padre me manda 200 euros", Italian "mi manda").
      ...['manda', 'mande', 'manden', 'envía', 'envia'].map((term) => ({
        term, unless: ['mi', 'me', 'le', 'nos', 'te', 'se', 'lo', 'la', 'les', 'ti', 'ci', 'gli', 'che', 'si'].map((who) => `${who} ${term}`),
      })),
      'mostrame', 'añadime', 'agregame a', 'agrégame a', 'mándame unos', 'mandame unos', 'pasame unos', 'pásame unos',
    ],
    // Costs friends split: a money request beside one is settling up ("pásame los 10 euros de la cena").
    subject: ['eso', 'esto', 'él', 'ella', 'ellos', 'ellas'],
    // An investment scam's promise: a stake and a payout at least twice as large (lexicons/types.ts).
    stake: ['invierte', 'invertir', 'inviertes', 'inviertan', 'deposita', 'depositar', 'depositas', 'recarga', 'recargar', 'mete', 'metes', 'transfiere', 'transfieres'],
    payout: ['recibe', 'recibes', 'recibirás', 'recibiras', 'gana', 'ganas', 'ganarás', 'ganaras', 'ganar', 'obtén', 'obten', 'obtienes', 'saca', 'sacas', 'retira', 'retiras', 'te llevas', 'cobra', 'cobras', 'te devuelvo', 'devuelvo', 'tendrás', 'tendras'],
    growth: ['se convirtieron en', 'se convierten en', 'se convirtió en', 'convirtió', 'se volvieron', 'pasó de', 'pasaron de'],
    measure: ['minuto', 'minutos', 'hora', 'horas', 'día', 'días', 'dia', 'dias', 'semana', 'semanas', 'mes', 'meses', 'año', 'años', 'gb', 'megas', 'gigas', 'puntos', 'likes', 'seguidores'],
    // Someone else named as the lender, with a modal or a verb of theirs, right before a lending verb: "my sister can lend me 50"
    // asks the reader for nothing. A name alone may be the reader addressed ("my friend lend me 500").
    lender: pairs(['mi hermana', 'mi hermano', 'mi mamá', 'mi mama', 'mi madre', 'mi papá', 'mi papa', 'mi padre', 'mis padres', 'mi amigo', 'mi amiga', 'mi novio', 'mi novia', 'mi tía', 'mi tia', 'mi tío', 'mi tio', 'mi primo', 'mi prima', 'mi abuela', 'mi abuelo', 'mi jefe', 'el banco'], ['puede', 'podría', 'podria', 'va a', 'me puede', 'me podría', 'me podria', 'me va a', 'me presta', 'me prestará', 'me prestara', 'dice que me puede', 'dijo que me puede']),
    lend: ['préstame', 'me prestas', 'me puedes prestar', 'me podrías prestar', 'prestame', 'transfiéreme', 'hazme una transferencia de', 'préstenme'],
    expense: [
      'la cuenta', 'a medias', 'pagar a medias', 'dividir la cuenta', 'dividimos', 'tu parte', 'mi parte', 'la mitad', 'lo que te toca', 'lo que me toca',
      'cada uno', 'pizza', 'la cena', 'de la cena', 'el almuerzo', 'la comida de ayer', 'las cervezas', 'las birras', 'los cafés', 'las copas', 'el súper', 'el super',
      'del cine', 'las entradas', 'la entrada', 'el taxi', 'el uber', 'la gasolina', 'la nafta', 'la vaquita', 'el asado', 'las pizzas', 'la propina',
      'el regalo de',
      // Money owed back is no ask: "pásame los 20 que me debes", "te devuelvo lo que te presté".
      'me debes', 'te debo', 'lo que me debes', 'lo que te debo', 'que te presté', 'que te preste', 'me devuelvas', 'me devuelves',
    ],
    // Right before a threat or self-harm phrase, denies it: "no te voy a matar", "nunca te haría daño".
    negation: [
      'no', 'nunca', 'jamás', 'jamas', 'ni loco', 'ni loca', 'nunca jamás', 'tampoco', 'ni de broma', 'ni en broma', 'no pienso', 'no quiero', 'no pretendo',
      // Denied contempt: the you-word stands between "no" and the word ("no eres tonta", "no sos nada fea").
      ...pairs(['no eres', 'no sos', 'no estás', 'no estas', 'no te ves', 'no pareces'], ['', 'tan', 'muy', 'nada']).map((term) => term.trim()),
    ],
    money: [
      'varos',
      'dinero', 'plata', 'lana', 'guita', 'pesos', 'euros', 'dólares', 'dolares', 'dolaritos', 'transferencia', 'bizum', 'depósito',
      'deposito', 'nequi', 'daviplata', 'yape', 'mercado pago', 'oxxo', 'tarjeta de crédito', 'tarjeta de credito',
      'criptomonedas', 'cripto', 'bitcoin', 'préstamo', 'prestamo', 'una ayudita', 'recarga',
      'soles', 'bolívares', 'bolivares', 'quetzales', 'lempiras', 'colones', 'en efectivo', 'paypal', 'western union', 'zelle', 'binance',
      'pesitos', 'dinerito', 'platita', 'lanita', 'pavos', 'usd', 'dls', 'dlls', 'transferencia bancaria',
      // Thousands of pesos in Argentina and Chile; Lucas is also a name ("pasame a Lucas").
      { term: 'lucas', unless: ['a lucas', 'con lucas', 'y lucas', 'de lucas', 'para lucas'] }, 'lukas',
    ],
    account: ['cuenta bancaria', 'número de cuenta', 'numero de cuenta', 'datos bancarios', 'tu iban', 'el iban', 'tu clabe', 'tu cbu', 'tu cvu'],
    windfall: ['devolución pendiente', 'una devolución', 'su devolución', 'tu devolución', 'préstamo aprobado', 'préstamos aprobados', 'prestamo aprobado', 'prestamos aprobados', 'crédito aprobado', 'credito aprobado', 'premio', 'el premio', 'ganaste', 'has ganado', 'ha ganado', 'usted ganó', 'reembolso', 'tu reembolso', 'su reembolso', 'indemnización', 'indemnizacion', 'lotería', 'loteria', 'sorteo'],
    upfront: ['gastos de tramitación', 'gastos de gestión', 'gastos de liberación', 'gastos de aduana', 'tasa de tramitación', 'comisión de apertura', 'por adelantado', 'solo adelantas', 'abone', 'abonar los gastos', 'pagar los gastos', 'pagar la comisión'],
    guarantee: ['garantizado', 'garantizada', 'garantizados', 'sin riesgo'],
    multiply: ['duplica tu dinero', 'te lo duplica', 'el doble de tu dinero', 'tenés el doble', 'tienes el doble', 'diario garantizado', 'ganancias diarias', 'cada día te dan'],
    deal: ['oferta', 'ofertas', 'descuento', 'descuentos', 'promoción', 'promocion', 'promo', 'código de descuento', 'codigo de descuento', 'cupón', 'cupon', 'código promocional', 'codigo promocional', 'stock limitado'],
    purchase: ['compré', 'me compré', 'usé', 'use tu', 'me salió', 'me dieron', 'pillé', 'mis compras', 'se acabó', 'se acabaron', 'terminó', 'ya terminó'],
    payer: ['te transfiero', 'te hago la transferencia', 'te hago una transferencia', 'te hago un bizum', 'te paso la plata', 'te paso el dinero', 'para pagarte', 'para transferirte', 'te mando la plata', 'te mando el dinero', 'te deposito'],
    you: [
      'tú', 'tu', 'ti', 'te', 'vos', 'usted', 'ustedes', 'vosotros', 'contigo', 'eres', 'sos', 'tus', 'tuya', 'tuyas',
      // Said to the reader before a judgement: "cállate inútil", "te ves ridícula", "pareces idiota". Not "estas" (these).
      'cállate', 'callate', 'te ves', 'pareces', 'parecés', 'estás',
    ],
    your: ['tu', 'tus'],
    // Verbs that maim, in the forms a threat takes (first person, "te voy a"), for a body part of the reader's beside them
    // (see `limb`): "te voy a romper los dedos", "te parto la cara". "te rompiste el brazo" is an accident.
    maim: withPlain([
      'te rompo', 'te voy a romper', 'voy a romperte', 'romperte', 'rompo', 'te parto', 'te voy a partir', 'partirte', 'te reviento', 'te voy a reventar', 'reventarte', 'te corto', 'te voy a cortar', 'cortarte', 'te arranco', 'te voy a arrancar', 'arrancarte', 'arranco', 'te quiebro', 'quebrarte', 'quiebro',
      'te destrozo', 'destrozarte', 'te rajo', 'rajarte', 'te desfiguro', 'desfigurarte', 'te tumbo', 'tumbarte', 'te machaco', 'machacarte',
    ]),
    limb: withPlain([
      'barriga', 'panza',
      'dedos', 'dedo', 'mano', 'manos', 'brazo', 'brazos', 'pierna', 'piernas', 'patas', 'rodilla', 'rodillas', 'dientes', 'diente', 'muelas', 'mandíbula',
      'quijada', 'nariz', 'cara', 'jeta', 'hocico', 'boca', 'cuello', 'pescuezo', 'cráneo', 'huesos', 'costillas', 'cabeza', 'ojos', 'lengua', 'madre',
    ]),
    // Self-harm told as a plan: the means and the act, each harmless alone (see CUE_POLICY.cuePairs).
    pills: ['pastillas', 'pastis', 'medicamentos', 'medicinas', 'somníferos', 'somniferos', 'ansiolíticos', 'ansioliticos', 'calmantes', 'pastillas para dormir',
      // The medicines people name: over the counter, for sleep, for anxiety.
      'paracetamol', 'ibuprofeno', 'ibuprofenos', 'aspirinas', 'tylenol', 'clonazepam', 'rivotril', 'alprazolam', 'tafil', 'trankimazin', 'diazepam', 'valium',
      'lorazepam', 'orfidal', 'zolpidem', 'tramadol', 'antidepresivos'],
    overdose: ['me las tomo todas', 'me los tomo todos', 'tomármelas todas', 'tomarmelas todas', 'tomarme todas', 'tomarme todos', 'me tomo todas', 'me tomo todos', 'me trago todas', 'tragarme todas', 'toda la caja', 'el frasco entero', 'todo el frasco', 'todas de golpe', 'todas juntas'],
    leap: ['me voy a tirar', 'voy a tirarme', 'tirarme', 'me lanzo', 'me voy a lanzar', 'lanzarme', 'voy a saltar', 'me arrojo', 'arrojarme', 'me tiro del', 'me tiro de la', 'me tiro por la', 'me tiro desde'],
    height: [...withPlain(['puente', 'techo', 'tejado', 'azotea', 'balcón', 'ventana', 'edificio', 'acantilado', 'vías', 'andén', 'terraza', 'décimo piso'])],
    farewell: [...withPlain(['gracias por todo', 'adiós a todos', 'os quiero a todos', 'los quiero a todos', 'carta', 'cartas', 'despedida', 'nota de despedida', 'último mensaje', 'regalé', 'regale', 'dejé al perro', 'deje al perro', 'perdón por todo',
      'adiós para siempre', 'hasta siempre', 'este es mi último post', 'mi último post', 'mi última publicación', 'me despido de todos', 'gracias a todos por todo',
      'gracias a los que estuvieron', 'gracias a los q estuvieron', 'regalé mis cosas', 'cuiden a mi perro', 'cuiden a mi gato', 'cuiden de mi perro', 'cuiden de mi gato'])],
    relief: [...withPlain(['aguantarme más', 'tener que aguantarme', 'tener q aguantarme', 'ya no seré un problema', 'ya no van a tener que preocuparse', 'no tendrán que preocuparse más', 'ser una carga', 'seré una carga', 'mejor sin mí', 'mejor sin mi', 'librarse de mí', 'nadie me va a extrañar', 'nadie me va a extranar', 'nadie me extrañará', 'nadie me echará de menos',
      'más felices sin mí', 'estarán mejor sin mí', 'por fin descansarían', 'descansarían de mí', 'se van a librar de mí', 'se librarán de mí', 'nadie notará mi ausencia',
      'nadie va a notar mi ausencia', 'nadie se va a dar cuenta de que no estoy', 'ni se van a dar cuenta de que no estoy'])],
    // The speaker gone for good ("I won't wake up", "soon it won't hurt anymore"; not "I won't be here anymore", said when moving away, nor
    // "my last night" before a place): with pills, farewells or relief in the text, a plan (CUE_POLICY.cuePairs).
    vanish: ['no despertar nunca más', 'ya no va a doler', 'cuando yo ya no esté', 'cuando ya no esté', 'cuando ya no este', unlessBefore(['en', 'aquí', 'aqui', 'de', 'con', 'como'])('mi última noche'), unlessBefore(['en', 'aquí', 'aqui', 'de', 'con', 'como'])('mi ultima noche'), ...withPlain(['ya no los voy a necesitar', 'ya no las voy a necesitar', 'ya no me van a hacer falta', 'ya no estaré viva', 'ya no estaré vivo', 'no volveré a despertar', 'no voy a despertar más', 'esta noche se acaba todo', 'esta noche acabo con todo']),
      // Not waking as an aim or a wish; not a baby left asleep, suspicion unroused, nor sleep until Monday.
      ...withPlain(['para no despertar', 'pa no despertar', 'y no despertar', 'no volver a despertar', 'y no despertarme', 'para no despertarme', 'no despertar jamás']).map(unlessBefore(WAKE_SOMEONE)),
      // Impersonal, as a dose is asked about: "cuánto paracetamol hace falta para no despertarse".
      ...withPlain(['para no despertarse', 'pa no despertarse', 'y no despertarse', 'para no despertarse más', 'para ya no despertar', 'para no despertar más',
        'para no volver a despertarse', 'no volver a despertarse', 'y no despertarse nunca', 'para dormirse y no despertar', 'dormirse y no despertar'])
        .map(unlessBefore([...WAKE_SOMEONE, ...withPlain(['tan', 'cada', 'varias', 'durante', 'en mitad', 'a mitad', 'mil veces', 'de madrugada', 'con hambre'])]))],
    selfinjure: [...withPlain(['me arranco el pelo', 'arrancarme el pelo', 'no comí nada', 'no como nada', 'me hago vomitar', 'me provoco el vómito', 'vomitar a propósito', 'puñetazos a la pared', 'golpes a la pared', 'me muerdo los brazos', 'me quemé', 'me volví a quemar', 'quemarme', 'me quemo', 'el cigarro en el brazo', 'el cigarro en la muñeca', 'cabezazos contra', 'la cabeza contra la pared', 'golpearme', 'me golpeo', 'hasta sangrar', 'hasta hacerme sangre', 'me rasco', 'me rasqué', 'no merezco comer', 'matarme de hambre']),
      // Nails and lips are bitten out of habit: "me muerdo las uñas".
      ...withPlain(['me muerdo', 'me mordí']).map(unlessBefore(withPlain(['las uñas', 'el labio', 'los labios', 'la lengua', 'los padrastros', 'los pellejitos', 'las cutículas']))),
      // Cutting again (not hair: "me corté otra vez el flequillo").
      ...withPlain(['me corté otra vez', 'me volví a cortar', 'volví a cortarme', 'me corté de nuevo', 'me vuelvo a cortar', 'me estoy cortando otra vez']).map(unlessBefore(NOT_SELF_CUT))],
    deliberate: [{ term: 'a propósito', unless: ['no fue a propósito', 'no lo hice a propósito', 'no a propósito'] }, ...withPlain(['q me calma', 'que me calma', 'me lo merezco por', 'a posta', 'adrede', 'como castigo', 'para castigarme', 'me lo merezco', 'me lo merecía', 'lo único que me calma', 'lo único que me ayuda', 'para sentir algo',
      'más profundo esta vez', 'esta vez más profundo', 'más hondo esta vez', 'para que no vean los cortes', 'tapar los cortes', 'taparme los cortes', 'esconder los cortes',
      'manga larga para que no', 'mangas largas para que no', 'no puedo dejar de cortarme', 'no puedo parar de cortarme'])],
    // Not the ice cream or the party: "se acaba todo el helado", "todo termina bien", "termina todo a las 10".
    ending: [...['se acaba todo', 'acaba todo', 'todo se acaba', 'termina todo', 'todo termina', 'se termina todo']
      .map(unlessBefore(withPlain(['el', 'la', 'lo', 'los', 'las', 'bien', 'mal', 'en', 'a las', 'con', 'de', 'mañana a las', 'el viernes', 'el domingo']))),
      ...withPlain(['hoy acabo con todo', 'esta noche termino con todo', 'hoy termino con todo', 'mañana acabo con todo', 'aquí se acaba todo', 'esta noche es el final',
        'hoy es el final', 'hoy se acaba todo para mí', 'acabar con todo esta noche'])],
    dissuade: ['no intentes convencerme', 'no intentes detenerme'],
    // Everyone's forgiveness asked with a farewell (review: also a break-up), the speaker a burden with others freed of them, a
    // lethal dose asked about with the pills named (review: also a worried parent) (CUE_POLICY.cuePairs): self-harm.
    forgive: [...withPlain(['perdónenme', 'perdonadme', 'discúlpenme', 'perdón por todo']).map(unlessBefore(withPlain(['la', 'el', 'lo', 'los', 'las', 'si', 'que',
      'por la', 'por el', 'por los', 'por las', 'por lo', 'pero']))),
      // Not one thing regretted: "lo siento por todo lo que te dije".
      ...withPlain(['perdónenme por todo', 'perdóname por todo', 'lo siento por todo', 'disculpen por todo']).map(unlessBefore(withPlain(['lo que', 'lo q', 'el', 'la', 'los', 'las']))),
      ...withPlain(['les pido perdón', 'os pido perdón', 'pido perdón a todos', 'perdón a todos'])],
    // Said of everything, not of a kitchen or a game: "solo estorbo en la cocina".
    burden: [...withPlain(['soy una carga', 'solo soy una carga', 'soy un estorbo', 'solo soy un estorbo', 'solo estorbo', 'no hago más que estorbar', 'solo doy problemas',
      'solo causo problemas', 'solo traigo problemas', 'soy un lastre', 'solo soy un problema', 'lo arruino todo', 'todo lo arruino', 'solo molesto'])
      .map(unlessBefore(withPlain(['en', 'con', 'cuando', 'al', 'a la'])))],
    lethal: [...withPlain(['dosis letal', 'dosis mortal', 'cantidad letal', 'cantidad mortal', 'sobredosis mortal', 'para matarme', 'pa matarme', 'me mataría', 'me matarían',
      'para morirme', 'pa morirme']), ...withPlain(['para no despertar', 'pa no despertar', 'para no despertarse', 'pa no despertarse']).map(unlessBefore(WAKE_SOMEONE))],
    // What one hangs or suffocates oneself with (rope, charcoal, 練炭, 번개탄): with the speaker gone for good, a plan (CUE_POLICY.cuePairs); a letter is
    // too everyday a farewell for it ("bought charcoal for the barbecue and wrote to grandma").
    method: [...withPlain(['la cuerda', 'una cuerda', 'carbón vegetal', 'el carbón'])],
    // A code, PIN or card number and a verb asking to be told it, in one clause: fraud, as banks and couriers never ask (CUE_POLICY.cuePairs).
    secret: [...withPlain(['código de verificación', 'código de seguridad', 'el código que le llegó', 'el código que te llegó', 'código que le llegó', 'código que te llegó', 'código por sms', 'código del sms', 'código de 6 dígitos', 'clave de firma', 'clave sms', 'pin de la tarjeta', 'el pin', 'su pin', 'tu pin', 'cvv', 'cvc', 'número de tarjeta', 'numero de la tarjeta', 'datos de su tarjeta', 'datos de tu tarjeta', 'datos de la tarjeta', 'contraseña del banco', 'clave del banco'])],
    divulge: [...withPlain(['necesitamos', 'requerimos', 'proporciónenos', 'facilítenos', 'dígame', 'díganos', 'dinos', 'dicte', 'dícteme', 'díctame', 'díctenos', 'dictar', 'dictarnos', 'me dictas', 'nos puede dictar', 'indíquenos', 'indíqueme', 'indícanos', 'pásanos', 'envíeme', 'envíenos', 'mándame', 'mándanos', 'responda con', 'responde con', 'facilítenos', 'confirme', 'confírmenos', 'introduzca', 'ingrese', 'proporcione'])],
    // Advice against scams: in its sentence a code or a money ask is warned of, not asked for (CUE_POLICY.retractions).
    warning: [...withPlain(['nunca pide', 'nunca piden', 'nunca te pedirá', 'nunca le pedirá', 'nunca compartas', 'nunca des', 'no compartas', 'jamás pide', 'cuidado con', 'ojo con']), 'es estafa verdad', 'es una estafa verdad', 'es estafa no'],
    // Not drinking: alcohol in its sentence is no drinking promoted (CUE_POLICY.retractions).
    // The reader told the speaker themselves: knowing where they live or work is then no stalking (CUE_POLICY.retractions).
    toldme: ['me lo contaste', 'me lo dijiste', 'me contaste'],
    // Politics said with heat (CUE_POLICY.cuePairs): those who govern, called criminals or traitors, or a call to rise against them.
    polity: ['gobierno', 'presidente', 'congreso', 'parlamento', 'elecciones', 'políticos', 'politicos', 'ministros'],
    vilify: ['banda de ladrones', 'mafia', 'son unos ladrones', 'son ladrones', 'traidores', 'son criminales', 'corruptos', 'asesinos', 'son unos mentirosos', 'fraude electoral', 'amañadas', 'títeres', 'terroristas', 'fascistas', 'tiene que caer'],
    uprising: ['todos a la calle', 'salgamos a la calle', 'salgan a la calle', 'derrocar', 'revolución ya', 'levantémonos'],
    // A threat meant: where it will be done, 'wait and see', 'not joking'. A laugh beside them is no banter (CUE_POLICY.jest). Not a
    // time alone, which game banter names as often.
    menace: ['no es broma', 'no estoy bromeando', 'va en serio', 'lo digo en serio', 'a la salida', 'espérame', 'esperame', 'ya verás', 'ya veras', 'cuídate la espalda', 'cuidate la espalda', 'cuando te vea', 'cuando te encuentre', 'en tu casa', 'afuera de tu', 'fuera de tu'],
    // Laughing or joking: a threat said with it is banter (CUE_POLICY.jest).
    jest: [{ term: 'es broma', unless: ['que es broma', 'que es una broma', 'no es broma', 'no es ninguna broma'] }, { term: 'es una broma', unless: ['que es una broma', 'no es una broma'] }, 'era broma', { term: 'bromeando', unless: ['no estoy bromeando', 'no estoy de broma'] }, 'es coña', 'es joda'],
    // A veiled threat: accidents happen, said to someone told to keep talking like that (CUE_POLICY.cuePairs).
    accident: ['los accidentes pasan', 'los accidentes ocurren', 'un accidente lo tiene cualquiera'],
    goad: ['sigue hablando así', 'sigue hablando asi', 'cuídate las espaldas'],
    // Cooking: wine or beer in a recipe is no drinking promoted (CUE_POLICY.retractions).
    cooking: ['desglasar', 'desglasa', 'marinar', 'marinado', 'adobo', 'receta', 'guiso', 'estofado', 'sofrito', 'cucharada', 'cocinar con vino', 'al ajillo'],
    // A faith to be banned, a disputed land claimed (CUE_POLICY.cuePairs): politically or religiously sensitive.
    faith: ['religión', 'religion', 'el islam', 'cristianismo', 'judaísmo', 'mezquitas', 'iglesias', 'sinagogas', 'esa secta', 'esta secta'],
    outlaw: ['hay que prohibir', 'hay que prohibirla', 'debería estar prohibida', 'deberían prohibir', 'echarlos a todos'],
    disputed: ['las malvinas', 'gibraltar', 'cataluña', 'taiwán', 'crimea', 'palestina', 'jerusalén'],
    claim: ['nos pertenece', 'recuperarlas por la fuerza'],
    // A night together in bed, and what the reader is wearing or not (CUE_POLICY.cuePairs): sexual harassment.
    onenight: ['una noche contigo', 'pasar la noche juntos', 'una noche juntos', 'pasar la noche contigo'],
    // The sheets say bed as well, with teaching the innuendo of a lesson in bed ("se aprende mejor entre sábanas").
    inbed: ['en la cama', ...withPlain(['entre sábanas', 'entre las sábanas', 'bajo las sábanas', 'debajo de las sábanas', 'en mi cama', 'en la camita'])],
    wearing: [...withPlain(['qué llevas puesto', 'qué tienes puesto', 'qué traes puesto', 'q llevas puesto', 'qué tenés puesto', 'qué llevás puesto', 'cómo estás vestida',
      'qué llevas debajo', 'qué llevas abajo'])],
    naked: [...withPlain(['desnuda', 'desnudo', 'desnudos', 'desnudas', 'desnudita', 'en pelotas', 'en bolas', 'en cueros', 'encuerada', 'encuerado', 'sin nada puesto',
      'sin ropa interior', 'sin bragas']), NOT_LAUNDRY('sin ropa'),
      // The reader's clothes off, said or imagined: "seguro que sin la ropa estás mejor", "si te quitas la ropa".
      ...withPlain(['sin la ropa', 'sin tu ropa', 'sin esa ropa', 'sin ropita', 'sin nada de ropa', 'con menos ropa']).map(NOT_LAUNDRY),
      ...withPlain(['si te quitas la ropa', 'si te quitaras la ropa', 'quitándote la ropa']).map(NOT_LAUNDRY),
      ...withPlain(['verte sin nada', 'sin nada encima', 'como dios te trajo al mundo', 'sin sostén', 'sin sujetador', 'sin brasier',
        'sin calzones', 'en pelota']).map(unlessBefore(withPlain(['deportivo', 'deportiva', 'adecuado', 'adecuada', 'para'])))],
    // The reader's underwear, their body called sexy, arousing or pictured in the speaker's bed, a naked video call, how many
    // people they have slept with, someone sought to warm the speaker's bed (CUE_POLICY.cuePairs): sexual harassment.
    // The speaker's hotel tonight and what the reader wears right now go to review.
    // Not "sostén" (a family's support) nor "bóxer" (the dog).
    underwear: [...withPlain(['ropa interior', 'bragas', 'braguitas', 'calzones', 'calzoncitos', 'calzón', 'tanga', 'tanguita', 'sujetador', 'brasier', 'brassier',
      'lencería', 'bombacha', 'bombachita', 'corpiño', 'chones', 'pantis', 'calzoncillos', 'cacheteros'])],
    now: ['ahora', 'ahorita', 'ahora mismo', 'en este momento', 'justo ahora', 'ya mismo'],
    // "Tu cuerpo necesita descanso": the body alone is a coach's or a doctor's word; the pair word carries the sense.
    physique: [...withPlain(['tu cuerpo', 'tu cuerpazo', 'cuerpazo', 'tu cuerpito', 'ese cuerpo', 'ese cuerpito', 'ese cuerpazo', 'buen cuerpo', 'qué cuerpo',
      'tremendo cuerpo', 'tu figura', 'tus curvas', 'esas curvas', 'tus piernas', 'esas piernas', 'tus muslos', 'esos muslos',
      // Her body praised: "qué buena estás", "cuerpo de diosa" (not "ya estás buena", over a cold: it needs the "qué" or a degree).
      'cuerpo de diosa', 'cuerpo de modelo', 'cuerpo de infarto', 'cuerpo de escándalo', 'cuerpo perfecto', 'cuerpo espectacular', 'cuerpazo de', 'tienes un cuerpo',
      'tenés un cuerpo', 'tienes un cuerpazo', 'qué figura', 'tu silueta', 'qué curvas', 'qué buena estás', 'qué bueno estás', 'estás buenísima', 'estás buenísimo',
      'estás bien buena', 'estás muy buena', 'estás rebuena', 'qué rica estás', 'estás riquísima', 'tremenda figura', 'qué piernas'])],
    // Not "caliente" (a fever, the weather), "rica" or "buenísima" (food good for your body).
    lewd: [...withPlain(['sexy', 'sexi', 'buenorra', 'buenorro', 'buenota', 'buenote', 'mamacita', 'mamasita', 'mamasota', 'maciza', 'macizo', 'pibón', 'pibonazo',
      'cachonda', 'cachondo', 'follable', 'cogible', 'de infarto',
      // What makes a photo asked for sexual, said of the photo: a bare "caliente" or "picante" is the weather, a fever or the food, and
      // "sensual" a dance ("la bachata es un baile sensual que mueve todo tu cuerpo").
      ...pairs(['foto', 'fotos', 'fotito', 'fotitos', 'fotico', 'foticos', 'selfie', 'video', 'vídeo'], ['caliente', 'calientes', 'hot', 'sensual', 'sensuales',
        'provocativa', 'provocativas', 'atrevida', 'atrevidas', 'subida de tono', 'subidas de tono', 'cachonda', 'cachondas'])])],
    videocall: [...withPlain(['videollamada', 'videollamadas', 'video llamada', 'vídeo llamada', 'videollamar', 'videollamemos', 'llamada de video', 'llamada de vídeo',
      'videochat', 'por cam'])],
    // Not "been with" nor a bare "has dormido" ("¿cuántas horas has dormido?"); bedtime and illness are excepted.
    bedded: [...withPlain(['te has acostado con', 'te acostaste con', 'te has acostado', 'te acostaste', 'te acuestas con']).map(unlessBefore(BEDTIME)),
      ...withPlain(['has dormido con', 'dormiste con']).map(unlessBefore(withPlain(['la', 'el', 'los', 'las', 'un', 'una', 'frío', 'calor', 'ropa', 'medias', 'calcetines',
        'miedo', 'luz', 'tapones']))),
      ...withPlain(['te has follado', 'te follaste', 'te has cogido a', 'te cogiste a', 'has cogido con', 'cogiste con', 'has tenido sexo con', 'tuviste sexo con',
        'has tenido relaciones con'])],
    // Not an age or a count of nights: "¿con cuántos años...?", "¿cuántas noches te acostaste tarde?".
    tally: [...withPlain(['cuántos', 'cuántas', 'con cuántos', 'con cuántas', 'a cuántos', 'a cuántas'])
      .map(unlessBefore(withPlain(['años', 'días', 'horas', 'noches', 'veces', 'meses', 'semanas', 'minutos'])))],
    // Someone sought, not a blanket or a heater: "busco una manta que me caliente la cama".
    bedwarm: [...withPlain(['alguien que me caliente', 'alguien q me caliente', 'alguna que me caliente', 'alguien para calentar mi cama', 'alguien pa calentar la cama',
      'quien me caliente la cama', 'alguien que me dé calor', 'alguien con quien dormir esta noche', 'alguien que duerma conmigo', 'alguien que me quite el frío'])],
    // The reader asked to the speaker's hotel, not a traveller's night ("llego a mi hotel esta noche") nor "mi cuarto" ("esta noche limpio mi cuarto").
    hotelroom: [...withPlain(['ven a mi hotel', 'vente a mi hotel', 'vení a mi hotel', 'vamos a mi hotel', 'pasa por mi hotel', 'te espero en mi hotel',
      'nos vemos en mi hotel', 'ven a mi habitación de hotel', 'vamos a un motel', 'vamos al motel', 'vamos a un telo', 'vamos al telo'])],
    tonight: [...withPlain(['esta noche', 'hoy en la noche', 'hoy por la noche', 'hoy a la noche', 'hoy de noche', 'esta nochecita'])],
    // What a lesson or a service costs per unit (CUE_POLICY.cuePairs): beside a sum, a priced offer.
    rate: ['por clase', 'cada clase', 'clase de prueba', 'clase prueba'],
    // The learner's side of a lesson's price: the speaker pays it, or it is their own teacher's (CUE_POLICY.retractions).
    pupil: ['yo pago', 'le pago', 'pagué', 'estoy pagando', 'pagaba', 'me cobra', 'me cobraba', 'me cobró', 'mi profesor', 'mi profesora', 'mi profe', 'mi tutor', 'mi tutora', 'cuánto pagas', 'cuanto pagas'],
    // Teaching offered in bed; a stay at the speaker's with one bed, for review (CUE_POLICY.cuePairs). The speaker teaching, or a
    // lesson "only learned" somewhere; not the learner ("repaso vocabulario en la cama"), a study tip ("se aprende mejor antes de
    // dormir") nor showing a thing ("te enseño la foto").
    teach: [...withPlain(['te enseño', 'yo te enseño', 'te lo enseño', 'te enseñaré', 'te enseñaría', 'te voy a enseñar', 'enseñarte', 'te puedo enseñar',
      'déjame enseñarte', 'dejame enseñarte', 'te doy clases', 'te doy clase', 'te daría clases', 'te doy lecciones', 'se enseña mejor', 'se enseñan mejor',
      'solo se aprende', 'solo se aprenden'])
      .map(unlessBefore(withPlain(['la', 'el', 'las', 'los', 'mi', 'mis', 'tu', 'tus', 'su', 'sus', 'una foto', 'fotos', 'un video', 'un vídeo', 'este', 'esta', 'eso',
        'esto', 'a invertir', 'a ganar', 'a usar', 'a cocinar', 'cómo usar', 'online', 'por zoom', 'leyendo', 'practicando', 'con', 'de', 'en la escuela', 'en clase']))),
    ],
    onebed: [...withPlain(['solo hay una cama', 'sólo hay una cama', 'nomás hay una cama', 'nada más hay una cama', 'hay una sola cama', 'una sola cama',
      'solo tengo una cama', 'sólo tengo una cama', 'tengo una sola cama', 'la cama es una sola', 'solo hay cama de matrimonio', 'compartir cama', 'compartir la cama',
      'compartimos cama', 'compartimos la cama', 'compartir mi cama', 'no tengo sofá', 'no tengo sillón', 'no hay sofá'])],
    // The reader staying the night at the speaker's, not at their own ("te quedas en casa" is also "stay home").
    stayover: [...withPlain([...pairs(['te quedas', 'te quedás', 'quédate', 'quedate', 'quedarte', 'te puedes quedar', 'puedes quedarte', 'te podés quedar',
      'podés quedarte', 'duermes', 'dormís', 'te alojas', 'te hospedas'], ['en mi casa', 'en mi piso', 'en mi depa', 'en mi depto', 'en mi departamento',
      'en mi apartamento', 'en mi apto', 'en mi casa conmigo', 'en mi cuarto', 'en mi habitación']),
      ...pairs(['te quedas', 'te quedás', 'quédate', 'quedate', 'quedarte', 'te puedes quedar', 'puedes quedarte'], ['conmigo', 'a dormir', 'a dormir en mi casa',
        'a dormir conmigo']),
      'vente a dormir a mi casa', 'vienes a dormir a mi casa', 'a dormir a mi casa', 'dormir en mi casa', 'te quedas en casa conmigo'])],
    // Pressing for a contact detail after a refusal (CUE_POLICY.solicitContact).
    insist: ['por qué no me quieres dar', 'por que no me quieres dar', 'no soy un acosador'],
    // Someone else's speech reported (said, decía, a dit, sagte, говорил, قال, bola, 说, って言って, 라고 했): a threat quoted by it is theirs.
    reported: ['dijo', 'dice', 'me dijo', 'me decía', 'me decia', 'escribió', 'gritó', 'me escribió'],
    // The speaker apologising: the reader asked again with a count is not pushing (CUE_POLICY.pushedContact).
    apology: ['perdona', 'perdón', 'perdon', 'perdoname', 'perdóname', 'lo siento', 'disculpa', 'disculpame', 'discúlpame', 'perdonad', 'disculpe'],
    // Regret promised to the reader: a threat with a `coerce` near it (CUE_POLICY.cuePairs), advice or a feeling alone.
    regret: ['te vas a arrepentir', 'te vas arrepentir', 'te vas a arepentir', 'te arrepentirás', 'te arrepentiras', 'vas a arrepentirte', 'vas arrepentirte', 'te va a pesar', 'vas a lamentar', 'lo vas a lamentar', 'lo lamentarás', 'lo lamentaras', 'haré que te arrepientas', 'hare que te arrepientas', 'te voy a hacer arrepentir', 'os vais a arrepentir', 'os arrepentiréis', 'os arrepentireis'],
    // What the reader does to the speaker that a promised regret punishes (CUE_POLICY.cuePairs).
    coerce: ['ignorándome', 'ignorandome', 'ignorarme', 'me ignoras', 'me ignores', 'me estás ignorando', 'me estas ignorando', 'bloquéame', 'bloqueame', 'me bloqueas', 'me bloquees', 'me bloqueaste', 'si no me contestas', 'si no me respondes', 'si no me contestás', 'si no me respondés', 'lo que me dijiste', 'lo q me dijiste', 'lo que dijiste de mí', 'lo que dijiste de mi', 'me reportas', 'me reportaste', 'me denuncias', 'me dejas en visto', 'me dejaste en visto'],
    // A count of times, beside the speaker's asking (`asked`).
    repeat: ['como 3 veces', '3 veces', 'tres veces', '2 veces', 'dos veces', '4 veces', 'cuatro veces', '5 veces', 'cinco veces', 'varias veces', 'mil veces', 'muchas veces', 'tantas veces', 'cuántas veces', 'cuantas veces', 'por última vez', 'por ultima vez', '3x'],
    // The speaker's own asking: with a count beside it (`repeat`), pushing a contact ask (CUE_POLICY.pushedContact).
    asked: ['pedí', 'pedi', 'te pedí', 'te pedi', 'te pregunté', 'te pregunte', 'pregunté', 'pregunte', 'pregunto', 'te pregunto', 'te lo pido', 'te pido', 'pido', 'pidiendo', 'preguntando', 'te estoy pidiendo', 'te estoy preguntando', 'te he pedido', 'te he preguntado'],
    // Pushing after a refusal, in words that ask for nothing themselves: a contact ask near them is pressed for (CUE_POLICY.pushedContact).
    pressure: ['te lo pedí tres veces', 'te lo pedi tres veces', 'te lo pedi 3 veces', 'ya te lo pedí', 'ya te lo pedi', 'te lo he pedido mil veces', 'te lo pregunte mil veces', 'cuántas veces te lo tengo que pedir', 'cuantas veces te lo tengo que pedir', 'cuantas veces te tengo que pedir', 'cuantas veces te lo pido', 'por última vez', 'por ultima vez', 'tercera vez que te pido', 'dijiste que no pero', 'aunque dijiste que no', 'ya sé que no quieres', 'ya se que no quieres', 'se que no quieres pero', 'no me digas que no', 'no acepto un no', 'no me rechaces', 'qué te cuesta', 'que te cuesta', 'qué más te da', 'que mas te da', 'qué pierdes', 'que pierdes', 'no pierdes nada', 'no te cuesta nada', 'es solo un número', 'es solo un numero', 'no seas exagerada', 'no seas exagerado', 'no seas así', 'no seas asi', 'no seas mala', 'no seas difícil', 'no seas dificil', 'no te hagas la difícil', 'no te hagas la dificil', 'no seas creida', 'no soy raro', 'no soy rara', 'no soy un acosador', 'no soy un psicópata', 'no soy un psicopata', 'te prometo que soy normal', 'siempre me lo esquivas', 'siempre te haces la loca', 'no te hagas la loca', 'te hiciste la loca', 'siempre esquivas la pregunta', 'me sigues esquivando', 'deja de esquivar', 'deja de evadir', 'no me esquives', 'sigues evadiendo la pregunta', 'nunca me contestas eso', 'siempre cambias de tema', 'no me cambies el tema', 'siempre te sales por la tangente', 'por qué haces tanto drama', 'porque haces tanto drama', 'no hagas tanto drama', 'solo es un número', 'solo es un numero', 'para qué tanto misterio', 'para que tanto misterio', 'no seas dramática', 'no seas dramatica', 'no seas tan complicada', 'no te pongas así', 'no te pongas asi', 'no seas tan difícil', 'no seas tan dificil', 'deja de hacerte la difícil', 'no seas tan cerrada', 'no seas tan penosa'],
    // An experience missed: the regret promised in its sentence is advice, not a threat (CUE_POLICY.retractions).
    missout: ['si no pruebas', 'si no lo pruebas', 'si no la pruebas', 'si no los pruebas', 'si no probás', 'si no probas', 'si no lo probás', 'si no lo probas', 'si no prueba', 'si no lo prueba', 'si no probáis', 'si no lo intentas', 'si no visitas', 'si no visita', 'si no conoces', 'si no vas al', 'si no vas allá', 'si no vas allí', 'si no vas a verlo', 'si no vas a verla', 'si no lo ves', 'si no la ves', 'si no comes', 'si no viajas', 'si no lo lees', 'si no lo escuchas', 'si no aprovechas', 'si no compras entradas', 'si no compras las entradas', 'si no compras boletos', 'si no reservas', 'si no te animas', 'si no te das una vuelta', 'si te lo pierdes', 'si te la pierdes', 'si te los pierdes', 'si te las pierdes', 'no haber ido', 'no haberlo probado', 'no haber probado', 'no haber visitado', 'no haber viajado', 'no haberlo visto', 'no haber conocido', 'no haber aprovechado', 'de no ir', 'por no ir', 'de no probar', 'de no probarlo', 'por no probar', 'de no visitar', 'de no viajar', 'sin probar', 'sin haber probado', 'sin ver', 'sin visitar', 'sin conocer', 'arrepentir de nada', 'arrepentirás de nada', 'arrepentiras de nada'],
    // The speaker naming themselves (CUE_POLICY.selfLabel): "soy una idiota", "me siento un imbécil", "qué tonto soy", "el idiota soy yo".
    selfbefore: ['soy', 'yo soy', 'fui', 'yo fui', 'me siento', 'me sentí', 'me senti', 'me siento como', 'me sentí como', 'me senti como', 'parezco'].flatMap((head) => [head, ...pairs([head], ['un', 'una', 'tan', 'muy', 'todo un', 'toda una', 'un completo', 'una completa', 'un pedazo de', 'el', 'la', 'el más', 'la más', 'el mas', 'la mas', 'un verdadero', 'una verdadera', 'tremendo', 'tremenda', 'un pinche', 'una pinche'])]),
    selfretort: ['claro', 'sí claro', 'si claro', 'vale', 'ahora resulta que'],
    selfafter: ['soy', 'soy yo', 'que soy', 'fui', 'fui yo'],
    selflead: ['qué', 'que', 'el', 'la', 'lo', 'qué tan', 'que tan', 'tan'],
    selfsigh: ['ay', 'uf', 'uy', 'dios', 'madre mía', 'madre mia'],
    abstain: ['no bebo', 'nunca bebo', 'yo no bebo', 'no tomo alcohol', 'no tomo nada de alcohol', 'dejé de beber', 'deje de beber', 'dejé el alcohol', 'deje el alcohol', 'sin alcohol', 'cero alcohol', 'no puedo beber'],
    // A fee paid to start work, with earnings or a task job beside it: the paid-task scam (CUE_POLICY.cuePairs).
    fee: [...withPlain(['cuota de alta', 'depósito para activar', 'pago de activación', 'tasa de registro', 'gastos de formación', 'para activar la cuenta'])],
    gig: [...withPlain(['trabajo desde casa', 'trabajo desde el móvil', 'por cada like', 'por cada uno', 'por reseña', 'por tarea', 'fuiste seleccionada', 'fuiste seleccionado', 'has sido seleccionado', 'has sido seleccionada'])],
    // Telling the reader they will not sleep, with the speaker's bed in the text: a night in bed promised (CUE_POLICY.cuePairs).
    sleepless: [...withPlain(['no te voy a dejar dormir'])],
    bedroom: [...withPlain(['en mi cama', 'a mi cama'])],
    // The reader's voice arousing the speaker; the two of them pictured in the shower: desire aimed at the reader (CUE_POLICY.cuePairs).
    voice: [...withPlain(['tu voz'])],
    aroused: [...withPlain(['me pone a mil', 'me excita', 'me pone cachondo', 'me pone cachonda', 'me pones a cien', 'me pones a mil', 'me pone a cien', 'me ponen a cien', 'me ponen a mil', 'me excitas', 'me excitás']),
      // Not a mood: "me pone mucho de buen humor", "me pones muy nerviosa".
      ...withPlain(['me pone muchísimo', 'me pones mucho', 'me pones muchísimo', 'me pone mucho', 'me ponen mucho'])
        .map(unlessBefore(withPlain(['de', 'a', 'en', 'el', 'la', 'los', 'las', 'nervioso', 'nerviosa', 'triste', 'feliz', 'contento', 'contenta', 'celoso', 'celosa']))),
      // Not a light or a lighter: "¿me prendes la luz?", "me enciendes el fuego".
      ...withPlain(['me prendes', 'me prendés', 'me enciendes', 'me encendés']).map(unlessBefore(['la', 'el', 'los', 'las', 'un', 'una', 'fuego']))],
    fantasy: [...withPlain(['imaginándonos', 'pienso en nosotros'])],
    sharedbath: [...withPlain(['ducharnos juntos', 'en la ducha juntos', 'en la bañera juntos'])],
    // A romance ad: a seeking verb with a partner (see CUE_POLICY.romanceAd). Not one's own partner ("a gift for my wife").
    seek: ['busco', 'buscando', 'en busca de', 'quiero encontrar', 'me gustaría encontrar', 'me gustaria encontrar', 'buscamos'],
    partner: ['novia', 'novio', 'esposa', 'esposo', 'futura esposa', 'futuro esposo', 'pareja estable', 'pareja seria', 'pareja sentimental', 'media naranja', 'alma gemela', 'relación seria', 'relacion seria', 'una relación', 'una relacion', 'caballero para', 'chica joven', 'mujer joven', 'sugar baby'].map(unlessAfter(['mi', 'su', 'tu', 'nuestra', 'nuestro'])),
    // Gore told in two cues each harmless alone (see CUE_POLICY.cuePairs): spilled insides, a body cut in two, a pet skinned or an animal skinned alive.
    viscera: ['sesos', 'cerebro', 'tripas', 'intestinos', 'vísceras', 'visceras'],
    spill: ['por todas partes', 'por todos lados', 'colgando', 'saliendo', 'esparcidos', 'desparramados', 'desparramado', 'por el suelo', 'por el asfalto', 'se le salieron', 'esparcidas', 'sobre el asfalto'],
    bisect: ['partido en dos', 'cortado en dos', 'partido por la mitad', 'en dos pedazos', 'partida en dos', 'reventó la cabeza', 'le reventó'],
    corpse: ['cuerpo', 'cadáver', 'cadaver', 'el tipo', 'el hombre', 'tren', 'motorista', 'motociclista', 'atropello', 'la cabeza'],
    bloodshed: ['cubierto de sangre', 'cubierta de sangre', 'la sangre salpicaba', 'sangre salpicada', 'chorros de sangre', 'sangre a chorros', 'la sangre brotaba', 'se le veía el hueso', 'se veía el hueso', 'se le veían los huesos', 'sangre por todas partes', 'sangre por todos lados'],
    mishap: ['puntos de sutura', 'me dieron puntos', 'me cosieron', 'me sangró la nariz', 'me sangro la nariz', 'sangrado de nariz', 'me corté el dedo', 'me corte el dedo', 'me corté la mano', 'me corte la mano', 'cortando cebolla', 'picando cebolla', 'me caí de la bici', 'me cai de la bici', 'me raspé', 'en el dentista', 'tirita', 'curita'],
    flay: ['despellejamos', 'despellejado', 'despellejada', 'despellejar', 'desollado', 'desollada', 'desollamos', 'desollar'],
    alive: ['todavía se movía', 'todavia se movia', 'seguía vivo', 'seguia vivo', 'aún vivo', 'hasta que dejó de moverse', 'hasta que dejo de moverse', 'todavía gritaba'],
    pet: ['perro', 'perrito', 'gato', 'gatito', 'perros', 'gatos', 'gatitos', 'cachorros', 'hámster'],
    cruelty: ['prendió fuego', 'prendio fuego', 'quemó vivo', 'quemo vivo', 'ahorcó', 'ahorco', 'colgó al', 'colgo al', 'ahogó a', 'ahogo a', 'a patadas hasta', 'a palos', 'torturó', 'torturaron'],
    // Films, shows and games: gore said of them describes fiction (see CUE_POLICY.fiction).
    fiction: ['spoilear', 'spoileas', 'haces spoiler', 'me haces spoiler', 'película', 'pelicula', 'peli', 'serie', 'episodio', 'anime', 'videojuego', 'terror', 'zombi', 'zombis', 'zombies', 'halloween', 'maquillaje', 'efectos especiales'],
    violence: [
      // Cake is cut too: "te voy a partir un trozo de tarta".
      'te rajo', 'te parto', 'te doy una paliza',
      { term: 'te voy a partir', unless: ['te voy a partir un trozo', 'te voy a partir un pedazo', 'te voy a partir una rebanada', 'te voy a partir un cacho'] },
      'matarte', 'mataré', 'apuñalarte', 'acuchillarte', 'degollarte', 'ahorcarte',
      'estrangularte', 'dispararte', 'balearte', 'golpearte', 'pegarte una paliza',
      'reventarte', 'violarte', 'torturarte', 'enterrarte', 'descuartizarte',
    ].map(overGames),
    intensifier: ['muy', 'tan', 're', 'bien', 'super', 'súper', 'demasiado', 'realmente', 'de verdad', 'en serio', 'totalmente', 'completamente', 'bastante', 'literalmente', 'sumamente', 'mega', 'todo un', 'toda una', 'mas', 'más'],
    laughter: ['jaja*', 'jeje*', 'jajaj*', 'xd'],
    fondness: [...['te quiero', 'te kiero'].map(unlessBefore(['ver', 'matar', 'dar', 'hacer', 'decir', 'pedir', 'coger', 'follar', 'pegar', 'partir', 'romper'])), 'te amo', 'te adoro', 'tqm', 'besitos'],
    meta: [
      'qué significa', 'que significa', 'qué quiere decir', 'que quiere decir', 'significado de', 'cómo se dice', 'como se dice',
      'cómo se escribe', 'como se escribe', 'es grosero', 'es una grosería', 'es una groseria', 'es ofensivo', 'es vulgar', 'palabrota', 'palabrotas',
      'grosería', 'groserias', 'groserías', 'la palabra', 'esta palabra', 'esa palabra', 'se puede decir', 'en españa se dice', 'en méxico se dice',
      'en mexico se dice', 'traducción', 'traduccion', 'traducir', 'la diferencia entre', 'por qué dicen', 'por que dicen',
    ],
  },
};
