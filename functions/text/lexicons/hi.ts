import { pairs, unlessAfter, unlessAround, unlessBefore } from './term-builders';
import type { Lexicon, TermWithExceptions } from './types';

/**
 * Hindi as it is typed: Devanagari and, just as often, romanised Hinglish with free spelling
 * (chutiya/chutia/chootiya, bhenchod/behenchod/bhanchod, bsdk, bkl). Both match whole words. Bare `bc` and
 * `mc` stay out: in English chat they mean "because" and Minecraft far more often than the abuse; so do
 * words that are ordinary nouns first: kutta/कुत्ता (a dog), gadha/गधा (a donkey), साला (a brother-in-law),
 * chut (French "hush"), do (English), khoon/खून (blood in any medical talk), goli/गोली (a pill).
 * Plain English signal words (beer, porn, for sale) belong to the English lexicon, which runs on every
 * text anyway; only cue words that Hinglish sentences lean on are repeated here.
 */
/**
 * People as a group, in both scripts (plurals and the oblique -ों/-on forms people write with से, को).
 * Left out: चीनी (sugar), गोरे/gore (fair-skinned, and English "gore"), काले (black things), बिहार (the state).
 */
const GROUPS = [
  'मुसलमान', 'मुसलमानों', 'मुस्लिम', 'मुस्लिमों', 'हिंदू', 'हिन्दू', 'हिंदुओं', 'हिन्दुओं', 'सिख', 'सिखों', 'सरदार', 'सरदारों', 'ईसाई', 'ईसाइयों', 'जैन',
  'दलित', 'दलितों', 'ब्राह्मण', 'ब्राह्मणों', 'बिहारी', 'बिहारियों', 'यूपी वाले', 'बंगाली', 'बंगालियों', 'पंजाबी', 'पंजाबियों', 'गुजराती', 'गुजरातियों',
  'मराठी', 'कश्मीरी', 'कश्मीरियों', 'पाकिस्तानी', 'पाकिस्तानियों', 'बांग्लादेशी', 'बांग्लादेशियों', 'रोहिंग्या', 'नेपाली', 'साउथ इंडियन', 'नॉर्थ ईस्ट वाले',
  'अफ्रीकी', 'विदेशी', 'औरतें', 'औरतों', 'लड़कियाँ', 'लड़कियां', 'लड़कियों', 'मर्द', 'मर्दों', 'किन्नर', 'समलैंगिक', 'बूढ़े', 'बुड्ढे',
  'muslim', 'muslims', 'musalman', 'musalmaan', 'mussalman', 'musalmano', 'musalmanon', 'hindu', 'hindus', 'hinduon', 'sikh', 'sikhs', 'sardar',
  'sardarji', 'sardaar', 'isai', 'dalit', 'dalits', 'brahmin', 'brahmins', 'bihari', 'biharis', 'bihariyon', 'bengali', 'bangali', 'punjabi', 'gujarati',
  'gujju', 'marathi', 'kashmiri', 'kashmiris', 'pakistani', 'pakistanis', 'bangladeshi', 'bangladeshis', 'rohingya', 'nepali', 'south indian',
  'north indian', 'northeast wale', 'north east wale', 'videshi', 'gore log', 'kale log', 'aurat', 'aurate', 'aurtein', 'auratein', 'aurton', 'auraton',
  'ladkiyan', 'ladkiyaan', 'ladkiya', 'ladkiyon', 'larkiyan', 'mard', 'mardon', 'kinnar', 'gay log', 'buddhe', 'budhe log',
];
/**
 * Contempt said of people: no insult alone, hate aimed at a group. Nouns that are ordinary as victims or
 * things come as predicates (चोर हैं, not a bare चोर: "the thief came"); सूअर stays out (pork talk).
 */
const CONTEMPT = [
  { term: 'गंदे', unless: ['गंदे कपड़े'] }, { term: 'गन्दे', unless: ['गन्दे कपड़े'] }, { term: 'गंदी', unless: ['गंदी बात'] }, 'गंदगी फैलाते', 'बदबूदार',
  'चोर होते', 'चोर हैं', 'चोर है', 'चोर ही', 'सब चोर', 'गद्दार', 'देशद्रोही', 'आतंकवादी', 'आतंकी', 'जिहादी', 'नीच', 'घटिया लोग', 'घटिया कौम',
  'गंवार', 'गँवार', 'जाहिल', 'अनपढ़', 'कामचोर', 'आलसी', 'मक्कार', 'धोखेबाज़', 'धोखेबाज', 'झूठे होते', 'झूठे हैं', 'कीड़े', 'कीड़े मकोड़े', 'दीमक',
  'भिखारी', 'भिखमंगे', 'जानवर', 'बेवकूफ', 'बेवकूफ़', 'मूर्ख', 'से नफरत है', 'से नफ़रत है', 'नफरत है मुझे', 'घुसपैठिए', 'घुसपैठिये', 'देश से निकालो',
  'बाहर निकालो', 'भगाओ', 'भगा दो', 'भगा देना', 'देश से भगा', 'निकाल देना चाहिए', 'निकाल फेंको', 'मार डालो', 'खत्म कर दो', 'देश के लिए खतरा', 'दिमाग से कमज़ोर', 'सूअर हैं', 'सूअर होते', 'कुत्ते हैं', 'कुत्ते होते', 'दिमाग से कमजोर', 'कम अक्ल', 'देश के लिए ख़तरा', 'देश के दुश्मन', 'देश का दुश्मन', 'रसोई के लिए बनी', 'रसोई तक', 'पाकिस्तान भेजो', 'वापस भेजो',
  'gande', { term: 'gandi', unless: ['gandi baat'] }, 'gande log', 'badbudar', 'chor hote', 'chor hain', 'chor hai', 'chor hi', 'sab chor', 'chor log', 'gaddar', 'gaddaar', 'deshdrohi',
  'aatankwadi', 'atankwadi', 'aatanki', 'neech', 'ghatiya log', 'ghatiya kaum', 'ganwar', 'ganwaar', 'ganvar', 'gawar', 'gavar', 'gawaar', 'jahil', 'jaahil',
  'anpadh', 'kaamchor', 'kamchor', 'aalsi', 'makkar', 'dhokebaaz', 'dhokhebaaz', 'dhokebaz', 'jhoothe hote', 'jhoote hote', 'jhoothe hain',
  'jhute hote', 'keede', 'keede makode', 'kide makode', 'deemak', 'bhikari', 'bhikhari', 'bhikhmange', 'janwar', 'jaanwar', 'bewakoof',
  'bewkoof', 'bevkoof', 'murkh', 'se nafrat hai', 'ghuspaithiye', 'ghuspaithiya', 'desh se nikalo', 'nikalo desh se', 'bahar nikalo', 'bhagao', 'desh ke liye khatra', 'desh ke dushman', 'desh ka dushman', 'rasoi ke liye bani', 'kitchen ke liye bani', 'kitchen tak', 'dimaag se kamzor', 'dimag se kamzor', 'suar hain', 'suar hai', 'suar hote', 'kutte hain', 'kutte hote',
  'keede hain',
  'kam akal', 'kam akl',
  'rasoi tak', 'bhaga do', 'bhaga dena', 'desh se bhaga', 'nikal dena chahiye',
  'maar dalo', 'maar daalo', 'pakistan bhejo', 'wapas bhejo', 'kachra log',
];

/**
 * Words that are an insult when said TO someone but ordinary about oneself or in the air ("main bhi kitna
 * bewakoof hoon", "nalla baitha hoon aaj"): they count only in the shapes that aim them at the reader
 * ("tu nalla hai", "bewakoof ho tum", "abe ullu", "nikamma kahin ka"). pagal stays out: "tu pagal hai yaar" is banter.
 */
const ADDRESSED_WORDS = [
  'bewakoof', 'bewkoof', 'bevkoof', 'bevakoof', 'bewakuf', 'nalla', 'nalle', 'nikamma', 'nikammi', 'nikamme', 'gadha', 'murkh', 'moorkh', 'chapri',
  'chhapri', 'jahil', 'jaahil', 'ganwar', 'ganwaar', 'gawar', 'gawaar', 'lallu', 'fattu', 'moti bhains', 'kaamchor', 'kamchor',
];
const ADDRESSED_WORDS_DEVANAGARI = [
  'बेवकूफ', 'बेवकूफ़', 'नालायक', 'निकम्मा', 'निकम्मी', 'निकम्मे', 'गधा', 'मूर्ख', 'जाहिल', 'गंवार', 'गँवार', 'फट्टू', 'मोटी भैंस', 'कामचोर',
];
/**
 * Nouns with an everyday sense after "tu/tum" ("tum kutta paalte ho?", "tum bhains ka doodh lete ho?", "tum dhakkan
 * band karo", "tum ghatiya movie dekh rahe ho"): only as a predicate of the reader ("kutta hai tu") or with "kahin ka".
 */
const PREDICATE_ONLY = ['ullu', 'bhikhari', 'bhikari', 'kutta', 'kutte', 'kutiya', 'suar', 'suwar', 'janwar', 'jaanwar', 'ghatiya', 'kachra', 'bhains', 'dhakkan', 'gadhe', 'gadhi'];
const PREDICATE_ONLY_DEVANAGARI = ['उल्लू', 'भिखारी', 'कुत्ता', 'कुत्ते', 'सूअर', 'जानवर', 'घटिया', 'कचरा', 'भैंस', 'ढक्कन', 'गधे', 'गधी'];
/** Who the words are aimed at, with the intensifiers people put between: "tu", "tum toh bilkul", "abe", "tere jaisi". */
const YOU_HEADS = ['tu', 'tum', 'tu toh', 'tum toh', 'tu to', 'tum to'];
const YOU_HEADS_DEVANAGARI = ['तू', 'तुम', 'तू तो', 'तुम तो'];
/** Intensifiers that make "tu X" a judgement of the reader: "tu toh pura nalla hai", "tu ekdum dhakkan hai". */
const INTENSIFIERS = ['ekdum', 'bilkul', 'pura', 'puri', 'poora', 'poori', 'sach mein', 'ek number ka', 'ek number ki', 'sabse bada', 'sabse badi'];
const INTENSIFIERS_DEVANAGARI = ['एकदम', 'बिल्कुल', 'पूरा', 'पूरी', 'सच में', 'एक नंबर का', 'एक नंबर की'];
/** Orders to shut up or leave, then the name they call the reader: "chup kar bewakoof", "बकवास बंद कर बेवकूफ". */
/** Words that judge the reader only when heightened ("tu ekdum bekaar hai"); "tu bekar mein pareshan hai" is "needlessly". */
const INTENSIFIED_ONLY = ['bekaar', 'bekar', 'faltu', 'bakwaas', 'bakwas'];
/** "tu kutta hai", "tum janwar ho": a noun with an everyday sense, said to be the reader. */
const YOU_ARE = [
  ...pairs(['tu', 'tum', 'aap'], pairs([...PREDICATE_ONLY, 'nalla', 'nikamma', 'nikammi', 'gadha', 'chapri', 'lallu', 'fattu'], ['hai', 'ho', 'h'])),
  ...pairs(['तू', 'तुम', 'आप'], pairs([...PREDICATE_ONLY_DEVANAGARI, 'निकम्मा', 'गधा'], ['है', 'हो'])),
  'insaan nahi janwar', 'insaan nahi haiwan', 'insan nahi janwar', 'इंसान नहीं जानवर', 'इंसान नहीं हैवान',
];
const DISMISSALS = ['band kar', 'chup kar', 'chup ho ja', 'nikal', 'chal nikal', 'bakwas mat kar', 'bakwas band kar', 'bakwaas band kar', 'dimag mat kha', 'dimaag mat kha'];
const DISMISSALS_DEVANAGARI = ['बंद कर', 'चुप कर', 'निकल', 'चल निकल', 'बकवास मत कर', 'बकवास बंद कर', 'दिमाग मत खा'];
const ROMAN_HEADS = [
  ...YOU_HEADS, ...pairs(YOU_HEADS, ['ekdum', 'bilkul', 'bahut', 'sach mein', 'pakka', 'bada', 'badi', 'kitna bada', 'kitni badi', 'sabse bada', 'sabse badi']),
  'tum log', 'tum sab', 'tum kitne bade', 'abe', 'abey', 'oye', 'saala', 'saale', 'tere jaisa', 'tere jaise', 'tere jaisi', 'tum jaise', 'tum jaisi', 'tujh jaisa', 'tujh jaisi',
];
const DEVANAGARI_HEADS = [
  ...YOU_HEADS_DEVANAGARI, ...pairs(YOU_HEADS_DEVANAGARI, ['एकदम', 'बिल्कुल', 'बहुत', 'सच में', 'कितना बड़ा', 'कितनी बड़ी']),
  'तुम लोग', 'अबे', 'तेरे जैसा', 'तेरे जैसे', 'तेरे जैसी', 'तुम जैसे', 'तुम जैसी',
];
/** "tu (toh / ekdum / kitna bada) X", "X hai tu", "tum X ho", "abe X", "X kahin ka". */
const ADDRESSED_INSULTS = [
  // Nouns and adjectives that also qualify a thing ("tum ekdum ghatiya movie dekhte ho") only as the predicate: "tu ekdum dhakkan hai".
  ...pairs(pairs(YOU_HEADS, INTENSIFIERS), ADDRESSED_WORDS), ...pairs(pairs(pairs(YOU_HEADS, INTENSIFIERS), [...PREDICATE_ONLY, ...INTENSIFIED_ONLY, 'moti', 'mota', 'kalua']), ['hai', 'ho', 'h']),
  ...pairs(INTENSIFIED_ONLY, ['hai tu', 'ho tum', 'kahin ka', 'kahin ki']), ...YOU_ARE,
  ...pairs(pairs(YOU_HEADS_DEVANAGARI, INTENSIFIERS_DEVANAGARI), ADDRESSED_WORDS_DEVANAGARI), ...pairs(pairs(pairs(YOU_HEADS_DEVANAGARI, INTENSIFIERS_DEVANAGARI), PREDICATE_ONLY_DEVANAGARI), ['है', 'हो']),
  ...pairs(DISMISSALS, ADDRESSED_WORDS), ...pairs(DISMISSALS_DEVANAGARI, ADDRESSED_WORDS_DEVANAGARI),
  ...pairs(['moti', 'mota', 'kalua'], ['hai tu', 'kahin ki', 'kahin ka', 'kahi ki', 'kahi ka']),
  ...pairs(ROMAN_HEADS, ADDRESSED_WORDS),
  ...pairs([...ADDRESSED_WORDS, ...PREDICATE_ONLY], ['hai tu', 'h tu', 'ho tum', 'ho aap', 'kahin ka', 'kahi ka', 'kahin ki', 'kahi ki', 'kahin ke', 'lagta hai tu', 'lagti hai tu']),
  ...pairs(['abe', 'saale', 'tere jaisa', 'tere jaise', 'tere jaisi', 'tum jaise', 'tum jaisi'], PREDICATE_ONLY),
  ...pairs(DEVANAGARI_HEADS, ADDRESSED_WORDS_DEVANAGARI),
  ...pairs([...ADDRESSED_WORDS_DEVANAGARI, ...PREDICATE_ONLY_DEVANAGARI], ['है तू', 'हो तुम', 'कहीं का', 'कहीं की', 'कहीं के', 'लगता है तू', 'लगती है तू']),
  ...pairs(['अबे', 'तेरे जैसा', 'तेरे जैसे', 'तेरे जैसी', 'तुम जैसे', 'तुम जैसी'], PREDICATE_ONLY_DEVANAGARI),
  // A person named by contempt: "ghatiya ladki", "besharam aurat", "characterless ladki".
  ...pairs(['ghatiya', 'besharam', 'chalu', 'characterless', 'badchalan', 'gandi soch wali'], ['ladki', 'aurat', 'aadmi', 'ladka', 'insaan', 'aurat hai tu', 'ladki hai tu']),
  ...pairs(['घटिया', 'बेशर्म', 'चालू', 'बदचलन'], ['लड़की', 'औरत', 'आदमी', 'लड़का']),
];
/**
 * Romanised chodna (to fuck) is spelled like chhodna (to leave) as most people type it: "job chodna hai", "station chod
 * dunga", "tujhe nahi chodunga". The leaving senses come with a place, a habit or a companion; those are cleared.
 */
const LEFT_BEHIND = ['tak', 'stop', 'gate', 'job', 'naukri', 'ghar', 'school', 'college', 'padhai', 'kaam', 'shehar', 'desh', 'city', 'station', 'airport', 'saath', 'sath',
  'peeche', 'piche', 'adhura', 'mauka', 'smoking', 'cigarette', 'sutta', 'daaru', 'daru', 'sharab', 'nasha', 'sab', 'sab kuch', 'pg', 'hostel', 'office', 'bus stand', 'metro'];
const CHODNA = { term: 'chodna', unless: [...LEFT_BEHIND.map((thing) => `${thing} chodna`), 'chodna pada', 'chodna padega', 'chodna padta', 'chodna mat', 'mat chodna', 'nahi chodna', 'chodna nahi'] };
const CHODUNGA = { term: 'chodunga', unless: [...LEFT_BEHIND.map((thing) => `${thing} chodunga`), 'nahi chodunga', 'chodunga nahi', 'na chodunga'] };
const CHOD_DUNGA = { term: 'chod dunga', unless: [...LEFT_BEHIND.map((thing) => `${thing} chod dunga`), 'ghar tak chod dunga', 'chod dunga nahi', 'nahi chod dunga'] };
/**
 * Stalking told as a story: where the reader lives, when she leaves, standing outside her place, finding her
 * address, coming back after a block. A bare "tere ghar ke bahar hoon" (a friend picking you up) stays out:
 * only the habitual or knowing shapes count.
 */
const PLACES = ['ghar', 'office', 'college', 'school', 'hostel', 'gym', 'coaching', 'building', 'pg'];
const PLACES_DEVANAGARI = ['घर', 'ऑफिस', 'दफ्तर', 'कॉलेज', 'स्कूल', 'हॉस्टल', 'जिम', 'कोचिंग', 'बिल्डिंग'];
const STALKING = [
  // Known, not asked ("tumhare college ka naam pata nahi tha" is not stalking); at her window, not the view from it.
  ...pairs(['tumhare', 'tere', 'teri', 'tumhari'], ['college ka naam bhi pata', 'college ka naam pata hai mujhe', 'office ka naam bhi pata', 'office ka naam pata hai mujhe',
    'school ka naam bhi pata', 'window ke bahar tha', 'window ke bahar khada', 'khidki ke bahar tha', 'khidki ke bahar khada']),
  ...pairs(['तुम्हारे', 'तेरे', 'तेरी', 'तुम्हारी'], ['कॉलेज का नाम भी पता', 'ऑफिस का नाम भी पता', 'खिड़की के बाहर था', 'खिड़की के बाहर खड़ा']),
  ...pairs(['tumhari har', 'teri har', 'tumhare har', 'tere har'], ['post pe nazar', 'post par nazar', 'story pe nazar', 'move pe nazar', 'harkat pe nazar']),
  ...pairs(['तुम्हारी हर', 'तेरी हर', 'तुम्हारे हर', 'तेरे हर'], ['पोस्ट पर नज़र', 'पोस्ट पर नजर', 'हरकत पर नज़र', 'हरकत पर नजर']),
  // Wishing the reader dead: "tu mar kyu nahi jaata", "doob mar".
  'tu mar ja', 'tu mar jaa', 'mar kyu nahi jata', 'mar kyu nahi jaata', 'mar kyon nahi jaata', 'mar kyu nahi jati', 'mar kyu nahi jaati', 'ja ke mar', 'jaa ke mar',
  'doob mar', 'chullu bhar paani mein doob', 'logon ko mar jana chahiye', 'tujhe mar jana chahiye', 'tumhe mar jana chahiye', 'तू मर जा', 'मर क्यों नहीं जाता',
  'मर क्यों नहीं जाती', 'जा के मर', 'डूब मर', 'चुल्लू भर पानी में डूब', 'लोगों को मर जाना चाहिए', 'तुझे मर जाना चाहिए',
  // Watching and checking on her: "tujh pe nazar hai", "kiske saath ghoom rahi thi".
  ...pairs(['tujh pe', 'tujh par', 'tum pe', 'tum par', 'teri har harkat pe', 'tumhari har harkat pe'], ['nazar hai', 'nazar rakh raha', 'nazar rakhta', 'najar hai']),
  ...pairs(['तुझ पर', 'तुझ पे', 'तुम पर', 'तेरी हर हरकत पर'], ['नज़र है', 'नजर है', 'नज़र रख रहा', 'नजर रख रहा']),
  'kiske saath ghoom rahi thi', 'kis ke saath ghoom rahi thi', 'kis ladke ke saath ghoom rahi', 'kiske sath ghum rahi thi', 'किसके साथ घूम रही थी',
  'किस लड़के के साथ घूम रही',
  // Menace after a condition: "reply nahi kiya toh tere ghar aa jaunga"; a bare "tere ghar aa jaunga" is a visit.
  ...pairs(['warna', 'varna', 'nahi toh', 'nahi to', 'reply nahi kiya toh', 'reply nahi kiya to', 'jawab nahi diya toh', 'jawab nahi diya to',
    'reply nahi karegi toh', 'reply nahi karogi toh', 'baat nahi ki toh', 'baat nahi karegi toh'],
    ['ghar aa jaunga', 'tere ghar aa jaunga', 'tumhare ghar aa jaunga', 'upar aa jaunga', 'college aa jaunga', 'office aa jaunga', 'sabko bata dunga',
      'photo viral', 'gharwalon ko bata dunga', 'ghar walon ko bata dunga']),
  ...pairs(['वरना', 'नहीं तो', 'जवाब नहीं दिया तो', 'रिप्लाई नहीं किया तो'], ['घर आ जाऊंगा', 'तेरे घर आ जाऊंगा', 'ऊपर आ जाऊंगा', 'सबको बता दूंगा', 'घरवालों को बता दूंगा']),
  // Pictures held over the reader.
  'leak kar dunga', 'leak kar denge', 'लीक कर दूंगा', 'gharwalon ko dikha dunga', 'gharwalo ko dikha dunga', 'ghar walon ko bhej dunga',
  'tere papa ko dikha dunga', 'घरवालों को दिखा दूंगा', 'teri photos sabko', 'tumhari photos sabko', 'teri pics sabko', 'तेरी फोटो सबको', 'तुम्हारी फोटो सबको',
  ...pairs(['pata hai tu', 'pata hai tum', 'pata h tu', 'pta hai tu', 'pta h tu', 'pata hai aap', 'pata hai tu roz', 'pata hai tum roz'],
    ['kahan rehti', 'kaha rehti', 'kahan rehta', 'kaha rehta', 'kahan rehte', 'kaunsi building', 'kis building', 'kis floor', 'kahan jaati', 'kaha jati',
      'kahan jati', 'kab nikalti', 'kab aati', 'kis time nikalti', 'kis bus', 'kaunsi bus', 'kis time', 'kitne baje', 'kab college', 'kab office', 'kis raaste', 'kis route', 'kaunse raaste']),
  ...pairs(['पता है तू', 'पता है तुम', 'पता है आप', 'पता है तू रोज़', 'पता है तू रोज'],
    ['कहाँ रहती', 'कहां रहती', 'कहाँ रहता', 'कहां रहता', 'कहाँ जाती', 'कहां जाती', 'किस बिल्डिंग', 'कौन सी बिल्डिंग', 'कब निकलती', 'कब आती', 'किस टाइम']),
  ...pairs(['tera', 'teri', 'tumhara', 'tumhari', 'aapka', 'tere ghar ka', 'tumhare ghar ka'],
    ['address mil gaya hai mujhe', 'address nikal liya', 'address nikaal liya', 'address dhoondh liya', 'address dhund liya', 'ghar dhoondh liya', 'ghar dhund liya',
      'location nikal li', 'location pata chal gayi']),
  ...pairs(['तेरा', 'तुम्हारा', 'आपका', 'तेरे घर का', 'तुम्हारे घर का'], ['पता मिल गया है मुझे', 'पता निकाल लिया', 'एड्रेस निकाल लिया', 'घर ढूंढ लिया', 'लोकेशन निकाल ली']),
  ...pairs(pairs(['tere', 'tumhare', 'teri'], PLACES), ['ke bahar khada rehta', 'ke bahar roz', 'ke chakkar lagata', 'ke bahar wait karta', 'ke bahar khada hoon roz', 'ke bahar roz khada', 'ke saamne roz', 'ke neeche roz', 'ke bahar har roz', 'ke bahar har din']),
  ...pairs(pairs(['तेरे', 'तुम्हारे', 'तेरी'], PLACES_DEVANAGARI), ['के बाहर खड़ा रहता', 'के बाहर रोज़', 'के चक्कर लगाता']),
  ...pairs(['tumhe', 'tujhe', 'tumko', 'tujhko', 'aapko'], ['roz follow karta', 'roz follow kar raha', 'chupke se dekhta', 'roz notice karta', 'roz chupke']),
  'tera peecha', 'tera pichha', 'tera picha', 'tumhara peecha', 'tumhara pichha', 'tumhara picha', 'peecha karta hoon', 'pichha karta hoon',
  'peecha karte hue', 'pichha karte hue', 'तुम्हारा पीछा', 'आपका पीछा', 'पीछा करते हुए', 'पीछा करता हूँ', 'पीछा करता हूं',
  // A block answered with a way around it; "block kiya to kya hoga?" is a question about the app.
  ...pairs(['block karegi toh', 'block karegi to', 'block karogi toh', 'block karoge toh', 'block kiya toh', 'block kiya to', 'block karke'],
    ['naya account', 'nayi id', 'new id', 'dusre number se', 'doosre number se', 'naye number se', 'ghar aa jaunga', 'ghar aa jaaunga']),
  ...pairs(['ब्लॉक करेगी तो', 'ब्लॉक किया तो', 'ब्लॉक करके'], ['नया अकाउंट', 'नई आईडी', 'दूसरे नंबर से', 'घर आ जाऊंगा']), 'block karke dekh',
  'bachke dikha', 'bach ke dikha', 'bachke dikhana', 'bach ke dikhana', 'बचके दिखा', 'बच के दिखा', 'bachke kahan jaogi', 'bach ke kahan jaogi', 'bachke kahan jayegi', 'bach ke kahan jayegi', 'kab tak bhagegi', 'kab tak bhagogi', 'kahan tak bhagegi',
  'बचके कहाँ जाएगी', 'बच के कहाँ जाएगी', 'कब तक भागेगी', 'roz dekhta hoon tujhe', 'tujhe roz dekhta', 'तुझे रोज़ देखता', 'तुझे रोज देखता',
];
/** Threats told as what will happen to the reader, not what the speaker will do with a weapon. */
const CONSEQUENCE_THREATS = [
  ...pairs(['gardan', 'gala', 'zubaan', 'zuban', 'jeebh', 'naak', 'haath', 'ungli', 'ungliyan', 'sar'], ['kaat dunga', 'kaat denge', 'kaat dalunga', 'kaat ke rakh dunga']),
  ...pairs(['गर्दन', 'गला', 'ज़ुबान', 'जुबान', 'नाक', 'हाथ', 'उंगलियां'], ['काट दूंगा', 'काट दूँगा', 'काट देंगे', 'काट डालूंगा']),
  'goli maar ke rahunga', 'goli maar denge', 'goli maarunga', 'goli chala dunga', 'goli se uda dunga', 'tujhe uda dunga', 'गोली मार के रहूंगा', 'गोली मार देंगे',
  'adhmara kar dunga', 'adhmara kar denge', 'अधमरा कर दूंगा', 'अधमरा कर देंगे', 'apni maut ka intezaam', 'apni maut ka intazam', 'teri maut', 'tumhari maut',
  'तेरी मौत', 'तुम्हारी मौत', 'अपनी मौत का इंतज़ाम', 'bahar mil phir batata', 'bahar mil fir batata', 'bahar mil tab batata', 'bahar mil tujhe batata',
  'bahar mil phir dekhta', 'akele mil phir batata', 'बाहर मिल फिर बताता', 'बाहर मिल फिर देखता',
  // Bones and faces to be broken: "haath pair tod dunga", "daant tod denge", "sar phod dunga".
  ...pairs(['haath', 'hath', 'haath pair', 'hath pair', 'taang', 'taange', 'taangein', 'tange', 'muh', 'munh', 'daant', 'dant', 'jabda', 'gardan', 'haddi', 'haddiyan', 'sar'],
    ['tod dunga', 'tod denge', 'tod doonga', 'tod dalunga', 'todwa dunga', 'phod dunga', 'phod denge', 'tod ke rakh dunga']),
  ...pairs(['हाथ', 'हाथ पैर', 'टांग', 'टांगें', 'मुंह', 'मुँह', 'दांत', 'जबड़ा', 'गर्दन', 'हड्डियां', 'सिर', 'सर'], ['तोड़ दूंगा', 'तोड़ दूँगा', 'तोड़ देंगे', 'फोड़ दूंगा', 'फोड़ देंगे']),
  ...pairs(['tere', 'tumhare', 'aapke'], ['saath bura hoga', 'sath bura hoga', 'saath bahut bura hoga', 'saath kuch bhi ho sakta']),
  ...pairs(['तेरे', 'तुम्हारे', 'आपके'], ['साथ बुरा होगा', 'साथ बहुत बुरा होगा', 'साथ कुछ भी हो सकता']),
  // The reader's family as the target: "teri maa ko utha lenge", "tere baap ko nahi chhodunga".
  ...pairs(['teri maa ko', 'teri behen ko', 'teri bahan ko', 'tere baap ko', 'tere papa ko', 'tere bhai ko', 'teri family ko', 'tere gharwalon ko',
    'tere ghar walon ko', 'tumhari family ko', 'tumhare gharwalon ko'],
    ['utha lenge', 'utha lunga', 'uthwa lunga', 'uthwa lenge', 'nahi chhodunga', 'nahi chodunga', 'nahi chhodenge', 'maar dunga', 'maar denge', 'dekh lunga',
      'dekh lenge', 'khatam kar dunga']),
  ...pairs(['तेरी माँ को', 'तेरी मां को', 'तेरी बहन को', 'तेरे बाप को', 'तेरे भाई को', 'तेरे घरवालों को', 'तुम्हारी फैमिली को'],
    ['उठा लेंगे', 'उठा लूंगा', 'उठवा लूंगा', 'नहीं छोड़ूंगा', 'नहीं छोड़ेंगे', 'मार दूंगा', 'मार देंगे', 'देख लूंगा', 'देख लेंगे']),
  'sar tan se juda', 'sir tan se juda', 'सर तन से जुदा', 'सिर तन से जुदा',
  'anjaam bura hoga', 'anjam bura hoga', 'anjaam bahut bura', 'anjam bahut bura', 'अंजाम बुरा होगा', 'अंजाम बहुत बुरा', 'नतीजा बुरा होगा',
  'haal karunga', 'haal kar dunga', 'haal kar denge', 'halat kharab kar dunga', 'haalat kharab kar dunga', 'हाल करूंगा', 'हाल करूँगा', 'हाल कर दूंगा',
  'teri laash', 'tumhari laash', 'laash milegi', 'lash milegi', 'तेरी लाश', 'तुम्हारी लाश', 'लाश मिलेगी',
  'uthwa lunga', 'uthwa dunga', 'uthwa lenge', 'उठवा लूंगा', 'उठवा लूँगा', 'उठवा दूंगा',
  'todwa dunga', 'tudwa dunga', 'tudwa doonga', 'tudwa denge', 'तुड़वा दूंगा', 'तुड़वा दूँगा',
  'sabak sikha dunga', 'sabak sikhaunga', 'sabak sikha denge', 'सबक सिखा दूंगा', 'सबक सिखाऊंगा', 'सबक सिखाऊँगा',
  'zinda nahi chhodunga', 'zinda nahi chodunga', 'zinda nahi chhodenge', 'jinda nahi chhodunga', 'ज़िंदा नहीं छोड़ूंगा', 'ज़िंदा नहीं छोड़ूँगा',
  'जिंदा नहीं छोड़ूंगा', 'जिंदा नहीं छोड़ूँगा', 'छोड़ूँगा नहीं', 'nahi chhodunga tujhe', 'नहीं छोड़ूंगा तुझे', 'नहीं छोड़ूँगा तुझे',
  'ghar jala dunga', 'ghar mein ghus ke marunga', 'ghar mein ghus ke maarunga', 'ghar mein ghus ke marenge', 'ghar aake marunga', 'घर में घुस के मारूंगा',
  'घर में घुसके मारूंगा', 'घर जला दूंगा',
];
/** Moving to a city or abroad for good: "main Mumbai chala jaunga hamesha ke liye, job mil gayi". */
const MOVING_AWAY = ['mumbai', 'delhi', 'bangalore', 'bengaluru', 'pune', 'hyderabad', 'chennai', 'kolkata', 'ghar', 'gaon', 'wapas', 'videsh', 'canada', 'america',
  'usa', 'uk', 'london', 'dubai', 'australia', 'germany', 'abroad', 'bahar', 'shehar', 'pahadon mein', 'yahan se', 'is shehar se'];
/** A lazy morning, after not wanting to get up: "ab uthna nahi chahta, razai se bahar thand hai" is about the cold. */
const LAZY_MORNING = ['abhi', 'bed se', 'bistar se', 'razai se', 'kambal se', 'itni jaldi', 'jaldi', 'subah subah', 'thand', 'itni thand', 'is thand', 'sunday', 'monday',
  'aaj', 'kal', 'college', 'office', 'school', 'class', '5 min', 'paanch minute', 'alarm', 'lol', 'बिस्तर से', 'रजाई से', 'अभी', 'जल्दी', 'ठंड', 'आज', 'कल', 'ऑफिस', 'कॉलेज'];
/** A time one wakes by, after not getting up: "koi 10 baje se pehle nahi uthta" is about a late household. */
const WAKE_BY = ['tak', 'se pehle', 'jaldi', 'late', 'der', 'der se', 'time pe', 'time par', 'alarm se', 'alarm', 'तक', 'से पहले', 'जल्दी', 'देर', 'देर से', 'अलार्म'];
/** Cutting by accident, named before or after a cut: vegetables, a knife, a slip. */
const CUT_BY_ACCIDENT = ['sabzi', 'chaku', 'chaaku', 'chaku se', 'galti se', 'kitchen', 'pyaaz', 'pyaz', 'kaatte hue', 'kaatte waqt', 'shave', 'razor se', 'सब्ज़ी', 'सब्जी',
  'चाकू', 'चाकू से', 'गलती से', 'प्याज़', 'प्याज', 'काटते हुए'];
const cutNotByAccident = unlessAround(CUT_BY_ACCIDENT, CUT_BY_ACCIDENT);
/** Negated, a lesson is refused: "aaj bacchon ko nahi padhaungi, bed pe hi rahungi". */
const NEGATED = ['nahi', 'nhi', 'nahin', 'na', 'mat', 'नहीं', 'न', 'मत'];
/** Self-harm said sideways: not wanting to live, a plan (pills saved up, a roof), a goodbye. */
const SELF_HARM_INDIRECT = [
  ...pairs(['blade se', 'ब्लेड से'], ['kaatti hoon', 'kaatta hoon', 'kaat leti', 'kaat leta', 'kaat lungi', 'kaat lunga', 'kaati thi', 'काटती हूँ', 'काटता हूँ', 'काट लूंगी']),
  'khud ko blade', 'apne aap ko blade', 'alvida duniya', 'अलविदा दुनिया', 'duniya ko alvida keh raha', 'duniya ko alvida keh rahi', 'duniya ko alvida kehna chah*',
  'so jaungi hamesha', 'so jaunga hamesha', 'so jaun hamesha', 'सो जाऊंगी हमेशा', 'सो जाऊंगा हमेशा', 'goliyan kha ke so', 'goliyan kha kar so', 'गोलियां खा के सो',
  'zindagi se thak*', 'zindagi se tang aa*', 'life se thak*', 'ज़िंदगी से थक*', 'जिंदगी से थक*', 'ज़िंदगी से तंग आ*', 'जिंदगी से तंग आ*',
  // Hurting oneself as a habit or a plan; "khelte hue khud ko chot lag gayi" is a fall, "khud ko nuksan mat pahunchao" advice.
  ...pairs(['khud ko chot', 'khud ko nuksan', 'khud ko nuksaan', 'apne aap ko chot'], ['pahunchata', 'pahunchati', 'pahuchata', 'pahuchati', 'pahunchaunga', 'pahunchaungi', 'deta hoon', 'deti hoon']),
  ...pairs(['खुद को चोट', 'खुद को नुकसान', 'ख़ुद को नुकसान'], ['पहुंचाता', 'पहुंचाती', 'पहुँचाता', 'पहुँचाती', 'पहुंचाऊंगा', 'पहुंचाऊंगी']), 'khud ko hurt karta', 'khud ko hurt karti', 'mera aakhri message', 'mera aakhri post', 'ye mera last message',
  'ye mera last post', 'मेरा आखिरी मैसेज', 'मेरा आखिरी पोस्ट', 'mummy papa mujhe maaf karna', 'माँ पापा मुझे माफ़ करना',
  'मम्मी पापा मुझे माफ़ करना', 'sabko bye ab kabhi nahi', 'sab ko bye ab kabhi nahi', 'sabko alvida hamesha',
  'hamesha ke liye so jaun*', 'hamesha ke liye so ja*', 'हमेशा के लिए सो जा*', 'duniya chhod dunga', 'duniya chhod dungi', 'duniya chod dunga', 'duniya chod dungi',
  'is duniya se chala', 'is duniya se chali', 'दुनिया छोड़ दूंगा', 'दुनिया छोड़ दूंगी', 'इस दुनिया से चला', 'इस दुनिया से चली', { term: 'chala jaunga hamesha ke liye', unless: MOVING_AWAY.map((place) => `${place} chala jaunga hamesha ke liye`) },
  { term: 'chali jaungi hamesha ke liye', unless: MOVING_AWAY.map((place) => `${place} chali jaungi hamesha ke liye`) }, 'गोलियां इकट्ठी', 'गोलियाँ इकट्ठी', 'jeene ka mann hi nahi', 'jeene ka man hi nahi', 'jeene ka dil nahi', 'जीने का मन ही नहीं',
  'jeene ki ichha nahi', 'jeene ki iccha nahi', 'जीने की इच्छा नहीं',
  'jeene ki koi wajah nahi', 'jeene ki wajah nahi', 'jeene ka koi matlab nahi', 'jeene ka koi fayda nahi', 'जीने की कोई वजह नहीं', 'जीने का कोई मतलब नहीं',
  'mujhe mar jana chahiye', 'mujhe mar jaana chahiye', 'मुझे मर जाना चाहिए', 'main mar jaun toh', 'mai mar jau toh', 'main mar jaun to', 'मैं मर जाऊं तो',
  'मैं मर जाऊँ तो', 'marna hi behtar', 'मरना ही बेहतर', 'sab khatam kar dungi', 'sab khatam kar lunga', 'sab khatam kar lungi', 'सब खत्म कर दूंगा',
  'सब खत्म कर दूंगी', 'सब खत्म कर लूंगा', 'सब खत्म कर लूंगी', 'pankhe se latak*', 'pankhe pe latak*', 'पंखे से लटक*', 'fanda laga*', 'phanda laga*',
  'फंदा लगा*', 'फंदे से लटक*', 'latak jaunga', 'latak jaungi', 'लटक जाऊंगा', 'लटक जाऊंगी', 'लटक जाऊँगी',
  'ab nahi jeena', 'aur nahi jeena', 'mujhe nahi jeena', 'nahi jeena mujhe', 'nahi jeena ab', 'nhi jeena', 'ab nhi jeena', 'jeena nahi chahta', 'jeena nahi chahti',
  'अब नहीं जीना', 'और नहीं जीना', 'मुझे नहीं जीना', 'नहीं जीना मुझे', 'नहीं जीना अब',
  'sab khatam karne ka mann', 'sab khatam karne ka man', 'sab khatam karna chahta', 'sab khatam karna chahti', 'सब खत्म करने का मन', 'khud ko khatam', 'apne aap ko khatam', 'khud ko maar', 'khud ko maar dunga', 'apni jaan le', 'apni jaan de dungi', 'apni jaan de dunga',
  'खुद को खत्म', 'खुद को ख़त्म', 'ख़ुद को खत्म', 'ख़ुद को ख़त्म', 'अपने आप को खत्म', 'खुद को मार', 'अपनी जान ले', 'अपनी जान दे दूंगी', 'अपनी जान दे दूंगा',
  'goliyan jama', 'goliyan ikatthi', 'goliyan ikattha', 'goliyaan jama', 'sleeping pills jama', 'गोलियां जमा', 'गोलियाँ जमा', 'सारी गोलियां खा', 'सारी गोलियाँ खा',
  'chhat se kood*', 'chat se kood*', 'building se kood*', 'pul se kood*', 'bridge se kood*', 'terrace se kood*', 'balcony se kood*', 'train ke aage kood*',
  'train ke neeche aa*', 'छत से कूद*', 'पुल से कूद*', 'ट्रेन के आगे कूद*', 'ट्रेन के नीचे आ*',
  'mere jaane ke baad kisi ko', 'mere marne ke baad kisi ko', 'मेरे जाने के बाद किसी को', 'मेरे मरने के बाद किसी को',
  // kaat (cut, on purpose), not kat (got cut): "blade se haath kat gaya" is a shaving accident.
  'blade se haath kaat*', 'blade se kalai kaat*', 'blade se nas kaat*', 'kalai kaat*', 'khud ko kaat*', 'ब्लेड से हाथ काट*', 'कलाई काट*', 'खुद को काट*',
  'dharti pe bojh hoon', 'dharti par bojh hoon', 'sab pe bojh hoon', 'धरती पे बोझ हूँ', 'धरती पर बोझ हूँ', 'धरती पर बोझ हूं', 'सब पर बोझ हूँ',
  // Sleeping never to wake as a wish ("kabhi", never: not "kal dopahar tak na uthun"), dying wanted, one's own life taken.
  'सो जाऊं और कभी न उठूं', 'सो जाऊँ और कभी न उठूँ', 'so jaun aur kabhi na uthun', 'so jaun aur kabhi na uthu', 'so jau aur kabhi na uthu', 'so jaaun aur kabhi na uthun',
  ...['mujhe marna hai', 'marna hai mujhe', 'mujhe mar jana hai', 'मुझे मरना है', 'मरना है मुझे', 'मुझे मर जाना है'].map(unlessBefore(['kya', 'क्या', 'kya?', 'hans ke', 'has has ke'])),
  'apni jaan le lunga', 'apni jaan le lungi', 'अपनी जान ले लूंगा', 'अपनी जान ले लूंगी',
  // "tere bina jeena nahi" is a love song; "jeena nahi hai is shehar mein" is about a place.
  ...['ab jeena nahi', 'jeena nahi hai mujhe', 'mujhe jeena nahi hai', 'mujhe ab jeena nahi', 'अब जीना नहीं', 'मुझे जीना नहीं है', 'जीना नहीं है मुझे'].map(unlessAround(['tere bina', 'tumhare bina', 'uske bina', 'aise', 'तेरे बिना', 'तुम्हारे बिना', 'ऐसे'], ['is', 'yahan', 'yaha', 'wahan', 'aise', 'इस', 'यहाँ', 'यहां', 'ऐसे'])),
  // On the rails, now: "railway track pe baitha hoon".
  ...pairs(['railway track pe', 'railway track par', 'patri pe', 'patri par', 'पटरी पर', 'पटरी पे', 'रेलवे ट्रैक पर'], ['baitha hoon', 'baithi hoon', 'leta hoon', 'leti hoon', 'baitha hu', 'baithi hu', 'leta hu', 'leti hu', 'बैठा हूँ', 'बैठी हूँ', 'बैठा हूं', 'बैठी हूं', 'लेटा हूँ', 'लेटी हूँ', 'लेटा हूं', 'लेटी हूं']),
];

/** Brothers-in-law: "mere saale ki shaadi hai" is family news, not a curse. */
const IN_LAWS = ['mere saale', 'mera saale', 'apne saale', 'unke saale', 'uske saale', 'hamare saale', 'saale sahab', 'saale ji', 'saale ki shaadi', 'saale ke saath', 'saale ke sath'];
const IN_LAWS_DEVANAGARI = ['मेरे साले', 'अपने साले', 'उनके साले', 'उसके साले', 'हमारे साले', 'साले साहब', 'साले जी', 'साले की शादी', 'साले के साथ'];
/**
 * maar (hit) in sport, talk and praise: "chhakka maar dunga", "gappe maar rahe ho", "machhar maar spray", "tumne toh maar daala"
 * (you killed it). The threat needs the reader as its object, as in "tujhe maar dunga".
 */
const STRUCK_HARMLESSLY = ['chhakka', 'chakka', 'six', 'sixer', 'four', 'chauka', 'century', 'goal', 'shot', 'gappe', 'gapp', 'gap', 'machhar', 'machchhar',
  'aankh', 'jhakk', 'jhak', 'chakkar', 'peg', 'dum', 'sutta', 'kash', 'dubki', 'chhalang', 'palti', 'tukka', 'seeti', 'baazi', 'baaji', 'smash', 'ace',
  'penalty', 'punch line'];
const STRUCK_HARMLESSLY_DEVANAGARI = ['छक्का', 'चौका', 'सेंचुरी', 'गोल', 'शॉट', 'गप्पे', 'गप्प', 'मच्छर', 'आंख', 'आँख', 'झक', 'चक्कर', 'डुबकी', 'छलांग', 'बाज़ी',
  'बाजी', 'तुक्का', 'सीटी', 'किक'];
/** Work to be finished, not a person: "kaam khatam kar dunga kal tak". */
const FINISHED_WORK = ['kaam', 'project', 'assignment', 'homework', 'report', 'khana', 'series', 'season', 'kitaab', 'book', 'padhai', 'syllabus', 'course',
  'level', 'episode', 'task', 'kal tak', 'sab kaam', 'aaj raat tak', 'chapter', 'notes', 'slides', 'ppt', 'code', 'bottle', 'pizza'];
const FINISHED_WORK_DEVANAGARI = ['काम', 'प्रोजेक्ट', 'होमवर्क', 'खाना', 'पढ़ाई', 'सिलेबस', 'कल तक', 'किताब', 'रिपोर्ट', 'चैप्टर'];
/** Setting the stage on fire is a performance: "stage pe aag laga dunga". */
const STAGES = ['stage pe', 'stage par', 'dance floor pe', 'dance floor par', 'party mein', 'match mein', 'exam mein', 'performance mein', 'screen pe', 'ground pe',
  'mehfil mein', 'shaadi mein', 'sangeet mein'];
/** Cutting a fine, a call, a cake or a vegetable: "challan kaat dunga", "phone kaat dunga abhi". */
const CUT_HARMLESSLY = ['challan', 'phone', 'call', 'cake', 'sabzi', 'pyaaz', 'pyaz', 'fruit', 'phal', 'ticket', 'naam', 'paper', 'kagaz', 'baal', 'nakhun', 'line',
  'patang', 'connection', 'bill', 'salary', 'tankhwah', 'ped', 'ghaas', 'kapda'];
/** One's own post going viral is a hope: "apna dance video viral kar dunga". */
const OWN_POSTS = ['apna video', 'apni video', 'apni reel', 'apna reel', 'dance video', 'mera video', 'meri video', 'meri reel', 'reel', 'channel', 'gaana', 'song',
  'blog', 'post', 'meme'];
/** Not giving up a chance, a dish or a habit: "ye mauka chhodunga nahi", "biryani toh chhodunga nahi". */
const NOT_GIVING_UP = ['mauka', 'moka', 'chance', 'biryani', 'khana', 'match', 'game', 'padhai', 'job', 'naukri', 'ghar', 'saath', 'sath', 'haath', 'umeed',
  'hope', 'himmat', 'koshish', 'dosti', 'cricket', 'gym', 'aadat', 'toh', 'to'];
/** Wifi and hotspot passwords are asked between friends. */
const WIFI = ['wifi ka', 'wifi', 'wi fi ka', 'wi-fi ka', 'hotspot ka', 'hotspot', 'router ka'];
/** Codes people share: a postal pin code, a coupon, a referral, program source. */
const CODES_TO_SHARE = ['pin', 'coupon', 'promo', 'discount', 'referral', 'invite', 'area', 'postal', 'zip', 'apna', 'source', 'python', 'java', 'html', 'dress',
  'pura', 'poora'];
/** Things applied to the skin, or applied for: "chehre pe cream apply kare", "visa ke liye apply kare". */
const APPLIED = ['cream', 'tel', 'oil', 'lotion', 'sunscreen', 'gel', 'mehndi', 'dawai', 'ointment', 'moisturizer', 'serum', 'face pack', 'leave', 'chutti',
  'visa', 'passport', 'college', 'university', 'scholarship', 'form', 'ke liye'];
/** A meal or a cab ordered among friends: "pizza order karo yaar". */
const MEALS = ['pizza', 'khana', 'biryani', 'burger', 'food', 'zomato', 'swiggy', 'chai', 'coffee', 'momos', 'cake', 'kuch', 'dinner', 'lunch', 'breakfast',
  'nashta', 'dosa', 'thali', 'cab', 'uber', 'ola', 'auto'];
/** Advice to reach a doctor, the police or a helpline: "doctor se contact kare agar bukhar rahe". */
const HELPERS = ['doctor se', 'doctor ko', 'police se', 'helpline', 'helpline pe', 'helpline par', 'hospital se', 'teacher se', 'school se', 'college se',
  'bank se', 'customer care se', 'embassy se'];
/** A speed or a score doubled, not money: "game mein apni speed double kar dunga". */
const DOUBLED = ['speed', 'score', 'size', 'dose', 'mehnat', 'practice', 'effort', 'workout', 'followers', 'reps', 'distance', 'taakat'];
/** Heady things besides drink: "power ke nashe mein hai", "pyaar ke nashe mein". */
const HEADY = ['power', 'paise', 'paison', 'pyaar', 'pyar', 'ishq', 'jeet', 'kamyabi', 'ghamand', 'satta', 'taakat', 'jawani', 'shohrat', 'fame', 'success'];
const HEADY_DEVANAGARI = ['सत्ता', 'प्यार', 'पैसे', 'पैसों', 'ताकत', 'ताक़त', 'इश्क़', 'इश्क', 'जीत', 'कामयाबी', 'घमंड', 'जवानी', 'शोहरत'];
/** Numbers that are not a phone: "mujhe tumhara roll number chahiye, result dekhna hai". */
const NOT_A_PHONE = ['roll', 'flat', 'order', 'room', 'seat', 'pnr', 'house', 'ghar', 'jersey', 'tracking', 'bus', 'train', 'platform', 'serial', 'page', 'model',
  'gate', 'table', 'ticket', 'coach', 'berth', 'token', 'lucky', 'shoe', 'size', 'question', 'sawal', 'chapter', 'invoice', 'bill', 'aadhar', 'aadhaar', 'pan'];
const NOT_A_PHONE_DEVANAGARI = ['रोल', 'कमरा', 'रूम', 'सीट', 'मकान', 'घर', 'प्लेटफॉर्म', 'प्लेटफार्म', 'ट्रेन', 'बस', 'टिकट', 'पेज', 'सवाल', 'आधार', 'पैन'];
/** An Aadhaar number asked for, not mentioned ("aadhar number ko pan se link karna hai"). */
const SHARE_IT = ['bhejo', 'bhej do', 'batao', 'bata do', 'de do', 'dedo', 'dijiye', 'bhejiye', 'bataiye', 'share karo', 'share kar do', 'chahiye', 'bhejna',
  'भेजो', 'बताओ', 'दीजिए', 'भेजिए', 'बताइए', 'चाहिए'];

/** "lena chahiye?" is "should I buy it?", not "I want": chahiye after an infinitive is advice. */
const SHOULD = ['lena', 'karna', 'jana', 'jaana', 'hona', 'rehna', 'padhna', 'dekhna', 'sunna', 'khana', 'peena', 'sona', 'milna', 'bolna', 'sochna', 'aana',
  'rakhna', 'banana', 'lagana', 'seekhna', 'chalna', 'pehenna', 'kharidna', 'bechna', 'bachana', 'samajhna', 'likhna', 'poochna', 'puchna', 'lene', 'karne'];

/** A face likened to an animal's: "kutte jaisi shakal hai teri", "बंदर जैसा मुँह". */
const LIKENED_FACES = [
  ...pairs(['kutte', 'kutiya', 'suar', 'suwar', 'bandar', 'gadhe', 'bhains', 'chudail', 'chuhe', 'bhikhari', 'bhoot', 'langur'], ['jaisi shakal', 'jaisa muh', 'jaisa munh', 'jaisi surat', 'jaisi soorat', 'jaisa chehra', 'jaisi shakal hai']),
  ...pairs(['कुत्ते', 'सूअर', 'बंदर', 'गधे', 'भैंस', 'चुड़ैल', 'लंगूर'], ['जैसी शक्ल', 'जैसा मुंह', 'जैसा मुँह', 'जैसी सूरत']),
];
/** More abuse as typed: spellings of ullu ka pattha, lechers, pimps, the mother and sister curses in their long forms. */
const MORE_ABUSE = [
  'ullu ka patha', 'ullu ke pathe', 'ulloo ka pattha', 'ulloo ke patthe', 'उल्लू के पट्ठे', 'उल्लू का पठ्ठा', 'tharki', 'tharki buddha', 'tharki budhe', 'ठरकी',
  'दल्ला', 'दल्ले', 'randibaaz', 'randibaj', 'maa chuda', 'maa chudaye', 'maa ka bhosda', 'teri maa ka bhosda', 'maa ke lode', 'maa ke laude',
  'माँ के लौड़े', 'मां के लौड़े', 'बहन के लौड़े', 'maa chod', 'teri maa chod', 'chutmarike', 'chut marike', 'chut ke baal', 'chootiye', 'chutye', 'bhosdi wala',
  'moti bhains', 'kaali bhains', 'kali moti', 'kaali moti', 'moti bhens', 'मोटी भैंस', 'काली मोटी',
];
/** saala and saali are curses and also the wife's brother and sister ("mera saala", "meri saali ki shaadi"). */
const SAALA = { term: 'saala', unless: ['mera saala', 'uska saala', 'unka saala', 'apna saala', 'hamara saala', 'saala ji', 'saala sahab', 'saala hai mera', 'saala hai uska', 'saala saali', 'jija saala', 'jija aur saala'] };
const SAALI = { term: 'saali', unless: ['meri saali', 'uski saali', 'unki saali', 'apni saali', 'hamari saali', 'saali ji', 'saali sahiba', 'saali ki shaadi', 'jija saali', 'saala saali', 'saali hai meri'] };
/** bc and mc, left out alone ("because", Minecraft), in the shapes only the curse takes. */
const BC_MC = [...pairs(['bc', 'mc'], ['kya bakwas', 'kya chutiyapa', 'kitna', 'kitni', 'kitne', 'saala', 'sala', 'saali', 'kya yaar', 'yaar kya']), ...pairs(['abe', 'abey', 'arre', 'arey'], ['bc', 'mc'])];
const VULGAR_EXCLAMATIONS = ['gaand maar di', 'gaand maar li', 'gand maar di', 'gaand mar gayi', 'gaand lag gayi', 'गांड मार दी', 'gaand phat', 'gand phat', 'gaand fat', 'गांड फट', 'gaand mara', 'gand mara', 'गांड मरा', 'lauda', 'lawda', 'lavda', 'lauda lag', 'lawde lag', 'lund lag', 'लौड़ा लग'];
/** Sleeping with the reader, arousal and the body named in a request. */
const SEX_TALK = [
  ...pairs(['tumhare saath', 'tere saath', 'tumhare sath', 'tere sath', 'aapke saath', 'aapke sath'], ['sona hai', 'sona chahta', 'sona chahti', 'sone ka mann', 'sone ka man', 'raat bitani', 'sex karna', 'sex karunga', 'hum bistar']),
  ...pairs(['तुम्हारे साथ', 'तेरे साथ', 'आपके साथ'], ['सोना है', 'सोना चाहता', 'सोने का मन', 'सेक्स करना']),
  'mera khada ho', 'khada ho gaya tumhe', 'khada ho gaya tujhe', 'lund khada', 'मेरा खड़ा हो', 'chut dikha*', 'chut de', 'chut maar', 'apni chut', 'chut chaat', 'chut chat', 'चूत दिखा*',
];
/** Undressing for a call or a picture. */
const UNDRESSED = pairs(['kapde utaar ke', 'kapde utar ke', 'bina kapdon ke', 'bina kapde ke', 'nangi hoke', 'nangi ho ke', 'कपड़े उतार के', 'बिना कपड़ों के'],
  ['video call', 'vc', 'aao', 'baat karo', 'pic', 'photo', 'dikhao', 'वीडियो कॉल', 'आओ', 'फोटो']);
/** "You won a lottery, send your bank details": the prize is the bait, the details the catch. */
const PRIZE_BAIT = ['aapne lottery jeeti', 'lottery jeeti hai', 'आपने लॉटरी जीती', 'lucky draw mein aapka', 'aapka number lucky draw', 'bank details bhej*', 'account details bhej*',
  'claim karne ke liye', 'prize claim', 'inaam claim', 'इनाम पाने के लिए', 'बैंक डिटेल्स भेज*'];
/** A loan asked as a question: "udhar de sakti ho 2000?", "udhaar milega?". */
/** Money "sent by mistake" to be sent back, the opener of a refund scam. */
const MISTAKEN_TRANSFERS = ['galti se aapke account', 'galti se aapke number', 'गलती से आपके खाते'];
const LOAN_ASKS = pairs(['udhaar', 'udhar', 'उधार'], ['de sakte ho', 'de sakti ho', 'de sakta hai', 'doge', 'dogi', 'milega', 'mil sakta', 'de doge', 'de dogi', 'दे सकते हो', 'दे सकती हो', 'मिलेगा']);
/** Verbs whose object is a sum when a bare figure stands right by them: "10000 bhej do", "500 de do". */
const SEND_SUM = ['lagao', 'laga do', 'invest karo', 'invest kar do', 'bhej do', 'bhej de', 'de do', 'dedo', 'bhej dena', 'भेज दो', 'दे दो', 'भेज देना'];
const DATE_ASKS = pairs(['date pe', 'date par', 'coffee date pe', 'date'], ['chalegi', 'chaloge', 'chalogi', 'chalega koi', 'chalna hai kisi', 'चलोगी']);
const MORE_THREATS = ['haddi pasli ek', 'haddi pasli tod', 'हड्डी पसली एक', 'khoon pee jaunga', 'khoon pi jaunga', 'khoon pee lunga', 'खून पी जाऊंगा', 'खून पी जाऊँगा',
  'pel dunga', 'pel denge', 'pelunga', 'पेल दूंगा', 'pel ke rakh dunga'];
/** More said of a group: "kisi kaam ke nahi", separatists, "gaumutra peene wale". */
const MORE_CONTEMPT = ['desh ke gaddar', 'desh ke gaddaar', 'देश के गद्दार', 'kisi kaam ka nahi', 'kisi kaam ke nahi', 'kisi kaam ki nahi', 'किसी काम का नहीं', 'किसी काम के नहीं', 'khalistani', 'खालिस्तानी', 'gaumutra peene', 'gomutra peene',
  'gaumutra pine', 'गौमूत्र पीने', 'गोमूत्र पीने'];
/** The reader's own ("apni pic bhejo"), not oneself ("apne aap ko") nor the reader's friends and family. */
/** The reader's own, with the words people put before the picture: "apni ek cute si pic bhejo". */
const OWN_WITH = pairs(['apni', 'apna', 'apne'], ['ek', 'koi', 'ek achhi si', 'ek cute si', 'ek sundar si', 'ek pyari si', 'nayi', 'latest', 'ek aur', 'kuch', 'asli', 'real', 'abhi ki', 'aaj ki']);
/** "tumhari ek pic bhejo": the reader's, with a word or two before the picture. */
const YOURS_WITH = [
  ...pairs(['tumhari', 'tumhara', 'teri', 'tera', 'aapki', 'aapka'], ['ek', 'koi', 'ek achhi si', 'ek cute si', 'nayi', 'latest', 'ek aur', 'abhi ki', 'aaj ki']),
  ...pairs(['तुम्हारी', 'तेरी', 'आपकी', 'अपनी'], ['एक', 'कोई', 'नई']),
];
const OWN = ['apni', 'apna', 'apne', 'अपनी', 'अपना', 'अपने'].map((own) => ({
  term: own,
  unless: ['aap', 'jaan', 'dost', 'bhai', 'behen', 'kutte', 'janwar', 'kaam', 'galti', 'maa', 'papa', 'ghar', 'phone', 'sar', 'haath', 'pair', 'gaadi', 'laptop', 'bachche', 'bete', 'beti', 'आप', 'जान', 'दोस्त', 'भाई', 'बहन', 'काम', 'गलती', 'घर'].map((what) => `${own} ${what}`),
}));

/** "roll number kya hai tumhara" asks for a roll number, not a phone: the question does not count after another kind of number. */
const notOtherNumbers = (term: string): TermWithExceptions => ({ term, unless: NOT_A_PHONE.flatMap((what) => [`${what} number ${term}`, `${what} no ${term}`]) });
const notOtherNumbersDevanagari = (term: string): TermWithExceptions => ({ term, unless: NOT_A_PHONE_DEVANAGARI.map((what) => `${what} नंबर ${term}`) });
/** More abuse as typed in Hinglish: spellings of kamina and haramzada, the long mother and sister curses. */
const HINGLISH_ABUSE = ['kaminey', 'kaminay', 'kameena', 'haraami', 'haraamzaada', 'haramjada', 'haramjade', 'madarjaat', 'mader chod', 'maadarchod', 'mdrchod', 'tmkb',
  'behen ke takke', 'behen ki lodi', 'bhen ke laude', 'jhaantu', 'jhaat ke baal', 'chut ke dhakkan', 'chhinal', 'chhinaal', 'chinaal', 'gaand mein daal', 'gand me daal', 'gaand me daal',
  'hijda hai tu', 'tu hijda', 'hijde jaisa', 'हिजड़ा है तू', 'chaman chutiya'];
/** Killing and burying promised in slang: "tapka dunga", "bhoon dunga", "zameen mein gaad dunga". */
const SLANG_KILLS = ['tapka dunga', 'tapka denge', 'bhoon dunga', 'bhoon denge', 'gaad dunga', 'zameen mein gaad', 'naali mein phenk', 'naale mein phenk', 'टपका दूंगा', 'भून दूंगा', 'गाड़ दूंगा'];
/** Drinkers, the liquor shop and the bottles by name. */
const DRINK_TALK = ['bewda', 'bevda', 'bewde', 'bevde', 'बेवड़ा', 'daaru ka theka', 'दारू का ठेका', 'old monk', 'royal stag', 'blenders pride', 'quarter maar*'];
/** Task scams ("like karke kamao", "prepaid task") and the "digital arrest" of a fake officer. */
const TASK_AND_ARREST_SCAMS = ['like karke kamao', 'like karke kamaye', 'video like karo aur', 'har like pe', 'per like', 'prepaid task', 'telegram task', 'rating task', 'review task',
  'task complete karo', 'digital arrest', 'डिजिटल अरेस्ट', 'parcel mein drugs', 'aapke naam pe parcel', 'aapke naam ka parcel', 'cbi officer bol', 'narcotics department se'];
/** Sexual talk aimed at the reader: their body undressed, kissed all over, moaning; being aroused by them. */
const AIMED_DESIRE = [
  'tere poore jism', 'poore jism ko', 'jism ko chumna', 'kapde utarunga', 'kapde utaarunga', 'कपड़े उतारूँगा', 'कपड़े उतारूंगा', 'कपड़े उतार दूंगा',
  'tumhe nanga', 'तुम्हें नंगा',
];
/** Likening a group to animals, dirt or disease, calling them thieves, saying they live off others, wanting them thrown out: contempt next to a group. */
const HATE_LIKENESS = [
  'जानवरों जैसे', 'जानवरों की तरह', 'देश की बीमारी', 'गंदगी फैलाते', 'गंदगी', 'सब चोर', 'सारे चोर', 'वापस भेज', 'निकालो', 'janwaron jaise', 'janwaro jaise',
  'desh ki bimari', 'gandagi', 'sab chor', 'wapas bhejo', 'nikalo inko', 'bhagao',
  // What xenophobes say migrants come for: benefits, our taxes, our jobs.
  'hamari naukri cheen', 'hamari naukriyan cheen', 'naukri chheen', 'हमारी नौकरियां छीन', 'हमारी नौकरी छीन', 'हमारे टैक्स पर',
];

export const hi: Lexicon = {
  lang: 'hi',
  terms: {
    insult: [
      ...LIKENED_FACES, ...MORE_ABUSE, ...HINGLISH_ABUSE,
      'sharam nahi aati tujhe', 'tujhe sharam nahi aati', 'tumhe sharam nahi aati', 'sharam nahi aati tumhe', 'शर्म नहीं आती तुझे', 'तुझे शर्म नहीं आती',
      'तुम्हें शर्म नहीं आती', 'dimaag kharab hai tera', 'dimag kharab hai tera', 'tera dimaag kharab', 'tera dimag kharab', 'तेरा दिमाग खराब', 'दिमाग खराब है तेरा',
      'hathni lag rahi', 'haathi lag rahi', 'haathi jaisi', 'hathni jaisi', 'हथिनी जैसी', 'हाथी जैसी', 'हथिनी लग रही',
      'shakal pe thook*', 'munh pe thook*', 'muh pe thook*', 'tujh pe thook*', 'tujh par thook*', 'tere upar thook*', 'शक्ल पे थूक*', 'मुँह पर थूक*', 'मुंह पर थूक*',
      'तुझ पर थूक*', 'तुझ पे थूक*',
      'bevakoof', 'chal nikal mc', 'nikal mc',
      ...ADDRESSED_INSULTS,
      ...pairs(['tu', 'tum', 'tu toh', 'tum toh', 'tu bilkul', 'tum bilkul'], ['kisi kaam ka nahi', 'kisi kaam ki nahi', 'kisi kaam ke nahi']),
      'kisi kaam ka nahi hai tu', 'kisi kaam ki nahi hai tu', 'तू किसी काम का नहीं', 'तुम किसी काम के नहीं', 'किसी काम का नहीं है तू',
      'bekaar insaan', 'bekar insaan', 'bekar insan', 'ghatiya insaan', 'ghatiya insan', 'ghatiya aadmi', 'gira hua insaan', 'neech insaan', 'neech aadmi',
      'घटिया इंसान', 'बेकार इंसान', 'गिरा हुआ इंसान', 'नीच इंसान', 'घटिया आदमी',
      // Put-downs that need no name for the reader: no brains, no standing, a burden, a face to be sick at.
      'dimag ghutne mein', 'dimaag ghutne mein', 'दिमाग घुटने में', 'akal ghaas charne', 'akal ghas charne', 'अक्ल घास चरने', 'akal naam ki cheez',
      'akal naam ki chiz', 'अक्ल नाम की चीज़', 'अक्ल नाम की चीज', 'teri aukaat', 'teri aukat', 'tumhari aukaat', 'तेरी औकात', 'तुम्हारी औकात',
      'aukaat mein reh', 'aukat mein reh', 'औकात में रह', 'do kaudi ka insaan', 'do kaudi ka aadmi', 'do kaudi ki ladki', 'do kaudi ka hai tu', 'tu do kaudi',
      'दो कौड़ी का इंसान', 'दो कौड़ी की लड़की', 'तू दो कौड़ी',
      'shakal dekhi hai apni', 'shakal dekh apni', 'apni shakal dekh', 'shakal dekh ke ulti', 'शक्ल देखी है अपनी', 'अपनी शक्ल देख',
      'शक्ल देख के उल्टी', 'शक्ल देखकर उल्टी', 'muh dekha hai apna', 'munh dekha hai apna', 'मुँह देखा है अपना', 'tu dharti pe bojh', 'tum dharti pe bojh',
      'तू धरती पे बोझ', 'तुम धरती पे बोझ', 'तुम धरती पर बोझ', 'chapri', 'chhapri', 'छपरी', 'chapri log',
      'चूतिया', 'चुतिया', 'चूतिये', 'चुतिये', 'चूतिए', 'भोसड़ीके', 'भोसडीके', 'भोसड़ी के', 'भोसड़ीवाले', 'बहनचोद', 'बहन चोद', 'बहनचोद', 'भेनचोद', 'भैनचोद', 'मादरचोद',
      'मादर चोद', 'हरामी', 'हरामज़ादा', 'हरामजादा', 'हरामज़ादे', 'हरामखोर', 'कुत्ते की औलाद', 'कुत्ता कमीना', 'कुत्ती', 'कमीना', 'कमीने', 'कमीनी', 'सूअर की औलाद',
      'उल्लू का पट्ठा', 'रंडी', 'रांड', 'रंडीबाज', 'छिनाल', 'गांडू', 'गांडु', 'भड़वा', 'भडवा', 'भड़वे', 'लौड़ा', 'लोडू', 'लौड़े', 'लवड़े', 'झाटू', 'तेरी माँ की',
      'तेरी मां की', 'तेरी माँ की चूत', 'मां की चूत', 'माँ की चूत', 'तेरी बहन की', 'भाड़ में जा', 'दफा हो', 'नालायक',
      'chutiya', 'chutiye', 'chutia', 'chootiya', 'chutiyaa', 'chutiyo', 'choot ke', 'bhenchod', 'behenchod', 'bhanchod', 'benchod', 'bhenchood',
      'bsdk', 'bhosdike', 'bhosdk', 'bhosadike', 'bhosdiwale', 'bhosdi ke', 'bhosdiwala', 'madarchod', 'maderchod', 'madharchod', 'mkc', 'bkl', 'bkc',
      'tmkc', 'teri maa ki', 'teri ma ki', 'teri maa ka', 'teri behen ki', 'maa ki chut', 'maa ki chuut', 'harami', 'haramzada', 'haramzade', 'haramkhor',
      'kutte ki aulad', 'kutta kamina', 'kutiya', 'kamina', 'kamine', 'suar ki aulad', 'ullu ka pattha', 'ullu ke patthe', 'randi', 'raand',
      'randwa', 'randi ki aulad', 'gandu', 'gaandu', 'bhadwa', 'bhadwe', 'bhadve', 'lavde', 'lawde', 'lodu', 'lund ke', 'jhaatu', 'jhatu',
      'chodu', 'chinal', 'bhaag bsdk', 'nikal bsdk', 'bhad me ja', 'bhaad mein ja', 'nalayak', 'gadhe ki aulad', 'sanghi', 'संघी', 'andhbhakt', 'andh bhakt', 'अंधभक्त', 'librandu', 'sickular',
    ],
    harassment: [
      // Driving the reader away (nobody here likes you, delete your account) and pestering till they answer.
      'yahan koi tujhe pasand nahi karta', 'koi tujhe pasand nahi karta', 'sab tujh par hans rahe', 'apna account delete kar', 'app chhod de', 'यहाँ कोई तुझे पसंद नहीं करता', 'सब तुझ पर हंस रहे', 'अपना अकाउंट डिलीट कर',
      // Stalking the reader: knowing where they live or work or their child's school, watching them, catching them alone.
      'pata hai tu kahan kaam karta', 'pata hai tu kahan kaam karti', 'मुझे पता है तू कहाँ काम करता',
      'तेरा बच्चा किस स्कूल', 'tera baccha kis school',
      ...STALKING,
      'warna ghar aa jaunga', 'number de warna', 'main tere peeche tha', 'main tumhare peeche tha', 'main tumhare peeche hi tha',
      'पीछा कर रहा हूँ', 'पीछा कर रहा हूं', 'तेरा पीछा', 'pichha kar raha', 'peecha kar raha',
      'tera ghar pata hai', 'teri photo viral', 'photo viral kar dunga', { term: 'viral kar dunga', unless: OWN_POSTS.map((post) => `${post} viral kar dunga`) },
      'tujhe dhoondh lunga', { term: 'chhodunga nahi', unless: NOT_GIVING_UP.map((thing) => `${thing} chhodunga nahi`) }, { term: 'chodunga nahi', unless: NOT_GIVING_UP.map((thing) => `${thing} chodunga nahi`) }, 'तेरा घर पता है', 'तेरी फोटो वायरल', 'वायरल कर दूंगा', 'छोड़ूंगा नहीं',
     
    ],
    curse: [
      SAALA, SAALI, ...BC_MC, ...VULGAR_EXCLAMATIONS,
      'भेनचो', 'भेंचो', 'bhencho',
      { term: 'साले', unless: IN_LAWS_DEVANAGARI }, 'सालो', 'चुतियापा', 'चूतियापा', 'बकचोदी', 'बकचोद', 'भोसड़ा', 'झांट', 'झाट', 'लौड़े लग गए', 'भेन के लौड़े', { term: 'saale', unless: IN_LAWS }, 'saalo', 'sale kutte',
      'bakchodi', 'bakchod', 'chutiyapa', 'chutiyapanti', 'bhosda', 'jhaant', 'jhant', 'lode lag gaye', 'bc mc', 'mc bc', 'bhen ke lode',
     
    ],
    sexual: [
      ...SEX_TALK,
      'humbistar', 'hambistar', 'हमबिस्तर',
      'mera lund', 'mere lund', 'lund chus*', 'lund choos*', 'lauda chus*', 'loda chus*', 'लंड चूस*', 'lund pe baith', 'lund le*',
      // Devanagari keeps चोद (fuck) and छोड़ (leave) apart; romanised "tujhe chodne ka mann" can be either.
      'चोदने का मन', 'तुझे चोदना', 'तुम्हें चोदना',
      'gandi baatein karte', 'gandi baatein karein', 'gandi baatein karo', 'gandi baate karo', 'sexy baatein', 'sexy baate', 'dirty baatein',
      'गंदी बातें करें', 'गंदी बातें करते', 'सेक्सी बातें',
      'तुम्हारे साथ सोना', 'साथ सोना चाहता', 'साथ सोओगी', 'saath sona chahta', 'saath soogi',
      'सेक्स', 'चुदाई', 'चोदना', 'चोदूंगा', 'चोद दूंगा', 'चूत', 'लंड', 'लौड़ा', 'गांड', 'गांड मार', 'मुठ', 'मुठ मार', 'नंगी', 'सेक्सी', 'चुदवाना',
      'चुदवा', 'ब्लू फिल्म', 'पोर्न', 'chudai', CHODNA, CHODUNGA, CHOD_DUNGA, 'chudwa', 'chudwana', 'chut marunga', 'teri chut',
      'chut chahiye', 'choot', 'loda', 'gaand', 'gaand maar', 'gand marunga', 'muth', 'mutth', 'muth maar', 'mutthi maar', 'nangi',
      'nangi photo', 'nude pic', 'nude photo', 'nude video', 'blue film', 'sex chat', 'sexchat', 'phone sex', 'mumme', 'chuchi', 'chuche', 'चूचे',
      'randi khana', 'कॉल गर्ल',
    ],
    'sexual-harassment': [
      // Asked about their virginity or sex life, or for something 'spicy'.
      'वर्जिन हो', 'abhi tak virgin', 'kuch spicy bhej', 'hot pic bhej',
      // A stranger asked up to a hotel room, told they must be good in bed, or that the speaker wants to touch them.
      'hotel room pe aa', 'bed mein kamaal', 'tujhe touch karun', 'tujhe chhuna', 'तुम्हें छूना', 'होटल रूम पे आ',
      ...AIMED_DESIRE,
      ...UNDRESSED,
      ...pairs(['tumhe', 'tujhe', 'tumko', 'tujhko', 'aapko'], ['kiss karna hai', 'kiss karni hai', 'kiss karna chahta', 'kiss karunga']), 'kiss karna hai tumhe',
      'kiss karna hai tujhe', 'तुम्हें किस करना', 'तुझे किस करना', 'chumma chahiye', 'chumma do', 'chumma de', 'चुम्मा दो', 'juicy honth', 'honth juicy', 'rasile honth',
      'रसीले होंठ', 'raat saath guzaarte', 'raat saath bitate', 'raat saath guzaaro', 'raat saath bitao', 'raat mere saath guzaar*',
      'raat mere saath bita*', 'raat mere sath bita*', 'रात मेरे साथ गुज़ार*', 'रात मेरे साथ बिता*', 'एक रात मेरे साथ', 'ek raat mere saath',
      ...pairs(['tumhari', 'tumhara', 'teri', 'tera', 'aapki', 'aapka'], ['chest ka size', 'chest size', 'boobs ka size', 'breast size', 'cup size', 'figure size']),
      'तुम्हारी छाती का साइज', 'तेरी छाती का साइज',
      'ke saath soyi ho', 'ke sath soyi ho', 'ke saath soye ho', 'ke saath soyi hai kabhi', 'के साथ सोई हो', 'sirf bra mein', 'bra mein aao', 'bra mein aa jao',
      'bra panty mein', 'sirf towel mein', 'towel mein aao', 'sirf underwear mein', 'sirf chaddi mein', 'ब्रा में आओ', 'सिर्फ ब्रा में', 'नंगा देखना', 'नंगी देखना',
      'नंगी देखनी', 'nanga dekhna', 'nangi dekhna', 'nangi dekhni',
      'bed pe kaisi', 'bed par kaisi', 'bistar pe kaisi', 'bistar par kaisi', 'बेड पे कैसी', 'बिस्तर पर कैसी', 'बिस्तर पे कैसी', 'kya pehna hai abhi',
      'kya pehna hua hai', 'kuch nahi pehna hoga', 'andar kya pehna', 'अभी क्या पहना', 'क्या पहना है अभी', 'अंदर क्या पहना', 'figure kya hai', 'figure kaisa hai',
      // "tumhara figure" alone is a friend's "you've lost weight": it is a `physique`, sexual with a `lewd` word or arousal.
      'figure size', 'फिगर क्या है', 'kapdon ke bina', 'kapde ke bina',
      'bina kapdo ke', 'कपड़ों के बिना',
      // "geele kapde utaar ke naha lo" is a parent's advice: only the clothes the reader will take off for the speaker.
      'hot wali pic', 'hot wali pik', 'hot pic bhej*', 'sexy pic bhej*', 'sexy photo bhej*', 'akele mein dikhao', 'akele mein dikha do',
      'kapde utaarogi', 'kapde utarogi', 'kapde utaroge', 'kapde utaar ke dikhao', 'kapde utar ke dikhao', 'कपड़े उतारोगी', 'कपड़े उतार के दिखाओ',
      'aaj raat mere room pe aa*', 'aaj raat mere kamre pe aa*', 'raat ko mere room pe aa*', 'आज रात मेरे कमरे पे आ*', 'आज रात मेरे कमरे पर आ*',
      'रात को मेरे कमरे पे आ*',
      'dekh ke garam ho', 'dekh kar garam ho', 'sun ke garam ho', 'देख के गरम हो', 'देखकर गरम हो', 'dekh ke khada ho gaya', 'देख के खड़ा हो गया',
      'hot wali photo', 'hot photo bhejo', 'tumhare bed pe', 'aa jaun tumhare bed',
      'bra ka size', 'bra size', 'bra kaunsa', 'abhi kya pehna', 'nangi photo bhejo', 'nude bhejo', 'nudes bhejo',
      'boobs dikhao', 'body dikhao', 'kapde utaro', 'kapde utar', 'bina kapdon', 'bina kapde', 'sexy lag rahi', 'hot lag rahi', 'chummi do', 'kiss do na',
      'akeli aao', 'akele milo', 'room pe aao', 'raat bitao', 'virgin ho', 'ब्रा का साइज', 'नंगी फोटो भेजो', 'कपड़े उतारो', 'बिना कपड़ों',
      'सेक्सी लग रही', 'अकेली आओ',
      // The colour of the underwear the reader has on ("बताओ अंडरवियर किस रंग का है"): present tense, not the one to buy.
      ...pairs(['underwear', 'panty', 'bra', 'chaddi', 'अंडरवियर', 'पैंटी', 'ब्रा', 'चड्डी'], ['kis rang ka hai', 'kis rang ki hai', 'kis colour ka hai', 'kis colour ki hai', 'ka colour kya hai', 'ka rang kya hai', 'kaunse colour ki hai', 'किस रंग का है', 'किस रंग की है', 'का रंग क्या है', 'कौन से रंग की है']),
    ],
    spam: [
      // Drawing readers to one's own profile and trading follows.
      'फॉलो बैक', 'follow back pakka', 'मेरी प्रोफाइल देखो', 'मेरी प्रोफाइल चेक करो', 'meri profile dekho', 'meri profile check karo', 'mera profile dekho', 'mera profile check karo', 'profile visit karo', 'follow karo follow back',
      'like share karo', 'like share kare', 'share karo aur', 'jeeto', 'jeetein', 'जीतो', 'जीतें',
      'kamaiye', 'kamao', 'kamaye', 'kamayein',
      // Each weak alone ("ye link kholo, gaana sun", "form mein details bharo", "ghar baithe bore ho gaya"); together the shape of a lure.
      'free recharge', 'फ्री रिचार्ज', 'link kholo', 'link khole', 'link pe jaye', 'link par jaye', 'लिंक खोलें', 'daily earning', 'daily income',
      'roz ki kamai', 'रोज़ की कमाई', 'रोज की कमाई', 'कमाओ', 'कमाएं', 'कमाई करें', 'interested log', 'इच्छुक लोग', 'घर बैठे', 'घर बैठे रोज़',
      'apni details bharo', 'details bharo', 'details bhare', 'details daalo', 'अपनी डिटेल्स भरें', 'डिटेल्स भरें',
      'follow karo', 'follow kar lo', 'subscribe karo', 'subscribe kare', 'like share subscribe', 'channel subscribe', 'फॉलो करो', 'सब्सक्राइब करें',
      'सब्सक्राइब करो', /* weak alone: "ghar baithe bore ho gaya" */ 'ghar baithe', 'ghar baithe kamaye', 'ghar baithe paise', 'ghar baithe kamao', 'घर बैठे कमाएं', 'घर बैठे कमाए', 'घर बैठे पैसे',
      'roz kamao', 'रोज कमाएं', 'link pe jao', 'bio mein link', 'join karo group', 'group join karo', 'ग्रुप जॉइन करें',
    ],
    phishing: [
      ...PRIZE_BAIT,
      ...pairs(['upi pin', 'pin', 'otp', 'cvv', 'password', 'card number'],
        ['daaliye', 'daliye', 'dijiye', 'bataiye', 'batayein', 'bata dijiye', 'share kijiye', 'bhejiye', 'enter kare', 'enter karein', 'enter kijiye']),
      ...pairs(['यूपीआई पिन', 'पिन', 'ओटीपी', 'पासवर्ड'], ['डालिए', 'दीजिए', 'बताइए', 'बताएं', 'भेजिए']),
      'connection kaat diya jayega', 'connection kat jayega', 'bijli kat jayegi', 'bijli kaat di jayegi', 'कनेक्शन काट दिया जाएगा', 'बिजली काट दी जाएगी',
      'बिजली कट जाएगी', 'turant call kare', 'turant call karein', 'तुरंत कॉल करें', 'तुरंत इस नंबर',
      ...pairs(['link pe', 'link par', 'is link pe', 'is link par', 'niche link pe', 'neeche diye link', 'diye gaye link'],
        ['click karo', 'click kare', 'click karein', 'click kijiye', 'click kariye', 'click karke']),
      ...pairs(['लिंक पर', 'लिंक पे', 'इस लिंक पर', 'नीचे दिए लिंक'], ['क्लिक करें', 'क्लिक करो', 'क्लिक कीजिए', 'क्लिक करके']),
      'verify karne ke liye', 'account verify kare', 'account verify karein', 'sim band hone wala', 'sim band ho jayega', 'sim block ho jayega', 'सिम बंद हो जाएगा',
      'सिम बंद होने वाला',
      'kyc expire', 'kyc expired', 'kyc band', 'kyc verify', 'kyc complete kare', 'kyc karwa le', 'केवाईसी एक्सपायर', 'KYC एक्सपायर', 'warna account band',
      'nahi to account band', 'account suspend ho jayega', 'अकाउंट बंद हो जाएगा', 'खाता बंद हो जाएगा',
      'link pe click karo', 'link par click karo', 'link pe click kare', 'link par click kare', 'लिंक पर क्लिक करें', 'लिंक पर क्लिक करो', 'account block ho jayega',
      'account band ho jayega', 'khata band', 'खाता बंद', 'kyc pending', 'kyc update karo', 'kyc update kare', 'केवाईसी अपडेट', 'KYC अपडेट', 'otp batao',
      'otp bata do', 'otp bhejo', 'otp share karo', 'ओटीपी बताओ', 'ओटीपी बताएं', 'OTP बताओ', 'पिन बताओ', { term: 'pin batao', unless: ['area ka pin batao', 'apna pin batao', 'location pin batao'] }, { term: 'password batao', unless: WIFI.map((wifi) => `${wifi} password batao`) },
      'otp bhej do', 'otp share kar do', 'ओटीपी भेजो', 'ओटीपी बता दो', 'ओटीपी शेयर', 'cvv batao', 'cvv bata do', 'cvv bhejo', 'सीवीवी बताओ',
      'card number batao', 'card number bata do', 'कार्ड नंबर बताओ', { term: 'code batao', unless: CODES_TO_SHARE.map((code) => `${code} code batao`) }, { term: 'code bata do', unless: CODES_TO_SHARE.map((code) => `${code} code bata do`) }, { term: 'code bhejo', unless: CODES_TO_SHARE.map((code) => `${code} code bhejo`) }, { term: 'code bhej do', unless: CODES_TO_SHARE.map((code) => `${code} code bhej do`) }, { term: 'कोड बताओ', unless: ['पिन कोड बताओ', 'कूपन कोड बताओ', 'प्रोमो कोड बताओ', 'रेफरल कोड बताओ'] },
      { term: 'कोड बता दो', unless: ['पिन कोड बता दो', 'कूपन कोड बता दो'] }, { term: 'कोड भेजो', unless: ['पिन कोड भेजो', 'कूपन कोड भेजो'] }, { term: 'password bata do', unless: WIFI.map((wifi) => `${wifi} password bata do`) }, { term: 'password bhejo', unless: WIFI.map((wifi) => `${wifi} password bhejo`) }, { term: 'पासवर्ड बताओ', unless: ['वाईफाई का पासवर्ड बताओ', 'वाईफाई पासवर्ड बताओ', 'वाई-फाई का पासवर्ड बताओ', 'हॉटस्पॉट का पासवर्ड बताओ'] }, 'पासवर्ड भेजो', 'upi pin daalo', 'upi pin dalo', 'pin daal do',
      'यूपीआई पिन', 'पिन डालो',
    ],
    ads: [
      // Earning from home, as the job ads put it.
      'घर बैठे कमाएं', 'घर बैठे कमाएँ', 'घर बैठे कमाई', 'ghar baithe kamaye', 'ghar baithe kamaiye', 'ghar baithe kamao', 'ghar baithe paise kamaye', 'ghar baithe paisa kamao', 'कोई अनुभव नहीं चाहिए', 'koi experience nahi chahiye', 'koi anubhav nahi chahiye',
      // How promotions are worded: flash sales, a gift with every order, seats running out.
      'लिंक के लिए dm',
      ...pairs(['coaching', 'class', 'classes', 'course', 'batch', 'institute', 'academy', 'gym'], ['join kare', 'join karein', 'join kijiye', 'join karo']),
      'pehla din free', 'pehli class free', 'first class free', 'demo class free', 'free demo class', 'admission open', 'admission chalu', 'एडमिशन चालू', 'पहली क्लास फ्री',
      'followers chahiye', 'followers kharide', 'likes chahiye', 'फॉलोअर्स चाहिए', 'koi job ho toh', 'koi job ho to', 'koi naukri ho toh', 'koi naukri ho to',
      'job ho toh bataiye', 'job ho toh batana', 'कोई जॉब हो तो', 'कोई नौकरी हो तो', 'cv bhej raha', 'resume bhej raha', 'आज ही खरीदें', 'अभी खरीदें', 'तक की छूट',
      'aaj hi kharide', 'abhi kharide', 'tak ki chhoot', 'tak ki chhut',
      'mere channel ko subscribe', 'channel ko subscribe karo', 'channel ko subscribe kare', 'मेरे चैनल को सब्सक्राइब', 'चैनल को सब्सक्राइब करें', 'bell icon',
      'बेल आइकन', 'cod available', 'cash on delivery', 'कैश ऑन डिलीवरी', 'home delivery available',
      // Ads ask something of the reader: "main part time kaam karta hoon" and "hamari dukaan pe bheed thi" are news.
      ...pairs(['part time kaam', 'part time work', 'पार्ट टाइम काम', 'पार्ट टाइम जॉब'], ['chahiye', 'available', 'karein', 'kare', 'चाहिए', 'करें']),
      'mobile se kamaiye', 'mobile se kamao', 'मोबाइल से कमाएं', 'मोबाइल से कमाओ',
      ...pairs(['hamari dukaan', 'hamari dukan', 'humari dukaan', 'humari dukan', 'hamari shop', 'humari shop', 'hamare store'],
        ['pe aaiye', 'pe aaye', 'par aaiye', 'se kharide', 'se kharidein', 'visit kare', 'visit karein']),
      'हमारी दुकान पर आइए', 'हमारी दुकान से खरीदें',
      // "order ke liye" alone is a dinner order; the shop's call to reach it is not.
      ...pairs(['order ke liye', 'booking ke liye', 'price ke liye', 'details ke liye'], ['whatsapp', 'dm', 'message', 'msg', 'call', 'contact', 'inbox', 'sampark']),
      ...pairs(['ऑर्डर के लिए', 'बुकिंग के लिए'], ['व्हाट्सएप', 'मैसेज', 'कॉल', 'संपर्क']), 'whatsapp kare', 'whatsapp karein', 'व्हाट्सएप करें',
      'sasti', 'saste daam', 'sasta maal', 'wholesale rate', 'job ki zarurat', 'job ki jarurat', 'naukri ki zarurat',
      'नौकरी की ज़रूरत', 'नौकरी की जरूरत', 'job ki talash', 'naukri ki talash', 'नौकरी की तलाश', 'koi vacancy', 'vacancy ho toh', 'कोई वैकेंसी',
      'job dhoondh raha', 'job dhund raha', 'naukri dhoondh raha',
      { term: 'part time job', unless: ['karta', 'karti', 'karte', 'kar raha', 'kar rahi', 'mil gayi', 'chhod di', 'thi', 'hai meri', 'se'].map((tail) => `part time job ${tail}`) }, { term: 'apply kare', unless: APPLIED.map((what) => `${what} apply kare`) }, { term: 'apply karein', unless: APPLIED.map((what) => `${what} apply karein`) }, 'सस्ते दाम', 'बेच रहा हूँ',
      'bechna hai', 'बेचना है', 'offer sirf', { term: 'order karo', unless: MEALS.map((meal) => `${meal} order karo`) }, { term: 'order kare', unless: MEALS.map((meal) => `${meal} order kare`) }, 'ऑर्डर करें',
      'ऑर्डर करो', 'फ्री डिलीवरी', 'naukri chahiye', 'job chahiye', 'kaam chahiye', 'नौकरी चाहिए', 'काम चाहिए',
      'वैकेंसी', 'daan karein', 'daan kare', 'daan karo', 'दान करें', 'दान करो', 'donate karo', 'donate kare',
      'लकी ड्रा', 'inaam jeeto', 'इनाम जीतें', 'इनाम जीतो', { term: 'contact kare', unless: HELPERS.map((helper) => `${helper} contact kare`) }, 'sampark kare', 'संपर्क करें',
      'price ke liye',
    ],
    fraud: [
      ...LOAN_ASKS, ...MISTAKEN_TRANSFERS, ...TASK_AND_ARREST_SCAMS,
      // "paytm kar de" and "paise bhejo" ask for money as any request beside a money word does (request + money, below), which a shared
      // cost turns into settling up: "chai ke paise paytm kar de", "pizza ke paise bhejo".
      'visa ke liye paise', 'ticket ke liye paise', 'वीज़ा के लिए पैसे', 'टिकट के लिए पैसे', 'crypto signal*', 'signal group join', 'pakka return',
      'customs charg*', 'कस्टम चार्ज', 'crypto trading se', 'forex trading se', 'trading se kamao', 'trading se kamaye', 'trading se kamai', 'ट्रेडिंग से कमाएं',
      'paison ki bahut zarurat', { term: 'paise ki zarurat', unless: ['paise ki zarurat hoti', 'paise ki zarurat padti', 'paise ki zarurat nahi', 'paise ki zarurat to sabko'] }, 'paise ki bahut zarurat', 'पैसों की बहुत ज़रूरत', 'पैसों की सख्त ज़रूरत',
      // Staff of a company, a bank or the police on the line: the opener of most scam calls.
      ...pairs(['amazon', 'flipkart', 'paytm', 'phonepe', 'gpay', 'google pay', 'sbi', 'hdfc', 'icici', 'airtel', 'jio', 'bijli vibhag', 'electricity board',
        'courier', 'hellotalk', 'police station', 'cyber cell', 'customs', 'income tax'], ['se bol raha', 'se bol rahi', 'se call kar raha']),
      // "main amazon se baat kar raha tha refund ke liye": the user called them; the scam speaks for them now.
      ...['amazon', 'flipkart', 'paytm', 'phonepe', 'gpay', 'google pay', 'sbi', 'hdfc', 'icici', 'airtel', 'jio', 'bijli vibhag', 'electricity board', 'courier',
        'hellotalk', 'police station', 'cyber cell', 'customs', 'income tax'].map((caller) => ({ term: `${caller} se baat kar raha`, unless: [`${caller} se baat kar raha tha`] })),
      ...pairs(['अमेज़न', 'बिजली विभाग', 'साइबर सेल', 'पुलिस स्टेशन', 'कस्टम'], ['से बोल रहा', 'से बोल रही']),
      'ilaj ke liye paise', 'ilaaj ke liye paise', 'operation ke liye paise', 'इलाज के लिए पैसे', 'ऑपरेशन के लिए पैसे', 'inaam nikla', 'inam nikla', 'इनाम निकला',
      'inaam laga hai', 'इनाम लगा है', 'aapke naam lottery', 'आपके नाम लॉटरी', 'usdt trade', 'usdt mein', 'binance pe trade', 'mere guidance mein',
      'meri guidance mein', 'army officer hoon', 'army mein officer hoon', 'posting pe hoon', 'आर्मी ऑफिसर हूँ',
      
      // The parcel and romance scams: a gift or the sender held at customs or an airport until a fee is paid.
      'customs mein ruka', 'customs me ruka', 'customs mein atka', 'parcel ruka', 'कस्टम में रुका',
      'कस्टम ड्यूटी', 'क्लीयरेंस फीस', 'airport pe pakda', 'airport par pakda', 'airport pe phas', 'airport pe fas', 'airport pe atak', 'एयरपोर्ट पे फंस',
      'एयरपोर्ट पर पकड़ा',
      // Investment pitches: money put in, a sure multiple or a daily return out.
      // "return milega?" is a shopper's question and "profit milega" a shop owner's: only the pitch's own words.
      'bitcoin mein lagao', 'crypto mein lagao', 'bitcoin mein invest', 'paise lagao', 'paise lagaiye', 'paisa lagaiye', 'lagao aur paao', 'lagao aur pao',
      'lagao aur kamao', 'लगाओ और पाओ', 'लगाओ और कमाओ', 'roz return', 'daily return', 'mere referral', 'referral se join', 'trading group mein',
      'hafte mein double', 'mahine mein double', 'महीने में डबल', 'हफ्ते में डबल', 'lottery jeeti hai', 'लॉटरी जीती है', 'inaam jeeta hai', 'इनाम जीता है',
      'tax ke paise', 'टैक्स के पैसे', 'टैक्स के लिए जमा',
      // Impersonation of staff.
      'hellotalk team se', 'hellotalk se bol raha', 'support team se', 'हेलोटॉक टीम',
      'app ka moderator hoon', 'account ban hone wala', 'verify ke liye',
      'crypto mein lagao', 'crypto mein paisa lagao', 'crypto mein double', '10x return', 'return pakka', ...pairs(['aadhar number'], SHARE_IT), ...pairs(['aadhaar number'], SHARE_IT), 'otp bata', ...pairs(['आधार नंबर'], SHARE_IT),
      'udhaar do', 'udhar do', 'udhaar de do', 'उधार दो',
      'उधार दे दो', 'paise udhaar',
      'recharge karwa do', 'recharge kara do', 'रिचार्ज करा दो', 'double paisa', 'paisa double', 'पैसा डबल',
      'pakka profit', 'lottery lagi', 'lottery jeeti', 'lottery nikli', 'kbc lottery', 'केबीसी लॉटरी', 'लॉटरी लगी', 'लॉटरी जीती', 'bank se bol raha',
      'bank se baat kar raha', 'बैंक से बोल रहा', 'customer care se', 'registration fee bhejo', 'crypto mein invest',
      'निवेश करें', 'paisa lagao',
      'paise double', 'paise double kar', 'paisa double kar', { term: 'double kar dunga', unless: DOUBLED.map((what) => `${what} double kar dunga`) }, { term: 'double kar denge', unless: DOUBLED.map((what) => `${what} double kar denge`) }, 'guaranteed return', 'guaranteed returns',
      'guaranteed profit', 'pakka return', 'daily profit', 'roz ka profit', 'mere saath invest', 'mere sath invest', 'hamare saath invest',
      'invest karo aur kamao', 'invest karke kamao', 'trading group join', 'पैसे डबल', 'पैसा दोगुना', 'पैसे दोगुने', 'दोगुना मुनाफा', 'paisa dugna',
      'paise dugne', 'गारंटीड रिटर्न', 'गारंटी रिटर्न', 'पक्का मुनाफा', 'pakka munafa', 'munafa pakka', 'मेरे साथ निवेश', 'निवेश करो', 'ट्रेडिंग ग्रुप',
      'bank manager bol raha', 'bank manager hoon', 'sbi se bol raha', 'बैंक मैनेजर बोल रहा', 'customer care se bol raha', 'कस्टमर केयर से',
      'card block ho jayega', 'atm card block', 'कार्ड ब्लॉक हो जाएगा', 'पैसे चाहिए', 'पैसों की ज़रूरत', 'पैसों की जरूरत', 'paison ki zarurat',
    ],
    dating: [
      ...DATE_ASKS,
      'frnd bano', 'friend bano', 'frnd banogi', 'friend banogi', 'dost banogi', 'फ्रेंड बनोगी', 'दोस्त बनोगी',
      'koi ladki ho toh', 'koi ladki ho to', 'koi cute ladki', 'koi single ladki', 'कोई लड़की हो तो', 'ladkiyan inbox karo', 'girls inbox karo', 'girls msg karo',
      'ladkiyan msg karo', 'sirf ladkiyan', 'only girls msg',
      ...pairs(['dosti', 'friendship', 'frndship', 'frendship', 'frnship'], ['karegi', 'karogi', 'karoge', 'karna chahti', 'karegi mujhse', 'karogi mujhse']),
      ...pairs(['दोस्ती', 'फ्रेंडशिप'], ['करेगी', 'करोगी', 'करोगे', 'करेगी मुझसे', 'करोगी मुझसे']),
      'शादी के लिए लड़की', 'शादी के लिए लड़का', 'shaadi ke liye ladki', 'shaadi ke liye ladka', 'shadi ke liye ladka', 'biodata bheje', 'बायोडाटा भेजें',
      'ladki dhoond raha', 'ladki dhoondh raha', 'ladki dhund raha', 'ladki ki talash', 'ladka dhoond rahi', 'ladka dhund rahi', 'partner dhoond raha',
      'लड़की ढूंढ रहा', 'लड़की ढूँढ रहा', 'लड़की की तलाश', 'serious relationship ke liye', 'सीरियस रिलेशनशिप', 'gf banegi', 'gf banogi', 'girlfriend banegi',
      'girlfriend banogi', 'meri gf ban', 'bf banoge', 'boyfriend banoge', 'गर्लफ्रेंड बनेगी', 'गर्लफ्रेंड बनोगी', 'बॉयफ्रेंड बनोगे', 'bhabhi ya aunty',
      'aunty ya bhabhi', 'koi bhabhi ho', 'koi aunty ho', 'secret friendship', 'secret dosti', 'सीक्रेट दोस्ती',
      'dosti karegi', 'koi ladki baat karegi', 'ladki chahiye',
      'girlfriend chahiye', 'gf chahiye', 'bf chahiye', 'boyfriend chahiye', 'गर्लफ्रेंड चाहिए', 'बॉयफ्रेंड चाहिए', 'dosti karogi', 'dosti karoge', 'दोस्ती करोगी',
      'friendship karogi', 'frndship karogi', 'frendship karogi', 'setting karwa do', 'setting chahiye', 'सेटिंग करवा दो', 'date pe chalogi', 'date pe chalo',
      'milna chahti ho', 'shadi ke liye ladki', 'rishta chahiye', 'रिश्ता चाहिए', 'jeevansathi chahiye', 'life partner chahiye', 'single ladki',
      'single ladkiyan', 'bhabhi chahiye', 'aunty chahiye',
    ],
    drugs: [
      'smack ka', 'heroin ka nasha', 'charas ka nasha', 'ganje ka nasha', 'drugs ka nasha', 'nasha kar ke', 'nasha karke', 'नशा करके', 'नशा कर के',
      'joint roll*', 'joint ready', 'joint sulga*',
      'maal chahiye toh', 'maal chahiye to', 'maal fook*', 'maal phook*', 'maal phoonk*', 'malana cream', 'malana ka maal', 'manali ka maal',
      // chitta is also Punjabi "white", smack English, coke a cola: only their drug phrases.
      'chillum', 'चिलम', 'chitta chahiye', 'chitta lena', 'chitte ki lat', 'chitta peena', 'smack chahiye', 'smack peeta', 'mephedrone', 'md drug*',
      'md available', 'md chahiye', 'md milega', 'md ka maal',
      'charas phook*', 'charas phoonk*', 'चरस फूंक*', 'गांजा फूंक*', 'ganja phook*', 'ganja phoonk*', 'joint maar*', 'joint banao', 'nashe ki goliyan',
      { term: 'ganja', unless: ['ganja ho gaya', 'ganja ho gayi', 'ganja ho raha', 'ganja hone', 'ganja sar', 'ganja aadmi', 'ganja uncle'] }, 'गांजा', 'charas', 'चरस', 'afeem', 'अफीम', 'स्मैक', 'चिट्टा', 'हेरोइन', 'कोकीन',
      'ड्रग्स', 'maal phoonk', 'maal milega', 'nasha karna', 'नशा करना', 'नशे की गोली', 'nashe ki goli', 'doda post',
      'bhang ki goli',
    ],
    alcohol: [
      // Drinking games and drinking till one drops.
      'peete peete gir', 'tunn ho', 'tunn hoke', 'बोतल पे बोतल', 'botal pe botal', 'full talli',
      ...DRINK_TALK,
      'full tight', 'peg laga*', 'peg maar*', 'peg ho gaye', 'ek peg', 'do peg', 'patiala peg', 'peg banao', 'peg bana',
      'daaru', 'daru', 'दारू', 'sharab', 'sharaab', 'शराब', 'बीयर', 'बियर', 'व्हिस्की', 'वोडका', 'पेग',
      'piyakkad', 'पियक्कड़', 'talli', 'टल्ली', 'tunn', { term: 'nashe mein', unless: HEADY.map((what) => `${what} ke nashe mein`) }, { term: 'नशे में', unless: HEADY_DEVANAGARI.map((what) => `${what} के नशे में`) }, 'daaru party', 'दारू पार्टी', 'pine chalo', 'peene chalo',
      'desi daru', 'अंग्रेजी शराब', 'thanda beer', 'chakhna', 'चखना',
    ],
    threat: [
      'tujhe chhodunga nahi', 'tujhe nahi chhodunga', 'tujhe chodunga nahi', 'tujhe nahi chodunga', 'तुझे छोड़ूंगा नहीं', 'तुझे नहीं छोड़ूंगा',
      ...MORE_THREATS, ...SLANG_KILLS,
      ...CONSEQUENCE_THREATS,
      'tezaab phek dunga', 'tezaab phenk dunga', 'acid phek dunga', 'तेज़ाब फेंक दूंगा', 'tezaab daal dunga', 'tezab daal dunga', 'acid daal dunga', 'तेज़ाब डाल दूंगा',
      'kaat ke fek dunga', { term: 'kaat dunga', unless: CUT_HARMLESSLY.map((what) => `${what} kaat dunga`) }, 'tukde kar dunga', 'टुकड़े कर दूंगा',
      'jaan se maar dunga', 'jaan se maar denge', { term: 'maar dunga', unless: STRUCK_HARMLESSLY.map((what) => `${what} maar dunga`) }, 'maar daalunga', 'maar dalunga', { term: 'maar denge', unless: STRUCK_HARMLESSLY.map((what) => `${what} maar denge`) }, 'jaan le lunga', 'tujhe maar', 'tujhe khatam',
      'kaat daalunga', 'haddi tod', 'haddiyan tod', 'goli maar dunga', 'goli mar dunga', 'thok dunga', 'dekh lunga tujhe',
      'tujhe dekh lunga', 'tera kaam tamaam', { term: 'khatam kar dunga', unless: FINISHED_WORK.map((work) => `${work} khatam kar dunga`) }, 'chaku maar', 'chaaku maar', 'acid phenk', 'acid dal', { term: 'aag laga dunga', unless: STAGES.map((stage) => `${stage} aag laga dunga`) }, 'zinda jala',
      'जान से मार दूंगा', 'जान से मार दूँगा', { term: 'मार दूंगा', unless: STRUCK_HARMLESSLY_DEVANAGARI.map((what) => `${what} मार दूंगा`) }, { term: 'मार दूँगा', unless: STRUCK_HARMLESSLY_DEVANAGARI.map((what) => `${what} मार दूँगा`) }, 'मार डालूंगा', 'मार डालूँगा', 'काट डालूंगा', 'हड्डी तोड़',
      'गोली मार दूंगा', 'ठोक दूंगा', { term: 'ख़त्म कर दूंगा', unless: FINISHED_WORK_DEVANAGARI.map((work) => `${work} ख़त्म कर दूंगा`) }, { term: 'खत्म कर दूंगा', unless: FINISHED_WORK_DEVANAGARI.map((work) => `${work} खत्म कर दूंगा`) }, 'तेरा काम तमाम', 'चाकू मार', 'एसिड फेंक',
      'आग लगा दूंगा', 'ज़िंदा जला', 'जिंदा जला',
    ],
    gore: [
      ...pairs(['kutte', 'kutta', 'billi', 'janwar', 'jaanwar', 'gaay', 'bandar', 'pilla'], ['ko maar maar ke', 'ko maar dala', 'ko maar daala', 'ko jala diya', 'ko zinda jala', 'ko peet peet ke']),
      ...pairs(['कुत्ते', 'बिल्ली', 'जानवर', 'गाय'], ['को मार मार के', 'को मार डाला', 'को जला दिया']),
      // A body in pieces; "glass ke tukde tukde ho gaye" is a broken glass.
      ...pairs(['aadmi', 'insaan', 'aurat', 'ladke', 'ladki', 'bande', 'body', 'laash', 'sharir'], ['ke tukde tukde', 'ke tukde ho gaye', 'ke tukde mile']),
      ...pairs(['आदमी', 'इंसान', 'औरत', 'लड़के', 'लड़की', 'शरीर', 'बॉडी'], ['के टुकड़े टुकड़े', 'के टुकड़े हो गए', 'के टुकड़े मिले']),
      'sar dhad se alag', 'sir dhad se alag', 'सर धड़ से अलग', 'सिर धड़ से अलग',
      'bheja bahar aa', 'bheja nikal aaya', 'bheja bikhar', 'dimag bahar aa', 'भेजा बाहर आ', 'भेजा बिखर', 'laash ke tukde', 'lash ke tukde',
      'लाश के टुकड़े', 'tukdon mein mili', 'टुकड़ों में मिली', 'टुकड़ों में मिला', 'sar kuchal', 'सिर कुचल', 'khopdi phat', 'खोपड़ी फट',
      'kuchal diya', 'aanteen bahar',
      'train se kata hua', 'aantein bahar', 'कटा हुआ आदमी',
      'sar alag ho gaya', 'सिर अलग हो गया',
      'khoon se lathpath', 'खून से लथपथ', 'kata hua sar', 'कटा हुआ सर', 'sar kata', 'सर कटा', 'tukde tukde kar', 'टुकड़े टुकड़े कर', 'laashein', 'लाशें',
      'laash ki photo', 'लाश की फोटो', 'dead body video', { term: 'gala kaat', unless: ['gala kaat competition', 'gala kaat mukabla', 'gala kaat mukaabla', 'gala kaat pratiyogita'] }, { term: 'गला काट', unless: ['गला काट प्रतियोगिता', 'गला काट प्रतिस्पर्धा', 'गला काट मुकाबला', 'गला काट कॉम्पिटिशन'] },
    ],
    'self-harm': [
      // Cutting again, and the note already written.
      'फिर से अपना हाथ काटा', 'phir se apna haath kaata',
      // Cutting told as a habit back again, on the arms or legs.
      'blade chalane', 'blade chalaya', 'haath pe blade', 'हाथ पर ब्लेड', 'ब्लेड चलाया',
      ...SELF_HARM_INDIRECT,
      'neend ki saari goliyan', 'saari goliyan kha', 'goliyan kha lungi', 'goliyan kha lunga',
      'मरना चाहता हूं', 'मरना चाहता हूँ', 'मरना चाहती हूं', 'मरना चाहती हूँ', 'मर जाना चाहता', 'मर जाना चाहती',
      'marna chahta hoon', 'marna chahta hu', 'marna chahta hun', 'marna chahti hu', 'marna chahti hoon', 'marna chahti hun', 'mar jana chahta',
      'mar jaana chahta', 'mar jana chahti', 'mar jaana chahti', 'khudkushi', 'khudkhushi', 'ख़ुदकुशी', 'खुदकुशी', 'आत्महत्या', 'aatmahatya', 'atmahatya',
      'suicide kar', 'suicide karna', 'jeene ka mann nahi', 'jeene ka man nahi', 'जीने का मन नहीं', 'जीना नहीं चाहता', 'जीना नहीं चाहती', 'nass kaat',
      'nas kaat', 'नस काट', 'zeher kha', 'zehar kha', 'ज़हर खा', 'जहर खा', 'फांसी लगा', 'फाँसी लगा', 'phansi laga', 'fansi laga', 'zindagi khatam',
      'ज़िंदगी खत्म', 'sab khatam kar dunga', 'jeena bekar', 'जीना बेकार',
      // Not waking up wished for good: "kabhi", "dobara", "ab" (anymore); "kal uthna nahi chahta, monday hai" is a joke about work, and
      // "ab uthna nahi chahta, razai se bahar thand hai" a lazy morning (LAZY_MORNING).
      ...['ab uthna nahi chahta', 'ab uthna nahi chahti', 'ab uthna hi nahi chahta', 'ab uthna hi nahi chahti', 'ab nahi uthna chahta', 'ab nahi uthna chahti',
        'kabhi uthna nahi chahta', 'kabhi uthna nahi chahti', 'dobara uthna nahi chahta', 'dobara uthna nahi chahti', 'phir se uthna nahi chahta', 'phir se uthna nahi chahti',
        'ab kabhi nahi uthna', 'ab kabhi uthna nahi', 'phir kabhi nahi uthna', 'kaash kabhi na uthun', 'kaash main kabhi na uthun', 'kaash ab kabhi na uthun', 'kaash dobara na uthun',
        'kash kabhi na uthu', 'kaash kabhi na uthu', 'ab uthna nhi chahta', 'ab uthna nhi chahti', 'अब उठना नहीं चाहता', 'अब उठना नहीं चाहती', 'अब उठना ही नहीं चाहता',
        'अब उठना ही नहीं चाहती', 'कभी उठना नहीं चाहता', 'कभी उठना नहीं चाहती', 'दोबारा उठना नहीं चाहता', 'दोबारा उठना नहीं चाहती', 'अब कभी नहीं उठना', 'काश कभी न उठूं',
        'काश कभी न उठूँ', 'काश मैं कभी न उठूं', 'काश मैं कभी न उठूँ'].map(unlessAround(['bistar se', 'bed se', 'razai se', 'बिस्तर से', 'रजाई से'], LAZY_MORNING)),
      // Tired of living itself (not of life in a city or a job: "zindagi se thak*" is in SELF_HARM_INDIRECT).
      'jeene se thak gaya', 'jeene se thak gayi', 'jee jee ke thak gaya', 'jee jee ke thak gayi', 'jeete jeete thak gaya', 'jeete jeete thak gayi', 'जीने से थक गया', 'जीने से थक गई',
      // Cut again, told plainly: "phir se haath kaata" (kaata, on purpose; "kat gaya" is an accident), not with a knife in the kitchen.
      ...['phir se haath kaata', 'fir se haath kaata', 'phir se hath kaata', 'phir se haath kata', 'phir se hath kata', 'fir se hath kata', 'fir se haath kata', 'phir se kalai kaati',
        'fir se kalai kaati', 'phir se cut lagaye', 'fir se cut lagaye', 'phir se cut lagaya', 'phir se blade chalaya', 'fir se blade chalaya', 'phir se khud ko kaata',
        'dobara haath kaata', 'फिर से हाथ काटा', 'फिर से कलाई काटी', 'फिर से कट लगाए', 'फिर से कट लगाया', 'फिर से ब्लेड चलाया', 'फिर से खुद को काटा', 'दोबारा हाथ काटा']
        .map(cutNotByAccident),
    ],
    hate: [
      ...pairs(['aurat ki', 'auraton ki', 'ladkiyon ki', 'ladki ki', 'aurto ki'], ['jagah kitchen', 'jagah rasoi', 'jagah ghar mein', 'jagah pairon', 'jagah bistar']),
      ...pairs(['औरत की', 'औरतों की', 'लड़कियों की'], ['जगह रसोई', 'जगह किचन', 'जगह पैरों', 'जगह घर में']),
      'chinkiyon', 'chinkiyo', 'chinkis', 'चिंकियों',
      ...pairs(['sardar', 'sardarji', 'sardaar', 'sardaron', 'sardaro'], ['ke 12 baj', 'ke barah baj', 'ke 12 baje', 'ke barah baje']),
      'सरदार के 12 बज', 'सरदार के बारह बज', 'सरदारों के 12 बज', '12 baje wala', '12 baje wale', 'barah baje wale',
      'नीची जात', 'नीची जाति', 'नीच जाति', 'छोटी जात', 'छोटी जाति', 'neechi jaat', 'nichi jaat', 'neech jaati', 'chhoti jaat', 'choti jaat',
      'kale kalute', 'kaale kalute', 'काले कलूटे',
      'katua', 'katuwa', 'कटुआ', 'कटुए', 'katue', 'mulle', 'मुल्ले', 'मुल्ला साले', 'jihadi sale', 'पाकिस्तान चले जाओ', 'pakistan chale jao', 'pakistan jao',
      'pakistan bhej do', /* romanised alone, chamar is Portuguese 'to call' */ 'chamar log', 'chamar jaat', 'saale chamar', 'ye chamar', 'chamar kahin ka', 'चमार', 'chamaar', 'bhangi', 'भंगी', 'neech jaat', 'नीच जात', 'chinki', 'चिंकी', 'madrasi', 'मद्रासी',
      'habshi', 'हब्शी', 'hijde', 'हिजड़े', 'gay sale',
      'bhimte', 'भीमटे', 'aurat paon ki jooti', 'औरत पैर की जूती', 'mleccha', 'म्लेच्छ',
    ],
    sensitive: [
      // A country called a terrorist state, or to be wiped off the map.
      'aatanki desh', 'आतंकी देश', 'आतंकवादी देश', 'naksha se mita', 'नक्शे से मिटा',
      'kashmir pakistan ka', 'kashmir india ka', 'kashmir bharat ka', 'kashmir hamara hai', 'कश्मीर पाकिस्तान का', 'कश्मीर भारत का',
      ...pairs(['modi', 'rahul', 'bjp', 'congress', 'kejriwal', 'yogi', 'मोदी', 'राहुल', 'भाजपा', 'कांग्रेस'], ['ko vote do', 'ko vote dena', 'ko vote karo', 'ko vote karna', 'को वोट दो', 'को वोट दें']),
      'hindu rashtra', 'हिंदू राष्ट्र', 'हिन्दू राष्ट्र', 'akhand bharat', 'अखंड भारत',
      'vote karo', 'modi ya rahul',
      'hindu muslim', 'हिंदू मुस्लिम', 'हिन्दू मुस्लिम', 'mandir masjid', 'मंदिर मस्जिद', 'babri', 'बाबरी', 'ram mandir', 'राम मंदिर', 'khalistan', 'खालिस्तान',
      'love jihad', 'लव जिहाद', 'gau raksha', 'गौरक्षा', 'गोरक्षा', 'article 370', 'धारा 370', 'caa nrc', 'nrc', 'दंगे', 'danga', 'dange', 'godhra', 'गोधरा',
      'azad kashmir', 'आजाद कश्मीर', 'kashmir issue', 'कश्मीर मुद्दा', 'मोदी', 'narendra modi', 'modi ji', 'modi sarkar', 'modi govt', 'bjp', 'भाजपा', 'आरएसएस', 'congress party', 'rahul gandhi',
      'राहुल गांधी', 'ghar wapsi', 'घर वापसी', 'dharmantaran', 'धर्मांतरण', 'aarakshan', 'आरक्षण', 'jaativaad', 'जातिवाद', 'hindutva', 'हिंदुत्व',
    ],
    app: [
      'whtsp', 'wtsapp', 'watsp', 'whatapp', 'व्हाट्सअप', 'वॉट्सअप', 'इन्स्टा', 'स्नैप',
      'whatsapp', 'instagram', 'telegram', 'snapchat', 'facebook', 'watsapp', 'whatsap', 'watsap', 'whtsapp', 'wtsp', 'whatsaap', 'व्हाट्सएप', 'व्हाट्सऐप', 'वॉट्सऐप', 'वाट्सएप', 'वॉट्सएप', 'व्हाट्सप्प',
      'insta', 'इंस्टा', 'इंस्टाग्राम', 'snap id', 'स्नैपचैट', 'टेलीग्राम', 'fb', 'फेसबुक', 'sharechat',
      'शेयरचैट', 'signal app', 'imo app',
    ],
    contact: [
      'insta handle', 'ig handle', 'snap handle', 'twitter handle',
      'mobile number', 'phone no', 'ph no', 'contact number', 'contact no', 'username', 'यूज़रनेम', 'मोबाइल नम्बर',
      { term: 'number', unless: NOT_A_PHONE.map((what) => `${what} number`) }, 'id', 'email', 'account', 'contact', 'phone number', 'numbr', 'nmbr', { term: 'नंबर', unless: NOT_A_PHONE_DEVANAGARI.map((what) => `${what} नंबर`) }, 'नम्बर', 'मोबाइल नंबर', 'फ़ोन नंबर', 'फोन नंबर', 'आईडी', 'mobile no', 'mob no',
      'whatsapp number', 'whatsapp no', 'insta id', 'snap id', 'ईमेल',
    ],
    picture: [
      'photo', 'photos', 'pic', 'pics', 'selfie', 'video', 'video call', 'pik', 'dp', 'फोटो', 'फ़ोटो', 'तस्वीर', 'सेल्फी', 'वीडियो', 'वीडियो कॉल', 'full body pic',
    ],
    body: [
      // Undressed without a body word: just a towel, fresh out of the shower, in underwear.
      'towel me', 'towel mein', 'naha ke nikli', 'नहा के निकली',
      // Without a body word: the bathroom, the bath, the "hot"/"bold" kind of picture.
      'nahate hue', 'nahate huye', 'nahate waqt', 'नहाते हुए', 'नहाते वक्त', 'bathroom wali', 'hot wali', 'sexy wali', 'bold wali',
      'bold pic', 'bina kapdo', 'kapdon ke bina', 'कपड़ों के बिना', 'बिना कपड़े', 'honth', 'होंठ', 'jaangh', 'seena', 'सीना', 'nighty', 'नाइटी', 'bikini', 'बिकिनी',
      'body', { term: 'chest', unless: ['chest x-ray', 'chest xray', 'chest x ray', 'chest pain', 'chest mein dard', 'chest infection', 'chest workout', 'chest day'] }, 'bra', 'mumme', 'gaand', 'jism', 'kamar', 'badan', 'thighs', 'जांघ', 'स्तन', { term: 'छाती', unless: ['छाती में दर्द', 'छाती का एक्स-रे', 'छाती का एक्सरे', 'छाती में जलन'] }, 'बदन', 'जिस्म', 'कमर', 'nangi', 'bina kapdon',
      'panty', 'ब्रा', 'पैंटी',
    ],
    request: [
      // Asking a Moment's readers to comment it: "apna number comment mein dalo".
      'कमेंट में डालो', 'कमेंट में लिखो', 'कमेंट करो', 'कमेंट में भेजो', 'comment mein dalo', 'comment me dalo', 'comment mai dalo', 'comment mein likho', 'comment me likho', 'comment karo', 'inbox karo',
      // A picture asked for as something to do: "do a mirror selfie for me".
      'selfie lo',
      'do apna', 'de apna', 'do apni', 'dedo apna', 'de do apna', 'bhejo apna', 'दो अपना', 'दे दो अपना', 'dm kar do', 'dm kardo', 'inbox kar do', 'msg kar do',
      'message kar do', 'मैसेज कर दो',
      // "telegram pe aao": the app named as the place to go on talking.
      ...pairs(['whatsapp', 'watsapp', 'insta', 'instagram', 'snap', 'snapchat', 'telegram', 'facebook', 'fb'],
        ['pe aao', 'pe aa jao', 'par aao', 'pe milo', 'pe baat karo', 'pe baat karte hain', 'pe msg karo', 'pe message karo', 'pe add karo', 'pe ping karo']),
      ...pairs(['व्हाट्सएप', 'इंस्टा', 'टेलीग्राम'], ['पे आओ', 'पर आओ', 'पे बात करो', 'पर बात करते हैं', 'पे मैसेज करो']),
      // Paying by an app: a money ask unless a shared cost is named ("chai ke paise paytm kar de").
      ...pairs(['paytm', 'gpay', 'phonepe', 'upi', 'google pay'], ['kar de', 'kar dena', 'kar dijiye', 'kar do na', 'kar de na', 'kardo', 'krdo', 'kar do', 'karo']),
      ...pairs(['पेटीएम', 'गूगल पे', 'फोनपे'], ['कर दो', 'कर दे', 'कर देना', 'करो']),
      'madad karo', 'madad kijiye', 'help karo', 'help kijiye', 'मदद करो', 'मदद कीजिए',
      'share karo', 'share kar do', 'share kardo', 'share kare', 'share karein', 'शेयर करो', 'शेयर करें', 'शेयर कर दो',
      // "snapchat hai tumhara?", "insta chalate ho?": the app asked about, as "hast du snap" elsewhere.
      ...pairs(['whatsapp', 'watsapp', 'insta', 'instagram', 'snap', 'snapchat', 'telegram', 'facebook', 'fb'],
        ['hai tumhara', 'hai tera', 'hai aapka', 'hai kya', 'h kya', 'chalate ho', 'chalati ho', 'chalate hai', 'use karte ho', 'use karti ho', 'pe ho kya',
          'pe hai kya', 'pe ho']),
      { term: 'number kya hai', unless: ['roll number kya hai', 'flat number kya hai', 'order number kya hai', 'room number kya hai', 'seat number kya hai', 'pnr number kya hai', 'house number kya hai', 'ghar number kya hai'] },
      'number kya h', 'id kya hai', 'id kya h', 'no kya hai', 'नंबर क्या है', 'आईडी क्या है', 'madad kar do', 'madad kardo', 'help kar do', 'help kardo',
      'मदद कर दो',
      // "insta id kya hai tumhari": the question put after the contact word, as Hindi word order has it.
      ...['kya hai tumhara', 'kya hai tumhari', 'kya hai tera', 'kya hai teri', 'kya hai aapka', 'kya hai aapki', 'kya h tera', 'kya h teri', 'kya h tumhara',
        'kya h tumhari'].map(notOtherNumbers), ...['क्या है तुम्हारा', 'क्या है तुम्हारी', 'क्या है तेरा', 'क्या है तेरी', 'क्या है आपका', 'क्या है आपकी'].map(notOtherNumbersDevanagari),
      'milega', 'milegi', 'mil sakta', 'mil sakti', 'mil jayega', 'bhej dena', 'bhej dijiye', 'bhejiyega', 'bhej sakte ho', 'bhej doge', 'bhejoge', 'bhejogi', 'de sakte ho', 'de skte ho', 'de doge', 'dedoge', 'de dogi',
      'dikhana', 'dikha na', 'dikhaogi', 'भेजना', 'भेजो ना', 'भेज दीजिए', 'दिखाना', 'दिखाओ ना', 'दे सकते हो', 'दे दोगे',
      // Money put in; bare "lagao" stays out ("AC lagao, bill 2000 rupaye aayega").
      'invest karo', 'invest kare', 'invest karein', 'invest kijiye',
      'username bata', 'id bata',
      'bhej de',
      'number do', 'number de do', 'number dena', 'number dedo', 'id do', 'id dedo', 'id de do', 'नंबर दो', 'नंबर दे दो', 'bhejo', 'bhej do', 'bhejdo', 'bhejna', 'bhej na', 'de do', 'dedo', 'do na', 'dikhao', 'dikha do', 'dikhado', 'add karo', 'add kar lo', 'add kar do',
      'batao', 'bata do', 'batado', 'bolo na', 'message karo', 'msg karo', 'call karo', 'dm karo', 'ping karo', 'bhejiye', 'दीजिए', 'भेजो', 'भेज दो', 'भेजिए',
      'दिखाओ', 'दिखा दो', 'बताओ', 'बता दो', 'ऐड करो', 'ऐड कर लो', 'मैसेज करो', 'कॉल करो', 'de dijiye', { term: 'chahiye', unless: SHOULD.map((verb) => `${verb} chahiye`) },
      'दे दो', 'दे दीजिए', 'भेज देना', 'ट्रांसफर करो', 'ट्रांसफर कर दो', 'transfer karo', 'transfer kar do', 'daal do', 'डाल दो',
    ],
    // Costs friends split: a money request beside one is settling up ("pizza ke 300 bhej de").
    // An investment scam's promise: a stake and a payout at least twice as large (lexicons/types.ts).
    stake: ['invest karo', 'invest kare', 'invest karein', 'invest karke', 'nivesh karo', 'nivesh karein', 'निवेश करें', 'निवेश करो', 'jama karo', 'jama kare', 'जमा करो', 'जमा करें', 'recharge karo', 'lagao', 'लगाओ'],
    payout: ['pao', 'paao', 'paaye', 'paayein', 'paiye', 'milega', 'milenge', 'kamao', 'kamaye', 'kamaiye', 'पाएं', 'पाओ', 'मिलेगा', 'मिलेंगे', 'कमाओ', 'कमाएं', 'nikalo', 'withdraw karo', 'wapas dunga', 'wapas karunga', 'lauta dunga', 'वापस दूंगा', 'वापस करूंगा'],
    growth: ['bana diya', 'bana diye', 'ban gaye', 'ho gaye', 'बना दिया', 'बना दिए', 'बन गए', 'हो गए'],
    measure: ['minute', 'minat', 'ghanta', 'ghante', 'din', 'hafta', 'hafte', 'mahina', 'mahine', 'saal', 'मिनट', 'घंटे', 'घंटा', 'दिन', 'हफ्ते', 'हफ़्ते', 'महीने', 'महीना', 'साल', 'gb', 'data', 'points', 'likes', 'followers', 'जीबी', 'पॉइंट्स'],
    // "udhaar de dega", "उधार दे सकती है": someone else will or can lend, a statement, not an ask.
    lend: [...LOAN_ASKS, ...SEND_SUM, ...['udhaar de', 'udhar de'].map(unlessBefore(['dega', 'degi', 'denge', 'sakta hai', 'sakti hai', 'sakte hain', 'diya', 'diye', 'di'])),
      'udhaar do', 'udhar do', 'udhaar dena', 'udhar dena', unlessBefore(['देगा', 'देगी', 'देंगे', 'सकता है', 'सकती है', 'सकते हैं', 'दिया', 'दिए'])('उधार दे'), 'उधार दो', 'उधार दे दो', 'उधार चाहिए'],
    expense: [
      'bill', 'aadha aadha', 'aadha', 'tera hissa', 'mera hissa', 'apna hissa', 'share', 'pizza', 'dinner', 'lunch', 'party ka', 'chai ke', 'बिल', 'आधा', 'हिस्सा',
      'पिज़्ज़ा', 'खाने के',
      // Outings friends split: "movie ticket ke 300 gpay kar dena", "चाय के पैसे पेटीएम कर दो".
      'movie', 'chai', 'coffee', 'cab', 'auto', 'uber', 'petrol', 'kiraya', 'khana', 'nashta', 'biryani', 'momos', 'cake', 'gift ke',
      'चाय', 'कॉफी', 'किराया', 'खाना', 'पेट्रोल', 'मूवी', 'कैब', 'ऑटो',
    ],
    // Right before a threat or self-harm phrase, denies it: "nahi maarunga", "मैं मरना नहीं चाहता" keeps its own order.
    negation: ['nahi', 'nahin', 'nhi', 'nai', 'mat', 'kabhi nahi', 'नहीं', 'नही', 'मत', 'कभी नहीं'],
    money: [
      'paison', 'paiso', 'पैसों', 'rupye', 'rupaiye', 'rupiya', 'रूपये', 'रूपए', 'रुपया', 'रुपयों', 'pese', 'paisey',
      'gpay pe', 'gpay kar', 'paytm kar', 'phonepe kar',
      'transfer', 'bitcoin', 'crypto', 'loan', 'recharge', 'paise', 'paisa', 'pese', 'पैसे', 'पैसा', 'rupaye', 'rupay', 'rupees', 'rs', 'रुपये', 'रुपए', 'paytm', 'gpay', 'phonepe', 'upi', 'यूपीआई', 'udhaar',
      'udhar', 'उधार', 'रिचार्ज', 'लोन', 'hazaar', 'hazar', 'हज़ार', 'हजार', 'lakh', 'लाख',
      'खाता', 'निवेश', 'बिटकॉइन', 'क्रिप्टो', 'पेटीएम', 'गूगल पे', 'फोनपे',
    ],
    account: ['bank account', 'account number', 'account no', 'khata number', 'खाता संख्या', 'अकाउंट नंबर', 'upi id', 'यूपीआई आईडी'],
    windfall: ['loan approve', 'loan approved', 'लोन अप्रूव', 'aapka parcel', 'आपका पार्सल', 'inaam', 'इनाम', 'jeeta', 'jeet gaye', 'जीता', 'जीत गए', 'lottery', 'लॉटरी', 'refund', 'रिफंड', 'prize'],
    upfront: ['processing fee', 'processing charge', 'customs duty', 'customs fee', 'clearance fee', 'pehle fee', 'pehle pay', 'pehle payment', 'पहले फीस', 'प्रोसेसिंग फीस'],
    guarantee: ['guaranteed', 'गारंटी', 'gaurantee'],
    multiply: ['double ho jayega', 'paisa double', 'daily profit', 'roz ka profit', 'रोज़ का मुनाफा'],
    deal: ['limited stock', 'stock limited'],
    purchase: ['kharida', 'khareeda', 'खरीदा', 'order kiya', 'le liya', 'khatam ho gayi', 'ख़त्म हो गई', 'खत्म हो गई'],
    payer: ['paise bhej deta', 'paise bhej dunga', 'paise bhejta hoon', 'paise bhejti hoon', 'paise transfer kar deta', 'paise transfer kar dunga', 'tujhe paise bhej', 'tumhe paise bhej', 'मैं पैसे भेज', 'पैसे भेज दूंगा', 'पैसे भेज देता'],
    you: [
      ...OWN, ...OWN_WITH, ...YOURS_WITH,
      'tumhare', 'tumhein', 'tumse', 'tujhse', 'tujhme', 'tujhmein', 'tumne', 'tereko', 'tumlog', 'aapke', 'aapse', 'aapne', 'tumhra', 'tumhri',
      'तुम्हारे', 'तुमसे', 'तुझसे', 'तुझमें', 'तूने', 'तुमने', 'तेरेको', 'आपके', 'आपसे', 'आपने',
      // "bhejo na apni pic", "apni pic bhejo": the reader's own picture, named by the reflexive before or after the request (OWN).
      'tu', 'tum', 'tujhe', 'tujhko', 'tera', 'teri', 'tere', 'tumhara', 'tumhari', 'tumhe', 'tumko', 'aap', 'aapka', 'aapki', 'aapko', 'तू', 'तुम', 'तुझे',
      'तुझको', 'तेरा', 'तेरी', 'तेरे', 'तुम्हारा', 'तुम्हारी', 'तुम्हें', 'तुमको', 'आप', 'आपका', 'आपकी', 'आपको',
    ],
    // Verbs that maim, in the forms a threat takes ("tod dunga", "तोड़ दूंगा"), for a body part of the reader's beside
    // them (see `limb`): "tera haath tod dunga", "तेरे दांत तोड़ दूंगा". "mera haath toot gaya" is an accident.
    maim: [
      ...pairs(['tod', 'tor', 'thod', 'kaat', 'kat', 'ukhaad', 'ukhad', 'phod', 'fod', 'marod', 'chheel', 'kuchal', 'chir', 'cheer'], ['dunga', 'dungi', 'doonga', 'doongi', 'denge', 'dega', 'duga', 'dalunga', 'daalunga', 'daaloonga']),
      ...pairs(['तोड़', 'तोड', 'काट', 'उखाड़', 'फोड़', 'मरोड़', 'कुचल', 'चीर'], ['दूंगा', 'दूँगा', 'दूंगी', 'दूँगी', 'देंगे', 'डालूंगा', 'डालूँगा']),
    ],
    // "tum haath dho lo": the reader as the subject washes their hands; a threat names them as the owner (tera haath).
    limb: [
      'haath', 'hath', 'haat', 'haathon', 'taang', 'tang', 'taange', 'tange', 'taangein', 'tangein', 'ungli', 'ungliyan', 'ungliyaan', 'ungliya', 'daant', 'dant',
      'daanth', 'battisi', 'jabda', 'naak', 'muh', 'munh', 'mooh', 'thobda', 'chehra', 'gardan', 'sar', 'khopdi', 'haddi', 'haddiyan', 'haddiyaan', 'pasli',
      'pasliyan', 'aankhein', 'aankhen', 'zuban', 'jeebh', 'ghutne',
      'हाथ', 'टांग', 'टाँग', 'टांगें', 'टाँगें', 'उंगली', 'उँगली', 'उंगलियां', 'उंगलियाँ', 'उँगलियाँ', 'दांत', 'दाँत', 'बत्तीसी', 'जबड़ा', 'नाक', 'मुंह', 'मुँह', 'थोबड़ा', 'चेहरा',
      'गर्दन', 'सर', 'सिर', 'खोपड़ी', 'हड्डी', 'हड्डियां', 'हड्डियाँ', 'पसली', 'पसलियां', 'आंखें', 'आँखें', 'ज़बान', 'जीभ', 'घुटने',
    ].map(unlessAfter(['tum', 'tu', 'aap', 'तुम', 'तू', 'आप'])),
    // Self-harm told as a plan: the means and the act, each harmless alone (see CUE_POLICY.cuePairs).
    pills: ['goliyan', 'goliyaan', 'goliya', 'goli', 'dawai', 'dawaiyan', 'neend ki goliyan', 'दवाई', 'दवाइयां', 'दवा', 'गोलियां', 'गोलियाँ', 'गोली', 'नींद की गोलियां',
      // Medicines by the names people type: painkillers, sleeping pills.
      'goliyon', 'tablets', 'tablate', 'neend ki goli', 'paracetamol', 'crocin', 'dolo', 'combiflam', 'calpol', 'alprax', 'nind ki goli', 'गोलियों', 'टैबलेट', 'टेबलेट',
      'नींद की गोली', 'नींद की गोलियाँ', 'पैरासिटामोल', 'क्रोसिन', 'डोलो', 'कॉम्बिफ्लेम', 'अल्प्राजोलम', 'अल्प्रैक्स'],
    overdose: ['ek saath kha', 'sab kha lunga', 'sab kha lungi', 'saari kha', 'saari goliyan', 'poori shishi', 'puri shishi', 'poora patta', 'pura patta', 'एक साथ खा', 'पूरी शीशी', 'सारी गोलियां', 'सारी गोलियाँ', 'पूरा पत्ता'],
    leap: ['kood jaunga', 'kood jaungi', 'kud jaunga', 'kud jaungi', 'kood jaoonga', 'chhalang', 'chalang', 'कूद जाऊंगा', 'कूद जाऊँगा', 'कूद जाऊंगी', 'कूद जाऊँगी', 'छलांग'],
    height: ['chhat', 'chat se', 'chhat se', 'pul', 'building', 'balcony', 'khidki', 'train', 'patri', 'छत', 'पुल', 'बिल्डिंग', 'बालकनी', 'खिड़की', 'ट्रेन', 'पटरी',
      'railway track', 'rail ki patri', 'terrace', 'रेलवे ट्रैक', 'टैरेस'],
    farewell: ['letters', 'saaman de diya', 'सामान दे दिया', 'sab kuch ke liye shukriya', 'सब कुछ के लिए शुक्रिया', 'सबका शुक्रिया', 'saari cheezein de', 'सारी चीज़ें दे', 'chitthi', 'chithi', 'khat', 'letter', 'चिट्ठी', 'चिठ्ठी', 'ख़त', 'खत', 'अलविदा', 'alvida', 'sab de diya',
      // Thanks and goodbye to everyone for good, the last post, one's things given away, a pet left in someone's care.
      'sabka shukriya', 'sab ka shukriya', 'sabka dhanyawad', 'सबका धन्यवाद', 'hamesha ke liye alvida', 'हमेशा के लिए अलविदा', 'alvida doston', 'अलविदा दोस्तों', 'meri aakhri post',
      'meri last post', 'ye meri aakhri post', 'मेरी आखिरी पोस्ट', 'मेरी आख़िरी पोस्ट', 'aakhri message', 'आखिरी मैसेज', 'cheezein de di', 'cheezen de di', 'cheezein doston ko de',
      'चीज़ें दे दीं', 'चीजें दे दीं', 'चीज़ें दोस्तों को दे', 'चीजें दोस्तों को दे', 'saman baant diya', 'saaman baant diya', 'सामान बांट दिया', 'mere kutte ka khayal rakhna', 'meri billi ka khayal rakhna', 'मेरे कुत्ते का ख्याल रखना',
      'मेरी बिल्ली का ख्याल रखना', 'mere kutte ka dhyan rakhna', 'meri billi ka dhyan rakhna',
      // "This is the last post", not the last of a trip, a series or the year.
      ...['ye aakhri post', 'yeh aakhri post', 'ye aakhiri post', 'ye last post', 'yeh last post', 'ये आख़िरी पोस्ट', 'ये आखिरी पोस्ट', 'यह आख़िरी पोस्ट', 'यह आखिरी पोस्ट']
        .map(unlessBefore(pairs(['', 'hai ', 'है '], ['is trip', 'iss trip', 'trip ki', 'trip ka', 'is saal', 'series ki', 'is series', 'aaj ki', 'is hafte', 'इस ट्रिप',
          'ट्रिप की', 'इस साल', 'सीरीज़ की', 'आज की', 'इस हफ्ते'], '')))],
    relief: ['mere bina sab khush', 'mere bina sab theek', 'mere bina sab behtar', 'मेरे बिना सब खुश', 'मेरे बिना सब बेहतर', 'mere jaane se sab khush', 'मेरे जाने से सब खुश',
      'mujhse chhutkara', 'mujhse chutkara', 'मुझसे छुटकारा', 'kisi ko pata bhi nahi chalega', 'किसी को पता भी नहीं चलेगा', 'kisi ko farak bhi nahi', 'sabko sukoon milega', 'सबको सुकून मिलेगा',
      'meri tension nahi', 'मेरी टेंशन नहीं', 'mujhe jhelna nahi', 'मुझे झेलना नहीं', 'meri fikr', 'meri fikar', 'mere bina behtar', 'bojh nahi', 'मेरी फ़िक्र', 'मेरी फिक्र', 'मेरे बिना बेहतर', 'बोझ नहीं', 'kisi ko farak nahi padega', 'kisi ko fark nahi padega', 'किसी को फर्क नहीं पड़ेगा', 'किसी को फ़र्क नहीं पड़ेगा'],
    // The speaker gone for good ("I won't wake up", "soon it won't hurt anymore"; not "I won't be here anymore", said when moving away, nor
    // "my last night" before a place): with pills, farewells or relief in the text, a plan (CUE_POLICY.cuePairs).
    vanish: [
      // Sleeping and not waking, as an aim or a wish: not "dopahar tak na uthun" (a lie-in).
      ...['aur uthu hi nahi', 'aur uthun hi nahi', 'uthu hi nahi', 'aur kabhi na uthu', 'aur kabhi na uthun', 'phir kabhi na uthun', 'kabhi na uthne', 'subah na uthun', 'subah nahi uthenge',
        'subah nahi uthunga', 'subah nahi uthungi', 'और उठूं ही नहीं', 'उठूं ही नहीं', 'उठूँ ही नहीं', 'फिर कभी न उठूं', 'कभी न उठूँ', 'सुबह न उठूं', 'सुबह नहीं उठेंगे', 'कभी ना उठूं'].map(unlessBefore(['tak', 'तक', 'jaldi', 'जल्दी', 'late', 'der', 'der se', 'देर'])),
      'ab zarurat nahi padegi', 'ab zaroorat nahi padegi', 'अब ज़रूरत नहीं पड़ेगी', 'अब जरूरत नहीं पड़ेगी', 'uthna hi na pade', 'kabhi na uthu', 'fir kabhi na uthu', 'सुबह उठना ही न पड़े', 'कभी न उठूं', 'dard nahi hoga', 'दर्द नहीं होगा', 'आज की रात आख़िरी', 'आज की रात आखिरी', 'aaj ki raat aakhri', 'aaj ki raat aakhiri', 'mujhe zarurat nahi padegi', 'mujhe zaroorat nahi padegi', 'मुझे ज़रूरत नहीं पड़ेगी', 'मुझे जरूरत नहीं पड़ेगी', 'zinda nahi rahunga', 'zinda nahi rahungi', 'ज़िंदा नहीं रहूंगा', 'ज़िंदा नहीं रहूंगी', 'जिंदा नहीं रहूंगा', 'जिंदा नहीं रहूंगी', 'aaj raat sab khatam', 'आज रात सब खत्म', 'kabhi nahi uthunga', 'kabhi nahi uthungi',
      // Not waking as the aim of a dose, said of anyone ("kitni goliyan khaane se insaan subah nahi uthta"): the generic insaan, aadmi,
      // banda, or "taaki" (so that) with "kabhi"; not a household that sleeps late ("koi 10 baje se pehle nahi uthta", WAKE_BY).
      ...[...pairs(['insaan', 'insan', 'aadmi', 'admi', 'banda', 'bande'], ['subah nahi uthta', 'subah nahi uthega', 'nahi uthta', 'kabhi nahi uthta', 'phir nahi uthta',
        'fir nahi uthta', 'dobara nahi uthta', 'wapas nahi uthta', 'uthta hi nahi', 'subah uthta hi nahi', 'so ke nahi uthta', 'kabhi na uthe', 'phir kabhi na uthe', 'subah na uthe']),
        ...pairs(['इंसान', 'आदमी', 'बंदा'], ['सुबह नहीं उठता', 'नहीं उठता', 'कभी नहीं उठता', 'फिर नहीं उठता', 'दोबारा नहीं उठता', 'उठता ही नहीं', 'कभी न उठे']),
        'taaki kabhi na uthun', 'taki kabhi na uthu', 'taaki dobara na uthun', 'taaki phir kabhi na uthun', 'taaki subah na uthun', 'jisse kabhi na uthun', 'jisse subah na uthun',
        'taaki kabhi na uthe', 'jisse kabhi na uthe', 'neend se kabhi na uthun', 'neend se kabhi na uthe', 'hamesha ke liye so jaye', 'hamesha ke liye so jaaye',
        'ताकि कभी न उठूं', 'ताकि कभी न उठूँ', 'ताकि सुबह न उठूं', 'जिससे कभी न उठूं', 'नींद से कभी न उठूं', 'हमेशा के लिए सो जाए'].map(unlessBefore(WAKE_BY))],
    selfinjure: [
      // Cutting again (not hair: "baal kataye"; not the cut of an accident, which is "kat gaya").
      'फिर से हाथ पे कट', 'फिर से कट लगाए', 'फिर से कट लगाया', 'हाथ पे कट लगाए', 'हाथ पर कट लगाए', 'कलाई पर कट', 'फिर से काटा', 'फिर से हाथ काटा', 'phir se cut lagaye',
      'phir se cut kiya', 'fir se cut kiya', 'fir se cut lagaye', 'haath pe cut lagaye', 'hath pe cut lagaye', 'kalai pe cut', 'phir se haath kaata', 'fir se haath kata', 'phir se kaat liya',
      'लाइटर से', 'हाथ जलाती', 'हाथ जलाता', 'दीवार पर मुक्के', 'deewar pe mukke', 'baal nochne', 'बाल नोच', 'kuch nahi khaya', 'कुछ नहीं खाया', 'ulti kar deti', 'ulti kar deta', 'उल्टी कर देती', 'khud ko jalaya', 'khud ko jala', 'haath jalaya', 'hath jalaya', 'खुद को जलाया', 'खुद को जला', 'हाथ जलाया', 'sar deewar pe', 'sar deewar par', 'sir deewar pe', 'सिर दीवार', 'दीवार पर सिर', 'khud ko maara', 'khud ko mara', 'khud ko maarti', 'khud ko maarta', 'खुद को मारा', 'खुद को मारती', 'खुद को मारता', 'khoon nikalne tak', 'खून निकलने तक', 'khane ka haq nahi', 'खाने का हक़ नहीं', 'खाने का हक नहीं'],
    deliberate: [
      // Unable to stop, deeper this time, full sleeves to hide it. Not laughing that would not stop.
      ...['ruk hi nahi paati', 'ruk hi nahi pata', 'ruk nahi paati', 'ruk nahi pati', 'ruk nahi pata', 'रुक ही नहीं पाती', 'रुक ही नहीं पाता', 'रुक नहीं पाती', 'रुक नहीं पाता', 'khud ko rok nahi paati',
        'khud ko rok nahi pata', 'खुद को रोक नहीं पाती', 'खुद को रोक नहीं पाता'].map(unlessAfter(['hasi', 'hansi', 'हंसी', 'हँसी', 'khoon', 'खून', 'hichki', 'हिचकी'])),
      'is baar aur gehra', 'is baar zyada gehra', 'इस बार और गहरा', 'इस बार ज़्यादा गहरा', 'full sleeves pehenti', 'full sleeves pehenta', 'full sleeve pehen ke chhupa', 'फुल स्लीव्स पहनती',
      'chhupane ke liye full sleeve', 'निशान छुपाने',
      'यही एक चीज़ है जो मदद', 'मैं इसी लायक हूँ', 'khud ko saza de', { term: 'jaan boojh ke', unless: ['jaan boojh ke nahi'] }, 'jaan boojh kar', 'jaanbujh kar', 'jaanbujhkar', { term: 'जानबूझकर', unless: ['जानबूझकर नहीं'] }, 'जान बूझकर', 'जानबूझ कर', 'saza ke taur par', 'सज़ा के तौर पर', 'सजा के तौर पर', 'khud ko saza', 'खुद को सज़ा', 'खुद को सजा', 'main isi layak', 'मैं इसी लायक', 'yahi ek tareeka', 'यही एक तरीका'],
    // Ending it at a set time, or now; not a bare "sab khatam" nor "aaj sab khatam ho jayega" (exams and projects end too: "exams
    // sab khatam! ab train pakad ke ghar").
    ending: ['aaj raat sab khatam', 'aaj sab khatam kar dunga', 'aaj sab khatam kar dungi', 'aaj raat khatam kar dunga', 'aaj raat khatam kar dungi',
      'आज रात सब खत्म', 'आज सब खत्म कर दूंगा', 'आज सब खत्म कर दूंगी', 'is weekend sab khatam', 'iss weekend sab khatam', 'इस वीकेंड सब खत्म', 'इस वीकेंड सब ख़त्म', 'aaj ki raat aakhri', 'ye meri aakhri raat', 'yeh meri aakhri raat', 'ये मेरी आखिरी रात',
      'bas aaj ki raat', 'आज की रात आखिरी'],
    // Everyone's forgiveness asked with a farewell (review: a last day at work says it too), the speaker a burden with others
    // freed of them, a lethal dose asked about with the pills named (review: also a worried parent) (CUE_POLICY.cuePairs).
    forgive: ['maaf kar dena', 'mujhe maaf kar dena', 'mujhe maaf karna', 'sab maaf karna', 'sab mujhe maaf', 'ho sake to maaf', 'sabse maafi', 'sab kuch ke liye maafi', 'sab ke liye sorry',
      'sab kuch ke liye sorry', 'maf kar dena', 'माफ़ कर देना', 'माफ कर देना', 'मुझे माफ़ कर देना', 'मुझे माफ कर देना', 'मुझे माफ़ करना', 'सबसे माफ़ी', 'सबसे माफी', 'सब कुछ के लिए माफ़ी',
      'हो सके तो माफ़'],
    burden: ['bojh hoon', 'bojh hu', 'bojh hun', 'bojh ban gaya', 'bojh ban gayi', 'sab pe bojh', 'sab par bojh', 'sabke liye bojh', 'sirf bojh', 'बोझ हूँ', 'बोझ हूं', 'बोझ बन गया',
      'बोझ बन गई', 'सब पर बोझ', 'सबके लिए बोझ', 'sirf pareshani deta', 'sirf pareshani deti', 'bas pareshani deta', 'bas pareshani deti', 'sirf takleef deta', 'sirf takleef deti',
      'सिर्फ परेशानी देता', 'सिर्फ परेशानी देती', 'sab kharab kar deta hoon', 'sab kharab kar deti hoon', 'सब खराब कर देता हूँ', 'सब खराब कर देती हूँ'],
    lethal: ['jaanleva dose', 'jaan lewa dose', 'जानलेवा खुराक', 'जानलेवा डोज़', 'ghatak matra', 'घातक मात्रा', 'marne ke liye kitni', 'mar jaane ke liye kitni', 'मरने के लिए कितनी',
      'kitni khane se mar', 'kitni khaane se mar', 'कितनी खाने से मर', 'khane se mar jaunga', 'khane se mar jaungi', 'lene se mar jaunga', 'lene se mar jaungi', 'खाने से मर जाऊंगा',
      'खाने से मर जाऊंगी', 'लेने से मर जाऊंगा', 'लेने से मर जाऊंगी', 'kitni goliyon se maut', 'कितनी गोलियों से मौत', 'kitni lene se mar', 'कितनी लेने से मर',
      ...['subah nahi uthenge', 'subah nahi uthunga', 'subah nahi uthungi', 'सुबह नहीं उठेंगे'].map(unlessBefore(['tak', 'तक', 'jaldi', 'जल्दी', 'late', 'der', 'der se', 'देर']))],
    dissuade: ['mujhe rokne ki koshish mat', 'मुझे रोकने की कोशिश मत'],
    // What one hangs or suffocates oneself with (rope, charcoal, 練炭, 번개탄): with the speaker gone for good, a plan (CUE_POLICY.cuePairs); a letter is
    // too everyday a farewell for it ("bought charcoal for the barbecue and wrote to grandma").
    method: ['rassi', 'रस्सी', 'koyla', 'कोयला'],
    // A code, PIN or card number and a verb asking to be told it, in one clause: fraud, as banks and couriers never ask (CUE_POLICY.cuePairs).
    secret: ['net banking password', 'नेट बैंकिंग पासवर्ड', 'आया हुआ otp', 'आया हुआ ओटीपी', 'aaya hua otp', 'aya hua otp', 'verification code', 'atm pin', 'एटीएम पिन', 'cvv', 'सीवीवी', 'upi pin', 'यूपीआई पिन'],
    divulge: ['bata do', 'bata dijiye', 'bataiye', 'batao', 'bhej do', 'bhejiye', 'bhejo', 'share karo', 'share kijiye', 'de do', 'dijiye', 'बता दो', 'बताइए', 'बताइये', 'बताओ', 'भेज दो', 'भेजिए', 'दीजिए', 'शेयर करें', 'शेयर कीजिए'],
    // Advice against scams: in its sentence a code or a money ask is warned of, not asked for (CUE_POLICY.retractions).
    warning: ['kabhi nahi maangta', 'kabhi nahi puchta', 'kabhi share na kare', 'kabhi share mat karo', 'कभी नहीं मांगता', 'कभी नहीं पूछता', 'किसी से शेयर न करें', 'share na karein', 'savdhaan', 'फ़्रॉड है न', 'फ्रॉड है न', 'fraud hai na', 'scam hai na'],
    // Not drinking: alcohol in its sentence is no drinking promoted (CUE_POLICY.retractions).
    // The reader told the speaker themselves: knowing where they live or work is then no stalking (CUE_POLICY.retractions).
    toldme: ['tumne bataya tha', 'tune bataya tha', 'aapne bataya tha', 'तुमने बताया था', 'तूने बताया था'],
    // Politics said with heat (CUE_POLICY.cuePairs): those who govern, called criminals or traitors, or a call to rise against them.
    polity: ['sarkar', 'sarkaar', 'सरकार', 'pradhan mantri', 'प्रधानमंत्री', 'modi', 'मोदी', 'chunav', 'चुनाव', 'election', 'neta log', 'नेता', 'sansad', 'संसद', 'bjp', 'congress'],
    vilify: ['chor hai', 'chor hain', 'चोर है', 'चोर हैं', 'gaddar', 'गद्दार', 'deshdrohi', 'देशद्रोही', 'bhrasht', 'भ्रष्ट', 'fixed tha', 'dhandhli', 'धांधली', 'barbaad kar', 'बर्बाद कर'],
    uprising: ['sadkon pe utro', 'sadak pe utro', 'sadko pe utro', 'सड़कों पर उतरो', 'सड़क पर उतरो', 'takhta palat', 'तख्ता पलट'],
    // A threat meant: where it will be done, 'wait and see', 'not joking'. A laugh beside them is no banter (CUE_POLICY.jest). Not a
    // time alone, which game banter names as often.
    menace: ['mazak nahi', 'mazaak nahi', 'मज़ाक नहीं', 'मजाक नहीं', 'school ke baad', 'ruk ja', 'dekh lena', 'ghar ke bahar', 'स्कूल के बाद', 'रुक जा', 'देख लेना', 'घर के बाहर'],
    // Laughing or joking: a threat said with it is banter (CUE_POLICY.jest).
    jest: ['mazak kar raha', 'mazak kar rahi', 'mazak tha', 'just mazak', 'मज़ाक कर रहा', 'मज़ाक था'],
    // A veiled threat: accidents happen, said to someone told to keep talking like that (CUE_POLICY.cuePairs).
    accident: ['accident kabhi bhi', 'haadsa kabhi bhi', 'हादसा कभी भी', 'एक्सीडेंट कभी भी'],
    goad: ['aise hi bolti reh', 'aise hi bolta reh'],
    // Cooking: wine or beer in a recipe is no drinking promoted (CUE_POLICY.retractions).
    cooking: ['recipe', 'batter', 'marinate', 'रेसिपी', 'खाना बनाने'],
    // A faith to be banned, a disputed land claimed (CUE_POLICY.cuePairs): politically or religiously sensitive.
    faith: ['dharm', 'dharam', 'धर्म', 'masjid', 'मस्जिद', 'church', 'mandir', 'मंदिर'],
    outlaw: ['ban kar do', 'ban hona chahiye', 'band karo saare', 'बैन करो', 'बंद होना चाहिए'],
    disputed: ['kashmir', 'कश्मीर', 'pok', 'aksai chin', 'अक्साई चिन', 'arunachal', 'अरुणाचल'],
    claim: ['kashmir humara hai', 'कश्मीर हमारा है', 'pok humara hai', 'wapas lena hai', 'वापस लेना है'],
    // A night together in bed, and what the reader is wearing or not (CUE_POLICY.cuePairs): sexual harassment.
    onenight: ['ek raat tere saath', 'ek raat saath', 'raat saath bitaye', 'ek raat mere saath', 'एक रात तेरे साथ', 'एक रात साथ'],
    // In bed, under the quilt or the sheet.
    inbed: ['bed pe', 'bed par', 'bistar pe', 'बिस्तर पर', 'बेड पर', 'bistar par', 'bistar mein', 'bistar me', 'bed mein', 'bed me', 'palang pe', 'palang par', 'razai mein',
      'razai me', 'chadar ke andar', 'chaadar ke andar', 'chadar ke neeche', 'बिस्तर पे', 'बिस्तर में', 'बेड पे', 'बेड में', 'पलंग पर', 'रजाई में', 'चादर के अंदर'],
    // What a lesson or a service costs per unit (CUE_POLICY.cuePairs): beside a sum, a priced offer.
    rate: ['per class', 'प्रति क्लास', 'trial class', 'ट्रायल क्लास'],
    // The learner's side of a lesson's price: the speaker pays it, or it is their own teacher's (CUE_POLICY.retractions).
    pupil: ['mere teacher', 'meri teacher', 'mere tutor', 'मेरे टीचर', 'मेरी टीचर', 'मेरे शिक्षक', 'kitna dete ho', 'कितना देते हो'],
    // The speaker teaching the reader (sikhaunga, sikha dunga, tumhe padhaunga) or lessons "taught" (sikhaye jaate hain): joined to `inbed`,
    // teaching offered in bed, sexual harassment (CUE_POLICY.cuePairs). Not learning (seekh, seekhti: "roz raat bistar pe words seekhti hoon"),
    // not a bare "sikhaya" (mummy ne sikhaya), nor a lesson refused (NEGATED: "aaj nahi padhaungi, bed pe hi rahungi") or a study method shown.
    teach: ['sikhaunga', 'sikhaungi', 'sikhaoonga', 'sikhaonga', 'sikhaugi', 'sikha dunga', 'sikha dungi', 'sikha doonga', 'sikha du', 'sikha doon', 'sikhaun', 'sikhau',
      'sikhata hoon', 'sikhata hu', 'sikhati hoon', 'sikhati hu', 'sikhayenge', 'sikhaye jaate', 'sikhaye jate', 'sikhaya jaata', 'sikhaya jata', 'sikhai jaati', 'sikhayi jaati',
      'sikhai jati', 'tumhe padhaunga', 'tujhe padhaunga', 'aapko padhaunga', 'tumko padhaunga', 'tumhe padha dunga', 'tujhe padha dunga', 'tumhe padhaungi', 'padhaunga tumhe', 'padhaunga tujhe', 'padhaungi tumhe',
      'सिखाऊंगा', 'सिखाऊँगा', 'सिखाऊंगी', 'सिखाऊँगी', 'सिखा दूंगा', 'सिखा दूँगा', 'सिखा दूंगी', 'सिखाऊं', 'सिखाऊँ', 'सिखाता हूँ', 'सिखाता हूं', 'सिखाती हूँ', 'सिखाए जाते',
      'सिखाये जाते', 'सिखाया जाता', 'सिखाई जाती', 'तुम्हें पढ़ाऊंगा', 'तुझे पढ़ाऊंगा', 'आपको पढ़ाऊंगा'].map(unlessAround(NEGATED, ['apna tarika', 'mera tarika', 'tarika', 'trick', 'method', 'app', 'flashcards', 'tumhe apna tarika', 'अपना तरीका', 'तरीका'])),
    // Only one bed, and the reader staying the night at the speaker's: together a review, as a host may yet give up the sofa (CUE_POLICY.cuePairs).
    onebed: ['ek hi bed', 'ek hi bistar', 'ek hi palang', 'ek hi gadda', 'bed ek hi', 'bistar ek hi', 'sirf ek bed', 'bas ek bed', 'ek bed hai', 'ek hi bed hai', 'ek bed pe',
      'ek hi bed pe', 'single bed hai', 'bed share', 'एक ही बेड', 'एक ही बिस्तर', 'बेड एक ही', 'बिस्तर एक ही', 'सिर्फ एक बेड', 'एक बेड पर', 'एक ही पलंग', 'बेड शेयर'],
    // Told to the reader (ruk jana, ruko, so jao), not a cousin who "mere ghar ruk raha hai".
    stayover: [...pairs(['mere flat pe', 'mere flat par', 'mere ghar', 'mere ghar pe', 'mere ghar par', 'mere yahan', 'mere yaha', 'mere yahaan', 'mere paas', 'mere room pe',
      'mere room par', 'mere kamre mein', 'mere pg pe', 'mere flat pe hi', 'mere ghar pe hi', 'mere ghar hi', 'mere yahan hi', 'mere yaha hi', 'meri jagah pe'], ['ruk jana',
      'ruk jao', 'ruk ja', 'ruko', 'rukna', 'rukiye', 'rukoge', 'rukogi', 'ruk sakti', 'ruk sakte', 'ruk lena', 'so jana', 'so jao', 'so ja', 'soja', 'so lena', 'so sakti',
      'so sakte', 'sona', 'reh lena', 'raat ruk jao', 'raat ruk jana', 'raat guzaaro', 'raat bitao']),
      ...pairs(['मेरे घर', 'मेरे घर पे', 'मेरे घर पर', 'मेरे फ्लैट पे', 'मेरे फ्लैट पर', 'मेरे यहाँ', 'मेरे यहां', 'मेरे पास', 'मेरे कमरे में', 'मेरे रूम पे'], ['रुक जाना', 'रुक जाओ',
        'रुको', 'रुकना', 'रुकोगी', 'रुकोगे', 'रुक सकती', 'सो जाना', 'सो जाओ'])],
    // Not what to wear to an occasion ("shaadi mein kya pehna hai?": kya pehna hai also asks what one must wear).
    wearing: ['kya pehna hai', 'kya pehni ho', 'क्या पहना है', 'kya pehan rakha', 'kya pehna hua hai', 'kya pehni hai', 'kya pehne ho', 'kya pehen rakha', 'kya pahna hai',
      'kya pehni hui ho', 'kya pehne hue ho', 'क्या पहना हुआ है', 'क्या पहनी हो', 'क्या पहन रखा', 'क्या पहने हो'].map(unlessAfter([...STAGES, 'kal', 'function mein', 'interview mein',
      'office mein', 'college mein', 'puja mein', 'diwali pe', 'eid pe', 'शादी में', 'पार्टी में', 'कल', 'फंक्शन में'])),
    // Not clothes taken off to bathe ("kapde utaar ke naha leta hoon, phir video call"), nor the masculine nanga (a baby asleep in the heat).
    naked: ['nangi', 'नंगी', 'bina kapdon', 'बिना कपड़ों', 'bina kapde', 'bina kapdo', 'बिना कपड़े', 'kuch nahi pehna', 'कुछ नहीं पहना',
      ...['kapde utaar ke', 'kapde utar ke', 'kapde utaar kar', 'kapde utar kar', 'कपड़े उतार के', 'कपड़े उतारकर', 'कपड़े उतार कर']
        .map(unlessBefore(['naha', 'nahane', 'nahana', 'nahaunga', 'nahaungi', 'nahaa', 'dho', 'dhone', 'so', 'sona', 'badal', 'नहा', 'नहाने', 'धो', 'सो', 'बदल'])),
      // Without the clothes, or if the reader took them off; not "kapde utaar do, dho deti hoon" (the wash) nor a change of clothes.
      'kapdon ke bina', 'kapde ke bina', 'bina kapdo ke', 'bina kuch pehne', 'kuch bhi nahi pehna', 'कपड़ों के बिना', 'बिना कपड़ो', 'बिना कुछ पहने',
      ...['kapde utaar do', 'kapde utar do', 'kapde utaaro', 'kapde utaroge', 'kapde utarogi', 'kapde utaarogi', 'kapde utaar dogi', 'agar kapde utaar', 'agar kapde utar',
        'kapde utarne ke baad', 'कपड़े उतार दो', 'कपड़े उतारोगी', 'अगर कपड़े उतार'].map(unlessBefore(['naha', 'nahane', 'nahana', 'dho', 'dhone', 'dhulne', 'machine', 'so', 'sona',
        'badal', 'badalne', 'press', 'iron', 'नहा', 'नहाने', 'धो', 'धोने', 'धुलने', 'सो', 'बदल', 'बदलने']))],
    // Underwear (with what the reader has on, sexual harassment), the reader's figure called
    // sexy or arousing or pictured in the speaker's bed, a naked video call, how many people the reader has slept with, someone
    // sought to warm the speaker's bed (CUE_POLICY.cuePairs). What the reader has on right now and the speaker's hotel tonight
    // go to review.
    underwear: ['chaddi', 'chaddhi', 'kachha', 'panty', 'bra', 'underwear', 'innerwear', 'inner wear', 'andar ke kapde', 'चड्डी', 'कच्छा', 'पैंटी', 'ब्रा', 'अंडरवियर', 'अंडरवेयर',
      'अंदर के कपड़े', 'इनरवियर', 'लॉन्जरी'],
    now: ['abhi', 'abhie', 'abhi ke abhi', 'is waqt', 'is wakt', 'filhaal', 'filhal', 'अभी', 'इस वक़्त', 'इस वक्त', 'फिलहाल'],
    // The reader's figure or body: "tumhara figure kitna improve hua" is a friend after the gym; the pair words carry the sex.
    physique: ['teri figure', 'tera figure', 'tumhari figure', 'tumhara figure', 'aapki figure', 'aapka figure', 'teri body', 'tumhari body', 'aapki body', 'tera jism', 'tumhara jism',
      'tera badan', 'tumhara badan', 'teri kamar', 'tumhari kamar', 'तेरी फिगर', 'तेरा फिगर', 'तुम्हारी फिगर', 'तुम्हारा फिगर', 'आपका फिगर', 'तेरी बॉडी', 'तुम्हारी बॉडी', 'तेरा जिस्म',
      'तुम्हारा जिस्म', 'तेरा बदन', 'तुम्हारा बदन', 'तेरी कमर', 'तुम्हारी कमर',
      // The figure or body praised, the possessive after it ("kya figure hai tumhara") or left out ("body mast hai", "mast figure"); "figure"
      // also names a sum ("salary ka kya figure hai"), so not after ka/ki.
      ...['figure hai tumhara', 'figure hai tumhari', 'figure hai tera', 'figure hai teri', 'figure hai aapka', 'figure hai aapki', 'body hai teri', 'body hai tumhari',
        'kya figure', 'mast figure', 'zabardast figure', 'kamaal ki figure', 'figure kamaal', 'body mast hai', 'mast body', 'kya body', 'tere curves', 'tumhare curves', 'क्या फिगर', 'मस्त फिगर', 'कमाल की फिगर', 'फिगर है तुम्हारा', 'फिगर है तेरा', 'फिगर है तेरी', 'बॉडी मस्त',
        'मस्त बॉडी', 'क्या बॉडी'].map(unlessAfter(['ka', 'ki', 'ke', 'का', 'की', 'के']))],
    // Not garam (a fever) nor a bare hot; "mast hai" not after "body" (a gym compliment: "teri body mast hai bhai").
    lewd: ['sexy', 'सेक्सी', 'hot lag rahi', 'hot lagti', 'itni hot', 'bahut hot', 'mast maal', 'kya maal', 'maal lag rahi', 'maal lagti', 'मस्त माल', 'क्या माल', 'माल लग रही', 'patakha',
      'pataka', 'पटाखा', 'nashili', 'नशीली', 'kaatil', 'katil', 'कातिल',
      ...['mast hai', 'mast lag rahi', 'mast lagti', 'मस्त है', 'मस्त लग रही'].map(unlessAfter(['body', 'बॉडी', 'body bhi', 'body toh'])),
      // What makes a photo asked for sexual, in Hinglish forms English does not share ("send me a hot pic of the beach" is heat): "hot si
      // pic", "hot wali", "bold wali"; not a hot tea or a hot day ("hot si chai", "garmi").
      ...['hot si', 'hot sa', 'हॉट सी'].map(unlessBefore(['chai', 'coffee', 'soup', 'maggi', 'roti', 'garmi', 'dopahar', 'din', 'चाय', 'कॉफ़ी', 'गर्मी', 'दोपहर'])),
      'hot wali', 'bold wali', 'kamuk', 'ashleel', 'ashlil', 'हॉट फोटो', 'हॉट पिक', 'बोल्ड फोटो', 'कामुक', 'अश्लील'],
    videocall: ['video call', 'videocall', 'vc', 'video chat', 'वीडियो कॉल', 'विडियो कॉल', 'video pe aao', 'video pe aa jao', 'camera on karo', 'cam on karo', 'कैमरा ऑन करो'],
    // Not "behen ke saath soyi" alone: the count is of people (`tally`).
    bedded: ['ke saath soyi', 'ke sath soyi', 'ke saath soye', 'ke saath soya', 'ke sath soya', 'ke saath so chuki', 'ke saath sex kiya', 'ke sath sex kiya', 'के साथ सोई', 'के साथ सोए',
      'के साथ सोया', 'के साथ सो चुकी', 'के साथ सेक्स किया'],
    tally: ['kitno', 'kitnon', 'kitne logon', 'kitne logo', 'kitne ladkon', 'kitne ladko', 'kitne mardon', 'kitni ladkiyon', 'kitne boyfriends', 'kitne bf', 'कितनों', 'कितने लोगों',
      'कितने लड़कों', 'कितनी लड़कियों', 'कितने बॉयफ्रेंड'],
    bedwarm: ['garam karne wali', 'garam karne wala', 'bistar garam', 'bed garam', 'raat garam karne', 'mujhe garam rakhe', 'बिस्तर गरम', 'गरम करने वाली', 'गर्म करने वाली',
      'बेड गरम', 'raat rangeen karne', 'रात रंगीन करने'],
    // Not "hotel chalo" (a restaurant, in Indian English) nor a room booked for the family: the speaker's own hotel.
    hotelroom: ['mere hotel', 'mera hotel', 'mere hotel room', 'मेरे होटल', 'मेरा होटल', 'मेरे होटल रूम', 'hotel mein mere room', 'होटल में मेरे कमरे'],
    tonight: ['aaj raat', 'aj raat', 'aaj ki raat', 'aaj rat', 'आज रात', 'आज की रात'],
    // Pressing for a contact detail after a refusal (CUE_POLICY.solicitContact).
    insist: ['kyun nahi de rahi', 'kyu nahi de rahi', 'क्यों नहीं दे रही', 'main koi galat aadmi nahi', 'मैं कोई गलत आदमी नहीं'],
    // Someone else's speech reported (said, decía, a dit, sagte, говорил, قال, bola, 说, って言って, 라고 했): a threat quoted by it is theirs.
    reported: ['bolta', 'bolti', 'kehta', 'kehti', 'बोलता', 'कहता', 'कहती', 'ne bola', 'ne boli', 'ne kaha', 'ne kahaa', 'ne likha', 'bola tha', 'boli thi', 'kaha tha', 'bol rahi thi', 'bol raha tha',
      'ने बोला', 'ने कहा', 'ने लिखा', 'बोला था', 'कहा था', 'बोली थी'],
    // The speaker apologising: the reader asked again with a count is not pushing (CUE_POLICY.pushedContact).
    apology: ['sorry', 'maaf karna', 'maaf kijiye', 'maafi', 'माफ़ करना', 'माफ करना', 'माफ़ कीजिए', 'सॉरी'],
    // Regret promised to the reader: a threat with a `coerce` near it (CUE_POLICY.cuePairs), advice or a feeling alone.
    regret: ['पछताओगे', 'पछताओगी', 'पछताएगा', 'पछताएगी', 'पछतायेगा', 'पछतायेगी', 'पछताना पड़ेगा', 'पछताना पडेगा', 'pachtaoge', 'pachtaogi', 'pachhtaoge', 'pachhtaogi', 'pachtayega', 'pachtayegi', 'pachtaega', 'pachtaegi', 'pachtana padega', 'pachhtana padega', 'pachtaana padega', 'regret karoge', 'regret karogi', 'regret karega', 'regret karegi'],
    // What the reader does to the speaker that a promised regret punishes (CUE_POLICY.cuePairs).
    coerce: ['मुझे छोड़', 'ignore karte', 'ignore karti', 'mujhe ignore', 'mujhe chhod', 'jo tumne kaha', 'jo tune kaha', 'jo tune bola', 'जो तुमने कहा', 'जो तूने कहा', 'जो तुमने बोला'],
    // A count of times, beside the speaker's asking (`asked`).
    repeat: ['3 baar', '3 bar', 'teen baar', 'teen bar', 'do baar', '2 baar', 'kitni baar', 'kai baar', 'baar baar', 'sau baar', 'तीन बार', 'दो बार', 'कितनी बार', 'कई बार', 'बार बार'],
    // The speaker's own asking: with a count beside it (`repeat`), pushing a contact ask (CUE_POLICY.pushedContact).
    asked: ['maang chuka', 'maang chuki', 'mang chuka', 'puch chuka', 'puch chuki', 'puchh chuka', 'puch raha', 'puch rahi', 'puchh raha', 'pooch raha', 'maang raha', 'pucha tha', 'पूछ चुका', 'पूछ चुकी', 'पूछ रहा', 'पूछ रही', 'माँग चुका', 'मांग चुका', 'पूछा था'],
    // Pushing after a refusal, in words that ask for nothing themselves: a contact ask near them is pressed for (CUE_POLICY.pushedContact).
    pressure: ['teen baar puch chuka', 'teen baar pooch chuka', '3 baar puch chuka', 'teen baar puch chuki', 'kitni baar puchu', 'kitni baar puchna padega', 'kitni baar poochna padega', 'kitni baar bolna padega', 'aakhri baar puch raha', 'last time puch raha', 'kab se puch raha', 'kab se maang raha', 'तीन बार पूछ चुका', 'कितनी बार पूछूं', 'कितनी बार पूछना पड़ेगा', 'कब से पूछ रहा', 'pata hai tumne mana kiya', 'pata hai tune mana kiya', 'mana kiya toh kya', 'mana kiya to kya', 'mana kar diya par', 'mana mat karo', 'na mat bolo', 'naa mat bolo', 'pata hai tum nahi chahti', 'pata hai tum nahi chahte', 'मना किया तो क्या', 'मना मत करो', 'ना मत बोलो', 'kya jaata hai', 'kya jata hai', 'tumhara kya jayega', 'tera kya jayega', 'number hi to hai', 'number hi toh hai', 'sirf number hi to', 'itna kya sochna', 'क्या जाता है', 'तुम्हारा क्या जाएगा', 'नंबर ही तो है', 'bhaav mat khao', 'bhav mat khao', 'nakhre mat karo', 'itne nakhre kyu', 'attitude mat dikhao', 'main ajeeb nahi', 'main ajeeb nahi hu', 'mai ajeeb nahi', 'main waisa nahi hu', 'main waisa ladka nahi', 'tang nahi karunga', 'pareshan nahi karunga', 'भाव मत खाओ', 'नखरे मत करो', 'मैं अजीब नहीं', 'har baar baat taal deti ho', 'hamesha baat taal deti ho', 'baat mat taalo', 'baat taal rahi ho', 'sawal taal rahi ho', 'baat mat ghumao', 'baat ghuma rahi ho', 'topic mat badlo', 'topic change mat karo', 'phir se baat taal di', 'jawab kyun nahi de rahi', 'बात मत टालो', 'हर बार बात टाल देती हो', 'बात घुमा रही हो', 'बात मत घुमाओ', 'itna bada issue kyun bana rahi ho', 'itna drama kyun', 'isme itni badi baat kya hai', 'itna bada deal kyun bana rahi ho', 'raai ka pahad mat banao', 'इतना ड्रामा क्यों', 'इतना बड़ा मुद्दा क्यों बना रही हो', 'इसमें इतनी बड़ी बात क्या है', 'राई का पहाड़ मत बनाओ', 'itna bhaav mat khao', 'itna bhav mat khao', 'itne nakhre mat karo', 'itne nakhre kyun', 'itna attitude mat dikhao', 'itna bhaav kyun kha rahi ho', 'इतना भाव मत खाओ', 'इतने नखरे मत करो'],
    // An experience missed: the regret promised in its sentence is advice, not a threat (CUE_POLICY.retractions).
    missout: ['नहीं चखा तो', 'नहीं खाया तो', 'नहीं खाई तो', 'नहीं देखा तो', 'नहीं देखी तो', 'ट्राई नहीं किया तो', 'ट्राई नहीं करोगे तो', 'नहीं आजमाया तो', 'वहाँ नहीं गए तो', 'वहां नहीं गए तो', 'घूमने नहीं गए तो', 'घूमने नहीं गया तो', 'देखने नहीं गए तो', 'नहीं घूमे तो', 'मिस किया तो', 'मिस कर दिया तो', 'मिस करोगे तो', 'मौका गँवाया तो', 'मौका छोड़ दिया तो', 'न जाने का', 'न चखने का', 'न देखने का', 'नहीं खाओगे तो', 'नहीं देखोगे तो', 'नहीं चखोगे तो', 'टिकट नहीं ली तो', 'nahi chakha to', 'nahi chakha toh', 'nahi khaya to', 'nahi khaya toh', 'nhi khaya to', 'nahin khaya to', 'nahi khayi to', 'nahi dekha to', 'nahi dekha toh', 'nhi dekha to', 'nahi dekhi to', 'try nahi kiya to', 'try nahi kiya toh', 'try nhi kiya to', 'try nahi karoge to', 'try nahi karoge toh', 'wahan nahi gaye to', 'wahan nahi gaye toh', 'waha nahi gaya to', 'ghumne nahi gaye', 'ghoomne nahi gaye', 'dekhne nahi gaye', 'miss kiya to', 'miss kiya toh', 'miss kar diya to', 'miss karoge to', 'na jaane ka', 'na jane ka', 'na dekhne ka', 'nahi khaoge to', 'nahi dekhoge to', 'mauka chhod diya to', 'mauka gawaya to', 'pachtaoge nahi', 'pachtaogi nahi', 'nahi pachtaoge', 'nahi pachtaogi', 'पछताओगे नहीं', 'पछताओगी नहीं', 'नहीं पछताओगे', 'नहीं पछताओगी', 'nahi aaye to', 'nahi aayi to', 'nahi khaye to', 'nahi gaye to'],
    // The speaker naming themselves (CUE_POLICY.selfLabel): "मैं कितना बेवकूफ", "kitna bewakoof hoon main". Not romanised "main" or
    // "mai", which also write "mein" ("in": "is group main chutiye bhare hain"), nor "nikla" ("turned out"), said of anyone.
    selfbefore: ['मैं', ...pairs(['मैं'], ['कितना', 'कितनी', 'भी', 'तो', 'बहुत', 'एक', 'पूरा', 'ही'])],
    selfretort: ['हाँ हाँ', 'haan haan', 'haan bhai', 'theek hai'],
    selfafter: ['hoon', 'hun', 'hu', 'hoon main', 'hu main', 'हूँ', 'हूं', 'हूँ मैं', 'हूं मैं'],
    selflead: ['kitna', 'kitni', 'main', 'mai', 'main kitna', 'mai kitna', 'main kitni', 'mai kitni', 'कितना', 'कितनी', 'मैं', 'मैं कितना', 'मैं कितनी'],
    selfsigh: ['yaar', 'arre', 'uff', 'यार', 'अरे', 'उफ़'],
    abstain: ['nahi peeta', 'nahi peeti', 'nahi pita', 'nahi piti', 'nhi peeta', 'nhi peeti', 'nahin peeta', 'nahin peeti', 'peeta nahi', 'peeti nahi', 'नहीं पीता', 'नहीं पीती', 'पीता नहीं', 'पीती नहीं'],
    // A fee paid to start work, with earnings or a task job beside it: the paid-task scam (CUE_POLICY.cuePairs).
    fee: ['activation charge', 'सिक्योरिटी डिपॉजिट', 'security deposit jama'],
    gig: ['work from home', 'ghar baithe', 'घर बैठे', 'har like', 'per task', 'selection ho gaya', 'सिलेक्शन हो गया'],
    // Telling the reader they will not sleep, with the speaker's bed in the text: a night in bed promised (CUE_POLICY.cuePairs).
    sleepless: ['sone nahi dunga', 'sone nahi doongi', 'सोने नहीं दूंगा'],
    bedroom: ['mere bed pe', 'mere bed par', 'apne bed pe', 'मेरे बेड पर', 'मेरे बिस्तर', 'mere bistar', 'mere saath bed pe', 'mere bed mein'],
    // The reader's voice arousing the speaker; the two of them pictured in the shower: desire aimed at the reader (CUE_POLICY.cuePairs).
    voice: ['tumhari awaaz', 'teri awaaz', 'तुम्हारी आवाज़', 'तुम्हारी आवाज', 'तेरी आवाज़'],
    aroused: ['uttejit', 'उत्तेजित', 'garam kar deti', 'garam kar diya', 'garam ho jata', 'मुझे गरम कर', 'गरम कर देती', 'khada ho jata', 'खड़ा हो जाता', 'turn on kar deti',
      'turn on ho gaya', 'horny kar deti', 'horny ho gaya'],
    sharedbath: ['saath mein shower', 'saath me shower', 'साथ में शावर', 'साथ में नहा', 'saath naha'],
    // A romance ad: a seeking verb with a partner (see CUE_POLICY.romanceAd). Not one's own partner ("a gift for my wife").
    // "chahiye" is how Hindi ads seek ("ladki chahiye", "garam karne wali chahiye").
    seek: ['dhoondh', 'dhundh', 'dhoond', 'dhund', 'talash', 'ढूंढ', 'ढूँढ', 'तलाश', 'chahiye', 'chaiye', 'chahie', 'चाहिए', 'चाहिये'],
    partner: ['biwi', 'patni', 'dulhan', 'jeevansathi', 'rishta', 'sundar ladki', 'khoobsurat ladki', 'गर्लफ्रेंड', 'बॉयफ्रेंड', 'पत्नी', 'दुल्हन', 'जीवनसाथी', 'रिश्ता', 'रिश्ते', 'रिलेशनशिप', 'खूबसूरत लड़की', 'सुंदर लड़की', 'घरेलू लड़की', 'gharelu ladki', 'sanskari ladki', 'संस्कारी लड़की'].map(unlessAfter(['meri', 'mera', 'meri wali', 'मेरी', 'मेरा', 'uski', 'उसकी'])),
    // Gore told in two cues each harmless alone (see CUE_POLICY.cuePairs): spilled insides, a body cut in two, a pet skinned or an animal skinned alive.
    viscera: ['aantein', 'aante', 'aant', 'anton', 'आंतें', 'आँतें', 'आंत'],
    spill: ['bahar', 'latak', 'har jagah', 'bikhra', 'bikhre', 'बाहर', 'लटक', 'हर जगह', 'बिखर'],
    bisect: ['do tukde', 'do tukdon', 'do tukdo', 'दो टुकड़', 'दो टुकड़ों', 'do hisson', 'दो हिस्सों'],
    corpse: ['sharir', 'shareer', 'laash', 'aadmi', 'शरीर', 'लाश', 'आदमी', 'ट्रेन'],
    bloodshed: ['खून का तालाब', 'khoon ki nadi', 'खून की नदी', 'खून के छींटे', 'khoon ke chheente', 'haddi bahar', 'हड्डी बाहर', 'खून ही खून', 'khoon hi khoon'],
    mishap: ['taanke', 'टांके', 'naak se khoon', 'नाक से खून', 'ungli kat gayi', 'उंगली कट गई', 'pyaaz kaatte', 'प्याज़ काटते', 'cycle se gir', 'साइकिल से गिर'],
    flay: ['khaal utaari', 'khaal utar', 'khal utari', 'khaal nikaali', 'खाल उतारी', 'खाल उतार', 'chamdi utaar', 'चमड़ी उधेड़'],
    alive: ['hil raha tha', 'zinda', 'zinda tha', 'ज़िंदा', 'जिंदा', 'हिल रहा', 'हिल रही'],
    pet: ['kutta', 'kutte', 'kutiya', 'billi', 'कुत्ते', 'कुत्ता', 'बिल्ली', 'पिल्ला', 'kutton', 'billiyon', 'कुत्तों', 'बिल्लियों'],
    cruelty: ['jinda jala', 'dubo diya', 'latka diya', 'ghaseeta', 'ज़िंदा जला', 'डुबो दिया', 'लटका दिया', 'घसीटा'],
    // Films, shows and games: gore said of them describes fiction (see CUE_POLICY.fiction).
    fiction: ['स्पॉइलर', 'spoiler diya', 'spoil kiya', 'film', 'movie', 'web series', 'serial', 'horror', 'zombie', 'फिल्म', 'फ़िल्म', 'मूवी', 'सीरियल', 'हॉरर', 'ज़ॉम्बी'],
    violence: [
      // Consequences promised to the reader: a threat when a you-word is near ("pachtayegi tu"), talk otherwise.
      'pachtayega', 'pachtayegi', 'pachtaoge', 'pachtaogi', 'pachtayenge', 'पछताएगा', 'पछताएगी', 'पछताओगे', 'पछताओगी',
      'sabak sikhana padega', 'सबक सिखाना पड़ेगा', 'pitega', 'pitegi', 'pit jayega', 'पिटेगा', 'पिटेगी',
      'thok denge', 'tod denge', 'kaat denge', 'jala dunga', 'जला दूंगा', 'phod dunga', 'फोड़ दूंगा', 'sar phod', 'सिर फोड़', 'chaku ghop*', 'चाकू घोंप*',
      'jaan se maar', 'haath pair tod', 'tod dunga',
      { term: 'maar', unless: STRUCK_HARMLESSLY.flatMap((what) => [`${what} maar`]).concat(['maar daala', 'maar dala', 'maar daali', 'maar dali']) }, 'maarunga', 'marunga', 'maar dunga', 'katunga', 'kaatunga', { term: 'chaku', unless: ['tumhare paas chaku', 'tere paas chaku', 'aapke paas chaku', 'chaku chahiye', 'chaku dena', 'chaku kahan', 'chaku se sabzi', 'chaku se phal'] }, 'chaaku', { term: 'pitai', unless: ['pitai hoti', 'pitai hui', 'pitai ho gayi', 'pitai khayi', 'pitai khai', 'pitai se darr', 'pitai se dar'] }, 'peetunga', 'thokunga', 'todunga',
      'jalaunga', { term: 'मार', unless: STRUCK_HARMLESSLY_DEVANAGARI.map((what) => `${what} मार`).concat(['मार डाला', 'मार डाली']) }, 'मारूंगा', 'मारूँगा', 'काटूंगा', 'चाकू', { term: 'पिटाई', unless: ['पिटाई होती', 'पिटाई हुई', 'पिटाई खाई'] }, 'पीटूंगा', 'ठोकूंगा', 'तोड़ूंगा', 'जलाऊंगा',
    ],
    intensifier: ['ekdum', 'bilkul', 'pura', 'poora', 'puri', 'poori', 'bahut', 'bohot', 'bhot', 'itna', 'itni', 'kitna', 'kitni', 'sach mein', 'sach me', 'sachi', 'toh', 'ekdam', 'mahaa', 'maha', 'एकदम', 'बिल्कुल', 'बिलकुल', 'पूरा', 'पूरी', 'बहुत', 'इतना', 'इतनी', 'सच में', 'तो'],
    laughter: ['hahaha*', 'हाहा*'],
    fondness: ['pyaar karta hoon', 'pyaar karti hoon', 'pyar karta hu', 'pyar karti hu', 'love you yaar', 'प्यार करता हूँ', 'प्यार करती हूँ', 'मेरी जान', 'meri jaan'],
    meta: [
      'ka matlab kya hai', 'ka matlab kya', 'ka matlab', 'matlab kya hai', 'matlab kya', 'kya matlab', 'ka kya matlab', 'का मतलब क्या है', 'का मतलब', 'मतलब क्या',
      'क्या मतलब', 'का अर्थ', 'ka arth', 'kaise bolte hain', 'kaise bolte', 'कैसे बोलते हैं', 'कैसे कहते हैं', 'kaise kehte', 'hindi mein kya kehte',
      'हिंदी में क्या कहते', 'gaali hai', 'गाली है', 'slang hai',
    ],
    // Hinglish names a group with "log" ("muslim log", "bihari log"): the people, not the word.
    group: [...GROUPS, ...pairs(['muslim', 'musalman', 'hindu', 'sikh', 'isai', 'christian', 'dalit', 'brahmin', 'bihari', 'bengali', 'bangali', 'punjabi', 'gujarati', 'marathi', 'kashmiri',
      'pakistani', 'bangladeshi', 'nepali', 'madrasi', 'south indian', 'north indian', 'northeast', 'gay', 'chamar', 'jat', 'yadav', 'mulle', 'sanghi'], ['log', 'logon', 'logo', 'wale']),
      ...pairs(['मुस्लिम', 'मुसलमान', 'हिंदू', 'सिख', 'ईसाई', 'दलित', 'ब्राह्मण', 'बिहारी', 'बंगाली', 'पंजाबी', 'कश्मीरी', 'पाकिस्तानी', 'बांग्लादेशी'], ['लोग', 'लोगों'])],
    negative: [...HATE_LIKENESS, ...CONTEMPT, ...MORE_CONTEMPT],
  },
};
