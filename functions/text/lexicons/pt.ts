import { pairs } from './term-builders';
import { againstContempt, demonymPhrases, notDenied, notEvery, withPlain, type DemonymGrammar } from './iberian-groups';
import type { Lexicon } from './types';

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
 */
const GENERIC_SINGULAR = [
  ...DEMONYMS.filter((word) => !PLURAL_ONLY.has(word)).flatMap((word) => inflect(word).slice(0, 2).filter((form) => !NOT_PEOPLE.has(form))),
  'mulher', 'homem', 'gay', 'feminista', 'crente', 'evangélico', 'imigrante', 'refugiado',
].map((word) => `${word} é tudo`);
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
]);


const APPS = ['zap', 'zapzap', 'zap zap', 'no whats', 'pelo whats', 'whatsapp', 'wpp', 'wts', 'insta', 'instagram', 'telegram', 'snap', 'snapchat', 'discord', 'tiktok'];

export const pt: Lexicon = {
  lang: 'pt',
  terms: {
    insult: [
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
      'sei onde tu trabalha', 'vou te esperar lá',
      'sei onde você mora', 'sei onde voce mora', 'sei onde vc mora', 'sei onde tu moras', 'sei onde tu mora', 'sei onde você estuda',
      'sei onde vc estuda', 'sei onde você trabalha', 'tô te vigiando', 'to te vigiando', 'estou te observando', 'estou a observar-te',
      'vou te achar', 'vou te encontrar', 'não adianta se esconder', 'vou vazar suas fotos', 'vou vazar seus nudes', 'vou postar seus nudes',
      'vou expor você', 'vou te expor', 'vou acabar com sua vida', 'vou destruir sua vida', 'se mata', 'se mata logo', 'vai se matar',
      'mata-te', 'tomara que você morra', 'tomara que vc morra', 'espero que você morra', 'espero que morras', 'morre logo', 'se enforca',
      'me responde sua puta', 'responde vadia',
    ],
    curse: [
      'porra', 'porras', 'porra nenhuma', 'caralho', 'caralhos', 'caraio', 'carai', 'krl', 'crl', 'krlh', 'caralhada', 'puta que pariu', 'pqp',
      'ptqp', 'puta merda', 'puta', 'putas', 'foda-se', 'fodase', 'foda se', 'foda', 'fodeu', 'fudeu', 'fodido', 'fodida', 'fudido', 'fudida',
      'merda', 'merdas', 'mrd', 'bosta', 'bostas', 'cacete', 'droga', 'que droga', 'puta vida', 'putaria', 'cuzinho', 'no cu', 'cona',
      'que se foda', 'q se foda', 'se foder', 'tomar no cu', 'pqp mano', 'caralhinho', 'merdoso', 'merdosa', 'chatice do caralho', 'do caralho',
      'foda-te', 'caguei', 'cagada', 'cagar', 'desgraça do caralho', 'inferno do caralho', 'diabo que o carregue', 'vai pro inferno',
    ],
    sexual: [
      'chupar teus peitos', 'chupar seus peitos', 'chupar teus',
      'transar', 'transa comigo', 'vamos transar', 'quer transar', 'bora transar', 'quero transar', 'transar contigo', 'fazer sexo', 'quero sexo',
      'sexo comigo', 'sexo oral', 'sexo anal', 'sexo virtual', 'sexo por vídeo', 'pornô', 'porno', 'pornografia', 'putaria no privado', 'nudes',
      'nude', 'peladinha', 'tesão', 'tesao', 'tesuda', 'tesudo', 'com tesão', 'cheio de tesão',       'punheta', 'punhetas', 'punheteiro', 'bater punheta', 'siririca', 'masturbar', 'me masturbar', 'masturbação',       'boquete', 'chupar seu pau', 'chupar teu pau', 'meu pinto', 'minha piroca', 'piroca', 'pirocudo', 'rola grande',
      'buceta', 'boceta', 'xoxota', 'xereca', 'xota', 'ppk', 'perereca molhada', 'sua buceta', 'tua cona', 'caralho duro', 'peitões', 'peituda',
      'rabuda', 'bunduda', 'foder contigo', 'quero te foder', 'te foder gostoso', 'fuder gostoso', 'meter em você', 'meter em vc', 'mete gostoso',
      'sentar no meu', 'senta no meu', 'sentar gostoso', 'ménage', 'menage', 'suruba', 'orgia', 'webcam sexy', 'chamada pelada', 'onlyfans',
      'pack do pezinho', 'vendo pack', 'vendo packs', 'conteúdo +18', 'conteudo +18', 'conteúdo adulto', 'conteudo adulto',
    ],
    'sexual-harassment': [
      'manda nudes', 'manda nude', 'me manda nudes', 'me manda um nude', 'manda foto pelada', 'manda uma foto pelada', 'manda pack', 'me passa o pack',
      'mostra os peitos', 'mostra teus peitos', 'mostra seus peitos', 'mostra a bunda', 'mostra tua bunda', 'mostra sua bunda', 'mostra o corpo',
      'mostra teu corpo', 'mostra seu corpo', 'que roupa você tá usando', 'que roupa vc ta usando', 'tá usando o quê', 'cor da sua calcinha',
      'cor da tua calcinha', 'qual a cor da calcinha', 'tamanho do sutiã', 'tamanho do sutia', 'você é virgem', 'voce e virgem', 'vc é virgem',
      'vc e virgem', 'és virgem', 'quer fazer sexo', 'quer transar comigo', 'quero te comer', 'vou te comer', 'quero te chupar', 'quero te lamber',
      'quero te tocar', 'te pegar de jeito', 'você é gostosa', 'voce e gostosa', 'vc é gostosa', 'vc e gostosa', 'sua gostosa', 'que gostosa você',
      'gostosa demais você', 'gostosa pra caralho', 'tô de pau duro', 'to de pau duro', 'me deixa de pau duro', 'você me deixa com tesão',
      'vc me deixa com tesao', 'me deixa excitado', 'tira a roupa', 'tira essa roupa', 'tira a calcinha', 'sem roupa', 'abre as pernas',
      'senta no meu colo', 'dorme comigo', 'vem pra minha cama', 'vou te estuprar', 'quero te estuprar',
    ],
    spam: [
      'você ganhou', 'voce ganhou', 'vc ganhou', 'parabéns você ganhou', 'parabens voce ganhou', 'você foi sorteado', 'voce foi sorteado',
      'vc foi sorteado', 'resgate seu prêmio', 'resgate seu premio', 'resgatar prêmio', 'retire seu prêmio', 'prêmio garantido', 'premio garantido',
      'iphone grátis', 'iphone gratis', 'brinde grátis', 'diamantes grátis', 'diamantes gratis', 'sigo de volta', 'sdv', 'segue de volta', 'segue que sigo',
      'seguindo de volta', 'link na bio', 'link no perfil', 'clique aqui', 'clica aqui', 'clique no link', 'clica no link', 'acesse o link',
      'acessa o link', 'repasse essa mensagem', 'repassa pra', 'encaminhe para', 'compartilhe com 10',       'oferta relâmpago', 'oferta relampago', 'por tempo limitado', 'responda sair', 'para cancelar envie',
    ],
    phishing: [
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
      'siga, curta e marque', 'marque 3 amigos', 'marque três amigos',
      'vende-se', 'à venda', 'promoção', 'promocao', 'promo', 'desconto', 'descontos', 'frete grátis', 'frete gratis',
      'entrega grátis', 'compre já', 'compre ja', 'compre agora', 'chama no direct', 'chama na dm', 'chama no pv', 'chama no privado',       'pedidos pelo zap', 'pedidos no direct', 'valores no privado', 'valor no privado', 'preço no privado', 'preco no privado',
      'preço no pv', 'orçamento sem compromisso', 'faça seu pedido', 'faca seu pedido', 'revenda', 'revendedora',
      'seja revendedor', 'cupom de desconto', 'cupom', 'use meu cupom', 'meu código de desconto', 'se inscreve no canal', 'se inscreva no canal',
      'se inscrevam', 'meu canal no youtube', 'ativa o sininho', 'segue lá no insta', 'segue la no insta', 'estamos contratando', 'vagas de emprego',
      'vaga de emprego', 'vagas abertas', 'procuro emprego', 'procuro trabalho', 'preciso de emprego', 'meu currículo',
      'meu curriculo', 'trabalhe de casa', 'trabalhe em casa', 'renda extra', 'ganhe dinheiro', 'ganhar dinheiro em casa', 'ganhar dinheiro online',
      'dinheiro fácil', 'dinheiro facil', 'renda passiva', 'sorteio', 'sorteando', 'rifa', 'rifas', 'vaquinha', 'vakinha', 'vaquinha online',
      'doação', 'doacao', 'doações', 'doacoes', 'doem', 'ajude com qualquer valor', 'leilão', 'leilao', 'lance mínimo', 'aulas particulares',
      'valor da hora aula', 'afiliado', 'link de afiliado', 'catálogo', 'catalogo', 
    ],
    fraud: [
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
      'mineração na nuvem', 'usdt', 'pirâmide financeira', 'preso no aeroporto', 'pagar meu visto', 'pagar minha passagem',
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
      'procuro namorada', 'procuro namorado', 'procurando namorada', 'procurando namorado', 'busco namorada', 'busco namorado', 'quero uma namorada',
      'quero um namorado', 'quero namorar', 'quer namorar comigo', 'namora comigo', 'quer ser minha namorada', 'quer ser meu namorado',
      'quer casar comigo', 'procuro esposa', 'procuro marido', 'procuro alguém especial', 'procuro alguem especial',
      'procuro relacionamento sério', 'procuro relacionamento serio', 'procuro algo sério', 'procuro algo serio', 'procuro minha alma gêmea',
      'solteira procurando', 'solteiro procurando', 'solteira à procura', 'solteiro à procura', 'sugar daddy', 'sugar baby', 'amizade colorida',
      'procuro ficante', 'pegação', 'pegacao', 'encontro casual', 'sexo casual', 'garota de programa', 'garotas de programa', 'acompanhantes de luxo',
      'acompanhante de luxo', 'mulheres solteiras', 'solteiras perto de você', 'app de namoro',
    ],
    drugs: [
      'maconha', 'maconheiro', 'maconheira', { term: 'baseado', unless: ['baseado em', 'baseado num', 'baseado numa', 'baseado na história', 'baseado na vida', 'baseado no livro', 'baseado no filme', 'baseado nos fatos', 'baseado no que'] }, 'baseados', 'beck', 'becks', 'fumar um', 'fumar maconha', 'fumando maconha', 'fumar um baseado',
      'bolar um', 'bolar um beck', 'erva da boa', 'cannabis', 'haxixe', 'charro', 'charros', 'ganza', 'cocaína', 'cocaina', 'uma carreira',
      'cheirar pó', 'cheirar po', 'cheirar cocaína', 'lança-perfume', 'lanca perfume', 'loló', 'ecstasy', 'balinha de ecstasy',       'mdma', 'doce de lsd', 'lsd', 'ketamina', 'cogumelos mágicos', 'cogumelo mágico', 'chá de cogumelo', 'pedra de crack', 'fumar crack',
      'cracolândia', 'cracolandia', 'drogado', 'drogada', 'se drogar', 'me drogar', 'chapado', 'chapada', 'chapadão', 'boca de fumo',
      'vendo maconha', 'vendo droga', 'traficar', 'skank', 'metanfetamina', 'heroína', 'heroina', 'rivotril',
    ],
    alcohol: [
      'cerveja', 'cervejas', 'cervejinha', 'cerva', 'breja', 'brejas', 'chope', 'chopp', 'chopinho', 'cachaça', 'cachaca', 'caipirinha', 'caipirinhas',
      'caipiroska', 'vinho', 'vinhos', 'vinho tinto', 'vinho verde', 'vinho do porto', 'vodka', 'whisky', 'uísque', 'uisque', 'tequila', 'gin tônica',
      'gin tonica', 'cachaceiro', 'bebedeira', 'bêbado', 'bebado', 'bêbada', 'bebada', 'bêbados', 'bebum', 'porre', 'tomar um porre', 'encher a cara',
      'enchi a cara', 'de ressaca', 'ressaca braba', 'birita', 'biritas', 'goró', 'goro', 'sagres', 'super bock', 'brahma', 'skol', 'heineken',
      'beber até cair', 'beber ate cair', 'open bar', 'cerveja gelada', 'bebida alcoólica', 'bebidas alcoólicas', 'álcool', 'alcool',
    ],
    threat: [
      'te meto bala', 'meto bala', 'te encho de bala',
      'vou te matar', 'vou matar você', 'vou matar voce', 'vou matar vc', 'te mato', 'vou-te matar', 'mato-te', 'a gente vai te matar',
      'vou quebrar sua cara', 'vou quebrar tua cara', 'vou te quebrar', 'vou te encher de porrada', 'vou te encher de porrada', 'vou te dar um tiro',
      'te dou um tiro', 'vou te dar uma facada', 'vou te furar', 'vou te esfaquear', 'você tá morto', 'voce ta morto', 'vc ta morto', 'vc tá morto',
      'tu tá morto', 'tu ta morto', 'você tá morta', 'vc ta morta', 'tás morto', 'você vai morrer', 'vc vai morrer', 'vou acabar com você',
      'vou acabar com vc', 'vou atrás de você', 'vou atras de vc', 'vou te pegar na saída', 'vou te pegar na saida', 'se cuida que eu vou',
      'vou queimar sua casa', 'vou atirar na escola', 'massacre na escola', 'vou te esquartejar', 'vou te degolar',
    ],
    gore: [
      'decapitado', 'decapitada', 'decapitação', 'decapitacao', 'esquartejado', 'esquartejada', 'esquartejamento', 'desmembrado', 'desmembrada',
      'mutilado', 'mutilada', 'mutilação', 'degolado', 'degolada', 'tripas pra fora', 'miolos espalhados', 'sangue por todo lado',
      'vídeo de decapitação', 'video de decapitacao', 'vídeo de execução', 'corpo despedaçado', 'corpos despedaçados', 'cadáver em decomposição',
      'vídeo gore', 'video gore', 'fotos gore',
    ],
    'self-harm': [
      'quero morrer', 'eu quero morrer', 'queria morrer', 'vou me matar', 'quero me matar', 'penso em me matar', 'vou me suicidar',
      'quero me suicidar', 'suicídio', 'suicidio', 'pensamentos suicidas', 'me cortar', 'me cortando', 'me cortei de novo', 'cortar os pulsos',
      'cortar meus pulsos', 'automutilação', 'automutilacao', 'autolesão', 'não quero mais viver', 'nao quero mais viver', 'não quero viver',
      'nao quero viver', 'tirar minha vida', 'tirar a minha vida', 'acabar com a minha vida', 'acabar com minha vida', 'queria estar morto',
      'queria estar morta', 'pular da ponte', 'me jogar da ponte', 'me jogar do prédio', 'me enforcar', 'tomar todos os remédios',
      'overdose de remédios', 'a vida não vale a pena', 'a vida nao vale a pena', 'quero sumir pra sempre',
    ],
    hate: [
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
      'aborto', 'abortar', 'pró-vida', 'pro vida', 'bolsonaro', 'bolsonarista', 'bolsominion', 'bolsominions', 'petralha', 'petralhas', 'lulista',
      'governo lula', 'lula ladrão', 'lula ladrao', 'lula livre', 'fora lula', 'fora bolsonaro', 'ditadura militar', 'ditadura', 'golpe de 64',
      'intervenção militar', 'intervencao militar', 'salazar', 'salazarismo', 'deus não existe', 'deus nao existe', 'a religião é', 'a religiao e',
      'os evangélicos são', 'os evangelicos sao', 'o islã é', 'o isla e', 'os judeus são', 'israel e palestina', 'genocídio em gaza', 'pena de morte',
      'nazista', 'nazistas', 'nazismo', 'holocausto', 'comunista', 'comunistas', 'esquerdopata', 'esquerdopatas', 'fascista', 'fascistas',
      'fraude nas urnas', 'urnas fraudadas', 'andré ventura',
    ],
    // A group on its own is talk ("meus amigos baianos"); next to contempt in one sentence it is an attack on the group.
    group: GROUP,
    negative: CONTEMPT.map(notDenied),
    app: [...APPS, 'zapp', 'uatsap', 'whatzap', 'wats', 'watts', 'facebook', 'telegrama'],
    contact: [
      'número', 'numero', 'num', 'telefone', 'tel', 'cel', 'celular', 'telemóvel', 'telemovel', 'contato', 'contacto', 'e-mail', 'email',
      'usuário', 'usuario', 'perfil', 'arroba', '@ do insta', 'endereço', 'endereco', 'redes sociais',
    ],
    picture: ['foto', 'fotos', 'fotinha', 'fotinho', 'selfie', 'selfies', 'vídeo', 'video', 'vídeos', 'videos', 'chamada de vídeo', 'chamada de video', 'imagem', 'imagens', 'pack', 'cam', 'câmera'],
    body: [
      'peitos', 'peitinhos', 'seios', 'mamas', 'mamilos', 'bunda', 'bundinha', 'rabo', 'raba', 'pernas', 'coxas', 'pés', 'pezinho', 'corpo',
      'corpo todo', 'calcinha', 'sutiã', 'sutia', 'cueca', 'lingerie', 'biquíni', 'biquini', 'pelada', 'pelado', 'sem roupa', 'no banho', 'pau',
      'pinto', 'piroca', 'rola', 'buceta', 'xoxota', 'cona', 'decote', 'barriga',
    ],
    request: [
      'me passa', 'me passa teu', 'me passa seu', 'me passa o teu', 'me passa o seu', 'passa teu', 'passa seu', 'passa o teu', 'passa o seu',
      'me manda', 'manda teu', 'manda seu', 'me envia', 'envia-me', 'me add', 'me adiciona', 'me adc', 'adiciona-me', 'adiciona aí', 'me chama no',
      'me chama na', 'chama no', 'me liga', 'liga-me', 'me dá teu', 'me dá seu', 'me da teu', 'me da seu', 'dá-me o teu', 'qual seu', 'qual teu',
      'qual o seu', 'qual o teu', 'qual é o seu', 'qual é o teu', 'qual e o seu', 'deixa eu ver', 'deixa-me ver', 'me mostra', 'mostra-me',
      'mostra', 'me empresta', 'empresta-me', 'me arruma', 'me segue no', 'me segue na', 'me procura no', 'me acha no',
      'me mandar', 'me mande', 'manda pra mim', 'mande pra mim', 'me enviar', 'me envie', 'me emprestar', 'me emprestas', 'emprestas-me',
      'podes emprestar-me', 'me transfere', 'me transferir', 'transfere pra mim', 'me depositar', 'deposita pra mim', 'me arranja', 'me arranjar',
      'arranja-me',
      ...APPS.flatMap((app) => [`tem ${app}`, `você tem ${app}`, `vc tem ${app}`, `tens ${app}`, `usa ${app}`]),
    ],
    money: [
      'dinheiro', 'chave pix', 'reais', 'euros', 'dólares', 'dolares', 'transferência', 'transferencia', 'mbway', 'mb way',
      'cartão de crédito', 'cartao de credito', 'conta bancária', 'conta bancaria', 'bitcoin', 'cripto', 'criptomoeda', 'empréstimo', 'emprestimo',
      'boleto', 'uma grana', 'a grana', 'um pix', 'via pix', 'no pix', 'uns trocados', 'trocado',
      'dindin', 'paypal', 'western union', 'binance',
    ],
    you: ['você', 'voce', 'vc', 'vcs', 'vocês', 'voces', 'tu', 'te', 'ti', 'teu', 'tua', 'seu', 'sua', 'contigo', 'cê', 'vós'],
    your: ['teu', 'tua', 'seu', 'sua'],
    violence: [
      'te quebro', 'te arrebento', 'te furo', 'te dou porrada', 'te meto a porrada',
      'te matar', 'matar-te', 'matar você', 'matar vc', 'esfaquear', 'te esfaquear', 'te furar', 'te bater', 'te espancar', 'espancar', 'te enforcar',
      'te estrangular', 'estuprar', 'te estuprar', 'te queimar', 'te degolar', 'te dar um tiro', 'te enterrar', 'te arrebentar', 'arrebentar tua',
    ],
    laughter: ['kkkk', 'kkk', 'rsrs*', 'hahaha*', 'kkkkk'],
    meta: [
      'o que significa', 'oq significa', 'o q significa', 'o que quer dizer', 'oq quer dizer', 'que quer dizer', 'como se diz', 'como se fala',
      'como falar', 'significado de', 'a palavra', 'essa palavra', 'esta palavra', 'palavrão', 'palavrao', 'palavrões', 'palavroes', 'é ofensivo',
      'é falta de educação', 'é rude', 'é grosseiro', 'é vulgar', 'tradução', 'traducao', 'traduzir', 'qual a diferença entre', 'no brasil se diz',
      'em portugal diz-se', 'por que falam', 'porque dizem',
    ],
  },
};
