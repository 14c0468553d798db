/**
 * Digits written as words, so a phone number spelled out ("nine one seven ...", "一三八...") is still
 * read as digits. Index = digit value; several spellings per digit.
 */
export const NUMBER_WORDS: readonly (readonly string[])[] = [
  ['zero', 'oh', 'cero', 'zéro', 'null', 'nul', 'zerou', 'ноль', 'нуль', '零', '〇', 'शून्य', 'sifr', 'صفر'],
  ['one', 'uno', 'un', 'une', 'eins', 'um', 'uma', 'один', 'одна', '一', '幺', 'एक', 'ek', 'wahid', 'واحد'],
  ['two', 'dos', 'deux', 'zwei', 'zwo', 'due', 'dois', 'duas', 'два', 'две', '二', '两', 'दो', 'do', 'ithnain', 'اثنين'],
  ['three', 'tres', 'trois', 'drei', 'tre', 'três', 'три', '三', 'तीन', 'teen', 'thalatha', 'ثلاثة'],
  ['four', 'cuatro', 'quatre', 'vier', 'quattro', 'quatro', 'четыре', '四', 'चार', 'char', 'arba', 'أربعة'],
  ['five', 'cinco', 'cinq', 'fünf', 'funf', 'cinque', 'пять', '五', 'पांच', 'paanch', 'khamsa', 'خمسة'],
  ['six', 'seis', 'sechs', 'sei', 'шесть', '六', 'छह', 'chhe', 'sitta', 'ستة'],
  ['seven', 'siete', 'sept', 'sieben', 'sette', 'sete', 'семь', '七', 'सात', 'saat', 'sabaa', 'سبعة'],
  ['eight', 'ocho', 'huit', 'acht', 'otto', 'oito', 'восемь', '八', 'आठ', 'aath', 'thamanya', 'ثمانية'],
  ['nine', 'nueve', 'neuf', 'neun', 'nove', 'девять', '九', 'नौ', 'nau', 'tisa', 'تسعة'],
];
