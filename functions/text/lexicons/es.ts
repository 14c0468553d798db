import { pairs } from './term-builders';
import { againstContempt, demonymPhrases, notDenied, notEvery, withPlain, type DemonymGrammar } from './iberian-groups';
import type { Lexicon, TermWithExceptions } from './types';

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
  'inmundos', 'inmundas', 'dan asco', 'me dan asco', 'asco', 'inferiores', 'subhumanos', 'infrahumanos', 'unos salvajes', 'son salvajes',
  'unos animales', 'como animales', 'unas ratas', 'unos ratas', 'ratas', 'cucarachas', 'una plaga', 'plaga', 'escoria', 'gentuza', 'chusma', 'lacra',
  'lacras', 'son basura', 'una basura', 'la peor gente', 'son lo peor', 'no sirven para nada', 'no valen nada', 'no son de fiar', 'unos burros',
  'son burros', 'ignorantes', 'unos retrasados', 'tacaños', 'tacañas', 'rácanos', 'hipócritas', 'degenerados', 'degeneradas', 'depravados',
  'pervertidos', 'unos enfermos', 'una aberración', 'aberración', 'antinatural', 'antinaturales', 'contra natura', 'unas interesadas',
  'unos interesados', 'unas histéricas', 'histéricas', 'unas locas', 'unos borrachos', 'invasores', 'nos roban', 'nos quitan el trabajo',
  'quitan el trabajo', 'roban el trabajo', 'viven de ayudas', 'viven de subsidios', 'viven del gobierno', 'que se larguen', 'que se vayan a su país',
  'fuera de mi país', 'los odio', 'las odio', 'odio a todos', 'odio a todas', 'odio a esos', 'odio a esas', 'deberían estar en la cocina',
  'su lugar es la cocina', 'se reproducen como',
]);
const HATE_AT = withPlain(['odio a los', 'odio a las']).map((term) => ({ term, unless: [`el ${term}`, `del ${term}`, `contra el ${term}`] }));

/** Chat apps as typed in Spanish-speaking countries. */
const APPS = ['wsp', 'wasap', 'guasap', 'whatsapp', 'por whats', 'wpp', 'insta', 'instagram', 'telegram', 'snap', 'snapchat', 'feis', 'discord', 'wechat', 'kakao'];

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
    ],
    harassment: [
      'sé dónde vives', 'se donde vives', 'sé donde vives', 'ya sé dónde vives', 'ya se donde vives', 'sé dónde estudias', 'se donde estudias',
      'sé dónde trabajas', 'se donde trabajas', 'te estoy vigilando', 'te estoy observando', 'te voy a encontrar', 'te voy a buscar',
      'no te puedes esconder', 'no podés esconderte', 'voy a publicar tus fotos', 'voy a subir tus fotos', 'voy a filtrar tus fotos',
      'voy a pasar tus fotos', 'tus nudes', 'voy a arruinarte la vida', 'te voy a arruinar la vida', 'te voy a hacer la vida imposible',
      'mátate', 'matate', 'suicídate', 'suicidate', 'muérete', 'muerete', 'ojalá te mueras', 'ojala te mueras', 'ojalá te muerás', 'ojala te muras',
      'ojalá te violen', 'ojala te violen', 'ahórcate', 'ahorcate', 'tírate de un puente', 'tirate de un puente', 'contéstame zorra',
      'contestame zorra', 'contéstame puta', 'contestame puta', 'nadie te extrañaría', 'nadie te extrañaria',
    ],
    curse: [
      'puta', 'puto', 'putas', 'putos', 'puta madre', 'putamadre', 'ptmr', 'ptmre', 'pta madre', 'me cago en la puta', 'me cago en dios',
      'me cago en la leche', 'me cago en todo', 'me cago en', 'joder', 'jode', 'jodido', 'jodida', 'jodidos', 'jodete', 'jódete', 'jodeme',
      'coño', 'cono de tu madre', 'mierda', 'mierdas', 'mrd', 'mierdero', 'una mierda', 'de mierda', 'carajo', 'carajos', 'al carajo',
      'verga', 'vergas', 'vrg', 'alv', 'a la verga', 'a la vrg', 'vergazo', 'chingar', 'chingada', 'chingado', 'chingados', 'chingadera',
      'chingue', 'chingue su madre', 'chingón', 'chingon', 'no mames', 'no mamar', 'no manches', 'qué pedo', 'que pedo', 'pinche', 'pinches',
      'cojones', 'cojonudo', 'me suda la polla', 'hostia', 'hostias', 'ostia', 'ostias', 'me cago', 'cagada', 'cagar', 'cagaste',
      'boludo', 'boluda', 'boludos', 'boludez', 'pelotudez', 'marica', 'maricas', 'huevón', 'huevon', 'huevona', 'weón', 'weon', 'weona',
      'weá', 'wea', 'weas', 'chucha', 'la chucha', 'conchesumadre', 'mamada', 'mamadas', 'culo', 'culos', 'joputa',
      'maldita sea', 'malditos', 'chupa pija', 'mierdoso', 'cagón', 'cagon', 'pendejada', 'pendejadas', 'gilipollez', 'gilipolleces',
      'hijuepucha', 'pucha madre', 'ctmr', 'chingatumadre', 'hdlgp', 'hdlp', 'hdptm',
    ],
    sexual: [
      'me la chupes', 'me la chupas',
      'follar', 'follamos', 'follarte', 'follando', 'follada', 'follame', 'fóllame', 'quiero follar', 'vamos a follar', 'quiero cogerte',
      'te quiero coger', 'cogerte toda', 'cogemos', 'cogiendo rico', 'quiero sexo', 'tener sexo', 'tengamos sexo', 'sexo conmigo', 'sexo oral',
      'sexo anal', 'sexo virtual', 'sexo por cam', 'porno', 'porn', 'pornografía', 'pornografia', 'nudes', 'desnuda',
      'desnudas', 'en pelotas', 'en bolas', 'cachonda', 'cachondo', 'caliente conmigo', 'estoy caliente', 'estoy cachondo',
      'estoy cachonda', 'hacerme una paja', 'hacerte una paja',
      'masturbarme', 'masturbarte', 'masturbación', 'masturbacion', 'me masturbo', 'correrme', 'me corrí', 'venirme en',
      'chupármela', 'chupármelo', 'petear', 'garchar', 'garchamos', 'culear', 'culeamos', 'coger rico', 'coger contigo', 'tetas grandes',
      'tetona', 'culona', 'verga grande', 'pene grande', 'mi verga', 'mi pito', 'mi polla', 'tu chocho', 'tu coño', 'tu concha', 'chocho',
      'panocha', 'vagina mojada', 'mojadita', 'trio sexual', 'orgía', 'orgia', 'webcam sexual', 'videollamada desnuda',
      'onlyfans', 'cam hot', 'vendo pack', 'vendo packs', 'pack hot', 'contenido hot', 'contenido +18', 'contenido para adultos',
      'hacer el amor contigo', 'hacerte el amor', 'chupártela', 'lamerte', 'penetrarte', 'meterte la', 'correrme en',
    ],
    'sexual-harassment': [
      'manda nudes', 'mándame nudes', 'mandame nudes', 'pásame nudes', 'pasame nudes', 'pasa pack', 'pasa el pack', 'pásame el pack', 'pasame el pack',
      'manda pack', 'mándame pack', 'mandame pack', 'enséñame las tetas', 'ensename las tetas', 'enseñame las tetas', 'muéstrame las tetas',
      'muestrame las tetas', 'enséñame tu cuerpo', 'ensename tu cuerpo', 'enseñame tu cuerpo', 'muéstrame tu cuerpo', 'muestrame tu cuerpo',
      'enséñame el culo', 'enseñame el culo', 'qué llevas puesto', 'que llevas puesto', 'qué traes puesto', 'que traes puesto', 'de qué color es tu ropa interior',
      'de que color es tu ropa interior', 'de qué color son tus bragas', 'de que color son tus bragas', 'de qué color es tu tanga', 'de que color es tu tanga',
      'talla de sujetador', 'talla de brasier', 'eres virgen', 'sigues siendo virgen', 'quieres tener sexo', 'quieres coger', 'quieres follar',
      'te quiero tocar', 'quiero tocarte', 'quiero lamerte', 'quiero chuparte', 'quiero comerte toda', 'te como toda', 'te comería toda',
      'te comeria toda', 'me pones caliente', 'me pones cachondo', 'me pones muy caliente', 'me la pones dura', 'me pones duro', 'estás buenísima',
      'estas buenisima', 'qué buena estás', 'que buena estas', 'mamacita rica', 'qué rica estás', 'que rica estas', 'estás bien rica', 'estas bien rica',
      'tócate', 'tocate para mí', 'tocate para mi', 'quítate la ropa', 'quitate la ropa', 'sin ropa', 'videollamada sin ropa', 'abre las piernas',
      'duerme conmigo', 'ven a mi cama', 'siéntate en mis piernas', 'sientate en mis piernas', 'te voy a violar', 'quiero violarte',
    ],
    spam: [
      'has ganado', 'ha ganado', 'haz ganado', 'felicidades has ganado', 'felicidades ganaste', 'ganaste un', 'eres el ganador', 'eres la ganadora',
      'reclama tu premio', 'reclama tu regalo', 'cobra tu premio', 'premio garantizado', 'regalo gratis', 'gratis gratis', 'iphone gratis',
      'recargas gratis', 'saldo gratis', 'diamantes gratis', 'sígueme y te sigo', 'sigueme y te sigo', 'follow x follow', 'sígueme en',
      'sigueme en', 'link en mi perfil', 'enlace en mi perfil', 'link en bio', 'enlace en bio', 'mira mi perfil', 'revisa mi perfil', 'visita mi perfil',
      'ingresa al link', 'entra al link', 'entra al enlace', 'responde stop', 'envía stop', 'envia stop', 'para darte de baja', 'oferta por tiempo limitado',
      'última oportunidad', 'ultima oportunidad', 'solo por hoy', 'haz clic aquí', 'haz click aqui', 'haz clic aqui', 'dale clic', 'dale click',
      'reenvía este mensaje', 'reenvia este mensaje', 'comparte este mensaje', 'manda esto a', 'si no lo reenvías', 'si no lo reenvias',
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
    ],
    ads: [
      'vendo cuenta', 'vendo cuentas',
      'en venta', 'se vende', 'vendo', 'oferta', 'ofertas', 'descuento', 'descuentos', 'promoción', 'promocion', 'promo', 'envío gratis', 'envio gratis',
      'envíos a todo', 'envios a todo', 'compra ya', 'cómpralo ya', 'pide ya', 'haz tu pedido', 'pedidos por dm', 'pedidos al', 'precio por dm',
      'precios por dm', 'precios al privado', 'info por dm', 'info al privado', 'interesados por privado', 'interesados al privado', 'interesados por inbox', 'interesados inbox', 'escríbeme al privado', 'escribeme al privado', 'inbox para precios',
      'mayoreo', 'al por mayor', 'venta por mayor', 'precio de mayoreo', 'clases particulares', 'precio por hora', 'suscríbete a mi canal',
      'suscribete a mi canal', 'mi canal de youtube', 'sígueme en instagram', 'sigueme en instagram', 'apoya mi canal', 'estamos contratando',
      'se busca personal', 'oferta de empleo', 'oferta de trabajo', 'trabaja desde casa', 'trabajo desde casa', 'gana dinero', 'ganar dinero',
      'gana dinero desde casa', 'ingresos extra', 'ingresos pasivos', 'dinero fácil', 'dinero facil', 'busco trabajo', 'busco empleo',
      'necesito trabajo', 'busco chamba', 'mi currículum', 'mi curriculum', 'mi cv', 'contrátame', 'contratame', 'sorteo', 'sorteamos', 'rifa',
      'rifamos', 'giveaway', 'concurso', 'participa y gana', 'subasta', 'subastamos', 'donaciones', 'dona aquí', 'dona aqui', 'donen',
      'colecta', 'hagamos una vaquita', 'apóyame con', 'apoyame con', 'código de descuento', 'codigo de descuento', 'cupón', 'cupon',
      'código promocional', 'codigo promocional', 'usa mi código', 'usa mi codigo', 'mi link de referido',
      'catálogo', 'catalogo', 'hago envíos', 'hago envios', 'entregas a domicilio', 'delivery gratis',
    ],
    fraud: [
      'este es mi número nuevo', 'se me rompió el móvil', 'hola mamá, se me rompió',
      'invierte 100', 'y recibe 1000',
      'soy del banco', 'confirmes tu clave', 'confirma tu clave',
      'préstame dinero', 'prestame dinero', 'préstame plata', 'prestame plata', 'préstame lana', 'prestame lana', 'me prestas dinero', 'me prestas plata',
      'me prestas lana', 'me puedes prestar', 'necesito dinero urgente', 'necesito plata urgente', 'necesito que me deposites', 'deposítame', 'depositame',
      'hazme una transferencia', 'hazme un bizum', 'mándame un bizum', 'mandame un bizum', 'te lo devuelvo', 'te lo pago después', 'te lo pago despues',
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
    ],
    dating: [
      'busca caballero', 'busco caballero',
      'busco novia', 'busco novio', 'busco pareja', 'busco esposa', 'busco esposo', 'busco marido', 'busco mujer', 'busco hombre', 'busco chica',
      'busco chico', 'busco una chica', 'busco un chico', 'busco mi media naranja', 'busco el amor', 'busco amor', 'busco relación seria',
      'busco relacion seria', 'busco algo serio', 'busco ligue', 'busco rollo', 'busco algo casual', 'busco sexo', 'soltera busca', 'soltero busca',
      'soltera buscando', 'soltero buscando', 'quieres ser mi novia', 'quieres ser mi novio', 'sé mi novia', 'se mi novia', 'sé mi novio',
      'se mi novio', 'quieres casarte conmigo', 'cásate conmigo', 'casate conmigo', 'amigos con derechos', 'amigos con beneficios', 'follamigos',
      'follamiga', 'rollo de una noche', 'aventura de una noche', 'cita a ciegas', 'busco sugar', 'sugar daddy', 'sugar baby', 'scort', 'escort',
      'escorts', 'damas de compañía', 'dama de compañía', 'chicas solteras', 'mujeres solteras', 'solteras cerca de ti', 'citas', 'ligar',
    ],
    drugs: [
      'marihuana', 'mariguana', 'marijuana', { term: 'mota', unless: ['mota de polvo', 'una mota de'] }, 'porro', 'porros', 'canuto', 'canutos', 'fumar hierba',
      'fumar mota', 'fumar porro', 'fumarnos un porro', 'fumando mota', 'fumado', 'fumada', 'hachís', 'hachis',
      'cocaína', 'cocaina', 'farlopa', 'merca', 'raya de coca', 'unas rayas', 'tirar una raya', 'meterse una raya', 'esnifar', 'pase de coca',
      'éxtasis', 'extasis', 'tachas', 'tacha', 'mdma', 'metanfetamina', 'cristal meth', 'heroína', 'heroina', 'ketamina',
      'keta', 'tusi', 'tussi', 'popper', 'poppers', 'hongos alucinógenos', 'hongos alucinogenos', 'ácido lsd', 'drogarse', 'drogarnos', 'drogado',
      'drogada', 'drogadicto', 'vendo droga', 'vendo mota', 'camello de', 'narcomenudeo', 'piedra de crack',
      'viaje de ácido', 'fentanilo', 'xanax', 'rivotril',
    ],
    alcohol: [
      'cerveza', 'cervezas', 'cheve', 'cheves', 'chela', 'chelas', 'birra', 'birras', 'unas cañas', 'tomar cañas', 'una caña', 'litrona', 'litronas',
      'vino tinto', 'vino blanco', 'copa de vino', 'copas de vino', 'botella de vino', 'tomar vino', 'tequila', 'tequilas', 'mezcal', 'pisco',
      'piscola', 'fernet', 'fernet con coca', 'vodka', 'whisky', 'güisqui', 'ron con cola', 'botella de ron', 'cubata', 'cubatas', 'calimocho',
      'kalimotxo', 'sangría', 'sangria', 'cava', 'aguardiente', 'guaro', 'pulque', 'borracho', 'borracha', 'borrachos', 'borrachera',
      'emborracharme', 'emborracharnos', 'emborracharse', 'pedo de borracho', 'bien pedo', 'bien pedos', 'peda', 'pedota', 'chupar hasta',
      'ponernos pedos', 'resaca', 'resacón', 'botellón', 'botellon', 'jarra de cerveza', 'chupitos', 'chupito', 'shots de tequila',
      'ebrio', 'ebria', 'tengo guayabo', 'enguayabado', 'meterse perico', 'caguama', 'caguamas', 'bebida alcohólica', 'bebidas alcohólicas', 'tomar alcohol', 'bebiendo alcohol',
    ],
    threat: [
      'te rajo la cara', 'te reviento la cara',
      'te voy a meter un balazo', 'meterte un balazo', 'pegarte un tiro',
      'te voy a matar', 'te vamos a matar', 'voy a matarte', 'vamos a matarte', 'te mato', 'te mataré', 'te matare', 'te matamos', 'te voy a partir la cara',
      'te parto la cara', 'te rompo la cara', 'te voy a romper la cara', 'te voy a reventar', 'te reviento', 'te voy a romper las piernas',
      'te voy a apuñalar', 'te apuñalo', 'te pego un tiro', 'te meto un tiro', 'te meto un balazo', 'te voy a pegar un tiro', 'te voy a dar un balazo',
      'te voy a quemar', 'quemo tu casa', 'te quemo la casa', 'estás muerto', 'estas muerto', 'estás muerta', 'estas muerta', 'date por muerto',
      'date por muerta', 'eres hombre muerto', 'cuídate la espalda', 'cuidate la espalda', 'te vas a morir', 'vas a morir', 'te voy a degollar',
      'te corto el cuello', 'te voy a cortar el cuello', 'te voy a desaparecer', 'te voy a dar una paliza', 'te cago a palos', 'te voy a cagar a palos',
      'te voy a violar', 'voy a poner una bomba', 'voy a poner una bomba en', 'voy a disparar en la escuela', 'voy a hacer un tiroteo',
    ],
    gore: [
      'se le ve el cerebro', 'sesos en el asfalto',
      'decapitado', 'decapitada', 'decapitados', 'decapitación', 'decapitacion', 'desmembrado', 'desmembrada', 'descuartizado', 'descuartizada',
      'descuartizados', 'mutilado', 'mutilada', 'mutilados', 'mutilación', 'degollado', 'degollada', 'sangre por todas partes', 'tripas fuera',
      'sesos por el suelo', 'video de decapitación', 'video de decapitacion', 'video de ejecución', 'cadáveres mutilados', 'cadaveres mutilados',
      'cuerpo destrozado', 'cuerpos destrozados', 'cadáver putrefacto', 'video gore', 'fotos gore',
    ],
    'self-harm': [
      'me tomé todas las pastillas', 'me tome todas las pastillas', 'ya me tomé las pastillas', 'ya me tome las pastillas',
      'me voy a cortar otra vez', 'me volví a cortar', 'me volvi a cortar', 'me vuelvo a cortar', 'cortarme otra vez', 'cortarme de nuevo', 'me corté de nuevo', 'me corte de nuevo',
      'me quiero morir', 'quiero morirme', 'quiero morir', 'me quiero matar', 'me voy a matar', 'voy a matarme', 'quiero matarme', 'pienso en matarme',
      'suicidarme', 'me voy a suicidar', 'me quiero suicidar', 'quiero suicidarme', 'suicidio', 'pensamientos suicidas', 'cortarme las venas',
      'me corto los brazos', 'me sigo cortando', 'quiero cortarme', 'me corté otra vez', 'me corte otra vez', 'autolesión', 'autolesion',
      'autolesionarme', 'no quiero vivir', 'no quiero seguir viviendo', 'ya no quiero vivir', 'quitarme la vida', 'acabar con mi vida',
      'terminar con mi vida', 'ojalá estuviera muerto', 'ojala estuviera muerto', 'ojalá estuviera muerta', 'ojala estuviera muerta',
      'prefiero estar muerto', 'prefiero estar muerta', 'tirarme del puente', 'tirarme de un edificio', 'tirarme a las vías', 'ahorcarme', 'sobredosis de pastillas',
      'tomarme todas las pastillas', 'no vale la pena vivir',
    ],
    hate: [
      'hitler tenía razón', 'hitler tenia razon',
      'sudaca', 'sudacas', 'maricón', 'maricon', 'maricones', 'marikon', 'mariconazo', 'maricona', 'maricón de mierda', 'maraco', 'maraca culiá',
      'joto', 'jotos', 'puto gay', 'sarasa', 'mayate', 'machorra', 'tortillera', 'bollera', 'travelo', 'sidoso', 'sidosa', 'negro de mierda',
      'negra de mierda', 'negros de mierda', 'indio de mierda', 'india de mierda', 'moro de mierda', 'moros de mierda', 'moro asqueroso',
      'chino de mierda', 'chinos de mierda', 'judío de mierda', 'judio de mierda', 'panchito', 'panchitos', 'sudaca de mierda', 'gitano de mierda',
      'gitanos de mierda', 'negrata', 'negratas', 'chinito de mierda', 'veneco', 'venecos', 'indio patarrajada', 'cholo de mierda',
      'vete a tu país', 'vete a tu pais', 'vuelve a tu país', 'vuelve a tu pais', 'regrésate a tu país', 'regresate a tu pais', 'fuera inmigrantes',
      'muerte a los judíos', 'muerte a los judios', 'heil hitler', 'sieg heil', 'raza inferior', 'limpieza étnica', 'limpieza etnica',
      ...groupHate,
    ],
    sensitive: [
      'fuera sánchez',
      'aborto', 'abortar', 'pro vida', 'provida', 'independencia de cataluña', 'independencia de cataluna', 'el procés', 'franquismo', 'franquista',
      'dictadura', 'dictador', 'golpe de estado', 'chavismo', 'chavista', 'kirchnerismo', 'peronismo', 'las malvinas son', 'narcoestado',
      'dios no existe', 'la religión es', 'la religion es', 'el islam es', 'la iglesia es', 'los curas son', 'los judíos son', 'los judios son',
      'los musulmanes son', 'israel y palestina', 'genocidio en gaza', 'pena de muerte', 'fascista', 'fascistas', 'rojos de mierda',
      'comunistas de mierda', 'nazi', 'nazis', 'holocausto', 'el holocausto no', 'supremacía blanca', 'muro de trump', 'amlo', 'bukele', 'milei',
      'los políticos son', 'presos políticos', 'presos politicos', 'elecciones amañadas', 'fraude electoral',
    ],
    // A group on its own is talk ("mis amigos colombianos"); next to contempt in one sentence it is an attack on the group.
    group: GROUP,
    negative: [
      'son todos unos ladrones', 'no deberían dejarlos entrar',
      'son unos monos', 'son monos', 'son unos simios', 'son simios',
...CONTEMPT.map(notDenied), ...HATE_AT],
    app: [...APPS, 'whatsap', 'guasa', 'watsap', 'wasa', 'telegrama', 'tiktok', 'tik tok', 'messenger', 'el insta', 'el face', 'el wsp', 'el whats'],
    contact: [
      'número', 'numero', 'num', 'tu número', 'tu numero', 'teléfono', 'telefono', 'tel', 'cel', 'celular', 'móvil', 'movil', 'correo',       'correo electrónico', 'correo electronico', 'usuario', 'tu usuario', 'perfil', 'contacto', 'dirección', 'direccion', 'redes', 'tus redes',
      'redes sociales', 'arroba', 'cuenta de insta',
    ],
    picture: [
      'foto', 'fotos', 'fotito', 'fotitos', 'fotico', 'foticos', 'selfie', 'selfies', 'video', 'vídeo', 'videos', 'vídeos', 'videollamada',
      'imagen', 'imágenes', 'imagenes', 'pack', 'cam', 'cámara', 'camara',
    ],
    body: [
      'tetas', 'tetitas', 'tetotas', 'chichis', 'pechos', 'pecho', 'senos', 'pezones', 'culo', 'culito', 'trasero', 'nalgas', 'pompis', 'cola',
      'piernas', 'muslos', 'pies', 'cuerpo', 'cuerpo entero', 'ropa interior', 'bragas', 'calzones', 'tanga', 'sujetador', 'brasier', 'bikini',
      'lencería', 'lenceria', 'desnuda', 'desnudo', 'sin ropa', 'en la ducha', 'verga', 'polla', 'pene', 'pito', 'vagina', 'concha',
      'coño', 'escote', 'abdomen',
    ],
    request: [
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
      ...APPS.flatMap((app) => [`tienes ${app}`, `tenés ${app}`, `tenes ${app}`, `tiene ${app}`, `usas ${app}`]),
    ],
    // Costs friends split: a money request beside one is settling up ("pásame los 10 euros de la cena").
    expense: [
      'la cuenta', 'a medias', 'pagar a medias', 'dividir la cuenta', 'dividimos', 'tu parte', 'mi parte', 'la mitad', 'lo que te toca', 'lo que me toca',
      'cada uno', 'pizza', 'la cena', 'de la cena', 'el almuerzo', 'la comida de ayer', 'las cervezas', 'las birras', 'los cafés', 'las copas', 'el súper', 'el super',
    ],
    // Right before a threat or self-harm phrase, denies it: "no te voy a matar", "nunca te haría daño".
    negation: ['no', 'nunca', 'jamás', 'jamas', 'ni loco', 'ni loca', 'nunca jamás'],
    money: [
      'varos',
      'dinero', 'plata', 'lana', 'guita', 'pesos', 'euros', 'dólares', 'dolares', 'dolaritos', 'transferencia', 'bizum', 'depósito',
      'deposito', 'nequi', 'daviplata', 'yape', 'mercado pago', 'oxxo', 'tarjeta de crédito', 'tarjeta de credito', 'cuenta bancaria',
      'número de cuenta', 'numero de cuenta', 'criptomonedas', 'cripto', 'bitcoin', 'préstamo', 'prestamo', 'una ayudita', 'recarga',
      'soles', 'bolívares', 'bolivares', 'quetzales', 'lempiras', 'colones', 'en efectivo', 'paypal', 'western union', 'zelle', 'binance',
    ],
    you: ['tú', 'tu', 'ti', 'te', 'vos', 'usted', 'ustedes', 'vosotros', 'contigo', 'eres', 'sos', 'tus', 'tuya', 'tuyas'],
    your: ['tu', 'tus'],
    violence: [
      'te rajo', 'te parto', 'te voy a partir', 'te doy una paliza',
      'matarte', 'mataré', 'apuñalarte', 'acuchillarte', 'degollarte', 'ahorcarte',
      'estrangularte', 'dispararte', 'balearte', 'golpearte', 'pegarte una paliza',
      'reventarte', 'violarte', 'torturarte', 'enterrarte', 'descuartizarte',
    ],
    laughter: ['jaja*', 'jeje*', 'jajaj*', 'xd'],
    meta: [
      'qué significa', 'que significa', 'qué quiere decir', 'que quiere decir', 'significado de', 'cómo se dice', 'como se dice',
      'cómo se escribe', 'como se escribe', 'es grosero', 'es una grosería', 'es una groseria', 'es ofensivo', 'es vulgar', 'palabrota', 'palabrotas',
      'grosería', 'groserias', 'groserías', 'la palabra', 'esta palabra', 'esa palabra', 'se puede decir', 'en españa se dice', 'en méxico se dice',
      'en mexico se dice', 'traducción', 'traduccion', 'traducir', 'la diferencia entre', 'por qué dicen', 'por que dicen',
    ],
  },
};
