import type { Lexicon } from './types';

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
  'बाहर निकालो', 'भगाओ', 'मार डालो', 'खत्म कर दो', 'पाकिस्तान भेजो', 'वापस भेजो',
  'gande', { term: 'gandi', unless: ['gandi baat'] }, 'gande log', 'badbudar', 'chor hote', 'chor hain', 'chor hai', 'chor hi', 'sab chor', 'chor log', 'gaddar', 'gaddaar', 'deshdrohi',
  'aatankwadi', 'atankwadi', 'aatanki', 'neech', 'ghatiya log', 'ghatiya kaum', 'ganwar', 'gawar', 'gavar', 'gawaar', 'jahil', 'jaahil',
  'anpadh', 'kaamchor', 'kamchor', 'aalsi', 'makkar', 'dhokebaaz', 'dhokhebaaz', 'dhokebaz', 'jhoothe hote', 'jhoote hote', 'jhoothe hain',
  'jhute hote', 'keede', 'keede makode', 'kide makode', 'deemak', 'bhikari', 'bhikhari', 'bhikhmange', 'janwar', 'jaanwar', 'bewakoof',
  'bewkoof', 'bevkoof', 'murkh', 'se nafrat hai', 'ghuspaithiye', 'ghuspaithiya', 'desh se nikalo', 'nikalo desh se', 'bahar nikalo', 'bhagao',
  'maar dalo', 'maar daalo', 'pakistan bhejo', 'wapas bhejo', 'kachra log',
];

export const hi: Lexicon = {
  lang: 'hi',
  terms: {
    insult: [
      'bevakoof', 'chal nikal mc', 'nikal mc',
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
      'warna ghar aa jaunga', 'number de warna', 'main peeche tha',
      'पीछा कर रहा हूँ', 'पीछा कर रहा हूं', 'तेरा पीछा', 'pichha kar raha', 'peecha kar raha',
      'tera ghar pata hai', 'teri photo viral', 'photo viral kar dunga', 'viral kar dunga',
      'tujhe dhoondh lunga', 'chhodunga nahi', 'chodunga nahi', 'तेरा घर पता है', 'तेरी फोटो वायरल', 'वायरल कर दूंगा', 'छोड़ूंगा नहीं',
     
    ],
    curse: [
      'भेनचो', 'भेंचो', 'bhencho',
      'साले', 'सालो', 'चुतियापा', 'चूतियापा', 'बकचोदी', 'बकचोद', 'भोसड़ा', 'झांट', 'झाट', 'लौड़े लग गए', 'भेन के लौड़े', 'saale', 'saalo', 'sale kutte',
      'bakchodi', 'bakchod', 'chutiyapa', 'chutiyapanti', 'bhosda', 'jhaant', 'jhant', 'lode lag gaye', 'bc mc', 'mc bc', 'bhen ke lode',
     
    ],
    sexual: [
      'तुम्हारे साथ सोना', 'साथ सोना चाहता', 'साथ सोओगी', 'saath sona chahta', 'saath soogi',
      'सेक्स', 'चुदाई', 'चोदना', 'चोदूंगा', 'चोद दूंगा', 'चूत', 'लंड', 'लौड़ा', 'गांड', 'गांड मार', 'मुठ', 'मुठ मार', 'नंगी', 'सेक्सी', 'चुदवाना',
      'चुदवा', 'ब्लू फिल्म', 'पोर्न', 'chudai', 'chodna', 'chodunga', 'chod dunga', 'chudwa', 'chudwana', 'chut marunga', 'teri chut',
      'chut chahiye', 'choot', 'loda', 'gaand', 'gaand maar', 'gand marunga', 'muth', 'mutth', 'muth maar', 'mutthi maar', 'nangi',
      'nangi photo', 'nude pic', 'nude photo', 'nude video', 'blue film', 'sex chat', 'sexchat', 'phone sex', 'mumme', 'chuchi', 'chuche', 'चूचे',
      'randi khana', 'कॉल गर्ल',
    ],
    'sexual-harassment': [
      'hot wali photo', 'hot photo bhejo', 'tumhare bed pe', 'aa jaun tumhare bed',
      'bra ka size', 'bra size', 'bra kaunsa', 'abhi kya pehna', 'nangi photo bhejo', 'nude bhejo', 'nudes bhejo',
      'boobs dikhao', 'body dikhao', 'kapde utaro', 'kapde utar', 'bina kapdon', 'bina kapde', 'sexy lag rahi', 'hot lag rahi', 'chummi do', 'kiss do na',
      'akeli aao', 'akele milo', 'room pe aao', 'raat bitao', 'virgin ho', 'ब्रा का साइज', 'नंगी फोटो भेजो', 'कपड़े उतारो', 'बिना कपड़ों',
      'सेक्सी लग रही', 'अकेली आओ',
    ],
    spam: [
      'follow karo', 'follow kar lo', 'subscribe karo', 'subscribe kare', 'like share subscribe', 'channel subscribe', 'फॉलो करो', 'सब्सक्राइब करें',
      'सब्सक्राइब करो', 'ghar baithe kamaye', 'ghar baithe paise', 'ghar baithe kamao', 'घर बैठे कमाएं', 'घर बैठे कमाए', 'घर बैठे पैसे',
      'roz kamao', 'रोज कमाएं', 'link pe jao', 'bio mein link', 'join karo group', 'group join karo', 'ग्रुप जॉइन करें',
    ],
    phishing: [
      'link pe click karo', 'link par click karo', 'link pe click kare', 'link par click kare', 'लिंक पर क्लिक करें', 'लिंक पर क्लिक करो', 'account block ho jayega',
      'account band ho jayega', 'khata band', 'खाता बंद', 'kyc pending', 'kyc update karo', 'kyc update kare', 'केवाईसी अपडेट', 'KYC अपडेट', 'otp batao',
      'otp bata do', 'otp bhejo', 'otp share karo', 'ओटीपी बताओ', 'ओटीपी बताएं', 'OTP बताओ', 'पिन बताओ', 'pin batao', 'password batao',
      'otp bhej do', 'otp share kar do', 'ओटीपी भेजो', 'ओटीपी बता दो', 'ओटीपी शेयर', 'cvv batao', 'cvv bata do', 'cvv bhejo', 'सीवीवी बताओ',
      'card number batao', 'card number bata do', 'कार्ड नंबर बताओ', 'code batao', 'code bata do', 'code bhejo', 'code bhej do', 'कोड बताओ',
      'कोड बता दो', 'कोड भेजो', 'password bata do', 'password bhejo', 'पासवर्ड बताओ', 'पासवर्ड भेजो', 'upi pin daalo', 'upi pin dalo', 'pin daal do',
      'यूपीआई पिन', 'पिन डालो',
    ],
    ads: [
      'ghar baithe', 'part time job', 'apply kare', 'apply karein', 'सस्ते दाम', 'बेच रहा हूँ',
      'bechna hai', 'बेचना है', 'offer sirf', 'order karo', 'order kare', 'ऑर्डर करें',
      'ऑर्डर करो', 'फ्री डिलीवरी', 'naukri chahiye', 'job chahiye', 'kaam chahiye', 'नौकरी चाहिए', 'काम चाहिए',
      'वैकेंसी', 'daan karein', 'daan kare', 'daan karo', 'दान करें', 'दान करो', 'donate karo', 'donate kare',
      'लकी ड्रा', 'inaam jeeto', 'इनाम जीतें', 'इनाम जीतो', 'contact kare', 'sampark kare', 'संपर्क करें',
      'price ke liye',
    ],
    fraud: [
      'app ka moderator hoon', 'account ban hone wala', 'verify ke liye',
      'crypto mein', '10x return', 'return pakka', 'aadhar number', 'aadhaar number', 'otp bata', 'आधार नंबर',
      'paise bhejo', 'paise bhej do', 'paise bhejdo', 'paisa bhejo', 'पैसे भेजो', 'पैसे भेज दो', 'पैसा भेजो', 'udhaar do', 'udhar do', 'udhaar de do', 'उधार दो',
      'उधार दे दो', 'paise udhaar', 'upi karo', 'upi kar do', 'paytm karo', 'paytm kar do', 'gpay karo', 'gpay kar do', 'phonepe karo',
      'recharge karwa do', 'recharge kara do', 'रिचार्ज करा दो', 'double paisa', 'paisa double', 'पैसा डबल',
      'pakka profit', 'lottery lagi', 'lottery jeeti', 'lottery nikli', 'kbc lottery', 'केबीसी लॉटरी', 'लॉटरी लगी', 'लॉटरी जीती', 'bank se bol raha',
      'bank se baat kar raha', 'बैंक से बोल रहा', 'customer care se', 'registration fee bhejo', 'crypto mein invest',
      'निवेश करें', 'paisa lagao',
      'paise double', 'paise double kar', 'paisa double kar', 'double kar dunga', 'double kar denge', 'guaranteed return', 'guaranteed returns',
      'guaranteed profit', 'pakka return', 'daily profit', 'roz ka profit', 'mere saath invest', 'mere sath invest', 'hamare saath invest',
      'invest karo aur kamao', 'invest karke kamao', 'trading group join', 'पैसे डबल', 'पैसा दोगुना', 'पैसे दोगुने', 'दोगुना मुनाफा', 'paisa dugna',
      'paise dugne', 'गारंटीड रिटर्न', 'गारंटी रिटर्न', 'पक्का मुनाफा', 'pakka munafa', 'munafa pakka', 'मेरे साथ निवेश', 'निवेश करो', 'ट्रेडिंग ग्रुप',
      'bank manager bol raha', 'bank manager hoon', 'sbi se bol raha', 'बैंक मैनेजर बोल रहा', 'customer care se bol raha', 'कस्टमर केयर से',
      'card block ho jayega', 'atm card block', 'कार्ड ब्लॉक हो जाएगा', 'पैसे चाहिए', 'पैसों की ज़रूरत', 'पैसों की जरूरत', 'paison ki zarurat',
    ],
    dating: [
      'dosti karegi', 'koi ladki baat karegi', 'ladki chahiye',
      'girlfriend chahiye', 'gf chahiye', 'bf chahiye', 'boyfriend chahiye', 'गर्लफ्रेंड चाहिए', 'बॉयफ्रेंड चाहिए', 'dosti karogi', 'dosti karoge', 'दोस्ती करोगी',
      'friendship karogi', 'frndship karogi', 'frendship karogi', 'setting karwa do', 'setting chahiye', 'सेटिंग करवा दो', 'date pe chalogi', 'date pe chalo',
      'milna chahti ho', 'shadi ke liye ladki', 'rishta chahiye', 'रिश्ता चाहिए', 'jeevansathi chahiye', 'life partner chahiye', 'single ladki',
      'single ladkiyan', 'bhabhi chahiye', 'aunty chahiye',
    ],
    drugs: [
      'ganja', 'गांजा', 'charas', 'चरस', 'afeem', 'अफीम', 'स्मैक', 'चिट्टा', 'हेरोइन', 'कोकीन',
      'ड्रग्स', 'maal phoonk', 'maal milega', 'nasha karna', 'नशा करना', 'नशे की गोली', 'nashe ki goli', 'doda post',
      'bhang ki goli',
    ],
    alcohol: [
      'daaru', 'daru', 'दारू', 'sharab', 'sharaab', 'शराब', 'बीयर', 'बियर', 'व्हिस्की', 'वोडका', 'पेग',
      'piyakkad', 'पियक्कड़', 'talli', 'टल्ली', 'tunn', 'nashe mein', 'नशे में', 'daaru party', 'दारू पार्टी', 'pine chalo', 'peene chalo',
      'desi daru', 'अंग्रेजी शराब', 'thanda beer', 'chakhna', 'चखना',
    ],
    threat: [
      'tezaab phek dunga', 'tezaab phenk dunga', 'acid phek dunga', 'तेज़ाब फेंक दूंगा',
      'kaat ke fek dunga', 'kaat dunga', 'tukde kar dunga', 'टुकड़े कर दूंगा',
      'jaan se maar dunga', 'jaan se maar denge', 'maar dunga', 'maar daalunga', 'maar dalunga', 'maar denge', 'jaan le lunga', 'tujhe maar', 'tujhe khatam',
      'kaat daalunga', 'haddi tod', 'haddiyan tod', 'goli maar dunga', 'goli mar dunga', 'thok dunga', 'dekh lunga tujhe',
      'tujhe dekh lunga', 'tera kaam tamaam', 'khatam kar dunga', 'chaku maar', 'chaaku maar', 'acid phenk', 'acid dal', 'aag laga dunga', 'zinda jala',
      'जान से मार दूंगा', 'जान से मार दूँगा', 'मार दूंगा', 'मार दूँगा', 'मार डालूंगा', 'मार डालूँगा', 'काट डालूंगा', 'हड्डी तोड़',
      'गोली मार दूंगा', 'ठोक दूंगा', 'ख़त्म कर दूंगा', 'खत्म कर दूंगा', 'तेरा काम तमाम', 'चाकू मार', 'एसिड फेंक',
      'आग लगा दूंगा', 'ज़िंदा जला', 'जिंदा जला',
    ],
    gore: [
      'kuchal diya', 'aanteen bahar',
      'train se kata hua', 'aantein bahar', 'कटा हुआ आदमी',
      'sar alag ho gaya', 'सिर अलग हो गया',
      'khoon se lathpath', 'खून से लथपथ', 'kata hua sar', 'कटा हुआ सर', 'sar kata', 'सर कटा', 'tukde tukde kar', 'टुकड़े टुकड़े कर', 'laashein', 'लाशें',
      'laash ki photo', 'लाश की फोटो', 'dead body video', 'gala kaat', 'गला काट', 'khoon hi khoon', 'खून ही खून',
    ],
    'self-harm': [
      'neend ki saari goliyan', 'saari goliyan kha', 'goliyan kha lungi', 'goliyan kha lunga',
      'मरना चाहता हूं', 'मरना चाहता हूँ', 'मरना चाहती हूं', 'मरना चाहती हूँ', 'मर जाना चाहता', 'मर जाना चाहती',
      'marna chahta hoon', 'marna chahta hu', 'marna chahta hun', 'marna chahti hu', 'marna chahti hoon', 'marna chahti hun', 'mar jana chahta',
      'mar jaana chahta', 'mar jana chahti', 'mar jaana chahti', 'khudkushi', 'khudkhushi', 'ख़ुदकुशी', 'खुदकुशी', 'आत्महत्या', 'aatmahatya', 'atmahatya',
      'suicide kar', 'suicide karna', 'jeene ka mann nahi', 'jeene ka man nahi', 'जीने का मन नहीं', 'जीना नहीं चाहता', 'जीना नहीं चाहती', 'nass kaat',
      'nas kaat', 'नस काट', 'zeher kha', 'zehar kha', 'ज़हर खा', 'जहर खा', 'फांसी लगा', 'फाँसी लगा', 'phansi laga', 'fansi laga', 'zindagi khatam',
      'ज़िंदगी खत्म', 'sab khatam kar dunga', 'jeena bekar', 'जीना बेकार',
    ],
    hate: [
      'katua', 'katuwa', 'कटुआ', 'कटुए', 'katue', 'mulle', 'मुल्ले', 'मुल्ला साले', 'jihadi sale', 'पाकिस्तान चले जाओ', 'pakistan chale jao', 'pakistan jao',
      'pakistan bhej do', /* romanised alone, chamar is Portuguese 'to call' */ 'chamar log', 'chamar jaat', 'saale chamar', 'ye chamar', 'chamar kahin ka', 'चमार', 'chamaar', 'bhangi', 'भंगी', 'neech jaat', 'नीच जात', 'chinki', 'चिंकी', 'madrasi', 'मद्रासी',
      'habshi', 'हब्शी', 'hijde', 'हिजड़े', 'gay sale',
      'bhimte', 'भीमटे', 'aurat paon ki jooti', 'औरत पैर की जूती', 'mleccha', 'म्लेच्छ',
    ],
    sensitive: [
      'vote karo', 'modi ya rahul',
      'hindu muslim', 'हिंदू मुस्लिम', 'हिन्दू मुस्लिम', 'mandir masjid', 'मंदिर मस्जिद', 'babri', 'बाबरी', 'ram mandir', 'राम मंदिर', 'khalistan', 'खालिस्तान',
      'love jihad', 'लव जिहाद', 'gau raksha', 'गौरक्षा', 'गोरक्षा', 'article 370', 'धारा 370', 'caa nrc', 'nrc', 'दंगे', 'danga', 'dange', 'godhra', 'गोधरा',
      'azad kashmir', 'आजाद कश्मीर', 'kashmir issue', 'कश्मीर मुद्दा', 'मोदी', 'narendra modi', 'modi ji', 'modi sarkar', 'modi govt', 'bjp', 'भाजपा', 'आरएसएस', 'congress party', 'rahul gandhi',
      'राहुल गांधी', 'ghar wapsi', 'घर वापसी', 'dharmantaran', 'धर्मांतरण', 'aarakshan', 'आरक्षण', 'jaativaad', 'जातिवाद', 'hindutva', 'हिंदुत्व',
    ],
    app: [
      'whatsapp', 'instagram', 'telegram', 'snapchat', 'facebook', 'watsapp', 'whatsap', 'watsap', 'whtsapp', 'wtsp', 'whatsaap', 'व्हाट्सएप', 'व्हाट्सऐप', 'वॉट्सऐप', 'वाट्सएप', 'वॉट्सएप', 'व्हाट्सप्प',
      'insta', 'इंस्टा', 'इंस्टाग्राम', 'snap id', 'स्नैपचैट', 'टेलीग्राम', 'fb', 'फेसबुक', 'sharechat',
      'शेयरचैट', 'signal app', 'imo app',
    ],
    contact: [
      'number', 'id', 'email', 'account', 'contact', 'phone number', 'numbr', 'nmbr', 'नंबर', 'नम्बर', 'मोबाइल नंबर', 'फ़ोन नंबर', 'फोन नंबर', 'आईडी', 'mobile no', 'mob no',
      'whatsapp number', 'whatsapp no', 'insta id', 'snap id', 'ईमेल',
    ],
    picture: [
      'photo', 'photos', 'pic', 'pics', 'selfie', 'video', 'video call', 'pik', 'dp', 'फोटो', 'फ़ोटो', 'तस्वीर', 'सेल्फी', 'वीडियो', 'वीडियो कॉल', 'full body pic',
    ],
    body: [
      'body', 'chest', 'bra', 'mumme', 'gaand', 'jism', 'kamar', 'badan', 'thighs', 'जांघ', 'स्तन', 'छाती', 'बदन', 'जिस्म', 'कमर', 'nangi', 'bina kapdon',
      'panty', 'ब्रा', 'पैंटी',
    ],
    request: [
      'username bata', 'id bata',
      'bhej de',
      'number do', 'number de do', 'number dena', 'number dedo', 'id do', 'id dedo', 'id de do', 'नंबर दो', 'नंबर दे दो', 'bhejo', 'bhej do', 'bhejdo', 'bhejna', 'bhej na', 'de do', 'dedo', 'do na', 'dikhao', 'dikha do', 'dikhado', 'add karo', 'add kar lo', 'add kar do',
      'batao', 'bata do', 'batado', 'bolo na', 'message karo', 'msg karo', 'call karo', 'dm karo', 'ping karo', 'bhejiye', 'दीजिए', 'भेजो', 'भेज दो', 'भेजिए',
      'दिखाओ', 'दिखा दो', 'बताओ', 'बता दो', 'ऐड करो', 'ऐड कर लो', 'मैसेज करो', 'कॉल करो', 'de dijiye', 'chahiye',
      'दे दो', 'दे दीजिए', 'भेज देना', 'ट्रांसफर करो', 'ट्रांसफर कर दो', 'transfer karo', 'transfer kar do', 'daal do', 'डाल दो',
    ],
    money: [
      'gpay pe', 'gpay kar', 'paytm kar', 'phonepe kar',
      'transfer', 'bitcoin', 'crypto', 'loan', 'recharge', 'paise', 'paisa', 'pese', 'पैसे', 'पैसा', 'rupaye', 'rupay', 'rupees', 'rs', 'रुपये', 'रुपए', 'paytm', 'gpay', 'phonepe', 'upi', 'यूपीआई', 'udhaar',
      'udhar', 'उधार', 'रिचार्ज', 'लोन', 'hazaar', 'hazar', 'हज़ार', 'हजार', 'lakh', 'लाख', 'bank account',
      'खाता', 'निवेश', 'बिटकॉइन', 'क्रिप्टो', 'पेटीएम', 'गूगल पे', 'फोनपे',
    ],
    you: [
      'tu', 'tum', 'tujhe', 'tujhko', 'tera', 'teri', 'tere', 'tumhara', 'tumhari', 'tumhe', 'tumko', 'aap', 'aapka', 'aapki', 'aapko', 'तू', 'तुम', 'तुझे',
      'तुझको', 'तेरा', 'तेरी', 'तेरे', 'तुम्हारा', 'तुम्हारी', 'तुम्हें', 'तुमको', 'आप', 'आपका', 'आपकी', 'आपको',
    ],
    violence: [
      'jaan se maar', 'haath pair tod', 'tod dunga',
      'maar', 'maarunga', 'marunga', 'maar dunga', 'katunga', 'kaatunga', 'chaku', 'chaaku', 'pitai', 'peetunga', 'thokunga', 'todunga',
      'jalaunga', 'मार', 'मारूंगा', 'मारूँगा', 'काटूंगा', 'चाकू', 'पिटाई', 'पीटूंगा', 'ठोकूंगा', 'तोड़ूंगा', 'जलाऊंगा',
    ],
    laughter: ['hahaha*', 'हाहा*'],
    meta: [
      'ka matlab kya hai', 'ka matlab kya', 'ka matlab', 'matlab kya hai', 'matlab kya', 'kya matlab', 'ka kya matlab', 'का मतलब क्या है', 'का मतलब', 'मतलब क्या',
      'क्या मतलब', 'का अर्थ', 'ka arth', 'kaise bolte hain', 'kaise bolte', 'कैसे बोलते हैं', 'कैसे कहते हैं', 'kaise kehte', 'hindi mein kya kehte',
      'हिंदी में क्या कहते', 'gaali hai', 'गाली है', 'slang hai',
    ],
    group: GROUPS,
    negative: CONTEMPT,
  },
};
